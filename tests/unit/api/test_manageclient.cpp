// ManageClient and its jobs against canned replies: retries follow the table, TLS failures fail
// closed, paging follows Link (and only on the same site), signals come in the documented order,
// and the logs never carry a key.
#include "api/apipaths.h"
#include "api/companyinfojob.h"
#include "api/countjob.h"
#include "api/fetchalljob.h"
#include "api/listjob.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "fakenetworkaccessmanager.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

const auto Site = u"https://cw.example.com/v4_6_release/apis/3.0"_s;

QStringList g_log;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

// Turns every level of cw.api on, whatever QT_LOGGING_RULES says (it outranks setFilterRules).
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void enableApiLogging(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "cw.api") == 0) {
        for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, true);
    }
}

// Runs `job` to its end and returns the signals it emitted, in order.
QStringList runToEnd(ManageJob *job)
{
    QStringList order;
    QObject::connect(job, &ManageJob::failed, job, [&order] { order << u"failed"_s; });
    QObject::connect(job, &ManageJob::finished, job, [&order] { order << u"finished"_s; });
    if (auto *list = qobject_cast<ListJob *>(job))
        QObject::connect(list, &ListJob::recordsFetched, job, [&order] { order << u"records"_s; });
    if (auto *count = qobject_cast<CountJob *>(job))
        QObject::connect(count, &CountJob::counted, job, [&order] { order << u"counted"_s; });
    QSignalSpy finished(job, &ManageJob::finished);
    if (!finished.wait(10000))
        order << u"timeout"_s;
    return order;
}

QByteArray records(int first, int count)
{
    QJsonArray array;
    for (int id = first; id < first + count; ++id)
        array.append(QJsonObject{{u"id"_s, id}, {u"summary"_s, u"Ticket %1"_s.arg(id)}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

class TestManageClient : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_network = nullptr;
    ManageClient *m_client = nullptr;

private Q_SLOTS:
    void init()
    {
        m_network = new FakeNetworkAccessManager(this);
        m_client = new ManageClient(m_network, this);
        RetryPolicy fast;
        fast.setTimeScale(0.01);
        m_client->setRetryPolicy(fast);
        QVERIFY(m_client->setCredentials(
            Credentials(QUrl(Site), u"acme"_s, u"pub"_s, u"very-secret-private-key"_s)));
        FakeReply::ignoreSslErrorsCalls = 0;
    }

    void cleanup()
    {
        delete m_client;
        delete m_network;
    }

    void listOnePageInOrder()
    {
        m_network->enqueue(CannedResponse::json(200, records(1, 3)));
        ListQuery query;
        query.allPages = false;
        ListJob *job = m_client->listBoards(query);
        QJsonArray got;
        connect(job, &ListJob::recordsFetched, this,
                [&got](const QList<QByteArray> &all) { got = ListJob::toJsonArray(all); });
        QCOMPARE(runToEnd(job), (QStringList{u"records"_s, u"finished"_s}));
        QCOMPARE(got.size(), 3);
        QCOMPARE(m_network->requests().size(), 1);
        QCOMPARE(m_client->state(), ManageClient::State::Online);
        const QNetworkRequest request = m_network->requests().constFirst();
        QCOMPARE(request.url().path(), u"/v4_6_release/apis/3.0/service/boards"_s);
        QVERIFY(request.rawHeader("Authorization").startsWith("Basic "));
        QVERIFY(!request.rawHeader("clientId").isEmpty());
    }

    void retriesServerErrorsThenSucceeds()
    {
        m_network->enqueue(
            CannedResponse::json(503, "{\"code\":\"ConnectWiseApi\",\"message\":\"busy\"}"));
        m_network->enqueue(CannedResponse::json(
            500, "{\"code\":\"ConnectWiseApi\",\"message\":\"A timeout has occured.\"}"));
        m_network->enqueue(CannedResponse::json(200, records(1, 2)));
        ListJob *job = m_client->listBoards();
        QSignalSpy retrying(job, &ManageJob::retrying);
        QCOMPARE(runToEnd(job), (QStringList{u"records"_s, u"finished"_s}));
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(m_network->requests().size(), 3);
        QCOMPARE(m_client->state(), ManageClient::State::Online);
    }

    void givesUpAfterTheTable()
    {
        for (int i = 0; i < 4; ++i)
            m_network->enqueue(
                CannedResponse::json(502, "<html><title>Bad Gateway</title></html>"));
        ListJob *job = m_client->listBoards();
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 4);
        QCOMPARE(m_network->pending(), 0);
        QCOMPARE(m_client->state(), ManageClient::State::ServerError);
        QVERIFY(m_client->lastError().message().contains(u"Bad Gateway"_s));
    }

    void rateLimitWaitsForRetryAfter()
    {
        RetryPolicy policy;
        policy.setTimeScale(0.2); // Retry-After 1 s → 200 ms
        m_client->setRetryPolicy(policy);
        CannedResponse limited = CannedResponse::json(
            429, "{\"error\":\"ConnectWiseAPI\",\"message\":\"Too many requests.\"}");
        limited.addHeader("Retry-After", "1");
        m_network->enqueue(limited);
        m_network->enqueue(CannedResponse::json(200, "{\"count\":42}"));
        CountJob *job = m_client->count(u"/service/tickets"_s, u"board/id=1"_s);
        QSignalSpy retrying(job, &ManageJob::retrying);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runToEnd(job), (QStringList{u"counted"_s, u"finished"_s}));
        QVERIFY2(timer.elapsed() >= 190, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(1).toInt(), 200);
        QCOMPARE(m_network->requests().size(), 2);
        QCOMPARE(m_network->requests().at(1).url().path(),
                 u"/v4_6_release/apis/3.0/service/tickets/count"_s);
        QCOMPARE(QUrlQuery(m_network->requests().at(1).url())
                     .queryItemValue(u"conditions"_s, QUrl::FullyDecoded),
                 u"board/id=1"_s);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("state");
        QTest::newRow("400") << 400 << int(ManageClient::State::Online);
        QTest::newRow("401") << 401 << int(ManageClient::State::AuthFailed);
        QTest::newRow("403") << 403 << int(ManageClient::State::Online);
        QTest::newRow("404") << 404 << int(ManageClient::State::Online);
    }

    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(int, state);
        m_network->enqueue(CannedResponse::json(status, "{\"code\":\"X\",\"message\":\"no\"}"));
        m_network->enqueue(CannedResponse::json(200, "[]"));
        ListJob *job = m_client->listBoards();
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(m_network->requests().size(), 1);
        QCOMPARE(int(m_client->state()), state);
    }

    void tlsFailsClosed()
    {
        CannedResponse tls = CannedResponse::fault(QNetworkReply::SslHandshakeFailedError,
                                                   u"SSL handshake failed"_s);
        tls.sslErrors = true;
        m_network->enqueue(tls);
        ListJob *job = m_client->listBoards();
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::Tls);
        QCOMPARE(FakeReply::ignoreSslErrorsCalls, 0);
        QCOMPARE(m_network->requests().size(), 1);
        QVERIFY2(error.message().contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(error.message()));
        QCOMPARE(m_client->state(), ManageClient::State::Offline);
    }

    void droppedConnectionIsRetried()
    {
        m_network->enqueue(CannedResponse::fault(QNetworkReply::RemoteHostClosedError, u"reset"_s));
        m_network->enqueue(CannedResponse::json(200, records(1, 1)));
        QCOMPARE(runToEnd(m_client->listBoards()), (QStringList{u"records"_s, u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 2);

        for (int i = 0; i < 3; ++i)
            m_network->enqueue(
                CannedResponse::fault(QNetworkReply::RemoteHostClosedError, u"reset"_s));
        ListJob *job = m_client->listBoards();
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 5);
        QCOMPARE(m_client->state(), ManageClient::State::Offline);
    }

    void invalidJson()
    {
        // Retried like a dropped connection (1 + 2 tries), then reported.
        for (int i = 0; i < 3; ++i)
            m_network->enqueue(CannedResponse::json(200, "<html>Login</html>"));
        ListJob *job = m_client->listBoards();
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::InvalidJson);
        QVERIFY2(error.message().contains(u"not JSON"_s), qPrintable(error.message()));

        for (int i = 0; i < 3; ++i)
            m_network->enqueue(CannedResponse::json(200, "{\"id\":1}"));
        job = m_client->listBoards();
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        runToEnd(job);
        QCOMPARE(error.kind(), ApiError::Kind::InvalidJson);
        QVERIFY(error.message().contains(u"array"_s));
    }

    void pagesFollowLinkHeader()
    {
        const QByteArray next =
            Site.toLatin1() +
            "/service/tickets?conditions=board/id%3D3&fields=id,summary&pageSize=2&page=2";
        CannedResponse first = CannedResponse::json(200, records(1, 2));
        first.addHeader("Link", "<" + next + ">; rel=\"next\", <" + Site.toLatin1() +
                                    "/service/tickets?pageSize=2&page=2>; rel=\"last\"");
        CannedResponse second = CannedResponse::json(200, records(3, 1));
        second.addHeader("Link", "<" + Site.toLatin1() +
                                     "/service/tickets?pageSize=2&page=1>; rel=\"first\"");
        m_network->enqueue(first);
        m_network->enqueue(second);
        ListQuery query;
        query.conditions = u"board/id=3"_s;
        query.fields = {u"id"_s, u"summary"_s};
        query.pageSize = 2;
        ListJob *job = m_client->listTickets(query);
        QList<int> pages;
        connect(job, &ListJob::pageFetched, this,
                [&pages](const QList<QByteArray> &, int page) { pages << page; });
        QJsonArray all;
        connect(job, &ListJob::recordsFetched, this,
                [&all](const QList<QByteArray> &r) { all = ListJob::toJsonArray(r); });
        QCOMPARE(runToEnd(job), (QStringList{u"records"_s, u"finished"_s}));
        QCOMPARE(pages, (QList<int>{1, 2}));
        QCOMPARE(all.size(), 3);
        QCOMPARE(m_network->requests().size(), 2);
        QCOMPARE(m_network->requests().at(1).url(), QUrl(QString::fromLatin1(next)));
        QVERIFY(!m_network->requests().at(1).rawHeader("Authorization").isEmpty());
    }

    void pagesByNumberWithoutLinkHeader()
    {
        m_network->enqueue(CannedResponse::json(200, records(1, 2)));
        m_network->enqueue(CannedResponse::json(200, records(3, 2)));
        m_network->enqueue(CannedResponse::json(200, records(5, 1)));
        ListQuery query;
        query.pageSize = 2;
        ListJob *job = m_client->listTickets(query);
        QCOMPARE(runToEnd(job), (QStringList{u"records"_s, u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 3);
        QCOMPARE(QUrlQuery(m_network->requests().at(2).url()).queryItemValue(u"page"_s), u"3"_s);
    }

    void neverFollowsLinksOffSite()
    {
        // Not followed (the keys would go along), and not passed off as the whole listing.
        CannedResponse first = CannedResponse::json(200, records(1, 2));
        first.addHeader("Link", "<https://evil.example.net/steal?page=2>; rel=\"next\"");
        m_network->enqueue(first);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not following Link rel=next"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed:"_s));
        ListQuery query;
        query.pageSize = 2;
        ListJob *job = m_client->listTickets(query);
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 1);
        QCOMPARE(error.reason(), ApiError::Reason::ListingIncomplete);
        QVERIFY2(error.message().contains(u"evil.example.net"_s), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u"steal"_s));
    }

    void fetchAllFailsOnOffSiteLink()
    {
        CannedResponse first = CannedResponse::json(200, records(1, 2));
        first.addHeader("Link", "<https://evil.example.net/steal?page=2>; rel=\"next\"");
        m_network->enqueue(first);
        ListQuery query;
        query.pageSize = 2;
        FetchAllJob *job = m_client->fetchAll(ApiPaths::tickets(), query);
        job->setParallelPages(1);
        job->setAccumulate(true);
        ApiError error;
        connect(job, &FetchAllJob::failed, this, [&error](const ApiError &e) { error = e; });
        QSignalSpy finished(job, &FetchAllJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(error.kind(), ApiError::Kind::HttpError);
        QCOMPARE(error.reason(), ApiError::Reason::ListingIncomplete);
        QCOMPARE(m_network->requests().size(), 1);
    }

    void listingStopsWithAnErrorAfterMaxPages()
    {
        // A server that always has one more page: an error at the limit, never a quiet cut.
        ListQuery query;
        query.pageSize = 1;
        for (int page = 1; page <= ListJob::MaxPages + 1; ++page)
            m_network->enqueue(CannedResponse::json(200, records(page, 1)));
        ListJob *job = m_client->listTickets(query);
        job->setAccumulate(false);
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QSignalSpy finished(job, &ManageJob::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(error.reason(), ApiError::Reason::ListingIncomplete);
        QVERIFY2(error.message().contains(QLocale().toString(ListJob::MaxPages)),
                 qPrintable(error.message()));
        QCOMPARE(int(m_network->requests().size()), int(ListJob::MaxPages));
    }

    void fetchAllDoesNotTrustAHugeCount()
    {
        // INT_MAX records would wrap the page arithmetic; a count past the page limit is an
        // error before any page is asked for.
        m_network->enqueue(CannedResponse::json(200, "{\"count\":2147483647}"));
        ListQuery query;
        query.pageSize = 2;
        FetchAllJob *job = m_client->fetchAll(ApiPaths::tickets(), query);
        ApiError error;
        connect(job, &FetchAllJob::failed, this, [&error](const ApiError &e) { error = e; });
        QSignalSpy finished(job, &FetchAllJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(error.reason(), ApiError::Reason::ListingIncomplete);
        QCOMPARE(m_network->requests().size(), 1);

        // Beyond int: refused as a count.
        m_network->enqueue(CannedResponse::json(200, "{\"count\":1e12}"));
        for (int i = 0; i < 2; ++i) // the spoiled-body retries do not apply: it parsed
            m_network->enqueue(CannedResponse::json(200, "{\"count\":1e12}"));
        CountJob *count = m_client->count(ApiPaths::tickets());
        connect(count, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(count), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::InvalidJson);
    }

    void fetchAllStopsAtAnEmptyPage()
    {
        // The count promises 5,000 pages, the server runs dry on page 2: the listing ends
        // there instead of asking for every promised page.
        m_network->enqueue(CannedResponse::json(200, "{\"count\":10000}"));
        m_network->enqueue(CannedResponse::json(200, records(1, 2)));
        for (int i = 0; i < 6; ++i)
            m_network->enqueue(CannedResponse::json(200, "[]"));
        ListQuery query;
        query.pageSize = 2;
        FetchAllJob *job = m_client->fetchAll(ApiPaths::tickets(), query);
        job->setAccumulate(true);
        ApiError error;
        connect(job, &FetchAllJob::failed, this, [&error](const ApiError &e) { error = e; });
        QList<QByteArray> got;
        connect(job, &FetchAllJob::finished, this, [&got](FetchAllJob *j) { got = j->records(); });
        QSignalSpy finished(job, &FetchAllJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(got.size(), 2);
        QVERIFY2(m_network->requests().size() <= 8,
                 qPrintable(QString::number(m_network->requests().size())));
    }

    void fetchAllWaitsForEarlierPagesBeforeEnding()
    {
        // The short last page can arrive before the full first one (pages run in parallel):
        // that is not an early end, every page still comes.
        m_network->enqueue(CannedResponse::json(200, "{\"count\":3}"));
        CannedResponse first = CannedResponse::json(200, records(1, 2));
        first.delayMs = 200;
        m_network->enqueue(first);
        m_network->enqueue(CannedResponse::json(200, records(3, 1)));
        ListQuery query;
        query.pageSize = 2;
        FetchAllJob *job = m_client->fetchAll(ApiPaths::tickets(), query);
        job->setAccumulate(true);
        ApiError error;
        connect(job, &FetchAllJob::failed, this, [&error](const ApiError &e) { error = e; });
        QList<QByteArray> got;
        connect(job, &FetchAllJob::finished, this, [&got](FetchAllJob *j) { got = j->records(); });
        QSignalSpy finished(job, &FetchAllJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(got.size(), 3);
    }

    void refusedRedirectIsNotACertificateProblem()
    {
        CannedResponse moved =
            CannedResponse::fault(QNetworkReply::InsecureRedirectError, u"Insecure redirect"_s);
        moved.status = 301;
        moved.addHeader("Location",
                        "http://cw.example.com/v4_6_release/apis/3.0/service/boards?x=1");
        m_network->enqueue(moved);
        ListJob *job = m_client->listBoards();
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 1);
        QVERIFY(error.kind() != ApiError::Kind::Tls);
        QCOMPARE(error.reason(), ApiError::Reason::RedirectRefused);
        QCOMPARE(error.httpStatus(), 301);
        QVERIFY2(error.headline().contains(u"redirect"_s), qPrintable(error.headline()));
        QVERIFY2(error.headline().contains(u"http://cw.example.com"_s),
                 qPrintable(error.headline()));
        QVERIFY(!error.message().contains(u"certificate"_s, Qt::CaseInsensitive));
        QVERIFY(!error.message().contains(u"x=1"_s));
    }

    void abortIsQuiet()
    {
        m_network->enqueue(CannedResponse::json(200, records(1, 1)));
        QPointer<ListJob> job = m_client->listBoards();
        QSignalSpy finished(job.data(), &ManageJob::finished);
        QSignalSpy failed(job.data(), &ManageJob::failed);
        job->abort();
        QTRY_VERIFY(job.isNull());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
    }

    void jobWithoutCredentialsFails()
    {
        ManageClient client(m_network);
        ListJob *job = client.listBoards();
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::Configuration);
        QCOMPARE(m_network->requests().size(), 0);
    }

    void hangingReplyTimesOutAndIsRetried()
    {
        // A server that accepts the request and never answers: the job's own watchdog ends it.
        m_client->setTransferTimeoutMs(150);
        CannedResponse stalled;
        stalled.hang = true;
        m_network->enqueue(stalled);
        m_network->enqueue(stalled);
        ListJob *job = m_client->listBoards();
        ApiError error;
        int retries = 0;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        connect(job, &ManageJob::retrying, this, [&retries] { ++retries; });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QVERIFY(timer.elapsed() >= 250); // two stalls of ~150 ms (coarse timers may fire 5 % early)
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(retries, 1); // the table retries a timeout once
        QCOMPARE(m_network->requests().size(), 2);
        QCOMPARE(m_client->state(), ManageClient::State::Offline);
        QVERIFY2(error.message().contains(u"in time"_s), qPrintable(error.message()));

        // A stall then an answer: the retry succeeds.
        m_network->enqueue(stalled);
        m_network->enqueue(CannedResponse::json(200, records(1, 2)));
        QCOMPARE(runToEnd(m_client->listBoards()), (QStringList{u"records"_s, u"finished"_s}));
        QCOMPARE(m_client->state(), ManageClient::State::Online);
    }

    void midBodyDisconnect()
    {
        // The connection drops after half of the page arrived.
        const QByteArray page = records(1, 50);
        CannedResponse cut = CannedResponse::json(200, page.left(page.size() / 2));
        cut.error = QNetworkReply::RemoteHostClosedError;
        m_network->enqueue(cut);
        m_network->enqueue(CannedResponse::json(200, page));
        ListJob *job = m_client->listTickets({});
        QList<QByteArray> got;
        connect(job, &ListJob::recordsFetched, this,
                [&got](const QList<QByteArray> &r) { got = r; });
        QCOMPARE(runToEnd(job), (QStringList{u"records"_s, u"finished"_s}));
        QCOMPARE(got.size(), 50); // nothing of the broken half leaked into the result
        QCOMPARE(m_network->requests().size(), 2);

        // A 200 whose body is cut without a transport error is bad JSON, not a partial page:
        // a GET is sent again like after a dropped connection, and only the whole page counts.
        m_network->enqueue(CannedResponse::json(200, page.left(page.size() / 2)));
        m_network->enqueue(CannedResponse::json(200, page));
        ListJob *retried = m_client->listTickets({});
        QSignalSpy retrying(retried, &ManageJob::retrying);
        connect(retried, &ListJob::recordsFetched, this,
                [&got](const QList<QByteArray> &r) { got = r; });
        QCOMPARE(runToEnd(retried), (QStringList{u"records"_s, u"finished"_s}));
        QCOMPARE(got.size(), 50);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().first().value<ApiError>().kind(), ApiError::Kind::InvalidJson);

        // Spoiled every time: reported as bad JSON once the table's tries are spent.
        const int before = int(m_network->requests().size());
        for (int i = 0; i < 3; ++i)
            m_network->enqueue(CannedResponse::json(200, page.left(page.size() / 2)));
        ListJob *truncated = m_client->listTickets({});
        ApiError error;
        connect(truncated, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(truncated), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::InvalidJson);
        QCOMPARE(int(m_network->requests().size()) - before, 3);
    }

    void spoiledBodyOfAPostIsNotResent()
    {
        // A POST is not safe to repeat: a spoiled answer to it is reported at once.
        m_network->enqueue(CannedResponse::json(201, "{\"id\":"));
        RecordJob *job = m_client->create(ApiPaths::tickets(), QJsonObject{{u"summary"_s, u"x"_s}});
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::InvalidJson);
        QCOMPARE(m_network->requests().size(), 1);
    }

    void postIsNeverResentBlindly()
    {
        // Dropped mid-answer: the ticket may exist now, so the POST is not sent again.
        CannedResponse cut = CannedResponse::json(201, "{\"id\":");
        cut.error = QNetworkReply::RemoteHostClosedError;
        m_network->enqueue(cut);
        RecordJob *create =
            m_client->create(ApiPaths::tickets(), QJsonObject{{u"summary"_s, u"x"_s}});
        ApiError error;
        connect(create, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(create), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::ConnectionDropped);
        QCOMPARE(m_network->requests().size(), 1);

        // 503: the server may have done it; no resend.
        m_network->enqueue(CannedResponse::json(503, "{}"));
        QCOMPARE(runToEnd(m_client->create(ApiPaths::tickets(), {})),
                 (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 2);

        // 429: refused unprocessed; resent after Retry-After with the same body.
        CannedResponse limited = CannedResponse::json(429, "{\"code\":\"TooManyRequests\"}");
        limited.addHeader("Retry-After", "1");
        m_network->enqueue(limited);
        m_network->enqueue(CannedResponse::json(201, "{\"id\":7,\"summary\":\"x\"}"));
        RecordJob *retried =
            m_client->create(ApiPaths::tickets(), QJsonObject{{u"summary"_s, u"x"_s}});
        QByteArray answer;
        connect(retried, &RecordJob::succeeded, this,
                [&answer](const QByteArray &raw) { answer = raw; });
        QCOMPARE(runToEnd(retried), (QStringList{u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 4);
        QCOMPARE(answer, QByteArray("{\"id\":7,\"summary\":\"x\"}"));

        // A GET that hits 503 is retried.
        m_network->enqueue(CannedResponse::json(503, "{}"));
        m_network->enqueue(CannedResponse::json(200, "{\"id\":7}"));
        QCOMPARE(runToEnd(m_client->get(ApiPaths::ticket(7))), (QStringList{u"finished"_s}));
        QCOMPARE(m_network->requests().size(), 6);
    }

    void cancelReportsOnce()
    {
        CannedResponse stalled;
        stalled.hang = true;
        m_network->enqueue(stalled);
        RecordJob *job = m_client->get(ApiPaths::ticket(1));
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QTimer::singleShot(50, job, [job] { job->cancel(); });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
    }

    void requestHeaders()
    {
        Credentials credentials(QUrl(Site), u"acme"_s, u"pub"_s, u"very-secret-private-key"_s);
        credentials.setApiVersion(u"2024.1"_s);
        QVERIFY(m_client->setCredentials(credentials));
        m_network->enqueue(CannedResponse::json(200, "{\"id\":1}"));
        runToEnd(
            m_client->patch(ApiPaths::ticket(1), QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                                        {u"path"_s, u"summary"_s},
                                                                        {u"value"_s, u"x"_s}}}));
        const QNetworkRequest patch = m_network->requests().last();
        QCOMPARE(patch.rawHeader("Accept"),
                 QByteArray("application/vnd.connectwise.com+json; version=2024.1"));
        QCOMPARE(patch.rawHeader("Authorization"),
                 "Basic " + QByteArray("acme+pub:very-secret-private-key").toBase64());
        QCOMPARE(patch.rawHeader("clientId"), credentials.clientId().toUtf8());
        QCOMPARE(patch.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QCOMPARE(patch.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(),
                 QByteArray("PATCH"));

        // The public codebase lookup carries no keys.
        m_network->enqueue(CannedResponse::json(200, "{\"Codebase\":\"v2025_1\"}"));
        CompanyInfoJob *info = m_client->companyInfo(
            QUrl(u"https://cw.example.com/login/companyinfo/acme"_s), u"acme"_s);
        QString codebase;
        connect(info, &CompanyInfoJob::companyInfoReceived, this,
                [&codebase, info] { codebase = info->codebase(); });
        QCOMPARE(runToEnd(info), (QStringList{u"finished"_s}));
        QCOMPARE(codebase, u"v2025_1/"_s);
        QVERIFY(m_network->requests().last().rawHeader("Authorization").isEmpty());

        // Unknown company: JSON null.
        m_network->enqueue(CannedResponse::json(200, "null"));
        ApiError error;
        CompanyInfoJob *unknown = m_client->companyInfo(
            QUrl(u"https://cw.example.com/login/companyinfo/nope"_s), u"nope"_s);
        connect(unknown, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(unknown), (QStringList{u"failed"_s, u"finished"_s}));
        QVERIFY2(error.message().contains(u"nope"_s), qPrintable(error.message()));
    }

    void garbagePageIsAClearError()
    {
        for (int i = 0; i < 3; ++i)
            m_network->enqueue(CannedResponse::json(200, "<html><body>Proxy error</body></html>"));
        ListJob *job = m_client->listBoards();
        ApiError error;
        connect(job, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(job), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::InvalidJson);
        QCOMPARE(m_client->state(), ManageClient::State::ServerError);
        for (int i = 0; i < 3; ++i)
            m_network->enqueue(CannedResponse::json(200, "{\"not\":\"an array\"}"));
        ListJob *object = m_client->listBoards();
        connect(object, &ManageJob::failed, this, [&error](const ApiError &e) { error = e; });
        QCOMPARE(runToEnd(object), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(error.kind(), ApiError::Kind::InvalidJson);
    }

    void logsNeverCarryKeys()
    {
        g_previousFilter = QLoggingCategory::installFilter(enableApiLogging);
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureMessage);
        m_network->enqueue(CannedResponse::json(401, "{\"code\":\"Unauthorized\"}"));
        m_client->setCredentials(
            Credentials(QUrl(Site), u"acme"_s, u"pub"_s, u"very-secret-private-key"_s));
        runToEnd(m_client->listBoards());
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(g_previousFilter);
        QVERIFY2(g_log.size() >= 3, qPrintable(g_log.join(u'\n')));
        const QByteArray header = m_client->credentials().authorizationHeader();
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(u"very-secret-private-key"_s), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(header.mid(6))), qPrintable(line));
            QVERIFY2(!line.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(line));
        }
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestManageClient)
#include "test_manageclient.moc"
