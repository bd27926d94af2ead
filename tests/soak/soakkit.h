// Shared pieces of the soak tests: a sandbox on a data file that can be restarted without faults,
// the CLI against it, the cache read straight from its SQLite file, and the server's sync scope.
#pragma once

#include "cliprocess.h"
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cw::test::soak {

// Tickets in the sync scope as the CLI keeps them (open, or closed in `closedDays`, default 30).
QString defaultScope(int closedDays = 30);

// Every record of `path` matching `conditions`, page by page (no faults expected).
QJsonArray fetchAll(HttpClient &http, const QString &path, const QString &conditions = {});

// id -> ticket JSON as stored in the cache file (opened read-only, beside any writer).
QMap<int, QJsonObject> cachedTickets(const QString &cachePath, QString *error);

// Server tickets in the scope: id -> JSON.
QMap<int, QJsonObject> serverTickets(HttpClient &http, int closedDays = 30);

// Empty when equal, else the first differences (ids missing/extra, fields that differ).
QString compareTickets(const QMap<int, QJsonObject> &cache,
                       const QMap<int, QJsonObject> &server);

// How many records of `records` have `field` == `value`.
int countWhere(const QJsonArray &records, const QString &field, const QString &value);

// Fault counts by name ("500", "reset" …) in a --log-requests log, plus "requests".
QHash<QString, int> faultCounts(const QByteArray &log);

// The CLI environment for the sandbox at `base` with its default keys.
void configureCli(CliProcess &cli, const QString &configDir, const QUrl &base);

// "2026-12-07T01:00:00Z": the sandbox's pinned clock for a test (whole seconds, now).
QString pinnedNow();

} // namespace cw::test::soak
