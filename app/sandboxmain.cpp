// cwdesk-sandbox: an emulator of the ConnectWise Manage Service API, for demos, tests and
// anyone building against ConnectWise without a server of their own.
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char **argv)
{
#if defined(__GLIBC__)
    // A page of 1000 tickets is a body of about 4 MB, built and copied once per request. With
    // glibc's defaults such blocks come from mmap, or from the top of a heap that is trimmed as
    // soon as they are freed, so every page paid for faulting its memory in afresh (the page took
    // about 2.5 times as long). Blocks up to 16 MB come from the heap, and up to 32 MB of free
    // memory stays at its top for the next page.
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cwdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "An emulator of the ConnectWise Manage Service API with generated, realistic data.\n"
        "Prints the base URL it serves on its first line, then serves until SIGINT or SIGTERM.\n"
        "Faults: 500, 503 and 429 replace the answer (the request is not carried out); reset,\n"
        "truncate and garbage spoil the answer after the request was carried out."));
    parser.addHelpOption();
    parser.addVersionOption();
    const cw::sandbox::SandboxOptions defaults;
    auto opt = [&](const char *name, const char *help, const char *valueName,
                   const QString &def = {}) {
        QString text = QCoreApplication::translate("main", help);
        if (!def.isEmpty())
            text += u' ' + QCoreApplication::translate("main", "Default: %1.").arg(def);
        QCommandLineOption o(QString::fromLatin1(name), text, QString::fromLatin1(valueName), def);
        parser.addOption(o);
        return o;
    };
    const auto port = opt("port", "TCP port; 0 picks a free one.", "N", u"0"_s);
    const auto bind = opt("bind", "Address to listen on.", "ADDR", u"127.0.0.1"_s);
    const auto data = opt(
        "data", "SQLite file that keeps the data across restarts (default: memory only).", "FILE");
    const auto tickets = opt("tickets", "Tickets to generate for a new data set.", "N",
                             QString::number(defaults.tickets));
    const auto seed = opt("seed", "Seed of the generated data; same seed, same data.", "S",
                          QString::number(defaults.seed));
    const auto company = opt("company", "Company id for logins.", "C", defaults.company);
    const auto publicKey = opt("public-key", "API public key.", "P", defaults.publicKey);
    const auto privateKey = opt("private-key", "API private key.", "K", defaults.privateKey);
    const auto cert = opt("cert", "PEM certificate; with --key, serve HTTPS.", "FILE");
    const auto key = opt("key", "PEM private key of --cert.", "FILE");
    const auto latency =
        opt("latency-ms", "Delay every answer by this many milliseconds.", "N", u"0"_s);
    const auto latencyJitter = opt(
        "latency-jitter-ms", "Delay every answer by up to this many milliseconds more, at random.",
        "N", u"0"_s);
    const auto faultRate =
        opt("fault-rate", "Fraction (0-1) of answers that get a fault from --faults.", "P", u"0"_s);
    const auto faults = opt("faults",
                            "Faults to inject: 500,503,429,reset,truncate,garbage; NAME:RATE gives "
                            "one its own fraction of answers (e.g. 500:0.1,reset:0.05), the "
                            "others share --fault-rate.",
                            "LIST", u"500,503,429,reset,truncate,garbage"_s);
    const auto faultMethods =
        opt("fault-methods", "Only requests of these methods get faults (e.g. POST,PATCH).", "LIST");
    const auto faultSeed = opt(
        "fault-seed", "Seed of the fault and jitter draws (default: derived from --seed).", "S");
    const auto rateLimit = opt(
        "rate-limit", "Requests per minute before answering 429 with Retry-After (0: no limit).",
        "N", u"0"_s);
    // Limits: what one client may ask of the sandbox (see sandbox/requestlimits.h).
    const cw::sandbox::RequestLimits limitDefaults;
    const auto maxBodyKib = opt("max-body-kib", "Largest request body in KiB; larger ones get 413.",
                                "N", QString::number(limitDefaults.maxBodyBytes / 1024));
    const auto maxHeaderKib =
        opt("max-header-kib",
            "Largest request line and headers in KiB; more gets 431 and the connection closed.",
            "N", QString::number(limitDefaults.maxHeaderBytes / 1024));
    const auto idleTimeout =
        opt("idle-timeout-ms", "Close a connection that sends nothing for this long.", "N",
            QString::number(limitDefaults.idleTimeoutMs));
    const auto maxJsonDepth =
        opt("max-json-depth", "Deepest nesting of a JSON body or stored record; deeper gets 400.",
            "N", QString::number(limitDefaults.maxJsonDepth));
    const auto maxOrderBy = opt("max-orderby-keys", "Most orderBy keys in one request.", "N",
                                QString::number(limitDefaults.maxOrderByKeys));
    const auto maxPatchOps = opt("max-patch-ops", "Most operations in one PATCH body.", "N",
                                 QString::number(limitDefaults.maxPatchOperations));
    const auto maxPatchDepth = opt("max-patch-depth", "Most segments in one PATCH path.", "N",
                                   QString::number(limitDefaults.maxPatchPathDepth));
    const auto now = opt("now",
                         "Pin the sandbox's clock to this ISO 8601 UTC time (e.g. "
                         "2026-01-27T20:00:00Z): generated dates and SLA deadlines follow it.",
                         "TIME");
    const QCommandLineOption logRequests(
        u"log-requests"_s,
        QCoreApplication::translate("main", "Print one line per request (method, URL, status) "
                                            "on standard error; credentials are never printed."));
    parser.addOption(logRequests);
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "cwdesk-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    auto number = [&](const QCommandLineOption &o, double lo, double hi, double *out) {
        bool ok = false;
        *out = parser.value(o).toDouble(&ok);
        return ok && *out >= lo && *out <= hi;
    };
    cw::sandbox::SandboxOptions options;
    double v = 0;
    if (!number(port, 0, 65535, &v))
        return fail(
            QCoreApplication::translate("main", "--port must be a number from 0 to 65535."));
    options.port = quint16(v);
    if (!options.bind.setAddress(parser.value(bind)))
        return fail(QCoreApplication::translate("main", "--bind must be an IP address."));
    if (!number(tickets, 0, 10'000'000, &v))
        return fail(
            QCoreApplication::translate("main", "--tickets must be a number from 0 to 10000000."));
    options.tickets = int(v);
    bool seedOk = false;
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return fail(QCoreApplication::translate("main", "--seed must be a whole number."));
    options.dataFile = parser.value(data);
    options.company = parser.value(company);
    options.publicKey = parser.value(publicKey);
    options.privateKey = parser.value(privateKey);
    options.certFile = parser.value(cert);
    options.keyFile = parser.value(key);
    if (!number(latency, 0, 600000, &v))
        return fail(
            QCoreApplication::translate("main", "--latency-ms must be a number of milliseconds."));
    options.latencyMs = int(v);
    if (!number(latencyJitter, 0, 600000, &v))
        return fail(QCoreApplication::translate(
            "main", "--latency-jitter-ms must be a number of milliseconds."));
    options.latencyJitterMs = int(v);
    options.faultMethods = parser.value(faultMethods).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(faultSeed)) {
        bool ok = false;
        options.faultSeed = parser.value(faultSeed).toUInt(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("main", "--fault-seed must be a whole number."));
    }
    if (!number(faultRate, 0, 1, &options.faultRate))
        return fail(
            QCoreApplication::translate("main", "--fault-rate must be a fraction from 0 to 1."));
    options.faults = parser.value(faults).split(u',', Qt::SkipEmptyParts);
    static const QStringList known = {u"500"_s,   u"503"_s,      u"429"_s,
                                      u"reset"_s, u"truncate"_s, u"garbage"_s};
    double ownRates = 0;
    for (const QString &f : options.faults) {
        if (!known.contains(f.section(u':', 0, 0).trimmed().toLower()))
            return fail(QCoreApplication::translate("main", "Unknown fault '%1'; use %2.")
                            .arg(f, known.join(u',')));
        if (f.contains(u':')) {
            bool ok = false;
            const double rate = f.section(u':', 1).toDouble(&ok);
            if (!ok || rate < 0 || rate > 1)
                return fail(QCoreApplication::translate(
                                "main", "The rate of fault '%1' must be a fraction from 0 to 1.")
                                .arg(f));
            ownRates += rate;
        }
    }
    if (ownRates + options.faultRate > 1.0 + 1e-9)
        return fail(QCoreApplication::translate(
            "main", "The fault rates (with --fault-rate) add up to more than 1."));
    if (!number(rateLimit, 0, 1e9, &v))
        return fail(QCoreApplication::translate(
            "main", "--rate-limit must be a number of requests per minute."));
    options.rateLimit = int(v);
    options.logRequests = parser.isSet(logRequests);
    struct Limit
    {
        const QCommandLineOption &option;
        double lo, hi, scale;
        std::function<void(double)> set;
    };
    auto &limits = options.limits;
    const Limit limitOptions[] = {
        {maxBodyKib, 1, 1024 * 1024, 1024,
         [&](double x) {
             limits.maxBodyBytes = qint64(x);
         }},
        {maxHeaderKib, 1, 1024, 1024,
         [&](double x) {
             limits.maxHeaderBytes = qint64(x);
         }},
        {idleTimeout, 100, 86'400'000, 1,
         [&](double x) {
             limits.idleTimeoutMs = int(x);
         }},
        {maxJsonDepth, 4, cw::sandbox::RequestLimits::kMaxJsonDepthCeiling, 1,
         [&](double x) {
             limits.maxJsonDepth = int(x);
         }},
        {maxOrderBy, 1, 1000, 1,
         [&](double x) {
             limits.maxOrderByKeys = int(x);
         }},
        {maxPatchOps, 1, 1'000'000, 1,
         [&](double x) {
             limits.maxPatchOperations = int(x);
         }},
        {maxPatchDepth, 1, cw::sandbox::RequestLimits::kMaxJsonDepthCeiling, 1,
         [&](double x) {
             limits.maxPatchPathDepth = int(x);
         }},
    };
    for (const Limit &l : limitOptions) {
        if (!number(l.option, l.lo, l.hi, &v) || v != std::floor(v))
            return fail(QCoreApplication::translate("main", "--%1 must be a whole number from %2 "
                                                            "to %3.")
                            .arg(l.option.names().constFirst())
                            .arg(l.lo)
                            .arg(l.hi));
        l.set(v * l.scale);
    }
    if (parser.isSet(now)) {
        options.now = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!options.now.isValid() || options.now.timeSpec() != Qt::UTC)
            return fail(QCoreApplication::translate(
                "main", "--now must be an ISO 8601 UTC time such as 2026-01-27T20:00:00Z."));
    }

    if (::pipe(g_signalPipe) != 0)
        return fail(QCoreApplication::translate("main", "Cannot set up signal handling."));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    cw::sandbox::Sandbox sandbox;
    QString error;
    if (!sandbox.start(options, &error))
        return fail(error);
    std::printf("%s\n", qPrintable(sandbox.baseUrl().toString()));
    for (const QString &warning : sandbox.securityWarnings())
        std::fprintf(stderr, "cwdesk-sandbox: warning: %s\n", qPrintable(warning));
    std::fflush(stdout);
    const int rc = app.exec();
    sandbox.stop();
    return rc;
}
