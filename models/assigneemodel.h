// The dispatch dock's list of teams (of the boards) and active members from the offline cache,
// kept live; tickets dragged from the ticket table and dropped on a row ask to be assigned.
#pragma once

#include "assignee.h"

#include "store/recordkind.h"

#include <QAbstractListModel>
#include <QList>

namespace cw {

class Cache;

// Teams first (by board, then name), then members by name. A drop never changes anything by
// itself: it emits assignRequested and the window routes it to Desk::editTicket.
class AssigneeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit AssigneeModel(Cache *cache, QObject *parent = nullptr);

    // Reads the teams and members again (the first time; later the cache's signals do it).
    void reload();
    Assignee assignee(int row) const;
    int rowOf(Assignee::Kind kind, int id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Tickets dropped onto a row (parent) emit assignRequested; nothing is inserted.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void assignRequested(const QList<int> &ticketIds, const cw::Assignee &assignee);

private:
    QList<Assignee> desired() const;
    void recordsChanged(RecordKind kind, const QList<int> &ids, int parentId);
    static QString keyOf(const Assignee &assignee);

    Cache *m_cache;
    QList<Assignee> m_rows;
    QHash<int, QString> m_boardNames;
    bool m_loaded = false;
};

} // namespace cw
