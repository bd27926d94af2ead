#include "servicelocation.h"

#include "recordschema.h"

namespace cw {

namespace {

struct ServiceLocationData : RecordData
{
    QString name;
    QString where;
    bool defaultFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &ServiceLocationData::name),
        S::field("where", &ServiceLocationData::where),
        S::field("defaultFlag", &ServiceLocationData::defaultFlag),
    };
    return schema;
}

} // namespace

ServiceLocation ServiceLocation::fromJson(const QByteArray &raw, QString *error)
{
    return ServiceLocation(parse<ServiceLocationData>(raw, schema(), error));
}

ServiceLocation ServiceLocation::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &ServiceLocation::name() const
{
    return dataAs<ServiceLocationData>().name;
}

const QString &ServiceLocation::where() const
{
    return dataAs<ServiceLocationData>().where;
}

bool ServiceLocation::defaultFlag() const
{
    return dataAs<ServiceLocationData>().defaultFlag;
}

} // namespace cw
