// The dispatch tree over the offline cache: My tickets, Unassigned, Breaching SLA and the saved
// views above the boards and their statuses, each with its count of open tickets, kept live.
#pragma once

#include "fetchstate.h"

#include "desk/cachereader.h"
#include "store/recordkind.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTimer;

namespace cw {

class Cache;
class SavedViews;

// Boards and statuses come from the GUI thread's cache (small tables); the counts are counted
// on the CacheReader's thread and merged with dataChanged. After the first load the model never
// resets: boards, statuses and views that come or go are inserted, moved or removed.
class BoardTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeType { MyTickets, Unassigned, Breaching, ViewsFolder, SavedView, Board, Status };
    Q_ENUM(NodeType)

    // `views` (optional, not owned) supplies the saved views shown under "Saved views".
    BoardTreeModel(Cache *cache, CacheReader *reader, SavedViews *views = nullptr,
                   QObject *parent = nullptr);
    ~BoardTreeModel() override;

    // The owner of "My tickets" (the profile's member identifier).
    void setMemberIdentifier(const QString &identifier);
    QString memberIdentifier() const { return m_member; }
    // Statuses not shown on the board (displayOnBoard false) or inactive are hidden by default.
    void setShowHiddenStatuses(bool show);
    bool showHiddenStatuses() const { return m_showHidden; }
    // Offline, a board whose statuses were never cached reads as unavailable offline.
    void setOffline(bool offline);
    // How long the counts wait for more change signals before they are counted again.
    void setRecountDelay(int ms);

    // Builds the tree from the cache and counts (the first time; later changes follow the
    // cache's signals on their own).
    void reload();
    Q_INVOKABLE cw::FetchState fetchState() const { return m_fetch; }

    // The conditions that select the tickets of `index` (ConditionsRole).
    QString conditions(const QModelIndex &index) const;
    // The node with this key ("my", "unassigned", "breaching", "views", "view:<id>",
    // "board:<id>", "status:<id>"); invalid when absent.
    QModelIndex indexOfKey(const QString &key) const;
    QString key(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void fetchStateChanged(cw::FetchState state);
    // A count request was answered and merged.
    void countsUpdated();

private:
    struct Node;
    struct Spec;
    QList<Spec> desiredTree() const;
    void syncChildren(Node *parent, const QList<Spec> &specs);
    bool update(Node *node, const Spec &spec);
    QModelIndex indexOf(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;
    void rebuild();
    void scheduleCount();
    void requestCounts();
    void readerFinished(const CacheReader::Result &result);
    void recordsChanged(RecordKind kind, const QList<int> &ids, int parentId);
    void setNodeFetch(Node *node, const FetchStatus &status);

    Cache *m_cache;
    // Guarded: an owner may delete the reader first (QObject children go in creation order, and
    // MainWindow makes its reader before the models); its queue goes with it.
    QPointer<CacheReader> m_reader;
    SavedViews *m_views;
    std::unique_ptr<Node> m_root;
    QString m_member;
    bool m_showHidden = false;
    bool m_offline = false;
    bool m_loaded = false;
    FetchState m_fetch = FetchState::Idle;
    QTimer *m_countTimer;
    int m_countRequest = 0;
    std::vector<Node *> m_counted; // the nodes of the request in flight, in its order
};

} // namespace cw
