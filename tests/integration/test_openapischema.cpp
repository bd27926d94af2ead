// The schema validator must accept recorded ConnectWise bodies and reject each kind of violation,
// otherwise the conformance tests that rely on it could pass without checking anything.
#include "openapischema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject validTicket()
{
    return obj(
        "{\"id\": 12, \"summary\": \"Printer down\", \"recordType\": \"ServiceTicket\", "
        "\"board\": {\"id\": 1, \"name\": \"Help Desk\", \"_info\": {\"board_href\": "
        "\"http://x/1\"}}, "
        "\"company\": {\"id\": 3, \"identifier\": \"ACME\", \"name\": \"Acme\", \"_info\": {}}, "
        "\"budgetHours\": 2, \"severity\": \"Medium\", \"closedFlag\": false, "
        "\"requiredDate\": \"2024-01-02T03:04:05Z\", "
        "\"customFields\": [{\"id\": 1, \"caption\": \"Region\", \"type\": \"Text\", "
        "\"entryMethod\": \"EntryField\", \"numberOfDecimals\": 0, \"value\": \"West\"}], "
        "\"_info\": {\"lastUpdated\": \"2024-01-02T03:04:05Z\", \"updatedBy\": \"admin\"}} ");
}

} // namespace

class TestOpenApiSchema : public QObject
{
    Q_OBJECT

private:
    const OpenApiSchema &schema() const { return OpenApiSchema::reference(); }

    static bool mentions(const QStringList &problems, const QString &text)
    {
        for (const QString &p : problems) {
            if (p.contains(text))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void loadsAllRequestedSchemas()
    {
        for (const char *name :
             {"Ticket", "ServiceNote", "ServiceTask", "ConfigurationReference", "Board",
              "BoardStatus", "BoardType", "BoardSubType", "BoardTeam", "Priority", "SLA", "Source",
              "ServiceLocation", "KnowledgeBaseArticle", "CallbackEntry", "Count", "Info",
              "ErrorResponseMessage"})
            QVERIFY2(schema().hasSchema(QString::fromLatin1(name)), name);
        QVERIFY(schema().schemaNames().size() >= 100);
    }

    void acceptsValidTicket()
    {
        const QStringList problems = schema().validate(validTicket(), u"Ticket"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(summarizeProblems(problems)));
    }

    void acceptsRecordedBodies()
    {
        QFile file(QString::fromUtf8(CW_REFERENCE_DIR) + u"/connectwise-recorded-responses.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject files = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(u"amp-labs/connectors"_s)
                                      .toObject()
                                      .value(u"files"_s)
                                      .toObject();
        const QString base = u"providers/connectwise/"_s;
        const QJsonValue callback =
            files.value(base + u"internal/subscriber/test/create/tickets/response.json"_s);
        QVERIFY(callback.isObject());
        QStringList problems = schema().validate(callback, u"CallbackEntry"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(summarizeProblems(problems)));
        for (const QString &key :
             {u"internal/subscriber/test/create/create-webhook-bad-request-1.json"_s,
              u"test/read/not-found.json"_s, u"test/delete/contact-not-found.json"_s,
              u"test/write/contacts/bad-request.json"_s}) {
            const QJsonValue body = files.value(base + key);
            QVERIFY2(body.isObject(), qPrintable(key));
            problems = schema().validate(body, u"ErrorResponseMessage"_s);
            QVERIFY2(problems.isEmpty(), qPrintable(key + summarizeProblems(problems)));
        }
    }

    void rejectsAdditionalProperties()
    {
        QJsonObject t = validTicket();
        t.insert(u"bogus"_s, 1);
        QStringList problems = schema().validate(t, u"Ticket"_s);
        QVERIFY2(mentions(problems, u"$.bogus"_s), qPrintable(summarizeProblems(problems)));

        t = validTicket();
        QJsonObject board = t.value(u"board"_s).toObject();
        board.insert(u"extra"_s, u"x"_s);
        t.insert(u"board"_s, board);
        problems = schema().validate(t, u"Ticket"_s);
        QVERIFY2(mentions(problems, u"$.board.extra"_s), qPrintable(summarizeProblems(problems)));
    }

    void infoIsAStringMap()
    {
        QJsonObject t = validTicket();
        QJsonObject info = t.value(u"_info"_s).toObject();
        info.insert(u"anything_href"_s, u"http://x"_s); // allowed
        t.insert(u"_info"_s, info);
        QVERIFY(schema().validate(t, u"Ticket"_s).isEmpty());
        info.insert(u"count"_s, 3); // not a string
        t.insert(u"_info"_s, info);
        const QStringList problems = schema().validate(t, u"Ticket"_s);
        QVERIFY2(mentions(problems, u"$._info.count"_s), qPrintable(summarizeProblems(problems)));
    }

    void checksTypes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("integer as double") << u"id"_s << QJsonValue(1.5) << false;
        QTest::newRow("integer as string") << u"id"_s << QJsonValue(u"1"_s) << false;
        QTest::newRow("integer valued double ok") << u"id"_s << QJsonValue(7.0) << true;
        QTest::newRow("int32 overflow") << u"id"_s << QJsonValue(1e12) << false;
        QTest::newRow("number given integer") << u"budgetHours"_s << QJsonValue(3) << true;
        QTest::newRow("number given string") << u"budgetHours"_s << QJsonValue(u"3"_s) << false;
        QTest::newRow("nullable number null") << u"budgetHours"_s << QJsonValue() << true;
        QTest::newRow("string null not nullable") << u"summary"_s << QJsonValue() << false;
        QTest::newRow("string given number") << u"summary"_s << QJsonValue(5) << false;
        QTest::newRow("string too long") << u"summary"_s << QJsonValue(QString(101, u'x')) << false;
        QTest::newRow("boolean given string") << u"closedFlag"_s << QJsonValue(u"true"_s) << false;
        QTest::newRow("enum ok") << u"impact"_s << QJsonValue(u"High"_s) << true;
        QTest::newRow("enum bad") << u"impact"_s << QJsonValue(u"Huge"_s) << false;
        QTest::newRow("enum nullable null") << u"impact"_s << QJsonValue() << true;
        QTest::newRow("date-time bad") << u"requiredDate"_s << QJsonValue(u"yesterday"_s) << false;
        QTest::newRow("ref given string") << u"status"_s << QJsonValue(u"New"_s) << false;
        QTest::newRow("ref null") << u"status"_s << QJsonValue() << false;
        QTest::newRow("array given object")
            << u"customFields"_s << QJsonValue(QJsonObject()) << false;
        QTest::newRow("array item bad")
            << u"customFields"_s << QJsonValue(QJsonArray{QJsonObject{{u"id"_s, u"x"_s}}}) << false;
        QTest::newRow("any-typed value scalar")
            << u"customFields"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"id"_s, 1}, {u"value"_s, 42}}}) << true;
        QTest::newRow("string array item bad")
            << u"integratorTags"_s << QJsonValue(QJsonArray{1}) << false;
    }

    void checksTypes()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QJsonObject t = validTicket();
        t.insert(field, value);
        const QStringList problems = schema().validate(t, u"Ticket"_s);
        QVERIFY2(problems.isEmpty() == valid, qPrintable(summarizeProblems(problems)));
        if (!valid)
            QVERIFY2(mentions(problems, u"$."_s + field), qPrintable(summarizeProblems(problems)));
    }

    void checksRequired()
    {
        QJsonObject t = validTicket();
        t.remove(u"company"_s);
        QStringList problems = schema().validate(t, u"Ticket"_s);
        QVERIFY2(mentions(problems, u"$.company"_s), qPrintable(summarizeProblems(problems)));
        OpenApiSchema::Options lenient;
        lenient.checkRequired = false;
        QVERIFY(schema().validate(t, u"Ticket"_s, lenient).isEmpty());
    }

    void checksArraysOfRecords()
    {
        const QJsonArray items{validTicket(), QJsonObject{{u"id"_s, u"no"_s}}};
        const QStringList problems = schema().validateArray(items, u"Ticket"_s);
        QVERIFY2(mentions(problems, u"$[1].id"_s), qPrintable(summarizeProblems(problems)));
        QVERIFY(!mentions(problems, u"$[0]"_s));
        QVERIFY(!schema().validateArray(QJsonObject(), u"Ticket"_s).isEmpty());
        QVERIFY(!schema().validate(QJsonObject(), u"NoSuchSchema"_s).isEmpty());
    }

    void checksNestedArraysThroughRefs()
    {
        const QJsonObject info =
            obj("{\"version\": \"v2025.1\", \"isCloud\": false, "
                "\"licenseBits\": [{\"name\": \"x\", \"activeFlag\": true, \"junk\": 1}]} ");
        const QStringList problems = schema().validate(info, u"Info"_s);
        QVERIFY2(mentions(problems, u"$.licenseBits[0].junk"_s),
                 qPrintable(summarizeProblems(problems)));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestOpenApiSchema)
#include "test_openapischema.moc"
