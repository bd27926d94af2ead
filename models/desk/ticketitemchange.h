// A change to what hangs off a ticket: a note or a task added, a task done, a configuration
// attached or detached; through the outbox unless the desk sends straight to the server.
#pragma once

#include "deskchange.h"

#include "store/recordkind.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cw {

class TicketItemChange : public DeskChange
{
    Q_OBJECT
public:
    static TicketItemChange *addNote(Desk *desk, int ticketId, const QString &text, bool discussion,
                                     bool internal, bool resolution);
    static TicketItemChange *addTask(Desk *desk, int ticketId, const QString &notes,
                                     const QString &summary);
    static TicketItemChange *completeTask(Desk *desk, int ticketId, int taskId,
                                          const QString &resolution);
    // `configuration`: an id, or a device identifier found among the ticket's links.
    static TicketItemChange *attach(Desk *desk, int ticketId, const QString &configuration);
    static TicketItemChange *detach(Desk *desk, int ticketId, const QString &configuration);

    // For messages: the configuration a detach removed (its id), once known.
    int configurationId() const { return m_configurationId; }

protected:
    void run() override;

private:
    enum class Verb { NoteAdd, TaskAdd, TaskDone, ConfigAttach, ConfigDetach };
    TicketItemChange(Desk *desk, Verb verb, int ticketId);

    void create(RecordKind kind, const QString &path, const QJsonObject &record);
    void removeLink(int configurationId);
    void findLinkOnServer();

    Verb m_verb;
    int m_ticketId;
    int m_itemId = 0;
    QJsonObject m_record;    // the body of a create
    QJsonArray m_operations; // the patch of a task done
    QString m_configuration;
    int m_configurationId = 0;
};

} // namespace cw
