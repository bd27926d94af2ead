#include "ticketlistmodel.h"

#include "api/listjob.h"
#include "api/manageclient.h"
#include "api/ticket.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace cw {

TicketListModel::TicketListModel(ManageClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

TicketListModel::~TicketListModel()
{
    if (m_job)
        m_job->abort();
}

QStringList TicketListModel::fields()
{
    return {u"id"_s,           u"summary"_s,          u"status/name"_s,
            u"company/name"_s, u"priority/name"_s,    u"priority/sort"_s,
            u"owner/name"_s,   u"owner/identifier"_s, u"_info/lastUpdated"_s};
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &ticket = m_tickets.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return ticket.id;
        case SummaryColumn:
            return ticket.summary;
        case StatusColumn:
            return ticket.status;
        case CompanyColumn:
            return ticket.company;
        case PriorityColumn:
            return ticket.priority;
        case OwnerColumn:
            return ticket.owner;
        case UpdatedColumn:
            return ticket.updated.isValid()
                       ? QLocale().toString(ticket.updated.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (column == SummaryColumn || column == CompanyColumn)
            return data(index, Qt::DisplayRole);
        if (column == UpdatedColumn && ticket.updated.isValid())
            return QLocale().toString(ticket.updated.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (column == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return ticket.id;
    case SortRole:
        switch (column) {
        case NumberColumn:
            return ticket.id;
        case PriorityColumn:
            // Sort priorities by their configured order, unknown ones last.
            return ticket.prioritySort > 0 ? ticket.prioritySort : std::numeric_limits<int>::max();
        case UpdatedColumn:
            return ticket.updated;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("#", "ticket number column");
        case SummaryColumn:
            return tr("Summary");
        case StatusColumn:
            return tr("Status");
        case CompanyColumn:
            return tr("Company");
        case PriorityColumn:
            return tr("Priority");
        case OwnerColumn:
            return tr("Owner");
        case UpdatedColumn:
            return tr("Updated");
        }
    }
    if (role == Qt::TextAlignmentRole && section == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (section == NumberColumn)
            return tr("Ticket number");
        if (section == UpdatedColumn)
            return tr("Last updated");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void TicketListModel::setBoard(int boardId)
{
    if (m_job)
        m_job->abort();
    m_boardId = boardId;
    if (!m_tickets.isEmpty()) {
        beginResetModel();
        m_tickets.clear();
        endResetModel();
    }
    if (boardId <= 0) {
        setFetchState(FetchState::Idle);
        return;
    }
    ListQuery query;
    query.conditions = u"board/id=%1"_s.arg(boardId);
    query.orderBy = u"id desc"_s;
    query.fields = fields();
    query.pageSize = PageSize;
    m_job = m_client->listTickets(query);
    m_job->setAccumulate(false);
    setFetchState(FetchState::Loading);
    connect(m_job, &ListJob::pageFetched, this,
            [this](const QList<QByteArray> &records, int) { appendPage(records); });
    connect(m_job, &ListJob::recordsFetched, this, [this] { setFetchState(FetchState::Loaded); });
    connect(m_job, &ListJob::failed, this,
            [this](const ApiError &error) { setFetchState(FetchState::Error, error.message()); });
}

void TicketListModel::reload()
{
    setBoard(m_boardId);
}

int TicketListModel::ticketId(int row) const
{
    return row >= 0 && row < m_tickets.size() ? m_tickets.at(row).id : 0;
}

void TicketListModel::appendPage(const QList<QByteArray> &records)
{
    QList<Row> page;
    page.reserve(records.size());
    for (const QByteArray &raw : records) {
        const Ticket ticket = Ticket::fromJson(raw);
        if (ticket.id() <= 0)
            continue;
        Row row;
        row.id = ticket.id();
        row.summary = ticket.summary();
        row.status = ticket.status().name;
        row.company = ticket.company().name;
        row.priority = ticket.priority().name;
        row.prioritySort = ticket.priority().sort;
        row.owner = ticket.owner().name.isEmpty() ? ticket.owner().identifier : ticket.owner().name;
        if (ticket.lastUpdatedMs() > 0)
            row.updated = QDateTime::fromMSecsSinceEpoch(ticket.lastUpdatedMs(), Qt::UTC);
        page.append(std::move(row));
    }
    if (page.isEmpty())
        return;
    const int first = int(m_tickets.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_tickets.append(std::move(page));
    endInsertRows();
}

void TicketListModel::setFetchState(FetchState state, const QString &errorText)
{
    m_errorText = errorText;
    if (m_state == state && state != FetchState::Error)
        return;
    m_state = state;
    Q_EMIT fetchStateChanged(state);
}

} // namespace cw
