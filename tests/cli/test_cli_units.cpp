// The pieces of cwdesk-cli that need no server: table alignment and truncation, CSV quoting,
// cell texts, FIELD=VALUE parsing, the exit code of every error kind (409 → 5 among them), the
// caret under a bad query, the progress line and the conditions built for lookups and searches.
#include "clierror.h"
#include "desk/fieldassignment.h"
#include "kbcommand.h"
#include "outputformatter.h"
#include "progressbar.h"
#include "desk/referenceresolver.h"

#include "api/apierror.h"
#include "api/listquery.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestCliUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuoting()
    {
        QCOMPARE(OutputFormatter::csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(OutputFormatter::csvField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(OutputFormatter::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(OutputFormatter::csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(OutputFormatter::csvField(u"cr\rhere"_s), u"\"cr\rhere\""_s);
        QCOMPARE(OutputFormatter::csvField(QString()), QString());
    }

    void cellTexts()
    {
        QCOMPARE(OutputFormatter::cellText(QJsonValue(10001)), u"10001"_s);
        QCOMPARE(OutputFormatter::cellText(QJsonValue(2.5)), u"2.5"_s);
        QCOMPARE(OutputFormatter::cellText(QJsonValue(true)), u"true"_s);
        QCOMPARE(OutputFormatter::cellText(QJsonValue(QJsonValue::Null)), QString());
        QCOMPARE(OutputFormatter::cellText(QJsonValue(QJsonValue::Undefined)), QString());
        QCOMPARE(OutputFormatter::cellText(QJsonArray{1, 2}), u"[1,2]"_s);
        const QJsonObject ticket =
            QJsonDocument::fromJson(
                "{\"id\":5,\"status\":{\"id\":3,\"name\":\"New\"},\"customFields\":[{\"id\":1,"
                "\"caption\":\"Region\",\"value\":\"North\"},{\"id\":2,\"caption\":\"VIP\"}]}")
                .object();
        QCOMPARE(OutputFormatter::valueAt(ticket, u"status/name"_s).toString(), u"New"_s);
        QCOMPARE(OutputFormatter::valueAt(ticket, u"customFields/region"_s).toString(), u"North"_s);
        QVERIFY(OutputFormatter::valueAt(ticket, u"customFields/VIP"_s).isUndefined());
        QVERIFY(OutputFormatter::valueAt(ticket, u"owner/identifier"_s).isUndefined());
        QCOMPARE(OutputFormatter::valueAt(ticket, u"customFields/0/id"_s).toInt(), 1);
    }

    void tableAlignsAndTruncatesOnlyWithAWidth()
    {
        const QList<OutputFormatter::Column> columns{
            {u"ID"_s, u"id"_s}, {u"Summary"_s, u"summary"_s, true}, {u"Status"_s, u"s"_s}};
        const QList<QStringList> rows{
            {u"1"_s, u"A fairly long summary that goes on and on"_s, u"New"_s},
            {u"10002"_s, u"Short"_s, u"In Progress"_s}};
        const QStringList full = OutputFormatter::tableLines(columns, rows, 0);
        QCOMPARE(full.size(), 3);
        QCOMPARE(full.at(0), u"ID     Summary                                    Status"_s);
        QCOMPARE(full.at(1), u"1      A fairly long summary that goes on and on  New"_s);
        QCOMPARE(full.at(2), u"10002  Short                                      In Progress"_s);

        const QStringList narrow = OutputFormatter::tableLines(columns, rows, 40);
        for (const QString &line : narrow)
            QVERIFY2(OutputFormatter::displayWidth(line) <= 40, qPrintable(line));
        QVERIFY(narrow.at(1).contains(u'…'));
        // Every column gave up some width, the summary most, but it keeps the most room; ids are
        // never cut.
        QVERIFY(narrow.at(1).contains(u"A fairly long"_s));
        QVERIFY(narrow.at(2).startsWith(u"10002  "_s));
        QVERIFY(narrow.at(2).contains(u"In Progr"_s));
        QCOMPARE(narrow.at(0).indexOf(u"Summary"_s), 7);

        // Plain and accented letters take one cell each.
        QCOMPARE(OutputFormatter::displayWidth(u"abc"_s), 3);
        QCOMPARE(OutputFormatter::displayWidth(u"é"_s), 1);
    }

    void streamsJsonAsTheServerSentIt()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        OutputFormatter output(&buffer);
        output.setFormat(OutputFormatter::Format::Json);
        output.beginList({{u"ID"_s, u"id"_s}});
        output.addRecords({"{\"id\":1, \"x\" : \"keeps its spacing\"}", "{\"id\":2}"});
        output.addRecords({});
        output.addRecords({"{\"id\":3}"});
        output.endList();
        QCOMPARE(
            buffer.data(),
            QByteArray(
                "[\n{\"id\":1, \"x\" : \"keeps its spacing\"},\n{\"id\":2},\n{\"id\":3}\n]\n"));
        QCOMPARE(output.listedCount(), 3);
        QVERIFY(QJsonDocument::fromJson(buffer.data()).isArray());

        QBuffer empty;
        empty.open(QIODevice::WriteOnly);
        OutputFormatter none(&empty);
        none.setFormat(OutputFormatter::Format::Json);
        none.beginList({});
        none.endList();
        QCOMPARE(empty.data(), QByteArray("[]\n"));
    }

    void csvAndTableListings()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        OutputFormatter output(&buffer);
        output.setFormat(OutputFormatter::Format::Csv);
        output.beginList({{u"ID"_s, u"id"_s},
                          {u"Summary"_s, u"summary"_s},
                          {u"Owner"_s, u"owner/identifier"_s}});
        output.addRecords({"{\"id\":1,\"summary\":\"Printer, \\\"HP\\\"\\nfloor "
                           "2\",\"owner\":{\"identifier\":\"jdoe\"}}",
                           "{\"id\":2,\"summary\":\"Plain\"}"});
        output.endList();
        QCOMPARE(
            buffer.data(),
            QByteArray("ID,Summary,Owner\n1,\"Printer, \"\"HP\"\"\nfloor 2\",jdoe\n2,Plain,\n"));

        QBuffer table;
        table.open(QIODevice::WriteOnly);
        OutputFormatter tabular(&table);
        tabular.beginList({{u"ID"_s, u"id"_s}, {u"Summary"_s, u"summary"_s}});
        tabular.addRecords({"{\"id\":1,\"summary\":\"two\\nlines\"}"});
        tabular.endList();
        QCOMPARE(table.data(), QByteArray("ID  Summary\n1   two lines\n"));
    }

    void oneRecordAsATable()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        OutputFormatter output(&buffer);
        output.writeRecord("{\"id\":7,\"title\":\"VPN\",\"resolution\":\"Step one.\\nStep two.\"}",
                           {{u"ID"_s, u"id"_s},
                            {u"Title"_s, u"title"_s},
                            {u"Resolution"_s, u"resolution"_s},
                            {u"Board"_s, u"board/name"_s}});
        QCOMPARE(buffer.data(), QByteArray("ID          7\nTitle       VPN\nResolution  Step one.\n"
                                           "            Step two.\nBoard\n"));
    }

    void fieldAssignments()
    {
        FieldAssignment a;
        QString error;
        QVERIFY(FieldAssignment::parse(u"status.name=In Progress"_s, &a, &error));
        QCOMPARE(a.path(), (QStringList{u"status"_s, u"name"_s}));
        QCOMPARE(a.value(), QJsonValue(u"In Progress"_s));
        QVERIFY(FieldAssignment::parse(u"budgetHours=2.5"_s, &a, &error));
        QCOMPARE(a.value(), QJsonValue(2.5));
        QVERIFY(FieldAssignment::parse(u"approved=true"_s, &a, &error));
        QCOMPARE(a.value(), QJsonValue(true));
        QVERIFY(FieldAssignment::parse(u"owner=null"_s, &a, &error));
        QVERIFY(a.value().isNull());
        QVERIFY(FieldAssignment::parse(u"summary=\"42\""_s, &a, &error));
        QCOMPARE(a.value(), QJsonValue(u"42"_s));
        QVERIFY(FieldAssignment::parse(u"summary=a=b"_s, &a, &error));
        QCOMPARE(a.rawValue(), u"a=b"_s);
        // Where the record holds text, a number stays text.
        QVERIFY(FieldAssignment::parse(u"summary=2024"_s, &a, &error));
        QCOMPARE(a.valueFor(QJsonValue(u"old"_s)), QJsonValue(u"2024"_s));
        QCOMPARE(a.valueFor(QJsonValue(3)), QJsonValue(2024));
        // Custom fields keep dots in their caption.
        QVERIFY(FieldAssignment::parse(u"customField.Version 2.0=x"_s, &a, &error));
        QVERIFY(a.isCustomField());
        QCOMPARE(a.path().at(1), u"Version 2.0"_s);
        QVERIFY(FieldAssignment::parse(u"cf.Region=North"_s, &a, &error));
        QVERIFY(a.isCustomField());
        QVERIFY(!FieldAssignment::parse(u"noequals"_s, &a, &error));
        QVERIFY(error.contains(u"noequals"_s));
        QVERIFY(!FieldAssignment::parse(u"=x"_s, &a, &error));
        QVERIFY(!FieldAssignment::parse(u"a..b=x"_s, &a, &error));

        const QJsonObject record = FieldAssignment::withValue(
            {{u"a"_s, QJsonObject{{u"keep"_s, 1}}}}, {u"a"_s, u"b"_s, u"c"_s}, 5);
        QCOMPARE(record.value(u"a"_s).toObject().value(u"keep"_s).toInt(), 1);
        QCOMPARE(FieldAssignment::valueAt(record, {u"a"_s, u"b"_s, u"c"_s}).toInt(), 5);
    }

    void exitCodes()
    {
        using Kind = ApiError::Kind;
        QCOMPARE(CliError::exitFor(ApiError()), CliError::Success);
        QCOMPARE(CliError::exitFor(ApiError::fromHttpStatus(409, {})), CliError::Conflict);
        QCOMPARE(int(CliError::Conflict), 5);
        QCOMPARE(CliError::exitFor(ApiError::fromHttpStatus(401, {})), CliError::Auth);
        QCOMPARE(CliError::exitFor(ApiError::fromHttpStatus(403, {})), CliError::Auth);
        QCOMPARE(int(CliError::Auth), 3);
        for (const int status : {500, 502, 503, 504, 429})
            QCOMPARE(CliError::exitFor(ApiError::fromHttpStatus(status, {})), CliError::Network);
        QCOMPARE(int(CliError::Network), 4);
        for (const int status : {400, 404, 410, 422})
            QCOMPARE(CliError::exitFor(ApiError::fromHttpStatus(status, {})), CliError::Failure);
        QCOMPARE(CliError::exitFor(ApiError::invalidQuery(u"conditions"_s, 3, u"x"_s)),
                 CliError::Usage);
        QCOMPARE(CliError::exitFor(ApiError::configuration(u"x"_s)), CliError::Usage);
        QCOMPARE(CliError::exitFor(ApiError::cancelled()), CliError::Interrupted);
        QCOMPARE(CliError::exitFor(ApiError::invalidJson(200, u"x"_s)), CliError::Failure);
        // Every transport failure is "unreachable".
        for (const int code :
             {int(QNetworkReply::HostNotFoundError), int(QNetworkReply::ConnectionRefusedError),
              int(QNetworkReply::RemoteHostClosedError), int(QNetworkReply::TimeoutError),
              int(QNetworkReply::SslHandshakeFailedError),
              int(QNetworkReply::UnknownNetworkError)}) {
            const ApiError error = ApiError::fromNetworkError(code, u"x"_s);
            QVERIFY(error.kind() != Kind::None);
            QCOMPARE(CliError::exitFor(error), CliError::Network);
        }
    }

    void errorTextAndCaret()
    {
        ListQuery query;
        query.conditions = u"closedFlag=false and\tsummary contians \"x\""_s;
        const ApiError invalid = query.validate();
        QCOMPARE(invalid.kind(), ApiError::Kind::InvalidQuery);
        const CliError error = CliError::fromApiError(invalid, &query);
        QCOMPARE(error.exit(), CliError::Usage);
        const QStringList lines = error.text().split(u'\n');
        QVERIFY(lines.first().startsWith(u"cwdesk-cli: "_s));
        const qsizetype at = lines.indexOf(QRegularExpression(u"  conditions: .*"_s));
        QVERIFY2(at > 0, qPrintable(error.text()));
        // The tab became one space, so the caret lands under "contians".
        QCOMPARE(lines.at(at + 1).indexOf(u'^'), lines.at(at).indexOf(u"contians"_s));

        ApiError tls = ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, u"x"_s);
        tls.setCertificateSha256("ab12");
        QVERIFY(CliError::fromApiError(tls).text().contains(u"--trust-fingerprint ab12"_s));

        const ApiError refused = ApiError::fromHttpStatus(
            400, "{\"code\":\"InvalidObject\",\"message\":\"ticket object is "
                 "invalid\",\"errors\":[{\"code\":\"NullValue\",\"message\":\"Summary may not be "
                 "empty\",\"resource\":\"ticket\",\"field\":\"summary\"}]}");
        const QString text = CliError::fromApiError(refused).text();
        QVERIFY2(text.contains(u"Summary may not be empty"_s), qPrintable(text));
    }

    void progressLine()
    {
        QCOMPARE(ProgressBar::render(u"tickets"_s, 0, -1, 80), u"0 tickets"_s);
        const QString half = ProgressBar::render(u"tickets"_s, 10000, 20000, 80);
        QVERIFY2(half.startsWith(u'[') && half.contains(u" 50% "_s), qPrintable(half));
        QVERIFY(half.size() < 80);
        QVERIFY(ProgressBar::render(u"tickets"_s, 20000, 20000, 80).contains(u"100%"_s));
        QVERIFY(ProgressBar::render(u"tickets"_s, 5, 10, 20).size() < 20);
    }

    void lookupAndSearchConditionsAreValid()
    {
        QCOMPARE(ReferenceResolver::quoted(u"Say \"hi\" \\ now"_s),
                 u"\"Say \\\"hi\\\" \\\\ now\""_s);
        QCOMPARE(ReferenceResolver::conditionsFor({u"identifier"_s, u"name"_s}, u"Acme"_s),
                 u"identifier=\"Acme\" or name=\"Acme\""_s);
        QCOMPARE(ReferenceResolver::conditionsFor({u"fullName"_s}, u"Mary Ann Smith"_s),
                 u"(firstName=\"Mary Ann\" and lastName=\"Smith\")"_s);
        for (const QString &conditions :
             {ReferenceResolver::conditionsFor({u"name"_s}, u"In \"Progress\""_s),
              ReferenceResolver::conditionsFor({u"fullName"_s}, u"Cher"_s),
              KbCommand::searchConditions(u"VPN \"drops\" \\ often"_s)}) {
            ListQuery query;
            query.conditions = conditions;
            QVERIFY2(!query.validate().isError(), qPrintable(conditions));
        }
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestCliUnits)
#include "test_cli_units.moc"
