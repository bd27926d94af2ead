// Soak under crashes: 200 changes queued offline, then `outbox push` killed with SIGKILL at seeded
// random moments; every change must reach the server exactly once. And power loss: a large sync
// killed, and the cache files copied mid-write; the copy opens (or is refused) and syncs again.
#include "soakkit.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace cw::test::soak {

namespace {

constexpr int kChanges = 200;
constexpr int kKills = 30;
constexpr quint32 kKillSeed = 20261207;

// Starts the CLI, lets it run for `delayMs`, then SIGKILLs it. True when the kill ended it (false:
// it had finished by itself first). Output goes nowhere: the process is killed mid-sentence.
bool runAndKill(const CliProcess &cli, const QStringList &args, int delayMs, int *exitCode)
{
    QProcess process;
    process.setProcessEnvironment(cli.environment());
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(CliProcess::executable(), args);
    if (!process.waitForStarted(10000))
        return false;
    if (process.waitForFinished(delayMs)) {
        *exitCode = process.exitCode();
        return false;
    }
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    return process.exitStatus() == QProcess::CrashExit;
}

} // namespace

class TestSoakCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_now = pinnedNow();

    QStringList sandboxArgs(const QString &data, int tickets) const
    {
        return {u"--data"_s, data, u"--tickets"_s, QString::number(tickets), u"--seed"_s, u"3"_s,
                u"--now"_s, m_now};
    }

private Q_SLOTS:
    void killedPushes()
    {
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(u"push-sandbox.sqlite"_s);
        const QString cache = m_dir.filePath(u"push-cache.sqlite"_s);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(sandboxArgs(data, 200)), qPrintable(sandbox.errorString()));
        const quint16 port = sandbox.port();
        CliProcess cli;
        configureCli(cli, m_dir.filePath(u"config"_s), sandbox.baseUrl());
        const QStringList base = {u"--cache"_s, cache};
        CliResult r = cli.run(base + QStringList{u"sync"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QString error;
        const QList<int> ids = cachedTickets(cache, &error).keys();
        QVERIFY2(ids.size() >= 10, qPrintable(error));
        QVERIFY(sandbox.stop());

        // Offline: every change is queued (the server is not reachable).
        QHash<int, QString> summaries;
        QList<QPair<int, QString>> notes, tasks;
        for (int i = 0; i < kChanges; ++i) {
            const int ticket = ids.at(i % 10);
            const QString id = QString::number(ticket);
            const QString text = u"crash %1 change %2"_s.arg(m_now).arg(i);
            QStringList args;
            switch (i % 3) {
            case 0:
                args = {u"ticket"_s, u"update"_s, id, u"summary="_s + text};
                summaries[ticket] = text;
                break;
            case 1:
                args = {u"note"_s, u"add"_s, id, u"--text"_s, text};
                notes.append({ticket, text});
                break;
            default:
                args = {u"task"_s, u"add"_s, id, u"--notes"_s, text};
                tasks.append({ticket, text});
                break;
            }
            r = cli.run(base + args);
            QVERIFY2(r.exitCode == 0 && r.errText().contains(u"Queued"_s), r.describe());
        }

        // Back online (same port: the profile names it), a little slow, and killed 30 times.
        QVERIFY2(sandbox.start(sandboxArgs(data, 200) + QStringList{u"--port"_s,
                                                                   QString::number(port),
                                                                   u"--latency-ms"_s, u"60"_s,
                                                                   u"--log-requests"_s}),
                 qPrintable(sandbox.errorString()));
        QRandomGenerator random(kKillSeed);
        int kills = 0, finishedFirst = 0;
        // Until 30 kills landed (a push that ends first ran to its end, also fine).
        for (int attempt = 0; kills < kKills && attempt < 2 * kKills; ++attempt) {
            int code = 0;
            if (runAndKill(cli, base + QStringList{u"outbox"_s, u"push"_s},
                           100 + int(random.bounded(700)), &code))
                ++kills;
            else
                ++finishedFirst;
        }
        r = cli.run(base + QStringList{u"outbox"_s, u"push"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli.run(base + QStringList{u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0 && parseJson(r.out).toArray().isEmpty(), r.describe());

        HttpClient http(sandbox.baseUrl());
        http.setDefaultHeader("Authorization", SandboxProcess::defaultAuthorization());
        QHash<int, QJsonArray> noteLists, taskLists;
        for (int id : ids.mid(0, 10)) {
            noteLists[id] = fetchAll(http, u"/service/tickets/%1/notes"_s.arg(id));
            taskLists[id] = fetchAll(http, u"/service/tickets/%1/tasks"_s.arg(id));
            if (summaries.contains(id))
                QCOMPARE(http.get(u"/service/tickets/%1"_s.arg(id)).object().value(u"summary"_s)
                             .toString(),
                         summaries.value(id));
        }
        for (const auto &n : notes)
            QCOMPARE(countWhere(noteLists[n.first], u"text"_s, n.second), 1);
        for (const auto &t : tasks)
            QCOMPARE(countWhere(taskLists[t.first], u"notes"_s, t.second), 1);
        sandbox.stop();
        const QHash<QString, int> requests = faultCounts(sandbox.errorOutput());
        qInfo("soak crash: %d changes queued offline, %d pushes killed (%d finished before their "
              "kill), %d requests; every change on the server once",
              kChanges, kills, finishedFirst, requests.value(u"requests"_s));
        QVERIFY(kills >= kKills * 2 / 3);
    }

    void powerLoss()
    {
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(u"big-sandbox.sqlite"_s);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(sandboxArgs(data, 5000) + QStringList{u"--latency-ms"_s, u"150"_s}),
                 qPrintable(sandbox.errorString()));
        CliProcess cli;
        configureCli(cli, m_dir.filePath(u"config"_s), sandbox.baseUrl());
        const QString cache = m_dir.filePath(u"big-cache.sqlite"_s);
        QRandomGenerator random(kKillSeed + 1);
        // All 5,000 tickets in scope: a sync long enough to be cut in the middle.
        const QStringList sync = {u"sync"_s, u"--closed-days"_s, u"100000"_s};

        // Killed during large syncs at random moments, like a power cut.
        int kills = 0;
        for (int i = 0; i < 4; ++i) {
            int code = 0;
            kills += runAndKill(cli, QStringList{u"--cache"_s, cache} + sync,
                                300 + int(random.bounded(1500)), &code)
                         ? 1
                         : 0;
        }

        // The files copied while a sync writes them: what a disk holds after a power cut.
        QProcess writer;
        writer.setProcessEnvironment(cli.environment());
        writer.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        writer.setStandardOutputFile(QProcess::nullDevice());
        writer.setStandardErrorFile(QProcess::nullDevice());
        writer.start(CliProcess::executable(),
                     QStringList{u"--cache"_s, cache} + sync + QStringList{u"--full"_s});
        QVERIFY(writer.waitForStarted(10000));
        QStringList copies;
        for (int i = 0; i < 3 && writer.state() == QProcess::Running; ++i) {
            QThread::msleep(200 + random.bounded(600));
            const QString copy = m_dir.filePath(u"copy%1.sqlite"_s.arg(i));
            // Main file last: the WAL holds newer pages than the file, as a crash leaves them.
            for (const QString &suffix : {u"-wal"_s, u"-shm"_s, QString()}) {
                if (QFile::exists(cache + suffix))
                    QFile::copy(cache + suffix, copy + suffix);
            }
            copies << copy;
        }
        QVERIFY(writer.waitForFinished(120000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(!copies.isEmpty());
        QVERIFY2(kills >= 2, "the syncs ended before they could be killed");

        HttpClient http(sandbox.baseUrl());
        http.setDefaultHeader("Authorization", SandboxProcess::defaultAuthorization());
        int opened = 0;
        for (const QString &copy : copies + QStringList{cache}) {
            CliResult r = cli.run({u"--cache"_s, copy, u"--offline"_s, u"tickets"_s, u"--format"_s,
                                   u"json"_s});
            // Opens, or is refused with a message: never a crash.
            QVERIFY2(r.exitCode >= 0, r.describe());
            QVERIFY2(r.exitCode == 0 || !r.err.trimmed().isEmpty(), r.describe());
            opened += r.exitCode == 0 ? 1 : 0;
            r = cli.run(QStringList{u"--cache"_s, copy} + sync, {}, 180000);
            QVERIFY2(r.exitCode == 0, r.describe());
            QString error;
            const QString diff =
                compareTickets(cachedTickets(copy, &error), serverTickets(http, 100000));
            QVERIFY2(error.isEmpty() && diff.isEmpty(), qPrintable(error + diff));
        }
        sandbox.stop();
        qInfo("soak power loss: %d syncs of 5000 tickets killed, %lld copies taken mid-write "
              "(%d opened at once, the rest refused with a message); all synced to cache == server",
              kills, qlonglong(copies.size()), opened - 1);
    }
};

} // namespace cw::test::soak

QTEST_GUILESS_MAIN(cw::test::soak::TestSoakCrash)
#include "test_soak_crash.moc"
