// The client of one ConnectWise Manage site: holds the credentials, builds authenticated requests,
// hands out one job per call, applies the retry table and tracks the connection state for the UI.
#pragma once

#include "apierror.h"
#include "credentials.h"
#include "listquery.h"
#include "retrypolicy.h"

#include <QObject>
#include <QUrl>

class QJsonArray;
class QJsonObject;
class QNetworkAccessManager;
class QNetworkRequest;

namespace cw {

class CompanyInfoJob;
class CountJob;
class FetchAllJob;
class ListJob;
class ManageJob;
class RecordJob;

class ManageClient : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut,   // no valid credentials yet
        Connecting,  // requests are out and none has been answered since the last failure
        Online,      // the last answer came from the server
        Offline,     // the server could not be reached (network, DNS, TLS)
        AuthFailed,  // the server refused the keys (401)
        ServerError, // the server failed (5xx after retries) or answered nonsense
    };
    Q_ENUM(State)

    explicit ManageClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ManageClient() override;

    // Validates and takes `credentials`; on refusal keeps the old ones and sets *error.
    bool setCredentials(const Credentials &credentials, QString *error = nullptr);
    const Credentials &credentials() const { return m_credentials; }
    bool hasCredentials() const { return m_hasCredentials; }

    QNetworkAccessManager *network() const { return m_network; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // Inactivity timeout of one transfer.
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    // The API URL of `path` (e.g. "/service/boards") with an already encoded query string.
    QUrl url(const QString &path, const QString &encodedQuery = {}) const;
    // A request to `url` with Authorization (unless `authenticated` is false), clientId, Accept
    // and User-Agent set.
    QNetworkRequest request(const QUrl &url, bool authenticated = true) const;
    // True when `url` is on the configured site (same scheme, host and port): only those
    // receive our Authorization header.
    bool isSameSite(const QUrl &url) const;

    // Jobs start from the event loop, so connect to their signals right after the call.
    // They belong to the client and delete themselves after finished(). Paths come from
    // ApiPaths (e.g. ApiPaths::notes(ticketId)); queries are validated before anything is sent.
    ListJob *list(const QString &path, const ListQuery &query = {});
    // Every record, in parallel pages when the count is known, with progress.
    FetchAllJob *fetchAll(const QString &path, const ListQuery &query = {});
    CountJob *count(const QString &path, const QString &conditions = {});
    CountJob *count(const QString &path, const ListQuery &query);
    // One record; `fields` asks for a sparse one.
    RecordJob *get(const QString &path, const QStringList &fields = {});
    // POST: never resent blindly after a failure (see RetryPolicy).
    RecordJob *create(const QString &path, const QJsonObject &record);
    // PUT: replaces the whole record.
    RecordJob *replace(const QString &path, const QJsonObject &record);
    // PATCH with JSON Patch operations (see JsonPatch::diff).
    RecordJob *patch(const QString &path, const QJsonArray &operations);
    // PATCH of only what changed between `loaded` and `edited` (JsonPatch::diff); with nothing
    // changed it reads the record instead, so the caller always gets the server's copy.
    RecordJob *update(const QString &path, const QJsonObject &loaded, const QJsonObject &edited);
    RecordJob *remove(const QString &path);
    // POST an action such as /service/tickets/{id}/merge.
    RecordJob *post(const QString &path, const QByteArray &body);
    // The public codebase lookup at the site root (no keys sent).
    CompanyInfoJob *companyInfo(const QUrl &companyInfoUrl, const QString &company);

    ListJob *listBoards(const ListQuery &query = {});
    ListJob *listBoardStatuses(int boardId, const ListQuery &query = {});
    ListJob *listTickets(const ListQuery &query);

    State state() const { return m_state; }
    // A short translated phrase for the state, e.g. "Online" or "Keys refused".
    QString stateText() const;
    // The error that put the client in its current state (empty when online).
    const ApiError &lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(cw::ManageClient::State state);
    void credentialsChanged();

private:
    friend class ManageJob;
    void noteRequestSent();
    void noteOutcome(const ApiError &error);
    void setState(State state, const ApiError &error);

    QNetworkAccessManager *m_network;
    Credentials m_credentials;
    bool m_hasCredentials = false;
    RetryPolicy m_retryPolicy;
    int m_transferTimeoutMs = 60000;
    State m_state = State::SignedOut;
    ApiError m_lastError;
};

} // namespace cw
