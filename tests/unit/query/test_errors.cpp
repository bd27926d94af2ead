// Every parse error with its position and message, and validate()'s type errors in ConnectWise's
// own wording; orderBy and fields errors too.
#include "query/conditions.h"
#include "query/fieldselection.h"
#include "query/orderby.h"

#include "ticketdata.h"

#include <QHash>
#include <QtTest>

using namespace cw::query;

namespace {

const QString kLiteralHelp = QStringLiteral(
    " String values should be enclosed with double or single quotes; DateTime values should be "
    "enclosed in square brackets; numbers should consist of only digits, and optionally a decimal "
    "point and a negation sign; boolean values should be indicated with the keywords true or "
    "false; null values should be indicated by the keyword null.");

QString mismatch(const char *expected, const char *found)
{
    return QStringLiteral("Expected a %1 value, not a %2.")
               .arg(QLatin1StringView(expected), QLatin1StringView(found)) +
           kLiteralHelp;
}

// Field types as the sandbox would report them for a ticket.
std::optional<ValueType> ticketFieldType(const QStringList &path)
{
    static const QHash<QString, ValueType> types{
        {QStringLiteral("id"), ValueType::Number},
        {QStringLiteral("summary"), ValueType::String},
        {QStringLiteral("closedflag"), ValueType::Boolean},
        {QStringLiteral("board"), ValueType::Object},
        {QStringLiteral("board/id"), ValueType::Number},
        {QStringLiteral("board/name"), ValueType::String},
        {QStringLiteral("lastupdated"), ValueType::DateTime},
        {QStringLiteral("_info/lastupdated"), ValueType::DateTime},
        {QStringLiteral("requireddate"), ValueType::DateTime},
        {QStringLiteral("customfields"), ValueType::Array},
        {QStringLiteral("budgethours"), ValueType::Number},
        {QStringLiteral("country"), ValueType::Null},
    };
    const auto it = types.constFind(path.join(QLatin1Char('/')).toLower());
    if (it == types.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

class TestQueryErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleMessage();
    void parseErrors_data();
    void parseErrors();
    void nestingLimit();
    void lengthLimit();
    void pathLimit();
    void validate_data();
    void validate();
    void validatePassesPathsAsTyped();
    void orderByErrors_data();
    void orderByErrors();
    void fieldsErrors_data();
    void fieldsErrors();
};

void TestQueryErrors::exampleMessage()
{
    Error error;
    Conditions::parse(QStringLiteral("status/name = "), &error);
    QCOMPARE(error.position, 14);
    QCOMPARE(error.message, QStringLiteral("Invalid condition at position 14: expected a value "
                                           "after '=' but found end of text."));
}

void TestQueryErrors::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char *name, const char *text, int position, const char *fragment) {
        QTest::newRow(name) << QString::fromUtf8(text) << position << QString::fromUtf8(fragment);
    };
    row("bare word value", "status/name = New", 14,
        "expected a value after '=' but found the bare word 'New'");
    row("bare word after <=", "id <= abc", 6, "after '<=' but found the bare word 'abc'");
    row("contains number", "summary contains 5", 17,
        "'contains' needs a text value in double or single quotes but found '5'");
    row("not like bool", "summary not like true", 17, "'not like' needs a text value");
    row("contains date", "summary contains [2024-01-01]", 17, "needs a text value");
    row("empty in list", "id in ()", 6, "the list after 'in' is empty");
    row("empty not in list", "id not in ( )", 10, "the list after 'not in' is empty");
    row("in without list", "id in 1,2", 6, "expected '(' and a list of values after 'in'");
    row("in missing comma", "id in (1 2)", 9,
        "expected ',' or ')' in the list that starts at "
        "position 6 but found '2'");
    row("in trailing comma", "id in (1,)", 9, "expected a value after ',' but found ')'");
    row("in unclosed", "id in (1, 2", 11, "expected ',' or ')'");
    row("in bare word", "status/name in (New)", 16, "bare word 'New'");
    row("dangling and", "id = 1 and", 10, "expected a field name or '(' but found end of text");
    row("and or", "id = 1 and or id = 2", 11, "expected a field name or '(' but found 'or'");
    row("unclosed paren", "(id = 1", 7,
        "expected 'and', 'or' or ')' to close the '(' at position 0 but found end of text");
    row("stray close", "id = 1)", 6, "expected 'and', 'or' or the end of the text but found ')'");
    row("missing operator", "id 5", 3,
        "expected an operator (=, !=, <, <=, >, >=, contains, "
        "like, in or not) after 'id' but found '5'");
    row("field only", "summary", 7, "after 'summary' but found end of text");
    row("not =", "id not = 5", 7, "expected 'contains', 'like' or 'in' after 'not' but found '='");
    row("unclosed double", "summary = \"abc", 10, "the string that starts here has no closing \"");
    row("unclosed single", "summary = 'abc", 10, "has no closing '");
    row("escaped closing quote", "summary = 'abc\\'", 10, "has no closing '");
    row("unclosed date", "d > [2024-01-01T00:00:00Z", 4, "has no closing ']'");
    row("bad month", "d > [2024-13-01]", 4, "'2024-13-01' is not a valid date-time");
    row("bad day", "d > [2024-02-30T00:00:00Z]", 4, "is not a valid date-time");
    row("not a date", "d > [yesterday]", 4, "'yesterday' is not a valid date-time");
    row("empty date", "d > []", 4, "is not a valid date-time");
    row("bad hour", "d > [2024-01-01T25:00:00Z]", 4, "is not a valid date-time");
    row("unexpected character", "id = 5 & x = 1", 7, "unexpected character '&'");
    row("lone minus", "id = -x", 5, "expected digits after '-'");
    row("empty segment", "board//name = 1", 6, "expected a field name after '/' but found '/'");
    row("trailing slash", "board/ = 1", 6, "expected a field name after '/' but found ' '");
    row("slash at end", "board/", 6, "expected a field name after '/' but found end of text");
    row("no field", "= 5", 0, "expected a field name or '(' but found '='");
    row("keyword as field", "and = 5", 0, "expected a field name or '(' but found 'and'");
    row("two comparisons", "id = 1 id = 2", 7,
        "expected 'and', 'or' or the end of the text but found 'id'");
    row("double equals", "id == 5", 4, "expected a value after '=' but found '='");
    row("number then word", "id = 12abc", 7, "found 'abc'");
    row("two decimal points", "id = 1.2.3", 8, "unexpected character '.'");
    row("open paren only", "(", 1, "expected a field name or '(' but found end of text");
    row("empty parens", "()", 1, "expected a field name or '(' but found ')'");
    row("not prefix", "not id = 1", 0, "expected a field name or '(' but found 'not'");
    row("less-greater", "id <> 5", 4, "expected a value after '<' but found '>'");
    row("value is a string", "'x' = 1", 0, "found 'x'");
    row("long token cut", "id = 1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 7,
        "found 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…'");
    row("in list with null then bad", "id in (null, )", 13, "expected a value after ','");
}

void TestQueryErrors::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, fragment);
    Error error;
    const Conditions c = Conditions::parse(text, &error);
    QVERIFY(error.isError());
    QVERIFY(!c.isValid());
    QCOMPARE(error.position, position);
    const QString prefix = QStringLiteral("Invalid condition at position %1: ").arg(position);
    QVERIFY2(error.message.startsWith(prefix), qPrintable(error.message));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void TestQueryErrors::nestingLimit()
{
    auto nested = [](int depth) {
        QString text(depth, QLatin1Char('('));
        text.append(QStringLiteral("id = 69"));
        text.append(QString(depth, QLatin1Char(')')));
        return text;
    };
    Error error;
    const Conditions ok = Conditions::parse(nested(64), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(ok.matches(testdata::ticket69()));
    QCOMPARE(ok.toString(), QStringLiteral("id = 69"));

    Conditions::parse(nested(65), &error);
    QCOMPARE(error.position, 64);
    QVERIFY(error.message.contains(QStringLiteral("nested more than 64 levels")));

    // Far beyond the limit, and unbalanced: still an error, not a crash.
    Conditions::parse(QString(50000, QLatin1Char('(')), &error);
    QCOMPARE(error.position, 64);
}

void TestQueryErrors::lengthLimit()
{
    const QString filler =
        QStringLiteral("summary = '") + QString(99980, QLatin1Char('x')) + QLatin1Char('\'');
    Error error;
    QVERIFY(filler.size() <= 100000);
    Conditions::parse(filler, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    Conditions::parse(filler + QString(100001 - filler.size(), QLatin1Char(' ')), &error);
    QCOMPARE(error.position, 100000);
    QVERIFY(error.message.contains(QStringLiteral("at most 100000")));
}

void TestQueryErrors::pathLimit()
{
    QStringList segments(33, QStringLiteral("a"));
    Error error;
    Conditions::parse(QStringLiteral("x = 1 and ") + segments.join(QLatin1Char('/')) +
                          QStringLiteral(" = 1"),
                      &error);
    QCOMPARE(error.position, 10);
    QVERIFY(error.message.contains(QStringLiteral("more than 32 parts")));
    segments.removeLast();
    Conditions::parse(segments.join(QLatin1Char('/')) + QStringLiteral(" = 1"), &error);
    QVERIFY(!error.isError());
}

void TestQueryErrors::validate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message"); // empty: valid
    auto row = [](const char *name, const char *text, int position, const QString &message) {
        QTest::newRow(name) << QString::fromUtf8(text) << position << message;
    };
    row("boolean vs number", "closedFlag = 1", 13, mismatch("boolean", "numeric"));
    row("boolean vs string", "closedFlag = \"false\"", 13, mismatch("boolean", "string"));
    row("boolean vs date", "closedFlag = [2024-01-01]", 13, mismatch("boolean", "datetime"));
    row("number vs string", "id = \"5\"", 5, mismatch("numeric", "string"));
    row("number vs boolean", "id = true", 5, mismatch("numeric", "boolean"));
    row("string vs number", "summary = 5", 10, mismatch("string", "numeric"));
    row("string vs date", "summary = [2024-01-01]", 10, mismatch("string", "datetime"));
    row("date vs number", "lastUpdated > 5", 14, mismatch("datetime", "numeric"));
    row("date vs bad text", "lastUpdated > \"yesterday\"", 14, mismatch("datetime", "string"));
    row("number contains", "id contains \"5\"", 12, mismatch("numeric", "string"));
    row("reference vs boolean", "board = true", 8, mismatch("numeric", "boolean"));
    row("second comparison", "id = 1 and closedFlag = 1", 24, mismatch("boolean", "numeric"));
    row("in list item", "id in (1, \"2\")", 10, mismatch("numeric", "string"));
    row("nested field", "board/id = 'x'", 11, mismatch("numeric", "string"));
    row("unknown field", "bogus = 1", 0,
        QStringLiteral("Invalid condition at position 0: unknown field 'bogus'."));
    row("unknown nested field", "id = 1 or board/bogus = 1", 10,
        QStringLiteral("Invalid condition at position 10: unknown field 'board/bogus'."));
    row("date vs date", "lastUpdated > [2024-01-01T00:00:00Z]", -1, QString());
    row("date vs ISO text", "_info/lastUpdated > \"2024-01-01T00:00:00Z\"", -1, QString());
    row("null anywhere", "closedFlag = null and id != null and requiredDate = null", -1, QString());
    row("boolean ok", "closedFlag = TRUE", -1, QString());
    row("number ok", "budgetHours >= -1.5 and id in (1, 2)", -1, QString());
    row("string ops ok", "summary contains 'a' and summary not like 'b%' and board/name = 'c'", -1,
        QString());
    row("reference by id or name", "board = 1 or board = 'Help Desk'", -1, QString());
    row("never-set field", "country = 5", -1, QString());
    row("array field", "customFields = 5", -1, QString());
    row("field names any case", "CLOSEDFLAG = false and Board/Name = 'x'", -1, QString());
}

void TestQueryErrors::validate()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, message);
    Error error;
    const Conditions c = Conditions::parse(text, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const Error result = c.validate(&ticketFieldType);
    QCOMPARE(result.message, message);
    QCOMPARE(result.position, position);
    QCOMPARE(result.isError(), !message.isEmpty());
}

void TestQueryErrors::validatePassesPathsAsTyped()
{
    QList<QStringList> seen;
    const Conditions c =
        Conditions::parse(QStringLiteral("Board/Name = 'x' or _info/lastUpdated = null"), nullptr);
    const Error error = c.validate([&](const QStringList &path) -> std::optional<ValueType> {
        seen.append(path);
        return ValueType::String;
    });
    QVERIFY(!error.isError());
    const QList<QStringList> expected{{QStringLiteral("Board"), QStringLiteral("Name")},
                                      {QStringLiteral("_info"), QStringLiteral("lastUpdated")}};
    QCOMPARE(seen, expected);
    QVERIFY(!Conditions().validate(&ticketFieldType).isError());
}

void TestQueryErrors::orderByErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("bad direction")
        << QStringLiteral("id up") << 3
        << QStringLiteral("expected 'asc' or 'desc' after 'id' but found 'up'");
    QTest::newRow("trailing comma")
        << QStringLiteral("id desc,") << 8
        << QStringLiteral("expected a field name but found end of text");
    QTest::newRow("leading comma")
        << QStringLiteral(",id") << 0 << QStringLiteral("expected a field name but found ','");
    QTest::newRow("missing comma")
        << QStringLiteral("id desc name") << 8
        << QStringLiteral("expected ',' or the end of the text but found 'name'");
    QTest::newRow("bad character")
        << QStringLiteral("id;") << 2 << QStringLiteral("unexpected character ';'");
    QTest::newRow("quoted") << QStringLiteral("'id'") << 0
                            << QStringLiteral("expected a field name but found 'id'");
    QTest::newRow("empty segment")
        << QStringLiteral("board/ asc") << 6 << QStringLiteral("expected a field name after '/'");
}

void TestQueryErrors::orderByErrors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, fragment);
    Error error;
    const OrderBy o = OrderBy::parse(text, &error);
    QVERIFY(o.isEmpty());
    QCOMPARE(error.position, position);
    QVERIFY2(
        error.message.startsWith(QStringLiteral("Invalid orderBy at position %1: ").arg(position)),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void TestQueryErrors::fieldsErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty item") << QStringLiteral("id,,summary") << 3
                                << QStringLiteral("expected a field name but found ','");
    QTest::newRow("missing comma")
        << QStringLiteral("id summary") << 3
        << QStringLiteral("expected ',' or the end of the text but found 'summary'");
    QTest::newRow("trailing slash")
        << QStringLiteral("id,board/") << 9
        << QStringLiteral("expected a field name after '/' but found end of text");
    QTest::newRow("string") << QStringLiteral("id,\"x\"") << 3
                            << QStringLiteral("expected a field name but found \"x\"");
    QTest::newRow("bad character")
        << QStringLiteral("id,*") << 3 << QStringLiteral("unexpected character '*'");
}

void TestQueryErrors::fieldsErrors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, fragment);
    Error error;
    const FieldSelection f = FieldSelection::parse(text, &error);
    QVERIFY(f.isEmpty());
    QCOMPARE(error.position, position);
    QVERIFY2(
        error.message.startsWith(QStringLiteral("Invalid fields at position %1: ").arg(position)),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestQueryErrors)
#include "test_errors.moc"
