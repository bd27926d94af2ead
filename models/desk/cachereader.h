// Runs the cache reads that can take long (conditions queries, counts, full-text search) on a
// worker thread with its own connection to the cache file; answers arrive by queued signal.
#pragma once

#include "api/ticket.h"
#include "store/searchhit.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QThread;

namespace cw {

class CacheReaderWorker;

// Lives on the thread that created it (the GUI thread); the worker and its Cache connection
// live on a QThread of their own, because a QSqlDatabase connection belongs to its thread.
// Every request gets an id; a newer request of the same consumer supersedes (cancels) the
// older ones, so a list re-filtered per keystroke only ever receives the last answer.
class CacheReader : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Tickets, Ids, Counts, Search, Articles };
    Q_ENUM(Kind)

    // Turns the tickets of a query into what the consumer keeps (e.g. list rows), on the worker
    // thread, so neither the conversion nor freeing the records costs the GUI thread. It must
    // not touch the consumer's state: give it copies.
    using TicketConverter = std::function<QVariant(const QList<Ticket> &tickets)>;
    // For a consumer that already keeps some of the tickets (a list re-filtered per keystroke):
    // the worker finds the matching ids, reads and parses only the tickets `known` says the
    // consumer does not have, and hands both to `assemble` on the worker thread; its answer is
    // Result::converted. Without `known` every ticket is read. Give both copies, as above.
    struct Reuse
    {
        std::function<bool(int id)> known;
        std::function<QVariant(const QList<int> &ids, const QList<Ticket> &fresh)> assemble;
    };

    struct Result
    {
        int requestId = 0;
        const void *consumer = nullptr;
        Kind kind = Kind::Tickets;
        bool ok = true;
        QString error;
        QList<Ticket> tickets; // Tickets without a converter (full records: take the columns)
        QVariant converted;    // Tickets with a converter: what it returned
        QList<int> ids;        // Tickets and Ids: the matching ids in order
        QList<int> counts;     // Counts: one per conditions string, -1 on error
        QList<SearchHit> hits; // Search, Articles
        Qt::HANDLE threadId{}; // the thread the query ran on (tests check it is not the GUI's)
        qint64 elapsedNs = 0;
    };

    // `cacheFile`: the file of a Cache opened (and migrated) elsewhere; the worker opens its
    // own connection to it on first use.
    explicit CacheReader(const QString &cacheFile, QObject *parent = nullptr);
    ~CacheReader() override;

    QString cacheFile() const { return m_cacheFile; }

    // Each returns the request's id (> 0). `consumer` is any stable pointer naming who asks
    // (usually the model): its older requests are cancelled.
    // Tickets matching `conditions` (blank: all) in `orderBy` order (blank: by id).
    int queryTickets(const void *consumer, const QString &conditions, const QString &orderBy = {},
                     int limit = -1, TicketConverter converter = {});
    int queryTickets(const void *consumer, const QString &conditions, const QString &orderBy,
                     Reuse reuse);
    // Only the ids.
    int queryIds(const void *consumer, const QString &conditions, const QString &orderBy = {},
                 int limit = -1);
    // How many tickets match each of `conditions`.
    int countTickets(const void *consumer, const QStringList &conditions);
    // Full-text search (Cache::search).
    int search(const void *consumer, const QString &text, int limit = 50);
    // Knowledge-base articles (Cache::searchArticles): every word, or any word with `anyWord`.
    int searchArticles(const void *consumer, const QString &text, int limit, bool anyWord);

    void cancel(int requestId);
    void cancelAll(const void *consumer);
    // Requested, not answered and not cancelled.
    bool isPending(int requestId) const;
    // How many requests were skipped or dropped because they were cancelled (tests, benchmarks).
    int cancelledCount() const;

Q_SIGNALS:
    // Only for requests that were not cancelled; always on this object's thread.
    void finished(const cw::CacheReader::Result &result);

private:
    friend class CacheReaderWorker;
    struct Request
    {
        int id = 0;
        const void *consumer = nullptr;
        Kind kind = Kind::Tickets;
        QStringList conditions;
        QString orderBy;
        QString text;
        int limit = -1;
        TicketConverter converter;
        Reuse reuse;
        bool anyWord = false;
    };
    int submit(Request request);
    void deliver(const Result &result);
    // Called by the worker before and after a query: false when the request was cancelled.
    bool isLive(int requestId) const;
    void noteCancelled(int requestId);

    QString m_cacheFile;
    QThread *m_thread;
    CacheReaderWorker *m_worker;
    int m_nextId = 1;
    // Shared with the worker thread.
    mutable QMutex m_mutex;
    QSet<int> m_pending;
    QHash<const void *, QList<int>> m_byConsumer;
    int m_cancelled = 0;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::CacheReader::Result)
