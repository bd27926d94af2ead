// The records hanging off one ticket as list models over the offline cache: its notes (a timeline,
// filtered by kind), its tasks (a checklist in priority order, reordered by drag) and its linked
// configurations. Each follows the cache's change signals and the outbox, so a sync, a queued
// change and the server's answer to it show at once; a row whose change waits in the outbox is
// marked (PendingRole), one the server refused carries its message (ErrorTextRole).
#pragma once

#include "itemroles.h"

#include "store/recordkind.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace cw {

class Cache;
class Desk;

class TicketItemModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // 0 empties the model.
    void setTicket(int ticketId);
    int ticketId() const { return m_ticketId; }
    Desk *desk() const { return m_desk; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The cached record of `row` (as shown: with queued changes applied).
    QJsonObject record(int row) const { return m_rows.value(row); }
    int idAt(int row) const;
    int rowOfId(int id) const { return m_ids.indexOf(id); }
    QList<int> ids() const { return m_ids; }
    // Reads the ticket's records again (normally done on the cache's signals).
    void reload();

protected:
    TicketItemModel(Desk *desk, RecordKind kind, QObject *parent);
    // The ticket's records in the order to show, filtered.
    virtual QList<QJsonObject> load() const = 0;
    // Data of roles the base does not answer (IdRole, PendingRole, ErrorTextRole).
    virtual QVariant itemData(const QJsonObject &record, int role) const = 0;
    Cache *cache() const { return m_cache; }

private:
    void applyRows(QList<QJsonObject> rows);
    void refreshPending();
    void recordsTouched(RecordKind kind, const QList<int> &ids, int parentId);

    Desk *m_desk;
    Cache *m_cache = nullptr;
    RecordKind m_kind;
    int m_ticketId = 0;
    QList<QJsonObject> m_rows;
    QList<int> m_ids;
    // Ids with an unsent outbox change → the server's refusal (empty while it just waits).
    QHash<int, QString> m_pending;
    bool m_pendingScheduled = false;
};

class NoteListModel : public TicketItemModel
{
    Q_OBJECT
public:
    enum Role {
        MemberRole = UserRoleEnd, // QString: who wrote it (member, contact or createdBy)
        DateRole,                 // QDateTime (local time): when it was created
        KindsRole,                // int: the note's Kinds
        TextRole,                 // QString: the whole text, line breaks kept
    };
    enum Kind { Discussion = 0x1, Internal = 0x2, Resolution = 0x4, AllKinds = 0x7 };
    Q_DECLARE_FLAGS(Kinds, Kind)

    explicit NoteListModel(Desk *desk, QObject *parent = nullptr);

    // Shows notes with any of `kinds` (AllKinds: every note, also one with no flag).
    void setKindFilter(Kinds kinds);
    Kinds kindFilter() const { return m_filter; }
    static Kinds kindsOf(const QJsonObject &note);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<QJsonObject> load() const override;
    QVariant itemData(const QJsonObject &record, int role) const override;

private:
    Kinds m_filter = AllKinds;
};

class TaskListModel : public TicketItemModel
{
    Q_OBJECT
public:
    enum Role {
        NotesRole = UserRoleEnd, // QString
        ResolutionRole,          // QString
        PriorityRole,            // int: the task's place in the list
        DoneRole,                // bool
    };

    explicit TaskListModel(Desk *desk, QObject *parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Qt::CheckStateRole asks for the task to be ticked or unticked (doneRequested).
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // A drop asks for the new order (reorderRequested); the rows move once the cache has it.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // The task ids in order with `taskId` moved to `row` (clamped).
    QList<int> orderWithMove(int taskId, int row) const;

Q_SIGNALS:
    void doneRequested(int taskId, bool done);
    void reorderRequested(const QList<int> &taskIds);

protected:
    QList<QJsonObject> load() const override;
    QVariant itemData(const QJsonObject &record, int role) const override;
};

class TicketConfigurationModel : public TicketItemModel
{
    Q_OBJECT
public:
    enum Role {
        DeviceRole = UserRoleEnd, // QString: the device identifier
        TypeRole,                 // QString: the configuration type's name
        SerialRole,               // QString
    };

    explicit TicketConfigurationModel(Desk *desk, QObject *parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<QJsonObject> load() const override;
    QVariant itemData(const QJsonObject &record, int role) const override;
};

} // namespace cw

Q_DECLARE_OPERATORS_FOR_FLAGS(cw::NoteListModel::Kinds)
