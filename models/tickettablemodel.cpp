// The ticket list over the offline cache: the rows a conditions query selects, with the list
// columns only, kept current in place (inserts, dataChanged, removals) as sync and outbox change
// it.
#include "tickettablemodel.h"

#include "itemroles.h"
#include "ticketmime.h"

#include "store/cache.h"
#include "store/outbox.h"

#include <QElapsedTimer>
#include <QFont>
#include <QMimeData>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

int compareText(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

template<class T> int compareValue(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 slaSortKey(const TicketRow &row, const QDateTime &now)
{
    // Without a deadline a ticket sorts after every ticket that has one.
    return row.sla.hasDeadline() ? row.sla.secondsLeft(now) : std::numeric_limits<qint64>::max();
}

// How far the row index may drift before it is rebuilt (see m_rowOf).
constexpr int MaxDrift = 32;

// What a query's answer brings the GUI thread: the rows in order and their index, both made on
// the reader's thread.
struct FilledRows
{
    QList<TicketTableModel::RowPtr> rows;
    QHash<int, int> rowOf;

    // On the reader's thread: the column sort (if any) and the index.
    QVariant finish(const TicketTableModel::RowOrder &order)
    {
        if (order.column >= 0)
            std::stable_sort(rows.begin(), rows.end(),
                             [&order](const TicketTableModel::RowPtr &a,
                                      const TicketTableModel::RowPtr &b) {
                                 return order.lessThan(*a, *b);
                             });
        rowOf.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            rowOf.insert(rows.at(i)->id, int(i));
        return QVariant::fromValue(std::move(*this));
    }
};

} // namespace

TicketTableModel::TicketTableModel(Cache *cache, CacheReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_reader(reader)
{
    connect(m_reader, &CacheReader::finished, this, &TicketTableModel::readerFinished);
    connect(m_cache, &Cache::recordsChanged, this, &TicketTableModel::ticketsChanged);
    connect(m_cache, &Cache::recordsRemoved, this, &TicketTableModel::ticketsRemoved);
    reloadPriorities();
}

TicketTableModel::~TicketTableModel()
{
    if (!m_reader)
        return;
    m_reader->cancelAll(this);
    m_reader->cancelAll(&m_changeConsumer);
}

void TicketTableModel::setOutbox(Outbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (m_outbox) {
        connect(m_outbox, &Outbox::stepReached, this, &TicketTableModel::schedulePending);
        connect(m_outbox, &Outbox::entryFinished, this, &TicketTableModel::schedulePending);
    }
    refreshPending();
}

void TicketTableModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : systemClock();
    // slaStatus carries no year: it is read again against the new clock.
    const QDateTime when = now();
    for (RowPtr &row : m_rows) {
        auto copy = std::make_shared<TicketRow>(*row);
        copy->sla = SlaState::forTicket(copy->slaStatus, copy->closed, copy->requiredDateMs, when);
        row = std::move(copy);
    }
    refreshTimes();
}

void TicketTableModel::refreshTimes()
{
    // Only what depends on the time is announced; nothing is parsed again (a minute's tick
    // over 50,000 rows must stay cheap).
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, Age));
    Q_EMIT dataChanged(index(0, Sla), index(rowCount() - 1, Sla));
}

void TicketTableModel::setQuery(const QString &conditions, const QString &orderBy)
{
    m_conditions = conditions;
    m_orderBy = orderBy;
    requestFill();
    setFetch(FetchState::Loading);
}

void TicketTableModel::requestFill()
{
    // Rows changed in the cache and not checked yet are read again; the others are reused.
    QSet<int> stale = m_changed;
    stale.unite(m_changedInFlight);
    for (qsizetype i = m_mergeAt; i < m_merge.size(); ++i)
        stale.insert(m_merge.at(i).row ? m_merge.at(i).row->id : m_merge.at(i).removeId);
    // The fill reads the cache after every change signalled so far: pending checks are moot.
    m_reader->cancelAll(&m_changeConsumer);
    m_changed.clear();
    m_changedInFlight.clear();
    m_changeRequest = 0;
    m_merge.clear();
    m_mergeAt = 0;
    m_mergeScheduled = false;

    CacheReader::Reuse reuse;
    if (!m_rows.isEmpty()) {
        // The rows as listed now (a copy of the pointers, shared with the reader's thread);
        // their index is built there, when first asked.
        struct Listed
        {
            QList<RowPtr> rows;
            QSet<int> stale;
            QHash<int, RowPtr> byId;
            bool indexed = false;
            const RowPtr *find(int id)
            {
                if (!indexed) {
                    byId.reserve(rows.size());
                    for (const RowPtr &row : std::as_const(rows))
                        byId.insert(row->id, row);
                    indexed = true;
                }
                const auto it = byId.constFind(id);
                return it == byId.constEnd() || stale.contains(id) ? nullptr : &*it;
            }
        };
        auto listed = std::make_shared<Listed>();
        listed->rows = m_rows;
        listed->stale = std::move(stale);
        reuse.known = [listed](int id) { return listed->find(id) != nullptr; };
        reuse.assemble = [listed, order = currentOrder()](const QList<int> &ids,
                                                           const QList<Ticket> &fresh) {
            QHash<int, RowPtr> made;
            made.reserve(fresh.size());
            for (const Ticket &ticket : fresh)
                made.insert(ticket.id(), std::make_shared<TicketRow>(
                                             TicketRow::fromTicket(ticket, order.now)));
            FilledRows filled;
            filled.rows.reserve(ids.size());
            for (const int id : ids) {
                if (const RowPtr *row = listed->find(id))
                    filled.rows.append(*row);
                else if (const auto it = made.constFind(id); it != made.constEnd())
                    filled.rows.append(*it);
                // else: deleted between the two reads; the change signals follow.
            }
            return filled.finish(order);
        };
    } else {
        reuse.assemble = [order = currentOrder()](const QList<int> &,
                                                  const QList<Ticket> &tickets) {
            FilledRows filled;
            filled.rows.reserve(tickets.size());
            for (const Ticket &ticket : tickets)
                filled.rows.append(
                    std::make_shared<TicketRow>(TicketRow::fromTicket(ticket, order.now)));
            return filled.finish(order);
        };
    }
    m_fillRequest = m_reader->queryTickets(this, m_conditions, m_orderBy, std::move(reuse));
}

TicketTableModel::RowOrder TicketTableModel::currentOrder() const
{
    RowOrder order = m_order;
    order.now = now();
    return order;
}

QString TicketTableModel::columnId(int column)
{
    static const QStringList ids = columnIds();
    return ids.value(column);
}

QStringList TicketTableModel::columnIds()
{
    return {u"number"_s, u"summary"_s, u"status"_s, u"company"_s, u"contact"_s,    u"priority"_s,
            u"owner"_s,  u"team"_s,    u"type"_s,   u"age"_s,     u"lastUpdate"_s, u"sla"_s};
}

int TicketTableModel::columnOf(const QString &id)
{
    return columnIds().indexOf(id);
}

QString TicketTableModel::columnName(int column)
{
    switch (column) {
    case Number:
        return tr("#");
    case Summary:
        return tr("Summary");
    case Status:
        return tr("Status");
    case Company:
        return tr("Company");
    case Contact:
        return tr("Contact");
    case Priority:
        return tr("Priority");
    case Owner:
        return tr("Owner");
    case Team:
        return tr("Team");
    case Type:
        return tr("Type");
    case Age:
        return tr("Age");
    case LastUpdate:
        return tr("Last update");
    case Sla:
        return tr("SLA");
    }
    return {};
}

int TicketTableModel::ticketId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row)->id : 0;
}

void TicketTableModel::reindex() const
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i)->id, i);
    m_indexValid = true;
    m_drift = 0;
}

int TicketTableModel::rowOfTicket(int id) const
{
    if (!m_indexValid || m_drift > MaxDrift)
        reindex();
    const auto it = m_rowOf.find(id);
    if (it == m_rowOf.end())
        return -1;
    // Each change since the index was built moved a row by one place at most.
    const int guess = *it;
    const int rows = int(m_rows.size());
    for (int d = 0; d <= m_drift; ++d) {
        for (const int row : {guess - d, guess + d}) {
            if (row >= 0 && row < rows && m_rows.at(row)->id == id) {
                *it = row;
                return row;
            }
        }
    }
    // Not where it can be: the index is wrong, so it is built again.
    reindex();
    return m_rowOf.value(id, -1);
}

QByteArray TicketTableModel::rawRecord(int row) const
{
    const int id = ticketId(row);
    return id ? m_cache->rawRecord(RecordKind::Ticket, id) : QByteArray();
}

const TicketRow *TicketTableModel::rowData(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).get() : nullptr;
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TicketTableModel::prioritySort(const TicketRow &row) const
{
    return m_order.prioritySort(row);
}

int TicketTableModel::RowOrder::prioritySort(const TicketRow &row) const
{
    const auto it = prioritySorts.constFind(row.priorityId);
    return it != prioritySorts.constEnd() ? *it : row.prioritySort;
}

QVariant TicketTableModel::sortValue(const TicketRow &row, int column) const
{
    // Text and number columns sort by what they show; these four by a natural value.
    switch (column) {
    case Priority:
        return prioritySort(row);
    case Age:
        return row.enteredMs > 0
                   ? QVariant(qint64(now().toMSecsSinceEpoch() - row.enteredMs) / 1000)
                   : QVariant();
    case LastUpdate:
        return row.lastUpdatedMs > 0
                   ? QVariant(QDateTime::fromMSecsSinceEpoch(row.lastUpdatedMs, Qt::UTC))
                   : QVariant();
    case Sla:
        return slaSortKey(row, now());
    default:
        return displayValue(row, column);
    }
}

QVariant TicketTableModel::displayValue(const TicketRow &row, int column) const
{
    switch (column) {
    case Number:
        return row.id;
    case Summary:
        return row.summary;
    case Status:
        return row.status;
    case Company:
        return row.company;
    case Contact:
        return row.contact;
    case Priority:
        return row.priority;
    case Owner:
        return row.owner;
    case Team:
        return row.team;
    case Type:
        return row.type;
    case Age:
        return row.enteredMs > 0
                   ? SlaState::formatDuration((now().toMSecsSinceEpoch() - row.enteredMs) / 1000)
                   : QString();
    case LastUpdate:
        // A date-time value: the view's delegate formats it in the user's locale and zone.
        return row.lastUpdatedMs > 0
                   ? QVariant(
                         QDateTime::fromMSecsSinceEpoch(row.lastUpdatedMs, Qt::UTC).toLocalTime())
                   : QVariant();
    case Sla:
        return row.sla.text(now());
    }
    return {};
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRow &row = *m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::AccessibleTextRole:
        // What the delegate shows (QStyledItemDelegate formats a date-time this way), so that a
        // screen reader does not read an ISO timestamp.
        if (column == LastUpdate && row.lastUpdatedMs > 0)
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(row.lastUpdatedMs, Qt::UTC).toLocalTime(),
                QLocale::ShortFormat);
        return {};
    case Qt::ToolTipRole:
        if (column == Summary)
            return row.summary;
        if (column == Sla && row.sla.hasDeadline())
            return tr("Due %1").arg(
                QLocale().toString(row.sla.deadline().toLocalTime(), QLocale::ShortFormat));
        if (column == Owner)
            return row.ownerName;
        return {};
    case Qt::DecorationRole:
        if (column == Priority) {
            const QColor color = m_priorities.value(row.priorityId).color;
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::FontRole:
        if (row.customerUpdated) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Number || column == Age)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case SortRole:
        return sortValue(row, column);
    case PendingRole:
        return m_pending.contains(row.id);
    case ColorRole: {
        const QColor color = m_priorities.value(row.priorityId).color;
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case BoldRole:
        return row.customerUpdated;
    case BoardIdRole:
        return row.boardId;
    case BreachedRole:
        return row.sla.isBreached(now());
    case IdentifierRole:
        return row.owner;
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == IdRole)
        return columnId(section);
    return {};
}

QHash<int, QByteArray> TicketTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "ticketId");
    names.insert(SortRole, "sortValue");
    names.insert(PendingRole, "pending");
    names.insert(ColorRole, "color");
    names.insert(BoldRole, "bold");
    names.insert(BoardIdRole, "boardId");
    names.insert(BreachedRole, "breached");
    names.insert(IdentifierRole, "owner");
    return names;
}

Qt::ItemFlags TicketTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList TicketTableModel::mimeTypes() const
{
    return {TicketMime::mimeType()};
}

QMimeData *TicketTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> ids;
    for (const QModelIndex &index : indexes) {
        const int id = ticketId(index.row());
        if (index.isValid() && id && !ids.contains(id))
            ids.append(id);
    }
    return ids.isEmpty() ? nullptr : TicketMime::encode(ids);
}

Qt::DropActions TicketTableModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

// --- Sorting ------------------------------------------------------------------------------------

int TicketTableModel::RowOrder::compare(const TicketRow &a, const TicketRow &b, int column) const
{
    switch (column) {
    case Number:
        return compareValue(a.id, b.id);
    case Summary:
        return compareText(a.summary, b.summary);
    case Status:
        return compareText(a.status, b.status);
    case Company:
        return compareText(a.company, b.company);
    case Contact:
        return compareText(a.contact, b.contact);
    case Priority: {
        const int c = compareValue(prioritySort(a), prioritySort(b));
        return c ? c : compareText(a.priority, b.priority);
    }
    case Owner:
        return compareText(a.owner, b.owner);
    case Team:
        return compareText(a.team, b.team);
    case Type:
        return compareText(a.type, b.type);
    case Age:
        // Older (entered earlier) is a greater age.
        return compareValue(b.enteredMs, a.enteredMs);
    case LastUpdate:
        return compareValue(a.lastUpdatedMs, b.lastUpdatedMs);
    case Sla:
        return compareValue(slaSortKey(a, now), slaSortKey(b, now));
    }
    return 0;
}

bool TicketTableModel::RowOrder::lessThan(const TicketRow &a, const TicketRow &b) const
{
    int c = compare(a, b, column);
    if (c == 0)
        c = compareValue(a.id, b.id);
    return order == Qt::AscendingOrder ? c < 0 : c > 0;
}

bool TicketTableModel::lessThan(const TicketRow &a, const TicketRow &b) const
{
    // `now` matters for the SLA column only; it is taken once per comparison there.
    if (m_order.column == Sla) {
        RowOrder order = currentOrder();
        return order.lessThan(a, b);
    }
    return m_order.lessThan(a, b);
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        m_order.column = -1;
        return;
    }
    const bool same = m_order.column == column && m_order.order == order;
    m_order.column = column;
    m_order.order = order;
    // A query in flight is asked again, so that its rows come sorted from the reader's thread.
    if (m_fillRequest && !same)
        requestFill();
    if (m_rows.isEmpty())
        return;
    const RowOrder rowOrder = currentOrder();
    const auto less = [&rowOrder](const RowPtr &a, const RowPtr &b) {
        return rowOrder.lessThan(*a, *b);
    };
    // Asked again for the order the rows are in (the window does after each query): nothing
    // to do.
    if (same && std::is_sorted(m_rows.cbegin(), m_rows.cend(), less))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &index : before)
        beforeIds.append(ticketId(index.row()));
    std::stable_sort(m_rows.begin(), m_rows.end(), less);
    m_indexValid = false;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOfTicket(beforeIds.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- Answers of the reader ----------------------------------------------------------------------

void TicketTableModel::setFetch(FetchState state, const QString &error)
{
    m_errorText = error;
    if (state == m_fetch)
        return;
    m_fetch = state;
    Q_EMIT fetchStateChanged(state);
}

void TicketTableModel::readerFinished(const CacheReader::Result &result)
{
    if (result.consumer == this && result.requestId == m_fillRequest)
        applyFill(result);
    else if (result.consumer == &m_changeConsumer && result.requestId == m_changeRequest)
        applyChanges(result);
}

void TicketTableModel::applyFill(const CacheReader::Result &result)
{
    m_fillRequest = 0;
    if (!result.ok) {
        setFetch(FetchState::Error, result.error);
        return;
    }
    // Ordered and indexed on the reader's thread, in the order asked for then; sort() asks
    // again when the order changes meanwhile.
    FilledRows filled = result.converted.value<FilledRows>();
    // A new query is a new list: the one place the model resets.
    beginResetModel();
    // The rows that leave are freed after the reset, with the rows that stay shared.
    QList<RowPtr> old = std::exchange(m_rows, std::move(filled.rows));
    m_rowOf = std::move(filled.rowOf);
    m_indexValid = true;
    m_drift = 0;
    m_loadedOnce = true;
    endResetModel();
    refreshPending();
    setFetch(FetchState::Loaded);
    Q_EMIT rowsUpdated();
}

void TicketTableModel::ticketsChanged(RecordKind kind, const QList<int> &ids, int)
{
    if (kind == RecordKind::Priority) {
        reloadPriorities();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Priority), index(rowCount() - 1, Priority),
                               {Qt::DecorationRole, ColorRole, SortRole});
        return;
    }
    if (kind != RecordKind::Ticket || !m_loadedOnce)
        return;
    for (int id : ids) {
        m_changed.insert(id);
        // Changed again after the request in flight read it: checked once more after that.
        m_changedInFlight.remove(id);
    }
    // One check at a time: a batch merged over several turns asks again when it is done.
    if (!m_changeRequest && m_merge.isEmpty())
        requestChanges();
    // The outbox writes its optimistic effect through the cache: its entries changed too.
    schedulePending();
}

void TicketTableModel::ticketsRemoved(RecordKind kind, const QList<int> &ids, int)
{
    if (kind != RecordKind::Ticket)
        return;
    for (int id : ids) {
        m_changed.remove(id);
        // The request in flight may have read it before it went: its answer must not bring
        // it back.
        if (m_changeRequest)
            m_removedInFlight.insert(id);
        m_merge.append({nullptr, id});
    }
    schedulePending();
    mergeSome();
}

CacheReader::TicketConverter TicketTableModel::rowConverter() const
{
    // Runs on the reader's thread: only the clock's current time is taken along.
    return [when = now()](const QList<Ticket> &tickets) {
        QList<RowPtr> rows;
        rows.reserve(tickets.size());
        for (const Ticket &ticket : tickets)
            rows.append(std::make_shared<TicketRow>(TicketRow::fromTicket(ticket, when)));
        return QVariant::fromValue(rows);
    };
}

void TicketTableModel::requestChanges()
{
    if (m_changed.isEmpty())
        return;
    // One request for every ticket still unchecked: the newest supersedes the older ones.
    QStringList ids;
    ids.reserve(m_changed.size());
    for (int id : std::as_const(m_changed))
        ids.append(QString::number(id));
    const QString scope = u"id in (%1)"_s.arg(ids.join(u','));
    const QString conditions =
        m_conditions.trimmed().isEmpty() ? scope : u"(%1) and %2"_s.arg(m_conditions, scope);
    m_changedInFlight = m_changed;
    m_removedInFlight.clear();
    m_changeRequest = m_reader->queryTickets(&m_changeConsumer, conditions, {}, -1, rowConverter());
}

void TicketTableModel::applyChanges(const CacheReader::Result &result)
{
    m_changeRequest = 0;
    const QSet<int> checked = m_changedInFlight;
    m_changed.subtract(checked);
    m_changedInFlight.clear();
    const QSet<int> removed = std::exchange(m_removedInFlight, {});
    if (!result.ok) {
        setFetch(FetchState::Error, result.error);
        return;
    }
    QSet<int> matching;
    const QList<RowPtr> rows = result.converted.value<QList<RowPtr>>();
    for (const RowPtr &fresh : rows) {
        matching.insert(fresh->id);
        if (!removed.contains(fresh->id))
            m_merge.append({fresh, 0});
    }
    for (int id : checked) {
        if (!matching.contains(id))
            m_merge.append({nullptr, id});
    }
    mergeSome();
}

void TicketTableModel::mergeSome()
{
    m_mergeScheduled = false;
    // A slice of the batch, then the event loop: thousands of rows never freeze the window.
    QElapsedTimer slice;
    slice.start();
    while (m_mergeAt < m_merge.size()) {
        const MergeStep step = m_merge.at(m_mergeAt++);
        mergeStep(step);
        if (m_mergeAt < m_merge.size() && slice.nsecsElapsed() >= m_mergeSliceNs) {
            m_mergeScheduled = true;
            QTimer::singleShot(0, this, [this] {
                if (m_mergeScheduled)
                    mergeSome();
            });
            return;
        }
    }
    m_merge.clear();
    m_mergeAt = 0;
    if (!m_changed.isEmpty() && !m_changeRequest)
        requestChanges();
    Q_EMIT rowsUpdated();
}

void TicketTableModel::mergeStep(const MergeStep &step)
{
    if (!step.row) {
        const int row = rowOfTicket(step.removeId);
        if (row >= 0)
            removeRow(row);
        return;
    }
    const int row = rowOfTicket(step.row->id);
    if (row < 0) {
        insertInOrder(step.row);
    } else if (!(*m_rows.at(row) == *step.row)) {
        m_rows[row] = step.row;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        moveIntoOrder(row);
    }
}

void TicketTableModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rowOf.remove(m_rows.at(row)->id);
    m_rows.removeAt(row);
    ++m_drift;
    endRemoveRows();
}

void TicketTableModel::insertInOrder(RowPtr row)
{
    int at = int(m_rows.size());
    if (m_order.column >= 0) {
        const RowOrder order = currentOrder();
        const auto it = std::lower_bound(
            m_rows.cbegin(), m_rows.cend(), row,
            [&order](const RowPtr &a, const RowPtr &b) { return order.lessThan(*a, *b); });
        at = int(it - m_rows.cbegin());
    }
    beginInsertRows({}, at, at);
    m_rowOf.insert(row->id, at);
    m_rows.insert(at, std::move(row));
    ++m_drift;
    endInsertRows();
}

void TicketTableModel::moveIntoOrder(int row)
{
    if (m_order.column < 0)
        return;
    const TicketRow &moved = *m_rows.at(row);
    const bool afterPrevious = row == 0 || !lessThan(moved, *m_rows.at(row - 1));
    const bool beforeNext = row == m_rows.size() - 1 || !lessThan(*m_rows.at(row + 1), moved);
    if (afterPrevious && beforeNext)
        return;
    // Where it goes among the other rows (index i of the others is row i, or i + 1 past `row`).
    int low = 0;
    int high = int(m_rows.size()) - 1;
    while (low < high) {
        const int mid = (low + high) / 2;
        const TicketRow &other = *m_rows.at(mid < row ? mid : mid + 1);
        if (lessThan(other, moved))
            low = mid + 1;
        else
            high = mid;
    }
    const int to = low;
    // beginMoveRows names the destination in the list before the move.
    const int destination = to > row ? to + 1 : to;
    if (!beginMoveRows({}, row, row, {}, destination))
        return;
    m_rowOf.insert(m_rows.at(row)->id, to);
    m_rows.move(row, to);
    ++m_drift;
    endMoveRows();
}

// --- Lookups on the GUI thread's cache (small tables) -------------------------------------------

void TicketTableModel::reloadPriorities()
{
    m_priorities.clear();
    m_order.prioritySorts.clear();
    for (const cw::Priority &priority : m_cache->priorities()) {
        PriorityInfo info;
        // The server's colour (a name such as "Red", or "#rrggbb"); "Custom" has none.
        info.color = QColor::fromString(priority.color());
        info.sort = priority.sortOrder();
        m_priorities.insert(priority.id(), info);
        m_order.prioritySorts.insert(priority.id(), info.sort);
    }
}

void TicketTableModel::schedulePending()
{
    // A bulk change queues hundreds of entries at once: the marks are read once after them.
    if (m_pendingScheduled)
        return;
    m_pendingScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pendingScheduled)
            refreshPending();
    });
}

void TicketTableModel::refreshPending()
{
    m_pendingScheduled = false;
    QSet<int> pending;
    if (m_outbox) {
        for (const OutboxEntry &entry : m_outbox->pendingSummaries()) {
            if (!entry.isPending())
                continue;
            if (entry.kind == RecordKind::Ticket)
                pending.insert(entry.recordId);
            else if (entry.kind == RecordKind::Note || entry.kind == RecordKind::Task ||
                     entry.kind == RecordKind::TicketConfiguration)
                pending.insert(entry.parentId);
        }
    }
    if (pending == m_pending)
        return;
    QSet<int> touched = pending;
    touched.unite(m_pending);
    for (int id : m_pending) {
        if (pending.contains(id))
            touched.remove(id);
    }
    m_pending = std::move(pending);
    for (int id : std::as_const(touched)) {
        const int row = rowOfTicket(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {PendingRole});
    }
}

} // namespace cw
