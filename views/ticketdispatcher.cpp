#include "ticketdispatcher.h"

#include "models/desk/desk.h"
#include "models/desk/deskchange.h"
#include "models/desk/deskerror.h"
#include "models/store/cache.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

QString fieldName(TicketDispatcher::Field field)
{
    switch (field) {
    case TicketDispatcher::Field::Status:
        return u"status"_s;
    case TicketDispatcher::Field::Owner:
        return u"owner"_s;
    case TicketDispatcher::Field::Priority:
        return u"priority"_s;
    case TicketDispatcher::Field::Team:
        return u"team"_s;
    }
    return {};
}

} // namespace

TicketDispatcher::TicketDispatcher(Desk *desk, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
{
}

void TicketDispatcher::setField(const QList<int> &ticketIds, Field field, int referenceId)
{
    Cache *cache = m_desk->cache();
    if (!cache)
        return;
    QList<Desk::TicketEdit> edits;
    edits.reserve(ticketIds.size());
    for (const int id : ticketIds) {
        const QJsonObject loaded =
            QJsonDocument::fromJson(cache->rawRecord(RecordKind::Ticket, id)).object();
        if (loaded.isEmpty()) {
            Q_EMIT message(tr("Ticket #%1 is not in the offline cache.").arg(id), true);
            continue;
        }
        QJsonObject edited = loaded;
        edited.insert(fieldName(field), QJsonObject{{u"id"_s, referenceId}});
        edits.append({id, loaded, edited});
    }
    // One outbox transaction for the whole selection.
    const QList<DeskChange *> changes = m_desk->editTickets(edits);
    for (qsizetype i = 0; i < changes.size(); ++i)
        track(changes.at(i), edits.at(i).ticketId);
}

void TicketDispatcher::assign(const QList<int> &ticketIds, const Assignee &assignee)
{
    setField(ticketIds, assignee.kind == Assignee::Kind::Team ? Field::Team : Field::Owner,
             assignee.id);
}

void TicketDispatcher::deleteTickets(const QList<int> &ticketIds)
{
    for (const int id : ticketIds)
        track(m_desk->deleteTicket(id), id);
}

void TicketDispatcher::track(DeskChange *change, int ticketId)
{
    if (!change)
        return;
    ++m_running;
    connect(change, &DeskChange::sent, this, [this, ticketId] {
        Q_EMIT message(tr("Ticket #%1 was saved.").arg(ticketId), false);
    });
    connect(change, &DeskChange::queued, this, [this, ticketId](const QByteArray &,
                                                                const QString &reason) {
        Q_EMIT message(tr("Ticket #%1 waits in the outbox: %2").arg(ticketId).arg(reason), false);
    });
    connect(change, &DeskChange::failed, this, [this, ticketId](const DeskError &error) {
        Q_EMIT message(tr("Ticket #%1 was not changed: %2").arg(ticketId).arg(error.message()),
                       true);
    });
    connect(change, &DeskChange::finished, this, [this] {
        if (--m_running == 0)
            Q_EMIT idle();
    });
}

} // namespace cw
