#include "fetchalljob.h"

#include "apilogging.h"
#include "countjob.h"
#include "listjob.h"
#include "manageclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw {

FetchAllJob::FetchAllJob(ManageClient *client, const QString &path, const ListQuery &query)
    : QObject(client)
    , m_client(client)
    , m_path(path)
    , m_query(query)
{
    m_pageSize = query.pageSize > 0 ? std::min(query.pageSize, int(ListQuery::MaxPageSize))
                                    : int(ListQuery::MaxPageSize);
    m_query.pageSize = m_pageSize;
    // Offset paging in parallel needs a total order, or a record could sit on two pages.
    if (!m_query.orderBy.isEmpty() && !m_query.forwardOnly &&
        !m_query.orderBy.contains(u"id"_s, Qt::CaseInsensitive))
        m_query.orderBy += u", id"_s;
    QMetaObject::invokeMethod(this, &FetchAllJob::begin, Qt::QueuedConnection);
}

FetchAllJob::~FetchAllJob()
{
    for (const QPointer<ListJob> &job : std::as_const(m_running)) {
        if (job)
            job->abort();
    }
}

ListQuery FetchAllJob::pageQuery(int page, bool allPages) const
{
    ListQuery q = m_query;
    q.page = page;
    q.allPages = allPages;
    return q;
}

void FetchAllJob::begin()
{
    if (m_finished)
        return;
    if (const ApiError invalid = m_query.validate(m_path); invalid.isError()) {
        fail(invalid);
        return;
    }
    // The count endpoint takes only conditions; anything else pages one after the other.
    const bool countable = m_query.childConditions.isEmpty() &&
                           m_query.customFieldConditions.isEmpty() && !m_query.forwardOnly &&
                           !m_query.needsSearch() && m_parallel > 1;
    if (m_query.forwardOnly && m_query.allPages && !m_query.needsSearch()) {
        // Page by page by id: no count (the server would evaluate the conditions once more),
        // and each page costs the server only the records up to it.
        m_nextToDeliver = 1;
        launchForward(m_query.pageId);
        return;
    }
    if (!countable) {
        startSequential(1);
        return;
    }
    CountJob *count = m_client->count(m_path, m_query.conditions);
    connect(count, &CountJob::counted, this, [this](int total) { startParallel(total); });
    connect(count, &CountJob::failed, this, &FetchAllJob::fail);
}

void FetchAllJob::startParallel(int total)
{
    if (m_finished)
        return;
    if (total < 0) {
        startSequential(1); // a count we cannot use: follow the pages instead
        return;
    }
    // The count is the server's word, not a promise: in 64 bits (a count near INT_MAX must not
    // wrap) and held to the same page limit as a listing that follows its links.
    const qint64 pages = std::max<qint64>(1, (qint64(total) + m_pageSize - 1) / m_pageSize);
    if (pages > ListJob::MaxPages) {
        fail(ApiError::listingIncomplete(
            tr("The server counts %L1 records, more than %L2 pages of %L3, the most CW Desk "
               "fetches at once. Narrow the listing with conditions.")
                .arg(total)
                .arg(ListJob::MaxPages)
                .arg(m_pageSize)));
        return;
    }
    m_total = total;
    m_pages = int(pages);
    Q_EMIT progress(0, m_total);
    qCDebug(lcApi) << "fetching" << total << "records of" << m_path << "in" << m_pages << "pages";
    for (int i = 0; i < m_parallel && m_nextToLaunch <= m_pages; ++i)
        launchNext();
}

void FetchAllJob::launchNext()
{
    const int page = m_nextToLaunch++;
    ListJob *job = m_client->list(m_path, pageQuery(page, false));
    job->setAccumulate(false);
    m_running.append(job);
    connect(job, &ListJob::pageFetched, this, [this, job](const QList<QByteArray> &records) {
        m_running.removeAll(job);
        deliver(records, job->query().page);
    });
    connect(job, &ListJob::failed, this, &FetchAllJob::fail);
}

void FetchAllJob::launchForward(int afterId)
{
    ListQuery q = m_query;
    q.allPages = false;
    q.pageId = afterId;
    ListJob *job = m_client->list(m_path, q);
    job->setAccumulate(false);
    m_running.append(job);
    ++m_pages;
    connect(job, &ListJob::pageFetched, this, [this, job](const QList<QByteArray> &records) {
        m_running.removeAll(job);
        if (m_finished)
            return;
        // The next page goes out before this one is handed on: while the receiver stores this
        // page, the network thread fetches the next.
        const bool full = records.size() >= m_pageSize;
        const int lastId =
            full ? QJsonDocument::fromJson(records.last()).object().value(u"id"_s).toInt() : 0;
        const bool more = full && lastId > 0;
        if (more && m_pages >= ListJob::MaxPages) {
            fail(ApiError::listingIncomplete(
                tr("The listing goes on beyond %L1 pages, the most CW Desk fetches at once. "
                   "Narrow it with conditions.")
                    .arg(ListJob::MaxPages)));
            return;
        }
        if (more)
            launchForward(lastId);
        const int page = m_nextToDeliver;
        m_fetched += records.size();
        if (m_accumulate)
            m_records.append(records);
        Q_EMIT pageFetched(records, page);
        if (m_finished)
            return;
        Q_EMIT progress(m_fetched, -1);
        ++m_nextToDeliver;
        if (!more)
            succeed();
    });
    connect(job, &ListJob::failed, this, [this, job, afterId](const ApiError &error) {
        m_running.removeAll(job);
        if (!m_finished && m_fetched == 0 && afterId == m_query.pageId &&
            error.kind() == ApiError::Kind::BadRequest) {
            // A server or endpoint without forward-only paging: numbered pages instead.
            qCDebug(lcApi) << m_path << "refuses forward-only paging; numbered pages instead";
            m_query.forwardOnly = false;
            m_pages = 0;
            begin();
            return;
        }
        fail(error);
    });
}

void FetchAllJob::startSequential(int fromPage)
{
    ListJob *job = m_client->list(m_path, pageQuery(fromPage, true));
    job->setAccumulate(false);
    m_running.append(job);
    m_nextToDeliver = fromPage;
    connect(job, &ListJob::pageFetched, this, [this](const QList<QByteArray> &records, int page) {
        Q_UNUSED(page);
        deliver(records, m_nextToDeliver);
    });
    connect(job, &ListJob::failed, this, &FetchAllJob::fail);
    connect(job, &ListJob::recordsFetched, this, [this, job] {
        m_running.removeAll(job);
        succeed();
    });
}

void FetchAllJob::deliver(const QList<QByteArray> &records, int page)
{
    if (m_finished)
        return;
    m_waiting.insert(page, records);
    bool delivered = false; // a page in order, so m_lastDeliveredSize is about this call
    while (!m_finished && m_waiting.contains(m_nextToDeliver)) {
        delivered = true;
        const QList<QByteArray> next = m_waiting.take(m_nextToDeliver);
        m_fetched += next.size();
        m_lastDeliveredSize = next.size();
        if (m_accumulate)
            m_records.append(next);
        Q_EMIT pageFetched(next, m_nextToDeliver);
        Q_EMIT progress(m_fetched, m_total);
        ++m_nextToDeliver;
    }
    if (m_finished || m_total < 0)
        return; // sequential: the ListJob says when it is done
    if (delivered && m_lastDeliveredSize < m_pageSize && m_nextToDeliver <= m_pages) {
        // A short or empty page before the counted end: the listing ends here (records went
        // away since the count, or the count was wrong). The pages after it hold nothing to
        // wait for; asking for them all would only cost requests.
        qCDebug(lcApi) << m_path << "ended at page" << (m_nextToDeliver - 1) << "of" << m_pages;
        succeed();
        return;
    }
    if (m_nextToLaunch <= m_pages) {
        launchNext();
        return;
    }
    if (m_nextToDeliver <= m_pages)
        return; // still waiting for pages in flight
    if (m_lastDeliveredSize >= m_pageSize) {
        // Records were added while we paged: follow on one page after the other.
        m_total = -1;
        startSequential(m_pages + 1);
        return;
    }
    succeed();
}

void FetchAllJob::cancel()
{
    fail(ApiError::cancelled());
}

void FetchAllJob::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    for (const QPointer<ListJob> &job : std::as_const(m_running)) {
        if (job)
            job->abort();
    }
    m_running.clear();
    Q_EMIT failed(error);
    Q_EMIT finished(this);
    deleteLater();
}

void FetchAllJob::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const QPointer<ListJob> &job : std::as_const(m_running)) {
        if (job)
            job->abort();
    }
    m_running.clear();
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace cw
