// cwdesk-cli's offline side end to end: `sync` against a cwdesk-sandbox process (progress and a
// summary, incremental after changes made on the server), `--offline` answers with the site on a
// closed port (so nothing can have been sent) equal to the online answers, and `search`.
#include "cliprocess.h"
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestCliSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    HttpClient m_http;
    CliProcess m_cli;
    QString m_site;
    QString m_cache;
    quint16 m_closedPort = 0;

    CliResult cli(const QStringList &args) const { return m_cli.run(args); }
    // The same command with the site on a port nobody listens on.
    CliResult offline(const QStringList &args) const
    {
        CliProcess unreachable = m_cli;
        unreachable.setEnvironment(u"CWDESK_SITE"_s, u"http://127.0.0.1:%1"_s.arg(m_closedPort));
        return unreachable.run(QStringList{u"--cache"_s, m_cache, u"--offline"_s} + args);
    }
    static QList<int> ids(const CliResult &r)
    {
        QList<int> list;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            list.append(v.toObject().value(u"id"_s).toInt());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({u"--tickets"_s, u"400"_s, u"--seed"_s, u"5"_s}),
                 qPrintable(m_sandbox.errorString()));
        m_http.setBaseUrl(m_sandbox.baseUrl());
        m_http.setDefaultHeader(
            "Authorization",
            SandboxProcess::authorization(u"sandbox"_s, u"sandbox-public"_s, u"sandbox-private"_s));
        m_site = u"http://127.0.0.1:%1"_s.arg(m_sandbox.port());
        m_cache = m_dir.filePath(u"cache.sqlite"_s);
        m_cli.setEnvironment(u"CWDESK_CONFIG_DIR"_s, m_dir.filePath(u"config"_s));
        m_cli.setEnvironment(u"CWDESK_SITE"_s, m_site);
        m_cli.setEnvironment(u"CWDESK_COMPANY"_s, u"sandbox"_s);
        m_cli.setEnvironment(u"CWDESK_PUBLIC_KEY"_s, u"sandbox-public"_s);
        m_cli.setEnvironment(u"CWDESK_PRIVATE_KEY"_s, u"sandbox-private"_s);
        // A port that was free a moment ago and is closed now: any request would fail there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_closedPort = probe.serverPort();
        probe.close();
    }

    void cleanupTestCase() { QVERIFY(m_sandbox.stop()); }

    void syncThenIncremental()
    {
        CliResult r = cli({u"--cache"_s, m_cache, u"sync"_s, u"--closed-days"_s, u"100000"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(u"Full sync done"_s), r.describe());
        QVERIFY2(r.errText().contains(u"tickets: 400 added"_s), r.describe());

        const QJsonArray ops{QJsonObject{{u"op"_s, u"replace"_s},
                                         {u"path"_s, u"summary"_s},
                                         {u"value"_s, u"Changed for the CLI sync test"_s}}};
        QCOMPARE(m_http.patch(u"/service/tickets/10001"_s, ops).status, 200);
        r = cli({u"--cache"_s, m_cache, u"sync"_s, u"--closed-days"_s, u"100000"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(u"Incremental sync done"_s), r.describe());
        QVERIFY2(r.errText().contains(u"tickets: 0 added, 1 changed"_s), r.describe());

        r = offline({u"ticket"_s, u"show"_s, u"10001"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"summary"_s).toString(),
                 u"Changed for the CLI sync test"_s);
    }

    void offlineAnswersMatchOnline_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("tickets") << QStringList{
            u"tickets"_s,    u"--conditions"_s, u"closedFlag = false and priority/id in (1, 2)"_s,
            u"--order-by"_s, u"id desc"_s,      u"--all"_s};
        QTest::newRow("tickets page") << QStringList{
            u"tickets"_s, u"--order-by"_s, u"summary asc, id asc"_s, u"--page-size"_s, u"10"_s,
            u"--page"_s,  u"3"_s};
        QTest::newRow("tickets like")
            << QStringList{u"tickets"_s, u"--conditions"_s,
                           u"company/name like \"%a%\" and id > 10100"_s, u"--all"_s};
    }

    void offlineAnswersMatchOnline()
    {
        QFETCH(QStringList, args);
        const CliResult online = cli(QStringList{u"--format"_s, u"json"_s} + args);
        QVERIFY2(online.exitCode == 0, online.describe());
        const CliResult local = offline(QStringList{u"--format"_s, u"json"_s} + args);
        QVERIFY2(local.exitCode == 0, local.describe());
        QCOMPARE(ids(local), ids(online));
        QVERIFY(!ids(local).isEmpty());
    }

    void offlineCountAndSearch()
    {
        const QString conditions = u"closedFlag = false"_s;
        const CliResult online = cli({u"count"_s, u"--conditions"_s, conditions});
        const CliResult local = offline({u"count"_s, u"--conditions"_s, conditions});
        QVERIFY2(local.exitCode == 0, local.describe());
        QCOMPARE(local.outText().trimmed(), online.outText().trimmed());

        CliProcess unreachable = m_cli;
        unreachable.setEnvironment(u"CWDESK_SITE"_s, u"http://127.0.0.1:%1"_s.arg(m_closedPort));
        CliResult r = unreachable.run(
            {u"--cache"_s, m_cache, u"--format"_s, u"json"_s, u"search"_s, u"printer"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.first()
                    .toObject()
                    .value(u"title"_s)
                    .toString()
                    .contains(u"printer"_s, Qt::CaseInsensitive) ||
                hits.first()
                    .toObject()
                    .value(u"snippet"_s)
                    .toString()
                    .contains(u"printer"_s, Qt::CaseInsensitive));

        r = offline({u"--format"_s, u"json"_s, u"kb"_s, u"search"_s, u"printer"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());

        // A ticket that is not cached: a clear failure, still no network.
        r = offline({u"ticket"_s, u"show"_s, u"999999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"not in the offline cache"_s), r.describe());
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestCliSync)
#include "test_cli_sync.moc"
