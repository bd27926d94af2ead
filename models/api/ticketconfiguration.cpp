#include "ticketconfiguration.h"

#include "recordschema.h"

namespace cw {

namespace {

struct TicketConfigurationData : RecordData
{
    QString deviceIdentifier;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("deviceIdentifier", &TicketConfigurationData::deviceIdentifier),
    };
    return schema;
}

} // namespace

TicketConfiguration TicketConfiguration::fromJson(const QByteArray &raw, QString *error)
{
    return TicketConfiguration(parse<TicketConfigurationData>(raw, schema(), error));
}

TicketConfiguration TicketConfiguration::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &TicketConfiguration::deviceIdentifier() const
{
    return dataAs<TicketConfigurationData>().deviceIdentifier;
}

} // namespace cw
