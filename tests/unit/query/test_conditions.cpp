// Evaluation, precedence, round trips and the child/custom-field variants of conditions.
#include "query/conditions.h"

#include "ticketdata.h"

#include <QJsonObject>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace cw::query;
using IdList = QList<int>;

namespace {

IdList matchingIds(const QList<QJsonObject> &records, const QString &text,
                   bool (Conditions::*match)(const QJsonObject &) const = &Conditions::matches)
{
    Error error;
    const Conditions c = Conditions::parse(text, &error);
    if (error.isError()) {
        qWarning("%s", qPrintable(error.message));
        return {-1};
    }
    IdList ids;
    for (const QJsonObject &r : records) {
        if ((c.*match)(r))
            ids.append(r.value(QStringLiteral("id")).toInt());
    }
    return ids;
}

} // namespace

class TestConditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matches_data();
    void matches();
    void customFieldConditions_data();
    void customFieldConditions();
    void childConditions_data();
    void childConditions();
    void blankAndInvalid();
    void roundTrip_data();
    void roundTrip();
    void equality();
    void fieldPaths();
    void copiesShareTree();
    void concurrentEvaluation();
};

void TestConditions::initTestCase()
{
    QCOMPARE(testdata::ticket69().value(QStringLiteral("id")).toInt(), 69);
    QVERIFY(testdata::contact2().value(QStringLiteral("communicationItems")).isArray());
}

void TestConditions::matches_data()
{
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<IdList>("expected");
    auto row = [](const char *name, const QString &text, const IdList &ids) {
        QTest::newRow(name) << text << ids;
    };
    // Comparison operators on numbers
    row("= number", QStringLiteral("id = 69"), {69});
    row("no spaces", QStringLiteral("id=69"), {69});
    row("!=", QStringLiteral("id != 69"), {70, 71});
    row("<", QStringLiteral("id < 70"), {69});
    row("<=", QStringLiteral("id <= 70"), {69, 70});
    row(">", QStringLiteral("id > 69"), {70, 71});
    row(">=", QStringLiteral("id >= 71"), {71});
    row("decimal literal", QStringLiteral("id = 69.0"), {69});
    row("trailing point", QStringLiteral("id = 69."), {69});
    row("decimal field", QStringLiteral("budgetHours = 2.5"), {71});
    row("negative, null excluded", QStringLiteral("budgetHours > -1"), {71});
    row("numeric not text order", QStringLiteral("resolveMinutes < 10"), {69, 70, 71});
    // Text, case and trailing spaces
    row("text case-insensitive", QStringLiteral("summary = \"schedule and EXECUTE conversion\""),
        {69});
    row("literal trailing spaces", QStringLiteral("summary = 'Schedule and Execute Conversion  '"),
        {69});
    row("field trailing spaces", QStringLiteral("contactName = \"gregg kegle\""), {69, 70, 71});
    row("text !=", QStringLiteral("severity != 'medium'"), {70});
    row("text <", QStringLiteral("severity < \"i\""), {70});
    row("non-ASCII case", QStringLiteral("city = \"ZÜRICH\""), {71});
    row("contains", QStringLiteral("summary contains \"PRINTER\""), {70});
    row("not contains", QStringLiteral("summary not contains \"printer\""), {69, 71});
    row("contains empty", QStringLiteral("summary contains ''"), {69, 70, 71});
    // like
    row("like %", QStringLiteral("summary like \"sched%\""), {69});
    row("like *", QStringLiteral("summary like \"*OFFICE\""), {70});
    row("like _", QStringLiteral("summary like \"Test ticket for 50_ discount%\""), {71});
    row("like _ needs a char", QStringLiteral("severity like \"medium_\""), {});
    row("like no wildcard = equality",
        QStringLiteral("summary like \"schedule and execute conversion\""), {69});
    row("like no wildcard is not contains", QStringLiteral("summary like \"schedule\""), {});
    row("like inner %", QStringLiteral("priority/name like \"Priority 1%\""), {70});
    row("not like", QStringLiteral("summary not like '%o%'"), {});
    row("not like 2", QStringLiteral("summary not like '%office'"), {69, 71});
    // in
    row("in numbers", QStringLiteral("board/id in (1, 3)"), {69, 71});
    row("in no space", QStringLiteral("board/id in(2)"), {70});
    row("not in", QStringLiteral("board/id not in (1)"), {70});
    row("in text mixed quotes", QStringLiteral("status/name in (\"new\", 'CLOSED')"), {69, 70});
    row("not in excludes null", QStringLiteral("owner/identifier not in ('nobody')"), {69, 71});
    // Booleans
    row("bool true", QStringLiteral("closedFlag = true"), {70});
    row("bool FALSE", QStringLiteral("closedFlag = FALSE"), {69, 71});
    row("bool != True", QStringLiteral("ClosedFlag != True"), {69, 71});
    row("bool vs number", QStringLiteral("closedFlag = 1"), {});
    row("bool vs text", QStringLiteral("closedFlag = \"true\""), {});
    // null semantics
    row("reference = null", QStringLiteral("owner = null"), {70});
    row("reference != NULL", QStringLiteral("owner != NULL"), {69, 71});
    row("through null reference", QStringLiteral("owner/identifier = null"), {70});
    row("!= excludes null", QStringLiteral("owner/identifier != \"User1\""), {});
    row("= on reference field", QStringLiteral("owner/identifier = \"user1\""), {69, 71});
    row("date = null", QStringLiteral("closedDate = null"), {69, 71});
    row("date != null", QStringLiteral("closedDate != null"), {70});
    row("missing = null", QStringLiteral("noSuchField = null"), {69, 70, 71});
    row("missing != null", QStringLiteral("noSuchField != null"), {});
    row("missing = value", QStringLiteral("noSuchField = 'x'"), {});
    row("missing not like", QStringLiteral("noSuchField not like 'x%'"), {});
    row("null < value", QStringLiteral("closedDate < [2030-01-01T00:00:00Z]"), {70});
    // Dates
    row("lastUpdated via _info", QStringLiteral("lastUpdated > [2020-01-01T00:00:00Z]"), {70, 71});
    row("_info/lastUpdated", QStringLiteral("_info/lastUpdated > [2020-01-01T00:00:00Z]"),
        {70, 71});
    row("LastUpdated any case", QStringLiteral("LASTUPDATED < [2020-01-01]"), {69});
    row("dateEntered exact", QStringLiteral("dateEntered = [2005-05-27T17:30:19Z]"), {69});
    row("date with offset", QStringLiteral("dateEntered = [2005-05-27T19:30:19+02:00]"), {69});
    row("date with fraction", QStringLiteral("dateEntered = [2005-05-27T17:30:19.000Z]"), {69});
    row("date without Z", QStringLiteral("dateEntered = [2005-05-27T17:30:19]"), {69});
    row("field with offset", QStringLiteral("requiredDate < [2024-01-01T00:00:00Z]"), {69, 71});
    row("field with offset 2", QStringLiteral("requiredDate = [2023-12-31T22:00:00Z]"), {71});
    row("date as quoted text", QStringLiteral("requiredDate = \"2017-03-03T00:00:00.000Z\""), {69});
    row("updatedBy via _info", QStringLiteral("updatedBy = 'user1'"), {69, 70, 71});
    row("enteredBy on record", QStringLiteral("enteredBy = \"User10\""), {69, 70, 71});
    // Precedence and parentheses
    row("and binds tighter", QStringLiteral("closedFlag = true or id = 69 and id = 71"), {70});
    row("parentheses override", QStringLiteral("(closedFlag = true or id = 69) and id = 71"), {});
    row("mixed case keywords", QStringLiteral("id = 69 AND closedFlag = false Or id = 70"),
        {69, 70});
    row("And/OR", QStringLiteral("id = 71 And (closedFlag = true OR board/id = 1)"), {71});
    row("nested parentheses", QStringLiteral("((id = 69) or ((id = 70)))"), {69, 70});
    row("keyword case",
        QStringLiteral("summary CONTAINS 'x' or summary LIKE 'sched%' or id NOT "
                       "IN (69, 70) or summary Not Like '%'"),
        {69, 71});
    // Quotes and escapes
    row("double quotes holding '", QStringLiteral("summary contains \"O'Brien\""), {70});
    row("backslash-escaped '", QStringLiteral("summary contains 'O\\'Brien'"), {70});
    row("doubled '", QStringLiteral("summary contains 'O''Brien'"), {70});
    row("backslash-escaped \"", QStringLiteral("summary contains \"\\\"VIP\\\"\""), {71});
    row("doubled \"", QStringLiteral("summary contains \"\"\"VIP\"\"\""), {71});
    row("single quotes holding \"", QStringLiteral("summary contains '\"VIP\"'"), {71});
    row("escaped backslash", QStringLiteral("poNumber = \"C:\\\\temp\\\\po-7\""), {71});
    // Paths
    row("nested path", QStringLiteral("status/name = \"new\""), {69});
    row("field names any case", QStringLiteral("Status/Name = \"NEW\""), {69});
    row("deep path", QStringLiteral("type/board/workRole/name = \"system engineer\""),
        {69, 70, 71});
    row("company identifier", QStringLiteral("company/identifier = \"YourCompany\""), {69, 70});
    row("null company excluded", QStringLiteral("company/name != \"x\""), {69, 70});
    // References and arrays
    row("reference vs number = id", QStringLiteral("board = 2"), {70});
    row("reference vs text = name", QStringLiteral("board = 'help desk'"), {70});
    row("reference contains", QStringLiteral("status contains 'prog'"), {71});
    row("array of objects in path", QStringLiteral("company/types/name = \"Partner\""), {69, 70});
    row("array of numbers", QStringLiteral("subType/typeAssociationIds = 31"), {69, 70, 71});
    row("array no element", QStringLiteral("subType/typeAssociationIds = 32"), {});
    row("customFields path", QStringLiteral("customFields/value = 8"), {70});
    row("array != null", QStringLiteral("customFields != null"), {69, 70, 71});
    // Lenient cross-type comparisons
    row("number field, numeric text", QStringLiteral("id = \"69\""), {69});
    row("text field, number", QStringLiteral("zip = 33880"), {69, 70, 71});
    row("number contains", QStringLiteral("id contains '7'"), {70, 71});
}

void TestConditions::matches()
{
    QFETCH(QString, conditions);
    QFETCH(IdList, expected);
    QCOMPARE(matchingIds(testdata::tickets(), conditions), expected);
}

void TestConditions::customFieldConditions_data()
{
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<IdList>("expected");
    QTest::newRow("caption and number")
        << QStringLiteral("caption = \"Story Points\" and value > 6") << IdList{70};
    QTest::newRow("fixture value")
        << QStringLiteral("caption=\"Story Points\" AND value = 5") << IdList{69};
    QTest::newRow("text value") << QStringLiteral("caption=\"Region\" AND value=\"west\"")
                                << IdList{70};
    QTest::newRow("date value")
        << QStringLiteral("caption=\"Renewal Date\" and value >= [2026-07-01T00:00:00Z]")
        << IdList{70};
    QTest::newRow("not null") << QStringLiteral("value != null") << IdList{69, 70};
    QTest::newRow("same element") << QStringLiteral("caption = 'Region' and value = 8") << IdList{};
    QTest::newRow("any case") << QStringLiteral("CAPTION = 'story points' AND VALUE = 5")
                              << IdList{69};
    QTest::newRow("id and type") << QStringLiteral("id = 3 and type = 'date'") << IdList{70};
    QTest::newRow("or") << QStringLiteral("caption = 'Region' or value = 5") << IdList{69, 70};
}

void TestConditions::customFieldConditions()
{
    QFETCH(QString, conditions);
    QFETCH(IdList, expected);
    QCOMPARE(matchingIds(testdata::tickets(), conditions, &Conditions::matchesCustomFields),
             expected);
}

void TestConditions::childConditions_data()
{
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<IdList>("expected");
    QTest::newRow("docs example") << QStringLiteral(
                                         "communicationItems/value like "
                                         "\"john@Outlook.com\" AND "
                                         "communicationItems/communicationType=\"Email\"")
                                  << IdList{3};
    QTest::newRow("wildcard") << QStringLiteral("communicationItems/value like '%@yourcompany.com'")
                              << IdList{2};
    QTest::newRow("same element") << QStringLiteral("communicationItems/value = \"8139357100\" and "
                                                    "communicationItems/communicationType = "
                                                    "\"Phone\"")
                                  << IdList{2};
    QTest::newRow("same element, nested")
        << QStringLiteral("communicationItems/value = 'john@outlook.com' and "
                          "communicationItems/type/name = 'Direct'")
        << IdList{};
    QTest::newRow("independent when paths differ")
        << QStringLiteral("communicationItems/value = 'john@outlook.com' and firstName = 'John'")
        << IdList{3};
    QTest::newRow("independent existential")
        << QStringLiteral("communicationItems/type/name = 'Direct' and id > 2") << IdList{3};
    QTest::newRow("defaultFlag") << QStringLiteral("communicationItems/defaultFlag = true")
                                 << IdList{2};
}

void TestConditions::childConditions()
{
    QFETCH(QString, conditions);
    QFETCH(IdList, expected);
    QCOMPARE(matchingIds(testdata::contacts(), conditions, &Conditions::matchesChildren), expected);
}

void TestConditions::blankAndInvalid()
{
    for (const QString &text : {QString(), QStringLiteral("   "), QStringLiteral("\t\n")}) {
        Error error{3, QStringLiteral("stale")};
        const Conditions c = Conditions::parse(text, &error);
        QVERIFY(!error.isError());
        QVERIFY(c.isEmpty());
        QVERIFY(c.isValid());
        QVERIFY(c.matches(testdata::ticket69()));
        QVERIFY(c.matchesChildren(testdata::contact2()));
        QVERIFY(c.matchesCustomFields(testdata::ticket71()));
        QVERIFY(c.toString().isEmpty());
    }
    const Conditions defaulted;
    QVERIFY(defaulted.isEmpty() && defaulted.isValid() && defaulted.matches(testdata::ticket69()));

    Error error;
    const Conditions bad = Conditions::parse(QStringLiteral("id = "), &error);
    QVERIFY(error.isError());
    QVERIFY(!bad.isValid());
    QVERIFY(!bad.matches(testdata::ticket69()));
    QVERIFY(!bad.matchesChildren(testdata::contact2()));

    // A later successful parse clears the error (callers reuse one Error).
    const Conditions good = Conditions::parse(QStringLiteral("id = 69"), &error);
    QVERIFY(!error.isError());
    QVERIFY(good.isValid() && !good.isEmpty() && good.matches(testdata::ticket69()));
    QVERIFY(!Conditions::parse(QStringLiteral("id = 70"), nullptr).matches(testdata::ticket69()));
}

void TestConditions::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    auto row = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << out;
    };
    row("spacing", QStringLiteral("id=5"), QStringLiteral("id = 5"));
    row("operators", QStringLiteral("a!=1 AND b<2 and c<=3 and d>4 and e>=5"),
        QStringLiteral("a != 1 and b < 2 and c <= 3 and d > 4 and e >= 5"));
    row("redundant parentheses", QStringLiteral("((a = 1 and b = 2)) or (c = 3)"),
        QStringLiteral("a = 1 and b = 2 or c = 3"));
    row("needed parentheses", QStringLiteral("a = 1 AND (b = 2 OR c = 3)"),
        QStringLiteral("a = 1 and (b = 2 or c = 3)"));
    row("flattening", QStringLiteral("a = 1 and (b = 2 and c = 3)"),
        QStringLiteral("a = 1 and b = 2 and c = 3"));
    row("doubled quote", QStringLiteral("s = 'O''Brien'"), QStringLiteral("s = \"O'Brien\""));
    row("escapes", QStringLiteral("s = \"a\\\"b\\\\c\""), QStringLiteral("s = \"a\\\"b\\\\c\""));
    row("date normalised", QStringLiteral("d > [2024-01-01T10:00:00+02:00]"),
        QStringLiteral("d > [2024-01-01T08:00:00Z]"));
    row("date ms", QStringLiteral("d > [2024-01-01T10:00:00.25]"),
        QStringLiteral("d > [2024-01-01T10:00:00.250Z]"));
    row("word operators",
        QStringLiteral("x NOT IN (1,2) and y Not Contains 'a' and z NOT LIKE 'b%'"),
        QStringLiteral("x not in (1, 2) and y not contains \"a\" and z not like \"b%\""));
    row("keywords", QStringLiteral("f = TRUE or g = False or h = NULL"),
        QStringLiteral("f = true or g = false or h = null"));
    row("numbers as written", QStringLiteral("n = -2.50 or m in (1., 3)"),
        QStringLiteral("n = -2.50 or m in (1., 3)"));
    row("path spelling kept", QStringLiteral("Board/Name = 'x'"),
        QStringLiteral("Board/Name = \"x\""));
    row("in strings", QStringLiteral("s in ('a', \"b\")"), QStringLiteral("s in (\"a\", \"b\")"));
}

void TestConditions::roundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    Error error;
    const Conditions parsed = Conditions::parse(input, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(parsed.toString(), canonical);
    const Conditions again = Conditions::parse(parsed.toString(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(again == parsed);
    QCOMPARE(again.toString(), canonical);
}

void TestConditions::equality()
{
    auto p = [](const char *text) {
        return Conditions::parse(QString::fromUtf8(text), nullptr);
    };
    QVERIFY(p("a = 1") == p("a=1.0"));
    QVERIFY(p("a = 1") != p("a = 2"));
    QVERIFY(p("a = 1") != p("a != 1"));
    QVERIFY(p("a = 1") != p("b = 1"));
    QVERIFY(p("a = '1'") != p("a = 1"));
    QVERIFY(p("a = 1 and b = 2") != p("a = 1 or b = 2"));
    QVERIFY(p("a = 1 and (b = 2 or c = 3)") != p("a = 1 and b = 2 or c = 3"));
    QVERIFY(p("a in (1, 2)") != p("a in (1)"));
    QVERIFY(p("d = [2024-01-01T00:00:00Z]") == p("d = [2024-01-01T01:00:00+01:00]"));
    QVERIFY(p("") == Conditions());
    QVERIFY(p("a =") != Conditions());
}

void TestConditions::fieldPaths()
{
    const Conditions c = Conditions::parse(
        QStringLiteral("board/name = 'x' and (Board/Name = 'y' or id in (1)) or _info/lastUpdated "
                       "> [2024-01-01]"),
        nullptr);
    const QList<QStringList> expected{{QStringLiteral("board"), QStringLiteral("name")},
                                      {QStringLiteral("id")},
                                      {QStringLiteral("_info"), QStringLiteral("lastUpdated")}};
    QCOMPARE(c.fieldPaths(), expected);
    QVERIFY(Conditions().fieldPaths().isEmpty());
}

void TestConditions::copiesShareTree()
{
    Conditions a = Conditions::parse(QStringLiteral("status/name = 'New'"), nullptr);
    const Conditions b = a;
    a = Conditions::parse(QStringLiteral("id = 70"), nullptr);
    QVERIFY(b.matches(testdata::ticket69()));
    QVERIFY(!a.matches(testdata::ticket69()));
    QVERIFY(a.matches(testdata::ticket70()));
}

void TestConditions::concurrentEvaluation()
{
    // Odd spellings force the cached key lookup; several threads share one tree.
    const Conditions c = Conditions::parse(
        QStringLiteral("STATUS/NAME = 'new' and LASTUPDATED < [2020-01-01] and sUmMaRy like 'S%'"),
        nullptr);
    const QList<QJsonObject> records = testdata::tickets();
    std::atomic<int> hits{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 500; ++i) {
                for (const QJsonObject &r : records)
                    hits += c.matches(r) ? 1 : 0;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(hits.load(), 4 * 500);
}

QTEST_GUILESS_MAIN(TestConditions)
#include "test_conditions.moc"
