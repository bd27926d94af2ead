// Conformance of the sandbox's error handling: 400/401/404/405/415 with ConnectWise-shaped bodies,
// malformed conditions naming the position, and hostile input (huge headers, invalid JSON,
// binary, deep nesting, absurd ids and page numbers) that must neither crash the server nor
// change its data.
#include "conformance.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestConformanceErrors : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    HttpClient m_http;
    QByteArray m_fingerprint; // hash of all tickets (with children) before the abuse
    int m_ticket = 0;         // an existing ticket id
    QList<HttpResult> m_errorResponses;

    // Hash of everything a client can read about tickets, boards and KB (order-independent).
    QByteArray fingerprint(QString *error)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &path :
             {u"/service/tickets"_s, u"/service/boards"_s, u"/service/knowledgeBaseArticles"_s,
              u"/system/callbacks"_s, u"/service/priorities"_s}) {
            QJsonArray all;
            if (!fetchAll(m_http, path, &all, error))
                return {};
            const QMap<int, QJsonObject> map = byId(all);
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                hash.addData(toJson(it.value()));
        }
        for (const QString &child : {u"notes"_s, u"tasks"_s, u"configurations"_s}) {
            const HttpResult r = m_http.get(u"/service/tickets/%1/%2"_s.arg(m_ticket).arg(child));
            if (r.status != 200) {
                *error = r.describe();
                return {};
            }
            hash.addData(r.body);
        }
        return hash.result().toHex();
    }

    void remember(const HttpResult &r)
    {
        if (r.status >= 400)
            m_errorResponses.append(r);
    }

    // The server answers a normal request correctly.
    QString alive()
    {
        const HttpResult r = m_http.get(u"/service/tickets/%1"_s.arg(m_ticket));
        if (r.status != 200 || r.object().value(u"id"_s).toInt() != m_ticket)
            return u"server no longer answers: "_s + r.describe();
        if (!m_sandbox.isRunning())
            return u"server process exited"_s;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startSandbox(m_sandbox, m_http, {u"--tickets"_s, u"200"_s, u"--seed"_s, u"47"_s},
                              &error),
                 qPrintable(error));
        const HttpResult list = m_http.get(u"/service/tickets"_s, {{u"pageSize"_s, u"1"_s}});
        CW_CHECK_STATUS(list, 200);
        m_ticket = list.array().at(0).toObject().value(u"id"_s).toInt();
        QVERIFY(m_ticket > 0);
        m_fingerprint = fingerprint(&error);
        QVERIFY2(!m_fingerprint.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); }

    // ---- authentication ---------------------------------------------------------------

    void unauthorized_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong private key")
            << SandboxProcess::authorization(u"sandbox"_s, u"sandbox-public"_s, u"wrong"_s);
        QTest::newRow("wrong public key")
            << SandboxProcess::authorization(u"sandbox"_s, u"other-public"_s, u"sandbox-private"_s);
        QTest::newRow("wrong company")
            << SandboxProcess::authorization(u"other"_s, u"sandbox-public"_s, u"sandbox-private"_s);
        QTest::newRow("no company prefix")
            << QByteArray("Basic " + QByteArray("sandbox-public:sandbox-private").toBase64());
        QTest::newRow("no colon") << QByteArray("Basic " +
                                                QByteArray("sandbox+sandbox-public").toBase64());
        QTest::newRow("not base64") << QByteArray("Basic %%%not-base64%%%");
        QTest::newRow("bearer") << QByteArray("Bearer abc.def.ghi");
        QTest::newRow("scheme only") << QByteArray("Basic");
    }

    void unauthorized()
    {
        QFETCH(QByteArray, authorization);
        for (const QString &path :
             {u"/service/tickets"_s, u"/service/tickets/count"_s, u"/system/info"_s}) {
            const HttpResult r = m_http.get(path, {}, {{"Authorization", authorization}});
            // an empty value in the override list removes the default header
            CW_CHECK_STATUS(r, 401);
            CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
            QVERIFY2(!r.object().value(u"message"_s).toString().isEmpty(),
                     qPrintable(r.describe()));
            QVERIFY2(!r.body.contains("\"id\""), qPrintable(u"401 leaked data: "_s + r.describe()));
            remember(r);
        }
        // writes are refused too, and change nothing
        const HttpResult post = m_http.send("POST", m_http.url(u"/service/tickets"_s),
                                            "{\"summary\":\"intruder\",\"company\":{\"id\":1}}",
                                            {{"Authorization", authorization}});
        CW_CHECK_STATUS(post, 401);
        const HttpResult del =
            m_http.send("DELETE", m_http.url(u"/service/tickets/%1"_s.arg(m_ticket)), {},
                        {{"Authorization", authorization}});
        CW_CHECK_STATUS(del, 401);
        QVERIFY(alive().isEmpty());
    }

    void clientIdIsRequired()
    {
        HttpClient noClient(m_sandbox.baseUrl());
        noClient.setDefaultHeader("clientId", {});
        const HttpResult r = noClient.get(u"/service/tickets"_s);
        QVERIFY2(r.status == 400 || r.status == 401 || r.status == 403, qPrintable(r.describe()));
        CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
        QVERIFY2(r.body.toLower().contains("clientid"),
                 qPrintable(u"the refusal should say clientId is missing: "_s + r.describe()));
        remember(r);
        // header names are case-insensitive
        const HttpResult lower =
            noClient.get(u"/service/tickets/count"_s, {}, {{"clientid", "abc"}});
        CW_CHECK_STATUS(lower, 200);
        const HttpResult upper =
            noClient.get(u"/service/tickets/count"_s, {}, {{"CLIENTID", "abc"}});
        CW_CHECK_STATUS(upper, 200);
    }

    // ---- not found, method, media type -----------------------------------------------

    void notFoundRecord()
    {
        const HttpResult r = m_http.get(u"/service/tickets/99999"_s);
        CW_CHECK_STATUS(r, 404);
        CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
        QCOMPARE(r.object().value(u"code"_s).toString(), u"NotFound"_s);
        QCOMPARE(r.object().value(u"message"_s).toString(), u"Ticket 99999 not found"_s);
        remember(r);
        for (const QString &path :
             {u"/service/boards/99999"_s, u"/service/priorities/99999"_s,
              u"/service/knowledgeBaseArticles/99999"_s, u"/system/callbacks/99999"_s,
              u"/company/companies/99999"_s, u"/system/members/99999"_s,
              u"/service/tickets/%1/notes/99999"_s.arg(m_ticket)}) {
            const HttpResult other = m_http.get(path);
            CW_CHECK_STATUS(other, 404);
            CW_CHECK_SCHEMA(other.json(), u"ErrorResponseMessage"_s, other.describe());
            QCOMPARE(other.object().value(u"code"_s).toString(), u"NotFound"_s);
            QVERIFY2(other.object().value(u"message"_s).toString().endsWith(u"99999 not found"_s),
                     qPrintable(other.describe()));
            remember(other);
        }
    }

    void unknownRoute()
    {
        for (const QString &path :
             {u"/service/nonsense"_s, u"/nonsense"_s, u"/service/tickets/1/nonsense"_s,
              u"/service/tickets/%1/notes/1/more"_s.arg(m_ticket), u"/service"_s, u""_s}) {
            const HttpResult r = m_http.get(path);
            CW_CHECK_STATUS(r, 404);
            CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
            QCOMPARE(r.object().value(u"code"_s).toString(), u"ConnectWiseApi"_s);
            QCOMPARE(r.object().value(u"message"_s).toString(), u"The endpoint does not exist."_s);
            remember(r);
        }
        // outside the API root
        QUrl root = m_sandbox.baseUrl();
        root.setPath(u"/v4_6_release/apis/2.0/service/tickets"_s);
        const HttpResult other = m_http.send("GET", root);
        CW_CHECK_STATUS(other, 404);
        remember(other);
    }

    void wrongMethod()
    {
        const QList<std::pair<QByteArray, QString>> attempts{
            {"DELETE", u"/service/tickets"_s},
            {"PUT", u"/service/tickets"_s},
            {"PATCH", u"/service/tickets"_s},
            {"POST", u"/service/tickets/count"_s},
            {"DELETE", u"/service/tickets/count"_s},
            {"POST", u"/service/tickets/%1"_s.arg(m_ticket)},
            {"PUT", u"/system/info"_s},
            {"DELETE", u"/service/boards"_s},
            {"POST", u"/service/tickets/%1/notes/1"_s.arg(m_ticket)},
        };
        for (const auto &[method, path] : attempts) {
            const HttpResult r = m_http.send(method, m_http.url(path), "{}");
            CW_CHECK_STATUS(r, 405);
            CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
            remember(r);
        }
        QVERIFY(alive().isEmpty());
    }

    void nonJsonBody()
    {
        const QByteArray body = "{\"summary\":\"x\",\"company\":{\"id\":1}}";
        const QString ticket = u"/service/tickets/%1"_s.arg(m_ticket);
        const QList<std::tuple<QByteArray, QString, QByteArray>> attempts{
            {"POST", u"/service/tickets"_s, "text/plain"},
            {"POST", u"/service/tickets"_s, "application/x-www-form-urlencoded"},
            {"PUT", ticket, "application/xml"},
            {"PATCH", ticket, "text/html; charset=utf-8"},
            {"POST", u"/service/tickets/search"_s, "multipart/form-data; boundary=x"},
        };
        for (const auto &[method, path, type] : attempts) {
            const HttpResult r =
                m_http.send(method, m_http.url(path), body, {{"Content-Type", type}});
            CW_CHECK_STATUS(r, 415);
            CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
            remember(r);
        }
        // JSON with parameters and the vendor type are JSON
        const HttpResult vendor = m_http.send(
            "POST", m_http.url(u"/service/tickets/search"_s), "{\"conditions\":\"id = 1\"}",
            {{"Content-Type", "application/vnd.connectwise.com+json; version=2022.1"}});
        CW_CHECK_STATUS(vendor, 200);
        const HttpResult charset = m_http.send(
            "POST", m_http.url(u"/service/tickets/search"_s), "{\"conditions\":\"id = 1\"}",
            {{"Content-Type", "application/json; charset=utf-8"}});
        CW_CHECK_STATUS(charset, 200);
    }

    // ---- query errors -----------------------------------------------------------------

    void malformedConditions_data()
    {
        QTest::addColumn<QString>("conditions");
        QTest::newRow("missing value") << u"summary = "_s;
        QTest::newRow("unterminated string") << u"summary = \"abc"_s;
        QTest::newRow("unbalanced paren") << u"(closedFlag = true"_s;
        QTest::newRow("extra paren") << u"closedFlag = true)"_s;
        QTest::newRow("double and") << u"closedFlag = true and and id = 1"_s;
        QTest::newRow("no operator") << u"summary \"abc\""_s;
        QTest::newRow("unknown operator") << u"summary ~= \"abc\""_s;
        QTest::newRow("bare word value") << u"summary = abc"_s;
        QTest::newRow("bool compared with number") << u"closedFlag = 1"_s;
        QTest::newRow("number compared with string") << u"id = \"seven\""_s;
        QTest::newRow("bad date") << u"dateEntered > [yesterday]"_s;
        QTest::newRow("unterminated date") << u"dateEntered > [2020-01-01T00:00:00Z"_s;
        QTest::newRow("in without list") << u"id in 1,2"_s;
        QTest::newRow("empty in list") << u"id in ()"_s;
        QTest::newRow("trailing operator") << u"id = 1 or"_s;
        QTest::newRow("not without operator") << u"summary not \"x\""_s;
        QTest::newRow("control characters") << QString::fromUtf8("id = 1 \x01\x02 and");
        QTest::newRow("very long") << (u"id = 1 and "_s.repeated(400) + u"("_s);
        QTest::newRow("deep parentheses")
            << (u"("_s.repeated(3000) + u"id = 1"_s + u")"_s.repeated(2999));
    }

    void malformedConditions()
    {
        QFETCH(QString, conditions);
        for (const QString &path : {u"/service/tickets"_s, u"/service/tickets/count"_s}) {
            const HttpResult r = m_http.get(path, {{u"conditions"_s, conditions}});
            CW_CHECK_STATUS(r, 400);
            CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
            const QString message = r.object().value(u"message"_s).toString();
            QVERIFY2(!message.isEmpty(), qPrintable(r.describe()));
            remember(r);
        }
        // POST search reports the same
        const HttpResult search =
            m_http.post(u"/service/tickets/search"_s, QJsonObject{{u"conditions"_s, conditions}});
        CW_CHECK_STATUS(search, 400);
        QVERIFY(alive().isEmpty());
    }

    void conditionErrorsNamePosition()
    {
        // The error is at a known offset; the message must say where.
        const QString conditions = u"closedFlag = true and summary = "_s;
        const HttpResult r = m_http.get(u"/service/tickets"_s, {{u"conditions"_s, conditions}});
        CW_CHECK_STATUS(r, 400);
        const QString message = r.object().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"position"_s, Qt::CaseInsensitive) ||
                     message.contains(u"column"_s, Qt::CaseInsensitive) ||
                     message.contains(u"offset"_s, Qt::CaseInsensitive) ||
                     message.contains(u"character"_s, Qt::CaseInsensitive),
                 qPrintable(u"message does not name the position: "_s + message));
        static const QRegularExpression digits(u"\\d+"_s);
        bool near = false;
        for (auto it = digits.globalMatch(message); it.hasNext();) {
            const int n = it.next().captured().toInt();
            near = near || (n >= 29 && n <= 34); // the end of the text, 0- or 1-based
        }
        QVERIFY2(near, qPrintable(u"position in message should be near 32: "_s + message));

        const HttpResult typeMismatch =
            m_http.get(u"/service/tickets"_s, {{u"conditions"_s, u"closedFlag = 1"_s}});
        CW_CHECK_STATUS(typeMismatch, 400);
        QVERIFY2(typeMismatch.object()
                     .value(u"message"_s)
                     .toString()
                     .contains(u"boolean"_s, Qt::CaseInsensitive),
                 qPrintable(typeMismatch.describe()));
    }

    void badQueryParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("orderBy bad direction") << u"orderBy"_s << u"summary sideways"_s;
        QTest::newRow("orderBy empty item") << u"orderBy"_s << u"summary asc,,id"_s;
        QTest::newRow("childConditions garbage") << u"childConditions"_s << u"((("_s;
        QTest::newRow("customFieldConditions garbage")
            << u"customFieldConditions"_s << u"caption = "_s;
    }

    void badQueryParameters()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const HttpResult r = m_http.get(u"/service/tickets"_s, {{name, value}});
        CW_CHECK_STATUS(r, 400);
        CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
        remember(r);
    }

    void absurdPagingNeverFails_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("page 0") << u"0"_s << u"10"_s;
        QTest::newRow("pageSize 0") << u"1"_s << u"0"_s;
        QTest::newRow("huge page") << u"99999999999"_s << u"10"_s;
        QTest::newRow("int max page") << u"2147483647"_s << u"1000"_s;
        QTest::newRow("huge pageSize") << u"1"_s << u"99999999999999999999"_s;
        QTest::newRow("int max both") << u"2147483647"_s << u"2147483647"_s;
        QTest::newRow("fraction") << u"1.5"_s << u"2.5"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << u" 2 "_s << u" 10 "_s;
        QTest::newRow("not numbers") << u"abc"_s << u"many"_s;
        QTest::newRow("negative") << u"-1"_s << u"-5"_s;
        QTest::newRow("very negative") << u"-99999999999"_s << u"-2147483648"_s;
    }

    void absurdPagingNeverFails()
    {
        QFETCH(QString, page);
        QFETCH(QString, pageSize);
        const HttpResult r =
            m_http.get(u"/service/tickets"_s, {{u"page"_s, page}, {u"pageSize"_s, pageSize}});
        // Either refused as a bad request or answered with a JSON array; never a 5xx.
        QVERIFY2(r.status == 400 || (r.status == 200 && r.isJsonArray()),
                 qPrintable(r.describe(200)));
        if (r.status == 200)
            QVERIFY2(r.array().size() <= 1000,
                     qPrintable(u"more than 1000 records: %1"_s.arg(r.array().size())));
        if (r.status == 400)
            CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
        const HttpResult fo =
            m_http.get(u"/service/tickets"_s, {{u"pageId"_s, page}, {u"pageSize"_s, pageSize}},
                       {{"pagination-type", "forward-only"}});
        QVERIFY2(fo.status == 400 || (fo.status == 200 && fo.isJsonArray()),
                 qPrintable(fo.describe(200)));
        QVERIFY(alive().isEmpty());
    }

    void oddFieldsAndOrderBy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("fields commas") << u"fields"_s << u",,,"_s;
        QTest::newRow("fields slashes") << u"fields"_s << u"board//name,/,id/"_s;
        QTest::newRow("fields unknown") << u"fields"_s << u"noSuchField,id"_s;
        QTest::newRow("fields deep") << u"fields"_s << u"a/"_s.repeated(500) + u"b"_s;
        QTest::newRow("fields long list") << u"fields"_s << u"id,"_s.repeated(2000);
        QTest::newRow("orderBy unknown field") << u"orderBy"_s << u"noSuchField asc"_s;
        QTest::newRow("orderBy many keys") << u"orderBy"_s << u"id asc,"_s.repeated(300) + u"id"_s;
        QTest::newRow("orderBy nested deep") << u"orderBy"_s << u"a/"_s.repeated(300) + u"b desc"_s;
        QTest::newRow("orderBy object field") << u"orderBy"_s << u"board asc"_s;
        QTest::newRow("orderBy array field") << u"orderBy"_s << u"customFields desc"_s;
        QTest::newRow("conditions on object") << u"conditions"_s << u"board = 1"_s;
        QTest::newRow("conditions on array") << u"conditions"_s << u"customFields = \"x\""_s;
        QTest::newRow("conditions unknown field") << u"conditions"_s << u"noSuchField = 1"_s;
    }

    void oddFieldsAndOrderBy()
    {
        // Not specified beyond "no crash, no corruption": a 400 or a JSON array, never a 5xx.
        QFETCH(QString, name);
        QFETCH(QString, value);
        for (const QString &path :
             {u"/service/tickets"_s, u"/service/tickets/%1"_s.arg(m_ticket)}) {
            const HttpResult r = m_http.get(path, {{name, value}});
            QVERIFY2(r.status == 400 || (r.status == 200 && (r.isJsonArray() || r.isJsonObject())),
                     qPrintable(r.describe(200)));
            if (r.status == 400) {
                CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
                remember(r);
            }
        }
        const QString e = alive();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void invalidIds()
    {
        for (const QString &id : {u"abc"_s, u"99999999999"_s, u"-1"_s, u"0"_s, u"1.5"_s, u"1e3"_s,
                                  u"%20"_s, u"0x10"_s, u"２"_s /* full-width digit */}) {
            for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE"),
                                             QByteArray("PATCH"), QByteArray("PUT")}) {
                const QByteArray body =
                    method == "PATCH"
                        ? QByteArray("[{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"x\"}]")
                        : (method == "PUT"
                               ? QByteArray("{\"summary\":\"x\",\"company\":{\"id\":1}}")
                               : QByteArray());
                const HttpResult r =
                    m_http.send(method, m_http.url(u"/service/tickets/"_s + id), body);
                QVERIFY2(r.status == 400 || r.status == 404, qPrintable(r.describe()));
                CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
                remember(r);
            }
            const HttpResult notes = m_http.get(u"/service/tickets/%1/notes"_s.arg(id));
            QVERIFY2(notes.status == 400 || notes.status == 404, qPrintable(notes.describe()));
        }
        QVERIFY(alive().isEmpty());
    }

    // ---- hostile bodies ---------------------------------------------------------------

    void invalidBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QByteArray deepArray = QByteArray(100000, '[') + QByteArray(100000, ']');
        QByteArray deepObject;
        for (int i = 0; i < 20000; ++i)
            deepObject += "{\"a\":";
        deepObject += "1" + QByteArray(20000, '}');
        QByteArray binary(4096, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (auto &b : binary)
            b = char(rng.bounded(256));
        const QString t = u"/service/tickets/%1"_s.arg(m_ticket);
        QTest::newRow("truncated JSON")
            << QByteArray("POST") << u"/service/tickets"_s << QByteArray("{\"summary\": \"x\", ");
        QTest::newRow("empty body") << QByteArray("POST") << u"/service/tickets"_s << QByteArray();
        QTest::newRow("JSON null")
            << QByteArray("POST") << u"/service/tickets"_s << QByteArray("null");
        QTest::newRow("JSON string")
            << QByteArray("POST") << u"/service/tickets"_s << QByteArray("\"ticket\"");
        QTest::newRow("array for POST")
            << QByteArray("POST") << u"/service/tickets"_s << QByteArray("[{\"summary\":\"x\"}]");
        QTest::newRow("wrong types")
            << QByteArray("POST") << u"/service/tickets"_s
            << QByteArray("{\"summary\":[1,2],\"company\":\"acme\",\"board\":{\"id\":\"one\"},"
                          "\"budgetHours\":\"lots\"}");
        QTest::newRow("id as object")
            << QByteArray("POST") << u"/service/tickets"_s
            << QByteArray("{\"summary\":\"x\",\"company\":{\"id\":{\"id\":1}}}");
        QTest::newRow("huge id") << QByteArray("POST") << u"/service/tickets"_s
                                 << QByteArray("{\"summary\":\"x\",\"company\":{\"id\":1e300}}");
        QTest::newRow("fractional id")
            << QByteArray("POST") << u"/service/tickets"_s
            << QByteArray("{\"summary\":\"x\",\"company\":{\"id\":1.5}}");
        QTest::newRow("deep array") << QByteArray("POST") << u"/service/tickets"_s << deepArray;
        QTest::newRow("deep object") << QByteArray("PUT") << t << deepObject;
        QTest::newRow("deep patch value")
            << QByteArray("PATCH") << t
            << QByteArray("[{\"op\":\"replace\",\"path\":\"summary\",\"value\":" + deepObject +
                          "}]");
        QTest::newRow("binary") << QByteArray("POST") << u"/service/tickets"_s << binary;
        QTest::newRow("binary PATCH") << QByteArray("PATCH") << t << binary;
        QTest::newRow("invalid UTF-8")
            << QByteArray("POST") << u"/service/tickets"_s
            << QByteArray("{\"summary\":\"\xff\xfe\xc3\x28\",\"company\":{\"id\":1}}");
        QTest::newRow("NUL in string")
            << QByteArray("POST") << u"/service/tickets"_s
            << QByteArray("{\"summary\":\"a\\u0000b\",\"company\":{\"id\":99999999}}");
        QTest::newRow("search body not object")
            << QByteArray("POST") << u"/service/tickets/search"_s << QByteArray("[1,2,3]");
        QTest::newRow("search conditions number")
            << QByteArray("POST") << u"/service/tickets/search"_s
            << QByteArray("{\"conditions\": 42}");
        QTest::newRow("callback wrong types")
            << QByteArray("POST") << u"/system/callbacks"_s
            << QByteArray("{\"url\":5,\"objectId\":\"x\",\"type\":[],\"level\":{}}");
        QTest::newRow("note wrong types")
            << QByteArray("POST") << t + u"/notes"_s
            << QByteArray("{\"text\":{\"a\":1},\"internalAnalysisFlag\":\"yes\"}");
        QTest::newRow("patch op object")
            << QByteArray("PATCH") << t << QByteArray("[{\"op\":{},\"path\":[],\"value\":1}]");
    }

    void invalidBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult r = m_http.send(method, m_http.url(path), body);
        QVERIFY2(r.status == 400 || r.status == 413, qPrintable(r.describe(300)));
        CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe(300));
        remember(r);
        const QString e = alive();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void oversizedBody()
    {
        // 64 MiB of JSON string: refused (413 or 400) or the connection closed; never a crash.
        QByteArray body =
            "{\"summary\":\"" + QByteArray(64 * 1024 * 1024, 'x') + "\",\"company\":{\"id\":1}}";
        const HttpResult r = m_http.send("POST", m_http.url(u"/service/tickets"_s), body);
        QVERIFY2(r.status == 400 || r.status == 413 || r.status == 0, qPrintable(r.describe(200)));
        body.clear();
        const QString e = alive();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    // ---- raw protocol abuse -----------------------------------------------------------

    void rawGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray auth =
            "Authorization: " + SandboxProcess::defaultAuthorization() + "\r\nclientId: x\r\n";
        const QByteArray api = "/v4_6_release/apis/3.0";
        QByteArray binary(8192, Qt::Uninitialized);
        QRandomGenerator rng(11);
        for (auto &b : binary)
            b = char(rng.bounded(256));
        QTest::newRow("binary") << binary;
        QTest::newRow("not HTTP") << QByteArray("HELLO WORLD\r\n\r\n");
        QTest::newRow("bad version")
            << QByteArray("GET " + api + "/service/tickets HTTP/9.9\r\n" + auth + "\r\n");
        QTest::newRow("huge header")
            << QByteArray("GET " + api + "/service/tickets HTTP/1.1\r\nHost: x\r\n" + auth +
                          "X-Big: " + QByteArray(1024 * 1024, 'a') + "\r\n\r\n");
        QTest::newRow("many headers")
            << QByteArray("GET " + api + "/service/tickets HTTP/1.1\r\nHost: x\r\n" + auth +
                          QByteArray("X-H: v\r\n").repeated(20000) + "\r\n");
        QTest::newRow("huge URL") << QByteArray(
            "GET " + api + "/service/tickets?conditions=" + QByteArray(2 * 1024 * 1024, 'a') +
            " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
        QTest::newRow("lying content-length") << QByteArray(
            "POST " + api + "/service/tickets HTTP/1.1\r\nHost: x\r\n" + auth +
            "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"summary\":");
        QTest::newRow("negative content-length")
            << QByteArray("POST " + api + "/service/tickets HTTP/1.1\r\nHost: x\r\n" + auth +
                          "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}");
        QTest::newRow("bad chunked")
            << QByteArray("POST " + api + "/service/tickets HTTP/1.1\r\nHost: x\r\n" + auth +
                          "Content-Type: application/json\r\nTransfer-Encoding: "
                          "chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        QTest::newRow("NUL in path")
            << QByteArray("GET " + api + "/service/tick" + QByteArray(1, '\0') +
                          "ets HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
        QTest::newRow("percent garbage") << QByteArray(
            "GET " + api + "/service/tickets/%ZZ%00%ff?conditions=%ZZ HTTP/1.1\r\nHost: x\r\n" +
            auth + "\r\n");
        QTest::newRow("dot segments") << QByteArray(
            "GET " + api + "/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
        QTest::newRow("header without colon") << QByteArray(
            "GET " + api + "/service/tickets HTTP/1.1\r\nHost x\r\nGarbage\r\n" + auth + "\r\n");
        QTest::newRow("only CRLF") << QByteArray("\r\n\r\n\r\n\r\n");
    }

    void rawGarbage()
    {
        QFETCH(QByteArray, bytes);
        const RawResult r = rawExchange(m_sandbox.port(), bytes, 3000);
        QVERIFY2(r.connected, "could not connect");
        // Any answer is fine as long as it is not a server error (505 for a bad version is
        // fine) and the server survives.
        if (r.status() != 0)
            QVERIFY2(r.status() < 500 || r.status() == 505,
                     qPrintable(QString::fromLatin1(r.response.left(300))));
        const QString e = alive();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void slowAndAbandonedConnections()
    {
        // Connections that open and never finish a request must not block others.
        QList<QTcpSocket *> idle;
        for (int i = 0; i < 20; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, m_sandbox.port());
            QVERIFY(socket->waitForConnected(3000));
            socket->write("GET /v4_6_release/apis/3.0/service/tickets HTTP/1.1\r\nHost: x\r\n");
            socket->flush();
            idle.append(socket);
        }
        const HttpResult r = m_http.get(u"/service/tickets/count"_s);
        CW_CHECK_STATUS(r, 200);
        QVERIFY2(r.elapsedMs < 5000,
                 qPrintable(u"request took %1 ms with idle connections open"_s.arg(r.elapsedMs)));
        for (QTcpSocket *s : idle) {
            s->abort();
            s->deleteLater();
        }
        // many connections opened and reset at once
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_sandbox.port());
            if (s.waitForConnected(1000)) {
                s.write("GET /v4_6_release/apis/3.0/service/tickets?pageSize=1000 "
                        "HTTP/1.1\r\nHost: x\r\nAuthorization: " +
                        SandboxProcess::defaultAuthorization() + "\r\nclientId: x\r\n\r\n");
                s.waitForBytesWritten(100);
                s.abort();
            }
        }
        const QString e = alive();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    // ---- afterwards --------------------------------------------------------------------

    void errorBodiesConform()
    {
        QVERIFY(m_errorResponses.size() > 50);
        for (const auto &r : m_errorResponses) {
            CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe(300));
            QVERIFY2(r.header("Content-Type").toLower().startsWith("application/json"),
                     qPrintable(r.describe(100)));
            QVERIFY2(!r.object().value(u"code"_s).toString().isEmpty(),
                     qPrintable(r.describe(300)));
            QVERIFY2(!r.object().value(u"message"_s).toString().isEmpty(),
                     qPrintable(r.describe(300)));
        }
    }

    void dataUnchanged()
    {
        QString error;
        const QByteArray now = fingerprint(&error);
        QVERIFY2(!now.isEmpty(), qPrintable(error));
        QCOMPARE(now, m_fingerprint);
        QVERIFY(m_sandbox.isRunning());
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestConformanceErrors)
#include "test_conformance_errors.moc"
