// Keeps the offline cache in step with the server: a first full sync, then incremental runs by
// _info/lastUpdated watermarks, a slower id-only deletion sweep, and notes/tasks of kept tickets.
#pragma once

#include "recordkind.h"
#include "syncsummary.h"

#include "api/apierror.h"
#include "api/listquery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace cw {

class Cache;
class FetchAllJob;
class ListJob;
class ManageClient;

// Every batch (a page, a child list) is its own transaction in the cache and a kind's watermark
// moves only after its whole listing was stored, so a failed or cancelled run leaves a consistent
// cache and the next run fetches again what this one missed (upsert skips unchanged JSON, so the
// overlap costs nothing but bytes on the wire).
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Auto,        // full when the cache was never fully synced, else incremental
        Full,        // everything again, then the deletion sweep
        Incremental, // changes since the watermarks (plus the sweep when it is due)
    };
    Q_ENUM(Mode)

    SyncEngine(ManageClient *client, Cache *cache, QObject *parent = nullptr);
    ~SyncEngine() override;

    // The boards whose tickets are kept; empty: all boards.
    void setBoards(const QList<int> &boardIds) { m_boards = boardIds; }
    QList<int> boards() const { return m_boards; }
    // Closed tickets are kept when they closed within this many days (default 30).
    void setClosedDays(int days) { m_closedDays = days; }
    int closedDays() const { return m_closedDays; }
    // The watermark is moved back this much on each run to absorb clock skew (default 2 min).
    void setOverlapMs(qint64 ms) { m_overlapMs = ms; }
    // The deletion sweep runs on every Nth incremental run (default 10; 1: every run).
    void setSweepEvery(int runs) { m_sweepEvery = qMax(1, runs); }
    // The member identifier of the profile: their tickets keep notes, tasks and links.
    void setOwnerIdentifier(const QString &identifier) { m_owner = identifier; }
    // Pages in flight at once in big listings (default 3).
    void setParallelPages(int pages) { m_parallelPages = qMax(1, pages); }
    // Records per page of the big listings (default and most: 1000).
    void setPageSize(int size) { m_pageSize = qBound(1, size, ListQuery::MaxPageSize); }
    // Whole ticket listings page forward-only by id (default on); off: numbered pages, several
    // in flight after a count.
    void setForwardOnly(bool forwardOnly) { m_forwardOnly = forwardOnly; }
    // How many recently opened tickets keep their notes and tasks (default 20).
    void setRecentLimit(int count) { m_recentLimit = qMax(0, count); }

    // The timer (default 60 s): each tick starts an Auto run unless one is running.
    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    void setAutoSync(bool enabled);
    bool autoSync() const { return m_timer.isActive(); }

    bool isRunning() const { return m_running; }
    // Starts a run (ignored while one runs). started() follows at once.
    void start(Mode mode = Mode::Auto);
    // The next incremental run also sweeps deletions.
    void requestSweep() { m_sweepRequested = true; }
    // Stops the running run: failed(Cancelled). What was stored stays.
    void cancel();

    // The conditions that select the kept tickets on the server (and in the cache).
    QString ticketScope() const;

    // Recently opened tickets (a small MRU in sync_state) and pinned ones keep notes, tasks and
    // configuration links. noteOpened() does not fetch; fetchTicketDetails() does.
    void noteOpened(int ticketId);
    void pin(int ticketId);
    void unpin(int ticketId);
    QList<int> recentTickets() const;
    QList<int> pinnedTickets() const;
    // The ticket, its notes, tasks and configuration links, now (independent of runs).
    void fetchTicketDetails(int ticketId);

    // sync_state keys.
    static QString watermarkKey(RecordKind kind);
    static constexpr const char16_t *FullSyncKey = u"sync/full-done";

Q_SIGNALS:
    void started(cw::SyncEngine::Mode mode);
    void progress(const QString &phase, int done, int total);
    void finished(const cw::SyncSummary &summary);
    void failed(const cw::ApiError &error);
    void ticketDetailsFetched(int ticketId);
    void ticketDetailsFailed(int ticketId, const cw::ApiError &error);

private:
    using PageHandler = std::function<bool(const QList<QByteArray> &, QString *)>;
    struct Lookup
    {
        RecordKind kind;
        QString path;
    };

    void planRun();
    void next();
    void finishRun();
    void failRun(const ApiError &error);
    void storageFailed(const QString &message);

    // One listing into the cache, page by page: parallel pages after a count when `big`, else
    // one request after the other (an incremental listing is usually one page).
    void fetch(const QString &phase, const QString &path, const ListQuery &query, bool big,
               const PageHandler &handler, const std::function<void()> &done);
    // Runs `starters` at once; each calls its argument when done; next() after the last.
    void runTogether(const QList<std::function<void(const std::function<void()> &)>> &starters);
    void syncLookup(const Lookup &lookup, bool whole, const std::function<void()> &done);
    void syncBoardChildren(const QList<int> &boardIds);
    void syncTickets(bool whole, const std::function<void()> &done);
    void sweepTickets();
    void syncDetails();
    void fetchDetailsOf(int ticketId, const std::function<void(const ApiError &)> &done);

    QString windowCondition() const;
    // The newest lastUpdated of the kind in the cache, or `atMost` when that is older (> 0).
    bool advanceWatermark(RecordKind kind, qint64 atMost = 0);
    QList<int> idList(const QString &key) const;
    void setIdList(const QString &key, const QList<int> &ids);
    QList<int> keptTickets() const;
    void onChanged(RecordKind kind, const QList<int> &ids, int parentId);
    void onRemoved(RecordKind kind, const QList<int> &ids, int parentId);

    ManageClient *m_client;
    Cache *m_cache;
    QTimer m_timer;
    QList<int> m_boards;
    QString m_owner;
    int m_closedDays = 30;
    qint64 m_overlapMs = 2 * 60 * 1000;
    int m_sweepEvery = 10;
    int m_parallelPages = 3;
    int m_pageSize = ListQuery::MaxPageSize;
    bool m_forwardOnly = true;
    int m_recentLimit = 20;
    bool m_sweepRequested = false;

    // The run.
    bool m_running = false;
    bool m_cancelled = false;
    bool m_full = false;
    bool m_sweep = false;
    QList<std::function<void()>> m_steps;
    QList<QPointer<FetchAllJob>> m_fetches;
    int m_generation = 0; // callbacks of an earlier run's jobs are ignored
    QList<QPointer<ListJob>> m_lists;
    QElapsedTimer m_clock;
    SyncSummary m_summary;
    QHash<int, int> m_countsBefore;  // by RecordKind
    QHash<int, int> m_changedCounts; // by RecordKind
    QSet<int> m_changedBoards;       // boards changed in this run
    QSet<int> m_changedTickets;      // tickets changed in this run
    QSet<int> m_seenIds;             // ids of the sweep's listing
    QList<int> m_detailQueue;
    int m_detailsRunning = 0;
    int m_detailsDone = 0;
    int m_detailsTotal = 0;
};

} // namespace cw
