// The SLA rules of a service ticket, as ConnectWise Manage reports them: which stage a ticket is
// in, when that stage is due, its slaStatus text, isInSla, and what each status change records.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace cw::sandbox {

// Pure: no store, no clock of its own; every instant is seconds since the epoch (UTC).
//
// The clock is calendar-simple (24x7): targets count wall-clock hours from dateEntered. The real
// server follows the SLA's calendar (`basedOn`, `customCalendar`); the sandbox has no calendars,
// so AllHours is the only honest reading of its SLAs.
//
// Targets are cumulative from entry (the real SLA records have respondHours < planWithin <
// resolutionHours, e.g. 5/10/24 in the recorded SLA and SLA-priority records).
class SlaClock
{
public:
    // The board status's `escalationStatus` (BoardStatus schema enum).
    enum class Escalation { NotResponded, Responded, ResolutionPlan, Resolved, NoEscalation };
    enum class Stage { Respond, Plan, Resolve, Waiting, Resolved };

    struct Targets
    {
        double respondHours = 0; // <= 0: the stage has no target and never breaches
        double planHours = 0;
        double resolveHours = 0;
    };

    // What the server records on the ticket as it moves through the stages.
    struct State
    {
        qint64 entered = 0;
        qint64 responded = 0; // dateResponded; 0: not yet
        qint64 resplan = 0;   // dateResplan
        qint64 resolved = 0;  // dateResolved
        // SLA-clock minutes (waiting excluded) from entry to each date, fixed when it is recorded.
        int respondMinutes = 0;
        int resPlanMinutes = 0;
        int resolveMinutes = 0;
        int minutesWaiting = 0;       // the clock was paused this long by earlier waits
        int minutesBeforeWaiting = 0; // the clock's reading when the current wait began
    };

    struct Result
    {
        Stage stage = Stage::Respond;
        qint64 deadline = 0; // of the stage shown in slaStatus; 0 for Waiting and Resolved
        QString slaStatus;
        bool isInSla = true;
    };

    // `utcOffsetSeconds`: the desk's time zone, in which slaStatus shows its deadline.
    explicit SlaClock(int utcOffsetSeconds = 0);

    static Escalation escalationFromName(QStringView name); // unknown: NotResponded
    // From an SLA record, overridden by its SLA-priority record's hours where that sets them
    // (`/service/SLAs/{id}/priorities`: the same respondHours/planWithin/resolutionHours fields).
    static Targets targets(const QJsonObject &sla, const QJsonObject &slaPriority = {});

    // The stage follows the recorded dates, so a ticket never goes back to Respond or Plan
    // (moving it to a "New" status later leaves it in its stage); waiting and resolved follow the
    // status.
    static Stage stage(const State &state, Escalation escalation, bool closed);

    // The record a status change leaves at `when`: leaving a not-responded status records
    // dateResponded; a resolution-plan status also dateResplan; closing (or a Resolved status)
    // records whatever is missing and dateResolved; reopening clears dateResolved. Entering a
    // waiting status pauses the clock, leaving it resumes it (minutesWaiting grows by the pause).
    static State transition(State state, Escalation from, bool fromClosed, Escalation to,
                            bool toClosed, qint64 when);

    // The SLA clock's reading at `when`, in whole minutes: wall minutes since entry less the waits.
    static int clockMinutes(const State &state, qint64 when);

    Result evaluate(const Targets &targets, const State &state, Escalation escalation, bool closed,
                    qint64 now) const;

    // "Tue 01/27 4:00 PM UTC-08" (the real server: weekday, MM/dd, h:mm AM/PM, whole-hour offset
    // as .NET's "zz" writes it, so UTC itself is "UTC+00").
    QString formatDeadline(qint64 when) const;

private:
    int m_utcOffsetSeconds;
};

} // namespace cw::sandbox
