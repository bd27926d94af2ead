#include "ticketsearch.h"

#include "desk.h"

#include "api/apipaths.h"
#include "api/listjob.h"
#include "api/listquery.h"
#include "api/manageclient.h"
#include "store/cache.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace cw {

TicketSearch *TicketSearch::start(Desk *desk, const QString &conditions, const QString &orderBy,
                                  int limit)
{
    auto *search = new TicketSearch(desk, conditions, orderBy, limit);
    QTimer::singleShot(0, search, &TicketSearch::run);
    return search;
}

TicketSearch::TicketSearch(Desk *desk, const QString &conditions, const QString &orderBy,
                           int limit)
    : QObject(desk)
    , m_desk(desk)
    , m_conditions(conditions)
    , m_orderBy(orderBy.isEmpty() ? u"id desc"_s : orderBy)
    , m_limit(qBound(1, limit, ListQuery::MaxPageSize))
{
}

void TicketSearch::cancel()
{
    m_done = true;
    if (m_job)
        m_job->abort();
    deleteLater();
}

void TicketSearch::fail(const DeskError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
    deleteLater();
}

void TicketSearch::run()
{
    if (m_done)
        return;
    if (m_desk->options().offline || m_desk->state() == Desk::State::Offline) {
        fail(DeskError::failure(
            tr("The server cannot be reached: only the offline cache can be searched now.")));
        return;
    }
    Cache *cache = m_desk->cache();
    if (!cache) {
        fail(DeskError::failure(m_desk->cacheError()));
        return;
    }
    ListQuery query;
    query.conditions = m_conditions;
    query.orderBy = m_orderBy;
    query.pageSize = m_limit;
    query.allPages = false;
    if (const ApiError invalid = query.validate(ApiPaths::tickets()); invalid.isError()) {
        fail(DeskError::fromApi(invalid));
        return;
    }
    ListJob *job = m_desk->client()->list(ApiPaths::tickets(), query);
    m_job = job;
    m_desk->track(job);
    connect(job, &ListJob::recordsFetched, this, [this, cache, job](const QList<QByteArray> &raw) {
        if (m_done)
            return;
        QString error;
        if (!raw.isEmpty() && !cache->upsertTickets(raw, &error)) {
            fail(DeskError::failure(error));
            return;
        }
        const bool more = job->lastPage() > 1 || (job->lastPage() < 0 && raw.size() >= m_limit);
        m_done = true;
        Q_EMIT finished(int(raw.size()), more);
        deleteLater();
    });
    connect(job, &ManageJob::failed, this,
            [this](const ApiError &error) { fail(DeskError::fromApi(error)); });
}

} // namespace cw
