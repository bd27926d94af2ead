// The ticket list over the offline cache: the rows a conditions query selects, with the list
// columns only, kept current in place (inserts, dataChanged, removals) as sync and outbox change
// it.
#pragma once

#include "clock.h"
#include "fetchstate.h"
#include "ticketrow.h"

#include "desk/cachereader.h"
#include "store/recordkind.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace cw {

class Cache;
class Outbox;

// Reads run on the CacheReader's thread; the model only merges their answers. A new query
// (setQuery) resets the model; every later change of the same query arrives as row inserts,
// dataChanged and removals, so selection and scroll position survive a sync.
//
// Keeping the GUI thread free: a new query reads (and parses) only the tickets that are not
// listed already, and its rows are put in order and indexed on the reader's thread; a change
// batch is merged a slice at a time (a few milliseconds each, then the event loop runs), so a
// sync that changes thousands of rows never freezes the window.
class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Summary,
        Status,
        Company,
        Contact,
        Priority,
        Owner,
        Team,
        Type,
        Age,
        LastUpdate,
        Sla,
        ColumnCount
    };
    Q_ENUM(Column)

    // `cache` (the GUI thread's) sends the change signals and answers the small lookups
    // (priorities, one raw record); `reader` runs the queries.
    TicketTableModel(Cache *cache, CacheReader *reader, QObject *parent = nullptr);
    ~TicketTableModel() override;

    // Marks rows with pending outbox changes (PendingRole); null: none are marked.
    void setOutbox(Outbox *outbox);
    // Ages and SLA time left are computed against it (the system clock by default).
    void setClock(Clock clock);
    // Emits dataChanged for the age and SLA columns (the window calls it every minute).
    void refreshTimes();

    // Selects the tickets matching `conditions` (blank: every cached ticket) in `orderBy` order
    // until a column sort (sort()) is asked for. Resets the model when the answer arrives.
    void setQuery(const QString &conditions, const QString &orderBy = {});
    QString conditions() const { return m_conditions; }
    QString orderBy() const { return m_orderBy; }

    Q_INVOKABLE cw::FetchState fetchState() const { return m_fetch; }
    QString errorText() const { return m_errorText; }

    // The column ids a view saves (visibility, order, widths), stable across versions.
    static QString columnId(int column);
    static int columnOf(const QString &id); // -1 when unknown
    static QStringList columnIds();
    static QString columnName(int column);

    int ticketId(int row) const;
    int rowOfTicket(int ticketId) const; // -1 when not listed
    // The whole record, read on demand (the rows keep only the list columns).
    QByteArray rawRecord(int row) const;
    const TicketRow *rowData(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorts the rows by a column's natural value (SortRole), ties by ticket number; later
    // inserts land in order. -1 returns to the query's order at the next setQuery().
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_order.column; }
    Qt::SortOrder sortOrder() const { return m_order.order; }
    // Changes still being merged (a large batch is merged over several event-loop turns).
    bool isMerging() const { return !m_merge.isEmpty(); }
    // How long one slice of a change batch may keep the GUI thread before the event loop runs
    // (4 ms by default; tests make it 0 to see every step in its own turn).
    void setMergeSlice(qint64 nsecs) { m_mergeSliceNs = nsecs; }

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void fetchStateChanged(cw::FetchState state);
    // A query's answer was merged (also after a change batch): for status texts.
    void rowsUpdated();

public:
    // Rows are shared, never changed in place: a query's answer reuses the rows already listed
    // (on the reader's thread) without copying them.
    using RowPtr = std::shared_ptr<const TicketRow>;
    // A column sort as a value, so the reader's thread can sort a query's rows with it.
    struct RowOrder
    {
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        QHash<int, int> prioritySorts; // the Priority records' sort order by id
        QDateTime now;

        bool lessThan(const TicketRow &a, const TicketRow &b) const;
        int compare(const TicketRow &a, const TicketRow &b, int column) const;
        int prioritySort(const TicketRow &row) const;
    };

private:
    // One step of a change batch: a fresh row (listed, moved, or inserted) or an id to remove.
    struct MergeStep
    {
        RowPtr row;
        int removeId = 0;
    };
    void readerFinished(const CacheReader::Result &result);
    void applyFill(const CacheReader::Result &result);
    void applyChanges(const CacheReader::Result &result);
    void ticketsChanged(RecordKind kind, const QList<int> &ids, int parentId);
    void ticketsRemoved(RecordKind kind, const QList<int> &ids, int parentId);
    void requestFill();
    void requestChanges();
    CacheReader::TicketConverter rowConverter() const;
    void mergeSome();
    void mergeStep(const MergeStep &step);
    void removeRow(int row);
    void insertInOrder(RowPtr row);
    void moveIntoOrder(int row);
    void reloadPriorities();
    void schedulePending();
    void refreshPending();
    void setFetch(FetchState state, const QString &error = {});
    void reindex() const;
    RowOrder currentOrder() const;
    bool lessThan(const TicketRow &a, const TicketRow &b) const;
    int prioritySort(const TicketRow &row) const;
    QVariant sortValue(const TicketRow &row, int column) const;
    QVariant displayValue(const TicketRow &row, int column) const;
    QDateTime now() const { return m_clock(); }

    Cache *m_cache;
    // Guarded: an owner may delete the reader first (QObject children go in creation order, and
    // MainWindow makes its reader before the models); its queue goes with it.
    QPointer<CacheReader> m_reader;
    Outbox *m_outbox = nullptr;
    Clock m_clock = systemClock();
    QString m_conditions;
    QString m_orderBy;
    FetchState m_fetch = FetchState::Idle;
    QString m_errorText;
    int m_fillRequest = 0;
    bool m_loadedOnce = false;
    QList<RowPtr> m_rows;
    // Ticket id → row. Not rewritten after each insert, move or removal: those shift a row by
    // at most one place each, so a row is found within m_drift places of its entry, and the
    // index is rebuilt once that window grows too wide.
    mutable QHash<int, int> m_rowOf;
    mutable bool m_indexValid = true;
    mutable int m_drift = 0;
    // The change batch being merged, in order; m_mergeScheduled: a slice is queued.
    QList<MergeStep> m_merge;
    qsizetype m_mergeAt = 0;
    bool m_mergeScheduled = false;
    qint64 m_mergeSliceNs = 4'000'000; // a frame is 16 ms
    bool m_pendingScheduled = false;
    // Tickets changed in the cache whose place in the list is still to be checked; one request
    // at a time checks those of m_changedInFlight (an id changed again meanwhile leaves that
    // set, so it is checked once more), m_removedInFlight: removed while it ran.
    QSet<int> m_changed;
    QSet<int> m_changedInFlight;
    QSet<int> m_removedInFlight;
    int m_changeRequest = 0;
    // The consumer key of change checks, so they do not supersede a fill (and back).
    char m_changeConsumer = 0;
    QSet<int> m_pending;
    struct PriorityInfo
    {
        QColor color;
        int sort = 0;
    };
    QHash<int, PriorityInfo> m_priorities;
    RowOrder m_order; // column, order and priority sorts (its `now` is taken when used)
};

} // namespace cw
