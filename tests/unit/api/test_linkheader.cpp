// The Link header parser must find first/prev/next/last in ConnectWise's headers, including URLs
// with commas (fields=a,b) and relative targets, and must survive malformed input.
#include "api/linkheader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestLinkHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedExample()
    {
        // From ConnectWise's developer guide.
        const QByteArray value = "<https://staging.connectwisedev.com/v2017_3/apis/3.0/company/"
                                 "companies?pageSize=50&page=2>; "
                                 "rel=\"next\", "
                                 "<https://staging.connectwisedev.com/v2017_3/apis/3.0/company/"
                                 "companies?pageSize=50&page=4>; "
                                 "rel=\"last\"";
        const LinkHeader links = LinkHeader::parse(value);
        QVERIFY(links.has(u"next"_s));
        QVERIFY(links.has(u"last"_s));
        QVERIFY(!links.has(u"prev"_s));
        QCOMPARE(links.page(u"next"_s), 2);
        QCOMPARE(links.page(u"last"_s), 4);
        QCOMPARE(links.url(u"next"_s).host(), u"staging.connectwisedev.com"_s);
        QCOMPARE(links.page(u"prev"_s), -1);
    }

    void allRelsWithCommasInUrls()
    {
        const QByteArray value =
            "<http://127.0.0.1:4000/v4_6_release/apis/3.0/service/tickets?conditions=board/"
            "id%3D3&fields=id,summary,status/name&pageSize=10&page=1>; rel=\"first\", "
            "<http://127.0.0.1:4000/v4_6_release/apis/3.0/service/tickets?conditions=board/"
            "id%3D3&fields=id,summary,status/name&pageSize=10&page=2>; rel=\"prev\", "
            "<http://127.0.0.1:4000/v4_6_release/apis/3.0/service/tickets?conditions=board/"
            "id%3D3&fields=id,summary,status/name&pageSize=10&page=4>; rel=\"next\", "
            "<http://127.0.0.1:4000/v4_6_release/apis/3.0/service/tickets?conditions=board/"
            "id%3D3&fields=id,summary,status/name&pageSize=10&page=9>; rel=\"last\"";
        const LinkHeader links = LinkHeader::parse(value);
        QCOMPARE(links.rels().size(), 4);
        QCOMPARE(links.page(u"first"_s), 1);
        QCOMPARE(links.page(u"prev"_s), 2);
        QCOMPARE(links.page(u"next"_s), 4);
        QCOMPARE(links.page(u"last"_s), 9);
        QVERIFY(links.url(u"next"_s).toString().contains(u"fields=id,summary,status/name"_s));
    }

    void relativeTargetsAndLooseSyntax()
    {
        const QUrl base(u"https://cw.example.com/v4_6_release/apis/3.0/service/boards?page=1"_s);
        const LinkHeader links = LinkHeader::parse(
            "</v4_6_release/apis/3.0/service/boards?page=2> ;REL=next ; title=\"a, b; c\","
            "<boards?page=3>; rel=\"last prev\"",
            base);
        QCOMPARE(links.url(u"next"_s).toString(),
                 u"https://cw.example.com/v4_6_release/apis/3.0/service/boards?page=2"_s);
        QCOMPARE(links.page(u"last"_s), 3);
        QCOMPARE(links.page(u"prev"_s), 3);
    }

    void emptyAndMalformed_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray("   ");
        QTest::newRow("no brackets") << QByteArray("https://x/?page=2; rel=\"next\"");
        QTest::newRow("unterminated") << QByteArray("<https://x/?page=2; rel=\"next\"");
        QTest::newRow("no rel") << QByteArray("<https://x/?page=2>; title=\"x\"");
        QTest::newRow("unterminated quote") << QByteArray("<https://x/?page=2>; rel=\"next");
    }

    void emptyAndMalformed()
    {
        QFETCH(QByteArray, value);
        const LinkHeader links = LinkHeader::parse(value);
        if (value.endsWith("rel=\"next")) {
            // Lenient: the rel is still read up to the end.
            QCOMPARE(links.page(u"next"_s), 2);
            return;
        }
        QVERIFY(links.isEmpty());
        QVERIFY(!links.has(u"next"_s));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestLinkHeader)
#include "test_linkheader.moc"
