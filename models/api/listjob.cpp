#include "listjob.h"

#include "apilogging.h"
#include "linkheader.h"
#include "manageclient.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace cw {

ListJob::ListJob(ManageClient *client, const QString &path, const ListQuery &query)
    : ManageJob(client)
    , m_path(path)
    , m_query(query)
    , m_page(std::max(1, query.page))
{
}

void ListJob::start()
{
    ListQuery first = m_query;
    first.page = m_page;
    sendGet(client()->url(m_path, first.toQueryString()));
}

void ListJob::handleReply(QNetworkReply *reply, const QByteArray &body)
{
    QJsonDocument document;
    if (!parseJson(body, reply, &document))
        return;
    if (!document.isArray()) {
        finishFailed(ApiError::invalidJson(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            tr("expected a JSON array of records")));
        return;
    }
    const QJsonArray page = document.array();
    ++m_pagesFetched;
    if (m_accumulate) {
        for (const QJsonValue &record : page)
            m_records.append(record);
    }

    const LinkHeader links = LinkHeader::parse(reply->rawHeader("Link"), reply->url());
    if (links.has(u"last"_s))
        m_lastPage = links.page(u"last"_s);
    Q_EMIT pageFetched(page, m_page);
    if (isFinished())
        return; // a receiver aborted us

    QUrl next;
    if (m_query.allPages && !page.isEmpty() && m_pagesFetched < MaxPages) {
        if (!links.isEmpty()) {
            next = links.url(u"next"_s);
            // Never follow a link off the site (it would get our keys) or back to this page.
            if (next.isValid() && (!client()->isSameSite(next) || next == currentUrl())) {
                qCWarning(lcApi) << "ignoring Link rel=next" << next.toDisplayString();
                next.clear();
            }
        } else if (m_query.pageSize > 0 && page.size() >= m_query.pageSize) {
            ListQuery following = m_query;
            following.page = m_page + 1;
            next = client()->url(m_path, following.toQueryString());
        }
    }
    if (next.isValid()) {
        const int linkedPage = links.page(u"next"_s);
        m_page = linkedPage > 0 ? linkedPage : m_page + 1;
        sendGet(next);
        return;
    }
    Q_EMIT recordsFetched(m_records);
    finishSucceeded();
}

} // namespace cw
