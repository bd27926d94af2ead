#include "boardlistmodel.h"

#include "api/board.h"
#include "api/listjob.h"
#include "api/manageclient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

BoardListModel::BoardListModel(ManageClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

BoardListModel::~BoardListModel()
{
    if (m_job)
        m_job->abort();
}

int BoardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boards.size());
}

QVariant BoardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Board &board = m_boards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return board.name();
    case Qt::ToolTipRole:
        return board.inactiveFlag()
                   ? tr("%1 (inactive board, #%2)").arg(board.name()).arg(board.id())
                   : tr("%1 (board #%2)").arg(board.name()).arg(board.id());
    case IdRole:
        return board.id();
    case InactiveRole:
        return board.inactiveFlag();
    default:
        return {};
    }
}

QVariant BoardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Boards");
    return QAbstractListModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> BoardListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "boardId");
    names.insert(InactiveRole, "inactive");
    return names;
}

void BoardListModel::reload()
{
    if (m_job)
        m_job->abort();
    ListQuery query;
    query.orderBy = u"name asc"_s;
    query.fields = QStringList{u"id"_s, u"name"_s, u"inactiveFlag"_s};
    query.pageSize = ListQuery::MaxPageSize;
    m_job = m_client->listBoards(query);
    setFetchState(FetchState::Loading);
    connect(m_job, &ListJob::recordsFetched, this, [this](const QList<QByteArray> &raw) {
        QList<Board> boards;
        boards.reserve(raw.size());
        for (const QByteArray &record : raw) {
            const Board board = Board::fromJson(record);
            if (board.id() > 0)
                boards.append(board);
        }
        // Active boards first; the server already sorted by name.
        std::stable_partition(boards.begin(), boards.end(),
                              [](const Board &board) { return !board.inactiveFlag(); });
        beginResetModel();
        m_boards = std::move(boards);
        endResetModel();
        setFetchState(FetchState::Loaded);
    });
    connect(m_job, &ListJob::failed, this,
            [this](const ApiError &error) { setFetchState(FetchState::Error, error.message()); });
}

int BoardListModel::boardId(int row) const
{
    return row >= 0 && row < m_boards.size() ? m_boards.at(row).id() : 0;
}

QString BoardListModel::boardName(int row) const
{
    return row >= 0 && row < m_boards.size() ? m_boards.at(row).name() : QString();
}

int BoardListModel::rowOf(int id) const
{
    for (int row = 0; row < m_boards.size(); ++row) {
        if (m_boards.at(row).id() == id)
            return row;
    }
    return -1;
}

void BoardListModel::setFetchState(FetchState state, const QString &errorText)
{
    m_errorText = errorText;
    if (m_state == state && state != FetchState::Error)
        return;
    m_state = state;
    Q_EMIT fetchStateChanged(state);
}

} // namespace cw
