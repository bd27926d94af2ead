// Every record of a listing, with progress and cancellation. When the count is known it fetches
// several pages at once and still delivers them in order; forward-only, it asks for the next page
// before it hands out the one that came (the store overlaps the fetch); otherwise it follows the
// pages. It
// never ends quietly with part of a listing: what it cannot fetch to the end fails with
// ApiError::Reason::ListingIncomplete.
#pragma once

#include "apierror.h"
#include "listquery.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace cw {

class ListJob;
class ManageClient;

class FetchAllJob : public QObject
{
    Q_OBJECT
public:
    // Use ManageClient::fetchAll(); starts from the event loop.
    FetchAllJob(ManageClient *client, const QString &path, const ListQuery &query);
    ~FetchAllJob() override;

    QString path() const { return m_path; }
    // Pages in flight at once (default 3); 1 fetches one page after the other.
    void setParallelPages(int pages) { m_parallel = std::max(1, pages); }
    // On: records() keeps every record (off by default: pages go out through pageFetched()).
    void setAccumulate(bool accumulate) { m_accumulate = accumulate; }
    const QList<QByteArray> &records() const { return m_records; }
    // The count the server gave before paging, or -1 (unknown, sequential paging).
    int expectedTotal() const { return m_total; }
    int fetched() const { return m_fetched; }
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    // Pages forward by id (the query asked for it and the server did not refuse it): pages then
    // come in ascending id order, each after the last id of the one before.
    bool isForwardOnly() const { return m_query.forwardOnly; }

    // Stops every request: failed(Cancelled), then finished().
    void cancel();

Q_SIGNALS:
    // In page order, each once.
    void pageFetched(const QList<QByteArray> &records, int page);
    // `total` is -1 while unknown.
    void progress(int fetched, int total);
    void failed(const cw::ApiError &error);
    void finished(cw::FetchAllJob *job);

private:
    void begin();
    void startParallel(int total);
    void launchNext();
    void startSequential(int fromPage);
    void launchForward(int afterId);
    void deliver(const QList<QByteArray> &records, int page);
    void fail(const ApiError &error);
    void succeed();
    ListQuery pageQuery(int page, bool allPages) const;

    ManageClient *m_client;
    QString m_path;
    ListQuery m_query;
    QList<QPointer<ListJob>> m_running;
    QMap<int, QList<QByteArray>> m_waiting; // pages that arrived ahead of their turn
    QList<QByteArray> m_records;
    ApiError m_error;
    int m_parallel = 3;
    int m_pageSize = ListQuery::MaxPageSize;
    int m_total = -1;
    int m_pages = 0;
    int m_nextToLaunch = 1;
    int m_nextToDeliver = 1;
    int m_fetched = 0;
    int m_lastDeliveredSize = 0;
    bool m_accumulate = false;
    bool m_finished = false;
};

} // namespace cw
