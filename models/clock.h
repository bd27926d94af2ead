// The time models compute ages and SLA deadlines against: the system clock in the app, a fixed
// instant in tests and golden snapshots.
#pragma once

#include <QDateTime>

#include <functional>

namespace cw {

using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

inline Clock fixedClock(const QDateTime &when)
{
    return [when] {
        return when;
    };
}

} // namespace cw
