// A ticket's SLA as a list shows it: the stage it is in and the deadline of that stage, parsed
// from the server's `slaStatus` text ("Respond by Mon 01/27 4:00 PM UTC-08", "Waiting" …).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cw {

class SlaState
{
    Q_DECLARE_TR_FUNCTIONS(cw::SlaState)

public:
    enum class Stage { None, Respond, Plan, Resolve, Waiting, Resolved };

    // `slaStatus` as the server writes it. The text carries no year: the year that puts the
    // deadline nearest to `now` is taken. A text that cannot be read keeps its words as the
    // stage name and has no deadline.
    static SlaState parse(const QString &slaStatus, const QDateTime &now);
    // The state of a ticket: its slaStatus when readable; otherwise, for an open ticket, the
    // resolve stage with its requiredDate as the deadline (what the server resolves against).
    static SlaState forTicket(const QString &slaStatus, bool closed, qint64 requiredDateMs,
                              const QDateTime &now);

    Stage stage() const { return m_stage; }
    QDateTime deadline() const { return m_deadline; }
    bool hasDeadline() const { return m_deadline.isValid(); }
    // Seconds until the deadline, negative once it passed (0 without a deadline).
    qint64 secondsLeft(const QDateTime &now) const;
    bool isBreached(const QDateTime &now) const;
    // "Respond", "Plan", "Resolve", "Waiting", "Resolved", or the server's own words.
    QString stageName() const;
    // For the list: "Respond · 2h 15m", "Resolve · −1d 3h (breached)", "Waiting".
    QString text(const QDateTime &now) const;
    // "2h 15m", "3d 4h", "45m", "−20m".
    static QString formatDuration(qint64 seconds);

    bool operator==(const SlaState &other) const = default;

private:
    Stage m_stage = Stage::None;
    QDateTime m_deadline;
    QString m_otherText;
};

} // namespace cw
