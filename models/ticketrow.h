// The list columns of one ticket as the ticket table keeps them: a few strings and numbers per
// row instead of the whole record (the editor reads that on demand with Cache::rawRecord).
#pragma once

#include "slastate.h"

#include "api/ticket.h"

#include <QString>

namespace cw {

struct TicketRow
{
    int id = 0;
    int boardId = 0;
    QString summary;
    QString status;
    QString company;
    QString contact;
    int priorityId = 0;
    QString priority;
    int prioritySort = 0; // from the ticket's reference; the model prefers the Priority record's
    QString owner;        // the owner's identifier
    QString ownerName;
    QString team;
    QString type;
    qint64 enteredMs = 0;
    qint64 lastUpdatedMs = 0;
    qint64 requiredDateMs = 0;
    QString slaStatus;
    bool closed = false;
    bool customerUpdated = false;
    // slaStatus read once when the row is made (its year is taken relative to `now`).
    SlaState sla;

    static TicketRow fromTicket(const Ticket &ticket, const QDateTime &now);
    bool operator==(const TicketRow &other) const = default;
};

} // namespace cw
