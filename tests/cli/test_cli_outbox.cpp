// cwdesk-cli's outbox end to end: the real executable, killed with SIGKILL at every step of a send
// (CWDESK_TEST_KILL_AT), then `outbox push`; each change must reach the real sandbox exactly once.
// Also a sandbox that is down (the change is queued, exit 0) and comes back on the same port.
#include "cliprocess.h"
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestCliOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    HttpClient m_http;
    CliProcess m_cli;
    QString m_cachePath;
    quint16 m_port = 0;
    int m_ticketId = 0;
    int m_boardId = 0;
    int m_companyId = 0;
    qsizetype m_logMark = 0;

    QStringList sandboxArgs() const
    {
        return {u"--tickets"_s,     u"40"_s,
                u"--seed"_s,        u"5"_s,
                u"--data"_s,        m_dir.filePath(u"sandbox.sqlite"_s),
                u"--log-requests"_s};
    }

    bool startSandbox(quint16 port)
    {
        QStringList args = sandboxArgs();
        if (port)
            args << u"--port"_s << QString::number(port);
        if (!m_sandbox.start(args))
            return false;
        m_http.setBaseUrl(m_sandbox.baseUrl());
        m_port = m_sandbox.port();
        m_logMark = 0;
        return true;
    }

    CliResult cli(const QStringList &arguments)
    {
        return m_cli.run(QStringList{u"--cache"_s, m_cachePath} + arguments);
    }

    // Runs the CLI with the kill hook; true when SIGKILL ended it.
    bool runKilled(const QString &step, const QStringList &arguments, QByteArray *err)
    {
        QProcess process;
        QProcessEnvironment env = m_cli.environment();
        env.insert(u"CWDESK_TEST_KILL_AT"_s, step);
        process.setProcessEnvironment(env);
        process.start(CliProcess::executable(), QStringList{u"--cache"_s, m_cachePath} + arguments);
        if (!process.waitForFinished(60000))
            return false;
        *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::CrashExit && process.exitCode() == SIGKILL;
    }

    int countWhere(const QJsonArray &records, const QString &field, const QString &value)
    {
        int n = 0;
        for (const QJsonValue &record : records)
            n += record.toObject().value(field).toString() == value ? 1 : 0;
        return n;
    }

    QJsonArray notes(int ticketId)
    {
        return m_http
            .get(u"/service/tickets/%1/notes"_s.arg(ticketId), {{u"pageSize"_s, u"1000"_s}})
            .array();
    }

    // Requests of `method` to `path` the sandbox logged since the sandbox (re)started.
    int logged(const QByteArray &method, const QString &path)
    {
        int n = 0;
        for (const QByteArray &line : m_sandbox.errorOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() >= 2 && parts.at(0) == method &&
                QString::fromUtf8(parts.at(1)).section(u'?', 0, 0).endsWith(path))
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(startSandbox(0), qPrintable(m_sandbox.errorString()));
        m_http.setDefaultHeader("Authorization", SandboxProcess::defaultAuthorization());
        m_cli.setEnvironment(u"CWDESK_CONFIG_DIR"_s, m_dir.filePath(u"config"_s));
        m_cli.setEnvironment(u"CWDESK_SITE"_s, u"http://127.0.0.1:%1"_s.arg(m_port));
        m_cli.setEnvironment(u"CWDESK_COMPANY"_s, u"sandbox"_s);
        m_cli.setEnvironment(u"CWDESK_PUBLIC_KEY"_s, u"sandbox-public"_s);
        m_cli.setEnvironment(u"CWDESK_PRIVATE_KEY"_s, u"sandbox-private"_s);
        m_cachePath = m_dir.filePath(u"cache.sqlite"_s);
        const QJsonArray tickets =
            m_http
                .get(u"/service/tickets"_s,
                     {{u"conditions"_s, u"closedFlag=false"_s}, {u"pageSize"_s, u"1"_s}})
                .array();
        QVERIFY(!tickets.isEmpty());
        const QJsonObject ticket = tickets.first().toObject();
        m_ticketId = ticket.value(u"id"_s).toInt();
        m_boardId = ticket.value(u"board"_s).toObject().value(u"id"_s).toInt();
        m_companyId = ticket.value(u"company"_s).toObject().value(u"id"_s).toInt();
        QVERIFY(m_ticketId > 0 && m_boardId > 0 && m_companyId > 0);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void emptyOutboxSaysSo()
    {
        // Nothing queued: a sentence, not a bare table header; JSON stays an empty list.
        QTemporaryDir fresh;
        const QString cache = fresh.filePath(u"empty.sqlite"_s);
        CliResult r = m_cli.run({u"--cache"_s, cache, u"outbox"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(u"The outbox is empty."_s), r.describe());
        QVERIFY2(r.out.trimmed().isEmpty(), r.describe());
        r = m_cli.run({u"--cache"_s, cache, u"conflicts"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(u"no conflicts"_s), r.describe());
        QVERIFY2(r.out.trimmed().isEmpty(), r.describe());
        r = m_cli.run({u"--cache"_s, cache, u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.out.trimmed(), QByteArray("[]"));
    }

    void noteAddQueuedAndSent()
    {
        const QString text = u"outbox note "_s + QUuid::createUuid().toString();
        const CliResult r = cli({u"note"_s, u"add"_s, QString::number(m_ticketId), u"--text"_s,
                                 text, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.outText().contains(text), r.describe());
        QCOMPARE(countWhere(notes(m_ticketId), u"text"_s, text), 1);
        const CliResult list = cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(list.exitCode == 0, list.describe());
        QVERIFY2(!list.outText().contains(text), list.describe()); // sent: not listed any more
    }

    void killedAtEveryStep_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("step");
        for (const QString &what : {u"note"_s, u"ticket"_s, u"update"_s}) {
            for (const QString &step : {u"queued"_s, u"sending"_s, u"answered"_s, u"recorded"_s})
                QTest::addRow("%s-%s", qPrintable(what), qPrintable(step)) << what << step;
        }
    }

    void killedAtEveryStep()
    {
        QFETCH(QString, what);
        QFETCH(QString, step);
        const QString marker = u"crash %1 %2 %3"_s.arg(what, step)
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        QStringList arguments;
        const QString ticketPath = u"/service/tickets/%1"_s.arg(m_ticketId);
        const int patchesBefore = logged("PATCH", ticketPath);
        if (what == u"note"_s)
            arguments = {u"note"_s, u"add"_s, QString::number(m_ticketId), u"--text"_s, marker};
        else if (what == u"ticket"_s)
            arguments = {u"ticket"_s,    u"create"_s,
                         u"--board"_s,   QString::number(m_boardId),
                         u"--company"_s, QString::number(m_companyId),
                         u"--summary"_s, marker};
        else
            arguments = {u"ticket"_s, u"update"_s, QString::number(m_ticketId),
                         u"summary="_s + marker};

        QByteArray err;
        QVERIFY2(runKilled(step, arguments, &err), err.constData());

        const CliResult push = cli({u"outbox"_s, u"push"_s});
        QVERIFY2(push.exitCode == 0, push.describe());
        // A second push finds nothing left to do.
        const CliResult again = cli({u"outbox"_s, u"push"_s});
        QVERIFY2(again.exitCode == 0 && again.errText().contains(u"empty"_s), again.describe());

        if (what == u"note"_s) {
            QCOMPARE(countWhere(notes(m_ticketId), u"text"_s, marker), 1);
        } else if (what == u"ticket"_s) {
            const QJsonArray tickets =
                m_http
                    .get(u"/service/tickets"_s,
                         {{u"conditions"_s, u"company/id=%1"_s.arg(m_companyId)},
                          {u"pageSize"_s, u"1000"_s}})
                    .array();
            QCOMPARE(countWhere(tickets, u"summary"_s, marker), 1);
        } else {
            const QJsonObject ticket = m_http.get(ticketPath).object();
            QCOMPARE(ticket.value(u"summary"_s).toString(), marker);
            // Applied once: exactly one PATCH of the ticket went out across both processes.
            QCOMPARE(logged("PATCH", ticketPath) - patchesBefore, 1);
        }
    }

    void refusedChangeStaysVisible()
    {
        // A ticket update the server refuses (400): kept as failed with the server's message.
        const CliResult r = cli({u"ticket"_s, u"update"_s, QString::number(m_ticketId),
                                 u"summary="_s + QString(300, u'x')});
        QVERIFY2(r.exitCode == 1, r.describe());
        const CliResult list = cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(list.exitCode == 0, list.describe());
        const QJsonArray entries = parseJson(list.out).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(u"state"_s).toString(), u"failed"_s);
        QVERIFY2(!entry.value(u"error"_s).toString().isEmpty(), list.out.constData());
        const CliResult discard =
            cli({u"outbox"_s, u"discard"_s, QString::number(entry.value(u"id"_s).toInt())});
        QVERIFY2(discard.exitCode == 0, discard.describe());
        QCOMPARE(
            parseJson(cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s}).out).toArray().size(),
            0);
    }

    void serverDownThenBack()
    {
        const QString text = u"offline note "_s + QUuid::createUuid().toString();
        QVERIFY(m_sandbox.stop());
        const CliResult r =
            cli({u"note"_s, u"add"_s, QString::number(m_ticketId), u"--text"_s, text});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(u"Queued"_s), r.describe());
        const CliResult list = cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(list.outText().contains(text), list.describe());
        // Still down: the push keeps it and says so.
        const CliResult down = cli({u"outbox"_s, u"push"_s});
        QVERIFY2(down.exitCode == 4, down.describe());

        QVERIFY2(startSandbox(m_port), qPrintable(m_sandbox.errorString()));
        QCOMPARE(countWhere(notes(m_ticketId), u"text"_s, text), 0);
        const CliResult push = cli({u"outbox"_s, u"push"_s});
        QVERIFY2(push.exitCode == 0, push.describe());
        QCOMPARE(countWhere(notes(m_ticketId), u"text"_s, text), 1);
    }

    void offlineCreateByNames()
    {
        // While the server is down, board and company names resolve against the synced cache,
        // so the new ticket is queued (exit 0) and reaches the server with the right ids later.
        CliResult r = cli({u"sync"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject model = m_http.get(u"/service/tickets/%1"_s.arg(m_ticketId)).object();
        const QString board = model.value(u"board"_s)[u"name"_s].toString();
        const QString company = model.value(u"company"_s)[u"identifier"_s].toString();
        QVERIFY(!board.isEmpty() && !company.isEmpty());
        QVERIFY(m_sandbox.stop());
        const QString summary = u"offline by name "_s + QUuid::createUuid().toString();
        r = cli({u"ticket"_s, u"create"_s, u"--board"_s, board, u"--company"_s, company,
                 u"--summary"_s, summary});
        QVERIFY2(r.exitCode == 0 && r.errText().contains(u"Queued"_s), r.describe());
        // A name the cache does not know is still an error, not a guess.
        r = cli({u"ticket"_s, u"create"_s, u"--board"_s, u"No Such Board"_s, u"--company"_s,
                 company, u"--summary"_s, summary});
        QVERIFY2(r.exitCode != 0, r.describe());

        QVERIFY2(startSandbox(m_port), qPrintable(m_sandbox.errorString()));
        r = cli({u"outbox"_s, u"push"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray found =
            m_http.get(u"/service/tickets"_s, {{u"conditions"_s, u"summary=\"%1\""_s.arg(summary)}})
                .array();
        QCOMPARE(found.size(), 1);
        const QJsonObject created = found.first().toObject();
        QCOMPARE(created.value(u"board"_s)[u"name"_s].toString(), board);
        QCOMPARE(created.value(u"company"_s)[u"identifier"_s].toString(), company);
    }

    void offlineUpdateConflictsThenResolved()
    {
        // Loaded while online (the cache keeps the ticket), changed while the server is down,
        // changed on the server too: the push reports a conflict, never overwrites theirs.
        const QString ticket = QString::number(m_ticketId);
        const QString loaded = u"loaded "_s + QUuid::createUuid().toString();
        CliResult r = cli({u"ticket"_s, u"update"_s, ticket, u"summary="_s + loaded});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(m_sandbox.stop());
        const QString mine = u"mine "_s + QUuid::createUuid().toString();
        r = cli({u"ticket"_s, u"update"_s, ticket, u"summary="_s + mine});
        QVERIFY2(r.exitCode == 0 && r.errText().contains(u"Queued"_s), r.describe());
        QVERIFY2(startSandbox(m_port), qPrintable(m_sandbox.errorString()));
        const QString theirs = u"theirs "_s + QUuid::createUuid().toString();
        QCOMPARE(m_http
                     .patch(u"/service/tickets/%1"_s.arg(m_ticketId),
                            QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                   {u"path"_s, u"summary"_s},
                                                   {u"value"_s, theirs}}})
                     .status,
                 200);
        r = cli({u"outbox"_s, u"push"_s});
        QVERIFY2(r.exitCode == 5, r.describe());
        QCOMPARE(m_http.get(u"/service/tickets/%1"_s.arg(m_ticketId))
                     .object()
                     .value(u"summary"_s)
                     .toString(),
                 theirs);
        r = cli({u"conflicts"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray conflicts = parseJson(r.out).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        const QJsonObject field = conflict.value(u"conflicts"_s).toArray().first().toObject();
        QCOMPARE(field.value(u"field"_s).toString(), u"summary"_s);
        QCOMPARE(field.value(u"base"_s).toString(), loaded);
        QCOMPARE(field.value(u"mine"_s).toString(), mine);
        QCOMPARE(field.value(u"theirs"_s).toString(), theirs);
        r = cli({u"conflict"_s, u"resolve"_s, QString::number(conflict.value(u"id"_s).toInt()),
                 u"--keep"_s, u"mine"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_http.get(u"/service/tickets/%1"_s.arg(m_ticketId))
                     .object()
                     .value(u"summary"_s)
                     .toString(),
                 mine);
        QCOMPARE(parseJson(cli({u"conflicts"_s, u"--format"_s, u"json"_s}).out).toArray().size(),
                 0);
    }

    void withoutOutbox()
    {
        // --no-outbox, and a cache that cannot be opened: straight to the server, said so.
        const QString text = u"direct "_s + QUuid::createUuid().toString();
        CliResult r = cli({u"--no-outbox"_s, u"note"_s, u"add"_s, QString::number(m_ticketId),
                           u"--text"_s, text});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(countWhere(notes(m_ticketId), u"text"_s, text), 1);
        const QString other = u"no cache "_s + QUuid::createUuid().toString();
        r = m_cli.run({u"--cache"_s, u"/proc/no-such-dir/cache.sqlite"_s, u"note"_s, u"add"_s,
                       QString::number(m_ticketId), u"--text"_s, other});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(u"offline cache cannot be used"_s), r.describe());
        QCOMPARE(countWhere(notes(m_ticketId), u"text"_s, other), 1);
        QCOMPARE(
            parseJson(cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s}).out).toArray().size(),
            0);
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestCliOutbox)
#include "test_cli_outbox.moc"
