#include "httpclient.h"

#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace cw::test {

// ----------------------------------------------------------------------------------------------
// HttpResult

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResult::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonValue HttpResult::json(bool *ok) const
{
    return parseJson(body, ok);
}

QString HttpResult::describe(int maxBody) const
{
    QString text = QString::fromLatin1(method) + u' ' + url.toString(QUrl::PrettyDecoded);
    if (!requestBody.isEmpty())
        text += u" body="_s + QString::fromUtf8(requestBody.left(300));
    text += u" -> "_s;
    if (status == 0)
        text += u"no HTTP response (%1: %2)"_s.arg(int(error)).arg(errorString);
    else
        text += QString::number(status);
    text += u' ' + QString::fromUtf8(body.left(maxBody));
    if (body.size() > maxBody)
        text += u"… (%1 bytes)"_s.arg(body.size());
    return text;
}

// ----------------------------------------------------------------------------------------------
// HttpClient

HttpClient::HttpClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
    m_manager.setAutoDeleteReplies(false);
    m_defaults = {
        {"Authorization", SandboxProcess::defaultAuthorization()},
        {"clientId", "0f9a4b8e-cw-desk-conformance"},
        {"Accept", "application/json"},
    };
}

void HttpClient::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    for (qsizetype i = 0; i < m_defaults.size(); ++i) {
        if (m_defaults[i].first.compare(name, Qt::CaseInsensitive) == 0) {
            m_defaults.removeAt(i);
            break;
        }
    }
    if (!value.isEmpty())
        m_defaults.append(std::pair(name, value));
}

QUrl HttpClient::url(const QString &path, const Params &params) const
{
    QByteArray encoded;
    if (path.startsWith(u"http://"_s) || path.startsWith(u"https://"_s))
        encoded = path.toUtf8();
    else
        encoded = m_baseUrl.toEncoded() + path.toUtf8();
    bool first = !encoded.contains('?');
    for (const auto &[name, value] : params) {
        encoded += first ? '?' : '&';
        first = false;
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return QUrl::fromEncoded(encoded, QUrl::TolerantMode);
}

HttpResult HttpClient::get(const QString &path, const Params &params, const Headers &headers)
{
    return send("GET", url(path, params), {}, headers);
}

HttpResult HttpClient::post(const QString &path, const QByteArray &body, const Headers &headers)
{
    return send("POST", url(path), body, headers);
}

HttpResult HttpClient::post(const QString &path, const QJsonValue &body, const Headers &headers)
{
    return send("POST", url(path), toJson(body), headers);
}

HttpResult HttpClient::put(const QString &path, const QJsonValue &body, const Headers &headers)
{
    return send("PUT", url(path), toJson(body), headers);
}

HttpResult HttpClient::patch(const QString &path, const QJsonValue &body, const Headers &headers)
{
    return send("PATCH", url(path), toJson(body), headers);
}

HttpResult HttpClient::del(const QString &path, const Headers &headers)
{
    return send("DELETE", url(path), {}, headers);
}

HttpResult HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                            const Headers &headers)
{
    return send(RequestSpec{method, url, body, headers});
}

QNetworkRequest HttpClient::makeRequest(const RequestSpec &spec) const
{
    QNetworkRequest request(spec.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    Headers all = m_defaults;
    const bool hasBody = spec.method == "POST" || spec.method == "PUT" || spec.method == "PATCH";
    if (hasBody)
        all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    for (const auto &h : spec.headers) {
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].first.compare(h.first, Qt::CaseInsensitive) == 0) {
                all.removeAt(i);
                break;
            }
        }
        all.append(h);
    }
    for (const auto &[name, value] : all) {
        if (!value.isEmpty())
            request.setRawHeader(name, value);
    }
    return request;
}

QNetworkReply *HttpClient::start(const RequestSpec &spec)
{
    const QNetworkRequest request = makeRequest(spec);
    if (spec.method == "GET")
        return m_manager.get(request);
    if (spec.method == "DELETE" && spec.body.isEmpty())
        return m_manager.deleteResource(request);
    return m_manager.sendCustomRequest(request, spec.method, spec.body);
}

HttpResult HttpClient::finish(QNetworkReply *reply, const RequestSpec &spec, qint64 elapsedMs)
{
    HttpResult result;
    result.method = spec.method;
    result.url = spec.url;
    result.requestBody = spec.body;
    result.elapsedMs = elapsedMs;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    result.body = reply->readAll();
    return result;
}

HttpResult HttpClient::send(const RequestSpec &spec)
{
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = start(spec);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        timer.start(m_timeoutMs);
        loop.exec();
    }
    HttpResult result = finish(reply, spec, clock.elapsed());
    if (timedOut)
        result.errorString = u"timed out after %1 ms"_s.arg(m_timeoutMs);
    reply->deleteLater();
    return result;
}

QList<HttpResult> HttpClient::sendAll(const QList<RequestSpec> &specs, int inFlight)
{
    QList<HttpResult> results(specs.size());
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> launch = [&] {
        while (running < inFlight && next < specs.size()) {
            const qsizetype index = next++;
            const qint64 started = clock.elapsed();
            QNetworkReply *reply = start(specs[index]);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index, started] {
                results[index] = finish(reply, specs[index], clock.elapsed() - started);
                reply->deleteLater();
                --running;
                launch();
                if (running == 0 && next >= specs.size())
                    loop.quit();
            });
        }
    };
    launch();
    QTimer::singleShot(m_timeoutMs * 2, &loop, &QEventLoop::quit);
    if (running > 0)
        loop.exec();
    return results;
}

// ----------------------------------------------------------------------------------------------
// Raw socket

int RawResult::status() const
{
    static const QRegularExpression re(u"^HTTP/1\\.[01] (\\d{3})"_s);
    const auto match = re.match(QString::fromLatin1(response.left(20)));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QByteArray RawResult::body() const
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

static QList<std::pair<QByteArray, QByteArray>> headerLines(const QByteArray &response)
{
    QList<std::pair<QByteArray, QByteArray>> lines;
    const qsizetype end = response.indexOf("\r\n\r\n");
    const QList<QByteArray> all = response.left(end < 0 ? response.size() : end).split('\n');
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QByteArray line = all[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            lines.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return lines;
}

bool RawResult::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headerLines(response)) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray RawResult::header(QByteArrayView name) const
{
    for (const auto &h : headerLines(response)) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawResult rawGet(const QUrl &url, const Headers &headers, int timeoutMs)
{
    QByteArray request = "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                         " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' +
                         QByteArray::number(url.port()) +
                         "\r\nAuthorization: " + SandboxProcess::defaultAuthorization() +
                         "\r\nclientId: raw\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "\r\n";
    return rawExchange(quint16(url.port()), request, timeoutMs);
}

RawResult rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    RawResult result;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return result;
    result.connected = true;
    QDeadlineTimer deadline(timeoutMs);
    // Write in chunks so a server that closes early does not leave us blocked.
    for (qsizetype offset = 0; offset < bytes.size(); offset += 64 * 1024) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.write(bytes.mid(offset, 64 * 1024));
        while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState &&
               !deadline.hasExpired()) {
            socket.waitForBytesWritten(100);
            result.response += socket.readAll();
        }
    }
    while (!deadline.hasExpired()) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            result.response += socket.readAll();
            result.peerClosed = true;
            return result;
        }
        if (socket.waitForReadyRead(100))
            result.response += socket.readAll();
        const qsizetype end = result.response.indexOf("\r\n\r\n");
        if (end >= 0) {
            static const QRegularExpression cl(u"(?im)^content-length:\\s*(\\d+)"_s);
            const auto match = cl.match(QString::fromLatin1(result.response.left(end)));
            if (match.hasMatch() &&
                result.response.size() - end - 4 >= match.captured(1).toLongLong())
                return result;
        }
    }
    result.timedOut = true;
    return result;
}

// ----------------------------------------------------------------------------------------------
// Link header and JSON

QList<std::pair<QString, QString>> parseLinkHeader(const QByteArray &value)
{
    QList<std::pair<QString, QString>> links;
    static const QRegularExpression re(u"<([^>]*)>\\s*;\\s*rel\\s*=\\s*\"?([A-Za-z]+)\"?"_s);
    auto it = re.globalMatch(QString::fromUtf8(value));
    while (it.hasNext()) {
        const auto match = it.next();
        links.append({match.captured(2), match.captured(1)});
    }
    return links;
}

QString linkFor(const QByteArray &value, const QString &rel)
{
    for (const auto &[r, url] : parseLinkHeader(value)) {
        if (r == rel)
            return url;
    }
    return {};
}

QByteArray toJson(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // Scalars: wrap and strip.
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue parseJson(const QByteArray &bytes, bool *ok)
{
    // QJsonDocument only takes arrays/objects; wrap to accept scalars such as `null`.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]", &error);
    const bool valid = error.error == QJsonParseError::NoError && doc.isArray() &&
                       doc.array().size() == 1 && !bytes.trimmed().isEmpty();
    if (ok)
        *ok = valid;
    return valid ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue withoutInfo(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            out.append(withoutInfo(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.key() != u"_info"_s)
                out.insert(it.key(), withoutInfo(it.value()));
        }
        return out;
    }
    return value;
}

} // namespace cw::test
