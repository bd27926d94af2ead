#include "listjob.h"

#include "apilogging.h"
#include "jsonrecords.h"
#include "linkheader.h"
#include "manageclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace cw {

namespace {
// The id of the last record of a page, where forward-only paging resumes (one record per page:
// QJsonDocument is fine).
int idOf(const QByteArray &raw)
{
    return QJsonDocument::fromJson(raw).object().value(u"id"_s).toInt();
}
} // namespace

ListJob::ListJob(ManageClient *client, const QString &path, const ListQuery &query)
    : ManageJob(client)
    , m_path(path)
    , m_query(query)
    , m_page(std::max(1, query.page))
{
}

bool ListJob::supportsSearch(const QString &path)
{
    return path.compare(u"/service/tickets"_s, Qt::CaseInsensitive) == 0 ||
           path.compare(u"/company/companies"_s, Qt::CaseInsensitive) == 0 ||
           path.compare(u"/company/contacts"_s, Qt::CaseInsensitive) == 0 ||
           path.compare(u"/company/configurations"_s, Qt::CaseInsensitive) == 0;
}

QJsonArray ListJob::toJsonArray(const QList<QByteArray> &records)
{
    QJsonArray array;
    for (const QByteArray &raw : records)
        array.append(QJsonDocument::fromJson(raw).object());
    return array;
}

void ListJob::start()
{
    if (const ApiError invalid = m_query.validate(m_path); invalid.isError()) {
        finishFailed(invalid);
        return;
    }
    if (m_query.forwardOnly)
        setExtraHeader("pagination-type", "forward-only");
    if (m_query.needsSearch()) {
        if (!supportsSearch(m_path)) {
            finishFailed(ApiError::invalidQuery(
                u"conditions"_s, -1,
                tr("the query is too long for a URL (%L1 characters; at most %L2) and %3 has no "
                   "search endpoint. Shorten the conditions.")
                    .arg(m_query.toQueryString().size())
                    .arg(ListQuery::MaxQueryLength)
                    .arg(m_path)));
            return;
        }
        m_useSearch = true;
    }
    ListQuery first = m_query;
    first.page = m_page;
    sendPage(m_useSearch ? client()->url(m_path + u"/search"_s, first.toSearchQueryString())
                         : client()->url(m_path, first.toQueryString()));
}

void ListJob::sendPage(const QUrl &url)
{
    if (m_useSearch) {
        // Paging stays on the URL (the Link header carries it); the filters ride in the body.
        sendRequest("POST", url,
                    QJsonDocument(m_query.toSearchBody()).toJson(QJsonDocument::Compact));
    } else {
        sendGet(url);
    }
}

void ListJob::handleReply(QNetworkReply *reply, const QByteArray &body)
{
    QList<QByteArray> page;
    QString parseError;
    if (!JsonRecords::splitArray(body, &page, &parseError)) {
        failSpoiledBody(ApiError::invalidJson(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), parseError));
        return;
    }
    ++m_pagesFetched;
    m_recordCount += page.size();
    if (m_accumulate)
        m_records.append(page);

    const LinkHeader links = LinkHeader::parse(reply->rawHeader("Link"), reply->url());
    if (links.has(u"last"_s))
        m_lastPage = links.page(u"last"_s);
    Q_EMIT pageFetched(page, m_page);
    if (isFinished())
        return; // a receiver aborted us

    QUrl next;
    const bool full = m_query.pageSize > 0 ? page.size() >= m_query.pageSize : !page.isEmpty();
    if (m_query.allPages && !page.isEmpty()) {
        if (!links.isEmpty()) {
            next = links.url(u"next"_s);
            // Never follow a link off the site (it would get our keys) or back to this page;
            // but the pages behind it exist, so stopping here must not pass for the end.
            if (next.isValid() && !client()->isSameSite(next)) {
                qCWarning(lcApi) << "not following Link rel=next off the site" << next.host();
                finishFailed(ApiError::listingIncomplete(
                    tr("The server's link to page %L1 points to %2, which is not the configured "
                       "site; CW Desk does not send the API keys there.")
                        .arg(m_page + 1)
                        .arg(next.host())));
                return;
            }
            if (next.isValid() && next == currentUrl()) {
                finishFailed(ApiError::listingIncomplete(
                    tr("The server's link to the next page points back to page %L1.").arg(m_page)));
                return;
            }
        } else if (full) {
            // No Link header (forward-only last page loses its empty one in Qt, some proxies
            // strip it): page on by number or id while pages come back full.
            ListQuery following = m_query;
            following.page = m_page + 1;
            if (m_query.forwardOnly)
                following.pageId = idOf(page.last());
            if (m_query.pageSize > 0 && (!m_query.forwardOnly || following.pageId > 0))
                next = m_useSearch
                           ? client()->url(m_path + u"/search"_s, following.toSearchQueryString())
                           : client()->url(m_path, following.toQueryString());
        }
    }
    if (next.isValid() && m_pagesFetched >= MaxPages) {
        finishFailed(ApiError::listingIncomplete(
            tr("The listing goes on beyond %L1 pages, the most CW Desk fetches at once. Narrow "
               "it with conditions.")
                .arg(MaxPages)));
        return;
    }
    if (next.isValid()) {
        const int linkedPage = links.page(u"next"_s);
        m_page = linkedPage > 0 ? linkedPage : m_page + 1;
        sendPage(next);
        return;
    }
    Q_EMIT recordsFetched(m_records);
    finishSucceeded();
}

} // namespace cw
