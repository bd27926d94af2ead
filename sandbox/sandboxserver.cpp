#include "sandboxserver.h"

#include "apihandler.h"
#include "guardedsslserver.h"
#include "guardedtcpserver.h"
#include "httpmessage.h"
#include "sandboxoptions.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <deque>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "cw.sandbox.http")

namespace cw::sandbox {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray jsonError(const char *code, const QString &message)
{
    return "{\"code\":\"" + QByteArray(code) + "\",\"message\":\"" + message.toUtf8() + "\"}";
}

} // namespace

struct SandboxServer::Private
{
    ApiHandler &handler;
    const SandboxOptions &options;
    QRandomGenerator random;
    std::deque<qint64> recent; // request times (ms) within the last minute, for --rate-limit
    enum class Fault { None, Status500, Status503, Status429, Reset, Truncate, Garbage };
    // Each fault with the fraction of answers it spoils: NAME:RATE gives its own; the plain
    // names share --fault-rate equally, so a mix such as "500:0.1,503:0.1,reset:0.05" is one
    // option and a plain list behaves as it always did.
    QList<QPair<Fault, double>> faults;

    Private(ApiHandler &h, const SandboxOptions &o)
        : handler(h)
        , options(o)
        , random(o.faultSeed >= 0 ? quint32(o.faultSeed) : o.seed ^ 0x5eed)
    {
        QList<QPair<Fault, double>> shared;
        for (const QString &f : o.faults) {
            const QString name = f.section(u':', 0, 0).trimmed().toLower();
            bool hasRate = false;
            const double rate = f.contains(u':') ? f.section(u':', 1).toDouble(&hasRate) : 0.0;
            Fault fault = Fault::None;
            if (name == "500"_L1)
                fault = Fault::Status500;
            else if (name == "503"_L1)
                fault = Fault::Status503;
            else if (name == "429"_L1)
                fault = Fault::Status429;
            else if (name == "reset"_L1)
                fault = Fault::Reset;
            else if (name == "truncate"_L1)
                fault = Fault::Truncate;
            else if (name == "garbage"_L1)
                fault = Fault::Garbage;
            if (fault == Fault::None)
                continue;
            (hasRate ? faults : shared) << qMakePair(fault, rate);
        }
        for (auto &f : shared)
            faults << qMakePair(f.first, o.faultRate / double(shared.size()));
    }

    Fault pickFault()
    {
        if (faults.isEmpty())
            return Fault::None;
        double draw = random.generateDouble();
        for (const auto &f : faults) {
            if (draw < f.second)
                return f.first;
            draw -= f.second;
        }
        return Fault::None;
    }

    int delayMs()
    {
        return options.latencyMs +
               (options.latencyJitterMs > 0 ? int(random.bounded(options.latencyJitterMs + 1))
                                            : 0);
    }

    // Seconds until a slot frees up, or 0 when the request may proceed.
    int rateLimited()
    {
        if (options.rateLimit <= 0)
            return 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        while (!recent.empty() && recent.front() <= now - 60000)
            recent.pop_front();
        if (int(recent.size()) >= options.rateLimit)
            return int(std::max<qint64>(1, (recent.front() + 60000 - now + 999) / 1000));
        recent.push_back(now);
        return 0;
    }

    static QByteArray serialize(const HttpResponse &r, bool head, bool close)
    {
        QByteArray out;
        out.reserve(r.body.size() + 512);
        out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
        for (const auto &h : r.headers) {
            // A header line ends at CR or LF: whatever a value carries, it cannot start another.
            QByteArray value = h.second;
            value.replace('\r', ' ').replace('\n', ' ');
            out += h.first + ": " + value + "\r\n";
        }
        out += "Cache-Control: no-cache\r\nPragma: no-cache\r\nx-server-name: cwdesk-sandbox\r\n"
               "api-current-version: 2025.1\r\nx-cw-request-id: " +
               QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
        if (r.status != 204)
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n";
        if (!head && r.status != 204)
            out += r.body;
        return out;
    }
};

SandboxServer::SandboxServer(ApiHandler &handler, const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , d(std::make_unique<Private>(handler, options))
{
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::open(const QHostAddress &address, quint16 port, const QSslConfiguration *tls)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new GuardedSslServer(
            d->options.limits, d->options.latencyMs + d->options.latencyJitterMs, this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new GuardedTcpServer(d->options.limits,
                                      d->options.latencyMs + d->options.latencyJitterMs, this);
    }
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path(QUrl::FullyDecoded);
    // Form-style '+' means a space in query strings sent by many ConnectWise clients.
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', "%20"_L1);
    req.query = QUrlQuery(query);
    req.headers = request.headers();
    req.body = request.body();

    HttpResponse response;
    Private::Fault fault = Private::Fault::None;
    if (const int wait = d->rateLimited()) {
        response.status = 429;
        response.headers = {{"Content-Type", "application/json; charset=utf-8"},
                            {"Retry-After", QByteArray::number(wait)}};
        response.body = jsonError(
            "ConnectWiseApi", u"Too many requests. Please try again in %1 seconds."_s.arg(wait));
    } else {
        if (d->options.faultMethods.isEmpty() ||
            d->options.faultMethods.contains(QString::fromLatin1(req.method), Qt::CaseInsensitive))
            fault = d->pickFault();
        switch (fault) {
        case Private::Fault::Status500:
            response = {500,
                        {{"Content-Type", "application/json; charset=utf-8"}},
                        jsonError("ConnectWiseApi", u"A timeout has occured. Please try again."_s)};
            break;
        case Private::Fault::Status503:
            response = {503,
                        {{"Content-Type", "text/html"}, {"Retry-After", "1"}},
                        "<html><body><h1>503 Service Unavailable</h1></body></html>"};
            break;
        case Private::Fault::Status429:
            response = {429,
                        {{"Content-Type", "application/json; charset=utf-8"}, {"Retry-After", "1"}},
                        jsonError("ConnectWiseApi",
                                  u"Too many requests. Please try again in 1 seconds."_s)};
            break;
        default:
            // The lost-in-transit faults happen after the server did the work, as on a real
            // network.
            response = d->handler.handle(req);
            break;
        }
    }

    const bool head = req.method == "HEAD";
    const bool close = req.header("connection").toLower() == "close";
    QByteArray bytes = Private::serialize(response, head, close);
    switch (fault) {
    case Private::Fault::Truncate:
        bytes.truncate(std::max<qsizetype>(
            1, bytes.size() - std::max<qsizetype>(1, response.body.size() / 2)));
        break;
    case Private::Fault::Garbage: {
        QByteArray junk(256, '\0');
        for (char &c : junk)
            c = char(d->random.bounded(256));
        response.status = 200;
        response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
        response.body = "\x01garbage<" + junk;
        bytes = Private::serialize(response, head, close);
        break;
    }
    default:
        break;
    }

    if (d->options.logRequests) {
        // Method, path and query, status and fault: never headers, so never credentials.
        static const char *const faultNames[] = {"",
                                                 " fault=500",
                                                 " fault=503",
                                                 " fault=429",
                                                 " fault=reset",
                                                 " fault=truncate",
                                                 " fault=garbage"};
        std::fprintf(stderr, "%s %s %d%s\n", req.method.constData(),
                     url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded)
                         .toUtf8()
                         .constData(),
                     response.status, faultNames[int(fault)]);
    }

    QPointer<QTcpSocket> sock(socket);
    auto send = [sock, bytes, fault, close]() {
        if (!sock)
            return;
        if (fault == Private::Fault::Reset) {
            sock->abort();
            return;
        }
        sock->write(bytes);
        if (fault == Private::Fault::Truncate || close)
            sock->disconnectFromHost();
    };
    if (const int delay = d->delayMs(); delay > 0)
        QTimer::singleShot(delay, socket, send);
    else
        send();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(
        Private::serialize({404,
                            {{"Content-Type", "application/json; charset=utf-8"}},
                            jsonError("ConnectWiseApi", u"The endpoint does not exist."_s)},
                           false, false));
}

} // namespace cw::sandbox
