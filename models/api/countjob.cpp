#include "countjob.h"

#include "listquery.h"
#include "manageclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace cw {

CountJob::CountJob(ManageClient *client, const QString &path, const QString &conditions)
    : ManageJob(client)
    , m_path(path)
    , m_conditions(conditions)
{
}

void CountJob::start()
{
    QString query;
    if (!m_conditions.isEmpty())
        query = u"conditions="_s + ListQuery::encodeValue(m_conditions);
    sendGet(client()->url(m_path + u"/count"_s, query));
}

void CountJob::handleReply(QNetworkReply *reply, const QByteArray &body)
{
    QJsonDocument document;
    if (!parseJson(body, reply, &document))
        return;
    const QJsonValue count = document.object().value(u"count"_s);
    if (!count.isDouble()) {
        finishFailed(ApiError::invalidJson(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            tr("expected an object with a number \"count\"")));
        return;
    }
    m_count = count.toInt();
    Q_EMIT counted(m_count);
    finishSucceeded();
}

} // namespace cw
