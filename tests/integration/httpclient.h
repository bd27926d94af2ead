// A small synchronous HTTP helper for integration tests: each call runs a local event loop
// around one QNetworkAccessManager request (keep-alive reused) and returns status, headers, body.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace cw::test {

using Headers = QList<std::pair<QByteArray, QByteArray>>;
using Params = QList<std::pair<QString, QString>>;

struct HttpResult
{
    QByteArray method;
    QUrl url;
    QByteArray requestBody;

    int status = 0; // 0: no HTTP response (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    Headers headers;
    QByteArray body;
    qint64 elapsedMs = 0;

    // Header names are case-insensitive; empty when absent (see hasHeader()).
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;

    // Parses the body; *ok (when given) tells whether it was valid JSON.
    QJsonValue json(bool *ok = nullptr) const;
    QJsonArray array() const { return json().toArray(); }
    QJsonObject object() const { return json().toObject(); }
    bool isJsonArray() const { return json().isArray(); }
    bool isJsonObject() const { return json().isObject(); }

    // "GET <url> -> 404 <first bytes of body>" for failure messages.
    QString describe(int maxBody = 600) const;
};

struct RequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    Headers headers; // added after (and overriding) the client's defaults
};

class HttpClient
{
public:
    explicit HttpClient(const QUrl &baseUrl = {});

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }

    // Defaults sent with every request: Authorization (sandbox credentials), clientId, Accept.
    // An empty value removes the header.
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);
    Headers defaultHeaders() const { return m_defaults; }
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // `path` is relative to the base URL ("/service/tickets") unless it is an absolute URL.
    // Params are percent-encoded completely (a '+' stays a '+').
    QUrl url(const QString &path, const Params &params = {}) const;

    HttpResult get(const QString &path, const Params &params = {}, const Headers &headers = {});
    HttpResult post(const QString &path, const QByteArray &body, const Headers &headers = {});
    HttpResult post(const QString &path, const QJsonValue &body, const Headers &headers = {});
    HttpResult put(const QString &path, const QJsonValue &body, const Headers &headers = {});
    HttpResult patch(const QString &path, const QJsonValue &body, const Headers &headers = {});
    HttpResult del(const QString &path, const Headers &headers = {});
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const Headers &headers = {});
    HttpResult send(const RequestSpec &spec);

    // Runs all requests with at most `inFlight` outstanding at once; results in input order.
    QList<HttpResult> sendAll(const QList<RequestSpec> &specs, int inFlight = 6);

    // Starts a request without waiting (the caller owns the reply); finish() converts it.
    QNetworkReply *start(const RequestSpec &spec);
    static HttpResult finish(QNetworkReply *reply, const RequestSpec &spec, qint64 elapsedMs);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkRequest makeRequest(const RequestSpec &spec) const;

    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    Headers m_defaults;
    std::optional<QSslConfiguration> m_ssl;
    int m_timeoutMs = 60000;
};

// One exchange over a plain TCP socket: writes `bytes` (in chunks), then reads until the peer
// closes, a complete response (by Content-Length) has arrived, or timeoutMs passes.
struct RawResult
{
    bool connected = false;
    bool peerClosed = false;
    bool timedOut = false;
    QByteArray response;
    int status() const; // parsed from the status line; 0 when none
    QByteArray body() const;
    // Header lines as sent, including ones with an empty value (which QNetworkReply drops).
    bool hasHeader(QByteArrayView name) const;
    QByteArray header(QByteArrayView name) const;
};
RawResult rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 10000);
// A GET of `url` (its path and query) over a raw socket with the default credentials.
RawResult rawGet(const QUrl &url, const Headers &headers = {}, int timeoutMs = 10000);

// Parses an RFC 5988 Link header: rel -> URL.
QList<std::pair<QString, QString>> parseLinkHeader(const QByteArray &value);
QString linkFor(const QByteArray &value, const QString &rel);

// JSON helpers.
QByteArray toJson(const QJsonValue &value);
QJsonValue parseJson(const QByteArray &bytes, bool *ok = nullptr);
// Copy of value with every "_info" member removed (recursively), for comparisons across runs.
QJsonValue withoutInfo(const QJsonValue &value);

} // namespace cw::test
