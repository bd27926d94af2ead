// The list columns of one ticket as the ticket table keeps them: a few strings and numbers per
// row instead of the whole record (the editor reads that on demand with Cache::rawRecord).
#include "ticketrow.h"

namespace cw {

TicketRow TicketRow::fromTicket(const Ticket &ticket, const QDateTime &now)
{
    TicketRow row;
    row.id = ticket.id();
    row.boardId = ticket.board().id;
    row.summary = ticket.summary();
    row.status = ticket.status().name;
    row.company = ticket.company().name;
    row.contact = ticket.contactName().isEmpty() ? ticket.contact().name : ticket.contactName();
    row.priorityId = ticket.priority().id;
    row.priority = ticket.priority().name;
    row.prioritySort = ticket.priority().sort;
    row.owner = ticket.owner().identifier;
    row.ownerName = ticket.owner().name;
    row.team = ticket.team().name;
    row.type = ticket.type().name;
    row.enteredMs = ticket.dateEnteredMs();
    row.lastUpdatedMs = ticket.lastUpdatedMs();
    row.requiredDateMs = ticket.requiredDateMs();
    row.slaStatus = ticket.slaStatus();
    row.closed = ticket.closedFlag();
    row.customerUpdated = ticket.customerUpdatedFlag();
    row.sla = SlaState::forTicket(row.slaStatus, row.closed, row.requiredDateMs, now);
    return row;
}

} // namespace cw
