#include "ticketsla.h"

#include "store.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

namespace {

qint64 secsOf(const QJsonValue &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

QString isoOf(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

constexpr const char *kDateKeys[] = {"dateResponded", "dateResplan", "dateResolved"};
constexpr const char *kNumberKeys[] = {"respondMinutes", "resPlanMinutes", "resolveMinutes",
                                       "minutesWaiting", "minutesBeforeWaiting"};

} // namespace

TicketSla::TicketSla(const Store &store)
    : m_store(store)
    , m_clock(kDeskUtcOffsetSeconds)
{
}

SlaClock::State TicketSla::state(const QJsonObject &t)
{
    SlaClock::State s;
    s.entered = secsOf(t.value("_info"_L1).toObject().value("dateEntered"_L1));
    s.responded = secsOf(t.value("dateResponded"_L1));
    s.resplan = secsOf(t.value("dateResplan"_L1));
    s.resolved = secsOf(t.value("dateResolved"_L1));
    s.respondMinutes = t.value("respondMinutes"_L1).toInt();
    s.resPlanMinutes = t.value("resPlanMinutes"_L1).toInt();
    s.resolveMinutes = t.value("resolveMinutes"_L1).toInt();
    s.minutesWaiting = t.value("minutesWaiting"_L1).toInt();
    s.minutesBeforeWaiting = t.value("minutesBeforeWaiting"_L1).toInt();
    return s;
}

void TicketSla::setState(QJsonObject &t, const SlaClock::State &s)
{
    // A date not reached yet is absent, as in the generated records (the real server sends null).
    const qint64 dates[] = {s.responded, s.resplan, s.resolved};
    for (size_t i = 0; i < std::size(dates); ++i) {
        if (dates[i] != 0)
            t.insert(QLatin1StringView(kDateKeys[i]), isoOf(dates[i]));
        else
            t.remove(QLatin1StringView(kDateKeys[i]));
    }
    const int numbers[] = {s.respondMinutes, s.resPlanMinutes, s.resolveMinutes, s.minutesWaiting,
                           s.minutesBeforeWaiting};
    for (size_t i = 0; i < std::size(numbers); ++i)
        t.insert(QLatin1StringView(kNumberKeys[i]), numbers[i]);
}

SlaClock::Escalation TicketSla::escalation(const QJsonObject &t) const
{
    const Record *status =
        m_store.find(Kind::Status, t.value("status"_L1).toObject().value("id"_L1).toInt());
    return status ? SlaClock::escalationFromName(
                        status->object().value("escalationStatus"_L1).toString())
                  : SlaClock::Escalation::NotResponded;
}

SlaClock::Targets TicketSla::targets(const QJsonObject &t) const
{
    // The sandbox serves no SLA-priority records, so the SLA's own hours apply to every priority.
    if (const Record *sla =
            m_store.find(Kind::Sla, t.value("sla"_L1).toObject().value("id"_L1).toInt()))
        return SlaClock::targets(sla->object());
    for (const auto &[id, r] : m_store.records(Kind::Sla)) {
        if (r.object().value("defaultFlag"_L1).toBool())
            return SlaClock::targets(r.object());
    }
    return {};
}

void TicketSla::recordWrite(const QJsonObject *before, QJsonObject &t, qint64 when) const
{
    // Every ticket runs under an SLA: one written without keeps its own, else gets the default.
    if (!t.value("sla"_L1).isObject()) {
        if (before && before->value("sla"_L1).isObject()) {
            t.insert("sla"_L1, before->value("sla"_L1));
        } else {
            for (const auto &[id, r] : m_store.records(Kind::Sla)) {
                if (r.object().value("defaultFlag"_L1).toBool()) {
                    t.insert("sla"_L1, m_store.reference(Kind::Sla, id));
                    break;
                }
            }
        }
    }
    const bool closed = t.value("closedFlag"_L1).toBool();
    const SlaClock::Escalation to = escalation(t);
    SlaClock::State s;
    SlaClock::Escalation from = SlaClock::Escalation::NotResponded;
    bool fromClosed = false;
    if (before) {
        s = state(*before);
        from = escalation(*before);
        fromClosed = before->value("closedFlag"_L1).toBool();
    } else {
        s = state(t);
    }
    s.entered = secsOf(t.value("_info"_L1).toObject().value("dateEntered"_L1));
    if (s.entered == 0)
        s.entered = when;
    const bool hadWaitStart = !before && t.contains("minutesBeforeWaiting"_L1);
    const qint64 wasResolved = s.resolved;
    SlaClock::State next = SlaClock::transition(s, from, fromClosed, to, closed, when);
    if (hadWaitStart) // generated history says when the wait began
        next.minutesBeforeWaiting = s.minutesBeforeWaiting;
    setState(t, next);
    // One clock: the close the server records now is dated like dateResolved.
    if (closed && next.resolved != 0 && next.resolved != wasResolved)
        t.insert("closedDate"_L1, isoOf(next.resolved));
}

qint64 TicketSla::refresh(QJsonObject &t, qint64 now) const
{
    const SlaClock::State s = state(t);
    const SlaClock::Targets targets = this->targets(t);
    const SlaClock::Escalation esc = escalation(t);
    const bool closed = t.value("closedFlag"_L1).toBool();
    const SlaClock::Result r = m_clock.evaluate(targets, s, esc, closed, now);
    t.insert("slaStatus"_L1, r.slaStatus);
    t.insert("isInSla"_L1, r.isInSla);
    if (!r.isInSla || r.stage == SlaClock::Stage::Waiting || r.stage == SlaClock::Stage::Resolved)
        return 0;
    // The first target still open: one second past it, the ticket is out of SLA.
    qint64 next = 0;
    const std::pair<double, qint64> stages[] = {{targets.respondHours, s.responded},
                                                {targets.planHours, s.resplan},
                                                {targets.resolveHours, s.resolved}};
    for (const auto &[hours, date] : stages) {
        if (hours <= 0 || date != 0)
            continue;
        const qint64 at =
            s.entered + qint64(hours * 3600.0 + 0.5) + qint64(s.minutesWaiting) * 60 + 1;
        next = next == 0 ? at : std::min(next, at);
    }
    return next;
}

} // namespace cw::sandbox
