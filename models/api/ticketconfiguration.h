// A configuration attached to a ticket (/service/tickets/{id}/configurations; schema
// `ConfigurationReference`): the link only; Configuration has the details.
#pragma once

#include "record.h"

#include <QString>

namespace cw {

class TicketConfiguration : public Record
{
public:
    TicketConfiguration() = default;

    // A null TicketConfiguration (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static TicketConfiguration fromJson(const QByteArray &raw, QString *error = nullptr);
    static TicketConfiguration fromJson(const QJsonObject &object);

    const QString &deviceIdentifier() const;

private:
    using Record::Record;
};

} // namespace cw
