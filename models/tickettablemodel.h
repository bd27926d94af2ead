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
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cw {

class Cache;
class Outbox;

// Reads run on the CacheReader's thread; the model only merges their answers. A new query
// (setQuery) resets the model; every later change of the same query arrives as row inserts,
// dataChanged and removals, so selection and scroll position survive a sync.
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
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void fetchStateChanged(cw::FetchState state);
    // A query's answer was merged (also after a change batch): for status texts.
    void rowsUpdated();

private:
    void readerFinished(const CacheReader::Result &result);
    void applyFill(const CacheReader::Result &result);
    void applyChanges(const CacheReader::Result &result);
    void ticketsChanged(RecordKind kind, const QList<int> &ids, int parentId);
    void ticketsRemoved(RecordKind kind, const QList<int> &ids, int parentId);
    void requestChanges();
    CacheReader::TicketConverter rowConverter() const;
    void removeRow(int row);
    void insertInOrder(TicketRow row);
    void moveIntoOrder(int row);
    void reloadPriorities();
    void refreshPending();
    void setFetch(FetchState state, const QString &error = {});
    void reindex() const;
    void shiftIndex(int first, int last, int delta) const;
    bool lessThan(const TicketRow &a, const TicketRow &b) const;
    int compare(const TicketRow &a, const TicketRow &b, int column) const;
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
    QList<TicketRow> m_rows;
    mutable QHash<int, int> m_rowOf;
    mutable bool m_indexValid = true;
    // Tickets changed in the cache whose place in the list is being checked; the last request
    // covers all of them (a newer one supersedes the older).
    QSet<int> m_changed;
    QSet<int> m_changedInFlight;
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
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cw
