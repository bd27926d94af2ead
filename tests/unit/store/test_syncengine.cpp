// SyncEngine and OfflineQuery against a real in-process sandbox over HTTP and real SQLite files:
// first sync, incremental changes, the deletion sweep, interrupted runs, and the equivalence of
// offline conditions queries with the server's answers.
#include "api/apipaths.h"
#include "api/countjob.h"
#include "api/listjob.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "sandbox/sandbox.h"
#include "store/cache.h"
#include "store/offlinequery.h"
#include "store/syncengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

Credentials credentialsFor(const sandbox::Sandbox &s)
{
    const sandbox::SandboxOptions &o = s.options();
    return Credentials(s.baseUrl(), o.company, o.publicKey, o.privateKey);
}

QString isoDaysAgo(int days)
{
    return u'"' + QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate) + u'"';
}

QString dateDaysAgo(int days)
{
    return u'[' + QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate) + u']';
}

// Runs the engine until finished() or failed(); true when it finished.
bool runSync(SyncEngine &engine, SyncEngine::Mode mode, ApiError *error = nullptr,
             SyncSummary *summary = nullptr)
{
    bool done = false, ok = false;
    const auto c1 = QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary &s) {
        done = ok = true;
        if (summary)
            *summary = s;
    });
    const auto c2 = QObject::connect(&engine, &SyncEngine::failed, [&](const ApiError &e) {
        done = true;
        if (error)
            *error = e;
    });
    engine.start(mode);
    const bool waited = QTest::qWaitFor([&] { return done; }, 120000);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return waited && ok;
}

template<class Job> bool waitJob(Job *job, ApiError *error = nullptr)
{
    bool done = false;
    ApiError failure;
    QObject::connect(job, &ManageJob::failed, [&](const ApiError &e) { failure = e; });
    QObject::connect(job, &ManageJob::finished, [&](ManageJob *) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return false;
    if (error)
        *error = failure;
    return done && !failure.isError();
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    sandbox::Sandbox m_sandbox;
    std::unique_ptr<ManageClient> m_client;

    int serverCount(const QString &path, const QString &conditions = {},
                    ManageClient *client = nullptr)
    {
        CountJob *job = (client ? client : m_client.get())->count(path, conditions);
        int count = -1;
        connect(job, &CountJob::counted, this, [&count](int c) { count = c; });
        ApiError error;
        if (!waitJob(job, &error))
            qWarning() << error.message();
        return count;
    }

    QList<int> serverIds(const QString &conditions, const QString &orderBy, QString *error)
    {
        ListQuery query;
        query.conditions = conditions;
        query.orderBy = orderBy;
        query.pageSize = ListQuery::MaxPageSize;
        ListJob *job = m_client->list(ApiPaths::tickets(), query);
        QList<int> ids;
        connect(job, &ListJob::pageFetched, this, [&ids](const QList<QByteArray> &records, int) {
            for (const QByteArray &raw : records)
                ids.append(QJsonDocument::fromJson(raw).object().value(u"id"_s).toInt());
        });
        ApiError apiError;
        if (!waitJob(job, &apiError))
            *error = apiError.message();
        return ids;
    }

    QByteArray patchTicket(int id, const QString &summary)
    {
        const QJsonArray ops{
            QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"summary"_s}, {u"value"_s, summary}}};
        RecordJob *job = m_client->patch(ApiPaths::ticket(id), ops);
        QByteArray raw;
        connect(job, &RecordJob::succeeded, this, [&raw](const QByteArray &r) { raw = r; });
        waitJob(job);
        return raw;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.tickets = 1500;
        options.dataFile = m_dir.filePath(u"sandbox.sqlite"_s);
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client = std::make_unique<ManageClient>(&m_network);
        QVERIFY(m_client->setCredentials(credentialsFor(m_sandbox), &error));
    }

    void firstSyncMatchesServer()
    {
        Cache cache(m_dir.filePath(u"first.sqlite"_s));
        QVERIFY(cache.isOpen());
        SyncEngine engine(m_client.get(), &cache);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        SyncSummary summary;
        ApiError error;
        QVERIFY2(runSync(engine, SyncEngine::Mode::Auto, &error, &summary),
                 qPrintable(error.message()));
        QVERIFY(summary.full);
        QVERIFY(progress.size() > 0);

        const QList<QPair<RecordKind, QString>> lookups = {
            {RecordKind::Priority, ApiPaths::priorities()},
            {RecordKind::Sla, ApiPaths::slas()},
            {RecordKind::Source, ApiPaths::sources()},
            {RecordKind::Location, ApiPaths::locations()},
            {RecordKind::Board, ApiPaths::boards()},
            {RecordKind::Member, ApiPaths::members()},
            {RecordKind::Company, ApiPaths::companies()},
            {RecordKind::Contact, ApiPaths::contacts()}};
        for (const auto &[kind, path] : lookups) {
            const int server = serverCount(path);
            QVERIFY2(server > 0, qPrintable(path));
            QCOMPARE(cache.count(kind), server);
            QCOMPARE(summary.of(kind).added, server);
        }
        for (int boardId : cache.ids(RecordKind::Board)) {
            QCOMPARE(cache.statuses(boardId).size(), serverCount(ApiPaths::statuses(boardId)));
            QCOMPARE(cache.boardTypes(boardId).size(), serverCount(ApiPaths::types(boardId)));
            QCOMPARE(cache.boardTeams(boardId).size(), serverCount(ApiPaths::teams(boardId)));
        }
        const int scoped = serverCount(ApiPaths::tickets(), engine.ticketScope());
        QVERIFY(scoped > 0);
        QCOMPARE(cache.count(RecordKind::Ticket), scoped);
        QCOMPARE(summary.of(RecordKind::Ticket).added, scoped);

        // Closed more than 30 days ago: on the server, not in the cache.
        const QString old = u"closedFlag = true and closedDate < %1"_s.arg(isoDaysAgo(31));
        QVERIFY(serverCount(ApiPaths::tickets(), old) > 0);
        OfflineQuery offline(&cache);
        QVERIFY(offline.setConditions(old));
        QCOMPARE(offline.count(), 0);
        QVERIFY(!cache.syncState(SyncEngine::watermarkKey(RecordKind::Ticket)).isEmpty());

        // Nothing changed: an incremental run changes nothing.
        QVERIFY(runSync(engine, SyncEngine::Mode::Auto, &error, &summary));
        QVERIFY(!summary.full);
        QCOMPARE(summary.total().added, 0);
        QCOMPARE(summary.total().changed, 0);
        QCOMPARE(summary.total().removed, 0);
    }

    void incrementalAndSweep()
    {
        Cache cache(m_dir.filePath(u"incremental.sqlite"_s));
        SyncEngine engine(m_client.get(), &cache);
        engine.setSweepEvery(1000);
        ApiError error;
        QVERIFY2(runSync(engine, SyncEngine::Mode::Full, &error), qPrintable(error.message()));
        const QList<int> open = cache.ids(RecordKind::Ticket, u"closed_flag = 0"_s, {}, u"id"_s, 4);
        QCOMPARE(open.size(), 4);

        // Changes made directly on the server.
        QSet<int> expected;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!patchTicket(open.at(i), u"Changed by the sync test %1"_s.arg(i)).isEmpty());
            expected.insert(open.at(i));
        }
        const Ticket model = cache.ticket(open.at(0));
        RecordJob *create = m_client->create(
            ApiPaths::tickets(),
            QJsonObject{{u"summary"_s, u"Created by the sync test"_s},
                        {u"board"_s, QJsonObject{{u"id"_s, model.board().id}}},
                        {u"company"_s, QJsonObject{{u"id"_s, model.company().id}}}});
        QByteArray created;
        connect(create, &RecordJob::succeeded, this,
                [&created](const QByteArray &r) { created = r; });
        QVERIFY2(waitJob(create, &error), qPrintable(error.message()));
        const int createdId = QJsonDocument::fromJson(created).object().value(u"id"_s).toInt();
        QVERIFY(createdId > 0);
        expected.insert(createdId);
        const int deletedId = open.at(3);
        QVERIFY2(waitJob(m_client->remove(ApiPaths::ticket(deletedId)), &error),
                 qPrintable(error.message()));

        QSet<int> changed, removed;
        connect(&cache, &Cache::recordsChanged, this,
                [&changed](RecordKind kind, const QList<int> &ids, int) {
                    if (kind == RecordKind::Ticket)
                        changed.unite(QSet<int>(ids.cbegin(), ids.cend()));
                });
        connect(&cache, &Cache::recordsRemoved, this,
                [&removed](RecordKind kind, const QList<int> &ids, int) {
                    if (kind == RecordKind::Ticket)
                        removed.unite(QSet<int>(ids.cbegin(), ids.cend()));
                });
        SyncSummary summary;
        QVERIFY2(runSync(engine, SyncEngine::Mode::Incremental, &error, &summary),
                 qPrintable(error.message()));
        QCOMPARE(changed, expected);
        QVERIFY(removed.isEmpty());
        QCOMPARE(summary.of(RecordKind::Ticket).added, 1);
        QCOMPARE(summary.of(RecordKind::Ticket).changed, 3);
        QCOMPARE(cache.ticket(open.at(1)).summary(), u"Changed by the sync test 1"_s);
        QVERIFY(!cache.ticket(createdId).isNull());
        QVERIFY(!cache.ticket(deletedId).isNull()); // not swept yet

        changed.clear();
        engine.requestSweep();
        QVERIFY2(runSync(engine, SyncEngine::Mode::Incremental, &error, &summary),
                 qPrintable(error.message()));
        QVERIFY(summary.swept);
        QCOMPARE(removed, QSet<int>{deletedId});
        QVERIFY(changed.isEmpty());
        QVERIFY(cache.ticket(deletedId).isNull());
        QCOMPARE(cache.count(RecordKind::Ticket),
                 serverCount(ApiPaths::tickets(), engine.ticketScope()));
    }

    void ticketDetailsForKeptTickets()
    {
        Cache cache(m_dir.filePath(u"details.sqlite"_s));
        SyncEngine engine(m_client.get(), &cache);
        ApiError error;
        QVERIFY(runSync(engine, SyncEngine::Mode::Auto, &error));
        const int ticketId = cache.ids(RecordKind::Ticket, {}, {}, u"id"_s, 1).value(0);
        QVERIFY(ticketId > 0);
        QCOMPARE(cache.notes(ticketId).size(), 0);
        engine.pin(ticketId);
        engine.noteOpened(ticketId + 1);
        QCOMPARE(engine.pinnedTickets(), QList<int>{ticketId});
        QVERIFY(runSync(engine, SyncEngine::Mode::Auto, &error));
        QCOMPARE(cache.notes(ticketId).size(), serverCount(ApiPaths::notes(ticketId)));
        QCOMPARE(cache.tasks(ticketId).size(), serverCount(ApiPaths::tasks(ticketId)));

        // The profile's own tickets keep theirs too.
        const QList<Ticket> owned =
            cache.tickets(u"owner_identifier IS NOT NULL"_s, {}, u"id"_s, 1);
        QCOMPARE(owned.size(), 1);
        const QString owner = owned.first().owner().identifier;
        engine.setOwnerIdentifier(owner);
        QVERIFY(runSync(engine, SyncEngine::Mode::Auto, &error));
        OfflineQuery mine(&cache);
        QVERIFY(mine.setConditions(u"owner/identifier = \"%1\""_s.arg(owner)));
        const QList<int> mineIds = mine.ids();
        QVERIFY(!mineIds.isEmpty());
        for (int id : mineIds.mid(0, 5))
            QCOMPARE(cache.notes(id).size(), serverCount(ApiPaths::notes(id)));

        // On demand, for any ticket.
        const int other = cache.ids(RecordKind::Ticket, {}, {}, u"id DESC"_s, 1).value(0);
        QSignalSpy fetched(&engine, &SyncEngine::ticketDetailsFetched);
        engine.fetchTicketDetails(other);
        QVERIFY(fetched.wait(30000));
        QCOMPARE(cache.notes(other).size(), serverCount(ApiPaths::notes(other)));
    }

    void cancelLeavesConsistentCache()
    {
        Cache cache(m_dir.filePath(u"cancel.sqlite"_s));
        SyncEngine engine(m_client.get(), &cache);
        engine.setParallelPages(1);
        engine.setPageSize(100);
        bool cancelled = false;
        connect(&engine, &SyncEngine::progress, this, [&](const QString &phase, int done, int) {
            if (!cancelled && phase == u"Tickets"_s && done > 0) {
                cancelled = true;
                engine.cancel();
            }
        });
        ApiError error;
        QVERIFY(!runSync(engine, SyncEngine::Mode::Auto, &error));
        QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
        QVERIFY(!engine.isRunning());
        const int partial = cache.count(RecordKind::Ticket);
        const int scoped = serverCount(ApiPaths::tickets(), engine.ticketScope());
        QVERIFY(partial < scoped);
        QVERIFY(cache.syncState(SyncEngine::watermarkKey(RecordKind::Ticket)).isEmpty());
        disconnect(&engine, &SyncEngine::progress, this, nullptr);
        SyncSummary summary;
        QVERIFY2(runSync(engine, SyncEngine::Mode::Auto, &error, &summary),
                 qPrintable(error.message()));
        QVERIFY(summary.full);
        QCOMPARE(cache.count(RecordKind::Ticket), scoped);
    }

    void firstSyncResumesWhereItStopped()
    {
        // A first sync cut off after a few pages goes on after the last ticket it stored, and
        // what changed meanwhile among the tickets it had stored still arrives.
        Cache cache(m_dir.filePath(u"resume.sqlite"_s));
        SyncEngine engine(m_client.get(), &cache);
        engine.setPageSize(40);
        int lastDone = 0;
        bool cancelled = false;
        connect(&engine, &SyncEngine::progress, this, [&](const QString &phase, int done, int) {
            if (phase != u"Tickets"_s)
                return;
            lastDone = qMax(lastDone, done);
            if (!cancelled && done >= 80) {
                cancelled = true;
                engine.cancel();
            }
        });
        ApiError error;
        QVERIFY2(!runSync(engine, SyncEngine::Mode::Auto, &error),
                 qPrintable(u"the first run was not cut off: %1 tickets of %2"_s.arg(lastDone).arg(
                     serverCount(ApiPaths::tickets(), engine.ticketScope()))));
        QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
        const QList<int> stored = cache.ids(RecordKind::Ticket, {}, {}, u"id"_s);
        QVERIFY2(stored.size() >= 80, qPrintable(QString::number(stored.size())));
        const int scoped = serverCount(ApiPaths::tickets(), engine.ticketScope());
        QVERIFY(stored.size() < scoped);

        // One of the stored tickets changes on the server before the next run.
        const int changedId = stored.at(stored.size() / 2);
        const QString summary = u"Changed while the first sync was interrupted"_s;
        QVERIFY(!patchTicket(changedId, summary).isEmpty());

        lastDone = 0;
        SyncSummary result;
        QVERIFY2(runSync(engine, SyncEngine::Mode::Auto, &error, &result),
                 qPrintable(error.message()));
        QVERIFY(result.full);
        // The rest only, not the tickets stored before (the catch-up listing is a few).
        const int rest =
            serverCount(ApiPaths::tickets(),
                        u"id > %1 and (%2)"_s.arg(stored.last()).arg(engine.ticketScope()));
        QVERIFY2(lastDone <= rest + 10,
                 qPrintable(u"fetched %1 tickets, %2 were left"_s.arg(lastDone).arg(rest)));
        QCOMPARE(cache.count(RecordKind::Ticket), scoped);
        QCOMPARE(cache.ticket(changedId).summary(), summary);
        QCOMPARE(result.resumedAfter, stored.last());
        QVERIFY(result.toText().contains(QString::number(stored.last())));
        // Done: the next run is incremental and starts nothing over.
        QVERIFY(cache.syncState(u"sync/resume-tickets-after"_s).isEmpty());
        QVERIFY(runSync(engine, SyncEngine::Mode::Auto, &error, &result));
        QVERIFY(!result.full);
        QCOMPARE(result.resumedAfter, 0);
    }

    void faultsLeaveConsistentCache()
    {
        sandbox::Sandbox faulty;
        sandbox::SandboxOptions options;
        options.tickets = 1500;
        options.faultRate = 0.03;
        options.faults = {u"500"_s, u"reset"_s};
        QString message;
        QVERIFY2(faulty.start(options, &message), qPrintable(message));
        QNetworkAccessManager network;
        ManageClient client(&network);
        QVERIFY(client.setCredentials(credentialsFor(faulty)));
        RetryPolicy noRetries;
        noRetries.setEnabled(false);
        client.setRetryPolicy(noRetries);

        Cache cache(m_dir.filePath(u"faults.sqlite"_s));
        SyncEngine engine(&client, &cache);
        // Until a run has failed and a later one has completed (the fault draw is random).
        int failures = 0;
        bool finishedAfterFailure = false;
        for (int attempt = 0; attempt < 100 && !finishedAfterFailure; ++attempt) {
            ApiError error;
            if (runSync(engine, SyncEngine::Mode::Auto, &error)) {
                finishedAfterFailure = failures > 0;
                continue;
            }
            ++failures;
            QVERIFY(error.isError());
            // Consistent: every stored ticket reads back whole, no watermark ahead of the data.
            for (const Ticket &t : cache.tickets())
                QVERIFY(!t.isNull());
            const qint64 mark =
                cache.syncState(SyncEngine::watermarkKey(RecordKind::Ticket)).toLongLong();
            QVERIFY(mark <= cache.maxLastUpdatedMs(RecordKind::Ticket));
        }
        QVERIFY(failures > 0);
        QVERIFY(finishedAfterFailure);
        client.setRetryPolicy(RetryPolicy());
        const int scoped = serverCount(ApiPaths::tickets(), engine.ticketScope(), &client);
        QCOMPARE(cache.count(RecordKind::Ticket), scoped);
    }

    void spoiledBodiesAreRetried()
    {
        // 200 answers cut short or not JSON, now and then: retried like dropped connections,
        // so a sync completes instead of ending at the first one.
        sandbox::Sandbox faulty;
        sandbox::SandboxOptions options;
        options.tickets = 1500;
        options.faultRate = 0.05;
        options.faults = {u"garbage"_s, u"truncate"_s};
        QString message;
        QVERIFY2(faulty.start(options, &message), qPrintable(message));
        QNetworkAccessManager network;
        ManageClient client(&network);
        QVERIFY(client.setCredentials(credentialsFor(faulty)));
        RetryPolicy fast;
        fast.setTimeScale(0.01);
        client.setRetryPolicy(fast);

        Cache cache(m_dir.filePath(u"spoiled.sqlite"_s));
        SyncEngine engine(&client, &cache);
        engine.setPageSize(100); // many pages, so several of them meet a fault
        for (SyncEngine::Mode mode : {SyncEngine::Mode::Full, SyncEngine::Mode::Incremental}) {
            ApiError error;
            QVERIFY2(runSync(engine, mode, &error), qPrintable(error.message()));
        }
        const int scoped = serverCount(ApiPaths::tickets(), engine.ticketScope(), &client);
        QCOMPARE(cache.count(RecordKind::Ticket), scoped);
    }

    void offlineQueriesMatchServer()
    {
        Cache cache(m_dir.filePath(u"equivalence.sqlite"_s));
        SyncEngine engine(m_client.get(), &cache);
        engine.setClosedDays(100000); // every ticket, so both sides see the same data
        ApiError error;
        QVERIFY2(runSync(engine, SyncEngine::Mode::Full, &error), qPrintable(error.message()));
        QCOMPARE(cache.count(RecordKind::Ticket), serverCount(ApiPaths::tickets()));

        // Values taken from the data so that each query selects something.
        const QList<Ticket> sample =
            cache.tickets(u"owner_id IS NOT NULL AND company_id IS NOT NULL"_s, {}, u"id"_s, 1);
        QCOMPARE(sample.size(), 1);
        const QJsonObject t = sample.first().json();
        auto field = [&t](const QString &a, const QString &b) {
            return t.value(a).toObject().value(b).toVariant().toString();
        };
        const QString board = field(u"board"_s, u"name"_s);
        const QString boardId = field(u"board"_s, u"id"_s);
        const QString status = field(u"status"_s, u"name"_s);
        const QString company = field(u"company"_s, u"identifier"_s);
        const QString owner = field(u"owner"_s, u"identifier"_s);
        const QString priority = field(u"priority"_s, u"name"_s);
        const QString id = QString::number(sample.first().id());
        const QString mid = isoDaysAgo(20);
        const QString dateMid = dateDaysAgo(20);
        auto q = [](QString s) {
            return s.replace(u'"', u"\\\""_s);
        };

        const QList<QPair<QString, QString>> queries = {
            {u"id = %1"_s.arg(id), {}},
            {u"id != %1 and id < 50"_s.arg(id), {}},
            {u"id > 700"_s, {}},
            {u"id >= 100 and id <= 150"_s, {}},
            {u"id in (1, 2, 3, %1, 99999)"_s.arg(id), {}},
            {u"board/id = %1"_s.arg(boardId), {}},
            {u"board/name = \"%1\""_s.arg(q(board)), {}},
            {u"board/name = \"%1\""_s.arg(q(board.toUpper())), {}},
            {u"board/name like \"%1%\""_s.arg(q(board.left(3))), {}},
            {u"board/name contains \"%1\""_s.arg(q(board.mid(1, 3).toLower())), {}},
            {u"status/name = \"%1\""_s.arg(q(status)), {}},
            {u"status/name != \"%1\""_s.arg(q(status)), {}},
            {u"closedFlag = true"_s, {}},
            {u"closedFlag = false"_s, {}},
            {u"closedFlag != true and board/id = %1"_s.arg(boardId), {}},
            {u"company/identifier = \"%1\""_s.arg(q(company)), {}},
            {u"company/name like \"%a%\""_s, {}},
            {u"company/name not like \"%a%\""_s, {}},
            {u"priority/name = \"%1\""_s.arg(q(priority)), {}},
            {u"priority/id in (1, 2)"_s, {}},
            {u"priority/id not in (1, 2)"_s, {}},
            {u"summary contains \"printer\""_s, {}},
            {u"summary like \"%e%a%\""_s, {}},
            {u"summary not contains \"e\""_s, {}},
            {u"owner/identifier = \"%1\""_s.arg(q(owner)), {}},
            {u"owner/id = null"_s, {}},
            {u"owner/id != null"_s, {}},
            {u"team/id = null"_s, {}},
            {u"_info/lastUpdated > %1"_s.arg(dateMid), {}},
            {u"_info/lastUpdated < %1"_s.arg(dateMid), {}},
            {u"_info/dateEntered >= %1"_s.arg(dateDaysAgo(60)), {}},
            {u"closedDate > %1"_s.arg(mid), {}},
            {u"closedDate = null"_s, {}},
            {u"requiredDate != null"_s, {}},
            {u"budgetHours > 2"_s, {}},
            {u"budgetHours = 0"_s, {}},
            {u"budgetHours <= 1.5"_s, {}},
            {u"severity = \"Medium\""_s, {}},
            {u"impact in (\"High\", \"Low\")"_s, {}},
            {u"recordType = \"ServiceTicket\""_s, {}},
            {u"contactName like \"A%\""_s, {}},
            {u"source/name = \"Phone\" or source/name = \"Email\""_s, {}},
            {u"(board/id = %1 or closedFlag = true) and priority/id != 1"_s.arg(boardId), {}},
            {u"board/id = %1 and (status/name = \"%2\" or owner/id = null)"_s.arg(boardId,
                                                                                  q(status)),
             {}},
            {u"(id < 100 or id > 1400) and closedFlag != true"_s, {}},
            {u"slaStatus contains \"resp\""_s, {}},
            {u"parentTicketId = null"_s, {}},
            // orderBy, each with a unique tiebreak
            {{}, u"id desc"_s},
            {u"closedFlag = false"_s, u"priority/id asc, id asc"_s},
            {u"id < 300"_s, u"summary asc, id asc"_s},
            {u"id < 400"_s, u"_info/lastUpdated desc, id asc"_s},
            {u"board/id = %1"_s.arg(boardId), u"company/name desc, id desc"_s},
            {u"id < 500"_s, u"closedDate asc, id desc"_s},
            {u"id < 500"_s, u"owner/identifier asc, id asc"_s},
            {u"id < 500"_s, u"budgetHours desc, id asc"_s},
        };
        int compiled = 0;
        for (const auto &[conditions, orderBy] : queries) {
            const QString label = conditions + u" | "_s + orderBy;
            QString serverError;
            QList<int> server = serverIds(conditions, orderBy, &serverError);
            QVERIFY2(serverError.isEmpty(), qPrintable(label + u": "_s + serverError));
            OfflineQuery offline(&cache);
            query::Error parseError;
            QVERIFY2(offline.setConditions(conditions, &parseError),
                     qPrintable(label + u": "_s + parseError.message));
            QVERIFY2(offline.setOrderBy(orderBy, &parseError), qPrintable(label));
            QString offlineError;
            QList<int> local = offline.ids(&offlineError);
            QVERIFY2(offlineError.isEmpty(), qPrintable(label + u": "_s + offlineError));
            if (orderBy.isEmpty()) {
                std::sort(server.begin(), server.end());
                std::sort(local.begin(), local.end());
            }
            QVERIFY2(local == server, qPrintable(u"%1: offline %2 ids, server %3"_s.arg(label)
                                                     .arg(local.size())
                                                     .arg(server.size())));
            QCOMPARE(offline.count(), int(server.size()));
            if (offline.conditionsCompiled())
                ++compiled;
        }
        qInfo() << compiled << "of" << queries.size() << "conditions compiled to SQL exactly";
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestSyncEngine)
#include "test_syncengine.moc"
