// Every kind of failed reply turns into the right ApiError kind and a readable message that
// carries what the server said: canned replies, several copied from recorded ConnectWise answers.
#include "api/apierror.h"
#include "fakereply.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

ApiError errorOf(const CannedResponse &response)
{
    FakeReply reply(
        QNetworkRequest(QUrl(u"https://cw.example.com/v4_6_release/apis/3.0/service/tickets"_s)),
        QNetworkAccessManager::GetOperation, response);
    QSignalSpy finished(&reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return ApiError::configuration(u"FakeReply never finished"_s);
    return ApiError::fromReply(&reply, reply.readAll());
}

QJsonObject recorded(const QString &group)
{
    QFile file(QStringLiteral(CW_REFERENCE_DIR "/connectwise-recorded-responses.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(group).toObject();
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("messageParts");

        QTest::newRow("400 validation")
            << 400
            << QByteArray(
                   "{\"code\":\"InvalidObject\",\"message\":\"contact object is invalid\","
                   "\"errors\":[{\"code\":\"MissingRequiredField\",\"message\":\"The firstName "
                   "field is required.\",\"resource\":\"contact\",\"field\":\"firstName\"}]}")
            << int(ApiError::Kind::BadRequest)
            << QStringList{u"invalid (400)"_s, u"contact object is invalid"_s,
                           u"The firstName field is required."_s};
        QTest::newRow("401")
            << 401 << QByteArray("{\"code\":\"Unauthorized\",\"message\":\"UserNotAuthenticated\"}")
            << int(ApiError::Kind::Unauthorized)
            << QStringList{u"API keys"_s, u"Check the company ID"_s, u"private key"_s};
        QTest::newRow("401 empty body")
            << 401 << QByteArray() << int(ApiError::Kind::Unauthorized) << QStringList{u"(401)"_s};
        QTest::newRow("403") << 403
                             << QByteArray("{\"code\":\"Forbidden\",\"message\":\"No access\"}")
                             << int(ApiError::Kind::Forbidden)
                             << QStringList{u"security role"_s, u"No access"_s};
        QTest::newRow("404 record")
            << 404 << QByteArray("{\"code\":\"NotFound\",\"message\":\"Contact 57919 not found\"}")
            << int(ApiError::Kind::NotFound)
            << QStringList{u"(404)"_s, u"Contact 57919 not found"_s};
        QTest::newRow("404 endpoint")
            << 404
            << QByteArray(
                   "{\"code\":\"ConnectWiseApi\",\"message\":\"The endpoint does not exist.\"}")
            << int(ApiError::Kind::NotFound)
            << QStringList{u"codebase"_s, u"The endpoint does not exist."_s};
        QTest::newRow("409") << 409
                             << QByteArray("{\"code\":\"Conflict\",\"message\":\"Record in use\"}")
                             << int(ApiError::Kind::Conflict)
                             << QStringList{u"(409)"_s, u"Record in use"_s};
        QTest::newRow("500 timeout") << 500
                                     << QByteArray("{ \"code\": \"ConnectWiseApi\", \"message\": "
                                                   "\"A timeout has occured. Please try again.\"}")
                                     << int(ApiError::Kind::ServerError)
                                     << QStringList{u"(500)"_s, u"A timeout has occured"_s};
        QTest::newRow("502 html page")
            << 502
            << QByteArray("<html><head><title>502 Bad "
                          "Gateway</title></head><body><h1>Bad</h1></body></html>")
            << int(ApiError::Kind::ServerError) << QStringList{u"(502)"_s, u"502 Bad Gateway"_s};
        QTest::newRow("503 plain text")
            << 503 << QByteArray("Service Unavailable\r\n") << int(ApiError::Kind::ServerError)
            << QStringList{u"Service Unavailable"_s};
        QTest::newRow("418") << 418 << QByteArray() << int(ApiError::Kind::HttpError)
                             << QStringList{u"unexpected status (418)"_s};
    }

    void httpStatuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QStringList, messageParts);
        const ApiError error = errorOf(CannedResponse::json(status, body));
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(error.isError());
        const QString message = error.message();
        for (const QString &part : messageParts)
            QVERIFY2(message.contains(part), qPrintable(u"«%1» lacks «%2»"_s.arg(message, part)));
    }

    void recordedPyconnectwiseBodies()
    {
        const QJsonObject group =
            recorded(u"HealthITAU/pyconnectwise tests/clients/test_connectwise_client.py"_s);
        QVERIFY2(!group.isEmpty(), "recorded responses not found under CW_REFERENCE_DIR");
        int checked = 0;
        for (auto it = group.begin(); it != group.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const QJsonObject sample = it.value().toObject();
            const int status = sample.value(u"status"_s).toInt();
            const QByteArray body = sample.value(u"body"_s).toString().toUtf8();
            const QJsonObject parsed = QJsonDocument::fromJson(body).object();
            const ApiError error = errorOf(CannedResponse::json(status, body));
            QVERIFY2(error.isError(), qPrintable(it.key()));
            QCOMPARE(error.code(), parsed.value(u"code"_s).toString());
            QCOMPARE(error.serverMessage(), parsed.value(u"message"_s).toString());
            QVERIFY2(error.message().contains(parsed.value(u"message"_s).toString()),
                     qPrintable(error.message()));
            if (status == 400) {
                QCOMPARE(error.kind(), ApiError::Kind::BadRequest);
                QCOMPARE(error.serverDetails().size(), 1);
                QVERIFY(error.message().contains(u"A matching callback entry already exists"_s));
                // The field each errors[] entry names is kept for the UI to point at.
                const QJsonObject first = parsed.value(u"errors"_s).toArray().first().toObject();
                QCOMPARE(error.fieldErrors().size(), 1);
                QCOMPARE(error.fieldErrors().first().field, first.value(u"field"_s).toString());
                QCOMPARE(error.fieldErrors().first().code, first.value(u"code"_s).toString());
                QCOMPARE(error.fieldErrors().first().message, first.value(u"message"_s).toString());
            } else {
                QCOMPARE(error.kind(), ApiError::Kind::ServerError);
            }
            ++checked;
        }
        QCOMPARE(checked, 4);
    }

    void rateLimitedWithRetryAfterSeconds()
    {
        const QJsonObject sample =
            recorded(u"ConnectWise developer guide (markdown copy in a public GitHub repository)"_s)
                .value(u"429_example_body"_s)
                .toObject();
        QVERIFY(!sample.isEmpty());
        CannedResponse response =
            CannedResponse::json(429, QJsonDocument(sample.value(u"body"_s).toObject()).toJson());
        response.addHeader("Retry-After", "30");
        const ApiError error = errorOf(response);
        QCOMPARE(error.kind(), ApiError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds(), 30);
        QCOMPARE(error.code(), u"ConnectWiseAPI"_s);
        QVERIFY2(error.headline().contains(u"30 s."_s), qPrintable(error.headline()));
        QVERIFY(error.message().contains(u"Too many requests"_s));
    }

    void rateLimitedWithRetryAfterDate()
    {
        CannedResponse response = CannedResponse::json(429, {});
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(10);
        response.addHeader("Retry-After", when.toString(Qt::RFC2822Date).toLatin1());
        const ApiError error = errorOf(response);
        QVERIFY2(error.retryAfterSeconds() >= 8 && error.retryAfterSeconds() <= 10,
                 qPrintable(QString::number(error.retryAfterSeconds())));
        QVERIFY(errorOf(CannedResponse::json(429, {})).retryAfterSeconds() == -1);
        QVERIFY(errorOf(CannedResponse::json(429, {})).message().contains(u"shortly"_s));
    }

    void transportFaults_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("sslErrors");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << true
                             << int(ApiError::Kind::Tls) << u"secure connection"_s;
        QTest::newRow("dropped") << int(QNetworkReply::RemoteHostClosedError) << false
                                 << int(ApiError::Kind::ConnectionDropped) << u"dropped"_s;
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false
                                 << int(ApiError::Kind::ConnectionRefused) << u"refused"_s;
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << false
                             << int(ApiError::Kind::HostNotFound) << u"could not be found"_s;
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << false
                                 << int(ApiError::Kind::Timeout) << u"in time"_s;
        QTest::newRow("other") << int(QNetworkReply::TemporaryNetworkFailureError) << false
                               << int(ApiError::Kind::Network) << u"network problem"_s;
        QTest::newRow("cancel") << int(QNetworkReply::OperationCanceledError) << false
                                << int(ApiError::Kind::Cancelled) << u"cancelled"_s;
        // A refused redirect is not a certificate problem.
        QTest::newRow("redirect") << int(QNetworkReply::InsecureRedirectError) << false
                                  << int(ApiError::Kind::HttpError) << u"redirected"_s;
    }

    void transportFaults()
    {
        QFETCH(int, networkError);
        QFETCH(bool, sslErrors);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        CannedResponse response = CannedResponse::fault(QNetworkReply::NetworkError(networkError),
                                                        u"transport says no"_s);
        response.sslErrors = sslErrors;
        const ApiError error = errorOf(response);
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.httpStatus(), 0);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
        if (kind != int(ApiError::Kind::Cancelled))
            QVERIFY2(error.message().contains(u"transport says no"_s), qPrintable(error.message()));
    }

    void truncatedSuccessIsADroppedConnection()
    {
        // 200 with headers, then the connection died: the status must not hide the failure.
        CannedResponse response = CannedResponse::json(200, "[{\"id\":1},{\"id\"");
        response.error = QNetworkReply::RemoteHostClosedError;
        QCOMPARE(errorOf(response).kind(), ApiError::Kind::ConnectionDropped);
        QVERIFY(!errorOf(CannedResponse::json(200, "[]")).isError());
        QVERIFY(errorOf(CannedResponse::json(200, "[]")).message().isEmpty());
    }

    void severalFieldErrorsOneLineEach()
    {
        const QByteArray body =
            R"({"code":"InvalidObject","message":"ticket object is invalid","errors":[)"
            R"({"code":"InvalidField","message":"The summary field is required.","field":"summary"},)"
            R"({"code":"InvalidField","message":"The board is inactive.","field":"board"}]})";
        const ApiError error = ApiError::fromHttpStatus(400, body);
        QCOMPARE(error.fieldErrors().size(), 2);
        QCOMPARE(error.fieldErrors().at(1).field, u"board"_s);
        const QStringList lines = error.message().split(u'\n');
        QVERIFY2(lines.contains(u"The server said: ticket object is invalid"_s),
                 qPrintable(error.message()));
        QVERIFY2(lines.contains(u"  • The summary field is required."_s),
                 qPrintable(error.message()));
        QVERIFY2(lines.contains(u"  • The board is inactive."_s), qPrintable(error.message()));
    }

    void invalidQueryNamesParameterAndPlace()
    {
        const ApiError error =
            ApiError::invalidQuery(u"conditions"_s, 7, u"unknown field 'sumary'."_s);
        QCOMPARE(error.kind(), ApiError::Kind::InvalidQuery);
        QCOMPARE(error.queryParameter(), u"conditions"_s);
        QCOMPARE(error.queryPosition(), 7);
        QVERIFY2(error.headline().contains(u"conditions"_s), qPrintable(error.headline()));
        QVERIFY2(error.headline().contains(u"nothing was sent"_s), qPrintable(error.headline()));
        QVERIFY2(error.message().contains(u"sumary"_s), qPrintable(error.message()));
        // Said once, not again as "the server said".
        QCOMPARE(error.message().count(u"sumary"_s), 1);
    }

    void invalidJsonAndConfiguration()
    {
        const ApiError notJson = ApiError::invalidJson(200, u"illegal value at byte 0"_s);
        QCOMPARE(notJson.kind(), ApiError::Kind::InvalidJson);
        QVERIFY(notJson.message().contains(u"not JSON"_s));
        QVERIFY(notJson.message().contains(u"illegal value"_s));
        const ApiError config = ApiError::configuration(u"Plain http is refused."_s);
        QCOMPARE(config.message(), u"Plain http is refused."_s);
        QVERIFY(!ApiError().isError());
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestApiError)
#include "test_apierror.moc"
