#include "retrypolicy.h"

#include "apierror.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

struct Rule
{
    ApiError::Kind kind;
    int httpStatus;      // 0: any status of that kind
    int maxRetries;      // tries after the first one
    int firstDelayMs;    // doubled for each further retry
    bool idempotentOnly; // false: the server did not process the request, safe for any method
    bool useRetryAfter;  // the server's Retry-After wins over our own backoff
};

// Every retry the client makes is in this table; jobs never retry on their own.
constexpr Rule kRules[] = {
    {ApiError::Kind::RateLimited, 429, 3, 5000, false, true},
    {ApiError::Kind::ServerError, 500, 3, 1000, true, false},
    {ApiError::Kind::ServerError, 502, 3, 1000, true, true},
    {ApiError::Kind::ServerError, 503, 3, 1000, true, true},
    {ApiError::Kind::ServerError, 504, 3, 1000, true, false},
    {ApiError::Kind::ConnectionDropped, 0, 2, 500, true, false},
    // A 2xx whose body is cut short or not JSON: lost in transit like a dropped connection.
    {ApiError::Kind::InvalidJson, 0, 2, 500, true, false},
    {ApiError::Kind::Timeout, 0, 1, 1000, true, false},
};

} // namespace

int RetryPolicy::retryDelayMs(const ApiError &error, int attempt, bool idempotent) const
{
    return retryDelayMs(error, attempt, idempotent, QRandomGenerator::global()->generateDouble());
}

int RetryPolicy::retryDelayMs(const ApiError &error, int attempt, bool idempotent,
                              double unit) const
{
    if (!m_enabled || attempt < 1)
        return -1;
    for (const Rule &rule : kRules) {
        if (rule.kind != error.kind())
            continue;
        if (rule.httpStatus != 0 && rule.httpStatus != error.httpStatus())
            continue;
        if (attempt > rule.maxRetries)
            return -1;
        if (rule.idempotentOnly && !idempotent)
            return -1;
        double delayMs = rule.firstDelayMs * std::pow(2.0, attempt - 1);
        if (rule.useRetryAfter && error.retryAfterSeconds() >= 0) {
            if (error.retryAfterSeconds() > m_maxRetryAfterSeconds)
                return -1;
            delayMs = error.retryAfterSeconds() * 1000.0;
        } else {
            delayMs *= 1.0 - m_jitter + 2.0 * m_jitter * std::clamp(unit, 0.0, 1.0);
        }
        return int(std::max(0.0, delayMs * m_timeScale));
    }
    return -1;
}

} // namespace cw
