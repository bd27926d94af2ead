#include "record.h"

#include "jsonrecords.h"

#include <QJsonDocument>

namespace cw {

const QByteArray &Record::rawJson() const
{
    static const QByteArray empty;
    return d ? d->raw : empty;
}

QJsonObject Record::json() const
{
    return d ? QJsonDocument::fromJson(d->raw).object() : QJsonObject();
}

QByteArray Record::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString Record::joinName(const QString &first, const QString &last)
{
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first + u' ' + last;
}

bool Record::parseInto(const QByteArray &raw, const RecordSchema &schema, RecordData *data,
                       QString *error)
{
    return JsonRecords::readRecord(raw, schema, data, error);
}

} // namespace cw
