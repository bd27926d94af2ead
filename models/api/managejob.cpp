#include "managejob.h"

#include "apilogging.h"
#include "manageclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace {

// A request body that can be read once and never rewound (see ManageJob::send).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace
#endif

using namespace Qt::StringLiterals;

namespace cw {

namespace {
bool isIdempotent(const QByteArray &verb)
{
    return verb == "GET" || verb == "HEAD" || verb == "PUT" || verb == "DELETE" ||
           verb == "OPTIONS";
}
} // namespace

ManageJob::ManageJob(ManageClient *client)
    : QObject(client)
    , m_client(client)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ManageJob::send);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        qCInfo(lcApi).noquote() << QString::fromLatin1(m_verb) << m_url.path()
                                << "stalled; aborting after" << m_watchdog.interval() << "ms";
        m_timedOut = true;
        m_reply->abort(); // finishes the reply; onReplyFinished reports a timeout
    });
}

ManageJob::~ManageJob()
{
    if (m_reply) {
        m_aborting = true;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ManageJob::abort()
{
    if (m_aborting)
        return;
    m_aborting = true;
    m_finished = true;
    dropReply();
    deleteLater();
}

void ManageJob::dropReply()
{
    m_retryTimer.stop();
    m_watchdog.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ManageJob::cancel()
{
    if (m_finished)
        return;
    dropReply();
    finishFailed(ApiError::cancelled());
}

void ManageJob::scheduleStart()
{
    QMetaObject::invokeMethod(this, &ManageJob::begin, Qt::QueuedConnection);
}

void ManageJob::begin()
{
    if (m_finished || m_aborting)
        return;
    // The public codebase lookup happens before the keys are known to work (or set).
    if (m_authenticated && !m_client->hasCredentials()) {
        finishFailed(ApiError::configuration(tr("No ConnectWise site is set up yet.")));
        return;
    }
    start();
}

void ManageJob::sendGet(const QUrl &url)
{
    sendRequest("GET", url);
}

void ManageJob::sendRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    m_verb = verb;
    m_url = url;
    m_body = body;
    m_attempt = 0;
    send();
}

void ManageJob::setExtraHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_extraHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_extraHeaders.append({name, value});
}

void ManageJob::send()
{
    if (m_finished)
        return;
    if (m_authenticated && !m_client->isSameSite(m_url)) {
        finishFailed(ApiError::configuration(
            tr("Refusing to send the API keys to %1, which is not the configured site.")
                .arg(m_url.host())));
        return;
    }
    ++m_attempt;
    m_sslErrors.clear();
    m_certificateSha256.clear();
    m_pinMismatch = false;
    QNetworkRequest request = m_client->request(m_url, m_authenticated);
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request.setRawHeader(name, value);
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    qCDebug(lcApi).noquote() << QString::fromLatin1(m_verb) << m_url.toDisplayString() << "attempt"
                             << m_attempt;
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    if (m_verb == "POST" && !m_body.isEmpty()) {
        // Qt quietly sends a request again when the connection drops before the answer (its
        // "reconnect attempts"); for a POST the server may have carried out the first, so that
        // would make the record twice. A body that cannot be read a second time turns the
        // resend into an error instead; the caller (the outbox) then looks before it resends.
        auto *body = new OneShotBody(m_body);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        m_reply = m_client->network()->sendCustomRequest(request, m_verb, body);
        body->setParent(m_reply);
    } else {
        m_reply = m_body.isEmpty() ? m_client->network()->sendCustomRequest(request, m_verb)
                                   : m_client->network()->sendCustomRequest(request, m_verb, m_body);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ManageJob::onReplyFinished);
    m_timedOut = false;
    m_watchdog.start(m_client->transferTimeoutMs());
    const auto progressed = [this] {
        m_watchdog.start();
    };
    connect(m_reply, &QNetworkReply::downloadProgress, this, progressed);
    connect(m_reply, &QNetworkReply::uploadProgress, this, progressed);
#if QT_CONFIG(ssl)
    QNetworkReply *reply = m_reply;
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    // After every handshake, before the request (and its keys) goes out: with a pin, the
    // system CAs vouching for another certificate is not enough.
    connect(m_reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (!presentsPinnedCertificate(reply)) {
            qCWarning(lcApi) << "the server's certificate is not the pinned one; aborting";
            reply->abort(); // onReplyFinished reports it
        }
    });
#endif
    m_client->noteRequestSent();
}

void ManageJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_aborting)
        return;
    m_reply = nullptr;
    m_watchdog.stop();
    reply->deleteLater();

    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error = ApiError::fromReply(reply, body);
    // A connection kept alive from an earlier request has no handshake of its own: an answer
    // is only taken over the pinned certificate too (status 0: no answer, nothing to check).
    if (!m_pinMismatch && status != 0 && !presentsPinnedCertificate(reply))
        qCWarning(lcApi) << "the answer came over a certificate that is not the pinned one";
    if (m_pinMismatch) {
        error = ApiError::certificateNotPinned(m_certificateSha256);
        for (const QString &text : std::as_const(m_sslErrors))
            error.addDetail(text);
    } else if (error.kind() == ApiError::Kind::Cancelled || m_timedOut) {
        // We did not abort it, so a transfer timeout did (ours or Qt's).
        error = ApiError::fromNetworkError(
            QNetworkReply::TimeoutError,
            tr("no data for %1 s").arg(m_client->transferTimeoutMs() / 1000.0, 0, 'f', 1));
    }
    if (error.kind() == ApiError::Kind::Tls && !m_pinMismatch) {
        for (const QString &text : std::as_const(m_sslErrors))
            error.addDetail(text);
        error.setCertificateSha256(m_certificateSha256);
    }
    qCDebug(lcApi).noquote() << QString::fromLatin1(m_verb) << m_url.path() << "->" << status
                             << reply->error() << body.size() << "bytes in"
                             << (QDateTime::currentMSecsSinceEpoch() - m_sentAtMs) << "ms";

    if (error.isError()) {
        retryOrFail(error);
        return;
    }
    m_client->noteOutcome(ApiError());
    handleReply(reply, body);
}

void ManageJob::retryOrFail(const ApiError &error)
{
    if (m_finished)
        return;
    const int delay = m_client->retryPolicy().retryDelayMs(error, m_attempt, isIdempotent(m_verb));
    if (delay < 0) {
        finishFailed(error);
        return;
    }
    qCInfo(lcApi).noquote() << QString::fromLatin1(m_verb) << m_url.path() << "failed ("
                            << error.headline() << "), retry" << m_attempt << "in" << delay << "ms";
    Q_EMIT retrying(error, delay);
    if (!m_finished)
        m_retryTimer.start(delay);
}

void ManageJob::failSpoiledBody(const ApiError &error)
{
    // A 2xx whose body is cut short or not JSON is a transport fault as far as the caller can
    // tell (a proxy page, a connection cut without a reset): the retry table decides, as for a
    // dropped connection, and only requests that are safe to repeat go out again.
    retryOrFail(error);
}

bool ManageJob::presentsPinnedCertificate(QNetworkReply *reply)
{
#if QT_CONFIG(ssl)
    const QByteArray pinned = m_client->credentials().trustedCertificateSha256();
    if (pinned.isEmpty() || reply->url().scheme() != u"https"_s)
        return true;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QByteArray fingerprint =
        peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256).toHex();
    if (fingerprint == pinned)
        return true;
    m_pinMismatch = true;
    m_certificateSha256 = fingerprint;
    m_sslErrors.clear();
    if (!peer.isNull()) {
        m_sslErrors.append(tr("Certificate: %1, issued by %2, valid %3 to %4")
                               .arg(peer.subjectDisplayName(), peer.issuerDisplayName(),
                                    peer.effectiveDate().toString(Qt::ISODate),
                                    peer.expiryDate().toString(Qt::ISODate)));
        m_sslErrors.append(tr("SHA-256 fingerprint: %1").arg(QString::fromLatin1(fingerprint)));
    }
    m_sslErrors.append(tr("Pinned SHA-256 fingerprint: %1").arg(QString::fromLatin1(pinned)));
    return false;
#else
    Q_UNUSED(reply);
    return true;
#endif
}

void ManageJob::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
#if QT_CONFIG(ssl)
    // TLS problems fail the request, except for the one certificate the user explicitly trusted
    // for this profile (a self-signed on-premises server or sandbox), pinned by its fingerprint:
    // that certificate is accepted whatever its issuer, host name or validity dates, because the
    // user vouched for exactly these bytes. With a pin, encrypted() refuses every other one.
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QByteArray fingerprint =
        peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256).toHex();
    const QByteArray trusted = m_client->credentials().trustedCertificateSha256();
    if (!fingerprint.isEmpty() && !trusted.isEmpty() && fingerprint == trusted) {
        qCInfo(lcApi) << "accepting the trusted certificate" << fingerprint;
        reply->ignoreSslErrors(errors);
        return;
    }
    m_certificateSha256 = fingerprint;
    for (const QSslError &error : errors)
        m_sslErrors.append(error.errorString());
    if (!peer.isNull()) {
        m_sslErrors.append(tr("Certificate: %1, issued by %2, valid %3 to %4")
                               .arg(peer.subjectDisplayName(), peer.issuerDisplayName(),
                                    peer.effectiveDate().toString(Qt::ISODate),
                                    peer.expiryDate().toString(Qt::ISODate)));
        m_sslErrors.append(tr("SHA-256 fingerprint: %1").arg(QString::fromLatin1(fingerprint)));
    }
#else
    Q_UNUSED(reply);
    Q_UNUSED(errors);
#endif
}

bool ManageJob::parseJson(const QByteArray &body, QNetworkReply *reply, QJsonDocument *document)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    const int status =
        reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    failSpoiledBody(ApiError::invalidJson(status, tr("%1 at byte %2 of %3")
                                                      .arg(parseError.errorString())
                                                      .arg(parseError.offset)
                                                      .arg(body.size())));
    return false;
}

void ManageJob::finishSucceeded()
{
    if (m_finished)
        return;
    m_finished = true;
    finish();
}

void ManageJob::finishFailed(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    qCWarning(lcApi).noquote() << QString::fromLatin1(m_verb) << m_url.path()
                               << "failed:" << error.message();
    m_client->noteOutcome(error);
    Q_EMIT failed(error);
    finish();
}

void ManageJob::finish()
{
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace cw
