#include "countjob.h"

#include "listquery.h"
#include "manageclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace cw {

CountJob::CountJob(ManageClient *client, const QString &path, const ListQuery &query)
    : ManageJob(client)
    , m_path(path)
{
    m_query.conditions = query.conditions;
    m_query.childConditions = query.childConditions;
    m_query.customFieldConditions = query.customFieldConditions;
}

void CountJob::start()
{
    if (const ApiError invalid = m_query.validate(m_path); invalid.isError()) {
        finishFailed(invalid);
        return;
    }
    QStringList items;
    if (!m_query.conditions.isEmpty())
        items << u"conditions="_s + ListQuery::encodeValue(m_query.conditions);
    if (!m_query.childConditions.isEmpty())
        items << u"childConditions="_s + ListQuery::encodeValue(m_query.childConditions);
    if (!m_query.customFieldConditions.isEmpty())
        items << u"customFieldConditions="_s +
                     ListQuery::encodeValue(m_query.customFieldConditions);
    sendGet(client()->url(m_path + u"/count"_s, items.join(u'&')));
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
    // A whole number that fits: a negative, fractional or huge count would wrap or mislead
    // whoever pages by it.
    const double value = count.toDouble();
    if (!(value >= 0 && value <= double(std::numeric_limits<int>::max())) ||
        value != std::floor(value)) {
        finishFailed(ApiError::invalidJson(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            tr("the count %1 is not a whole number from 0 to %L2")
                .arg(value)
                .arg(std::numeric_limits<int>::max())));
        return;
    }
    m_count = int(value);
    Q_EMIT counted(m_count);
    finishSucceeded();
}

} // namespace cw
