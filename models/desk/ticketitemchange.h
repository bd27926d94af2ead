// A change to what hangs off a ticket: a note or a task added, edited or deleted, a task done,
// tasks reordered, a configuration attached or detached; through the outbox unless the desk sends
// straight to the server.
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
    // Sets `fields` (top-level fields of the note or task: text and flags, summary, notes,
    // closedFlag, resolution, priority …) on the cached record and sends only what changed.
    static TicketItemChange *editItem(Desk *desk, RecordKind kind, int ticketId, int itemId,
                                      const QJsonObject &fields);
    static TicketItemChange *removeItem(Desk *desk, RecordKind kind, int ticketId, int itemId);
    // Gives the ticket's tasks the priorities 1, 2, 3 … in the order of `taskIds`: one update
    // per task whose priority changes (none: sent at once with an empty record).
    static TicketItemChange *reorderTasks(Desk *desk, int ticketId, const QList<int> &taskIds);
    // `configuration`: an id, or a device identifier found among the ticket's links.
    static TicketItemChange *attach(Desk *desk, int ticketId, const QString &configuration);
    static TicketItemChange *detach(Desk *desk, int ticketId, const QString &configuration);

    // For messages: the configuration a detach removed (its id), once known.
    int configurationId() const { return m_configurationId; }

protected:
    void run() override;

private:
    enum class Verb {
        NoteAdd,
        TaskAdd,
        TaskDone,
        ItemEdit,
        ItemRemove,
        TaskReorder,
        ConfigAttach,
        ConfigDetach
    };
    TicketItemChange(Desk *desk, Verb verb, int ticketId);

    void create(RecordKind kind, const QString &path, const QJsonObject &record);
    void removeLink(int configurationId);
    void findLinkOnServer();
    void edit();
    void removeItem();
    void reorder();

    Verb m_verb;
    int m_ticketId;
    int m_itemId = 0;
    QJsonObject m_record;    // the body of a create
    QJsonArray m_operations; // the patch of a task done
    RecordKind m_kind = RecordKind::Note; // of an edit or a removal
    QJsonObject m_fields;                  // of an edit
    QList<int> m_order;                    // of a reorder
    QString m_configuration;
    int m_configurationId = 0;
};

} // namespace cw
