// cwdesk-cli end to end: the real executable against a real cwdesk-sandbox process over HTTP and
// HTTPS. Every command runs at least once; JSON output is compared with what the sandbox answers
// to the same query directly; exit codes, standard error and the private key's whereabouts are
// checked.
#include "cliprocess.h"
#include "hookserver.h"
#include "httpclient.h"
#include "sandboxprocess.h"

#include "api/connectionprofile.h"
#include "api/profilestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

// RFC 4180 reader: quoted fields with doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            any = true;
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            any = false;
        } else if (c != u'\r') {
            field += c;
            any = true;
        }
    }
    if (any) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QJsonArray jsonArray(const QByteArray &bytes, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

QJsonObject jsonObject(const QByteArray &bytes, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QStringList nonEmptyLines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    HttpClient m_http;
    QTemporaryDir m_config;
    CliProcess m_cli;
    // Unique per run: nothing may ever print it or write it to a file.
    const QString m_privateKey = u"pk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_site;

    CliResult cli(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        const CliResult result = m_cli.run(arguments, stdinData);
        // The key was given through the environment or stdin: it must never come back out.
        if (result.out.contains(m_privateKey.toUtf8()) ||
            result.err.contains(m_privateKey.toUtf8()))
            qFatal("the private key appeared in the output of cwdesk-cli %s",
                   qPrintable(arguments.join(u' ')));
        return result;
    }

    QJsonArray direct(const QString &path, const Params &params = {})
    {
        const HttpResult r = m_http.get(path, params);
        if (r.status != 200)
            qWarning("%s", qPrintable(r.describe()));
        return r.array();
    }

    // The lines the sandbox logged after the last call of this function (--log-requests).
    QStringList m_seenLog;
    QStringList sandboxLogSince(qsizetype *mark)
    {
        const QStringList lines =
            QString::fromUtf8(m_sandbox.errorOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList fresh = lines.mid(*mark);
        *mark = lines.size();
        return fresh;
    }

    int ticketOnBoard(int boardId)
    {
        const QJsonArray tickets =
            direct(u"/service/tickets"_s,
                   {{u"conditions"_s, u"board/id=%1 and closedFlag=false"_s.arg(boardId)},
                    {u"pageSize"_s, u"1"_s}});
        return tickets.isEmpty() ? 0 : tickets.first().toObject().value(u"id"_s).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliProcess::executable()), qPrintable(CliProcess::executable()));
        QVERIFY(m_config.isValid());
        QVERIFY2(m_sandbox.start({u"--tickets"_s, u"300"_s, u"--seed"_s, u"11"_s,
                                  u"--private-key"_s, m_privateKey, u"--log-requests"_s}),
                 qPrintable(m_sandbox.errorString()));
        m_http.setBaseUrl(m_sandbox.baseUrl());
        m_http.setDefaultHeader(
            "Authorization",
            SandboxProcess::authorization(u"sandbox"_s, u"sandbox-public"_s, m_privateKey));
        m_site = u"http://127.0.0.1:%1"_s.arg(m_sandbox.port());
        m_cli.setEnvironment(u"CWDESK_CONFIG_DIR"_s, m_config.path());
        m_cli.setEnvironment(u"CWDESK_SITE"_s, m_site);
        m_cli.setEnvironment(u"CWDESK_COMPANY"_s, u"sandbox"_s);
        m_cli.setEnvironment(u"CWDESK_PUBLIC_KEY"_s, u"sandbox-public"_s);
        m_cli.setEnvironment(u"CWDESK_PRIVATE_KEY"_s, m_privateKey);
    }

    void cleanupTestCase() { QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); }

    void helpVersionAndUsageErrors()
    {
        CliResult r = cli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &command :
             {u"login"_s,         u"logout"_s,        u"profiles"_s,    u"boards"_s,
              u"statuses"_s,      u"priorities"_s,    u"members"_s,     u"companies"_s,
              u"tickets"_s,       u"count"_s,         u"ticket show"_s, u"ticket create"_s,
              u"ticket update"_s, u"ticket delete"_s, u"notes"_s,       u"note add"_s,
              u"tasks"_s,         u"task add"_s,      u"task done"_s,   u"configs"_s,
              u"config attach"_s, u"config detach"_s, u"kb search"_s,   u"kb show"_s})
            QVERIFY2(r.outText().contains(u"\n  "_s + command + u' '), qPrintable(command));
        QVERIFY(r.outText().contains(u"Exit codes"_s));

        r = cli({u"ticket"_s, u"update"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"status.name"_s));
        QVERIFY(r.outText().contains(u"customField."_s));
        r = cli({u"help"_s, u"tickets"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"--conditions"_s));
        QVERIFY(r.outText().contains(u"--all"_s));

        r = cli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(u"cwdesk-cli "_s));

        // Usage errors: exit 2, a sentence on stderr, nothing on stdout.
        const QList<QStringList> usageErrors{
            {},
            {u"frobnicate"_s},
            {u"ticket"_s},
            {u"ticket"_s, u"explode"_s, u"1"_s},
            {u"ticket"_s, u"show"_s},
            {u"ticket"_s, u"show"_s, u"abc"_s},
            {u"tickets"_s, u"--no-such-option"_s},
            {u"tickets"_s, u"--page-size"_s, u"0"_s},
            {u"tickets"_s, u"--format"_s, u"xml"_s},
            {u"ticket"_s, u"update"_s, u"5"_s},
            {u"ticket"_s, u"update"_s, u"5"_s, u"noequals"_s},
            {u"ticket"_s, u"create"_s, u"--summary"_s, u"x"_s},
            {u"note"_s, u"add"_s, u"5"_s},
        };
        for (const QStringList &arguments : usageErrors) {
            r = cli(arguments);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(arguments.join(u' ') + u": "_s + QString::fromUtf8(r.describe())));
            QVERIFY2(r.err.startsWith("cwdesk-cli: "), r.describe());
            QVERIFY2(r.out.isEmpty(), r.describe());
        }
    }

    void plainHttpOnlyOnLoopback()
    {
        const CliResult r = cli({u"--site"_s, u"http://cw.example.com"_s, u"boards"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"http"_s) && r.errText().contains(u"https"_s), r.describe());
    }

    void boardsInEveryFormat()
    {
        const QJsonArray expected = direct(u"/service/boards"_s, {{u"pageSize"_s, u"1000"_s}});
        QVERIFY(expected.size() >= 3);

        CliResult r = cli({u"boards"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        bool ok = false;
        QCOMPARE(jsonArray(r.out, &ok), expected);
        QVERIFY(ok);

        r = cli({u"boards"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = nonEmptyLines(r.out);
        QCOMPARE(lines.size(), expected.size() + 1);
        QVERIFY(lines.first().startsWith(u"ID"_s));
        // Aligned: the Name column starts at the same offset on every line.
        const qsizetype nameAt = lines.first().indexOf(u"Name"_s);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject board = expected.at(i).toObject();
            QVERIFY2(lines.at(i + 1).mid(nameAt).startsWith(board.value(u"name"_s).toString()),
                     qPrintable(lines.at(i + 1)));
        }

        r = cli({u"-f"_s, u"csv"_s, u"boards"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QList<QStringList> rows = parseCsv(r.outText());
        QCOMPARE(rows.size(), expected.size() + 1);
        QCOMPARE(rows.first().first(), u"ID"_s);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(rows.at(i + 1).at(0).toInt(),
                     expected.at(i).toObject().value(u"id"_s).toInt());
            QCOMPARE(rows.at(i + 1).at(1), expected.at(i).toObject().value(u"name"_s).toString());
        }
    }

    void statusesPrioritiesMembersCompanies()
    {
        const QJsonObject board = direct(u"/service/boards"_s).first().toObject();
        const int boardId = board.value(u"id"_s).toInt();
        const QJsonArray statuses =
            direct(u"/service/boards/%1/statuses"_s.arg(boardId), {{u"pageSize"_s, u"1000"_s}});
        bool ok = false;
        // By id and by name.
        CliResult r = cli({u"statuses"_s, QString::number(boardId), u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(jsonArray(r.out, &ok), statuses);
        r = cli({u"statuses"_s, board.value(u"name"_s).toString(), u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(jsonArray(r.out, &ok), statuses);
        r = cli({u"statuses"_s, u"No Such Board"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"No Such Board"_s), r.describe());

        r = cli({u"priorities"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(jsonArray(r.out, &ok),
                 direct(u"/service/priorities"_s, {{u"pageSize"_s, u"1000"_s}}));
        r = cli({u"priorities"_s});
        QVERIFY2(r.exitCode == 0 && r.outText().contains(u"Priority 1"_s), r.describe());

        r = cli({u"members"_s, u"--conditions"_s, u"inactiveFlag=false"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(jsonArray(r.out, &ok),
                 direct(u"/system/members"_s,
                        {{u"conditions"_s, u"inactiveFlag=false"_s}, {u"pageSize"_s, u"1000"_s}}));
        r = cli({u"members"_s, u"-f"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(parseCsv(r.outText()).first().value(1), u"Identifier"_s);

        const QString conditions = u"name like \"%Law%\""_s;
        r = cli({u"companies"_s, u"--conditions"_s, conditions, u"--order-by"_s, u"name"_s,
                 u"--page-size"_s, u"5"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray companies = direct(
            u"/company/companies"_s,
            {{u"conditions"_s, conditions}, {u"orderBy"_s, u"name"_s}, {u"pageSize"_s, u"5"_s}});
        QVERIFY(!companies.isEmpty());
        QCOMPARE(jsonArray(r.out, &ok), companies);
        r = cli({u"companies"_s, u"--conditions"_s, conditions});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray firstPage = direct(
            u"/company/companies"_s, {{u"conditions"_s, conditions}, {u"pageSize"_s, u"25"_s}});
        QCOMPARE(nonEmptyLines(r.out).size(), firstPage.size() + 1);
        QVERIFY(
            r.outText().contains(firstPage.first().toObject().value(u"identifier"_s).toString()));
    }

    void ticketsPagesAndFormats()
    {
        bool ok = false;
        // The default: one page of 25 in a table.
        CliResult r = cli({u"tickets"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(nonEmptyLines(r.out).size(), 26);

        const Params params{{u"conditions"_s, u"closedFlag=false"_s},
                            {u"orderBy"_s, u"id desc"_s},
                            {u"pageSize"_s, u"10"_s}};
        r = cli({u"tickets"_s, u"--conditions"_s, u"closedFlag=false"_s, u"--order-by"_s,
                 u"id desc"_s, u"--page-size"_s, u"10"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray expected = direct(u"/service/tickets"_s, params);
        QCOMPARE(expected.size(), 10);
        QCOMPARE(jsonArray(r.out, &ok), expected);
        QVERIFY(ok);

        // --page
        r = cli({u"tickets"_s, u"--page-size"_s, u"7"_s, u"--page"_s, u"3"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(jsonArray(r.out, &ok),
                 direct(u"/service/tickets"_s, {{u"pageSize"_s, u"7"_s}, {u"page"_s, u"3"_s}}));

        // Sparse fields: the columns of CSV and the members of JSON records.
        r = cli({u"tickets"_s, u"--fields"_s, u"id,summary,owner.identifier"_s, u"--page-size"_s,
                 u"5"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QList<QStringList> rows = parseCsv(r.outText());
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.first(), (QStringList{u"id"_s, u"summary"_s, u"owner/identifier"_s}));
        const QJsonArray sparse =
            direct(u"/service/tickets"_s,
                   {{u"pageSize"_s, u"5"_s}, {u"fields"_s, u"id,summary,owner/identifier"_s}});
        for (qsizetype i = 0; i < 5; ++i) {
            const QJsonObject t = sparse.at(i).toObject();
            QCOMPARE(
                rows.at(i + 1),
                (QStringList{QString::number(t.value(u"id"_s).toInt()),
                             t.value(u"summary"_s).toString(),
                             t.value(u"owner"_s).toObject().value(u"identifier"_s).toString()}));
        }
        r = cli({u"tickets"_s, u"--fields"_s, u"id,summary"_s, u"--page-size"_s, u"3"_s, u"-f"_s,
                 u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray sparseJson = jsonArray(r.out, &ok);
        QCOMPARE(sparseJson.size(), 3);
        QCOMPARE(sparseJson.first().toObject().keys(), (QStringList{u"id"_s, u"summary"_s}));

        // --all over several pages (fetched in parallel) has as many tickets as count says.
        r = cli({u"count"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const int total = r.outText().trimmed().toInt();
        QCOMPARE(total, 300);
        r = cli({u"tickets"_s, u"--all"_s, u"--page-size"_s, u"40"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray all = jsonArray(r.out, &ok);
        QVERIFY(ok);
        QCOMPARE(all.size(), total);
        QSet<int> ids;
        int previous = 0;
        for (const QJsonValue &ticket : all) {
            const int id = ticket.toObject().value(u"id"_s).toInt();
            QVERIFY2(id > previous, "pages are delivered in order"); // default order: id
            previous = id;
            ids.insert(id);
        }
        QCOMPARE(ids.size(), total);
        // It really paged: the sandbox saw the eighth page of 40.
        const QRegularExpression lastPage(u"service/tickets\\?[^ ]*\\bpage=8\\b"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            lastPage.match(QString::fromUtf8(m_sandbox.errorOutput())).hasMatch(), 5000);

        // --all as a table and as CSV too.
        r = cli({u"tickets"_s, u"--all"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(parseCsv(r.outText()).size(), total + 1);
        r = cli({u"count"_s, u"--conditions"_s, u"closedFlag=false"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const HttpResult counted =
            m_http.get(u"/service/tickets/count"_s, {{u"conditions"_s, u"closedFlag=false"_s}});
        QCOMPARE(jsonObject(r.out, &ok), counted.object());
        r = cli({u"count"_s, u"--conditions"_s, u"closedFlag=false"_s, u"-f"_s, u"csv"_s});
        QCOMPARE(parseCsv(r.outText()).value(1).value(0).toInt(),
                 counted.object().value(u"count"_s).toInt());
    }

    void badConditionsAreRefusedBeforeSending()
    {
        qsizetype mark = 0;
        // A marker request before and after: nothing from the CLI may appear in between.
        QCOMPARE(m_http.get(u"/system/info"_s, {{u"marker"_s, u"before"_s}}).status, 200);
        QTRY_VERIFY(QString::fromUtf8(m_sandbox.errorOutput()).contains(u"marker=before"_s));
        sandboxLogSince(&mark);
        const QString conditions = u"closedFlag=false and summary contians \"printer\""_s;
        const CliResult r = cli({u"tickets"_s, u"--conditions"_s, conditions});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.errText().split(u'\n');
        const qsizetype at = lines.indexOf(QRegularExpression(u".*conditions: .*contians.*"_s));
        QVERIFY2(at >= 0 && at + 1 < lines.size(), r.describe());
        QCOMPARE(lines.at(at + 1).indexOf(u'^'), lines.at(at).indexOf(u"contians"_s));
        const CliResult counted = cli({u"count"_s, u"--conditions"_s, u"id = = 3"_s});
        QCOMPARE(counted.exitCode, 2);
        const CliResult ordered = cli({u"tickets"_s, u"--order-by"_s, u"id sideways"_s});
        QCOMPARE(ordered.exitCode, 2);
        QCOMPARE(m_http.get(u"/system/info"_s, {{u"marker"_s, u"after"_s}}).status, 200);
        QTRY_VERIFY(QString::fromUtf8(m_sandbox.errorOutput()).contains(u"marker=after"_s));
        const QStringList between = sandboxLogSince(&mark);
        QCOMPARE(between.size(), 1);
        QVERIFY2(between.first().contains(u"marker=after"_s), qPrintable(between.join(u'\n')));
    }

    void ticketShowAndUpdate()
    {
        const int id = ticketOnBoard(1);
        QVERIFY(id > 0);
        bool ok = false;
        CliResult r = cli({u"ticket"_s, u"show"_s, QString::number(id), u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject before = jsonObject(r.out, &ok);
        QCOMPARE(before, m_http.get(u"/service/tickets/%1"_s.arg(id)).object());
        r = cli({u"ticket"_s, u"show"_s, QString::number(id)});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.outText().contains(before.value(u"summary"_s).toString()));
        QVERIFY(r.outText().contains(u"Status"_s));

        // Another active member than the current owner, and a status other than the current one.
        QString member;
        for (const QJsonValue &m :
             direct(u"/system/members"_s, {{u"conditions"_s, u"inactiveFlag=false"_s}})) {
            const QString identifier = m.toObject().value(u"identifier"_s).toString();
            if (identifier !=
                before.value(u"owner"_s).toObject().value(u"identifier"_s).toString()) {
                member = identifier;
                break;
            }
        }
        QVERIFY(!member.isEmpty());
        const QString status =
            before.value(u"status"_s).toObject().value(u"name"_s).toString() == u"In Progress"_s
                ? u"Assigned"_s
                : u"In Progress"_s;
        const QString summary = u"Printer, \"HP\" 4050\non floor 2"_s;
        r = cli({u"ticket"_s, u"update"_s, QString::number(id), u"status.name="_s + status,
                 u"owner.identifier="_s + member, u"customField.Region=North"_s,
                 u"summary="_s + summary, u"budgetHours=2.5"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject printed = jsonObject(r.out, &ok);
        const QJsonObject after = m_http.get(u"/service/tickets/%1"_s.arg(id)).object();
        QCOMPARE(printed, after);
        QCOMPARE(after.value(u"status"_s).toObject().value(u"name"_s).toString(), status);
        QCOMPARE(after.value(u"owner"_s).toObject().value(u"identifier"_s).toString(), member);
        QCOMPARE(after.value(u"summary"_s).toString(), summary);
        QCOMPARE(after.value(u"budgetHours"_s).toDouble(), 2.5);
        bool regionSet = false;
        for (const QJsonValue &field : after.value(u"customFields"_s).toArray()) {
            if (field.toObject().value(u"caption"_s).toString() == u"Region"_s)
                regionSet = field.toObject().value(u"value"_s).toString() == u"North"_s;
        }
        QVERIFY(regionSet);

        // Text stays text where the ticket holds text.
        r = cli(
            {u"ticket"_s, u"update"_s, QString::number(id), u"summary=2024"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_http.get(u"/service/tickets/%1"_s.arg(id)).object().value(u"summary"_s),
                 QJsonValue(u"2024"_s));
        r = cli({u"ticket"_s, u"update"_s, QString::number(id), u"summary="_s + summary});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.outText().contains(u"Region"_s) && r.outText().contains(u"North"_s),
                 r.describe());

        // CSV quotes the comma, the quotes and the line break of that summary (RFC 4180).
        r = cli({u"tickets"_s, u"--conditions"_s, u"id=%1"_s.arg(id), u"-f"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.outText().contains(u"\"Printer, \"\"HP\"\" 4050\non floor 2\""_s));
        QCOMPARE(parseCsv(r.outText()).value(1).value(1), summary);

        // Names that do not exist: exit 2, saying what was not found where.
        r = cli({u"ticket"_s, u"update"_s, QString::number(id), u"status.name=Bogus Status"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"no status named \"Bogus Status\" on board"_s),
                 r.describe());
        r = cli({u"ticket"_s, u"update"_s, QString::number(id), u"owner.identifier=nobody-here"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"nobody-here"_s), r.describe());
        r = cli({u"ticket"_s, u"update"_s, QString::number(id), u"customField.Nope=1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"Region"_s), r.describe());
        // The server's own validation: exit 1 with the field error.
        r = cli({u"ticket"_s, u"update"_s, QString::number(id), u"summary=null"_s});
        QVERIFY2(r.exitCode == 1, r.describe());
        QVERIFY2(r.errText().contains(u"summary"_s, Qt::CaseInsensitive), r.describe());
        r = cli({u"ticket"_s, u"show"_s, u"99999999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"404"_s), r.describe());
    }

    void ticketCreateAndDelete()
    {
        bool ok = false;
        const QJsonObject company =
            direct(u"/company/companies"_s, {{u"pageSize"_s, u"1"_s}}).first().toObject();
        const QJsonObject board = direct(u"/service/boards"_s).first().toObject();
        CliResult r =
            cli({u"ticket"_s, u"create"_s, u"--board"_s, board.value(u"name"_s).toString(),
                 u"--company"_s, company.value(u"identifier"_s).toString(), u"--summary"_s,
                 u"Scanner jams on every page"_s, u"status.name=New"_s,
                 u"priority.name=Priority 2 - Quick Response"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject created = jsonObject(r.out, &ok);
        const int id = created.value(u"id"_s).toInt();
        QVERIFY(id > 0);
        const QJsonObject stored = m_http.get(u"/service/tickets/%1"_s.arg(id)).object();
        QCOMPARE(stored.value(u"summary"_s).toString(), u"Scanner jams on every page"_s);
        QCOMPARE(stored.value(u"board"_s).toObject().value(u"id"_s), board.value(u"id"_s));
        QCOMPARE(stored.value(u"company"_s).toObject().value(u"id"_s), company.value(u"id"_s));
        QCOMPARE(stored.value(u"status"_s).toObject().value(u"name"_s).toString(), u"New"_s);
        QCOMPARE(stored.value(u"priority"_s).toObject().value(u"name"_s).toString(),
                 u"Priority 2 - Quick Response"_s);

        // By ids, as a table.
        r = cli({u"ticket"_s, u"create"_s, u"--board"_s,
                 QString::number(board.value(u"id"_s).toInt()), u"--company"_s,
                 QString::number(company.value(u"id"_s).toInt()), u"--summary"_s, u"Second one"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.outText().contains(u"Second one"_s));
        const int second =
            QRegularExpression(u"ID\\s+(\\d+)"_s).match(r.outText()).captured(1).toInt();
        QVERIFY(second > id);

        r = cli({u"ticket"_s, u"delete"_s, QString::number(id)});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(m_http.get(u"/service/tickets/%1"_s.arg(id)).status, 404);
        r = cli({u"ticket"_s, u"delete"_s, QString::number(id), u"--yes"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"404"_s), r.describe());
        r = cli({u"ticket"_s, u"delete"_s, u"--yes"_s, QString::number(second)});
        QVERIFY2(r.exitCode == 0, r.describe());

        r = cli({u"ticket"_s, u"create"_s, u"--board"_s, u"No Such Board"_s, u"--company"_s,
                 company.value(u"identifier"_s).toString(), u"--summary"_s, u"x"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"No Such Board"_s), r.describe());
    }

    void notesTasksAndConfigurations()
    {
        bool ok = false;
        const int id = ticketOnBoard(1);
        const QString ticket = QString::number(id);
        // notes: listing equals the server's, add (internal) shows up there.
        CliResult r =
            cli({u"note"_s, u"add"_s, ticket, u"--text"_s, u"Called the client, no answer."_s,
                 u"--internal"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject note = jsonObject(r.out, &ok);
        QVERIFY(note.value(u"internalAnalysisFlag"_s).toBool());
        QVERIFY(!note.value(u"detailDescriptionFlag"_s).toBool());
        r = cli({u"note"_s, u"add"_s, ticket, u"--text"_s, u"-"_s, u"--resolution"_s},
                "Replaced the toner.\nWorks again.\n");
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli({u"notes"_s, ticket, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray notes = jsonArray(r.out, &ok);
        QCOMPARE(notes,
                 direct(u"/service/tickets/%1/notes"_s.arg(id), {{u"pageSize"_s, u"1000"_s}}));
        QCOMPARE(notes.last().toObject().value(u"text"_s).toString(),
                 u"Replaced the toner.\nWorks again."_s);
        QVERIFY(notes.last().toObject().value(u"resolutionFlag"_s).toBool());
        r = cli({u"notes"_s, ticket});
        QVERIFY2(r.exitCode == 0 && r.outText().contains(u"Called the client"_s), r.describe());

        // tasks: add, done, listed.
        r = cli({u"task"_s, u"add"_s, ticket, u"--notes"_s, u"Check the backups"_s, u"-f"_s,
                 u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const int task = jsonObject(r.out, &ok).value(u"id"_s).toInt();
        QVERIFY(task > 0);
        r = cli({u"task"_s, u"done"_s, ticket, QString::number(task)});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(m_http.get(u"/service/tickets/%1/tasks/%2"_s.arg(id).arg(task))
                    .object()
                    .value(u"closedFlag"_s)
                    .toBool());
        r = cli({u"tasks"_s, ticket, u"-f"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QList<QStringList> rows = parseCsv(r.outText());
        bool found = false;
        for (const QStringList &row : rows)
            found = found || (row.value(0) == QString::number(task) && row.value(1) == u"true"_s &&
                              row.contains(u"Check the backups"_s));
        QVERIFY2(found, r.out);
        r = cli({u"tasks"_s, ticket, u"-f"_s, u"json"_s});
        QCOMPARE(jsonArray(r.out, &ok),
                 direct(u"/service/tickets/%1/tasks"_s.arg(id), {{u"pageSize"_s, u"1000"_s}}));

        // configurations: attach by device identifier and by id, list, detach both ways.
        const QJsonArray configurations =
            direct(u"/company/configurations"_s, {{u"pageSize"_s, u"2"_s}});
        QCOMPARE(configurations.size(), 2);
        const QJsonObject first = configurations.at(0).toObject();
        const QJsonObject second = configurations.at(1).toObject();
        r = cli({u"config"_s, u"attach"_s, ticket, first.value(u"deviceIdentifier"_s).toString()});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli({u"config"_s, u"attach"_s, ticket, QString::number(second.value(u"id"_s).toInt())});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli({u"configs"_s, ticket, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray linked = jsonArray(r.out, &ok);
        QCOMPARE(linked, direct(u"/service/tickets/%1/configurations"_s.arg(id),
                                {{u"pageSize"_s, u"1000"_s}}));
        QCOMPARE(linked.size(), 2);
        r = cli({u"configs"_s, ticket});
        QVERIFY2(r.outText().contains(first.value(u"deviceIdentifier"_s).toString()), r.describe());
        // Attaching twice: the server refuses (400) with its field error.
        r = cli({u"config"_s, u"attach"_s, ticket, QString::number(second.value(u"id"_s).toInt())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"already"_s), r.describe());
        r = cli({u"config"_s, u"detach"_s, ticket, first.value(u"deviceIdentifier"_s).toString()});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli({u"config"_s, u"detach"_s, ticket, QString::number(second.value(u"id"_s).toInt())});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(direct(u"/service/tickets/%1/configurations"_s.arg(id)).size(), 0);
        r = cli({u"config"_s, u"detach"_s, ticket, first.value(u"deviceIdentifier"_s).toString()});
        QCOMPARE(r.exitCode, 2);
    }

    void knowledgeBase()
    {
        bool ok = false;
        CliResult r =
            cli({u"kb"_s, u"search"_s, u"BitLocker"_s, u"recovery"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray found = jsonArray(r.out, &ok);
        QVERIFY(!found.isEmpty());
        const QString literal = u"\"BitLocker recovery\""_s;
        QCOMPARE(found,
                 direct(u"/service/knowledgeBaseArticles"_s,
                        {{u"conditions"_s,
                          u"title contains %1 or issue contains %1 or resolution contains %1"_s.arg(
                              literal)},
                         {u"pageSize"_s, u"25"_s}}));
        for (const QJsonValue &article : found) {
            const QJsonObject a = article.toObject();
            const QString text = a.value(u"title"_s).toString() + a.value(u"issue"_s).toString() +
                                 a.value(u"resolution"_s).toString();
            QVERIFY(text.contains(u"BitLocker recovery"_s, Qt::CaseInsensitive));
        }
        r = cli({u"kb"_s, u"search"_s, u"BitLocker"_s});
        QVERIFY2(r.exitCode == 0 && r.outText().contains(u"BitLocker"_s), r.describe());
        const int id = found.first().toObject().value(u"id"_s).toInt();
        r = cli({u"kb"_s, u"show"_s, QString::number(id)});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.outText().contains(found.first().toObject().value(u"resolution"_s).toString()));
        r = cli({u"kb"_s, u"show"_s, QString::number(id), u"-f"_s, u"json"_s});
        QCOMPARE(jsonObject(r.out, &ok),
                 m_http.get(u"/service/knowledgeBaseArticles/%1"_s.arg(id)).object());
        r = cli({u"kb"_s, u"search"_s, u"zzzqqq-nothing"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.out, QByteArray("[]\n"));
    }

    void wrongPrivateKeyIsExit3()
    {
        CliProcess other = m_cli;
        other.setEnvironment(u"CWDESK_PRIVATE_KEY"_s, u"not-the-key"_s);
        const CliResult r = other.run({u"boards"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(u"401"_s), r.describe());
        QVERIFY(r.out.isEmpty());
        CliProcess noKey = m_cli;
        noKey.unsetEnvironment(u"CWDESK_PRIVATE_KEY"_s);
        const CliResult empty = noKey.run({u"--private-key-stdin"_s, u"boards"_s}, "\n");
        QCOMPARE(empty.exitCode, 2);
    }

    void privateKeyFromStdin()
    {
        CliProcess noKey = m_cli;
        noKey.unsetEnvironment(u"CWDESK_PRIVATE_KEY"_s);
        const CliResult r =
            noKey.run({u"--private-key-stdin"_s, u"boards"_s}, m_privateKey.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.outText().contains(u"Service Desk"_s));
        QVERIFY(!r.out.contains(m_privateKey.toUtf8()) && !r.err.contains(m_privateKey.toUtf8()));
    }

    void unreachableServerIsExit4()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        CliProcess other = m_cli;
        other.setEnvironment(u"CWDESK_SITE"_s, u"http://127.0.0.1:%1"_s.arg(port));
        const CliResult r = other.run({u"tickets"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errText().contains(u"refused"_s, Qt::CaseInsensitive), r.describe());
    }

    void serverErrorsAreRetriedThenExit4()
    {
        SandboxProcess failing;
        QVERIFY2(failing.start({u"--tickets"_s, u"5"_s, u"--fault-rate"_s, u"1"_s, u"--faults"_s,
                                u"500"_s, u"--log-requests"_s}),
                 qPrintable(failing.errorString()));
        CliProcess other = m_cli;
        other.setEnvironment(u"CWDESK_SITE"_s, u"http://127.0.0.1:%1"_s.arg(failing.port()));
        other.setEnvironment(u"CWDESK_PRIVATE_KEY"_s, u"sandbox-private"_s);
        const CliResult r = other.run({u"boards"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errText().contains(u"500"_s), r.describe());
        QVERIFY(r.out.isEmpty());
        // 1 try + 3 retries of the same request, with backoff in between.
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(failing.errorOutput()).count(u" 500"_s) >= 4,
                                 5000);
        QVERIFY2(r.elapsedMs >= 3000, "the retries wait with backoff");
        QVERIFY(failing.stop());
    }

    void httpsWithSelfSignedCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                       u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                       u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
        QCOMPARE(certificates.size(), 1);
        const QString fingerprint =
            QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex());

        SandboxProcess secure;
        QVERIFY2(secure.start({u"--tickets"_s, u"5"_s, u"--cert"_s, cert, u"--key"_s, key}),
                 qPrintable(secure.errorString()));
        QCOMPARE(secure.baseUrl().scheme(), u"https"_s);
        CliProcess other = m_cli;
        other.setEnvironment(u"CWDESK_SITE"_s, u"https://127.0.0.1:%1"_s.arg(secure.port()));
        other.setEnvironment(u"CWDESK_PRIVATE_KEY"_s, u"sandbox-private"_s);

        CliResult r = other.run({u"boards"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errText().contains(fingerprint), r.describe());
        QVERIFY2(r.errText().contains(u"--trust-fingerprint "_s + fingerprint), r.describe());
        QVERIFY(r.out.isEmpty());

        // Exactly that certificate, in the colon form openssl prints, is accepted.
        QStringList pairs;
        for (qsizetype i = 0; i < fingerprint.size(); i += 2)
            pairs.append(fingerprint.mid(i, 2).toUpper());
        r = other.run(
            {u"--trust-fingerprint"_s, pairs.join(u':'), u"boards"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        bool ok = false;
        QVERIFY(jsonArray(r.out, &ok).size() >= 3);
        // Another fingerprint is not.
        QString wrong = fingerprint;
        wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
        r = other.run({u"--trust-fingerprint"_s, wrong, u"boards"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(secure.stop());
    }

    void conflictForbiddenAndServerStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("409 conflict") << 409 << 5;
        QTest::newRow("403 forbidden") << 403 << 3;
        QTest::newRow("400 bad request") << 400 << 1;
    }

    void conflictForbiddenAndServerStatuses()
    {
        // The sandbox never answers 409, so a stub server does, behind a saved profile whose
        // codebase is known (no lookup before the request).
        QFETCH(int, status);
        QFETCH(int, exitCode);
        HookServer server;
        QVERIFY(server.listen());
        server.setResponseStatus(status);
        QTemporaryDir config;
        ConnectionProfile profile;
        profile.setName(u"stub"_s);
        profile.setSite(u"http://127.0.0.1:%1"_s.arg(server.port()));
        profile.setCompany(u"sandbox"_s);
        profile.setPublicKey(u"sandbox-public"_s);
        profile.setCodebase(u"v4_6_release/"_s);
        ProfileStore store(config.path());
        QString error;
        QVERIFY2(store.save(profile, &error), qPrintable(error));
        CliProcess other = m_cli;
        other.setEnvironment(u"CWDESK_CONFIG_DIR"_s, config.path());
        other.unsetEnvironment(u"CWDESK_SITE"_s);
        const CliResult r =
            other.run({u"--profile"_s, u"stub"_s, u"ticket"_s, u"delete"_s, u"5"_s});
        QVERIFY2(r.exitCode == exitCode, r.describe());
        QVERIFY2(r.errText().contains(QString::number(status)), r.describe());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().method, QByteArray("DELETE"));
        QVERIFY(
            server.requests().first().target.endsWith("/v4_6_release/apis/3.0/service/tickets/5"));
    }

    void interruptCancelsWithExit130()
    {
        SandboxProcess slow;
        QVERIFY2(slow.start({u"--tickets"_s, u"50"_s, u"--latency-ms"_s, u"1500"_s}),
                 qPrintable(slow.errorString()));
        CliProcess other = m_cli;
        other.setEnvironment(u"CWDESK_SITE"_s, u"http://127.0.0.1:%1"_s.arg(slow.port()));
        other.setEnvironment(u"CWDESK_PRIVATE_KEY"_s, u"sandbox-private"_s);
        const CliResult r = other.run(
            {u"tickets"_s, u"--all"_s, u"--page-size"_s, u"10"_s}, {}, 60000,
            [](qint64 pid) { QTimer::singleShot(2500, [pid] { ::kill(pid_t(pid), SIGINT); }); });
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(r.errText().contains(u"Interrupted"_s), r.describe());
        QVERIFY2(r.elapsedMs < 5000, "cancelled at once, not after the listing");
        QVERIFY(slow.stop());
    }

    void ctrlCAtTheHiddenKeyPrompt()
    {
        // login asks for the key on a terminal with echo off. Ctrl-C there must end the
        // command at once (130), with the terminal echoing again, not wait for Enter.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        const auto closeMaster = qScopeGuard([master] { ::close(master); });
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QByteArray slaveName = ::ptsname(master);
        const int slave = ::open(slaveName.constData(), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        const auto closeSlave = qScopeGuard([slave] { ::close(slave); });

        QTemporaryDir config;
        CliProcess bare;
        bare.setEnvironment(u"CWDESK_CONFIG_DIR"_s, config.path());
        QProcess process;
        process.setProcessEnvironment(bare.environment());
        // The pty becomes the child's controlling terminal and its standard input, so the
        // terminal sends it SIGINT for a typed Ctrl-C, as a shell's would.
        process.setChildProcessModifier([slaveName] {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::setsid();
            const int fd = ::open(slaveName.constData(), O_RDWR);
            if (fd >= 0) {
                ::ioctl(fd, TIOCSCTTY, 0);
                ::dup2(fd, 0);
            }
        });
        process.start(CliProcess::executable(),
                      {u"--site"_s, u"https://cw.invalid"_s, u"--company"_s, u"acme"_s,
                       u"--public-key"_s, u"pub"_s, u"login"_s});
        QVERIFY(process.waitForStarted(10000));
        QByteArray err;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         err += process.readAllStandardError();
                         return err.contains("Private key") ||
                                process.state() == QProcess::NotRunning;
                     },
                     30000),
                 err.constData());
        QVERIFY2(err.contains("Private key"), err.constData());
        // Echo is off while the key is typed …
        QVERIFY(QTest::qWaitFor(
            [slave] {
                termios now = {};
                return ::tcgetattr(slave, &now) == 0 && !(now.c_lflag & ECHO);
            },
            5000));
        QCOMPARE(::write(master, "sec\x03", 4), ssize_t(4)); // half a key, then Ctrl-C
        const bool ended = process.waitForFinished(10000);
        if (!ended) {
            process.kill();
            process.waitForFinished(5000);
        }
        QVERIFY2(ended, "Ctrl-C was ignored until Enter");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        // … and on again afterwards.
        termios after = {};
        QVERIFY(::tcgetattr(slave, &after) == 0);
        QVERIFY(after.c_lflag & ECHO);
    }

    void loginProfilesLogoutWithTheKeychain()
    {
        // The connection comes from flags here; nothing from the environment but the config dir.
        QTemporaryDir config;
        CliProcess bare;
        bare.setEnvironment(u"CWDESK_CONFIG_DIR"_s, config.path());
        QByteArray everything;
        auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
            const CliResult r = bare.run(arguments, input);
            everything += r.out + r.err;
            return r;
        };

        CliResult r = run({u"boards"_s});
        QCOMPARE(r.exitCode, 2); // no connection at all
        QVERIFY2(r.errText().contains(u"login"_s), r.describe());

        r = run({u"--site"_s, m_site, u"--company"_s, u"sandbox"_s, u"--public-key"_s,
                 u"sandbox-public"_s, u"--private-key-stdin"_s, u"--profile"_s, u"work"_s,
                 u"login"_s},
                m_privateKey.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(u"keychain"_s), r.describe());

        // A wrong key is refused and saves nothing.
        r = run({u"--site"_s, m_site, u"--company"_s, u"sandbox"_s, u"--public-key"_s,
                 u"sandbox-public"_s, u"--private-key-stdin"_s, u"--profile"_s, u"bad"_s,
                 u"login"_s},
                "wrong-key\n");
        QCOMPARE(r.exitCode, 3);

        r = run({u"profiles"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QStringList lines = nonEmptyLines(r.out);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(u"work "_s));
        QVERIFY(lines.at(1).contains(u"true"_s));
        QVERIFY(lines.at(1).contains(m_site));
        QVERIFY(lines.at(1).contains(u"sandbox-public"_s));
        bool ok = false;
        r = run({u"profiles"_s, u"-f"_s, u"json"_s});
        const QJsonArray profiles = jsonArray(r.out, &ok);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().toObject().value(u"name"_s).toString(), u"work"_s);
        QCOMPARE(profiles.first().toObject().value(u"default"_s).toBool(), true);
        QCOMPARE(profiles.first().toObject().value(u"codebase"_s).toString(), u"v4_6_release/"_s);

        // The default profile and the key from the keychain: no flags, no key given.
        r = run({u"boards"_s, u"-f"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(jsonArray(r.out, &ok).size() >= 3);
        r = run({u"--profile"_s, u"work"_s, u"count"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = run({u"--profile"_s, u"nope"_s, u"count"_s});
        QCOMPARE(r.exitCode, 2);

        // The key is in no file of the config directory and in no output.
        QDirIterator files(config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int fileCount = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_privateKey.toUtf8()), qPrintable(file.fileName()));
            ++fileCount;
        }
        QVERIFY(fileCount >= 1);
        QVERIFY(!everything.contains(m_privateKey.toUtf8()));

        r = run({u"logout"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = run({u"boards"_s});
        QCOMPARE(r.exitCode, 3); // the profile stays, its key is gone
        QVERIFY2(r.errText().contains(u"login"_s), r.describe());
        r = run({u"--profile"_s, u"work"_s, u"logout"_s, u"--forget"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = run({u"profiles"_s, u"-f"_s, u"json"_s});
        QCOMPARE(r.out, QByteArray("[]\n"));
        r = run({u"logout"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!everything.contains(m_privateKey.toUtf8()));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestCli)
#include "test_cli.moc"
