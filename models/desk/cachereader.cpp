// Runs the cache reads that can take long (conditions queries, counts, full-text search) on a
// worker thread with its own connection to the cache file; answers arrive by queued signal.
#include "cachereader.h"

#include "store/cache.h"
#include "store/offlinequery.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace cw {

// The half that lives on the worker thread: owns the thread's Cache connection.
class CacheReaderWorker : public QObject
{
public:
    explicit CacheReaderWorker(CacheReader *reader)
        : m_reader(reader)
    {
    }
    ~CacheReaderWorker() override = default;

    void run(const CacheReader::Request &request)
    {
        // A superseded request is skipped before it costs anything.
        if (!m_reader->isLive(request.id)) {
            m_reader->noteCancelled(request.id);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        CacheReader::Result result;
        result.requestId = request.id;
        result.consumer = request.consumer;
        result.kind = request.kind;
        result.threadId = QThread::currentThreadId();
        if (!open(&result.error)) {
            result.ok = false;
        } else {
            switch (request.kind) {
            case CacheReader::Kind::Tickets:
            case CacheReader::Kind::Ids: {
                OfflineQuery query(m_cache.get());
                query::Error syntax;
                if (!query.setConditions(request.conditions.value(0), &syntax) ||
                    !query.setOrderBy(request.orderBy, &syntax)) {
                    result.ok = false;
                    result.error = syntax.message;
                    break;
                }
                query.setLimit(request.limit);
                if (request.kind == CacheReader::Kind::Tickets && request.reuse.assemble) {
                    reuse(request, query, &result);
                } else if (request.kind == CacheReader::Kind::Tickets) {
                    result.tickets = query.tickets(&result.error);
                    result.ids.reserve(result.tickets.size());
                    for (const Ticket &ticket : std::as_const(result.tickets))
                        result.ids.append(ticket.id());
                    if (request.converter && m_reader->isLive(request.id)) {
                        result.converted = request.converter(result.tickets);
                        result.tickets.clear();
                    }
                } else {
                    result.ids = query.ids(&result.error);
                }
                result.ok = result.error.isEmpty();
                break;
            }
            case CacheReader::Kind::Counts: {
                // A tree asks for the same conditions under several nodes: each counted once.
                QHash<QString, int> counted;
                // The open tickets of each board and each of its statuses (the tree's usual
                // nodes) come from one grouped query instead of one query a node.
                static const QRegularExpression boardNode(
                    u"^board/id=(\\d+)(?: and status/id=(\\d+))? and closedFlag=false$"_s);
                int grouped = 0;
                for (const QString &conditions : request.conditions)
                    grouped += boardNode.match(conditions).hasMatch();
                QHash<qint64, int> groups;
                if (grouped > 1 && m_cache->openTicketCountsByBoardStatus(&groups)) {
                    QHash<int, int> perBoard;
                    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
                        perBoard[int(it.key() >> 32)] += it.value();
                    for (const QString &conditions : request.conditions) {
                        const QRegularExpressionMatch m = boardNode.match(conditions);
                        if (!m.hasMatch())
                            continue;
                        const int board = m.captured(1).toInt();
                        counted.insert(conditions,
                                       m.captured(2).isEmpty()
                                           ? perBoard.value(board)
                                           : groups.value((qint64(board) << 32) |
                                                          quint32(m.captured(2).toInt())));
                    }
                }
                for (const QString &conditions : request.conditions) {
                    if (!m_reader->isLive(request.id))
                        break;
                    if (const auto it = counted.constFind(conditions); it != counted.constEnd()) {
                        result.counts.append(*it);
                        continue;
                    }
                    OfflineQuery query(m_cache.get());
                    query::Error syntax;
                    QString error;
                    int count = -1;
                    if (query.setConditions(conditions, &syntax))
                        count = query.count(&error);
                    else
                        error = syntax.message;
                    if (count < 0) {
                        result.ok = false;
                        result.error = error;
                    }
                    result.counts.append(count);
                    counted.insert(conditions, count);
                }
                break;
            }
            case CacheReader::Kind::Search:
                result.hits = m_cache->search(request.text, request.limit, &result.error);
                result.ok = result.error.isEmpty();
                break;
            case CacheReader::Kind::Articles:
                result.hits = m_cache->searchArticles(request.text, request.limit, request.anyWord,
                                                      &result.error);
                result.ok = result.error.isEmpty();
                break;
            }
        }
        result.elapsedNs = timer.nsecsElapsed();
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, result] { reader->deliver(result); },
            Qt::QueuedConnection);
    }

    // Closes the connection on the worker thread (where it was opened).
    void close() { m_cache.reset(); }

private:
    void reuse(const CacheReader::Request &request, const OfflineQuery &query,
               CacheReader::Result *result)
    {
        QList<Ticket> fresh;
        if (!request.reuse.known) {
            fresh = query.tickets(&result->error);
            result->ids.reserve(fresh.size());
            for (const Ticket &ticket : std::as_const(fresh))
                result->ids.append(ticket.id());
        } else {
            // The ids alone come from the indexes; only the tickets the consumer lacks are
            // read and parsed (a narrowed query: none).
            result->ids = query.ids(&result->error);
            QList<int> missing;
            for (const int id : std::as_const(result->ids)) {
                if (!request.reuse.known(id))
                    missing.append(id);
            }
            // In chunks, each bound as one JSON array (no statement with thousands of
            // placeholders).
            constexpr qsizetype Chunk = 5000;
            for (qsizetype first = 0; first < missing.size() && result->error.isEmpty();
                 first += Chunk) {
                QByteArray list = "[";
                for (qsizetype i = first; i < std::min(missing.size(), first + Chunk); ++i) {
                    if (i > first)
                        list += ',';
                    list += QByteArray::number(missing.at(i));
                }
                list += ']';
                const QList<QByteArray> raw = m_cache->rawRecords(
                    RecordKind::Ticket, u"id IN (SELECT value FROM json_each(?))"_s,
                    {QString::fromLatin1(list)}, Cache::unordered(), -1, 0, &result->error);
                for (const QByteArray &bytes : raw)
                    fresh.append(Ticket::fromJson(bytes));
            }
        }
        result->ok = result->error.isEmpty();
        if (result->ok && m_reader->isLive(request.id))
            result->converted = request.reuse.assemble(result->ids, fresh);
    }

    bool open(QString *error)
    {
        if (!m_cache) {
            m_cache = std::make_unique<Cache>(m_reader->m_cacheFile);
            // Reads wait for a sync's write instead of failing as busy.
            m_cache->setBusyTimeout(5000);
        }
        if (!m_cache->isOpen()) {
            *error = m_cache->lastError();
            m_cache.reset();
            return false;
        }
        return true;
    }

    CacheReader *m_reader;
    std::unique_ptr<Cache> m_cache;
};

CacheReader::CacheReader(const QString &cacheFile, QObject *parent)
    : QObject(parent)
    , m_cacheFile(cacheFile)
    , m_thread(new QThread(this))
    , m_worker(new CacheReaderWorker(this))
{
    qRegisterMetaType<cw::CacheReader::Result>();
    m_thread->setObjectName(u"cw-cache-reader"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

CacheReader::~CacheReader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.clear();
        m_byConsumer.clear();
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

int CacheReader::queryTickets(const void *consumer, const QString &conditions,
                              const QString &orderBy, int limit, TicketConverter converter)
{
    return submit(
        {0, consumer, Kind::Tickets, {conditions}, orderBy, {}, limit, std::move(converter), {}});
}

int CacheReader::queryTickets(const void *consumer, const QString &conditions,
                              const QString &orderBy, Reuse reuse)
{
    Request request{0, consumer, Kind::Tickets, {conditions}, orderBy, {}, -1, {}, {}};
    request.reuse = std::move(reuse);
    return submit(std::move(request));
}

int CacheReader::queryIds(const void *consumer, const QString &conditions, const QString &orderBy,
                          int limit)
{
    return submit({0, consumer, Kind::Ids, {conditions}, orderBy, {}, limit, {}, {}});
}

int CacheReader::countTickets(const void *consumer, const QStringList &conditions)
{
    return submit({0, consumer, Kind::Counts, conditions, {}, {}, -1, {}, {}});
}

int CacheReader::search(const void *consumer, const QString &text, int limit)
{
    return submit({0, consumer, Kind::Search, {}, {}, text, limit, {}, {}});
}

int CacheReader::searchArticles(const void *consumer, const QString &text, int limit, bool anyWord)
{
    return submit({0, consumer, Kind::Articles, {}, {}, text, limit, {}, {}, anyWord});
}

int CacheReader::submit(Request request)
{
    request.id = m_nextId++;
    {
        QMutexLocker lock(&m_mutex);
        QList<int> &older = m_byConsumer[request.consumer];
        for (int id : std::as_const(older))
            m_pending.remove(id);
        older = {request.id};
        m_pending.insert(request.id);
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
    return request.id;
}

void CacheReader::cancel(int requestId)
{
    QMutexLocker lock(&m_mutex);
    m_pending.remove(requestId);
}

void CacheReader::cancelAll(const void *consumer)
{
    QMutexLocker lock(&m_mutex);
    for (int id : m_byConsumer.take(consumer))
        m_pending.remove(id);
}

bool CacheReader::isPending(int requestId) const
{
    return isLive(requestId);
}

int CacheReader::cancelledCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

bool CacheReader::isLive(int requestId) const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.contains(requestId);
}

void CacheReader::noteCancelled(int)
{
    QMutexLocker lock(&m_mutex);
    ++m_cancelled;
}

void CacheReader::deliver(const Result &result)
{
    // Checked again here: the request may have been cancelled while its answer was queued.
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pending.remove(result.requestId)) {
            ++m_cancelled;
            return;
        }
        auto it = m_byConsumer.find(result.consumer);
        if (it != m_byConsumer.end()) {
            it->removeOne(result.requestId);
            if (it->isEmpty())
                m_byConsumer.erase(it);
        }
    }
    Q_EMIT finished(result);
}

} // namespace cw
