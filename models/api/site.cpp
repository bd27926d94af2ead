#include "site.h"

#include "recordschema.h"

namespace cw {

namespace {

struct SiteData : RecordData
{
    QString name;
    Reference company;
    QString city;
    QString phoneNumber;
    bool primaryAddressFlag = false;
    bool inactiveFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &SiteData::name),
        S::field("company", &SiteData::company),
        S::field("city", &SiteData::city),
        S::field("phoneNumber", &SiteData::phoneNumber),
        S::field("primaryAddressFlag", &SiteData::primaryAddressFlag),
        S::field("inactiveFlag", &SiteData::inactiveFlag),
    };
    return schema;
}

} // namespace

Site Site::fromJson(const QByteArray &raw, QString *error)
{
    return Site(parse<SiteData>(raw, schema(), error));
}

Site Site::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Site::name() const
{
    return dataAs<SiteData>().name;
}

const Reference &Site::company() const
{
    return dataAs<SiteData>().company;
}

const QString &Site::city() const
{
    return dataAs<SiteData>().city;
}

const QString &Site::phoneNumber() const
{
    return dataAs<SiteData>().phoneNumber;
}

bool Site::primaryAddressFlag() const
{
    return dataAs<SiteData>().primaryAddressFlag;
}

bool Site::inactiveFlag() const
{
    return dataAs<SiteData>().inactiveFlag;
}

} // namespace cw
