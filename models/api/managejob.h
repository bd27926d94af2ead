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
    // Parses `body` as JSON into *document; on failure finishes the job with an InvalidJson
    // error and returns false.
    bool parseJson(const QByteArray &body, QNetworkReply *reply, QJsonDocument *document);
    // Subclasses emit their result signal first, then call this.
    void finishSucceeded();
    void finishFailed(const ApiError &error);

private:
    friend class ManageClient;
    void scheduleStart();
    void begin();
    void send();
    void onReplyFinished();
    void finish();

    ManageClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QByteArray m_verb = "GET";
    QUrl m_url;
    QStringList m_sslErrors;
    ApiError m_error;
    int m_attempt = 0;
    qint64 m_sentAtMs = 0;
    bool m_finished = false;
    bool m_aborting = false;
};

} // namespace cw
