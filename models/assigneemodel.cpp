// The dispatch dock's list of teams (of the boards) and active members from the offline cache,
// kept live; tickets dragged from the ticket table and dropped on a row ask to be assigned.
#include "assigneemodel.h"

#include "itemroles.h"
#include "ticketmime.h"

#include "store/cache.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

AssigneeModel::AssigneeModel(Cache *cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
    qRegisterMetaType<cw::Assignee>();
    connect(m_cache, &Cache::recordsChanged, this, &AssigneeModel::recordsChanged);
    connect(m_cache, &Cache::recordsRemoved, this, &AssigneeModel::recordsChanged);
}

QString AssigneeModel::keyOf(const Assignee &assignee)
{
    return (assignee.kind == Assignee::Kind::Team ? u"team:"_s : u"member:"_s) +
           QString::number(assignee.id);
}

QList<Assignee> AssigneeModel::desired() const
{
    QList<Assignee> teams;
    QList<Board> boards = m_cache->boards();
    std::stable_sort(boards.begin(), boards.end(), [](const Board &a, const Board &b) {
        return QString::compare(a.name(), b.name(), Qt::CaseInsensitive) < 0;
    });
    for (const Board &board : std::as_const(boards)) {
        if (board.inactiveFlag())
            continue;
        QList<BoardTeam> boardTeams = m_cache->boardTeams(board.id());
        std::stable_sort(boardTeams.begin(), boardTeams.end(),
                         [](const BoardTeam &a, const BoardTeam &b) {
                             return QString::compare(a.name(), b.name(), Qt::CaseInsensitive) < 0;
                         });
        for (const BoardTeam &team : std::as_const(boardTeams))
            teams.append({Assignee::Kind::Team, team.id(), {}, team.name(), board.id()});
    }
    QList<Assignee> members;
    for (const Member &member : m_cache->members()) {
        if (member.inactiveFlag())
            continue;
        const QString name = member.fullName().isEmpty() ? member.identifier() : member.fullName();
        members.append({Assignee::Kind::Member, member.id(), member.identifier(), name, 0});
    }
    std::stable_sort(members.begin(), members.end(), [](const Assignee &a, const Assignee &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return teams + members;
}

void AssigneeModel::reload()
{
    m_loaded = true;
    m_boardNames.clear();
    for (const Board &board : m_cache->boards())
        m_boardNames.insert(board.id(), board.name());
    const QList<Assignee> wanted = desired();
    // Rows that went away, from the end.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const QString key = keyOf(m_rows.at(row));
        const bool keep = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&key](const Assignee &a) { return keyOf(a) == key; });
        if (!keep) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const QString key = keyOf(wanted.at(i));
        int at = -1;
        for (int j = i; j < m_rows.size(); ++j) {
            if (keyOf(m_rows.at(j)) == key) {
                at = j;
                break;
            }
        }
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, wanted.at(i));
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, at, at, {}, i);
            m_rows.move(at, i);
            endMoveRows();
        }
        if (!(m_rows.at(i) == wanted.at(i))) {
            m_rows[i] = wanted.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

void AssigneeModel::recordsChanged(RecordKind kind, const QList<int> &, int)
{
    if (m_loaded &&
        (kind == RecordKind::Member || kind == RecordKind::BoardTeam || kind == RecordKind::Board))
        reload();
}

Assignee AssigneeModel::assignee(int row) const
{
    return m_rows.value(row);
}

int AssigneeModel::rowOf(Assignee::Kind kind, int id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == kind && m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int AssigneeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssigneeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Assignee &a = m_rows.at(index.row());
    const bool team = a.kind == Assignee::Kind::Team;
    switch (role) {
    case Qt::DisplayRole:
        return team ? tr("%1 (%2)").arg(a.name, m_boardNames.value(a.boardId)) : a.name;
    case Qt::EditRole:
        return a.name;
    case Qt::ToolTipRole:
        return team ? tr("Team %1 of board %2").arg(a.name, m_boardNames.value(a.boardId))
                    : a.identifier;
    case IdRole:
        return a.id;
    case NodeTypeRole:
        return int(a.kind);
    case IdentifierRole:
        return a.identifier;
    case BoardIdRole:
        return a.boardId;
    case SortRole:
        return a.name;
    }
    return {};
}

QHash<int, QByteArray> AssigneeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NodeTypeRole, "kind");
    names.insert(IdentifierRole, "identifier");
    names.insert(BoardIdRole, "boardId");
    return names;
}

Qt::ItemFlags AssigneeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList AssigneeModel::mimeTypes() const
{
    return {TicketMime::mimeType()};
}

Qt::DropActions AssigneeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool AssigneeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                    const QModelIndex &parent) const
{
    // Only onto a row (parent is the row itself), never between rows.
    if (!parent.isValid() || row != -1 || parent.row() >= m_rows.size())
        return false;
    return !TicketMime::decode(data).isEmpty();
}

bool AssigneeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT assignRequested(TicketMime::decode(data), m_rows.at(parent.row()));
    // Nothing moved here; returning false keeps a MoveAction source from removing rows.
    return false;
}

} // namespace cw
