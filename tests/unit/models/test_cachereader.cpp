// CacheReader over a cache synced from a real sandbox: its answers equal the synchronous Cache and
// OfflineQuery answers, they are computed on another thread, and superseded requests never arrive.
#include "modeltestsupport.h"

#include "api/board.h"
#include "api/boardstatus.h"
#include "desk/cachereader.h"
#include "desk/desk.h"
#include "store/cache.h"
#include "store/offlinequery.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestCacheReader : public QObject
{
    Q_OBJECT

private:
    SyncedSandbox m_sandbox;
    std::unique_ptr<CacheReader> m_reader;
    int m_a = 0; // consumer keys
    int m_b = 0;

    // Waits for the answer to `requestId` (nullopt when it does not come within `ms`).
    std::optional<CacheReader::Result> answer(int requestId, int ms = 20000)
    {
        std::optional<CacheReader::Result> found;
        QMetaObject::Connection c = connect(m_reader.get(), &CacheReader::finished, this,
                                            [&](const CacheReader::Result &r) {
                                                if (r.requestId == requestId)
                                                    found = r;
                                            });
        (void)QTest::qWaitFor([&] { return found.has_value(); }, ms);
        disconnect(c);
        return found;
    }

    QList<int> syncIds(const QString &conditions, const QString &orderBy)
    {
        OfflineQuery query(m_sandbox.cache());
        query.setConditions(conditions);
        query.setOrderBy(orderBy);
        return query.ids();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(80, &error), qPrintable(error));
        m_reader = std::make_unique<CacheReader>(m_sandbox.cachePath());
    }

    void ticketsEqualTheSynchronousQuery_data()
    {
        QTest::addColumn<QString>("conditions");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("all") << QString() << QString();
        QTest::newRow("open") << u"closedFlag=false"_s << u"id desc"_s;
        QTest::newRow("summary like") << u"summary like \"%a%\""_s << u"summary asc"_s;
        QTest::newRow("priority") << u"priority/id in (1,2,3) and closedFlag=false"_s
                                  << u"priority/sort asc, id desc"_s;
        QTest::newRow("unassigned") << u"owner/id=null"_s << QString();
    }
    void ticketsEqualTheSynchronousQuery()
    {
        QFETCH(QString, conditions);
        QFETCH(QString, orderBy);
        const QList<int> expected = syncIds(conditions, orderBy);
        const int id = m_reader->queryTickets(&m_a, conditions, orderBy);
        const auto result = answer(id);
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->ids, expected);
        QCOMPARE(result->tickets.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(result->tickets.at(i).rawJson(),
                     m_sandbox.cache()->rawRecord(RecordKind::Ticket, expected.at(i)));
        const auto ids = answer(m_reader->queryIds(&m_a, conditions, orderBy));
        QVERIFY(ids);
        QCOMPARE(ids->ids, expected);
    }

    void countsEqualTheSynchronousQuery()
    {
        const QStringList conditions = {u"closedFlag=false"_s, u"closedFlag=true"_s,
                                        u"closedFlag=false and isInSla=false"_s,
                                        u"owner/id=null and closedFlag=false"_s, QString()};
        const auto result = answer(m_reader->countTickets(&m_a, conditions));
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->counts.size(), conditions.size());
        int nonZero = 0;
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            OfflineQuery query(m_sandbox.cache());
            QVERIFY(query.setConditions(conditions.at(i)));
            QCOMPARE(result->counts.at(i), query.count());
            nonZero += result->counts.at(i) > 0;
        }
        QVERIFY(nonZero >= 3);
    }

    // The tree's board and status nodes are counted together in one grouped query: the same
    // numbers as one query a node, an unknown status included (0).
    void boardAndStatusCountsEqualTheSynchronousQuery()
    {
        QStringList conditions;
        for (const Board &board : m_sandbox.cache()->boards()) {
            conditions.append(u"board/id=%1 and closedFlag=false"_s.arg(board.id()));
            for (const BoardStatus &status : m_sandbox.cache()->statuses(board.id()))
                conditions.append(u"board/id=%1 and status/id=%2 and closedFlag=false"_s
                                      .arg(board.id())
                                      .arg(status.id()));
        }
        conditions.append(u"board/id=1 and status/id=987654 and closedFlag=false"_s);
        conditions.append(u"closedFlag=false"_s);
        QVERIFY(conditions.size() > 10);
        const auto result = answer(m_reader->countTickets(&m_a, conditions));
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->counts.size(), conditions.size());
        int nonZero = 0;
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            OfflineQuery query(m_sandbox.cache());
            QVERIFY(query.setConditions(conditions.at(i)));
            QCOMPARE(result->counts.at(i), query.count());
            nonZero += result->counts.at(i) > 0;
        }
        QVERIFY(nonZero > 5);
    }

    void searchEqualsTheCache()
    {
        // A word of a cached summary.
        const QList<Ticket> tickets = m_sandbox.cache()->tickets({}, {}, {}, 1);
        QVERIFY(!tickets.isEmpty());
        const QString word = tickets.first().summary().split(u' ').value(0);
        QVERIFY(!word.isEmpty());
        const QList<SearchHit> expected = m_sandbox.cache()->search(word, 20);
        QVERIFY(!expected.isEmpty());
        const auto result = answer(m_reader->search(&m_a, word, 20));
        QVERIFY(result);
        QCOMPARE(result->hits.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(result->hits.at(i).id, expected.at(i).id);
            QCOMPARE(result->hits.at(i).snippet, expected.at(i).snippet);
        }
    }

    void runsOnAnotherThread()
    {
        const auto result = answer(m_reader->queryTickets(&m_a, u"closedFlag=false"_s));
        QVERIFY(result);
        QVERIFY(result->threadId != Qt::HANDLE{});
        QVERIFY2(result->threadId != QThread::currentThreadId(), "the query ran on the GUI thread");
        QCOMPARE(QThread::currentThread(), qApp->thread());
    }

    void convertersRunOnTheWorker()
    {
        // What the consumer keeps is made on the worker; the records never reach this thread.
        const Qt::HANDLE gui = QThread::currentThreadId();
        const auto result = answer(m_reader->queryTickets(
            &m_a, u"closedFlag=false"_s, {}, -1, [gui](const QList<Ticket> &tickets) {
                QStringList summaries;
                for (const Ticket &ticket : tickets)
                    summaries.append(ticket.summary());
                return QVariant(QThread::currentThreadId() == gui ? QStringList() : summaries);
            }));
        QVERIFY(result);
        QVERIFY(result->tickets.isEmpty());
        const QStringList summaries = result->converted.toStringList();
        QCOMPARE(summaries.size(), syncIds(u"closedFlag=false"_s, {}).size());
        QVERIFY(!summaries.isEmpty());
    }

    void onlyTheTicketsTheConsumerLacksAreRead()
    {
        // The consumer keeps every other ticket: only the rest are read and parsed, on the
        // worker, and handed over with every matching id in the query's order.
        const QList<int> all = syncIds(u"id>0"_s, u"summary asc"_s);
        QVERIFY(all.size() >= 3);
        QSet<int> known;
        for (qsizetype i = 0; i < all.size(); i += 2)
            known.insert(all.at(i));
        const Qt::HANDLE gui = QThread::currentThreadId();
        CacheReader::Reuse reuse;
        reuse.known = [known](int id) { return known.contains(id); };
        reuse.assemble = [gui](const QList<int> &ids, const QList<Ticket> &fresh) {
            QList<int> freshIds;
            for (const Ticket &ticket : fresh)
                freshIds.append(ticket.id());
            std::sort(freshIds.begin(), freshIds.end());
            return QVariant::fromValue(QList<QList<int>>{
                ids, freshIds, {QThread::currentThreadId() == gui ? 1 : 0}});
        };
        const auto result = answer(
            m_reader->queryTickets(&m_a, u"id>0"_s, u"summary asc"_s, std::move(reuse)));
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        const auto parts = result->converted.value<QList<QList<int>>>();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), all);
        QList<int> lacking;
        for (const int id : all) {
            if (!known.contains(id))
                lacking.append(id);
        }
        std::sort(lacking.begin(), lacking.end());
        QCOMPARE(parts.at(1), lacking);
        QCOMPARE(parts.at(2), QList<int>{0});
    }

    void aNewerRequestSupersedesTheOlder()
    {
        QList<int> delivered;
        QMetaObject::Connection c =
            connect(m_reader.get(), &CacheReader::finished, this,
                    [&](const CacheReader::Result &r) { delivered.append(r.requestId); });
        // As typed: each keystroke supersedes the previous query of the same consumer.
        const int first = m_reader->queryTickets(&m_a, u"summary like \"%a%\""_s);
        const int second = m_reader->queryTickets(&m_a, u"summary like \"%ab%\""_s);
        const int last = m_reader->queryTickets(&m_a, u"summary like \"%abc%\""_s);
        // Another consumer is not affected.
        const int other = m_reader->countTickets(&m_b, {u"closedFlag=false"_s});
        QVERIFY(!m_reader->isPending(first));
        QVERIFY(!m_reader->isPending(second));
        QVERIFY(m_reader->isPending(last));
        QVERIFY(QTest::qWaitFor(
            [&] { return delivered.contains(last) && delivered.contains(other); }, 20000));
        QTest::qWait(200);
        disconnect(c);
        QVERIFY(!delivered.contains(first));
        QVERIFY(!delivered.contains(second));
    }

    void cancelDropsTheAnswer()
    {
        bool arrived = false;
        const int id = m_reader->queryTickets(&m_a, QString());
        QMetaObject::Connection c =
            connect(m_reader.get(), &CacheReader::finished, this,
                    [&](const CacheReader::Result &r) { arrived = arrived || r.requestId == id; });
        m_reader->cancel(id);
        QVERIFY(!m_reader->isPending(id));
        // A later request of the same consumer answers, the cancelled one never does.
        QVERIFY(answer(m_reader->countTickets(&m_a, {QString()})));
        QTest::qWait(100);
        disconnect(c);
        QVERIFY(!arrived);
    }

    void syntaxErrorsAreReported()
    {
        const auto result = answer(m_reader->queryTickets(&m_a, u"summary = = 3"_s));
        QVERIFY(result);
        QVERIFY(!result->ok);
        QVERIFY(!result->error.isEmpty());
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestCacheReader)
#include "test_cachereader.moc"
