#include "fieldassignment.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw {

bool FieldAssignment::parse(const QString &argument, FieldAssignment *assignment, QString *error)
{
    const qsizetype equals = argument.indexOf(u'=');
    const QString name = equals < 0 ? QString() : argument.left(equals).trimmed();
    if (equals < 0 || name.isEmpty()) {
        *error = tr("\"%1\" is not FIELD=VALUE (for example summary=\"Printer offline\" or "
                    "status.name=\"In Progress\").")
                     .arg(argument);
        return false;
    }
    FieldAssignment result;
    result.m_text = argument;
    result.m_raw = argument.mid(equals + 1);
    // A custom field's caption may hold dots and slashes ("Version 2.0"): only the first dot
    // separates it.
    const qsizetype dot = name.indexOf(u'.');
    const QString head = dot < 0 ? name : name.left(dot);
    if (dot > 0 && (head.compare(u"customField"_s, Qt::CaseInsensitive) == 0 ||
                    head.compare(u"customFields"_s, Qt::CaseInsensitive) == 0 ||
                    head.compare(u"cf"_s, Qt::CaseInsensitive) == 0)) {
        result.m_path = {u"customField"_s, name.mid(dot + 1).trimmed()};
    } else {
        QString normalized = name;
        normalized.replace(u'/', u'.');
        result.m_path = normalized.split(u'.');
    }
    for (const QString &segment : std::as_const(result.m_path)) {
        if (segment.trimmed().isEmpty()) {
            *error = tr("\"%1\" has an empty part in its field name.").arg(argument);
            return false;
        }
    }
    *assignment = result;
    return true;
}

QJsonValue FieldAssignment::value() const
{
    // Wrapped in an array so that scalars parse too.
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[" + m_raw.toUtf8() + "]"), &parseError);
    if (parseError.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return m_raw;
}

QJsonValue FieldAssignment::valueFor(const QJsonValue &existing) const
{
    const QJsonValue parsed = value();
    if (existing.isString() && !parsed.isString() && !parsed.isNull())
        return m_raw;
    return parsed;
}

bool FieldAssignment::isCustomField() const
{
    return m_path.size() == 2 && m_path.first() == u"customField"_s;
}

QJsonObject FieldAssignment::withValue(const QJsonObject &record, const QStringList &path,
                                       const QJsonValue &value)
{
    if (path.isEmpty())
        return record;
    QJsonObject result = record;
    if (path.size() == 1) {
        result.insert(path.first(), value);
        return result;
    }
    const QJsonObject inner = record.value(path.first()).toObject();
    result.insert(path.first(), withValue(inner, path.mid(1), value));
    return result;
}

QJsonValue FieldAssignment::valueAt(const QJsonObject &record, const QStringList &path)
{
    QJsonValue current = record;
    for (const QString &segment : path)
        current = current.toObject().value(segment);
    return current;
}

} // namespace cw
