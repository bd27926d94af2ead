// Base of every call to the Service API: sends the request, applies the client's retry table,
// turns a failed reply into an ApiError. Signal order: exactly one of the subclass's result
// signal or failed(), then finished() once; then the job deletes itself.
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QJsonDocument;
class QNetworkReply;
class QSslError;

namespace cw {

class ManageClient;

class ManageJob : public QObject
{
    Q_OBJECT
public:
    ~ManageJob() override;

    ManageClient *client() const { return m_client; }
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    // Attempts made for the current request (1 + retries).
    int attempts() const { return m_attempt; }
    QUrl currentUrl() const { return m_url; }

    // Stops the job without emitting anything; it deletes itself later.
    void abort();
    // Stops the job and reports it: failed(Cancelled), then finished().
    void cancel();

Q_SIGNALS:
    void failed(const cw::ApiError &error);
    void finished(cw::ManageJob *job);
    // A request failed and will be sent again after `delayMs`.
    void retrying(const cw::ApiError &error, int delayMs);

protected:
    explicit ManageJob(ManageClient *client);

    // Called once from the event loop after the job was created and credentials checked.
    virtual void start() = 0;
    // A 2xx answer to the current request; the subclass sends the next request or finishes.
    virtual void handleReply(QNetworkReply *reply, const QByteArray &body) = 0;

    void sendGet(const QUrl &url);
    // Any verb; a non-empty body goes out as application/json. POST is never resent after a
    // failure unless the server refused it unprocessed (429); see RetryPolicy.
    void sendRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body = {});
    // Extra headers for the following requests (e.g. pagination-type).
    void setExtraHeader(const QByteArray &name, const QByteArray &value);
    // Off: requests carry no Authorization header (the public /login/companyinfo call).
    void setAuthenticated(bool authenticated) { m_authenticated = authenticated; }

    // Parses `body` as JSON into *document; on failure reports it through failSpoiledBody()
    // and returns false.
    bool parseJson(const QByteArray &body, QNetworkReply *reply, QJsonDocument *document);
    // A 2xx answer whose body is unusable (not JSON, cut short, not the expected shape): sends
    // the request again when the retry table allows it (idempotent requests), else fails the
    // job with `error`. The subclass returns from handleReply() after calling this.
    void failSpoiledBody(const ApiError &error);
    // Subclasses emit their result signal first, then call this.
    void finishSucceeded();
    void finishFailed(const ApiError &error);

private:
    friend class ManageClient;
    void scheduleStart();
    void begin();
    void send();
    void onReplyFinished();
    void retryOrFail(const ApiError &error);
    void finish();

    ManageClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    // Aborts a transfer that made no progress for the client's transfer timeout. Our own timer
    // rather than QNetworkRequest's, so it also guards replies from any network manager.
    QTimer m_watchdog;
    bool m_timedOut = false;
    // Stops timers and abandons the reply in flight, if any, without reporting anything.
    void dropReply();
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    // True without a pin, or when the reply's peer certificate is the pinned one; otherwise
    // notes the mismatch (m_pinMismatch and the details) and returns false.
    bool presentsPinnedCertificate(QNetworkReply *reply);
    bool m_pinMismatch = false;

    QByteArray m_verb = "GET";
    QUrl m_url;
    QByteArray m_body;
    QList<std::pair<QByteArray, QByteArray>> m_extraHeaders;
    QByteArray m_certificateSha256;
    bool m_authenticated = true;
    QStringList m_sslErrors;
    ApiError m_error;
    int m_attempt = 0;
    qint64 m_sentAtMs = 0;
    bool m_finished = false;
    bool m_aborting = false;
};

} // namespace cw
