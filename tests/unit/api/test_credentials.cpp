// Credentials build the exact Authorization header, refuse plain http off loopback, and never
// show the private key; ManageClient puts the required headers on every request.
#include "api/credentials.h"
#include "api/manageclient.h"
#include "fakenetworkaccessmanager.h"

#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    static Credentials
    sandboxCredentials(const QString &url = u"http://127.0.0.1:4000/v4_6_release/apis/3.0"_s)
    {
        return Credentials(QUrl(url), u"sandbox"_s, u"sandbox-public"_s, u"sandbox-private"_s);
    }

private Q_SLOTS:
    void authorizationHeader()
    {
        const Credentials credentials = sandboxCredentials();
        QCOMPARE(credentials.authorizationHeader(),
                 "Basic " + QByteArray("sandbox+sandbox-public:sandbox-private").toBase64());
        QCOMPARE(credentials.authorizationHeader(),
                 QByteArray("Basic c2FuZGJveCtzYW5kYm94LXB1YmxpYzpzYW5kYm94LXByaXZhdGU="));
        // Non-ASCII keys are sent as UTF-8.
        const Credentials umlaut(QUrl(u"https://cw.example.com/v4_6_release/apis/3.0"_s),
                                 u"Müller"_s, u"pub"_s, u"prïv"_s);
        QCOMPARE(QByteArray::fromBase64(umlaut.authorizationHeader().mid(6)),
                 u"Müller+pub:prïv"_s.toUtf8());
    }

    void validate_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("https") << u"https://api-na.myconnectwise.net/v4_6_release/apis/3.0"_s
                               << true << QString();
        QTest::newRow("http loopback v4")
            << u"http://127.0.0.1:4000/v4_6_release/apis/3.0"_s << true << QString();
        QTest::newRow("http loopback 127.0.0.2")
            << u"http://127.0.0.2:4000/x"_s << true << QString();
        QTest::newRow("http localhost") << u"http://LocalHost:4000/x"_s << true << QString();
        QTest::newRow("http loopback v6") << u"http://[::1]:4000/x"_s << true << QString();
        QTest::newRow("http remote")
            << u"http://cw.example.com/v4_6_release/apis/3.0"_s << false << u"https"_s;
        QTest::newRow("http LAN address") << u"http://192.168.1.10/x"_s << false << u"https"_s;
        QTest::newRow("http localhost lookalike")
            << u"http://localhost.example.com/x"_s << false << u"https"_s;
        QTest::newRow("ftp") << u"ftp://cw.example.com/x"_s << false << u"https://"_s;
        QTest::newRow("empty") << QString() << false << u"site address"_s;
    }

    void validate()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(QString, reasonPart);
        QString reason;
        QCOMPARE(sandboxCredentials(url).validate(&reason), valid);
        if (valid) {
            QVERIFY(reason.isEmpty());
        } else {
            QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        }
    }

    void missingFields()
    {
        Credentials credentials = sandboxCredentials();
        credentials.setPrivateKey(QString());
        QString reason;
        QVERIFY(!credentials.validate(&reason));
        QVERIFY2(reason.contains(u"private key"_s), qPrintable(reason));
        credentials = sandboxCredentials();
        credentials.setCompany(u"  "_s);
        QVERIFY(!credentials.validate(&reason));
        QVERIFY2(reason.contains(u"company"_s), qPrintable(reason));
        credentials = sandboxCredentials();
        credentials.setClientId(QString());
        QVERIFY(!credentials.validate(&reason));
        QVERIFY2(reason.contains(u"client ID"_s), qPrintable(reason));
    }

    void debugHidesKeys()
    {
        QString text;
        QDebug(&text) << sandboxCredentials();
        QVERIFY2(text.contains(u"127.0.0.1"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"sandbox-public"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"sandbox-private"_s), qPrintable(text));
        QVERIFY(!text.contains(QString::fromLatin1(sandboxCredentials().authorizationHeader())));
    }

    void clientRefusesPlainHttp()
    {
        FakeNetworkAccessManager network;
        ManageClient client(&network);
        QString error;
        QVERIFY(!client.setCredentials(
            sandboxCredentials(u"http://cw.example.com/v4_6_release/apis/3.0"_s), &error));
        QVERIFY2(error.contains(u"https"_s), qPrintable(error));
        QVERIFY(!client.hasCredentials());
        QCOMPARE(client.state(), ManageClient::State::SignedOut);
    }

    void requestHeaders()
    {
        FakeNetworkAccessManager network;
        ManageClient client(&network);
        QVERIFY(client.setCredentials(sandboxCredentials()));
        const QUrl url = client.url(u"/service/boards"_s);
        QCOMPARE(url.toString(), u"http://127.0.0.1:4000/v4_6_release/apis/3.0/service/boards"_s);
        const QNetworkRequest request = client.request(url);
        QCOMPARE(request.rawHeader("Authorization"),
                 QByteArray("Basic c2FuZGJveCtzYW5kYm94LXB1YmxpYzpzYW5kYm94LXByaXZhdGU="));
        QCOMPARE(request.rawHeader("clientId"), Credentials::appClientId().toUtf8());
        QVERIFY(!Credentials::appClientId().isEmpty());
        QCOMPARE(request.rawHeader("Accept"),
                 QByteArray("application/vnd.connectwise.com+json; version=2025.1"));
        QVERIFY(
            request.header(QNetworkRequest::UserAgentHeader).toString().startsWith(u"CW-Desk/"_s));
        QVERIFY(request.transferTimeout() > 0);
    }

    void sameSite()
    {
        FakeNetworkAccessManager network;
        ManageClient client(&network);
        QVERIFY(client.setCredentials(sandboxCredentials()));
        QVERIFY(client.isSameSite(
            QUrl(u"http://127.0.0.1:4000/v4_6_release/apis/3.0/service/tickets?page=2"_s)));
        QVERIFY(!client.isSameSite(QUrl(u"http://127.0.0.1:4001/v4_6_release/apis/3.0/x"_s)));
        QVERIFY(!client.isSameSite(QUrl(u"https://127.0.0.1:4000/x"_s)));
        QVERIFY(!client.isSameSite(QUrl(u"http://evil.example.com:4000/x"_s)));
    }

    void queryEncoding()
    {
        FakeNetworkAccessManager network;
        ManageClient client(&network);
        QVERIFY(client.setCredentials(
            sandboxCredentials(u"https://cw.example.com/v4_6_release/apis/3.0/"_s)));
        ListQuery query;
        query.conditions = u"summary contains \"C++ & more\" and board/id=3"_s;
        query.orderBy = u"id desc"_s;
        query.fields = {u"id"_s, u"summary"_s, u"status/name"_s};
        query.pageSize = 5000; // clamped to the server's maximum
        const QUrl url = client.url(u"/service/tickets"_s, query.toQueryString());
        QCOMPARE(url.path(), u"/v4_6_release/apis/3.0/service/tickets"_s);
        const QString encoded = url.toString(QUrl::FullyEncoded);
        QVERIFY2(encoded.contains(u"%2B%2B"_s), qPrintable(encoded)); // '+' must not become ' '
        QVERIFY2(encoded.contains(u"fields=id,summary,status/name"_s), qPrintable(encoded));
        QVERIFY2(encoded.contains(u"orderBy=id%20desc"_s), qPrintable(encoded));
        const QUrlQuery decoded(url);
        QCOMPARE(decoded.queryItemValue(u"conditions"_s, QUrl::FullyDecoded), query.conditions);
        QCOMPARE(decoded.queryItemValue(u"pageSize"_s), u"1000"_s);
        QCOMPARE(decoded.queryItemValue(u"page"_s), u"1"_s);
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestCredentials)
#include "test_credentials.moc"
