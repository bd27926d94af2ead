#include "manageclient.h"

#include "apilogging.h"
#include "apipaths.h"
#include "companyinfojob.h"
#include "countjob.h"
#include "fetchalljob.h"
#include "jsonpatch.h"
#include "listjob.h"
#include "recordjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace cw {

ManageClient::ManageClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

ManageClient::~ManageClient() = default;

bool ManageClient::setCredentials(const Credentials &credentials, QString *error)
{
    QString reason;
    if (!credentials.validate(&reason)) {
        qCWarning(lcApi).noquote() << "credentials refused:" << reason;
        if (error)
            *error = reason;
        return false;
    }
    m_credentials = credentials;
    m_hasCredentials = true;
    qCInfo(lcApi) << "using" << credentials;
    setState(State::Connecting, {});
    Q_EMIT credentialsChanged();
    return true;
}

QUrl ManageClient::url(const QString &path, const QString &encodedQuery) const
{
    QUrl url = m_credentials.siteUrl();
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(u'/') ? path : u'/' + path));
    url.setQuery(encodedQuery.isEmpty() ? QString() : encodedQuery, QUrl::StrictMode);
    return url;
}

QNetworkRequest ManageClient::request(const QUrl &url, bool authenticated) const
{
    QNetworkRequest request(url);
    if (authenticated)
        request.setRawHeader("Authorization", m_credentials.authorizationHeader());
    request.setRawHeader("clientId", m_credentials.clientId().toUtf8());
    const QString version = m_credentials.apiVersion().isEmpty() ? Credentials::defaultApiVersion()
                                                                 : m_credentials.apiVersion();
    request.setRawHeader("Accept",
                         "application/vnd.connectwise.com+json; version=" + version.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("CW-Desk/" CW_VERSION " (Qt " QT_VERSION_STR ")"));
    request.setTransferTimeout(m_transferTimeoutMs);
    // The Authorization header must never follow a redirect to another origin or to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

bool ManageClient::isSameSite(const QUrl &url) const
{
    const QUrl site = m_credentials.siteUrl();
    return url.scheme().compare(site.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(site.host(), Qt::CaseInsensitive) == 0 &&
           url.port(site.scheme() == u"https"_s ? 443 : 80) ==
               site.port(site.scheme() == u"https"_s ? 443 : 80);
}

ListJob *ManageClient::list(const QString &path, const ListQuery &query)
{
    auto *job = new ListJob(this, path, query);
    job->scheduleStart();
    return job;
}

FetchAllJob *ManageClient::fetchAll(const QString &path, const ListQuery &query)
{
    return new FetchAllJob(this, path, query);
}

CountJob *ManageClient::count(const QString &path, const QString &conditions)
{
    ListQuery query;
    query.conditions = conditions;
    return count(path, query);
}

CountJob *ManageClient::count(const QString &path, const ListQuery &query)
{
    auto *job = new CountJob(this, path, query);
    job->scheduleStart();
    return job;
}

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

RecordJob *ManageClient::get(const QString &path, const QStringList &fields)
{
    const QString query =
        fields.isEmpty() ? QString() : u"fields="_s + ListQuery::encodeValue(fields.join(u','));
    auto *job = new RecordJob(this, "GET", path, {}, query);
    job->scheduleStart();
    return job;
}

RecordJob *ManageClient::create(const QString &path, const QJsonObject &record)
{
    return post(path, compact(record));
}

RecordJob *ManageClient::post(const QString &path, const QByteArray &body)
{
    auto *job = new RecordJob(this, "POST", path, body.isEmpty() ? QByteArray("{}") : body);
    job->scheduleStart();
    return job;
}

RecordJob *ManageClient::replace(const QString &path, const QJsonObject &record)
{
    auto *job = new RecordJob(this, "PUT", path, compact(record));
    job->scheduleStart();
    return job;
}

RecordJob *ManageClient::patch(const QString &path, const QJsonArray &operations)
{
    auto *job = new RecordJob(this, "PATCH", path,
                              QJsonDocument(operations).toJson(QJsonDocument::Compact));
    job->scheduleStart();
    return job;
}

RecordJob *ManageClient::update(const QString &path, const QJsonObject &loaded,
                                const QJsonObject &edited)
{
    const QJsonArray operations = JsonPatch::diff(loaded, edited);
    if (operations.isEmpty())
        return get(path);
    return patch(path, operations);
}

RecordJob *ManageClient::remove(const QString &path)
{
    auto *job = new RecordJob(this, "DELETE", path);
    job->scheduleStart();
    return job;
}

CompanyInfoJob *ManageClient::companyInfo(const QUrl &companyInfoUrl, const QString &company)
{
    auto *job = new CompanyInfoJob(this, companyInfoUrl, company);
    job->scheduleStart();
    return job;
}

ListJob *ManageClient::listBoards(const ListQuery &query)
{
    return list(ApiPaths::boards(), query);
}

ListJob *ManageClient::listBoardStatuses(int boardId, const ListQuery &query)
{
    return list(ApiPaths::statuses(boardId), query);
}

ListJob *ManageClient::listTickets(const ListQuery &query)
{
    return list(ApiPaths::tickets(), query);
}

QString ManageClient::stateText() const
{
    switch (m_state) {
    case State::SignedOut:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting…");
    case State::Online:
        return tr("Online");
    case State::Offline:
        return tr("Offline");
    case State::AuthFailed:
        return tr("Keys refused");
    case State::ServerError:
        return tr("Server error");
    }
    return {};
}

void ManageClient::noteRequestSent()
{
    if (m_state != State::Online && m_state != State::Connecting)
        setState(State::Connecting, m_lastError);
}

void ManageClient::noteOutcome(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::None:
        setState(State::Online, {});
        break;
    case Kind::Cancelled:
    case Kind::Configuration:
    case Kind::InvalidQuery:
        break;
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::ConnectionDropped:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Tls:
        setState(State::Offline, error);
        break;
    case Kind::Unauthorized:
        setState(State::AuthFailed, error);
        break;
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::InvalidJson:
        setState(State::ServerError, error);
        break;
    case Kind::BadRequest:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::HttpError:
        // The server answered: the connection is fine, only this request was wrong.
        setState(State::Online, {});
        break;
    }
}

void ManageClient::setState(State state, const ApiError &error)
{
    m_lastError = error;
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcApi) << "state" << state;
    Q_EMIT stateChanged(state);
}

} // namespace cw
