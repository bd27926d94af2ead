// CallbackUrlPolicy, the one rule both callback registration and each delivery apply: only literal
// loopback addresses and `localhost`, never a name that DNS could resolve elsewhere.
#include "sandbox/callbackurlpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCallbackUrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080/hook?id="_s << true;
        QTest::newRow("127.255.0.9") << u"https://127.255.0.9/hook"_s << true;
        QTest::newRow("::1") << u"http://[::1]:9000/hook"_s << true;
        QTest::newRow("localhost") << u"http://localhost:9000/hook"_s << true;
        QTest::newRow("LOCALHOST") << u"http://LOCALHOST/hook"_s << true;
        QTest::newRow("nip.io") << u"http://127.0.0.1.nip.io/"_s << false;
        QTest::newRow("127. name") << u"http://127.anything.example/"_s << false;
        QTest::newRow("localhost. name") << u"http://localhost.evil.example/"_s << false;
        QTest::newRow("private address") << u"http://192.168.1.10/"_s << false;
        QTest::newRow("any address") << u"http://0.0.0.0/"_s << false;
        QTest::newRow("mapped v4 outside") << u"http://[::ffff:10.0.0.1]/"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
        QTest::newRow("no host") << u"http:///hook"_s << false;
    }

    void policy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(cw::sandbox::CallbackUrlPolicy::isLoopback(QUrl(url)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestCallbackUrlPolicy)
#include "test_callbackurlpolicy.moc"
