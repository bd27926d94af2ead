#include "configuration.h"

#include "recordschema.h"

namespace cw {

namespace {

struct ConfigurationData : RecordData
{
    QString name;
    QString deviceIdentifier;
    Reference type;
    Reference status;
    Reference company;
    Reference contact;
    Reference site;
    QString serialNumber;
    QString modelNumber;
    QString tagNumber;
    bool activeFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &ConfigurationData::name),
        S::field("deviceIdentifier", &ConfigurationData::deviceIdentifier),
        S::field("type", &ConfigurationData::type),
        S::field("status", &ConfigurationData::status),
        S::field("company", &ConfigurationData::company),
        S::field("contact", &ConfigurationData::contact),
        S::field("site", &ConfigurationData::site),
        S::field("serialNumber", &ConfigurationData::serialNumber),
        S::field("modelNumber", &ConfigurationData::modelNumber),
        S::field("tagNumber", &ConfigurationData::tagNumber),
        S::field("activeFlag", &ConfigurationData::activeFlag),
    };
    return schema;
}

} // namespace

Configuration Configuration::fromJson(const QByteArray &raw, QString *error)
{
    return Configuration(parse<ConfigurationData>(raw, schema(), error));
}

Configuration Configuration::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Configuration::name() const
{
    return dataAs<ConfigurationData>().name;
}

const QString &Configuration::deviceIdentifier() const
{
    return dataAs<ConfigurationData>().deviceIdentifier;
}

const Reference &Configuration::type() const
{
    return dataAs<ConfigurationData>().type;
}

const Reference &Configuration::status() const
{
    return dataAs<ConfigurationData>().status;
}

const Reference &Configuration::company() const
{
    return dataAs<ConfigurationData>().company;
}

const Reference &Configuration::contact() const
{
    return dataAs<ConfigurationData>().contact;
}

const Reference &Configuration::site() const
{
    return dataAs<ConfigurationData>().site;
}

const QString &Configuration::serialNumber() const
{
    return dataAs<ConfigurationData>().serialNumber;
}

const QString &Configuration::modelNumber() const
{
    return dataAs<ConfigurationData>().modelNumber;
}

const QString &Configuration::tagNumber() const
{
    return dataAs<ConfigurationData>().tagNumber;
}

bool Configuration::activeFlag() const
{
    return dataAs<ConfigurationData>().activeFlag;
}

} // namespace cw
