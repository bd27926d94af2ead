#include "company.h"

#include "recordschema.h"

namespace cw {

namespace {

struct CompanyData : RecordData
{
    QString identifier;
    QString name;
    Reference status;
    QString phoneNumber;
    QString city;
    QString state;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("identifier", &CompanyData::identifier),
        S::field("name", &CompanyData::name),
        S::field("status", &CompanyData::status),
        S::field("phoneNumber", &CompanyData::phoneNumber),
        S::field("city", &CompanyData::city),
        S::field("state", &CompanyData::state),
    };
    return schema;
}

} // namespace

Company Company::fromJson(const QByteArray &raw, QString *error)
{
    return Company(parse<CompanyData>(raw, schema(), error));
}

Company Company::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Company::identifier() const
{
    return dataAs<CompanyData>().identifier;
}

const QString &Company::name() const
{
    return dataAs<CompanyData>().name;
}

const Reference &Company::status() const
{
    return dataAs<CompanyData>().status;
}

const QString &Company::phoneNumber() const
{
    return dataAs<CompanyData>().phoneNumber;
}

const QString &Company::city() const
{
    return dataAs<CompanyData>().city;
}

const QString &Company::state() const
{
    return dataAs<CompanyData>().state;
}

} // namespace cw
