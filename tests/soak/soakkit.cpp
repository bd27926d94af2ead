// Shared pieces of the soak tests (see soakkit.h).
#include "soakkit.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cw::test::soak {

QString defaultScope(int closedDays)
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-closedDays);
    return u"(closedFlag = false or closedDate > \"%1\")"_s.arg(since.toString(Qt::ISODate));
}

QJsonArray fetchAll(HttpClient &http, const QString &path, const QString &conditions)
{
    QJsonArray all;
    for (int page = 1;; ++page) {
        Params params = {{u"pageSize"_s, u"1000"_s}, {u"page"_s, QString::number(page)},
                         {u"orderBy"_s, u"id asc"_s}};
        if (!conditions.isEmpty())
            params.append({u"conditions"_s, conditions});
        const HttpResult r = http.get(path, params);
        if (r.status != 200)
            return {};
        const QJsonArray records = r.array();
        for (const QJsonValue &v : records)
            all.append(v);
        if (records.size() < 1000)
            return all;
    }
}

QMap<int, QJsonObject> cachedTickets(const QString &cachePath, QString *error)
{
    QMap<int, QJsonObject> tickets;
    const QString name = u"soak-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(cachePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT id, json FROM tickets"_s))
                *error = q.lastError().text();
            while (q.next())
                tickets.insert(q.value(0).toInt(),
                               QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tickets;
}

QMap<int, QJsonObject> serverTickets(HttpClient &http, int closedDays)
{
    QMap<int, QJsonObject> tickets;
    for (const QJsonValue &v : fetchAll(http, u"/service/tickets"_s, defaultScope(closedDays)))
        tickets.insert(v[u"id"_s].toInt(), v.toObject());
    return tickets;
}

QString compareTickets(const QMap<int, QJsonObject> &cache, const QMap<int, QJsonObject> &server)
{
    QStringList diffs;
    for (auto it = server.begin(); it != server.end(); ++it) {
        if (!cache.contains(it.key()))
            diffs << u"ticket %1 missing from the cache"_s.arg(it.key());
        else if (cache.value(it.key()) != it.value()) {
            const QJsonObject mine = cache.value(it.key());
            QStringList fields;
            for (const QString &k : it.value().keys() + mine.keys()) {
                if (mine.value(k) != it.value().value(k) && !fields.contains(k))
                    fields << k;
            }
            diffs << u"ticket %1 differs in %2"_s.arg(it.key()).arg(fields.join(u','));
        }
    }
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        if (!server.contains(it.key()))
            diffs << u"ticket %1 in the cache but not in the server's scope"_s.arg(it.key());
    }
    if (diffs.size() > 8)
        diffs = diffs.mid(0, 8) << u"…"_s;
    return diffs.join(u"; "_s);
}

int countWhere(const QJsonArray &records, const QString &field, const QString &value)
{
    int n = 0;
    for (const QJsonValue &record : records)
        n += record.toObject().value(field).toString() == value ? 1 : 0;
    return n;
}

QHash<QString, int> faultCounts(const QByteArray &log)
{
    QHash<QString, int> counts;
    for (const QByteArray &line : log.split('\n')) {
        if (line.startsWith("GET ") || line.startsWith("POST ") || line.startsWith("PATCH ") ||
            line.startsWith("PUT ") || line.startsWith("DELETE ") || line.startsWith("HEAD ")) {
            ++counts[u"requests"_s];
            const qsizetype at = line.indexOf(" fault=");
            if (at >= 0)
                ++counts[QString::fromUtf8(line.mid(at + 7).trimmed())];
        }
    }
    return counts;
}

void configureCli(CliProcess &cli, const QString &configDir, const QUrl &base)
{
    cli.setEnvironment(u"CWDESK_CONFIG_DIR"_s, configDir);
    cli.setEnvironment(u"CWDESK_SITE"_s, u"http://127.0.0.1:%1"_s.arg(base.port()));
    cli.setEnvironment(u"CWDESK_COMPANY"_s, u"sandbox"_s);
    cli.setEnvironment(u"CWDESK_PUBLIC_KEY"_s, u"sandbox-public"_s);
    cli.setEnvironment(u"CWDESK_PRIVATE_KEY"_s, u"sandbox-private"_s);
}

QString pinnedNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace cw::test::soak
