#include "openapischema.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

QString shortValue(const QJsonValue &value)
{
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    text = text.mid(1, text.size() - 2);
    if (text.size() > 80)
        text = text.left(77) + "...";
    return QString::fromUtf8(text);
}

bool isIsoDateTime(const QString &text)
{
    // ConnectWise writes "2023-01-15T08:30:00Z"; fractional seconds and offsets are also ISO.
    if (text.size() < 19 || text.at(10) != u'T')
        return false;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid();
}

} // namespace

bool OpenApiSchema::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"%1: %2"_s.arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject schemas =
        doc.object().value(u"components"_s).toObject().value(u"schemas"_s).toObject();
    if (schemas.isEmpty()) {
        if (error)
            *error = u"%1 has no components/schemas"_s.arg(path);
        return false;
    }
    m_schemas.clear();
    for (auto it = schemas.begin(); it != schemas.end(); ++it)
        m_schemas.insert(it.key(), it.value().toObject());
    return true;
}

const OpenApiSchema &OpenApiSchema::reference()
{
    static const OpenApiSchema instance = [] {
        OpenApiSchema schema;
        QString error;
#ifdef CW_REFERENCE_DIR
        const QString dir = QString::fromUtf8(CW_REFERENCE_DIR);
#else
        const QString dir;
#endif
        if (!schema.load(dir + u"/connectwise-manage-service-subset.openapi.json"_s, &error))
            qFatal("OpenApiSchema: %s", qPrintable(error));
        return schema;
    }();
    return instance;
}

QStringList OpenApiSchema::validate(const QJsonValue &value, const QString &name) const
{
    return validate(value, name, Options());
}

QStringList OpenApiSchema::validate(const QJsonValue &value, const QString &name,
                                    const Options &options) const
{
    QStringList problems;
    if (!m_schemas.contains(name)) {
        problems.append(u"unknown schema %1"_s.arg(name));
        return problems;
    }
    check(value, m_schemas.value(name), u"$"_s, options, &problems, 0);
    return problems;
}

QStringList OpenApiSchema::validateArray(const QJsonValue &array, const QString &name,
                                         const Options &options) const
{
    QStringList problems;
    if (!array.isArray()) {
        problems.append(u"$: expected an array of %1, got %2"_s.arg(name, jsonTypeName(array)));
        return problems;
    }
    if (!m_schemas.contains(name)) {
        problems.append(u"unknown schema %1"_s.arg(name));
        return problems;
    }
    const QJsonArray items = array.toArray();
    for (qsizetype i = 0; i < items.size(); ++i)
        check(items.at(i), m_schemas.value(name), u"$[%1]"_s.arg(i), options, &problems, 0);
    return problems;
}

QJsonObject OpenApiSchema::resolve(const QJsonObject &schema, QString *error) const
{
    QJsonObject current = schema;
    for (int hops = 0; current.contains(u"$ref"_s); ++hops) {
        const QString ref = current.value(u"$ref"_s).toString();
        static const QString prefix = u"#/components/schemas/"_s;
        if (hops > 16 || !ref.startsWith(prefix) || !m_schemas.contains(ref.mid(prefix.size()))) {
            *error = u"unresolvable $ref '%1'"_s.arg(ref);
            return {};
        }
        current = m_schemas.value(ref.mid(prefix.size()));
    }
    return current;
}

void OpenApiSchema::check(const QJsonValue &value, const QJsonObject &rawSchema,
                          const QString &path, const Options &options, QStringList *problems,
                          int depth) const
{
    if (depth > 64) {
        problems->append(path + u": nesting deeper than 64 levels"_s);
        return;
    }
    QString error;
    const QJsonObject schema = resolve(rawSchema, &error);
    if (!error.isEmpty()) {
        problems->append(path + u": "_s + error);
        return;
    }
    const bool nullable = schema.value(u"nullable"_s).toBool(false);
    if (value.isUndefined()) {
        problems->append(path + u": undefined value"_s);
        return;
    }
    if (value.isNull()) {
        if (!nullable)
            problems->append(path + u": null, but the schema is not nullable"_s);
        return;
    }
    const QString type = schema.value(u"type"_s).toString();

    if (type == u"object"_s || (type.isEmpty() && schema.contains(u"properties"_s))) {
        const bool hasProperties = schema.contains(u"properties"_s);
        const bool hasAdditional = schema.contains(u"additionalProperties"_s);
        if (!hasProperties && !hasAdditional) {
            // `type: object` with nothing declared (CustomFieldValue.value, PatchOperation.value):
            // the spec uses it for "any value" (scalars in practice), so anything goes.
            return;
        }
        if (!value.isObject()) {
            problems->append(u"%1: expected object, got %2 %3"_s.arg(path, jsonTypeName(value),
                                                                     shortValue(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + u'.' + it.key();
            if (properties.contains(it.key())) {
                check(it.value(), properties.value(it.key()).toObject(), childPath, options,
                      problems, depth + 1);
            } else if (additional.isObject()) {
                check(it.value(), additional.toObject(), childPath, options, problems, depth + 1);
            } else if (additional.isBool() && additional.toBool()) {
                continue;
            } else {
                problems->append(childPath + u": property not declared by the schema"_s);
            }
        }
        if (options.checkRequired) {
            const QJsonArray required = schema.value(u"required"_s).toArray();
            for (const auto &name : required) {
                if (!object.contains(name.toString()))
                    problems->append(path + u'.' + name.toString() +
                                     u": required property missing"_s);
            }
        }
        return;
    }
    if (type == u"array"_s) {
        if (!value.isArray()) {
            problems->append(u"%1: expected array, got %2 %3"_s.arg(path, jsonTypeName(value),
                                                                    shortValue(value)));
            return;
        }
        const QJsonObject items = schema.value(u"items"_s).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), items, path + u"[%1]"_s.arg(i), options, problems, depth + 1);
        return;
    }
    if (type == u"string"_s) {
        if (!value.isString()) {
            problems->append(u"%1: expected string, got %2 %3"_s.arg(path, jsonTypeName(value),
                                                                     shortValue(value)));
            return;
        }
        const QString text = value.toString();
        if (schema.contains(u"enum"_s)) {
            bool found = false;
            for (const auto &allowed : schema.value(u"enum"_s).toArray())
                found = found || allowed.toString() == text;
            if (!found)
                problems->append(u"%1: '%2' is not one of the enum values"_s.arg(path, text));
        }
        if (options.checkMaxLength && schema.contains(u"maxLength"_s)) {
            const int max = schema.value(u"maxLength"_s).toInt();
            if (text.size() > max)
                problems->append(
                    u"%1: %2 characters, maxLength is %3"_s.arg(path).arg(text.size()).arg(max));
        }
        if (options.checkFormats && schema.value(u"format"_s).toString() == u"date-time"_s &&
            !isIsoDateTime(text))
            problems->append(u"%1: '%2' is not an ISO-8601 date-time"_s.arg(path, text));
        return;
    }
    if (type == u"integer"_s) {
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number) {
            problems->append(u"%1: expected integer, got %2 %3"_s.arg(path, jsonTypeName(value),
                                                                      shortValue(value)));
            return;
        }
        if (schema.value(u"format"_s).toString() == u"int32"_s &&
            (number < -2147483648.0 || number > 2147483647.0))
            problems->append(u"%1: %2 is outside int32"_s.arg(path, shortValue(value)));
        return;
    }
    if (type == u"number"_s) {
        if (!value.isDouble())
            problems->append(u"%1: expected number, got %2 %3"_s.arg(path, jsonTypeName(value),
                                                                     shortValue(value)));
        return;
    }
    if (type == u"boolean"_s) {
        if (!value.isBool())
            problems->append(u"%1: expected boolean, got %2 %3"_s.arg(path, jsonTypeName(value),
                                                                      shortValue(value)));
        return;
    }
    if (type.isEmpty())
        return; // no constraint
    problems->append(u"%1: schema has unsupported type '%2'"_s.arg(path, type));
}

QString summarizeProblems(const QStringList &problems, int max)
{
    QStringList shown = problems.mid(0, max);
    QString text = shown.join(u"\n  "_s);
    if (problems.size() > max)
        text += u"\n  … and %1 more"_s.arg(problems.size() - max);
    return u"\n  "_s + text;
}

} // namespace cw::test
