// Soak under faults: `sync` and a burst of changes through the outbox against a sandbox that
// answers 500/503/429, resets, truncates and garbles at set rates with jittered latency, over
// seeded runs; each run must end with cache == server in scope and every change applied once.
#include "soakkit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace cw::test::soak {

namespace {

// The mix of the issue: 500/503 20 %, 429 (Retry-After) 5 %, resets 5 %, truncated bodies 5 %,
// invalid JSON 2 %; latency 0-25 ms.
const QString kFaultMix = u"500:0.1,503:0.1,429:0.05,reset:0.05,truncate:0.05,garbage:0.02"_s;
constexpr int kRuns = 20;
// Seeds that once failed stay here as regression cases (run even when kRuns shrinks). 1, 2, 8:
// a task or note made twice (Qt resent a POST after a reset); 4, 10: a garbled 2xx answer left a
// ticket update `failed`; 9: a change whose command gave up was not run again by the test;
// 19: under CI's load a first sync gave up 12 times in a row (each run starts the full sync
// again from its first request; a resumable first sync is the real fix, still to do).
const QList<int> kRegressionSeeds = {1, 2, 4, 8, 9, 10, 19};
// A command that gives up is run again, at most this often, before the run counts as failed.
constexpr int kAttempts = 30;
// Runs at once.
constexpr int kWorkers = 8;

} // namespace

// What one seeded run found; empty `failure` when it passed.
struct RunResult
{
    int seed = 0;
    QString failure;
    QHash<QString, int> faults;
    int givenUp = 0;
};

// Runs `args` until it exits 0; every failed attempt must say why and exit non-zero.
bool untilDone(const CliProcess &cli, const QStringList &args, RunResult *run, QString *why)
{
    CliResult last;
    for (int i = 0; i < kAttempts; ++i) {
        last = cli.run(args, {}, 120000);
        if (last.exitCode == 0)
            return true;
        ++run->givenUp;
        if (last.exitCode < 0 || last.err.trimmed().isEmpty()) {
            *why = u"%1 gave up without a reason or crashed: %2"_s.arg(
                args.join(u' '), QString::fromUtf8(last.describe()));
            return false;
        }
    }
    *why = u"%1 never completed: %2"_s.arg(args.join(u' '), QString::fromUtf8(last.describe()));
    return false;
}

#define SOAK_CHECK(cond, message)                                                                  \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            run.failure = message;                                                                 \
            return run;                                                                            \
        }                                                                                          \
    } while (false)

// One run: sync, a burst of changes, push, sync, all against faults; then the truth from the
// same data file through a sandbox without faults on the same port (hrefs name the port).
RunResult soakRun(int seed)
{
    RunResult run;
    run.seed = seed;
    QTemporaryDir dir;
    SOAK_CHECK(dir.isValid(), u"no temporary directory"_s);
    if (qEnvironmentVariableIsSet("CW_SOAK_SEEDS")) {
        dir.setAutoRemove(false);
        qInfo("seed %d: %s", seed, qPrintable(dir.path()));
    }
    const QString data = dir.filePath(u"sandbox.sqlite"_s);
    const QString cache = dir.filePath(u"cache.sqlite"_s);
    const QStringList common = {u"--data"_s, data,    u"--tickets"_s, u"60"_s,
                                u"--seed"_s, QString::number(seed), u"--now"_s, pinnedNow()};

    SandboxProcess faulty;
    SOAK_CHECK(faulty.start(common + QStringList{u"--faults"_s, kFaultMix, u"--fault-seed"_s,
                                                 QString::number(seed * 7919 + 13),
                                                 u"--latency-jitter-ms"_s, u"25"_s,
                                                 u"--log-requests"_s}),
               faulty.errorString());
    CliProcess cli;
    configureCli(cli, dir.filePath(u"config"_s), faulty.baseUrl());
    const QStringList base = {u"--cache"_s, cache};
    QString why;

    SOAK_CHECK(untilDone(cli, base + QStringList{u"sync"_s}, &run, &why), why);
    QString error;
    const QList<int> ids = cachedTickets(cache, &error).keys();
    SOAK_CHECK(ids.size() >= 4, u"too few tickets cached: "_s + error);

    // The burst: each change is sent at once or queued; either way the outbox owns it, and a
    // command that does not succeed says why.
    const QString tag = u"s%1"_s.arg(seed);
    QList<QPair<int, QString>> notes, tasks;
    QHash<int, QString> summaries; // ticket -> last value queued
    // A command that gives up before the change is queued says why (exit non-zero), and the user
    // runs it again; a change it queued must not come back twice from that.
    auto change = [&](const QStringList &args) {
        return untilDone(cli, base + args, &run, &why);
    };
    for (int i = 0; i < 4; ++i) {
        const int ticket = ids.at((i * 7 + seed) % ids.size());
        const QString id = QString::number(ticket);
        const QString summary = u"soak %1 summary %2"_s.arg(tag).arg(i);
        SOAK_CHECK(change({u"ticket"_s, u"update"_s, id, u"summary="_s + summary}), why);
        summaries[ticket] = summary;
        const QString note = u"soak %1 note %2"_s.arg(tag).arg(i);
        SOAK_CHECK(change({u"note"_s, u"add"_s, id, u"--text"_s, note}), why);
        notes.append({ticket, note});
        if (i < 3) {
            const QString task = u"soak %1 task %2"_s.arg(tag).arg(i);
            SOAK_CHECK(change({u"task"_s, u"add"_s, id, u"--notes"_s, task}), why);
            tasks.append({ticket, task});
        }
    }
    SOAK_CHECK(untilDone(cli, base + QStringList{u"outbox"_s, u"push"_s}, &run, &why), why);
    const CliResult left =
        cli.run(base + QStringList{u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s});
    SOAK_CHECK(left.exitCode == 0 && parseJson(left.out).toArray().isEmpty(),
               u"outbox not empty after push: "_s + QString::fromUtf8(left.describe()));
    SOAK_CHECK(untilDone(cli, base + QStringList{u"sync"_s}, &run, &why), why);

    const quint16 port = faulty.port();
    SOAK_CHECK(faulty.stop(), u"the faulty sandbox did not stop"_s);
    const QByteArray log = faulty.errorOutput();
    run.faults = faultCounts(log);
    if (!dir.autoRemove()) {
        QFile f(dir.filePath(u"sandbox.log"_s));
        if (f.open(QIODevice::WriteOnly))
            f.write(log);
    }

    SandboxProcess clean;
    SOAK_CHECK(clean.start(common + QStringList{u"--port"_s, QString::number(port)}),
               clean.errorString());
    HttpClient http(clean.baseUrl());
    http.setDefaultHeader("Authorization", SandboxProcess::defaultAuthorization());
    const QMap<int, QJsonObject> server = serverTickets(http);
    const QMap<int, QJsonObject> cached = cachedTickets(cache, &error);
    SOAK_CHECK(error.isEmpty() && !server.isEmpty(), u"cannot compare: "_s + error);
    const QString diff = compareTickets(cached, server);
    SOAK_CHECK(diff.isEmpty(), u"cache != server: "_s + diff);
    for (auto it = summaries.begin(); it != summaries.end(); ++it) {
        const QString got = server.value(it.key()).value(u"summary"_s).toString();
        SOAK_CHECK(got == it.value(),
                   u"ticket %1 summary is '%2', not '%3'"_s.arg(it.key()).arg(got, it.value()));
    }
    for (const auto &n : notes) {
        const int count = countWhere(
            fetchAll(http, u"/service/tickets/%1/notes"_s.arg(n.first)), u"text"_s, n.second);
        SOAK_CHECK(count == 1, u"note '%1' is on the server %2 times"_s.arg(n.second).arg(count));
    }
    for (const auto &t : tasks) {
        const int count = countWhere(
            fetchAll(http, u"/service/tickets/%1/tasks"_s.arg(t.first)), u"notes"_s, t.second);
        SOAK_CHECK(count == 1, u"task '%1' is on the server %2 times"_s.arg(t.second).arg(count));
    }
    clean.stop();
    return run;
}

class TestSoakFaults : public QObject
{
    Q_OBJECT

    // Every answer spoilt by `fault` while the CLI runs `args`; then the same data through a
    // sandbox without faults on the same port, and `outbox push`. Returns the clean sandbox's
    // client through *http (the sandbox stays up in *clean).
    void lostAnswer(const QString &fault, const QStringList &args, QTemporaryDir &dir,
                    SandboxProcess *clean, HttpClient *http, int *ticket)
    {
        const QString data = dir.filePath(u"sandbox.sqlite"_s);
        const QString cache = dir.filePath(u"cache.sqlite"_s);
        const QStringList common = {u"--data"_s, data, u"--tickets"_s, u"60"_s, u"--seed"_s,
                                    u"7"_s, u"--now"_s, pinnedNow()};
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(common), qPrintable(sandbox.errorString()));
        const quint16 port = sandbox.port();
        CliProcess cli;
        configureCli(cli, dir.filePath(u"config"_s), sandbox.baseUrl());
        CliResult r = cli.run({u"--cache"_s, cache, u"sync"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QString error;
        *ticket = cachedTickets(cache, &error).firstKey();
        QVERIFY(sandbox.stop());

        // Only the writes are spoilt: the command's reads go through.
        QVERIFY2(sandbox.start(common + QStringList{u"--port"_s, QString::number(port),
                                                    u"--faults"_s, fault + u":1"_s,
                                                    u"--fault-methods"_s, u"POST,PATCH"_s,
                                                    u"--log-requests"_s}),
                 qPrintable(sandbox.errorString()));
        QStringList full = args;
        full.replaceInStrings(u"TICKET"_s, QString::number(*ticket));
        r = cli.run(QStringList{u"--cache"_s, cache} + full);
        // Sent but unanswered: the change waits in the outbox (said so), whatever the exit.
        QVERIFY2(!r.err.trimmed().isEmpty(), r.describe());
        QVERIFY(sandbox.stop());
        qInfo("%s: %s", qPrintable(fault), sandbox.errorOutput().trimmed().constData());

        QVERIFY2(clean->start(common + QStringList{u"--port"_s, QString::number(port)}),
                 qPrintable(clean->errorString()));
        r = cli.run({u"--cache"_s, cache, u"outbox"_s, u"push"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli.run({u"--cache"_s, cache, u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0 && parseJson(r.out).toArray().isEmpty(), r.describe());
        http->setBaseUrl(clean->baseUrl());
        http->setDefaultHeader("Authorization", SandboxProcess::defaultAuthorization());
    }

private Q_SLOTS:
    void resetAfterPostMakesOneNote()
    {
        // The server makes the note, the connection resets before the answer: one note, not a
        // second from a transparent resend of the POST.
        QTemporaryDir dir;
        SandboxProcess clean;
        HttpClient http;
        int ticket = 0;
        const QString text = u"reset note "_s + pinnedNow();
        lostAnswer(u"reset"_s, {u"--no-outbox"_s, u"note"_s, u"add"_s, u"TICKET"_s, u"--text"_s, text},
                   dir, &clean, &http, &ticket);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(countWhere(fetchAll(http, u"/service/tickets/%1/notes"_s.arg(ticket)),
                            u"text"_s, text),
                 1);
    }

    void garbledAnswerLeavesUpdateWaiting()
    {
        // The server applies the PATCH, its answer arrives as garbage: the change waits (not
        // failed) and the next push finds it done.
        QTemporaryDir dir;
        SandboxProcess clean;
        HttpClient http;
        int ticket = 0;
        const QString summary = u"garbled "_s + pinnedNow();
        lostAnswer(u"garbage"_s, {u"ticket"_s, u"update"_s, u"TICKET"_s, u"summary="_s + summary},
                   dir, &clean, &http, &ticket);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(http.get(u"/service/tickets/%1"_s.arg(ticket)).object().value(u"summary"_s)
                     .toString(),
                 summary);
    }

    void seededRuns()
    {
        // CW_SOAK_SEEDS="3 9" reruns chosen seeds (their files stay in /tmp for a look).
        QList<int> seeds;
        for (const QString &s : qEnvironmentVariable("CW_SOAK_SEEDS").split(u' ', Qt::SkipEmptyParts))
            seeds << s.toInt();
        if (seeds.isEmpty()) {
            for (int seed = 1; seed <= kRuns; ++seed)
                seeds << seed;
            for (int seed : kRegressionSeeds) {
                if (!seeds.contains(seed))
                    seeds << seed;
            }
        }
        // The runs mostly wait (Retry-After, backoff, latency), so several go at once, each in
        // its own thread with its own processes, temporary directory and event loop.
        QList<RunResult> results(seeds.size());
        QAtomicInt nextIndex = 0;
        QList<QThread *> workers;
        for (int w = 0; w < kWorkers; ++w) {
            workers << QThread::create([&] {
                for (int i = nextIndex.fetchAndAddOrdered(1); i < seeds.size();
                     i = nextIndex.fetchAndAddOrdered(1))
                    results[i] = soakRun(seeds.at(i));
            });
            workers.last()->start();
        }
        for (QThread *t : workers) {
            t->wait();
            delete t;
        }

        QHash<QString, int> faults;
        int givenUp = 0;
        QStringList failures;
        for (const RunResult &r : results) {
            for (auto it = r.faults.begin(); it != r.faults.end(); ++it)
                faults[it.key()] += it.value();
            givenUp += r.givenUp;
            if (!r.failure.isEmpty())
                failures << u"seed %1: %2"_s.arg(r.seed).arg(r.failure);
        }
        QStringList parts;
        for (auto it = faults.begin(); it != faults.end(); ++it)
            parts << u"%1=%2"_s.arg(it.key()).arg(it.value());
        parts.sort();
        qInfo("soak faults: %lld runs, %lld passed; CLI runs that gave up and were repeated: %d; "
              "%s",
              qlonglong(results.size()), qlonglong(results.size() - failures.size()), givenUp,
              qPrintable(parts.join(u' ')));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
    }
};

} // namespace cw::test::soak

QTEST_GUILESS_MAIN(cw::test::soak::TestSoakFaults)
#include "test_soak_faults.moc"
