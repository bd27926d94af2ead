// orderBy parsing and ordering, fields projection, the public lookup(), ISO date-times and like
// patterns.
#include "query/fieldselection.h"
#include "query/isodatetime.h"
#include "query/likepattern.h"
#include "query/lookup.h"
#include "query/orderby.h"

#include "ticketdata.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QtTest>

#include <algorithm>

using namespace cw::query;
using IdList = QList<int>;

namespace {

QJsonObject record(int id, const QJsonObject &fields)
{
    QJsonObject r = fields;
    r.insert(QStringLiteral("id"), id);
    return r;
}

// Records whose values exercise every ordering rule.
QList<QJsonObject> sortRecords()
{
    const auto s = [](const char *text) {
        return QJsonValue(QString::fromUtf8(text));
    };
    const auto info = [](const char *lastUpdated) {
        return QJsonObject{{QStringLiteral("lastUpdated"), QString::fromUtf8(lastUpdated)}};
    };
    return {
        record(1, {{QStringLiteral("summary"), s("banana")},
                   {QStringLiteral("board"), testdata::reference(2, QStringLiteral("Help Desk"))},
                   {QStringLiteral("priority"), QJsonObject{{QStringLiteral("sort"), 10}}},
                   {QStringLiteral("closedFlag"), true},
                   {QStringLiteral("closedDate"), s("2024-01-01T10:00:00Z")},
                   {QStringLiteral("_info"), info("2024-03-01T00:00:00Z")}}),
        record(2, {{QStringLiteral("summary"), s("Apple")},
                   {QStringLiteral("board"), testdata::reference(1, QStringLiteral("Service A"))},
                   {QStringLiteral("priority"), QJsonObject{{QStringLiteral("sort"), 9}}},
                   {QStringLiteral("closedFlag"), false},
                   {QStringLiteral("closedDate"), QJsonValue::Null},
                   {QStringLiteral("_info"), info("2024-01-01T00:00:00Z")}}),
        record(3, {{QStringLiteral("summary"), s("cherry")},
                   {QStringLiteral("board"), testdata::reference(2, QStringLiteral("Help Desk"))},
                   {QStringLiteral("priority"), QJsonObject{{QStringLiteral("sort"), 100}}},
                   {QStringLiteral("closedFlag"), false},
                   // 2024-01-01T09:00:00Z: earlier than record 1 though the text sorts later
                   {QStringLiteral("closedDate"), s("2024-01-01T11:00:00+02:00")},
                   {QStringLiteral("_info"), info("2024-02-01T00:00:00Z")}}),
        record(4, {{QStringLiteral("summary"), s("apple pie")},
                   {QStringLiteral("board"), testdata::reference(1, QStringLiteral("Service A"))},
                   {QStringLiteral("closedFlag"), true},
                   {QStringLiteral("_info"), info("2023-12-01T00:00:00Z")}}),
    };
}

IdList idsOf(const QList<QJsonObject> &records)
{
    IdList ids;
    for (const QJsonObject &r : records)
        ids.append(r.value(QStringLiteral("id")).toInt());
    return ids;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestOrderAndFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderByKeys_data();
    void orderByKeys();
    void ordering_data();
    void ordering();
    void strictWeakOrdering();
    void fields_data();
    void fields();
    void fieldsOnNullReference();
    void fieldsDedupAndEmpty();
    void lookup_data();
    void lookup();
    void isoDateTime_data();
    void isoDateTime();
    void likePattern_data();
    void likePattern();
    void likePatternIsLinear();
};

void TestOrderAndFields::orderByKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<SortKey>>("keys");
    const auto key = [](const char *path, bool desc) {
        return SortKey{QString::fromUtf8(path).split(QLatin1Char('/')), desc};
    };
    QTest::newRow("blank") << QStringLiteral("  ") << QList<SortKey>{};
    QTest::newRow("desc") << QStringLiteral("id desc") << QList<SortKey>{key("id", true)};
    QTest::newRow("default asc") << QStringLiteral("summary")
                                 << QList<SortKey>{key("summary", false)};
    QTest::newRow("any case") << QStringLiteral("Id DeSc") << QList<SortKey>{key("Id", true)};
    QTest::newRow("multi") << QStringLiteral("contact/name ASC, priority/sort,id desc")
                           << QList<SortKey>{key("contact/name", false),
                                             key("priority/sort", false), key("id", true)};
}

void TestOrderAndFields::orderByKeys()
{
    QFETCH(QString, text);
    QFETCH(QList<SortKey>, keys);
    Error error{1, QStringLiteral("stale")};
    const OrderBy o = OrderBy::parse(text, &error);
    QVERIFY(!error.isError());
    QCOMPARE(o.keys(), keys);
    QCOMPARE(o.isEmpty(), keys.isEmpty());
}

void TestOrderAndFields::ordering_data()
{
    QTest::addColumn<QString>("orderBy");
    QTest::addColumn<IdList>("expected");
    QTest::newRow("text case-insensitive") << QStringLiteral("summary") << IdList{2, 4, 1, 3};
    QTest::newRow("text desc") << QStringLiteral("summary desc") << IdList{3, 1, 4, 2};
    QTest::newRow("numbers numerically")
        << QStringLiteral("priority/sort asc") << IdList{4, 2, 1, 3};
    QTest::newRow("missing last when desc")
        << QStringLiteral("priority/sort desc") << IdList{3, 1, 2, 4};
    QTest::newRow("booleans") << QStringLiteral("closedFlag, id") << IdList{2, 3, 1, 4};
    QTest::newRow("dates as instants, nulls first")
        << QStringLiteral("closedDate") << IdList{2, 4, 3, 1};
    QTest::newRow("dates desc, nulls last")
        << QStringLiteral("closedDate desc") << IdList{1, 3, 2, 4};
    QTest::newRow("multi-key") << QStringLiteral("board/id asc, id desc") << IdList{4, 2, 3, 1};
    QTest::newRow("multi-key 2") << QStringLiteral("board/name desc, summary")
                                 << IdList{2, 4, 1, 3};
    QTest::newRow("_info fallback") << QStringLiteral("lastUpdated") << IdList{4, 2, 3, 1};
    QTest::newRow("_info path") << QStringLiteral("_info/lastUpdated desc") << IdList{1, 3, 2, 4};
    QTest::newRow("field case") << QStringLiteral("SUMMARY") << IdList{2, 4, 1, 3};
    QTest::newRow("reference by name") << QStringLiteral("board, id") << IdList{1, 3, 2, 4};
}

void TestOrderAndFields::ordering()
{
    QFETCH(QString, orderBy);
    QFETCH(IdList, expected);
    Error error;
    const OrderBy o = OrderBy::parse(orderBy, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));

    QList<QJsonObject> viaCompare = sortRecords();
    std::stable_sort(
        viaCompare.begin(), viaCompare.end(),
        [&](const QJsonObject &a, const QJsonObject &b) { return o.compare(a, b) < 0; });
    QCOMPARE(idsOf(viaCompare), expected);

    QList<QJsonObject> viaSort = sortRecords();
    std::reverse(viaSort.begin(), viaSort.end());
    o.sort(viaSort);
    // sort() is stable too, so only compare where the keys differ: re-sort the reference the same
    // way.
    QList<QJsonObject> reference = sortRecords();
    std::reverse(reference.begin(), reference.end());
    std::stable_sort(
        reference.begin(), reference.end(),
        [&](const QJsonObject &a, const QJsonObject &b) { return o.compare(a, b) < 0; });
    QCOMPARE(idsOf(viaSort), idsOf(reference));

    const QList<QJsonObject> original = sortRecords();
    QList<QJsonObject> viaIndices;
    for (qsizetype i : o.sortedIndices(original))
        viaIndices.append(original.at(i));
    QCOMPARE(idsOf(viaIndices), expected);
}

void TestOrderAndFields::strictWeakOrdering()
{
    QList<QJsonObject> records = sortRecords() + testdata::tickets();
    records.append(record(90, {{QStringLiteral("summary"), 5}}));
    records.append(record(91, {{QStringLiteral("summary"), QJsonArray{1}}}));
    records.append(record(92, {{QStringLiteral("summary"), QStringLiteral("2024-01-01")}}));
    records.append(record(93, {{QStringLiteral("summary"), false}}));
    for (const char *text : {"summary", "summary desc, id", "closedDate desc", "board, id desc"}) {
        const OrderBy o = OrderBy::parse(QString::fromUtf8(text), nullptr);
        for (const QJsonObject &a : records) {
            QCOMPARE(o.compare(a, a), 0);
            for (const QJsonObject &b : records) {
                const int ab = o.compare(a, b);
                QCOMPARE(o.compare(b, a) < 0, ab > 0);
                for (const QJsonObject &c : records) {
                    if (ab < 0 && o.compare(b, c) < 0)
                        QVERIFY(o.compare(a, c) < 0);
                }
            }
        }
    }
    QCOMPARE(OrderBy().compare(records.at(0), records.at(1)), 0);
}

void TestOrderAndFields::fields_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("flat and nested")
        << QStringLiteral("id,summary,status/name,board/id")
        << json(R"({"id":69,"summary":"Schedule and Execute Conversion","status":{"name":"New"},
                    "board":{"id":1}})");
    QTest::newRow("record spelling kept, id not added")
        << QStringLiteral("SUMMARY, Status/NAME")
        << json(R"({"summary":"Schedule and Execute Conversion","status":{"name":"New"}})");
    QTest::newRow("two sub-fields") << QStringLiteral("board/id,board/name")
                                    << json(R"({"board":{"id":1,"name":"Service A"}})");
    QTest::newRow("whole reference wins")
        << QStringLiteral("board/id,board")
        << json(R"({"board":{"id":1,"name":"Service A","_info":{"board_href":
                    "https://example.com/v4_6_release/apis/3.0/service/boards/1"}}})");
    QTest::newRow("missing fields absent")
        << QStringLiteral("nope,board/nope,id") << json(R"({"id":69})");
    QTest::newRow("null kept when asked")
        << QStringLiteral("closedDate,country") << json(R"({"closedDate":null,"country":null})");
    QTest::newRow("_info path") << QStringLiteral("_info/lastUpdated")
                                << json(R"({"_info":{"lastUpdated":"2016-03-08T21:59:20Z"}})");
    QTest::newRow("deep path")
        << QStringLiteral("type/board/workRole/name")
        << json(R"({"type":{"board":{"workRole":{"name":"System Engineer"}}}})");
    QTest::newRow("array of objects")
        << QStringLiteral("customFields/caption,customFields/value")
        << json(R"({"customFields":[{"caption":"Story Points","value":5}]})");
    QTest::newRow("scalar array whole") << QStringLiteral("subType/typeAssociationIds")
                                        << json(R"({"subType":{"typeAssociationIds":[30,31]}})");
    QTest::newRow("path below a scalar") << QStringLiteral("summary/x") << QJsonObject();
}

void TestOrderAndFields::fields()
{
    QFETCH(QString, fields);
    QFETCH(QJsonObject, expected);
    Error error{1, QStringLiteral("stale")};
    const FieldSelection f = FieldSelection::parse(fields, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(f.apply(testdata::ticket69()), expected);
}

void TestOrderAndFields::fieldsOnNullReference()
{
    const FieldSelection f = FieldSelection::parse(QStringLiteral("id,owner/identifier"), nullptr);
    QCOMPARE(f.apply(testdata::ticket70()), json(R"({"id":70})"));
    QCOMPARE(f.apply(testdata::ticket69()), json(R"({"id":69,"owner":{"identifier":"User1"}})"));
}

void TestOrderAndFields::fieldsDedupAndEmpty()
{
    const FieldSelection f =
        FieldSelection::parse(QStringLiteral("id, ID ,board/name,Board/Name"), nullptr);
    const QList<QStringList> expected{{QStringLiteral("id")},
                                      {QStringLiteral("board"), QStringLiteral("name")}};
    QCOMPARE(f.paths(), expected);
    QCOMPARE(f.apply(testdata::ticket69()), json(R"({"id":69,"board":{"name":"Service A"}})"));

    const FieldSelection none = FieldSelection::parse(QString(), nullptr);
    QVERIFY(none.isEmpty());
    QCOMPARE(none.apply(testdata::ticket69()), testdata::ticket69());
}

void TestOrderAndFields::lookup_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    const QJsonObject t69 = testdata::ticket69();
    const QJsonValue undefined(QJsonValue::Undefined);
    QTest::newRow("plain") << t69 << QStringLiteral("summary")
                           << QJsonValue(QStringLiteral("Schedule and Execute Conversion"));
    QTest::newRow("nested any case")
        << t69 << QStringLiteral("Board/NAME") << QJsonValue(QStringLiteral("Service A"));
    QTest::newRow("_info fallback") << t69 << QStringLiteral("lastUpdated")
                                    << QJsonValue(QStringLiteral("2016-03-08T21:59:20Z"));
    QTest::newRow("_info fallback any case") << t69 << QStringLiteral("DATEENTERED")
                                             << QJsonValue(QStringLiteral("2005-05-27T17:30:19Z"));
    QTest::newRow("_info explicit") << t69 << QStringLiteral("_info/lastUpdated")
                                    << QJsonValue(QStringLiteral("2016-03-08T21:59:20Z"));
    QTest::newRow("record wins over _info")
        << t69 << QStringLiteral("enteredBy") << QJsonValue(QStringLiteral("User10"));
    QTest::newRow("updatedBy") << t69 << QStringLiteral("updatedBy")
                               << QJsonValue(QStringLiteral("User1"));
    QTest::newRow("no fallback when nested")
        << t69 << QStringLiteral("board/lastUpdated") << undefined;
    QTest::newRow("missing") << t69 << QStringLiteral("nope") << undefined;
    QTest::newRow("missing nested") << t69 << QStringLiteral("board/nope") << undefined;
    QTest::newRow("null field") << t69 << QStringLiteral("closedDate")
                                << QJsonValue(QJsonValue::Null);
    QTest::newRow("through null reference")
        << testdata::ticket70() << QStringLiteral("owner/identifier")
        << QJsonValue(QJsonValue::Null);
    QTest::newRow("through array") << t69 << QStringLiteral("customFields/value") << undefined;
    QTest::newRow("number") << t69 << QStringLiteral("priority/sortOrder") << QJsonValue(6);
    QTest::newRow("empty path") << t69 << QString() << undefined;
}

void TestOrderAndFields::lookup()
{
    QFETCH(QJsonObject, record);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    const QStringList segments = path.isEmpty() ? QStringList() : path.split(QLatin1Char('/'));
    const QJsonValue v = cw::query::lookup(record, segments);
    QCOMPARE(v.type(), expected.type());
    QCOMPARE(v, expected);
}

void TestOrderAndFields::isoDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("qtForm"); // what QDateTime must agree with
    auto row = [](const char *text, bool valid, const char *qt) {
        QTest::newRow(text) << QString::fromUtf8(text) << valid << QString::fromUtf8(qt);
    };
    row("2024-01-31T13:45:10Z", true, "2024-01-31T13:45:10Z");
    row("2024-01-31T13:45:10", true, "2024-01-31T13:45:10Z");
    row("2024-01-31T13:45", true, "2024-01-31T13:45:00Z");
    row("2024-01-31", true, "2024-01-31T00:00:00Z");
    row("2024-01-31 13:45:10Z", true, "2024-01-31T13:45:10Z");
    row("2024-01-31T13:45:10.5Z", true, "2024-01-31T13:45:10.500Z");
    row("2024-01-31T13:45:10.123456789Z", true, "2024-01-31T13:45:10.123Z");
    row("2024-01-31T13:45:10+02:00", true, "2024-01-31T11:45:10Z");
    row("2024-01-31T13:45:10-0530", true, "2024-01-31T19:15:10Z");
    row("2024-01-31T01:00:00+05", true, "2024-01-30T20:00:00Z");
    row(" 2024-02-29T00:00:00Z ", true, "2024-02-29T00:00:00Z");
    row("1800-01-01T08:00:00Z", true, "1800-01-01T08:00:00Z");
    row("2023-02-29", false, "");
    row("2024-00-10", false, "");
    row("2024-01-32", false, "");
    row("2024-01-31T24:00:00Z", false, "");
    row("2024-01-31T12:60:00Z", false, "");
    row("2024-01-31T12:00:00.Z", false, "");
    row("2024-01-31T12:00:00ZZ", false, "");
    row("2024-01-31T12", false, "");
    row("2002-08-20T18: 04: 26Z", false, ""); // as in the fixture's company
    row("24-01-31", false, "");
    row("", false, "");
}

void TestOrderAndFields::isoDateTime()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, qtForm);
    qint64 ms = -1;
    QCOMPARE(parseIsoDateTime(text, &ms), valid);
    if (!valid) {
        QCOMPARE(ms, qint64(-1));
        return;
    }
    const QDateTime expected = QDateTime::fromString(qtForm, Qt::ISODateWithMs);
    QVERIFY(expected.isValid());
    QCOMPARE(ms, expected.toMSecsSinceEpoch());
    QCOMPARE(formatIsoDateTime(ms),
             expected.toUTC().toString(expected.time().msec()
                                           ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")
                                           : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
}

void TestOrderAndFields::likePattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    auto row = [](const char *p, const char *t, bool m) {
        QTest::newRow(
            qPrintable(QStringLiteral("%1 ~ %2").arg(QString::fromUtf8(p), QString::fromUtf8(t))))
            << QString::fromUtf8(p) << QString::fromUtf8(t) << m;
    };
    row("Fred%", "fred flintstone", true);
    row("Fred*", "Alfred", false);
    row("%fred", "Alfred", true);
    row("*", "", true);
    row("%", "anything", true);
    row("_", "", false);
    row("_", "x", true);
    row("a_c", "abc", true);
    row("a_c", "abbc", false);
    row("a%c", "ac", true);
    row("a%c%e", "abcde", true);
    row("a%c%e", "abcdf", false);
    row("%ab%ab%", "xxabyyab", true);
    row("%ab%ab%", "xxabyy", false);
    row("**a**", "bab", true);
    row("JOHN@OUTLOOK.COM", "john@outlook.com", true);
    row("straße", "STRASSE", false); // per-character folding, as SQL collations compare
    row("ÄRGER%", "ärgerlich", true);
    row("", "", true);
    row("", "x", false);
}

void TestOrderAndFields::likePattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(LikePattern(pattern).matches(text), matches);
}

void TestOrderAndFields::likePatternIsLinear()
{
    // Backtracking matchers explode on this; the iterative one stays O(n * m).
    const LikePattern pattern(QStringLiteral("%a%a%a%a%a%a%a%a%a%a%b"));
    const QString text(20000, QLatin1Char('a'));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!pattern.matches(text));
    QVERIFY(pattern.matches(QString(text + QLatin1Char('b'))));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestOrderAndFields)
#include "test_orderfields.moc"
