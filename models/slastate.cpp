// A ticket's SLA as a list shows it: the stage it is in and the deadline of that stage, parsed
// from the server's `slaStatus` text ("Respond by Mon 01/27 4:00 PM UTC-08", "Waiting" …).
#include "slastate.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// Stage "by" [weekday[,]] month/day[/year] hour[:minute] [AM|PM] [UTC|GMT ±hh[:mm]]; tolerant of
// case, extra spaces, a missing weekday and a dot or no separator in the offset.
const QRegularExpression &deadlinePattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*(respond|plan|resolve)\s+by\s+(?:[a-z]{2,9}\.?,?\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?)"
        uR"((?:\s+|\s*,\s*)(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)"
        uR"((?:\s*(?:utc|gmt)\s*(?:([+\-−])\s*(\d{1,2})(?:[:.]?(\d{2}))?)?)?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

SlaState::Stage stageOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == u"respond")
        return SlaState::Stage::Respond;
    if (w == u"plan")
        return SlaState::Stage::Plan;
    return SlaState::Stage::Resolve;
}

} // namespace

SlaState SlaState::parse(const QString &slaStatus, const QDateTime &now)
{
    SlaState state;
    const QString text = slaStatus.simplified();
    if (text.isEmpty())
        return state;
    if (text.compare(u"waiting"_s, Qt::CaseInsensitive) == 0) {
        state.m_stage = Stage::Waiting;
        return state;
    }
    if (text.compare(u"resolved"_s, Qt::CaseInsensitive) == 0) {
        state.m_stage = Stage::Resolved;
        return state;
    }
    const QRegularExpressionMatch m = deadlinePattern().match(text);
    if (!m.hasMatch()) {
        // A stage we do not know ("Respond by" without a readable date, another word): shown
        // as the server wrote it, without a deadline.
        const QRegularExpressionMatch word =
            QRegularExpression(u"^(respond|plan|resolve)\\b"_s,
                               QRegularExpression::CaseInsensitiveOption)
                .match(text);
        if (word.hasMatch())
            state.m_stage = stageOf(word.captured(1));
        else
            state.m_otherText = text;
        return state;
    }
    state.m_stage = stageOf(m.captured(1));
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    int hour = m.captured(5).toInt();
    const int minute = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const QString ampm = m.captured(7).toLower();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return state;
        hour %= 12;
        if (ampm.startsWith(u'p'))
            hour += 12;
    }
    int offsetSeconds = 0;
    if (!m.captured(8).isEmpty()) {
        offsetSeconds = m.captured(9).toInt() * 3600 + m.captured(10).toInt() * 60;
        if (m.captured(8) != u"+")
            offsetSeconds = -offsetSeconds;
    }
    const QTime time(hour, minute);
    if (!time.isValid())
        return state;
    const QTimeZone zone = QTimeZone(offsetSeconds);
    const QDateTime reference = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    QList<int> years;
    if (!m.captured(4).isEmpty()) {
        int year = m.captured(4).toInt();
        years = {year < 100 ? 2000 + year : year};
    } else {
        const int y = reference.toTimeZone(zone).date().year();
        years = {y - 1, y, y + 1};
    }
    qint64 best = std::numeric_limits<qint64>::max();
    for (int year : std::as_const(years)) {
        const QDate date(year, month, day);
        if (!date.isValid())
            continue;
        const QDateTime candidate = QDateTime(date, time, zone).toUTC();
        const qint64 distance = std::llabs(reference.secsTo(candidate));
        if (distance < best) {
            best = distance;
            state.m_deadline = candidate;
        }
    }
    return state;
}

SlaState SlaState::forTicket(const QString &slaStatus, bool closed, qint64 requiredDateMs,
                             const QDateTime &now)
{
    SlaState state = parse(slaStatus, now);
    if (state.m_stage != Stage::None || !state.m_otherText.isEmpty())
        return state;
    if (closed) {
        state.m_stage = Stage::Resolved;
    } else if (requiredDateMs > 0) {
        state.m_stage = Stage::Resolve;
        state.m_deadline = QDateTime::fromMSecsSinceEpoch(requiredDateMs, Qt::UTC);
    }
    return state;
}

qint64 SlaState::secondsLeft(const QDateTime &now) const
{
    return m_deadline.isValid() ? now.secsTo(m_deadline) : 0;
}

bool SlaState::isBreached(const QDateTime &now) const
{
    return m_deadline.isValid() && secondsLeft(now) < 0;
}

QString SlaState::stageName() const
{
    switch (m_stage) {
    case Stage::None:
        return m_otherText;
    case Stage::Respond:
        return tr("Respond");
    case Stage::Plan:
        return tr("Plan");
    case Stage::Resolve:
        return tr("Resolve");
    case Stage::Waiting:
        return tr("Waiting");
    case Stage::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString SlaState::text(const QDateTime &now) const
{
    if (!m_deadline.isValid())
        return stageName();
    const qint64 left = secondsLeft(now);
    if (left < 0)
        return tr("%1 · %2 (breached)").arg(stageName(), formatDuration(left));
    return tr("%1 · %2").arg(stageName(), formatDuration(left));
}

QString SlaState::formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = std::llabs(seconds);
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString text;
    if (days > 0)
        text = tr("%1d %2h").arg(days).arg(hours);
    else if (hours > 0)
        text = tr("%1h %2m").arg(hours).arg(minutes);
    else
        text = tr("%1m").arg(minutes);
    return negative ? QString(QChar(0x2212)) + text : text;
}

} // namespace cw
