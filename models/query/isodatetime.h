// Fast ISO-8601 date-time parsing and formatting for query evaluation, without QDateTime.
// Accepts 2024-01-31, ...T10:20, ...:30, fractional seconds, Z or +hh[:mm] offsets (none = UTC).
#pragma once

#include <QtGlobal>

class QString;
class QStringView;

namespace cw::query {

// Returns false (and leaves *msecsSinceEpoch alone) if text is not a valid ISO date-time.
bool parseIsoDateTime(QStringView text, qint64 *msecsSinceEpoch);
// Cheap pre-check: could text be an ISO date (starts with dddd-dd-dd)?
bool looksLikeIsoDate(QStringView text);
// Canonical UTC form: 2024-01-31T10:20:30Z, with .zzz only when the milliseconds are not zero.
QString formatIsoDateTime(qint64 msecsSinceEpoch);

} // namespace cw::query
