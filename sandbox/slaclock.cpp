#include "slaclock.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

namespace {

qint64 targetSecs(double hours)
{
    return qint64(hours * 3600.0 + 0.5);
}

// A stage with a target breaches once the clock passes it; one without never does.
bool breached(double hours, qint64 clockSecs)
{
    return hours > 0 && clockSecs > targetSecs(hours);
}

} // namespace

SlaClock::SlaClock(int utcOffsetSeconds)
    : m_utcOffsetSeconds(utcOffsetSeconds)
{
}

SlaClock::Escalation SlaClock::escalationFromName(QStringView name)
{
    if (name.compare(u"Responded", Qt::CaseInsensitive) == 0)
        return Escalation::Responded;
    if (name.compare(u"ResolutionPlan", Qt::CaseInsensitive) == 0)
        return Escalation::ResolutionPlan;
    if (name.compare(u"Resolved", Qt::CaseInsensitive) == 0)
        return Escalation::Resolved;
    if (name.compare(u"NoEscalation", Qt::CaseInsensitive) == 0)
        return Escalation::NoEscalation;
    return Escalation::NotResponded;
}

SlaClock::Targets SlaClock::targets(const QJsonObject &sla, const QJsonObject &slaPriority)
{
    auto hours = [&](const char *key) {
        const QLatin1StringView k(key);
        const double own = slaPriority.value(k).toDouble();
        return own > 0 ? own : sla.value(k).toDouble();
    };
    return {hours("respondHours"), hours("planWithin"), hours("resolutionHours")};
}

SlaClock::Stage SlaClock::stage(const State &state, Escalation escalation, bool closed)
{
    if (closed || escalation == Escalation::Resolved)
        return Stage::Resolved;
    if (escalation == Escalation::NoEscalation)
        return Stage::Waiting;
    if (state.responded == 0)
        return Stage::Respond;
    if (state.resplan == 0)
        return Stage::Plan;
    return Stage::Resolve;
}

int SlaClock::clockMinutes(const State &state, qint64 when)
{
    const qint64 wall = (when - state.entered) / 60;
    return int(std::max<qint64>(0, wall - state.minutesWaiting));
}

SlaClock::State SlaClock::transition(State s, Escalation from, bool fromClosed, Escalation to,
                                     bool toClosed, qint64 when)
{
    const bool fromWaiting = from == Escalation::NoEscalation && !fromClosed;
    const bool toWaiting = to == Escalation::NoEscalation && !toClosed;
    const bool toResolved = toClosed || to == Escalation::Resolved;
    // The pause ends first, so the dates recorded below do not count it.
    if (fromWaiting && !toWaiting) {
        const int wall = int(std::max<qint64>(0, (when - s.entered) / 60));
        s.minutesWaiting = std::max(s.minutesWaiting, wall - s.minutesBeforeWaiting);
    }
    if (!toResolved && s.resolved != 0) { // reopened: the resolve stage runs again
        s.resolved = 0;
        s.resolveMinutes = 0;
    }
    if ((to != Escalation::NotResponded || toClosed) && s.responded == 0) {
        s.responded = when;
        s.respondMinutes = clockMinutes(s, when);
    }
    if ((to == Escalation::ResolutionPlan || toResolved) && s.resplan == 0) {
        s.resplan = when;
        s.resPlanMinutes = clockMinutes(s, when);
    }
    if (toResolved && s.resolved == 0) {
        s.resolved = when;
        s.resolveMinutes = clockMinutes(s, when);
    }
    if (toWaiting && !fromWaiting)
        s.minutesBeforeWaiting = clockMinutes(s, when);
    return s;
}

SlaClock::Result SlaClock::evaluate(const Targets &t, const State &s, Escalation escalation,
                                    bool closed, qint64 now) const
{
    Result r;
    r.stage = stage(s, escalation, closed);
    // Where the clock stands for the stages still open: frozen while waiting.
    const qint64 clockNow = r.stage == Stage::Waiting
                                ? qint64(s.minutesBeforeWaiting) * 60
                                : now - s.entered - qint64(s.minutesWaiting) * 60;
    const bool open = r.stage != Stage::Resolved;
    auto met = [&](double hours, qint64 date, int minutes) {
        if (date != 0)
            return !breached(hours, qint64(minutes) * 60);
        return !open || !breached(hours, clockNow);
    };
    r.isInSla = met(t.respondHours, s.responded, s.respondMinutes) &&
                met(t.planHours, s.resplan, s.resPlanMinutes) &&
                met(t.resolveHours, s.resolved, s.resolveMinutes);

    if (r.stage == Stage::Waiting) {
        r.slaStatus = u"Waiting"_s;
        return r;
    }
    if (r.stage == Stage::Resolved) {
        r.slaStatus = u"Resolved"_s;
        return r;
    }
    // A stage without a target shows the next one that has one.
    struct Shown
    {
        Stage stage;
        double hours;
        const char16_t *label;
    };
    const Shown shown[] = {{Stage::Respond, t.respondHours, u"Respond by "},
                           {Stage::Plan, t.planHours, u"Plan by "},
                           {Stage::Resolve, t.resolveHours, u"Resolve by "}};
    for (const Shown &candidate : shown) {
        if (int(candidate.stage) < int(r.stage) || candidate.hours <= 0)
            continue;
        r.deadline = s.entered + targetSecs(candidate.hours) + qint64(s.minutesWaiting) * 60;
        r.slaStatus = QString::fromUtf16(candidate.label) + formatDeadline(r.deadline);
        break;
    }
    return r;
}

QString SlaClock::formatDeadline(qint64 when) const
{
    const QDateTime local =
        QDateTime::fromSecsSinceEpoch(when + m_utcOffsetSeconds, QTimeZone::utc());
    const int hours = std::abs(m_utcOffsetSeconds) / 3600;
    return QLocale::c().toString(local, u"ddd MM/dd h:mm AP"_s) + u" UTC"_s +
           (m_utcOffsetSeconds < 0 ? u'-' : u'+') + (hours < 10 ? u"0"_s : QString()) +
           QString::number(hours);
}

} // namespace cw::sandbox
