// Benchmark of SyncEngine against a 20,000-ticket cwdesk-sandbox process on loopback: the first
// full sync (wall time, client-side time and rate, client busy fraction), an incremental sync
// after 1% of the tickets changed on the server, and offline conditions queries over the cache.
#include "api/apipaths.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "sandboxprocess.h"
#include "store/cache.h"
#include "store/offlinequery.h"
#include "store/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr double TargetPerSecond = 20000.0;
constexpr double TargetIncrementalShare = 0.05;

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

// CPU seconds of this process (the client; the sandbox is another process).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Run
{
    bool ok = false;
    QString error;
    cw::SyncSummary summary;
    double wallS = 0;
    double cpuS = 0;
};

Run sync(cw::SyncEngine &engine, cw::SyncEngine::Mode mode)
{
    Run run;
    bool done = false;
    QElapsedTimer wall;
    const auto c1 =
        QObject::connect(&engine, &cw::SyncEngine::finished, [&](const cw::SyncSummary &s) {
            run.ok = done = true;
            run.summary = s;
            // At the signal, not after the wait loop's next poll.
            run.wallS = double(wall.nsecsElapsed()) / 1e9;
        });
    const auto c2 = QObject::connect(&engine, &cw::SyncEngine::failed, [&](const cw::ApiError &e) {
        done = true;
        run.error = e.message();
    });
    const double cpu0 = cpuSeconds();
    wall.start();
    engine.start(mode);
    if (!QTest::qWaitFor([&] { return done; }, 30 * 60 * 1000))
        run.error = u"timed out"_s;
    if (!run.ok)
        run.wallS = double(wall.nsecsElapsed()) / 1e9;
    run.cpuS = cpuSeconds() - cpu0;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return run;
}

void report(const QString &name, const Run &run)
{
    const double storeS = double(run.summary.storeNs) / 1e9;
    print(u"%1: %L2 records in %3 s wall; page handlers (typed read + store) %4 s = %L5 "
          u"records/s; client CPU %6 s (busy %7% of the wall time)"_s.arg(name)
              .arg(run.summary.records)
              .arg(run.wallS, 0, 'f', 2)
              .arg(storeS, 0, 'f', 2)
              .arg(storeS > 0 ? qRound64(run.summary.records / storeS) : 0)
              .arg(run.cpuS, 0, 'f', 2)
              .arg(run.wallS > 0 ? 100.0 * run.cpuS / run.wallS : 0.0, 0, 'f', 0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"tickets"_s, u"Tickets in the sandbox (default 20000)."_s, u"N"_s, u"20000"_s});
    parser.addOption({u"parallel"_s, u"Pages in flight (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"runs"_s, u"Runs of each offline query (default 15)."_s, u"N"_s, u"15"_s});
    parser.process(app);
    const int tickets = parser.value(u"tickets"_s).toInt();

    QTemporaryDir dir;
    cw::test::SandboxProcess::setExecutable(QStringLiteral(CW_SANDBOX_EXE));
    cw::test::SandboxProcess sandbox;
    QElapsedTimer timer;
    timer.start();
    if (!sandbox.start({u"--tickets"_s, QString::number(tickets), u"--data"_s,
                        dir.filePath(u"sandbox.sqlite"_s)},
                       10 * 60 * 1000)) {
        print(u"cwdesk-sandbox did not start"_s);
        return 2;
    }
    print(
        u"bench_sync: %L1 tickets, sandbox process started (data generated) in %2 s"_s.arg(tickets)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));

    QNetworkAccessManager network;
    cw::ManageClient client(&network);
    QString error;
    if (!client.setCredentials(cw::Credentials(sandbox.baseUrl(), u"sandbox"_s, u"sandbox-public"_s,
                                               u"sandbox-private"_s),
                               &error)) {
        print(error);
        return 2;
    }
    cw::Cache cache(dir.filePath(u"cache.sqlite"_s));
    cw::SyncEngine engine(&client, &cache);
    engine.setClosedDays(100000); // every ticket, so the figure is per 20,000
    engine.setParallelPages(parser.value(u"parallel"_s).toInt());
    engine.setSweepEvery(1000000);

    const Run full = sync(engine, cw::SyncEngine::Mode::Full);
    if (!full.ok) {
        print(u"full sync failed: "_s + full.error);
        return 2;
    }
    report(u"full sync"_s, full);
    const int cached = cache.count(cw::RecordKind::Ticket);
    const double storeS = double(full.summary.storeNs) / 1e9;
    const double rate = storeS > 0 ? full.summary.records / storeS : 0;
    print(u"  tickets cached: %L1; client-side rate %L2 records/s (target >= %L3): %4"_s.arg(cached)
              .arg(qRound64(rate))
              .arg(qRound64(TargetPerSecond))
              .arg(rate >= TargetPerSecond ? u"PASS"_s : u"FAIL"_s));
    print(u"  bounded by the server: %1 (client busy %2% of the wall time)"_s
              .arg(full.cpuS / full.wallS < 0.5 ? u"yes"_s : u"no"_s)
              .arg(100.0 * full.cpuS / full.wallS, 0, 'f', 0));

    // 1% of the tickets changed directly on the server, 8 PATCHes in flight.
    const QList<int> ids = cache.ids(cw::RecordKind::Ticket, {}, {}, u"id"_s);
    const int changes = std::max(1, int(ids.size()) / 100);
    int sent = 0, answered = 0, failedPatches = 0;
    QElapsedTimer patchTimer;
    patchTimer.start();
    std::function<void()> launch = [&] {
        while (sent < changes && sent - answered < 8) {
            const int id = ids.at((sent * 97) % ids.size());
            const QJsonArray ops{QJsonObject{{u"op"_s, u"replace"_s},
                                             {u"path"_s, u"summary"_s},
                                             {u"value"_s, u"bench change %1"_s.arg(sent)}}};
            cw::RecordJob *job = client.patch(cw::ApiPaths::ticket(id), ops);
            ++sent;
            QObject::connect(job, &cw::ManageJob::failed, [&] { ++failedPatches; });
            QObject::connect(job, &cw::ManageJob::finished, [&](cw::ManageJob *) {
                ++answered;
                launch();
            });
        }
    };
    launch();
    if (!QTest::qWaitFor([&] { return answered == changes; }, 10 * 60 * 1000) || failedPatches) {
        print(u"changing tickets failed"_s);
        return 2;
    }
    print(u"changed %L1 tickets on the sandbox in %2 s"_s.arg(changes).arg(
        double(patchTimer.elapsed()) / 1000.0, 0, 'f', 1));

    const Run incremental = sync(engine, cw::SyncEngine::Mode::Incremental);
    if (!incremental.ok) {
        print(u"incremental sync failed: "_s + incremental.error);
        return 2;
    }
    report(u"incremental sync"_s, incremental);
    const double share = incremental.wallS / full.wallS;
    print(u"  tickets changed: %L1; %2% of the full sync's time (target < %3%): %4"_s
              .arg(incremental.summary.of(cw::RecordKind::Ticket).changed)
              .arg(100.0 * share, 0, 'f', 2)
              .arg(100.0 * TargetIncrementalShare, 0, 'f', 0)
              .arg(share < TargetIncrementalShare ? u"PASS"_s : u"FAIL"_s));

    // Offline conditions queries over the synced cache.
    const QList<QPair<QString, QString>> queries = {
        {u"open on a board"_s, u"board/id = 1 and closedFlag = false"_s},
        {u"status name"_s, u"status/name = \"New\""_s},
        {u"summary contains"_s, u"summary contains \"printer\""_s},
        {u"updated lately"_s, u"_info/lastUpdated > [2026-01-01T00:00:00Z]"_s},
        {u"company like, or"_s, u"company/name like \"A%\" or priority/id in (1, 2)"_s},
    };
    const int runs = parser.value(u"runs"_s).toInt();
    print(u"offline queries over %L1 cached tickets, median of %2 runs:"_s.arg(cached).arg(runs));
    for (const auto &[name, conditions] : queries) {
        cw::OfflineQuery query(&cache);
        if (!query.setConditions(conditions)) {
            print(u"  %1: does not parse"_s.arg(name));
            continue;
        }
        QList<double> times;
        qsizetype found = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            found = query.ids().size();
            times.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        print(u"  %1 (%2): %3 ms, %L4 ids%5"_s.arg(name, conditions)
                  .arg(times.at(times.size() / 2), 0, 'f', 2)
                  .arg(found)
                  .arg(query.conditionsCompiled() ? QString() : u" (in memory)"_s));
        print(u"    WHERE "_s + query.fragment().where);
    }
    return 0;
}
