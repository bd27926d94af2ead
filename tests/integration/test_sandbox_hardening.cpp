// What a hostile client can send a real cwdesk-sandbox over HTTP, and what it must get back:
// deep or long JSON Patches, deep bodies, too many orderBy keys, oversized headers and bodies,
// idle connections, CR/LF in the path, malformed credentials and callback URLs that leave the
// computer. Each case also checks that the process still answers (and, where it matters, that
// what it stored survives a restart).
#include "conformance.h"
#include "hookserver.h"

#include <QDeadlineTimer>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestSandboxHardening : public QObject
{
    Q_OBJECT

    static QStringList small() { return {u"--tickets"_s, u"30"_s, u"--seed"_s, u"5"_s}; }

    static int firstTicketId(HttpClient &http)
    {
        return http.get(u"/service/tickets"_s, {{u"pageSize"_s, u"1"_s}, {u"orderBy"_s, u"id"_s}})
            .array()
            .at(0)
            .toObject()
            .value(u"id"_s)
            .toInt();
    }

    // The process is up and answers a plain request.
    static bool answers(SandboxProcess &sandbox, HttpClient &http)
    {
        return sandbox.isRunning() && http.get(u"/service/tickets/count"_s).status == 200;
    }

    // A ConnectWise error body: {"code", "message"[, "errors"]}.
    static bool isErrorBody(const HttpResult &r)
    {
        const QJsonObject o = r.object();
        return o.value(u"code"_s).isString() && o.value(u"message"_s).isString();
    }

    static QJsonArray patchAt(const QString &path, const QJsonValue &value)
    {
        return QJsonArray{QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, path}, {u"value"_s, value}}};
    }

    static QString deepPath(int segments)
    {
        // An object property tickets leave unset: the patcher creates each level on the way down.
        QStringList parts{u"agreement"_s};
        while (parts.size() < segments)
            parts << u"a"_s;
        return u'/' + parts.join(u'/');
    }

    static QByteArray rawHead(quint16 port, const QByteArray &method, const QByteArray &path)
    {
        return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
               "\r\nAuthorization: " + SandboxProcess::defaultAuthorization() +
               "\r\nclientId: raw\r\n";
    }

    std::unique_ptr<SandboxProcess> m_shared;
    HttpClient m_sharedHttp;

    // Writes `bytes` and reads until the server closes the connection (or timeoutMs passes).
    // rawExchange() stops at the end of a response; these tests need to see the close too.
    static RawResult exchangeUntilClosed(quint16 port, const QByteArray &bytes,
                                         int timeoutMs = 10000)
    {
        RawResult result;
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return result;
        result.connected = true;
        socket.write(bytes);
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (socket.state() != QAbstractSocket::ConnectedState) {
                result.response += socket.readAll();
                result.peerClosed = true;
                return result;
            }
            if (socket.waitForReadyRead(100))
                result.response += socket.readAll();
        }
        result.timedOut = true;
        return result;
    }

private Q_SLOTS:
    void cleanupTestCase() { m_shared.reset(); }

    // ---- JSON Patch ---------------------------------------------------------------------

    void deepPatchPathsAreRefusedAndNothingIsLost()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"data.sqlite"_s);
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, QStringList{u"--data"_s, file} + small(), &error),
                 qPrintable(error));
        const int id = firstTicketId(http);
        QVERIFY(id > 0);
        const QString path = u"/service/tickets/%1"_s.arg(id);

        // 20,000 segments (about 40 KB) used to overflow the stack of the recursive patcher.
        const HttpResult huge = http.patch(path, patchAt(deepPath(20000), 1));
        CW_CHECK_STATUS(huge, 400);
        QVERIFY2(isErrorBody(huge), qPrintable(huge.describe()));
        QVERIFY2(answers(sandbox, http), "the sandbox stopped answering after a deep patch path");

        // 2,000 segments used to be stored, then dropped as unreadable on the next start.
        CW_CHECK_STATUS(http.patch(path, patchAt(deepPath(2000), 1)), 400);
        // A shallow path with a deep value is the same record by another route.
        QJsonValue deepValue = 1;
        for (int i = 0; i < 100; ++i)
            deepValue = QJsonArray{deepValue};
        CW_CHECK_STATUS(http.patch(path, patchAt(u"/customFields/0/value"_s, deepValue)), 400);
        // Ordinary patches still work.
        CW_CHECK_STATUS(http.patch(path, patchAt(u"summary"_s, u"Still here"_s)), 200);

        QVERIFY(sandbox.stop());
        QVERIFY2(startSandbox(sandbox, http, QStringList{u"--data"_s, file} + small(), &error),
                 qPrintable(error));
        const HttpResult again = http.get(path);
        CW_CHECK_STATUS(again, 200);
        QCOMPARE(again.object().value(u"summary"_s).toString(), u"Still here"_s);
    }

    void tooManyPatchOperationsAreRefused()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small() + QStringList{u"--max-patch-ops"_s, u"50"_s},
                              &error),
                 qPrintable(error));
        const QString path = u"/service/tickets/%1"_s.arg(firstTicketId(http));
        QJsonArray ops;
        for (int i = 0; i < 51; ++i)
            ops.append(QJsonObject{
                {u"op"_s, u"replace"_s}, {u"path"_s, u"summary"_s}, {u"value"_s, u"x"_s}});
        const HttpResult refused = http.patch(path, ops);
        CW_CHECK_STATUS(refused, 400);
        QCOMPARE(refused.object().value(u"code"_s).toString(), u"InvalidObject"_s);
        QVERIFY2(refused.object().value(u"errors"_s).toArray().size() == 1,
                 qPrintable(refused.describe()));
        ops.removeLast();
        CW_CHECK_STATUS(http.patch(path, ops), 200);
        // The default (1,000) holds too.
        QVERIFY(sandbox.stop());
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        QJsonArray many;
        for (int i = 0; i < 1001; ++i)
            many.append(ops.at(0));
        CW_CHECK_STATUS(http.patch(path, many), 400);
        QVERIFY(answers(sandbox, http));
    }

    // ---- bodies and queries -------------------------------------------------------------

    void deeplyNestedBodiesAreRefused()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        QJsonValue deep = u"x"_s;
        for (int i = 0; i < 100; ++i)
            deep = QJsonObject{{u"a"_s, deep}};
        const int company = http.get(u"/company/companies"_s, {{u"pageSize"_s, u"1"_s}})
                                .array()
                                .at(0)
                                .toObject()
                                .value(u"id"_s)
                                .toInt();
        const QJsonObject ticket{
            {u"summary"_s, u"Deep"_s},
            {u"company"_s, QJsonObject{{u"id"_s, company}}},
            {u"customFields"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"value"_s, deep}}}}};
        const HttpResult refused = http.post(u"/service/tickets"_s, ticket);
        CW_CHECK_STATUS(refused, 400);
        QCOMPARE(refused.object().value(u"code"_s).toString(), u"InvalidObject"_s);
        // The search body goes through the same reader.
        const QByteArray deepSearch =
            "{\"conditions\":" + QByteArray(200, '[') + QByteArray(200, ']') + "}";
        CW_CHECK_STATUS(http.post(u"/service/tickets/search"_s, deepSearch,
                                  {{"Content-Type", "application/json"}}),
                        400);
        QVERIFY(answers(sandbox, http));
    }

    void orderByKeysAreCapped()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        QStringList keys;
        for (int i = 0; i < 4000; ++i)
            keys << u"id"_s;
        const HttpResult refused =
            http.post(u"/service/tickets/search"_s, QJsonObject{{u"orderBy"_s, keys.join(u',')}});
        CW_CHECK_STATUS(refused, 400);
        QCOMPARE(refused.object().value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s),
                 QJsonValue(u"orderBy"_s));
        CW_CHECK_STATUS(
            http.get(u"/service/tickets"_s, {{u"orderBy"_s, keys.mid(0, 11).join(u',')}}), 400);
        CW_CHECK_STATUS(
            http.get(u"/service/tickets"_s, {{u"orderBy"_s, keys.mid(0, 10).join(u',')}}), 200);
        QVERIFY(answers(sandbox, http));
    }

    // ---- the connection -----------------------------------------------------------------

    void oversizedBodiesGet413()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        // A 50 MB body is refused from its declared length, before any of it is buffered.
        const RawResult raw = exchangeUntilClosed(
            sandbox.port(),
            rawHead(sandbox.port(), "POST", "/v4_6_release/apis/3.0/service/tickets") +
                "Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n");
        QCOMPARE(raw.status(), 413);
        QVERIFY2(raw.peerClosed, "the connection stayed open after a 413");
        QVERIFY2(parseJson(raw.body()).toObject().value(u"code"_s).isString(),
                 raw.body().constData());
        // Just over the configured limit is refused; just under is parsed (and found invalid).
        QVERIFY(sandbox.stop());
        QVERIFY2(startSandbox(sandbox, http, small() + QStringList{u"--max-body-kib"_s, u"64"_s},
                              &error),
                 qPrintable(error));
        const RawResult over = exchangeUntilClosed(
            sandbox.port(),
            rawHead(sandbox.port(), "POST", "/v4_6_release/apis/3.0/service/tickets") +
                "Content-Type: application/json\r\nContent-Length: 65537\r\n\r\n");
        QCOMPARE(over.status(), 413);
        QByteArray under(64 * 1024, ' ');
        under[0] = '{';
        under[under.size() - 1] = '}';
        CW_CHECK_STATUS(
            http.post(u"/service/tickets"_s, under, {{"Content-Type", "application/json"}}), 400);
        QVERIFY(answers(sandbox, http));
    }

    void oversizedHeadersGet431AndTheConnectionCloses()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        const QByteArray head =
            rawHead(sandbox.port(), "GET", "/v4_6_release/apis/3.0/service/tickets?pageSize=1");
        // 40 KB of headers: over the 32 KiB default, under what Qt's parser itself allows.
        const RawResult over = exchangeUntilClosed(
            sandbox.port(), head + "X-Filler: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n");
        QCOMPARE(over.status(), 431);
        QVERIFY2(over.peerClosed, "the connection stayed open after a 431");
        // 1 MB used to leave the connection hanging until the client gave up.
        const RawResult huge = exchangeUntilClosed(
            sandbox.port(), head + "X-Filler: " + QByteArray(1024 * 1024, 'a') + "\r\n\r\n", 15000);
        QVERIFY2(huge.peerClosed && !huge.timedOut, "1 MB of headers left the connection hanging");
        // Ordinary requests still work on new connections.
        const RawResult fine = rawExchange(sandbox.port(), head + "Connection: close\r\n\r\n");
        QCOMPARE(fine.status(), 200);
        QVERIFY(answers(sandbox, http));
    }

    void chunkedBodiesCountAgainstTheLimitToo()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(
            startSandbox(sandbox, http, small() + QStringList{u"--max-body-kib"_s, u"1"_s}, &error),
            qPrintable(error));
        const int company = http.get(u"/company/companies"_s, {{u"pageSize"_s, u"1"_s}})
                                .array()
                                .at(0)
                                .toObject()
                                .value(u"id"_s)
                                .toInt();
        const QByteArray head =
            rawHead(sandbox.port(), "POST", "/v4_6_release/apis/3.0/service/tickets") +
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: "
            "close\r\n\r\n";
        auto chunk = [](const QByteArray &data) -> QByteArray {
            return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
        };
        // Within the limit, in two chunks with an extension and a trailer: carried out.
        const QByteArray ticket =
            "{\"summary\":\"Chunked\",\"company\":{\"id\":" + QByteArray::number(company) + "}}";
        const RawResult fine = exchangeUntilClosed(
            sandbox.port(), head + chunk(ticket.left(10)) + "3;x=y\r\n" + ticket.mid(10, 3) +
                                "\r\n" + chunk(ticket.mid(13)) + "0\r\nX-Trailer: 1\r\n\r\n");
        QCOMPARE(fine.status(), 201);
        // Over it, though no single chunk is: refused as the chunks arrive.
        QByteArray chunks;
        for (int i = 0; i < 5; ++i)
            chunks += chunk(QByteArray(300, ' '));
        const RawResult over = exchangeUntilClosed(sandbox.port(), head + chunks + "0\r\n\r\n");
        QCOMPARE(over.status(), 413);
        QVERIFY(over.peerClosed);
        // A malformed chunk size is a 400, not a hung connection.
        const RawResult bad = exchangeUntilClosed(sandbox.port(), head + "zz\r\n{}\r\n0\r\n\r\n");
        QCOMPARE(bad.status(), 400);
        QVERIFY(answers(sandbox, http));
    }

    void idleConnectionsAreClosed()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http,
                              small() + QStringList{u"--idle-timeout-ms"_s, u"500"_s}, &error),
                 qPrintable(error));
        // Silent from the start, and silent halfway through a request's headers.
        const RawResult silent = rawExchange(sandbox.port(), QByteArray(), 10000);
        QVERIFY2(silent.connected && silent.peerClosed && !silent.timedOut,
                 "a silent connection was not closed");
        const RawResult partial = rawExchange(
            sandbox.port(), "GET /v4_6_release/apis/3.0/service/tickets HTTP/1.1\r\nHost: x\r\n",
            10000);
        QVERIFY2(partial.peerClosed && !partial.timedOut, "a half-sent request kept its socket");
        // Keep-alive connections in use are not cut: HttpClient reuses one across these.
        for (int i = 0; i < 3; ++i) {
            CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s), 200);
            QThread::msleep(100);
        }
        QVERIFY(answers(sandbox, http));
    }

    // ---- limits on the command line -----------------------------------------------------

    void helpShowsTheLimitsAndTheirDefaults()
    {
        QByteArray out, err;
        QCOMPARE(SandboxProcess::runToCompletion({u"--help"_s}, &out, &err), 0);
        for (const char *option :
             {"--max-body-kib", "--max-header-kib", "--idle-timeout-ms", "--max-json-depth",
              "--max-orderby-keys", "--max-patch-ops", "--max-patch-depth"}) {
            const qsizetype at = out.indexOf(option);
            QVERIFY2(at >= 0, option);
            QVERIFY2(out.indexOf("Default:", at) >= 0, option);
        }
        QByteArray badOut, badErr;
        QVERIFY(SandboxProcess::runToCompletion({u"--max-json-depth"_s, u"5000"_s}, &badOut,
                                                &badErr) != 0);
        QVERIFY2(badErr.contains("--max-json-depth"), badErr.constData());
    }

    // ---- headers ------------------------------------------------------------------------

    void pathCannotInjectResponseHeaders()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        const QByteArray target =
            "/v4_6_release%0d%0aX-Injected:%20yes/apis/3.0/service/tickets?pageSize=2";
        const RawResult raw = rawExchange(sandbox.port(), rawHead(sandbox.port(), "GET", target) +
                                                              "Connection: close\r\n\r\n");
        QCOMPARE(raw.status(), 200);
        QVERIFY2(!raw.hasHeader("X-Injected"), raw.response.left(2000).constData());
        const QByteArray link = raw.header("Link");
        QVERIFY2(link.contains("/v4_6_release%0D%0AX-Injected%3A%20yes/apis/3.0/service/tickets?"),
                 link.constData());
        QVERIFY(answers(sandbox, http));
    }

    // ---- credentials --------------------------------------------------------------------

    void credentialsMustBeStrictBase64()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        const QByteArray good = SandboxProcess::defaultAuthorization(); // "Basic …"
        CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s, {}, {{"Authorization", good}}), 200);
        const QByteArray encoded = good.mid(6);
        for (const QByteArray &bad : QList<QByteArray>{
                 "Basic " + encoded.left(4) + '*' + encoded.mid(4), "Basic " + encoded + "!!",
                 "Basic " + encoded.left(8) + '.' + encoded.mid(8)}) {
            const HttpResult r =
                http.get(u"/service/tickets/count"_s, {}, {{"Authorization", bad}});
            QVERIFY2(r.status == 401,
                     qPrintable(QString::fromLatin1(bad) + u" -> "_s + r.describe()));
        }
        QVERIFY(answers(sandbox, http));
    }

    // ---- callbacks ----------------------------------------------------------------------

    void callbackHostsMustBeLoopbackLiterals_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::newRow("name that starts like 127") << u"http://127.0.0.1.nip.io/hook"_s << 400;
        QTest::newRow("any 127. name") << u"http://127.anything.example/hook"_s << 400;
        QTest::newRow("localhost. suffix") << u"http://localhost.example/hook"_s << 400;
        QTest::newRow("other address") << u"http://10.0.0.1/hook"_s << 400;
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:9/hook?id="_s << 201;
        QTest::newRow("127.8.9.10") << u"http://127.8.9.10:9/hook"_s << 201;
        QTest::newRow("::1") << u"http://[::1]:9/hook"_s << 201;
        QTest::newRow("localhost") << u"https://localhost:9/hook"_s << 201;
    }

    void callbackHostsMustBeLoopbackLiterals()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        // One sandbox for all rows.
        HttpClient &http = m_sharedHttp;
        if (!m_shared) {
            m_shared = std::make_unique<SandboxProcess>();
            QString error;
            QVERIFY2(startSandbox(*m_shared, http, small(), &error), qPrintable(error));
        }
        const HttpResult r =
            http.post(u"/system/callbacks"_s,
                      QJsonObject{{u"url"_s, url},
                                  {u"objectId"_s, 1},
                                  {u"type"_s, u"ticket"_s},
                                  {u"level"_s, u"owner"_s},
                                  {u"description"_s, QString::fromUtf8(QTest::currentDataTag())}});
        CW_CHECK_STATUS(r, status);
        if (status == 201)
            CW_CHECK_STATUS(
                http.del(u"/system/callbacks/%1"_s.arg(r.object().value(u"id"_s).toInt())), 204);
    }

    void callbacksDoNotFollowRedirects()
    {
        HookServer first, elsewhere;
        QVERIFY(first.listen());
        QVERIFY(elsewhere.listen());
        first.setResponseStatus(307);
        first.setLocation(elsewhere.url(u"/stolen"_s).toEncoded());
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        CW_CHECK_STATUS(http.post(u"/system/callbacks"_s,
                                  QJsonObject{{u"url"_s, first.url(u"/hook?id="_s).toString()},
                                              {u"objectId"_s, 1},
                                              {u"type"_s, u"ticket"_s},
                                              {u"level"_s, u"owner"_s}}),
                        201);
        const int id = firstTicketId(http);
        CW_CHECK_STATUS(
            http.patch(u"/service/tickets/%1"_s.arg(id), patchAt(u"summary"_s, u"Redirect me"_s)),
            200);
        QVERIFY2(first.waitForRequests(1), "the callback was not delivered at all");
        QVERIFY2(!elsewhere.waitForRequests(1, 2500), "the callback followed a redirect");
        QVERIFY(answers(sandbox, http));
    }

    // ---- warnings -----------------------------------------------------------------------

    void nonLoopbackBindWithDefaultCredentialsWarns()
    {
        auto warningOf = [](SandboxProcess &sandbox) {
            QDeadlineTimer deadline(3000);
            QByteArray err;
            while (!deadline.hasExpired() && !(err = sandbox.errorOutput()).contains("warning"))
                QThread::msleep(50);
            return err;
        };
        {
            SandboxProcess sandbox;
            QVERIFY2(sandbox.start(small() + QStringList{u"--bind"_s, u"0.0.0.0"_s}),
                     qPrintable(sandbox.errorString()));
            const QByteArray err = warningOf(sandbox);
            QVERIFY2(err.contains("warning") && err.contains("0.0.0.0") &&
                         err.contains("--private-key"),
                     err.constData());
            QVERIFY(sandbox.stop());
        }
        {
            // Own credentials, or loopback: nothing to warn about.
            SandboxProcess sandbox;
            QVERIFY2(sandbox.start(small() + QStringList{u"--bind"_s, u"0.0.0.0"_s,
                                                         u"--private-key"_s, u"s3cret-enough"_s}),
                     qPrintable(sandbox.errorString()));
            QThread::msleep(300);
            QVERIFY2(!sandbox.errorOutput().contains("warning"), sandbox.errorOutput().constData());
            QVERIFY(sandbox.stop());
        }
        {
            SandboxProcess sandbox;
            QVERIFY2(sandbox.start(small()), qPrintable(sandbox.errorString()));
            QThread::msleep(300);
            QVERIFY2(!sandbox.errorOutput().contains("warning"), sandbox.errorOutput().constData());
            QVERIFY(sandbox.stop());
        }
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestSandboxHardening)
#include "test_sandbox_hardening.moc"
