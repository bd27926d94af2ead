#include "recordjob.h"

#include "manageclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace cw {

RecordJob::RecordJob(ManageClient *client, const QByteArray &verb, const QString &path,
                     const QByteArray &body, const QString &encodedQuery)
    : ManageJob(client)
    , m_verb(verb)
    , m_path(path)
    , m_body(body)
    , m_query(encodedQuery)
{
}

QJsonObject RecordJob::json() const
{
    return QJsonDocument::fromJson(m_raw).object();
}

void RecordJob::start()
{
    sendRequest(m_verb, client()->url(m_path, m_query), m_body);
}

void RecordJob::handleReply(QNetworkReply *reply, const QByteArray &body)
{
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_verb != "DELETE" && m_httpStatus != 204) {
        // A record (or a small result object such as {"success": true}); one at a time, so
        // QJsonDocument is the right tool here.
        QJsonDocument document;
        if (!parseJson(body, reply, &document))
            return;
        if (!document.isObject()) {
            finishFailed(ApiError::invalidJson(m_httpStatus, tr("expected a JSON object")));
            return;
        }
        m_raw = body;
    }
    Q_EMIT succeeded(m_raw);
    finishSucceeded();
}

} // namespace cw
