#include "ticket.h"

#include "recordschema.h"

namespace cw {

namespace {

struct TicketData : RecordData
{
    QString summary;
    QString recordType;
    Reference board;
    Reference status;
    Reference company;
    Reference site;
    QString siteName;
    Reference contact;
    QString contactName;
    QString contactPhoneNumber;
    QString contactEmailAddress;
    Reference type;
    Reference subType;
    Reference item;
    Reference team;
    Reference owner;
    Reference priority;
    Reference serviceLocation;
    Reference source;
    QString severity;
    QString impact;
    bool closedFlag = false;
    qint64 closedDateMs = 0;
    QString closedBy;
    qint64 requiredDateMs = 0;
    double budgetHours = 0;
    double actualHours = 0;
    bool approved = false;
    int parentTicketId = 0;
    bool hasChildTicket = false;
    QString resources;
    Reference sla;
    QString slaStatus;
    bool isInSla = false;
    bool customerUpdatedFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("summary", &TicketData::summary),
        S::field("recordType", &TicketData::recordType),
        S::field("board", &TicketData::board),
        S::field("status", &TicketData::status),
        S::field("company", &TicketData::company),
        S::field("site", &TicketData::site),
        S::field("siteName", &TicketData::siteName),
        S::field("contact", &TicketData::contact),
        S::field("contactName", &TicketData::contactName),
        S::field("contactPhoneNumber", &TicketData::contactPhoneNumber),
        S::field("contactEmailAddress", &TicketData::contactEmailAddress),
        S::field("type", &TicketData::type),
        S::field("subType", &TicketData::subType),
        S::field("item", &TicketData::item),
        S::field("team", &TicketData::team),
        S::field("owner", &TicketData::owner),
        S::field("priority", &TicketData::priority),
        S::field("serviceLocation", &TicketData::serviceLocation),
        S::field("source", &TicketData::source),
        S::field("severity", &TicketData::severity),
        S::field("impact", &TicketData::impact),
        S::field("closedFlag", &TicketData::closedFlag),
        S::dateField("closedDate", &TicketData::closedDateMs),
        S::field("closedBy", &TicketData::closedBy),
        S::dateField("requiredDate", &TicketData::requiredDateMs),
        S::field("budgetHours", &TicketData::budgetHours),
        S::field("actualHours", &TicketData::actualHours),
        S::field("approved", &TicketData::approved),
        S::field("parentTicketId", &TicketData::parentTicketId),
        S::field("hasChildTicket", &TicketData::hasChildTicket),
        S::field("resources", &TicketData::resources),
        S::field("sla", &TicketData::sla),
        S::field("slaStatus", &TicketData::slaStatus),
        S::field("isInSla", &TicketData::isInSla),
        S::field("customerUpdatedFlag", &TicketData::customerUpdatedFlag),
    };
    return schema;
}

} // namespace

Ticket Ticket::fromJson(const QByteArray &raw, QString *error)
{
    return Ticket(parse<TicketData>(raw, schema(), error));
}

Ticket Ticket::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Ticket::summary() const
{
    return dataAs<TicketData>().summary;
}

const QString &Ticket::recordType() const
{
    return dataAs<TicketData>().recordType;
}

const Reference &Ticket::board() const
{
    return dataAs<TicketData>().board;
}

const Reference &Ticket::status() const
{
    return dataAs<TicketData>().status;
}

const Reference &Ticket::company() const
{
    return dataAs<TicketData>().company;
}

const Reference &Ticket::site() const
{
    return dataAs<TicketData>().site;
}

const QString &Ticket::siteName() const
{
    return dataAs<TicketData>().siteName;
}

const Reference &Ticket::contact() const
{
    return dataAs<TicketData>().contact;
}

const QString &Ticket::contactName() const
{
    return dataAs<TicketData>().contactName;
}

const QString &Ticket::contactPhoneNumber() const
{
    return dataAs<TicketData>().contactPhoneNumber;
}

const QString &Ticket::contactEmailAddress() const
{
    return dataAs<TicketData>().contactEmailAddress;
}

const Reference &Ticket::type() const
{
    return dataAs<TicketData>().type;
}

const Reference &Ticket::subType() const
{
    return dataAs<TicketData>().subType;
}

const Reference &Ticket::item() const
{
    return dataAs<TicketData>().item;
}

const Reference &Ticket::team() const
{
    return dataAs<TicketData>().team;
}

const Reference &Ticket::owner() const
{
    return dataAs<TicketData>().owner;
}

const Reference &Ticket::priority() const
{
    return dataAs<TicketData>().priority;
}

const Reference &Ticket::serviceLocation() const
{
    return dataAs<TicketData>().serviceLocation;
}

const Reference &Ticket::source() const
{
    return dataAs<TicketData>().source;
}

const QString &Ticket::severity() const
{
    return dataAs<TicketData>().severity;
}

const QString &Ticket::impact() const
{
    return dataAs<TicketData>().impact;
}

bool Ticket::closedFlag() const
{
    return dataAs<TicketData>().closedFlag;
}

qint64 Ticket::closedDateMs() const
{
    return dataAs<TicketData>().closedDateMs;
}

const QString &Ticket::closedBy() const
{
    return dataAs<TicketData>().closedBy;
}

qint64 Ticket::requiredDateMs() const
{
    return dataAs<TicketData>().requiredDateMs;
}

double Ticket::budgetHours() const
{
    return dataAs<TicketData>().budgetHours;
}

double Ticket::actualHours() const
{
    return dataAs<TicketData>().actualHours;
}

bool Ticket::approved() const
{
    return dataAs<TicketData>().approved;
}

int Ticket::parentTicketId() const
{
    return dataAs<TicketData>().parentTicketId;
}

bool Ticket::hasChildTicket() const
{
    return dataAs<TicketData>().hasChildTicket;
}

const QString &Ticket::resources() const
{
    return dataAs<TicketData>().resources;
}

const Reference &Ticket::sla() const
{
    return dataAs<TicketData>().sla;
}

const QString &Ticket::slaStatus() const
{
    return dataAs<TicketData>().slaStatus;
}

bool Ticket::isInSla() const
{
    return dataAs<TicketData>().isInSla;
}

bool Ticket::customerUpdatedFlag() const
{
    return dataAs<TicketData>().customerUpdatedFlag;
}

} // namespace cw
