// The one table that decides whether a failed request is tried again and after how long:
// 429 after Retry-After; 500/502/503/504, dropped connections and spoiled 2xx bodies with backoff;
// never other 4xx.
#pragma once

namespace cw {

class ApiError;

class RetryPolicy
{
public:
    // The wait in milliseconds before trying again after `error` ended attempt number `attempt`
    // (1 for the first try), or -1 to give up. `idempotent`: the request may safely be repeated
    // (GET, PUT, DELETE); a POST is only retried when the server refused it unprocessed (429).
    int retryDelayMs(const ApiError &error, int attempt, bool idempotent) const;
    // The same with the random draw given: `unit` in [0, 1) picks the point in the jitter band.
    int retryDelayMs(const ApiError &error, int attempt, bool idempotent, double unit) const;

    // Longest Retry-After we wait for; a server asking for more gets the error shown instead.
    int maxRetryAfterSeconds() const { return m_maxRetryAfterSeconds; }
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfterSeconds = seconds; }

    // Multiplies every wait (tests shrink them); 0 retries at once.
    double timeScale() const { return m_timeScale; }
    void setTimeScale(double scale) { m_timeScale = scale; }

    // Our own backoff waits are spread by ±jitter (a fraction) so that many clients failing at
    // once do not come back at once. A server's Retry-After is honoured exactly.
    double jitter() const { return m_jitter; }
    void setJitter(double fraction) { m_jitter = fraction; }

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

private:
    int m_maxRetryAfterSeconds = 120;
    double m_timeScale = 1.0;
    double m_jitter = 0.25;
    bool m_enabled = true;
};

} // namespace cw
