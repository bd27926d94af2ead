// Keeps the offline cache in step with the server: a first full sync, then incremental runs by
// _info/lastUpdated watermarks, a slower id-only deletion sweep, and notes/tasks of kept tickets.
#include "syncengine.h"

#include "cache.h"
#include "offlinequery.h"

#include "api/apipaths.h"
#include "api/fetchalljob.h"
#include "api/listjob.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "query/conditions.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "cw.sync", QtWarningMsg)

namespace cw {

namespace {

const QString RunsKey = u"sync/runs"_s;
// A whole ticket listing that did not finish resumes after the last ticket it stored, when the
// scope is the same: "after" is that id, "since" the newest lastUpdated of the cache when the
// first resumed run began (the watermark must not pass it: tickets stored before then may have
// changed since).
const QString ResumeAfterKey = u"sync/resume-tickets-after"_s;
const QString ResumeScopeKey = u"sync/resume-tickets-scope"_s;
const QString ResumeSinceKey = u"sync/resume-tickets-since"_s;
const QString RecentKey = u"sync/recent"_s;
const QString PinnedKey = u"sync/pinned"_s;

QString detailsKey(int ticketId)
{
    return u"sync/details/%1"_s.arg(ticketId);
}

QString isoLiteral(qint64 ms)
{
    return u'[' + QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate) + u']';
}

// The id of a small record (lookups, id-only sweep pages); 0 when it has none.
int idOf(const QByteArray &raw)
{
    return QJsonDocument::fromJson(raw).object().value(u"id"_s).toInt();
}

} // namespace

SyncEngine::SyncEngine(ManageClient *client, Cache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { start(Mode::Auto); });
    connect(m_cache, &Cache::recordsChanged, this, &SyncEngine::onChanged);
    connect(m_cache, &Cache::recordsRemoved, this, &SyncEngine::onRemoved);
}

SyncEngine::~SyncEngine()
{
    m_running = false; // no signals from the jobs' cancellation
    for (const QPointer<FetchAllJob> &job : std::as_const(m_fetches))
        if (job)
            job->cancel();
    for (const QPointer<ListJob> &job : std::as_const(m_lists))
        if (job)
            job->cancel();
}

void SyncEngine::setInterval(int ms)
{
    m_timer.setInterval(ms);
}

void SyncEngine::setAutoSync(bool enabled)
{
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

QString SyncEngine::watermarkKey(RecordKind kind)
{
    return u"sync/watermark/%1"_s.arg(int(kind));
}

QString SyncEngine::windowCondition() const
{
    const qint64 since =
        QDateTime::currentMSecsSinceEpoch() - qint64(m_closedDays) * 24 * 60 * 60 * 1000;
    // closedDate is a string field in the API's schema (the server refuses a [date] literal
    // for it); its ISO UTC text orders like the instant.
    const QString text =
        QDateTime::fromMSecsSinceEpoch(since, QTimeZone::utc()).toString(Qt::ISODate);
    return u"(closedFlag = false or closedDate > \"%1\")"_s.arg(text);
}

QString SyncEngine::ticketScope() const
{
    QString scope = windowCondition();
    if (!m_boards.isEmpty()) {
        QStringList ids;
        for (int id : m_boards)
            ids.append(QString::number(id));
        scope += u" and board/id in (%1)"_s.arg(ids.join(u", "_s));
    }
    return scope;
}

// --- The run ----------------------------------------------------------------------------------

void SyncEngine::start(Mode mode)
{
    if (m_running)
        return;
    if (!m_cache->isOpen()) {
        Q_EMIT failed(ApiError::configuration(tr("The offline cache is not open.")));
        return;
    }
    m_running = true;
    m_cancelled = false;
    ++m_generation;
    m_clock.start();
    m_summary = SyncSummary();
    m_countsBefore.clear();
    m_changedCounts.clear();
    m_changedBoards.clear();
    m_changedTickets.clear();
    m_steps.clear();
    for (int k = 0; k < RecordKindCount; ++k)
        m_countsBefore.insert(k, m_cache->count(RecordKind(k)));

    const bool neverFull = m_cache->syncState(QString::fromUtf16(FullSyncKey)).isEmpty();
    m_full = mode == Mode::Full || (mode == Mode::Auto && neverFull);
    const int runs = m_cache->syncState(RunsKey).toInt() + 1;
    m_sweep = m_full ? m_countsBefore.value(int(RecordKind::Ticket)) > 0
                     : (m_sweepRequested || runs % m_sweepEvery == 0);
    m_summary.full = m_full;
    m_summary.swept = m_sweep;
    qCInfo(lcSync) << "sync run" << runs << (m_full ? "full" : "incremental")
                   << (m_sweep ? "with sweep" : "");
    planRun();
    Q_EMIT started(m_full ? Mode::Full : Mode::Incremental);
    // Steps start from the event loop, like jobs, so a caller can connect after start().
    QTimer::singleShot(0, this, &SyncEngine::next);
}

void SyncEngine::planRun()
{
    const bool whole = m_full || m_sweep; // lookups again in full (finds their deletions)
    const QList<Lookup> lookups = {
        {RecordKind::Priority, ApiPaths::priorities()},
        {RecordKind::Sla, ApiPaths::slas()},
        {RecordKind::Source, ApiPaths::sources()},
        {RecordKind::Location, ApiPaths::locations()},
        {RecordKind::Board, ApiPaths::boards()},
        {RecordKind::Member, ApiPaths::members()},
        {RecordKind::Company, ApiPaths::companies()},
        {RecordKind::Contact, ApiPaths::contacts()},
        {RecordKind::KbArticle, ApiPaths::knowledgeBaseArticles()}, // for kb search offline
    };
    // Lookups and tickets are independent listings: all in flight at once, so an incremental
    // run costs about one round trip plus the slowest listing.
    m_steps.append([this, lookups, whole] {
        QList<std::function<void(const std::function<void()> &)>> starters;
        for (const Lookup &lookup : lookups)
            starters.append([this, lookup, whole](const std::function<void()> &done) {
                syncLookup(lookup, whole, done);
            });
        starters.append([this](const std::function<void()> &done) { syncTickets(m_full, done); });
        runTogether(starters);
    });
    m_steps.append([this, whole] {
        QList<int> boards;
        if (whole)
            boards = m_cache->ids(RecordKind::Board);
        else
            boards = QList<int>(m_changedBoards.cbegin(), m_changedBoards.cend());
        syncBoardChildren(boards);
    });
    if (m_sweep)
        m_steps.append([this] { sweepTickets(); });
    m_steps.append([this] { syncDetails(); });
}

void SyncEngine::next()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        failRun(ApiError::cancelled());
        return;
    }
    if (m_steps.isEmpty()) {
        finishRun();
        return;
    }
    const std::function<void()> step = m_steps.takeFirst();
    step();
}

void SyncEngine::finishRun()
{
    QString error;
    const int runs = m_cache->syncState(RunsKey).toInt() + 1;
    m_cache->setSyncState(RunsKey, QString::number(runs), &error);
    if (m_full)
        m_cache->setSyncState(QString::fromUtf16(FullSyncKey), u"1"_s, &error);
    if (m_sweep)
        m_sweepRequested = false;
    for (auto it = m_changedCounts.constBegin(); it != m_changedCounts.constEnd(); ++it) {
        SyncSummary::Counts &counts = m_summary.kinds[RecordKind(it.key())];
        const int after = m_cache->count(RecordKind(it.key()));
        counts.added = qMax(0, after - m_countsBefore.value(it.key()) + counts.removed);
        counts.changed = qMax(0, it.value() - counts.added);
    }
    m_summary.durationMs = m_clock.elapsed();
    m_running = false;
    qCInfo(lcSync).noquote() << "sync done:" << m_summary.toText();
    Q_EMIT finished(m_summary);
}

void SyncEngine::failRun(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_steps.clear();
    ++m_generation;
    const QList<QPointer<FetchAllJob>> fetches = std::exchange(m_fetches, {});
    for (const QPointer<FetchAllJob> &job : fetches)
        if (job)
            job->cancel();
    for (const QPointer<ListJob> &job : std::as_const(m_lists))
        if (job)
            job->cancel();
    m_lists.clear();
    m_detailQueue.clear();
    qCInfo(lcSync) << "sync failed:" << error.message();
    Q_EMIT failed(error);
}

void SyncEngine::storageFailed(const QString &message)
{
    failRun(ApiError::configuration(
        tr("The offline cache could not store the records: %1").arg(message)));
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    failRun(ApiError::cancelled());
}

void SyncEngine::fetch(const QString &phase, const QString &path, const ListQuery &query, bool big,
                       const PageHandler &handler, const std::function<void()> &done)
{
    const int generation = m_generation;
    auto onPage = [this, generation, handler](const QList<QByteArray> &records) {
        if (!m_running || generation != m_generation)
            return;
        QString error;
        QElapsedTimer clock;
        clock.start();
        const bool stored = handler(records, &error);
        m_summary.storeNs += clock.nsecsElapsed();
        m_summary.records += int(records.size());
        if (!stored)
            storageFailed(error);
    };
    auto onFailed = [this, generation](const ApiError &error) {
        if (generation == m_generation)
            failRun(error);
    };
    Q_EMIT progress(phase, 0, -1);
    if (!big) {
        ListJob *job = m_client->list(path, query);
        job->setAccumulate(false);
        m_lists.append(job);
        connect(job, &ListJob::pageFetched, this,
                [onPage](const QList<QByteArray> &records, int) { onPage(records); });
        connect(job, &ManageJob::failed, this, onFailed);
        connect(job, &ManageJob::finished, this, [this, generation, done](ManageJob *finished) {
            if (m_running && generation == m_generation && !finished->error().isError())
                done();
        });
        return;
    }
    FetchAllJob *job = m_client->fetchAll(path, query);
    job->setParallelPages(m_parallelPages);
    m_fetches.append(job);
    connect(job, &FetchAllJob::pageFetched, this,
            [onPage](const QList<QByteArray> &records, int) { onPage(records); });
    connect(job, &FetchAllJob::progress, this, [this, generation, phase](int fetched, int total) {
        if (m_running && generation == m_generation)
            Q_EMIT progress(phase, fetched, total);
    });
    connect(job, &FetchAllJob::failed, this, onFailed);
    connect(job, &FetchAllJob::finished, this, [this, generation, done](FetchAllJob *finished) {
        if (m_running && generation == m_generation && !finished->error().isError())
            done();
    });
}

void SyncEngine::runTogether(
    const QList<std::function<void(const std::function<void()> &)>> &starters)
{
    auto remaining = std::make_shared<int>(int(starters.size()));
    const int generation = m_generation;
    for (const auto &start : starters) {
        start([this, remaining, generation] {
            if (generation != m_generation || --*remaining > 0)
                return;
            m_lists.clear();
            m_fetches.clear();
            next();
        });
        if (!m_running || generation != m_generation)
            return;
    }
}

bool SyncEngine::advanceWatermark(RecordKind kind, qint64 atMost)
{
    qint64 newest = m_cache->maxLastUpdatedMs(kind);
    if (atMost > 0)
        newest = qMin(newest, atMost);
    if (newest <= 0)
        return true;
    return m_cache->setSyncState(watermarkKey(kind), QString::number(newest));
}

void SyncEngine::syncLookup(const Lookup &lookup, bool whole, const std::function<void()> &done)
{
    ListQuery query;
    query.pageSize = m_pageSize;
    const qint64 watermark = m_cache->syncState(watermarkKey(lookup.kind)).toLongLong();
    if (watermark <= 0)
        whole = true;
    if (!whole)
        query.conditions = u"_info/lastUpdated > %1"_s.arg(isoLiteral(watermark - m_overlapMs));
    auto seen = std::make_shared<QSet<int>>();
    const RecordKind kind = lookup.kind;
    fetch(
        SyncSummary::kindName(kind), lookup.path, query, whole,
        [this, kind, whole, seen](const QList<QByteArray> &records, QString *error) {
            if (whole)
                for (const QByteArray &raw : records)
                    seen->insert(idOf(raw));
            return m_cache->upsert(kind, records, 0, error);
        },
        [this, kind, whole, seen, done] {
            QString error;
            if (whole) {
                QList<int> stale;
                for (int id : m_cache->ids(kind))
                    if (!seen->contains(id))
                        stale.append(id);
                if (!stale.isEmpty() && !m_cache->remove(kind, stale, 0, &error)) {
                    storageFailed(error);
                    return;
                }
            }
            advanceWatermark(kind);
            done();
        });
}

void SyncEngine::syncBoardChildren(const QList<int> &boardIds)
{
    const QList<QPair<RecordKind, QString (*)(int)>> children = {
        {RecordKind::BoardStatus, &ApiPaths::statuses},
        {RecordKind::BoardType, &ApiPaths::types},
        {RecordKind::BoardSubType, &ApiPaths::subtypes},
        {RecordKind::BoardItem, &ApiPaths::items},
        {RecordKind::BoardTeam, &ApiPaths::teams}};
    if (boardIds.isEmpty()) {
        next();
        return;
    }
    // Small lists: all of them at once, each stored whole as its board's children.
    auto remaining = std::make_shared<int>(int(boardIds.size() * children.size()));
    const int total = *remaining;
    const int generation = m_generation;
    Q_EMIT progress(tr("Boards"), 0, total);
    for (int boardId : boardIds) {
        for (const auto &[kind, pathOf] : children) {
            ListQuery query;
            query.pageSize = m_pageSize;
            ListJob *job = m_client->list(pathOf(boardId), query);
            m_lists.append(job);
            const RecordKind childKind = kind;
            connect(job, &ListJob::recordsFetched, this,
                    [this, childKind, boardId, generation](const QList<QByteArray> &records) {
                        if (!m_running || generation != m_generation)
                            return;
                        QString error;
                        if (!m_cache->replaceChildren(childKind, boardId, records, &error))
                            storageFailed(error);
                    });
            connect(job, &ManageJob::failed, this, [this, generation](const ApiError &e) {
                // Not every server has every child list of a board (items are newer).
                if (generation == m_generation && e.kind() != ApiError::Kind::NotFound)
                    failRun(e);
            });
            connect(job, &ManageJob::finished, this,
                    [this, remaining, total, generation](ManageJob *) {
                        if (!m_running || generation != m_generation)
                            return;
                        --*remaining;
                        Q_EMIT progress(tr("Boards"), total - *remaining, total);
                        if (*remaining == 0) {
                            m_lists.clear();
                            next();
                        }
                    });
        }
    }
}

void SyncEngine::syncTickets(bool whole, const std::function<void()> &done)
{
    ListQuery query;
    query.pageSize = m_pageSize;
    query.conditions = ticketScope();
    const qint64 watermark = m_cache->syncState(watermarkKey(RecordKind::Ticket)).toLongLong();
    const bool incremental = !whole && watermark > 0;
    // The selective test first: a server that evaluates left to right skips the scope for
    // every unchanged ticket.
    if (incremental)
        query.conditions = u"_info/lastUpdated > %1 and %2"_s.arg(
            isoLiteral(watermark - m_overlapMs), query.conditions);
    // A whole listing pages forward by id: a numbered page makes the server evaluate the
    // conditions over every ticket again for each page, a pageId page only up to its end.
    query.forwardOnly = !incremental && m_forwardOnly;
    // A whole listing that an earlier run did not finish (a dropped link, a cancel, a crash)
    // goes on after the last ticket it stored, unless the scope changed meanwhile.
    int resumeAfter = 0;
    if (query.forwardOnly) {
        QString error;
        // The scope's window moves with the clock; what must not change is its definition.
        QStringList boards;
        for (int id : m_boards)
            boards.append(QString::number(id));
        const QString scope = u"closed within %1 days; boards: %2"_s.arg(m_closedDays)
                                  .arg(boards.join(u',')); // i18n-ok: a key, not shown
        if (m_cache->syncState(ResumeScopeKey) == scope)
            resumeAfter = m_cache->syncState(ResumeAfterKey).toInt();
        if (resumeAfter > 0) {
            if (m_cache->syncState(ResumeSinceKey).isEmpty())
                m_cache->setSyncState(
                    ResumeSinceKey, QString::number(m_cache->maxLastUpdatedMs(RecordKind::Ticket)),
                    &error);
            qCInfo(lcSync) << "the whole ticket listing resumes after ticket" << resumeAfter;
        } else {
            m_cache->setSyncState(ResumeAfterKey, {}, &error);
            m_cache->setSyncState(ResumeSinceKey, {}, &error);
            m_cache->setSyncState(ResumeScopeKey, scope, &error);
        }
        query.pageId = resumeAfter;
        m_summary.resumedAfter = resumeAfter;
    }
    auto job = std::make_shared<QPointer<FetchAllJob>>();
    fetch(
        tr("Tickets"), ApiPaths::tickets(), query, !incremental,
        [this, job](const QList<QByteArray> &records, QString *error) {
            // Forward-only pages come in id order: the last id stored is where to go on,
            // committed with the page. Such a page of a whole listing commits relaxed: the
            // server still has it, and one fsync per page was most of a first sync's time on a
            // disk; a power loss may cost the last pages, which the resume point (rolled back
            // with them) fetches again. The watermark's commit at the end is durable, and
            // makes every page before it durable too.
            QList<std::pair<QString, QString>> state;
            const bool forwardOnly = *job && (*job)->isForwardOnly();
            if (forwardOnly && !records.isEmpty())
                state.append({ResumeAfterKey, QString::number(idOf(records.last()))});
            return m_cache->upsertTickets(records, error, state,
                                          forwardOnly ? Cache::Commit::Relaxed
                                                      : Cache::Commit::Durable);
        },
        [this, done, resumeAfter] {
            const QString since = m_cache->syncState(ResumeSinceKey);
            QString error;
            m_cache->setSyncState(ResumeAfterKey, {}, &error);
            m_cache->setSyncState(ResumeScopeKey, {}, &error);
            m_cache->setSyncState(ResumeSinceKey, {}, &error);
            if (!advanceWatermark(RecordKind::Ticket, since.isEmpty() ? 0 : since.toLongLong())) {
                storageFailed(m_cache->lastError());
                return;
            }
            if (resumeAfter > 0 && !since.isEmpty()) {
                // The tickets an earlier run stored may have changed since it stored them:
                // what changed after `since` comes now, as an incremental listing would.
                syncTickets(false, done);
                return;
            }
            done();
        });
    if (!incremental && !m_fetches.isEmpty())
        *job = m_fetches.last();
}

void SyncEngine::sweepTickets()
{
    ListQuery query;
    query.pageSize = m_pageSize;
    query.conditions = ticketScope();
    query.fields = {u"id"_s};
    query.forwardOnly = true;
    m_seenIds.clear();
    ListJob *job = m_client->list(ApiPaths::tickets(), query);
    job->setAccumulate(false);
    m_lists.append(job);
    Q_EMIT progress(tr("Deleted tickets"), 0, -1);
    const int generation = m_generation;
    connect(job, &ListJob::pageFetched, this,
            [this, generation](const QList<QByteArray> &records, int) {
                if (generation != m_generation)
                    return;
                for (const QByteArray &raw : records)
                    m_seenIds.insert(idOf(raw));
                Q_EMIT progress(tr("Deleted tickets"), int(m_seenIds.size()), -1);
            });
    connect(job, &ManageJob::failed, this, [this, generation](const ApiError &e) {
        if (generation == m_generation)
            failRun(e);
    });
    connect(job, &ManageJob::finished, this, [this, generation](ManageJob *finishedJob) {
        if (!m_running || generation != m_generation || finishedJob->error().isError())
            return;
        m_lists.clear();
        query::Error parseError;
        const query::SqlFragment scope =
            OfflineQuery::compileTickets(query::Conditions::parse(ticketScope(), &parseError));
        QString error;
        if (!scope.exact) {
            // Deleting by an approximate scope could drop tickets the server still has.
            qCWarning(lcSync) << "deletion sweep skipped:" << scope.error;
        } else if (!OfflineQuery::registerFunctions(m_cache, &error) ||
                   m_cache->deleteTicketsNotIn(m_seenIds, scope.where, scope.bindings, &error) <
                       0) {
            storageFailed(error);
            return;
        }
        m_seenIds.clear();
        next();
    });
}

// --- Notes, tasks and configuration links of the kept tickets -----------------------------------

QList<int> SyncEngine::keptTickets() const
{
    QList<int> kept = pinnedTickets();
    for (int id : recentTickets())
        if (!kept.contains(id))
            kept.append(id);
    if (!m_owner.isEmpty()) {
        query::Error error;
        query::Conditions own = query::Conditions::parse(
            u"owner/identifier = \"%1\""_s.arg(QString(m_owner).replace(u'"', u"\\\""_s)), &error);
        const query::SqlFragment fragment = OfflineQuery::compileTickets(own);
        if (!error.isError() && OfflineQuery::registerFunctions(m_cache))
            for (int id : m_cache->ids(RecordKind::Ticket, fragment.where, fragment.bindings))
                if (!kept.contains(id))
                    kept.append(id);
    }
    return kept;
}

void SyncEngine::syncDetails()
{
    m_detailQueue.clear();
    for (int id : keptTickets()) {
        const Ticket ticket = m_cache->ticket(id);
        if (ticket.isNull())
            continue;
        // Refreshed when the ticket changed since its children were fetched.
        if (m_cache->syncState(detailsKey(id)) != QString::number(ticket.lastUpdatedMs()))
            m_detailQueue.append(id);
    }
    m_detailsTotal = int(m_detailQueue.size());
    m_detailsDone = 0;
    m_detailsRunning = 0;
    if (m_detailQueue.isEmpty()) {
        next();
        return;
    }
    // Four tickets at a time (three small requests each). The launcher refers to itself
    // weakly; the pending callbacks keep it alive.
    auto launch = std::make_shared<std::function<void()>>();
    const int generation = m_generation;
    std::weak_ptr<std::function<void()>> weakLaunch = launch;
    *launch = [this, weakLaunch, generation] {
        const std::shared_ptr<std::function<void()>> self = weakLaunch.lock();
        while (self && m_running && generation == m_generation && m_detailsRunning < 4 &&
               !m_detailQueue.isEmpty()) {
            const int id = m_detailQueue.takeFirst();
            ++m_detailsRunning;
            fetchDetailsOf(id, [this, launch = self, generation](const ApiError &error) {
                if (!m_running || generation != m_generation)
                    return;
                --m_detailsRunning;
                if (error.isError() && error.kind() != ApiError::Kind::NotFound) {
                    failRun(error);
                    return;
                }
                ++m_detailsDone;
                Q_EMIT progress(tr("Notes and tasks"), m_detailsDone, m_detailsTotal);
                if (m_detailQueue.isEmpty() && m_detailsRunning == 0)
                    next();
                else
                    (*launch)();
            });
        }
    };
    Q_EMIT progress(tr("Notes and tasks"), 0, m_detailsTotal);
    (*launch)();
}

void SyncEngine::fetchDetailsOf(int ticketId, const std::function<void(const ApiError &)> &done)
{
    struct State
    {
        int remaining = 3;
        ApiError error;
    };
    auto state = std::make_shared<State>();
    const QList<QPair<RecordKind, QString>> lists = {
        {RecordKind::Note, ApiPaths::notes(ticketId)},
        {RecordKind::Task, ApiPaths::tasks(ticketId)},
        {RecordKind::TicketConfiguration, ApiPaths::ticketConfigurations(ticketId)}};
    const qint64 lastUpdated = m_cache->ticket(ticketId).lastUpdatedMs();
    for (const auto &[kind, path] : lists) {
        ListQuery query;
        query.pageSize = m_pageSize;
        ListJob *job = m_client->list(path, query);
        m_lists.append(job);
        const RecordKind childKind = kind;
        connect(job, &ListJob::recordsFetched, this,
                [this, childKind, ticketId, state](const QList<QByteArray> &records) {
                    QString error;
                    if (!m_cache->replaceChildren(childKind, ticketId, records, &error))
                        state->error = ApiError::configuration(error);
                });
        connect(job, &ManageJob::failed, this,
                [state](const ApiError &error) { state->error = error; });
        connect(job, &ManageJob::finished, this,
                [this, state, ticketId, lastUpdated, done](ManageJob *) {
                    if (--state->remaining > 0)
                        return;
                    if (!state->error.isError())
                        m_cache->setSyncState(detailsKey(ticketId), QString::number(lastUpdated));
                    done(state->error);
                });
    }
}

void SyncEngine::fetchTicketDetails(int ticketId)
{
    RecordJob *job = m_client->get(ApiPaths::ticket(ticketId));
    auto error = std::make_shared<ApiError>();
    connect(job, &RecordJob::succeeded, this, [this, ticketId, error](const QByteArray &raw) {
        QString storeError;
        if (!m_cache->upsertTickets({raw}, &storeError))
            *error = ApiError::configuration(storeError);
        Q_UNUSED(ticketId);
    });
    connect(job, &ManageJob::failed, this, [error](const ApiError &e) { *error = e; });
    connect(job, &ManageJob::finished, this, [this, ticketId, error](ManageJob *) {
        if (error->isError()) {
            if (error->kind() == ApiError::Kind::NotFound)
                m_cache->remove(RecordKind::Ticket, {ticketId});
            Q_EMIT ticketDetailsFailed(ticketId, *error);
            return;
        }
        fetchDetailsOf(ticketId, [this, ticketId](const ApiError &e) {
            if (e.isError())
                Q_EMIT ticketDetailsFailed(ticketId, e);
            else
                Q_EMIT ticketDetailsFetched(ticketId);
        });
    });
}

// --- Kept tickets ------------------------------------------------------------------------------

QList<int> SyncEngine::idList(const QString &key) const
{
    QList<int> ids;
    for (const QString &part : m_cache->syncState(key).split(u',', Qt::SkipEmptyParts))
        ids.append(part.toInt());
    return ids;
}

void SyncEngine::setIdList(const QString &key, const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    m_cache->setSyncState(key, parts.join(u','));
}

void SyncEngine::noteOpened(int ticketId)
{
    QList<int> recent = recentTickets();
    recent.removeAll(ticketId);
    recent.prepend(ticketId);
    while (recent.size() > m_recentLimit)
        recent.removeLast();
    setIdList(RecentKey, recent);
}

void SyncEngine::pin(int ticketId)
{
    QList<int> pinned = pinnedTickets();
    if (!pinned.contains(ticketId)) {
        pinned.append(ticketId);
        setIdList(PinnedKey, pinned);
    }
}

void SyncEngine::unpin(int ticketId)
{
    QList<int> pinned = pinnedTickets();
    if (pinned.removeAll(ticketId) > 0)
        setIdList(PinnedKey, pinned);
}

QList<int> SyncEngine::recentTickets() const
{
    return idList(RecentKey);
}

QList<int> SyncEngine::pinnedTickets() const
{
    return idList(PinnedKey);
}

// --- Counting ------------------------------------------------------------------------------------

void SyncEngine::onChanged(RecordKind kind, const QList<int> &ids, int)
{
    if (!m_running)
        return;
    m_changedCounts[int(kind)] += int(ids.size());
    m_summary.kinds[kind]; // present in the summary even when nothing was added
    if (kind == RecordKind::Board)
        for (int id : ids)
            m_changedBoards.insert(id);
    else if (kind == RecordKind::Ticket)
        for (int id : ids)
            m_changedTickets.insert(id);
}

void SyncEngine::onRemoved(RecordKind kind, const QList<int> &ids, int)
{
    if (!m_running)
        return;
    m_summary.kinds[kind].removed += int(ids.size());
    m_changedCounts[int(kind)]; // so finishRun() counts the kind
}

} // namespace cw
