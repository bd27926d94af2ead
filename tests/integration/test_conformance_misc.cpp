// Conformance of the sandbox as a program: command line (--help, --version, bad options, fixed
// port, bind, credentials), signals, HTTPS with a certificate made at test time, callbacks
// delivered to a local receiver, persistence across restarts, same seed same data, latency,
// injected faults and the rate limit.
#include "conformance.h"
#include "hookserver.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestConformanceMisc : public QObject
{
    Q_OBJECT

    static QStringList small(int seed = 3)
    {
        return {u"--tickets"_s, u"60"_s, u"--seed"_s, QString::number(seed)};
    }

    // "http://127.0.0.1:PORT" of a running sandbox.
    static QByteArray root(const SandboxProcess &sandbox)
    {
        QUrl url = sandbox.baseUrl();
        url.setPath(QString());
        return url.toEncoded();
    }

    // Every string in `value` that names a 127.0.0.1 URL must use the current root.
    static QStringList staleUrls(const QJsonValue &value, const QByteArray &currentRoot)
    {
        QStringList stale;
        if (value.isArray()) {
            for (const auto &v : value.toArray())
                stale += staleUrls(v, currentRoot);
        } else if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                stale += staleUrls(it.value(), currentRoot);
        } else if (value.isString() && value.toString().contains(u"127.0.0.1:"_s) &&
                   !value.toString().contains(QString::fromLatin1(currentRoot))) {
            stale.append(value.toString());
        }
        return stale;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    static QJsonObject ticketBody(HttpClient &http, const QString &summary)
    {
        const int company = http.get(u"/company/companies"_s, {{u"pageSize"_s, u"1"_s}})
                                .array()
                                .at(0)
                                .toObject()
                                .value(u"id"_s)
                                .toInt();
        return QJsonObject{{u"summary"_s, summary},
                           {u"company"_s, QJsonObject{{u"id"_s, company}}}};
    }

private Q_SLOTS:
    // ---- command line -----------------------------------------------------------------

    void help()
    {
        QByteArray out, err;
        QCOMPARE(SandboxProcess::runToCompletion({u"--help"_s}, &out, &err), 0);
        const QByteArray text = out + err;
        for (const char *option :
             {"--port", "--bind", "--data", "--tickets", "--seed", "--company", "--public-key",
              "--private-key", "--cert", "--key", "--latency-ms", "--fault-rate", "--faults",
              "--rate-limit", "--now", "--help", "--version"})
            QVERIFY2(text.contains(option),
                     qPrintable(u"--help does not mention "_s + QString::fromLatin1(option)));
        QVERIFY2(!out.contains("http://127.0.0.1"), "--help started a server");
    }

    void version()
    {
        QByteArray out, err;
        QCOMPARE(SandboxProcess::runToCompletion({u"--version"_s}, &out, &err), 0);
        QVERIFY2(out.contains(CW_VERSION),
                 qPrintable(u"--version printed: "_s + QString::fromUtf8(out + err)));
        QVERIFY2(!out.contains("http://"), "--version started a server");
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{u"--no-such-option"_s};
        QTest::newRow("port not a number") << QStringList{u"--port"_s, u"abc"_s};
        QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("tickets not a number") << QStringList{u"--tickets"_s, u"many"_s};
        QTest::newRow("fault rate above 1")
            << QStringList{u"--fault-rate"_s, u"2"_s, u"--faults"_s, u"500"_s};
        QTest::newRow("unknown fault")
            << QStringList{u"--fault-rate"_s, u"0.5"_s, u"--faults"_s, u"explode"_s};
        QTest::newRow("cert without key") << QStringList{u"--cert"_s, u"/nonexistent/cert.pem"_s};
        QTest::newRow("missing cert file") << QStringList{u"--cert"_s, u"/nonexistent/cert.pem"_s,
                                                          u"--key"_s, u"/nonexistent/key.pem"_s};
        QTest::newRow("bad bind address") << QStringList{u"--bind"_s, u"not-an-address"_s};
        QTest::newRow("now not a time") << QStringList{u"--now"_s, u"yesterday"_s};
        QTest::newRow("now not in UTC") << QStringList{u"--now"_s, u"2026-01-27T20:00:00+02:00"_s};
    }

    void badOptions()
    {
        QFETCH(QStringList, args);
        QByteArray out, err;
        const int code = SandboxProcess::runToCompletion(
            QStringList{u"--port"_s, u"0"_s, u"--tickets"_s, u"10"_s} + args, &out, &err, 20000);
        QVERIFY2(code != 0 && code > -1000,
                 qPrintable(u"exit code %1 (expected a failure exit); stdout: %2"_s.arg(code).arg(
                     QString::fromUtf8(out.left(300)))));
        QVERIFY2(!out.contains("http"),
                 qPrintable(u"printed a URL: "_s + QString::fromUtf8(out.left(300))));
        QVERIFY2(!err.trimmed().isEmpty(), "no message on stderr");
    }

    void fixedPortAndBind()
    {
        const quint16 port = freePort();
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(small() + QStringList{u"--port"_s, QString::number(port),
                                                     u"--bind"_s, u"127.0.0.1"_s}),
                 qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.baseUrlString(), u"http://127.0.0.1:%1/v4_6_release/apis/3.0"_s.arg(port));
        HttpClient http(sandbox.baseUrl());
        CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s), 200);

        // a second instance on the same port fails cleanly
        QByteArray out, err;
        const int code = SandboxProcess::runToCompletion(
            small() + QStringList{u"--port"_s, QString::number(port)}, &out, &err, 30000);
        QVERIFY2(code != 0 && code > -1000,
                 qPrintable(u"second instance on a busy port: exit %1"_s.arg(code)));
        QVERIFY2(!err.trimmed().isEmpty(), "no message for a busy port");
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }

    void requestLogNeverShowsCredentials()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http,
                              small() + QStringList{u"--log-requests"_s, u"--private-key"_s,
                                                    u"sk-very-secret"_s},
                              &error),
                 qPrintable(error));
        http.setDefaultHeader(
            "Authorization",
            SandboxProcess::authorization(u"sandbox"_s, u"sandbox-public"_s, u"sk-very-secret"_s));
        CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s), 200);
        CW_CHECK_STATUS(http.get(u"/service/no-such-thing"_s), 404);
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
        const QByteArray log = sandbox.errorOutput();
        QVERIFY2(log.contains("GET /v4_6_release/apis/3.0/service/tickets/count 200"),
                 log.constData());
        QVERIFY2(log.contains("/service/no-such-thing 404"), log.constData());
        QVERIFY2(!log.contains("sk-very-secret"), log.constData());
        QVERIFY2(!log.contains(SandboxProcess::authorization(u"sandbox"_s, u"sandbox-public"_s,
                                                             u"sk-very-secret"_s)
                                   .mid(6)),
                 log.constData());
    }

    void customCredentials()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http,
                              small() + QStringList{u"--company"_s, u"acme"_s, u"--public-key"_s,
                                                    u"pk1"_s, u"--private-key"_s, u"sk1"_s},
                              &error),
                 qPrintable(error));
        CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s), 401);
        http.setDefaultHeader("Authorization",
                              SandboxProcess::authorization(u"acme"_s, u"pk1"_s, u"sk1"_s));
        CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s), 200);
        http.setDefaultHeader("Authorization",
                              SandboxProcess::authorization(u"acme"_s, u"pk1"_s, u"wrong"_s));
        CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s), 401);

        HttpClient anonymous;
        anonymous.setDefaultHeader("Authorization", {});
        QUrl root = sandbox.baseUrl();
        root.setPath(QString());
        anonymous.setBaseUrl(root);
        const HttpResult acme = anonymous.get(u"/login/companyinfo/acme"_s);
        CW_CHECK_STATUS(acme, 200);
        QVERIFY2(acme.object()
                         .value(u"CompanyID"_s)
                         .toString()
                         .compare(u"acme"_s, Qt::CaseInsensitive) == 0,
                 qPrintable(acme.describe()));
        const HttpResult old = anonymous.get(u"/login/companyinfo/sandbox"_s);
        CW_CHECK_STATUS(old, 200);
        bool ok = false;
        QVERIFY2(old.json(&ok).isNull() && ok, qPrintable(old.describe()));
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }

    // ---- signals ------------------------------------------------------------------------

    void stopsCleanlyOnSignals_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void stopsCleanlyOnSignals()
    {
        QFETCH(int, signal);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(small()), qPrintable(sandbox.errorString()));
        HttpClient http(sandbox.baseUrl());
        CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s), 200);
        QVERIFY2(sandbox.stop(signal, 10000), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.exitCode(), 0);
    }

    void stopsCleanlyWithRequestsInFlight()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(small() + QStringList{u"--latency-ms"_s, u"1500"_s}),
                 qPrintable(sandbox.errorString()));
        HttpClient http(sandbox.baseUrl());
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(http.start({"GET", http.url(u"/service/tickets"_s), {}, {}}));
        QTest::qWait(300);
        QVERIFY2(sandbox.stop(SIGTERM, 10000), qPrintable(sandbox.errorString()));
        for (QNetworkReply *reply : replies) {
            reply->abort();
            reply->deleteLater();
        }
    }

    // ---- HTTPS ----------------------------------------------------------------------------

    void https()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                       u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                       u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 qPrintable(QString::fromUtf8(openssl.readAllStandardError())));
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(cert);
        QCOMPARE(certs.size(), 1);

        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(small() + QStringList{u"--cert"_s, cert, u"--key"_s, key}),
                 qPrintable(sandbox.errorString()));
        QVERIFY2(sandbox.baseUrlString().startsWith(u"https://127.0.0.1:"_s),
                 qPrintable(sandbox.baseUrlString()));
        QVERIFY(sandbox.baseUrlString().endsWith(u"/v4_6_release/apis/3.0"_s));

        // Without trusting the certificate, verification fails: it really is TLS with that cert.
        HttpClient untrusting(sandbox.baseUrl());
        const HttpResult refused = untrusting.get(u"/service/tickets/count"_s);
        QVERIFY2(refused.status == 0 && refused.error == QNetworkReply::SslHandshakeFailedError,
                 qPrintable(refused.describe()));

        HttpClient https(sandbox.baseUrl());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(certs);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        https.setSslConfiguration(ssl);
        const HttpResult count = https.get(u"/service/tickets/count"_s);
        CW_CHECK_STATUS(count, 200);
        QCOMPARE(count.object().value(u"count"_s).toInt(), 60);
        const HttpResult list = https.get(u"/service/tickets"_s, {{u"pageSize"_s, u"60"_s}});
        CW_CHECK_STATUS(list, 200);
        CW_CHECK_SCHEMA_ARRAY(list.json(), u"Ticket"_s, u"tickets over HTTPS"_s);
        // Link URLs use the https scheme
        const HttpResult paged = https.get(u"/service/tickets"_s, {{u"pageSize"_s, u"10"_s}});
        QVERIFY2(linkFor(paged.header("Link"), u"next"_s).startsWith(u"https://127.0.0.1:"_s),
                 paged.header("Link").constData());
        const HttpResult created =
            https.post(u"/service/tickets"_s, ticketBody(https, u"over TLS"_s));
        CW_CHECK_STATUS(created, 201);
        const QJsonObject info = created.object().value(u"_info"_s).toObject();
        for (auto it = info.begin(); it != info.end(); ++it) {
            if (it.key().endsWith(u"_href"_s))
                QVERIFY2(it.value().toString().startsWith(u"https://"_s),
                         qPrintable(it.key() + u": "_s + it.value().toString()));
        }

        // Plain HTTP to the TLS port gets no API answer.
        QUrl plain = sandbox.baseUrl();
        plain.setScheme(u"http"_s);
        HttpClient http(plain);
        http.setTimeoutMs(5000);
        const HttpResult cleartext = http.get(u"/service/tickets/count"_s);
        QVERIFY2(cleartext.status != 200, qPrintable(cleartext.describe()));
        CW_CHECK_STATUS(https.get(u"/service/tickets/count"_s), 200);
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }

    // ---- callbacks --------------------------------------------------------------------

    void callbacksAreDelivered()
    {
        HookServer hook;
        QVERIFY(hook.listen());
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, small(), &error), qPrintable(error));
        const HttpResult registered =
            http.post(u"/system/callbacks"_s,
                      QJsonObject{{u"url"_s, hook.url(u"/hook?recordId="_s).toString()},
                                  {u"objectId"_s, 1},
                                  {u"type"_s, u"ticket"_s},
                                  {u"level"_s, u"owner"_s},
                                  {u"description"_s, u"x"_s}});
        CW_CHECK_STATUS(registered, 201);
        CW_CHECK_SCHEMA(registered.json(), u"CallbackEntry"_s, registered.describe());
        const int callbackId = registered.object().value(u"id"_s).toInt();

        // a duplicate registration is refused (ObjectExists)
        const HttpResult duplicate = http.post(u"/system/callbacks"_s, registered.object());
        QVERIFY2(duplicate.status == 400, qPrintable(duplicate.describe()));

        const HttpResult created = http.post(u"/service/tickets"_s, ticketBody(http, u"Hooked"_s));
        CW_CHECK_STATUS(created, 201);
        const int id = created.object().value(u"id"_s).toInt();
        QVERIFY2(hook.waitForRequests(1), "no callback after adding a ticket");
        const HttpResult patched =
            http.patch(u"/service/tickets/%1"_s.arg(id),
                       QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                              {u"path"_s, u"summary"_s},
                                              {u"value"_s, u"Hooked again"_s}}});
        CW_CHECK_STATUS(patched, 200);
        QVERIFY2(hook.waitForRequests(2), "no callback after updating a ticket");
        CW_CHECK_STATUS(http.del(u"/service/tickets/%1"_s.arg(id)), 204);
        QVERIFY2(hook.waitForRequests(3), "no callback after deleting a ticket");

        const QList<HookRequest> requests = hook.requests();
        const QStringList actions{u"added"_s, u"updated"_s, u"deleted"_s};
        QSet<QString> messageIds;
        for (int i = 0; i < 3; ++i) {
            const HookRequest &r = requests.at(i);
            QCOMPARE(r.method, QByteArray("POST"));
            QVERIFY2(r.target.startsWith("/hook?recordId="), r.target.constData());
            QVERIFY2(r.target.contains(QByteArray("recordId=" + QByteArray::number(id))),
                     qPrintable(u"the record id should be appended to the URL: "_s +
                                QString::fromUtf8(r.target)));
            QVERIFY2(r.header("Content-Type").toLower().startsWith("application/json"),
                     r.header("Content-Type").constData());
            bool ok = false;
            const QJsonObject payload = parseJson(r.body, &ok).toObject();
            QVERIFY2(ok, r.body.constData());
            QCOMPARE(payload.value(u"Action"_s).toString(), actions[i]);
            QCOMPARE(payload.value(u"Type"_s).toString(), u"ticket"_s);
            QCOMPARE(payload.value(u"ID"_s).toInt(), id);
            for (const QString &key : {u"MessageId"_s, u"FromUrl"_s, u"CompanyId"_s, u"MemberId"_s})
                QVERIFY2(payload.value(key).isString() && !payload.value(key).toString().isEmpty(),
                         qPrintable(key + u" missing: "_s + QString::fromUtf8(r.body)));
            QCOMPARE(payload.value(u"CompanyId"_s).toString(), u"sandbox"_s);
            messageIds.insert(payload.value(u"MessageId"_s).toString());
            if (i < 2) {
                QVERIFY2(
                    payload.value(u"Entity"_s).isString(),
                    qPrintable(u"Entity should be a JSON string: "_s + QString::fromUtf8(r.body)));
                bool entityOk = false;
                const QJsonObject entity =
                    parseJson(payload.value(u"Entity"_s).toString().toUtf8(), &entityOk).toObject();
                QVERIFY2(entityOk, qPrintable(payload.value(u"Entity"_s).toString()));
                QCOMPARE(entity.value(u"id"_s).toInt(), id);
                QCOMPARE(entity.value(u"summary"_s).toString(),
                         i == 0 ? u"Hooked"_s : u"Hooked again"_s);
                CW_CHECK_SCHEMA(entity, u"Ticket"_s, u"callback Entity"_s);
            } else {
                QVERIFY2(
                    payload.contains(u"Entity"_s) && payload.value(u"Entity"_s).isNull(),
                    qPrintable(u"Entity should be null on delete: "_s + QString::fromUtf8(r.body)));
            }
        }
        QCOMPARE(messageIds.size(), 3);

        // after unregistering, nothing more arrives
        CW_CHECK_STATUS(http.del(u"/system/callbacks/%1"_s.arg(callbackId)), 204);
        hook.clear();
        CW_CHECK_STATUS(http.post(u"/service/tickets"_s, ticketBody(http, u"Unhooked"_s)), 201);
        QVERIFY2(!hook.waitForRequests(1, 1500), "callback delivered after the entry was deleted");

        // a receiver that fails does not hurt the API
        hook.setResponseStatus(500);
        CW_CHECK_STATUS(
            http.post(u"/system/callbacks"_s,
                      QJsonObject{{u"url"_s, hook.url(u"/failing?recordId="_s).toString()},
                                  {u"objectId"_s, 1},
                                  {u"type"_s, u"ticket"_s},
                                  {u"level"_s, u"owner"_s}}),
            201);
        const HttpResult stillFine =
            http.post(u"/service/tickets"_s, ticketBody(http, u"Receiver fails"_s));
        CW_CHECK_STATUS(stillFine, 201);
        QVERIFY2(hook.waitForRequests(1), "no delivery to the failing receiver");
        QVERIFY2(stillFine.elapsedMs < 3000, "ticket write waited for the callback receiver");
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }

    // ---- persistence and determinism --------------------------------------------------

    void dataSurvivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"sandbox.db"_s);
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, QStringList{u"--data"_s, file} + small(4), &error),
                 qPrintable(error));

        const HttpResult created =
            http.post(u"/service/tickets"_s, ticketBody(http, u"Persist me ✓"_s));
        CW_CHECK_STATUS(created, 201);
        const int a = created.object().value(u"id"_s).toInt();
        const HttpResult note = http.post(
            u"/service/tickets/%1/notes"_s.arg(a),
            QJsonObject{{u"text"_s, u"Persisted note"_s}, {u"detailDescriptionFlag"_s, true}});
        CW_CHECK_STATUS(note, 201);
        const QJsonArray first =
            http.get(u"/service/tickets"_s, {{u"pageSize"_s, u"3"_s}, {u"orderBy"_s, u"id asc"_s}})
                .array();
        QCOMPARE(first.size(), 3);
        const int b = first.at(0).toObject().value(u"id"_s).toInt();
        const int c = first.at(1).toObject().value(u"id"_s).toInt();
        const HttpResult patched =
            http.patch(u"/service/tickets/%1"_s.arg(b),
                       QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                              {u"path"_s, u"summary"_s},
                                              {u"value"_s, u"Patched before restart"_s}}});
        CW_CHECK_STATUS(patched, 200);
        CW_CHECK_STATUS(http.del(u"/service/tickets/%1"_s.arg(c)), 204);
        const HttpResult kb = http.post(u"/service/knowledgeBaseArticles"_s,
                                        QJsonObject{{u"title"_s, u"Persisted KB"_s},
                                                    {u"issue"_s, u"i"_s},
                                                    {u"resolution"_s, u"r"_s}});
        CW_CHECK_STATUS(kb, 201);
        QJsonArray before;
        QVERIFY2(fetchAll(http, u"/service/tickets"_s, &before, &error), qPrintable(error));
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));

        // Restart with other generation options: the file wins.
        for (int round = 0; round < 2; ++round) {
            QVERIFY2(startSandbox(sandbox, http,
                                  QStringList{u"--data"_s, file, u"--tickets"_s, u"10"_s,
                                              u"--seed"_s, u"99"_s},
                                  &error),
                     qPrintable(error));
            QJsonArray after;
            QVERIFY2(fetchAll(http, u"/service/tickets"_s, &after, &error), qPrintable(error));
            QCOMPARE(after.size(), before.size());
            const auto beforeMap = byId(before);
            const auto afterMap = byId(after);
            QCOMPARE(afterMap.keys(), beforeMap.keys());
            for (auto it = beforeMap.cbegin(); it != beforeMap.cend(); ++it) {
                const QJsonObject was = it.value();
                const QJsonObject is = afterMap.value(it.key());
                QVERIFY2(
                    withoutInfo(is) == withoutInfo(was),
                    qPrintable(
                        u"ticket %1 changed across restart:\n was %2\n is  %3"_s.arg(it.key()).arg(
                            QString::fromUtf8(toJson(withoutInfo(was)).left(600)),
                            QString::fromUtf8(toJson(withoutInfo(is)).left(600)))));
                for (const QString &k :
                     {u"dateEntered"_s, u"lastUpdated"_s, u"enteredBy"_s, u"updatedBy"_s})
                    QCOMPARE(valueAt(is, u"_info/"_s + k), valueAt(was, u"_info/"_s + k));
            }
            // URLs inside records (hrefs, imageLink) point at the restarted server, not the old
            // port.
            for (const QString &path :
                 {u"/service/tickets"_s, u"/service/priorities"_s, u"/service/boards"_s,
                  u"/service/tickets/%1/notes"_s.arg(a), u"/company/companies"_s}) {
                const HttpResult list = http.get(path, {{u"pageSize"_s, u"50"_s}});
                CW_CHECK_STATUS(list, 200);
                const QStringList stale = staleUrls(list.json(), root(sandbox));
                QVERIFY2(stale.isEmpty(),
                         qPrintable(path + u" after restart names another server: "_s +
                                    stale.mid(0, 3).join(u", "_s)));
            }
            QCOMPARE(afterMap.value(a).value(u"summary"_s).toString(), u"Persist me ✓"_s);
            QCOMPARE(afterMap.value(b).value(u"summary"_s).toString(), u"Patched before restart"_s);
            CW_CHECK_STATUS(http.get(u"/service/tickets/%1"_s.arg(c)), 404);
            const HttpResult notes = http.get(u"/service/tickets/%1/notes"_s.arg(a));
            CW_CHECK_STATUS(notes, 200);
            QCOMPARE(notes.array().size(), 1);
            QCOMPARE(notes.array().at(0).toObject().value(u"text"_s).toString(),
                     u"Persisted note"_s);
            const HttpResult article = http.get(
                u"/service/knowledgeBaseArticles/%1"_s.arg(kb.object().value(u"id"_s).toInt()));
            CW_CHECK_STATUS(article, 200);
            QCOMPARE(article.object().value(u"title"_s).toString(), u"Persisted KB"_s);
            // ids keep counting up and the clock keeps going forward
            const HttpResult next = http.post(u"/service/tickets"_s,
                                              ticketBody(http, u"After restart %1"_s.arg(round)));
            CW_CHECK_STATUS(next, 201);
            QVERIFY2(next.object().value(u"id"_s).toInt() > a, qPrintable(next.describe()));
            QVERIFY(parseInstant(valueAt(next.object(), u"_info/lastUpdated"_s).toString()) >
                    parseInstant(valueAt(patched.object(), u"_info/lastUpdated"_s).toString()));
            QVERIFY2(fetchAll(http, u"/service/tickets"_s, &before, &error), qPrintable(error));
            QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
        }
    }

    void sameSeedSameData()
    {
        SandboxProcess one, two, other;
        HttpClient h1, h2, h3;
        QString error;
        // Generated dates follow the sandbox's clock: the runs share a pinned --now.
        const QStringList now{u"--now"_s, u"2026-03-02T15:30:00Z"_s};
        const QStringList args = QStringList{u"--tickets"_s, u"150"_s, u"--seed"_s, u"77"_s} + now;
        QVERIFY2(startSandbox(one, h1, args, &error), qPrintable(error));
        QVERIFY2(startSandbox(two, h2, args, &error), qPrintable(error));
        QVERIFY2(startSandbox(other, h3,
                              QStringList{u"--tickets"_s, u"150"_s, u"--seed"_s, u"78"_s} + now,
                              &error),
                 qPrintable(error));
        for (const QString &path :
             {u"/service/tickets"_s, u"/service/boards"_s, u"/company/companies"_s,
              u"/company/contacts"_s, u"/system/members"_s, u"/service/knowledgeBaseArticles"_s,
              u"/service/priorities"_s, u"/company/configurations"_s}) {
            QJsonArray a, b;
            QVERIFY2(fetchAll(h1, path, &a, &error), qPrintable(error));
            QVERIFY2(fetchAll(h2, path, &b, &error), qPrintable(error));
            QVERIFY2(!a.isEmpty(), qPrintable(path));
            // Links embed each server's port; compare with the URL roots blanked out.
            const QByteArray ja = toJson(withoutInfo(a)).replace(root(one), "BASE");
            const QByteArray jb = toJson(withoutInfo(b)).replace(root(two), "BASE");
            QVERIFY2(ja == jb,
                     qPrintable(path + u" differs between two runs with the same seed"_s));
        }
        QJsonArray ta, tc;
        QVERIFY2(
            fetchAll(
                h1,
                u"/service/tickets/%1/notes"_s.arg(
                    h1.get(u"/service/tickets"_s).array().at(3).toObject().value(u"id"_s).toInt()),
                &ta, &error),
            qPrintable(error));
        QVERIFY2(
            fetchAll(
                h2,
                u"/service/tickets/%1/notes"_s.arg(
                    h2.get(u"/service/tickets"_s).array().at(3).toObject().value(u"id"_s).toInt()),
                &tc, &error),
            qPrintable(error));
        QVERIFY(withoutInfo(ta) == withoutInfo(tc));
        QJsonArray x, y;
        QVERIFY2(fetchAll(h1, u"/service/tickets"_s, &x, &error), qPrintable(error));
        QVERIFY2(fetchAll(h3, u"/service/tickets"_s, &y, &error), qPrintable(error));
        QVERIFY2(withoutInfo(x) != withoutInfo(y), "a different seed gave the same tickets");
        QVERIFY2(one.stop(), qPrintable(one.errorString()));
        QVERIFY2(two.stop(), qPrintable(two.errorString()));
        QVERIFY2(other.stop(), qPrintable(other.errorString()));
    }

    // ---- latency, faults, rate limit ---------------------------------------------------

    void latency()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(
            startSandbox(sandbox, http, small() + QStringList{u"--latency-ms"_s, u"300"_s}, &error),
            qPrintable(error));
        for (int i = 0; i < 4; ++i) {
            const HttpResult r = http.get(u"/service/tickets/count"_s);
            CW_CHECK_STATUS(r, 200);
            QVERIFY2(r.elapsedMs >= 280,
                     qPrintable(u"answered in %1 ms with --latency-ms 300"_s.arg(r.elapsedMs)));
            QVERIFY2(r.elapsedMs < 3000,
                     qPrintable(u"answered in %1 ms with --latency-ms 300"_s.arg(r.elapsedMs)));
        }
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << u"500"_s;
        QTest::newRow("503") << u"503"_s;
        QTest::newRow("429") << u"429"_s;
        QTest::newRow("reset") << u"reset"_s;
        QTest::newRow("truncate") << u"truncate"_s;
        QTest::newRow("garbage") << u"garbage"_s;
    }

    void faults()
    {
        QFETCH(QString, fault);
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(
            startSandbox(sandbox, http,
                         small() + QStringList{u"--fault-rate"_s, u"1"_s, u"--faults"_s, fault},
                         &error),
            qPrintable(error));
        http.setTimeoutMs(10000);
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = http.get(u"/service/tickets"_s, {{u"pageSize"_s, u"20"_s}});
            bool validJson = false;
            r.json(&validJson);
            if (fault == u"500"_s || fault == u"503"_s || fault == u"429"_s) {
                CW_CHECK_STATUS(r, fault.toInt());
                // A 503 may come as a load balancer's HTML page; 500 and 429 are the API's JSON.
                if (fault != u"503"_s)
                    QVERIFY2(validJson, qPrintable(r.describe()));
                if (fault == u"429"_s) {
                    bool ok = false;
                    const int retryAfter = r.header("Retry-After").toInt(&ok);
                    QVERIFY2(ok && retryAfter >= 1,
                             qPrintable(u"Retry-After: "_s +
                                        QString::fromLatin1(r.header("Retry-After"))));
                } else if (fault == u"500"_s) {
                    CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
                }
            } else if (fault == u"reset"_s) {
                QVERIFY2(r.status == 0 && r.error != QNetworkReply::NoError,
                         qPrintable(r.describe()));
            } else {
                // truncate / garbage: whatever arrives is not a usable JSON page
                QVERIFY2(r.error != QNetworkReply::NoError || !validJson,
                         qPrintable(u"a '%1' fault delivered a valid response: "_s.arg(fault) +
                                    r.describe(200)));
            }
        }
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }

    void partialFaultRate()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http,
                              small() + QStringList{u"--fault-rate"_s, u"0.5"_s, u"--faults"_s,
                                                    u"500,503"_s},
                              &error),
                 qPrintable(error));
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < 60; ++i) {
            const HttpResult r = http.get(u"/service/tickets/count"_s);
            if (r.status == 200)
                ++ok;
            else if (r.status == 500 || r.status == 503)
                ++failed;
            else
                QFAIL(qPrintable(u"unexpected answer: "_s + r.describe()));
        }
        // P(all one kind) = 2^-59; a rate far from one half suggests the option is ignored.
        QVERIFY2(ok >= 10 && failed >= 10,
                 qPrintable(u"%1 ok, %2 faults of 60 at rate 0.5"_s.arg(ok).arg(failed)));
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }

    void rateLimit()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(
            startSandbox(sandbox, http, small() + QStringList{u"--rate-limit"_s, u"20"_s}, &error),
            qPrintable(error));
        for (int i = 0; i < 20; ++i)
            CW_CHECK_STATUS(http.get(u"/service/tickets/count"_s), 200);
        const HttpResult limited = http.get(u"/service/tickets/count"_s);
        CW_CHECK_STATUS(limited, 429);
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 60,
                 qPrintable(u"Retry-After: '"_s +
                            QString::fromLatin1(limited.header("Retry-After")) + u"'"_s));
        bool json = false;
        limited.json(&json);
        QVERIFY2(json && !limited.object().value(u"message"_s).toString().isEmpty(),
                 qPrintable(limited.describe()));
        // still limited for the following requests, including writes
        CW_CHECK_STATUS(http.post(u"/service/tickets"_s, QJsonObject{{u"summary"_s, u"x"_s}}), 429);
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }

    void zeroTickets()
    {
        SandboxProcess sandbox;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(sandbox, http, {u"--tickets"_s, u"0"_s}, &error), qPrintable(error));
        const HttpResult count = http.get(u"/service/tickets/count"_s);
        CW_CHECK_STATUS(count, 200);
        QCOMPARE(count.object().value(u"count"_s).toInt(-1), 0);
        const HttpResult list = http.get(u"/service/tickets"_s);
        CW_CHECK_STATUS(list, 200);
        QVERIFY(list.isJsonArray() && list.array().isEmpty());
        const HttpResult fo =
            http.get(u"/service/tickets"_s, {}, {{"pagination-type", "forward-only"}});
        CW_CHECK_STATUS(fo, 200);
        const RawResult raw =
            rawGet(http.url(u"/service/tickets"_s), {{"pagination-type", "forward-only"}});
        QVERIFY2(raw.status() == 200 && raw.hasHeader("Link"),
                 qPrintable(u"forward-only on an empty list must still send Link: "_s +
                            QString::fromLatin1(raw.response.left(300))));
        QVERIFY2(!http.get(u"/service/boards"_s).array().isEmpty(),
                 "reference data should exist without tickets");
        QVERIFY2(sandbox.stop(), qPrintable(sandbox.errorString()));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestConformanceMisc)
#include "test_conformance_misc.moc"
