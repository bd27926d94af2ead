#include "priority.h"

#include "recordschema.h"

namespace cw {

namespace {

struct PriorityData : RecordData
{
    QString name;
    QString color;
    int sortOrder = 0;
    bool defaultFlag = false;
    QString level;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &PriorityData::name),
        S::field("color", &PriorityData::color),
        S::field("sortOrder", &PriorityData::sortOrder),
        S::field("defaultFlag", &PriorityData::defaultFlag),
        S::field("level", &PriorityData::level),
    };
    return schema;
}

} // namespace

Priority Priority::fromJson(const QByteArray &raw, QString *error)
{
    return Priority(parse<PriorityData>(raw, schema(), error));
}

Priority Priority::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Priority::name() const
{
    return dataAs<PriorityData>().name;
}

const QString &Priority::color() const
{
    return dataAs<PriorityData>().color;
}

int Priority::sortOrder() const
{
    return dataAs<PriorityData>().sortOrder;
}

bool Priority::defaultFlag() const
{
    return dataAs<PriorityData>().defaultFlag;
}

const QString &Priority::level() const
{
    return dataAs<PriorityData>().level;
}

} // namespace cw
