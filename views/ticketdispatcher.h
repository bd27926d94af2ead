// Dispatching from the window: sets the status, owner, priority or team of tickets, assigns them
// to a member or team of the dock, deletes them; each through the desk, so offline it queues.
#pragma once

#include "models/assignee.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace cw {

class Desk;
class DeskChange;

// Edits start from the cache's record (what the list shows) and change only the one reference,
// so Desk::editTicket sends just that field. The outcome of each change is told by message().
class TicketDispatcher : public QObject
{
    Q_OBJECT
public:
    enum class Field { Status, Owner, Priority, Team };
    Q_ENUM(Field)

    explicit TicketDispatcher(Desk *desk, QObject *parent = nullptr);

    // Sets `field` of every ticket to the record `referenceId` (a status, member, priority or
    // team id).
    void setField(const QList<int> &ticketIds, Field field, int referenceId);
    // A dock drop: a member becomes the owner, a team the team.
    void assign(const QList<int> &ticketIds, const Assignee &assignee);
    void deleteTickets(const QList<int> &ticketIds);
    // Changes started and not finished yet.
    int running() const { return m_running; }

Q_SIGNALS:
    // What became of a change, for the status bar; `failed`: the server refused it.
    void message(const QString &text, bool failed);
    // The last running change finished.
    void idle();

private:
    void track(DeskChange *change, int ticketId);

    Desk *m_desk;
    int m_running = 0;
};

} // namespace cw
