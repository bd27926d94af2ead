// The dispatch tree over the offline cache: My tickets, Unassigned, Breaching SLA and the saved
// views above the boards and their statuses, each with its count of open tickets, kept live.
#include "boardtreemodel.h"

#include "itemroles.h"
#include "savedviews.h"

#include "store/cache.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

struct BoardTreeModel::Spec
{
    QString key;
    NodeType type = NodeType::Board;
    int id = 0;
    int boardId = 0;
    int sortOrder = 0;
    QString name;
    QString conditions; // empty: no tickets of its own (the views folder)
    QString orderBy;
    QStringList columns;
    bool unavailable = false; // offline and nothing cached
    QList<Spec> children;
};

struct BoardTreeModel::Node
{
    QString key;
    NodeType type = NodeType::Board;
    int id = 0;
    int boardId = 0;
    int sortOrder = 0;
    QString name;
    QString conditions;
    QString orderBy;
    QStringList columns;
    int count = -1;
    FetchStatus fetch;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return -1;
    }
};

BoardTreeModel::BoardTreeModel(Cache *cache, CacheReader *reader, SavedViews *views,
                               QObject *parent)
    : QAbstractItemModel(parent)
    , m_cache(cache)
    , m_reader(reader)
    , m_views(views)
    , m_root(std::make_unique<Node>())
    , m_countTimer(new QTimer(this))
{
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(50);
    connect(m_countTimer, &QTimer::timeout, this, &BoardTreeModel::requestCounts);
    connect(m_reader, &CacheReader::finished, this, &BoardTreeModel::readerFinished);
    connect(m_cache, &Cache::recordsChanged, this, &BoardTreeModel::recordsChanged);
    connect(m_cache, &Cache::recordsRemoved, this, &BoardTreeModel::recordsChanged);
    if (m_views)
        connect(m_views, &SavedViews::viewsChanged, this, [this] {
            if (m_loaded)
                rebuild();
        });
}

BoardTreeModel::~BoardTreeModel()
{
    if (m_reader)
        m_reader->cancelAll(this);
}

void BoardTreeModel::setMemberIdentifier(const QString &identifier)
{
    if (identifier == m_member)
        return;
    m_member = identifier;
    if (m_loaded)
        rebuild();
}

void BoardTreeModel::setShowHiddenStatuses(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    if (m_loaded)
        rebuild();
}

void BoardTreeModel::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    if (m_loaded)
        rebuild();
}

void BoardTreeModel::setRecountDelay(int ms)
{
    m_countTimer->setInterval(ms);
}

void BoardTreeModel::reload()
{
    m_loaded = true;
    rebuild();
}

QList<BoardTreeModel::Spec> BoardTreeModel::desiredTree() const
{
    QList<Spec> top;
    const QString me = m_member;
    const auto resolved = [&me](const QString &conditions) {
        SavedView view;
        view.conditions = conditions;
        return view.resolvedConditions(me);
    };
    top.append({u"my"_s,
                NodeType::MyTickets,
                0,
                0,
                0,
                tr("My tickets"),
                resolved(SavedViews::myOpenConditions()),
                {},
                {},
                false,
                {}});
    top.append({u"unassigned"_s,
                NodeType::Unassigned,
                0,
                0,
                0,
                tr("Unassigned"),
                SavedViews::unassignedConditions(),
                {},
                {},
                false,
                {}});
    top.append({u"breaching"_s,
                NodeType::Breaching,
                0,
                0,
                0,
                tr("Breaching SLA"),
                SavedViews::breachingConditions(),
                {},
                {},
                false,
                {}});

    QList<Board> boards = m_cache->boards();
    boards.removeIf([](const Board &board) { return board.inactiveFlag(); });
    std::stable_sort(boards.begin(), boards.end(), [](const Board &a, const Board &b) {
        return QString::compare(a.name(), b.name(), Qt::CaseInsensitive) < 0;
    });

    Spec folder{u"views"_s, NodeType::ViewsFolder, 0, 0, 0, tr("Saved views"), {}, {}, {}, false,
                {}};
    QList<SavedView> views = SavedViews::builtIns(boards);
    if (m_views)
        views.append(m_views->userViews());
    for (const SavedView &view : std::as_const(views)) {
        folder.children.append({u"view:"_s + view.id,
                                NodeType::SavedView,
                                0,
                                0,
                                0,
                                view.name,
                                view.resolvedConditions(me),
                                view.orderBy,
                                view.columns,
                                false,
                                {}});
    }
    top.append(folder);

    for (const Board &board : std::as_const(boards)) {
        Spec spec{u"board:%1"_s.arg(board.id()),
                  NodeType::Board,
                  board.id(),
                  board.id(),
                  0,
                  board.name(),
                  SavedViews::boardConditions(board.id()),
                  {},
                  {},
                  false,
                  {}};
        QList<BoardStatus> statuses = m_cache->statuses(board.id());
        spec.unavailable = m_offline && statuses.isEmpty();
        std::stable_sort(statuses.begin(), statuses.end(),
                         [](const BoardStatus &a, const BoardStatus &b) {
                             return a.sortOrder() < b.sortOrder();
                         });
        for (const BoardStatus &status : std::as_const(statuses)) {
            // Hidden on the board itself: not shown unless asked for.
            if (!m_showHidden && (!status.displayOnBoard() || status.inactive()))
                continue;
            spec.children.append(
                {u"status:%1"_s.arg(status.id()),
                 NodeType::Status,
                 status.id(),
                 board.id(),
                 status.sortOrder(),
                 status.name(),
                 u"board/id=%1 and status/id=%2 and closedFlag=false"_s.arg(board.id())
                     .arg(status.id()),
                 {},
                 {},
                 false,
                 {}});
        }
        top.append(spec);
    }
    return top;
}

bool BoardTreeModel::update(Node *node, const Spec &spec)
{
    bool changed = false;
    const auto set = [&changed](auto &field, const auto &value) {
        if (field != value) {
            field = value;
            changed = true;
        }
    };
    set(node->type, spec.type);
    set(node->id, spec.id);
    set(node->boardId, spec.boardId);
    set(node->sortOrder, spec.sortOrder);
    set(node->name, spec.name);
    if (node->conditions != spec.conditions) {
        node->conditions = spec.conditions;
        node->count = -1;
        changed = true;
    }
    set(node->orderBy, spec.orderBy);
    set(node->columns, spec.columns);
    FetchStatus fetch = node->fetch;
    if (spec.unavailable)
        fetch = {NodeFetchState::UnavailableOffline, {}};
    else if (fetch.state == NodeFetchState::UnavailableOffline)
        fetch = {NodeFetchState::NotFetched, {}};
    if (spec.conditions.isEmpty() && !spec.unavailable)
        fetch = {NodeFetchState::Done, {}};
    if (!(fetch == node->fetch)) {
        node->fetch = fetch;
        changed = true;
    }
    return changed;
}

void BoardTreeModel::syncChildren(Node *parent, const QList<Spec> &specs)
{
    const QModelIndex parentIndex = indexOf(parent);
    // Nodes that are no longer wanted go first (from the end, so rows stay valid).
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        const QString &key = parent->children[size_t(row)]->key;
        const bool wanted = std::any_of(specs.cbegin(), specs.cend(),
                                        [&key](const Spec &spec) { return spec.key == key; });
        if (!wanted) {
            beginRemoveRows(parentIndex, row, row);
            parent->children.erase(parent->children.begin() + row);
            endRemoveRows();
        }
    }
    for (int i = 0; i < specs.size(); ++i) {
        const Spec &spec = specs.at(i);
        int at = -1;
        for (size_t j = size_t(i); j < parent->children.size(); ++j) {
            if (parent->children[j]->key == spec.key) {
                at = int(j);
                break;
            }
        }
        if (at < 0) {
            auto node = std::make_unique<Node>();
            node->key = spec.key;
            node->parent = parent;
            update(node.get(), spec);
            beginInsertRows(parentIndex, i, i);
            parent->children.insert(parent->children.begin() + i, std::move(node));
            endInsertRows();
        } else {
            if (at != i) {
                beginMoveRows(parentIndex, at, at, parentIndex, i);
                auto node = std::move(parent->children[size_t(at)]);
                parent->children.erase(parent->children.begin() + at);
                parent->children.insert(parent->children.begin() + i, std::move(node));
                endMoveRows();
            }
            Node *node = parent->children[size_t(i)].get();
            if (update(node, spec)) {
                const QModelIndex changed = index(i, 0, parentIndex);
                Q_EMIT dataChanged(changed, changed);
            }
        }
        syncChildren(parent->children[size_t(i)].get(), spec.children);
    }
}

void BoardTreeModel::rebuild()
{
    // A node the request in flight counts for may go away: that request is superseded below.
    m_reader->cancelAll(this);
    m_countRequest = 0;
    m_counted.clear();
    syncChildren(m_root.get(), desiredTree());
    requestCounts();
}

void BoardTreeModel::scheduleCount()
{
    if (m_loaded && !m_countTimer->isActive())
        m_countTimer->start();
}

void BoardTreeModel::requestCounts()
{
    m_countTimer->stop();
    m_counted.clear();
    QStringList conditions;
    std::vector<Node *> stack;
    for (auto it = m_root->children.rbegin(); it != m_root->children.rend(); ++it)
        stack.push_back(it->get());
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        if (!node->conditions.isEmpty() &&
            node->fetch.state != NodeFetchState::UnavailableOffline) {
            m_counted.push_back(node);
            conditions.append(node->conditions);
            // "Loading" only while nothing is known: a recount keeps showing the old count.
            if (node->count < 0)
                setNodeFetch(node, {NodeFetchState::Loading, {}});
        }
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
    if (conditions.isEmpty()) {
        m_countRequest = 0;
        if (m_fetch != FetchState::Loaded) {
            m_fetch = FetchState::Loaded;
            Q_EMIT fetchStateChanged(m_fetch);
        }
        return;
    }
    m_countRequest = m_reader->countTickets(this, conditions);
    if (m_fetch == FetchState::Idle) {
        m_fetch = FetchState::Loading;
        Q_EMIT fetchStateChanged(m_fetch);
    }
}

void BoardTreeModel::readerFinished(const CacheReader::Result &result)
{
    if (result.consumer != this || result.requestId != m_countRequest)
        return;
    m_countRequest = 0;
    const std::vector<Node *> counted = std::move(m_counted);
    m_counted.clear();
    for (size_t i = 0; i < counted.size(); ++i) {
        Node *node = counted[i];
        const int count = i < size_t(result.counts.size()) ? result.counts.at(qsizetype(i)) : -1;
        const FetchStatus fetch =
            count >= 0
                ? FetchStatus{NodeFetchState::Done, {}}
                : FetchStatus{NodeFetchState::Error, result.error.isEmpty()
                                                         ? tr("The tickets could not be counted.")
                                                         : result.error};
        const bool changed = node->count != count || !(node->fetch == fetch);
        node->count = count;
        node->fetch = fetch;
        if (changed) {
            const QModelIndex at = indexOf(node);
            Q_EMIT dataChanged(at, at);
        }
    }
    const FetchState state = result.ok ? FetchState::Loaded : FetchState::Error;
    if (state != m_fetch) {
        m_fetch = state;
        Q_EMIT fetchStateChanged(m_fetch);
    }
    Q_EMIT countsUpdated();
}

void BoardTreeModel::recordsChanged(RecordKind kind, const QList<int> &, int)
{
    if (!m_loaded)
        return;
    switch (kind) {
    case RecordKind::Ticket:
        scheduleCount();
        break;
    case RecordKind::Board:
    case RecordKind::BoardStatus:
        rebuild();
        break;
    default:
        break;
    }
}

void BoardTreeModel::setNodeFetch(Node *node, const FetchStatus &status)
{
    if (node->fetch == status)
        return;
    node->fetch = status;
    const QModelIndex at = indexOf(node);
    Q_EMIT dataChanged(at, at, {FetchStateRole, ErrorTextRole, Qt::ToolTipRole});
}

// --- The tree -----------------------------------------------------------------------------------

BoardTreeModel::Node *BoardTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex BoardTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex BoardTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex BoardTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int BoardTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int BoardTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString BoardTreeModel::conditions(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->conditions : QString();
}

QString BoardTreeModel::key(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->key : QString();
}

QModelIndex BoardTreeModel::indexOfKey(const QString &key) const
{
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        if (node != m_root.get() && node->key == key)
            return indexOf(node);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    return {};
}

QVariant BoardTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->count >= 0)
            return tr("%1 (%2)").arg(node->name).arg(node->count);
        return node->name;
    case Qt::EditRole:
        return node->name;
    case Qt::ToolTipRole:
        if (node->fetch.state == NodeFetchState::Error)
            return node->fetch.errorText;
        if (node->fetch.state == NodeFetchState::UnavailableOffline)
            return tr("Not available offline: this board was never synced.");
        return {};
    case IdRole:
        return node->id;
    case SortRole:
        return node->type == NodeType::Status ? QVariant(node->sortOrder) : QVariant(node->row());
    case FetchStateRole:
        return int(node->fetch.state);
    case ErrorTextRole:
        return node->fetch.errorText;
    case ConditionsRole:
        return node->conditions;
    case CountRole:
        return node->count;
    case NodeTypeRole:
        return int(node->type);
    case BoardIdRole:
        return node->boardId;
    case OrderByRole:
        return node->orderBy;
    case ColumnsRole:
        return node->columns;
    }
    return {};
}

QHash<int, QByteArray> BoardTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(FetchStateRole, "fetchState");
    names.insert(ErrorTextRole, "errorText");
    names.insert(ConditionsRole, "conditions");
    names.insert(CountRole, "count");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(BoardIdRole, "boardId");
    return names;
}

} // namespace cw
