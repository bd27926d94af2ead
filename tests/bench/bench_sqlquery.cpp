// Benchmark of offline queries: 100,000 ticket-shaped rows (raw JSON plus indexed columns) in an
// on-disk SQLite file, ten representative conditions compiled by SqlCompiler, median ms of each
// against the 50 ms target. Exits 1 when a query is over target.
#include "query/conditions.h"
#include "query/sqlcompiler.h"
#include "query/sqlfunctions.h"
#include "query/sqlitefunctions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace cw::query;

namespace {

constexpr double TargetMs = 50.0;

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

QJsonObject fixtureTicket()
{
    QFile file(QStringLiteral(CW_REFERENCE_DIR "/django-connectwise-fixtures.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(u"fixtures"_s)
        .toObject()
        .value(u"API_SERVICE_TICKET"_s)
        .toObject();
}

const QString &pick(const QStringList &list, QRandomGenerator &random)
{
    return list.at(qsizetype(random.bounded(quint32(list.size()))));
}

QJsonObject ref(int id, const QString &name)
{
    return QJsonObject{{u"id"_s, id}, {u"name"_s, name}};
}

// The recorded ticket with its owner and company as the references a listing carries (the
// fixture embeds whole member, company, type … records): about 4 KB of JSON per row.
QJsonObject baseTicket()
{
    QJsonObject t = fixtureTicket();
    t.insert(u"owner"_s, QJsonObject{{u"id"_s, 176},
                                     {u"identifier"_s, u"User1"_s},
                                     {u"name"_s, u"Training User1"_s}});
    const QJsonObject company = t.value(u"company"_s).toObject();
    t.insert(u"company"_s, QJsonObject{{u"id"_s, company.value(u"id"_s)},
                                       {u"identifier"_s, company.value(u"identifier"_s)},
                                       {u"name"_s, company.value(u"name"_s)},
                                       {u"types"_s, company.value(u"types"_s)}});
    // Likewise type, subtype, item, SLA and team: references, not whole records.
    for (const QString &key : {u"type"_s, u"subType"_s, u"item"_s, u"sla"_s, u"team"_s}) {
        const QJsonObject o = t.value(key).toObject();
        t.insert(key, ref(o.value(u"id"_s).toInt(), o.value(u"name"_s).toString()));
    }
    return t;
}

struct Schema
{
    static std::optional<SqlColumn> resolve(const QStringList &path)
    {
        const QString json = u"tickets.json"_s;
        const QString key = path.join(u'/').toLower();
        auto typed = [&](SqlColumn::Kind kind, const QString &column) {
            return SqlColumn::typed(kind, column).withJson(json, path);
        };
        if (key == u"id"_s)
            return typed(SqlColumn::Kind::Integer, u"id"_s);
        if (key == u"board/id"_s)
            return typed(SqlColumn::Kind::Integer, u"board_id"_s);
        if (key == u"priority/id"_s)
            return typed(SqlColumn::Kind::Integer, u"priority_id"_s);
        if (key == u"closedflag"_s)
            return typed(SqlColumn::Kind::Boolean, u"closed_flag"_s);
        if (key == u"budgethours"_s)
            return typed(SqlColumn::Kind::Real, u"budget_hours"_s);
        if (key == u"lastupdated"_s || key == u"_info/lastupdated"_s) {
            return SqlColumn::typed(SqlColumn::Kind::DateTime, u"last_updated_ms"_s)
                .withJson(json, {u"_info"_s, u"lastUpdated"_s});
        }
        if (key == u"summary"_s)
            return SqlColumn::text(u"summary"_s, u"summary_ci"_s).withJson(json, path);
        if (key == u"status/name"_s)
            return SqlColumn::text(QString(), u"status_name_ci"_s).withJson(json, path);
        if (key == u"owner/identifier"_s)
            return SqlColumn::text(u"owner_identifier"_s, u"owner_identifier_ci"_s)
                .withJson(json, path);
        if (key == u"company/name"_s)
            return SqlColumn::text(u"company_name"_s, u"company_name_ci"_s).withJson(json, path);
        // Everything else from the JSON, keys spelled as the API spells them (camelCase).
        QStringList spelled;
        for (const QString &segment : path)
            spelled.append(segment.left(1).toLower() + segment.mid(1));
        return SqlColumn::jsonPath(json, spelled,
                                   spelled.size() == 1 ? QStringList{u"_info"_s, spelled.front()}
                                                       : QStringList());
    }
};

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    print(u"SQL failed: %1: %2"_s.arg(sql, q.lastError().text()));
    return false;
}

bool fill(QSqlDatabase &db, int rows, quint32 seed)
{
    QSqlQuery q(db);
    if (!exec(q, u"CREATE TABLE tickets (id INTEGER PRIMARY KEY, summary TEXT, summary_ci TEXT, "
                 u"board_id INTEGER, status_name_ci TEXT, closed_flag INTEGER, priority_id "
                 u"INTEGER, last_updated_ms INTEGER, budget_hours REAL, owner_identifier TEXT, "
                 u"owner_identifier_ci TEXT, company_name TEXT, company_name_ci TEXT, "
                 u"json TEXT NOT NULL)"_s))
        return false;
    QRandomGenerator random(seed);
    const QJsonObject base = baseTicket();
    if (base.isEmpty()) {
        print(u"cannot read the fixture in %1"_s.arg(QStringLiteral(CW_REFERENCE_DIR)));
        return false;
    }
    static const QStringList boards{
        u"Service Desk"_s, u"Help Desk"_s, u"Projects"_s, u"Escalations"_s, u"Onboarding"_s,
        u"Network"_s,      u"Security"_s,  u"Field"_s,    u"Billing"_s,     u"Internal"_s};
    static const QStringList statuses{u"New"_s,       u"In Progress"_s, u"Waiting Customer"_s,
                                      u"Scheduled"_s, u"Resolved"_s,    u"Closed"_s};
    static const QStringList priorities{u"Priority 1 - Emergency"_s, u"Priority 2 - Quick"_s,
                                        u"Priority 3 - Normal"_s, u"Priority 4 - Low"_s,
                                        u"Priority 5 - Planning"_s};
    static const QStringList things{u"Printer"_s, u"Server"_s,   u"Laptop"_s, u"VPN"_s,
                                    u"Outlook"_s, u"Firewall"_s, u"Backup"_s, u"Phone"_s};
    static const QStringList problems{u"offline"_s,          u"slow"_s,        u"not starting"_s,
                                      u"error 0x80070005"_s, u"needs setup"_s, u"keeps crashing"_s,
                                      u"password reset"_s};
    static const QStringList prefixes{u"Acme"_s,  u"Globex"_s, u"Initech"_s, u"Umbrella"_s,
                                      u"Hooli"_s, u"Stark"_s,  u"Wayne"_s,   u"Müller"_s};
    static const QStringList severities{u"Low"_s, u"Medium"_s, u"High"_s};
    const qint64 start = 1672531200000; // 2023-01-01
    const qint64 span = qint64(730) * 86400000;

    if (!q.prepare(u"INSERT INTO tickets (id, summary, summary_ci, board_id, status_name_ci, "
                   u"closed_flag, priority_id, last_updated_ms, budget_hours, owner_identifier, "
                   u"owner_identifier_ci, company_name, company_name_ci, json) VALUES "
                   u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
        print(q.lastError().text());
        return false;
    }
    qint64 jsonBytes = 0;
    constexpr int Batch = 5000;
    for (int i = 1; i <= rows; ++i) {
        if ((i - 1) % Batch == 0 && !db.transaction())
            return false;
        QJsonObject t = base;
        const int board = int(random.bounded(quint32(boards.size())));
        const int status = int(random.bounded(quint32(statuses.size())));
        const int priority = int(random.bounded(quint32(priorities.size())));
        const bool closed = status >= 4;
        const QString summary = pick(things, random) + u' ' + pick(problems, random) +
                                u" at site "_s + QString::number(random.bounded(500));
        const QString owner = u"member%1"_s.arg(random.bounded(60));
        const QString company = u"%1 %2 %3"_s.arg(pick(prefixes, random))
                                    .arg(random.bounded(400))
                                    .arg(random.bounded(2) ? u"Inc"_s : u"GmbH"_s);
        const qint64 updated = start + qint64(random.bounded(double(span)));
        const double hours = double(random.bounded(40)) / 2.0;
        t.insert(u"id"_s, i);
        t.insert(u"summary"_s, summary);
        t.insert(u"board"_s, ref(board + 1, boards.at(board)));
        t.insert(u"status"_s, ref(status + 1, statuses.at(status)));
        t.insert(u"priority"_s, ref(priority + 1, priorities.at(priority)));
        t.insert(u"closedFlag"_s, closed);
        t.insert(u"budgetHours"_s, hours);
        t.insert(u"severity"_s, pick(severities, random));
        t.insert(u"contact"_s,
                 ref(int(random.bounded(5000)), u"Contact %1"_s.arg(random.bounded(5000))));
        QJsonObject o = t.value(u"owner"_s).toObject();
        o.insert(u"identifier"_s, owner);
        t.insert(u"owner"_s, o);
        QJsonObject c = t.value(u"company"_s).toObject();
        c.insert(u"name"_s, company);
        t.insert(u"company"_s, c);
        QJsonObject info = t.value(u"_info"_s).toObject();
        info.insert(
            u"lastUpdated"_s,
            QDateTime::fromMSecsSinceEpoch(updated, QTimeZone::utc()).toString(Qt::ISODate));
        t.insert(u"_info"_s, info);
        const QByteArray json = QJsonDocument(t).toJson(QJsonDocument::Compact);
        jsonBytes += json.size();

        q.addBindValue(i);
        q.addBindValue(summary);
        q.addBindValue(SqlFunctions::foldedKey(summary));
        q.addBindValue(board + 1);
        q.addBindValue(SqlFunctions::foldedKey(statuses.at(status)));
        q.addBindValue(int(closed));
        q.addBindValue(priority + 1);
        q.addBindValue(updated / 1000 * 1000); // ISO text above has whole seconds
        q.addBindValue(hours);
        q.addBindValue(owner);
        q.addBindValue(SqlFunctions::foldedKey(owner));
        q.addBindValue(company);
        q.addBindValue(SqlFunctions::foldedKey(company));
        q.addBindValue(QString::fromUtf8(json));
        if (!q.exec()) {
            print(q.lastError().text());
            return false;
        }
        if (i % Batch == 0 || i == rows) {
            if (!db.commit())
                return false;
        }
    }
    print(u"rows: %1, JSON %2 bytes per row on average"_s.arg(rows).arg(jsonBytes / rows));
    for (const QString &index :
         {u"board_id, closed_flag"_s, u"board_id, status_name_ci"_s, u"status_name_ci"_s,
          u"summary_ci"_s, u"owner_identifier_ci, closed_flag"_s, u"last_updated_ms"_s,
          u"company_name_ci"_s, u"priority_id, closed_flag"_s}) {
        const QString name = u"tickets_"_s + QString(index).replace(u", "_s, u"_"_s);
        if (!exec(q, u"CREATE INDEX %1 ON tickets (%2)"_s.arg(name, index)))
            return false;
    }
    return exec(q, u"ANALYZE"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Median time of offline conditions queries over SQLite."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows to generate (100000)."_s, u"n"_s,
                                        u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per query (9)."_s, u"n"_s, u"9"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Reuse or create this database file."_s, u"path"_s);
    parser.addOptions({rowsOption, runsOption, dbOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(u"bench.sqlite"_s);
    const bool reuse = parser.isSet(dbOption) && QFile::exists(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
    db.setDatabaseName(path);
    if (!db.open()) {
        print(db.lastError().text());
        return 2;
    }
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        registerSqliteFunctions(*static_cast<sqlite3 *const *>(handle.constData())) != SQLITE_OK) {
        print(u"cannot register the SQL functions"_s);
        return 2;
    }
    {
        QSqlQuery q(db);
        exec(q, u"PRAGMA journal_mode = WAL"_s);
        exec(q, u"PRAGMA synchronous = NORMAL"_s);
        exec(q, u"PRAGMA cache_size = -65536"_s); // 64 MB, as the cache is meant to run
    }
    QElapsedTimer timer;
    timer.start();
    if (!reuse) {
        if (!fill(db, rows, 20240601u))
            return 2;
        print(u"filled %1 in %2 s"_s.arg(path).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }

    const QList<std::pair<QString, QString>> queries{
        {u"board + open"_s, u"board/id = 3 and closedFlag = false"_s},
        {u"board + open statuses"_s,
         u"board/id = 3 and status/name in (\"New\", \"In Progress\", \"Waiting Customer\")"_s},
        {u"summary contains"_s, u"summary contains \"printer\""_s},
        {u"owner identifier"_s, u"owner/identifier = \"Member17\" and closedFlag = false"_s},
        {u"lastUpdated range"_s,
         u"lastUpdated >= [2024-03-01T00:00:00Z] and lastUpdated < [2024-03-08T00:00:00Z]"_s},
        {u"company name like"_s, u"company/name like \"acme 1%\""_s},
        {u"priority in"_s, u"priority/id in (1, 2) and closedFlag = false"_s},
        {u"JSON-only field"_s, u"severity = \"high\""_s},
        {u"index + JSON field"_s, u"board/id = 3 and contact/name like \"contact 12%\""_s},
        {u"or of two indexes"_s,
         u"summary like \"vpn%\" or owner/identifier in (\"member5\", \"member6\")"_s},
    };
    const SqlCompiler compiler(&Schema::resolve);
    bool allPass = true;
    print(u"%1 runs each, median; target %2 ms"_s.arg(runs).arg(TargetMs));
    for (const auto &[name, text] : queries) {
        Error error;
        const Conditions conditions = Conditions::parse(text, &error);
        const SqlFragment fragment = compiler.compile(conditions);
        if (error.isError() || !fragment.exact) {
            print(u"%1: %2"_s.arg(name, error.isError() ? error.message : fragment.error));
            return 2;
        }
        const QString sql = u"SELECT id FROM tickets WHERE "_s + fragment.where;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            print(q.lastError().text());
            return 2;
        }
        QList<double> times;
        int found = 0;
        for (int run = 0; run < runs; ++run) {
            for (const QVariant &v : fragment.bindings)
                q.addBindValue(v);
            QElapsedTimer t;
            t.start();
            if (!q.exec()) {
                print(q.lastError().text());
                return 2;
            }
            found = 0;
            while (q.next())
                ++found;
            times.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        QSqlQuery plan(db);
        plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
        for (const QVariant &v : fragment.bindings)
            plan.addBindValue(v);
        plan.exec();
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        const bool pass = median <= TargetMs;
        allPass = allPass && pass;
        print(u"%1 %2 ms  %3 rows  %4  %5\n    conditions: %6\n    plan: %7"_s
                  .arg(name.leftJustified(22))
                  .arg(median, 8, 'f', 2)
                  .arg(found, 6)
                  .arg(u"x%1"_s.arg(median / TargetMs, 0, 'f', 2))
                  .arg(pass ? u"PASS"_s : u"FAIL"_s, text, steps.join(u"; "_s)));
    }
    return allPass ? 0 : 1;
}
