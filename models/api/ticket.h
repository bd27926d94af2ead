// A service ticket (/service/tickets) as typed fields for lists and the editor, over the
// server's own JSON; ConnectWise schema `Ticket`.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class Ticket : public Record
{
public:
    Ticket() = default;

    // A null Ticket (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Ticket fromJson(const QByteArray &raw, QString *error = nullptr);
    static Ticket fromJson(const QJsonObject &object);

    const QString &summary() const;
    // ServiceTicket, ProjectTicket or ProjectIssue
    const QString &recordType() const;
    const Reference &board() const;
    const Reference &status() const;
    const Reference &company() const;
    const Reference &site() const;
    const QString &siteName() const;
    const Reference &contact() const;
    const QString &contactName() const;
    const QString &contactPhoneNumber() const;
    const QString &contactEmailAddress() const;
    const Reference &type() const;
    const Reference &subType() const;
    const Reference &item() const;
    const Reference &team() const;
    const Reference &owner() const;
    const Reference &priority() const;
    const Reference &serviceLocation() const;
    const Reference &source() const;
    // Low, Medium or High
    const QString &severity() const;
    // Low, Medium or High
    const QString &impact() const;
    bool closedFlag() const;
    // closedDate: ms since the epoch (UTC), 0 when absent
    qint64 closedDateMs() const;
    const QString &closedBy() const;
    // requiredDate: ms since the epoch (UTC), 0 when absent
    qint64 requiredDateMs() const;
    double budgetHours() const;
    double actualHours() const;
    bool approved() const;
    int parentTicketId() const;
    bool hasChildTicket() const;
    // identifiers of the assigned members, comma-separated
    const QString &resources() const;
    const Reference &sla() const;
    // the SLA stage as text, e.g. "Respond by …"
    const QString &slaStatus() const;
    bool isInSla() const;
    // the customer wrote since a member last touched the ticket
    bool customerUpdatedFlag() const;

private:
    using Record::Record;
};

} // namespace cw
