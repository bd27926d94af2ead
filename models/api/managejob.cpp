#include "managejob.h"

#include "apilogging.h"
#include "manageclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslError>
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
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    deleteLater();
}

void ManageJob::scheduleStart()
{
    QMetaObject::invokeMethod(this, &ManageJob::begin, Qt::QueuedConnection);
}

void ManageJob::begin()
{
    if (m_finished || m_aborting)
        return;
    if (!m_client->hasCredentials()) {
        finishFailed(ApiError::configuration(tr("No ConnectWise site is set up yet.")));
        return;
    }
    start();
}

void ManageJob::sendGet(const QUrl &url)
{
    m_verb = "GET";
    m_url = url;
    m_attempt = 0;
    send();
}

void ManageJob::send()
{
    if (m_finished)
        return;
    if (!m_client->isSameSite(m_url)) {
        finishFailed(ApiError::configuration(
            tr("Refusing to send the API keys to %1, which is not the configured site.")
                .arg(m_url.host())));
        return;
    }
    ++m_attempt;
    m_sslErrors.clear();
    const QNetworkRequest request = m_client->request(m_url);
    qCDebug(lcApi).noquote() << QString::fromLatin1(m_verb) << m_url.toDisplayString() << "attempt"
                             << m_attempt;
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    m_reply = m_client->network()->sendCustomRequest(request, m_verb);
    connect(m_reply, &QNetworkReply::finished, this, &ManageJob::onReplyFinished);
#if QT_CONFIG(ssl)
    // Recorded for the error message only: TLS problems always fail the request.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
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
    reply->deleteLater();

    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error = ApiError::fromReply(reply, body);
    if (error.kind() == ApiError::Kind::Cancelled) {
        // We did not abort it, so the transfer timeout did.
        error = ApiError::fromNetworkError(QNetworkReply::TimeoutError, reply->errorString());
    }
    if (error.kind() == ApiError::Kind::Tls) {
        for (const QString &text : std::as_const(m_sslErrors))
            error.addDetail(text);
    }
    qCDebug(lcApi).noquote() << QString::fromLatin1(m_verb) << m_url.path() << "->" << status
                             << reply->error() << body.size() << "bytes in"
                             << (QDateTime::currentMSecsSinceEpoch() - m_sentAtMs) << "ms";

    if (error.isError()) {
        const int delay =
            m_client->retryPolicy().retryDelayMs(error, m_attempt, isIdempotent(m_verb));
        if (delay >= 0) {
            qCInfo(lcApi).noquote()
                << QString::fromLatin1(m_verb) << m_url.path() << "failed (" << error.headline()
                << "), retry" << m_attempt << "in" << delay << "ms";
            Q_EMIT retrying(error, delay);
            if (!m_finished)
                m_retryTimer.start(delay);
            return;
        }
        finishFailed(error);
        return;
    }
    m_client->noteOutcome(ApiError());
    handleReply(reply, body);
}

bool ManageJob::parseJson(const QByteArray &body, QNetworkReply *reply, QJsonDocument *document)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    const int status =
        reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    finishFailed(ApiError::invalidJson(status, tr("%1 at byte %2 of %3")
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
