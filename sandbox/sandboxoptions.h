// Everything cwdesk-sandbox can be told on its command line, as one value type,
// so the app, the CLI and tests configure an in-process or external sandbox the same way.
#pragma once

#include "requestlimits.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace cw::sandbox {

struct SandboxOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0;   // 0: any free port
    QString dataFile;   // SQLite file; empty: in memory only
    int tickets = 2000; // generated on first start of an empty store
    quint32 seed = 1;   // same seed, same data
    QString company = QStringLiteral("sandbox");
    QString publicKey = QStringLiteral("sandbox-public");
    QString privateKey = QStringLiteral("sandbox-private");
    QString certFile; // both set: serve HTTPS
    QString keyFile;
    int latencyMs = 0;
    int latencyJitterMs = 0;  // each answer waits latencyMs plus up to this much more
    double faultRate = 0.0;   // fraction of responses that get one of `faults`
    QStringList faults;       // 500, 503, 429, reset, truncate, garbage; NAME:RATE sets its own
    qint64 faultSeed = -1;    // seeds the fault and jitter draws; -1: derived from `seed`
    QStringList faultMethods; // only requests of these methods get faults; empty: all
    int rateLimit = 0;        // requests per minute; 0: unlimited
    bool logRequests = false; // one line per request on stderr (never credentials)
    RequestLimits limits;
    QDateTime now;            // pins the sandbox's clock (data, SLA); invalid: the real clock
};

} // namespace cw::sandbox
