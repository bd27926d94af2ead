// Robustness: random and mutated input must never crash, hang or overflow the stack; every error
// carries a position inside the text, and everything that parses round-trips through toString().
#include "query/conditions.h"
#include "query/fieldselection.h"
#include "query/orderby.h"

#include "ticketdata.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace cw::query;

namespace {

const QStringList kCorpus{
    QStringLiteral("board/name=\"Integration\" and status/name=\"New\""),
    QStringLiteral("(contact/name like \"Fred%\" and closedFlag = false) and dateEntered > "
                   "[2015-12-23T05:53:27Z] or summary contains \"test\" AND summary != \"Some "
                   "Summary\""),
    QStringLiteral("closedFlag=false and board/id in (1,2) and priority/name like \"Priority 1%\""),
    QStringLiteral("lastUpdated > [2024-01-01T00:00:00Z]"),
    QStringLiteral("caption=\"Region\" AND value='West'"),
    QStringLiteral("summary not contains 'O''Brien' or id not in (1, 2.5, -3) or x = null"),
    QStringLiteral("((a = 1 or b = 'x\\'y') and (c >= [2024-01-01T00:00:00.5+02:00]))"),
    QStringLiteral("owner/identifier != \"jdoe\" and _info/lastUpdated <= [2024-05-01]"),
};

// Pieces a mutation splices in: every token class and the characters that end them.
const QStringList kPieces{
    QStringLiteral("("),
    QStringLiteral(")"),
    QStringLiteral("\""),
    QStringLiteral("'"),
    QStringLiteral("["),
    QStringLiteral("]"),
    QStringLiteral("\\"),
    QStringLiteral(","),
    QStringLiteral("/"),
    QStringLiteral("="),
    QStringLiteral("!="),
    QStringLiteral("<"),
    QStringLiteral(">="),
    QStringLiteral(" and "),
    QStringLiteral(" or "),
    QStringLiteral(" not "),
    QStringLiteral(" in "),
    QStringLiteral(" like "),
    QStringLiteral(" contains "),
    QStringLiteral("null"),
    QStringLiteral("true"),
    QStringLiteral("-"),
    QStringLiteral("."),
    QStringLiteral("5"),
    QStringLiteral("id"),
    QStringLiteral("%"),
    QStringLiteral("_"),
    QStringLiteral("*"),
    QStringLiteral(" "),
    QStringLiteral("\t"),
    QStringLiteral("ü"),
    QStringLiteral("😀"),
    QString(QChar(0xD800)),
    QString(QChar(0)),
    QStringLiteral("[2024-02-30]"),
};

const QString kAlphabet = QStringLiteral("()\"'[]\\,/=!<>-._%*09azAZ \tü");

std::optional<ValueType> anyType(const QStringList &path)
{
    const int n = int(path.join(QLatin1Char('/')).size()) % 8;
    if (n == 7)
        return std::nullopt;
    return ValueType(n % 7);
}

} // namespace

class TestQueryFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusParses();
    void randomText();
    void mutatedText();
    void pathologicalShapes();
    void orderByAndFields();
    void cleanupTestCase();

private:
    // Parses, checks the error contract or the round trip, evaluates. Returns false on a failure
    // (after recording it with QTest).
    bool exercise(const QString &text);

    QRandomGenerator m_random;
    QList<QJsonObject> m_records;
    int m_valid = 0;
    int m_invalid = 0;
};

void TestQueryFuzz::initTestCase()
{
    const quint32 seed = qEnvironmentVariableIsSet("CW_FUZZ_SEED")
                             ? quint32(qEnvironmentVariableIntValue("CW_FUZZ_SEED"))
                             : 20240531u;
    qInfo("fuzz seed %u (set CW_FUZZ_SEED to change)", seed);
    m_random.seed(seed);
    m_records = testdata::tickets();
    m_records += testdata::contacts();
    QVERIFY(!m_records.first().isEmpty());
}

bool TestQueryFuzz::exercise(const QString &text)
{
    Error error;
    const Conditions c = Conditions::parse(text, &error);
    if (error.isError()) {
        ++m_invalid;
        [&] {
            QVERIFY2(!c.isValid(), qPrintable(text));
            QVERIFY2(error.position >= 0 && error.position <= text.size(),
                     qPrintable(QStringLiteral("%1 -> %2").arg(text).arg(error.position)));
            QVERIFY2(error.message.startsWith(
                         QStringLiteral("Invalid condition at position %1: ").arg(error.position)),
                     qPrintable(error.message));
        }();
        return !QTest::currentTestFailed();
    }
    ++m_valid;
    [&] {
        QVERIFY(c.isValid());
        const QString canonical = c.toString();
        Error again;
        const Conditions reparsed = Conditions::parse(canonical, &again);
        if (canonical.size() > 100000) {
            // Rendering adds spaces, so text near the limit can render past it.
            QCOMPARE(again.position, 100000);
            return;
        }
        QVERIFY2(!again.isError(),
                 qPrintable(QStringLiteral("%1 -> %2: %3").arg(text, canonical, again.message)));
        QVERIFY2(reparsed == c, qPrintable(QStringLiteral("%1 -> %2").arg(text, canonical)));
        QCOMPARE(reparsed.toString(), canonical);
        for (const QJsonObject &r : std::as_const(m_records)) {
            // Evaluation must be deterministic and agree between copies.
            QCOMPARE(c.matches(r), reparsed.matches(r));
            c.matchesChildren(r);
            c.matchesCustomFields(r);
        }
        c.validate(&anyType);
    }();
    return !QTest::currentTestFailed();
}

void TestQueryFuzz::corpusParses()
{
    for (const QString &text : kCorpus) {
        Error error;
        Conditions::parse(text, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(exercise(text));
    }
}

void TestQueryFuzz::randomText()
{
    for (int i = 0; i < 20000; ++i) {
        const int length = int(m_random.bounded(40));
        QString text;
        for (int j = 0; j < length; ++j)
            text.append(kAlphabet.at(m_random.bounded(kAlphabet.size())));
        if (!exercise(text))
            return;
    }
    QVERIFY(m_invalid > 0);
}

void TestQueryFuzz::mutatedText()
{
    const int validBefore = m_valid;
    for (int i = 0; i < 20000; ++i) {
        QString text = kCorpus.at(m_random.bounded(kCorpus.size()));
        const int edits = 1 + int(m_random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int at = int(m_random.bounded(text.size() + 1));
            switch (m_random.bounded(4)) {
            case 0: // delete a run
                text.remove(at, int(m_random.bounded(6)));
                break;
            case 1: // insert a piece
                text.insert(at, kPieces.at(m_random.bounded(kPieces.size())));
                break;
            case 2: // replace a char
                if (at < text.size())
                    text[at] = kAlphabet.at(m_random.bounded(kAlphabet.size()));
                break;
            default: // duplicate a slice
                text.insert(at, text.mid(int(m_random.bounded(text.size() + 1)),
                                         int(m_random.bounded(20))));
                break;
            }
        }
        if (!exercise(text))
            return;
    }
    // Some mutations stay valid (whitespace, duplicated digits …): the round trip got exercised.
    QVERIFY(m_valid > validBefore);
}

void TestQueryFuzz::pathologicalShapes()
{
    const QStringList shapes{
        QString(100000, QLatin1Char('(')),
        QString(100000, QLatin1Char(')')),
        QString(100000, QLatin1Char('[')),
        QString(100000, QLatin1Char('"')),
        QString(99999, QLatin1Char('\'')),
        QString(100000, QLatin1Char('a')),
        QString(100001, QLatin1Char(' ')),
        QStringLiteral("id = 1 and ").repeated(8000) + QStringLiteral("id = 1"),
        QStringLiteral("id = 1 or ").repeated(9000) + QStringLiteral("id = 1"),
        QStringLiteral("(id = 1 or ").repeated(64) + QStringLiteral("id = 2") +
            QString(64, QLatin1Char(')')),
        QStringLiteral("id in (") + QStringLiteral("1,").repeated(40000) + QStringLiteral("2)"),
        QStringLiteral("summary like '") + QStringLiteral("%a").repeated(20000) +
            QStringLiteral("'"),
        QStringLiteral("a/").repeated(20000) + QStringLiteral("b = 1"),
        QStringLiteral("not ").repeated(20000),
        QStringLiteral("id = -") + QString(50000, QLatin1Char('9')),
    };
    for (const QString &text : shapes) {
        if (!exercise(text))
            return;
    }
    // The long and-chain and the big list are fine; the unbalanced ones are errors.
    QVERIFY(Conditions::parse(shapes.at(7), nullptr).isValid());
    QVERIFY(Conditions::parse(shapes.at(10), nullptr).matches(testdata::ticket69()) == false);
    QVERIFY(!Conditions::parse(shapes.at(0), nullptr).isValid());
}

void TestQueryFuzz::orderByAndFields()
{
    const QString alphabet = QStringLiteral("abc/, ascdesASCDES_9()'\"[]-");
    const QJsonObject record = testdata::ticket69();
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int length = int(m_random.bounded(30));
        for (int j = 0; j < length; ++j)
            text.append(alphabet.at(m_random.bounded(alphabet.size())));
        Error error;
        const OrderBy o = OrderBy::parse(text, &error);
        if (error.isError()) {
            QVERIFY2(error.position >= 0 && error.position <= text.size(), qPrintable(text));
            QVERIFY(o.isEmpty());
        } else {
            QCOMPARE(o.compare(record, record), 0);
        }
        const FieldSelection f = FieldSelection::parse(text, &error);
        if (error.isError()) {
            QVERIFY2(error.position >= 0 && error.position <= text.size(), qPrintable(text));
            QVERIFY(f.isEmpty());
        } else {
            f.apply(record);
        }
    }
}

void TestQueryFuzz::cleanupTestCase()
{
    qInfo("%d inputs parsed, %d rejected", m_valid, m_invalid);
    // Both paths must have been exercised in earnest for the run to mean anything.
    QVERIFY(m_valid > 500);
    QVERIFY(m_invalid > 500);
}

QTEST_GUILESS_MAIN(TestQueryFuzz)
#include "test_fuzz.moc"
