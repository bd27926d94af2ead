// Keeps a stored ticket's SLA fields true to SlaClock: reads the rules' inputs from the ticket, its
// status and its SLA, records what a write changes, and works out slaStatus/isInSla for "now".
#pragma once

#include "slaclock.h"

#include <QJsonObject>

namespace cw::sandbox {

class Store;

// The desk's time zone for slaStatus: the sandbox reports serverTimeZone "Coordinated Universal
// Time" (/system/info), so deadlines read "UTC+00".
constexpr int kDeskUtcOffsetSeconds = 0;

class TicketSla
{
public:
    explicit TicketSla(const Store &store);

    // The fields SlaClock::State mirrors (dateResponded … minutesBeforeWaiting).
    static SlaClock::State state(const QJsonObject &ticket);
    static void setState(QJsonObject &ticket, const SlaClock::State &state);

    SlaClock::Escalation escalation(const QJsonObject &ticket) const; // of its status
    SlaClock::Targets targets(const QJsonObject &ticket) const; // its SLA, else the default SLA

    // A write of `ticket` at `when` (before: the stored record, null for a new one). The SLA
    // fields are the server's: a write keeps the stored ones and adds what the status change
    // records; a new record keeps what it brings (generated history) and adds what its status
    // implies. A ticket without an SLA gets its former one, else the default SLA.
    void recordWrite(const QJsonObject *before, QJsonObject &ticket, qint64 when) const;

    // Sets slaStatus and isInSla as of `now`. Returns the instant isInSla would next turn false
    // if nothing else changed (0: never), so the store knows when to look again.
    qint64 refresh(QJsonObject &ticket, qint64 now) const;

private:
    const Store &m_store;
    SlaClock m_clock;
};

} // namespace cw::sandbox
