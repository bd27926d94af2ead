// The retry table: which failures are retried, how often and after how long.
#include "api/apierror.h"
#include "api/retrypolicy.h"

#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private:
    static ApiError http(int status, const QByteArray &retryAfter = {})
    {
        return ApiError::fromHttpStatus(status, {}, retryAfter);
    }

    // Jitter off, so the table's own figures can be compared exactly.
    static RetryPolicy exact()
    {
        RetryPolicy policy;
        policy.setJitter(0);
        return policy;
    }

private Q_SLOTS:
    void jitterSpreadsOwnBackoffOnly()
    {
        const RetryPolicy policy; // default jitter 25 %
        QCOMPARE(policy.retryDelayMs(http(500), 1, true, 0.0), 750);
        QCOMPARE(policy.retryDelayMs(http(500), 1, true, 0.5), 1000);
        QCOMPARE(policy.retryDelayMs(http(500), 2, true, 1.0), 2500);
        // The server's Retry-After is exact whatever the draw.
        QCOMPARE(policy.retryDelayMs(http(429, "30"), 1, true, 0.0), 30000);
        QCOMPARE(policy.retryDelayMs(http(503, "7"), 1, true, 1.0), 7000);
        // Random draws stay in the band and are not all the same.
        QSet<int> seen;
        for (int i = 0; i < 50; ++i) {
            const int delay = policy.retryDelayMs(http(502), 1, true);
            QVERIFY2(delay >= 750 && delay <= 1250, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
        QVERIFY(seen.size() > 5);
    }

    void neverFor4xx()
    {
        const RetryPolicy policy = exact();
        for (int status : {400, 401, 403, 404, 405, 409, 415, 422}) {
            for (int attempt = 1; attempt <= 3; ++attempt)
                QCOMPARE(policy.retryDelayMs(http(status), attempt, true), -1);
        }
        QCOMPARE(
            policy.retryDelayMs(
                ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, {}), 1, true),
            -1);
        QCOMPARE(policy.retryDelayMs(ApiError::cancelled(), 1, true), -1);
        QCOMPARE(policy.retryDelayMs(ApiError(), 1, true), -1);
    }

    void serverErrorsBackOff()
    {
        const RetryPolicy policy = exact();
        for (int status : {500, 502, 503, 504}) {
            QCOMPARE(policy.retryDelayMs(http(status), 1, true), 1000);
            QCOMPARE(policy.retryDelayMs(http(status), 2, true), 2000);
            QCOMPARE(policy.retryDelayMs(http(status), 3, true), 4000);
            QCOMPARE(policy.retryDelayMs(http(status), 4, true), -1);
            QCOMPARE(policy.retryDelayMs(http(status), 1, false), -1); // a POST may have happened
        }
        QCOMPARE(policy.retryDelayMs(http(501), 1, true), -1);
        QCOMPARE(policy.retryDelayMs(http(505), 1, true), -1);
        QCOMPARE(policy.retryDelayMs(http(503, "7"), 1, true), 7000);
    }

    void rateLimitHonoursRetryAfter()
    {
        RetryPolicy policy = exact();
        QCOMPARE(policy.retryDelayMs(http(429, "30"), 1, true), 30000);
        QCOMPARE(policy.retryDelayMs(http(429, "30"), 1, false), 30000);
        QCOMPARE(policy.retryDelayMs(http(429, "0"), 2, true), 0);
        QCOMPARE(policy.retryDelayMs(http(429), 1, true), 5000);
        QCOMPARE(policy.retryDelayMs(http(429, "30"), 4, true), -1);
        QCOMPARE(policy.retryDelayMs(http(429, "600"), 1, true), -1); // too long: show the error
        policy.setMaxRetryAfterSeconds(900);
        QCOMPARE(policy.retryDelayMs(http(429, "600"), 1, true), 600000);
    }

    void droppedConnections()
    {
        const RetryPolicy policy = exact();
        const ApiError dropped =
            ApiError::fromNetworkError(QNetworkReply::RemoteHostClosedError, {});
        QCOMPARE(policy.retryDelayMs(dropped, 1, true), 500);
        QCOMPARE(policy.retryDelayMs(dropped, 2, true), 1000);
        QCOMPARE(policy.retryDelayMs(dropped, 3, true), -1);
        QCOMPARE(policy.retryDelayMs(dropped, 1, false), -1);
        QCOMPARE(policy.retryDelayMs(
                     ApiError::fromNetworkError(QNetworkReply::HostNotFoundError, {}), 1, true),
                 -1);
    }

    void spoiledBodiesLikeDroppedConnections()
    {
        // A 200 cut short or not JSON was lost in transit: same backoff as a dropped
        // connection, and never for a request that is not safe to repeat.
        const RetryPolicy policy = exact();
        const ApiError spoiled = ApiError::invalidJson(200, u"unterminated array"_s);
        QCOMPARE(policy.retryDelayMs(spoiled, 1, true), 500);
        QCOMPARE(policy.retryDelayMs(spoiled, 2, true), 1000);
        QCOMPARE(policy.retryDelayMs(spoiled, 3, true), -1);
        QCOMPARE(policy.retryDelayMs(spoiled, 1, false), -1);
    }

    void scaleAndDisable()
    {
        RetryPolicy policy = exact();
        policy.setTimeScale(0.01);
        QCOMPARE(policy.retryDelayMs(http(503), 2, true), 20);
        policy.setEnabled(false);
        QCOMPARE(policy.retryDelayMs(http(503), 1, true), -1);
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestRetryPolicy)
#include "test_retrypolicy.moc"
