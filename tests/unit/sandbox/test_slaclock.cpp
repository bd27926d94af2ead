// SlaClock, table by table: the stage and slaStatus of each escalation stage, breaches, waiting,
// resolved, the deadline's text in several time zones, and what each status change records.
#include "sandbox/slaclock.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using cw::sandbox::SlaClock;
using E = SlaClock::Escalation;
using Stage = SlaClock::Stage;

Q_DECLARE_METATYPE(SlaClock::Escalation)
Q_DECLARE_METATYPE(SlaClock::Stage)
Q_DECLARE_METATYPE(SlaClock::State)
Q_DECLARE_METATYPE(SlaClock::Targets)

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

// Tuesday 2026-01-27 08:00 UTC, the entry of every ticket below.
const qint64 kEntered = at("2026-01-27T08:00:00Z");
constexpr qint64 kMin = 60;

// The sandbox's "Standard SLA": respond 2 h, plan 8 h, resolve 24 h.
const SlaClock::Targets kStandard{2, 8, 24};

SlaClock::State entered()
{
    SlaClock::State s;
    s.entered = kEntered;
    return s;
}

SlaClock::State responded(int minutes)
{
    SlaClock::State s = entered();
    s.responded = kEntered + minutes * kMin;
    s.respondMinutes = minutes;
    return s;
}

SlaClock::State planned(int respond, int plan)
{
    SlaClock::State s = responded(respond);
    s.resplan = kEntered + plan * kMin;
    s.resPlanMinutes = plan;
    return s;
}

SlaClock::State resolvedAfter(int respond, int plan, int resolve)
{
    SlaClock::State s = planned(respond, plan);
    s.resolved = kEntered + resolve * kMin;
    s.resolveMinutes = resolve;
    return s;
}

SlaClock::State waitingSince(SlaClock::State s, int clockMinutes, int waitedBefore = 0)
{
    s.minutesBeforeWaiting = clockMinutes;
    s.minutesWaiting = waitedBefore;
    return s;
}

QJsonObject recordedTicket()
{
    QFile f(QStringLiteral(CW_SOURCE_DIR "/tests/data/sla/recorded-ticket.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<SlaClock::Targets>("targets");
        QTest::addColumn<SlaClock::State>("state");
        QTest::addColumn<E>("escalation");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QString>("slaStatus");
        QTest::addColumn<bool>("isInSla");

        const qint64 e = kEntered;
        // Respond stage: due 2 h after entry; out of SLA only once the deadline has passed.
        QTest::newRow("respond, due in an hour")
            << kStandard << entered() << E::NotResponded << false << e + 60 * kMin << Stage::Respond
            << u"Respond by Tue 01/27 10:00 AM UTC+00"_s << true;
        QTest::newRow("respond, at the deadline")
            << kStandard << entered() << E::NotResponded << false << e + 120 * kMin
            << Stage::Respond << u"Respond by Tue 01/27 10:00 AM UTC+00"_s << true;
        QTest::newRow("respond, a second late")
            << kStandard << entered() << E::NotResponded << false << e + 120 * kMin + 1
            << Stage::Respond << u"Respond by Tue 01/27 10:00 AM UTC+00"_s << false;
        // Plan stage: due 8 h after entry (targets are cumulative from entry).
        QTest::newRow("plan") << kStandard << responded(30) << E::Responded << false
                              << e + 3 * 60 * kMin << Stage::Plan
                              << u"Plan by Tue 01/27 4:00 PM UTC+00"_s << true;
        QTest::newRow("plan, responded late")
            << kStandard << responded(150) << E::Responded << false << e + 3 * 60 * kMin
            << Stage::Plan << u"Plan by Tue 01/27 4:00 PM UTC+00"_s << false;
        QTest::newRow("plan, breached")
            << kStandard << responded(30) << E::Responded << false << e + 9 * 60 * kMin
            << Stage::Plan << u"Plan by Tue 01/27 4:00 PM UTC+00"_s << false;
        // A ticket moved back to a not-responded status keeps the stage its dates reached.
        QTest::newRow("plan, status set back to New")
            << kStandard << responded(30) << E::NotResponded << false << e + 3 * 60 * kMin
            << Stage::Plan << u"Plan by Tue 01/27 4:00 PM UTC+00"_s << true;
        // Resolve stage: due 24 h after entry, plus any time spent waiting.
        QTest::newRow("resolve") << kStandard << planned(30, 90) << E::ResolutionPlan << false
                                 << e + 10 * 60 * kMin << Stage::Resolve
                                 << u"Resolve by Wed 01/28 8:00 AM UTC+00"_s << true;
        QTest::newRow("resolve, breached")
            << kStandard << planned(30, 90) << E::ResolutionPlan << false << e + 25 * 60 * kMin
            << Stage::Resolve << u"Resolve by Wed 01/28 8:00 AM UTC+00"_s << false;
        QTest::newRow("resolve, after a 10 h wait")
            << kStandard << waitingSince(planned(30, 90), 120, 600) << E::ResolutionPlan << false
            << e + 30 * 60 * kMin << Stage::Resolve << u"Resolve by Wed 01/28 6:00 PM UTC+00"_s
            << true;
        QTest::newRow("resolve, planned late")
            << kStandard << planned(30, 500) << E::ResolutionPlan << false << e + 10 * 60 * kMin
            << Stage::Resolve << u"Resolve by Wed 01/28 8:00 AM UTC+00"_s << false;
        // Waiting stops the clock where it stood when the wait began.
        QTest::newRow("waiting, long past every deadline")
            << kStandard << waitingSince(planned(30, 90), 120) << E::NoEscalation << false
            << e + 30 * 60 * kMin << Stage::Waiting << u"Waiting"_s << true;
        QTest::newRow("waiting, began after the plan deadline")
            << kStandard << waitingSince(responded(30), 500) << E::NoEscalation << false
            << e + 30 * 60 * kMin << Stage::Waiting << u"Waiting"_s << false;
        QTest::newRow("waiting, responded late")
            << kStandard << waitingSince(responded(130), 140) << E::NoEscalation << false
            << e + 3 * 60 * kMin << Stage::Waiting << u"Waiting"_s << false;
        // Resolved: closed, or a status of the Resolved stage; the clock no longer runs.
        QTest::newRow("resolved in time")
            << kStandard << resolvedAfter(30, 90, 600) << E::Resolved << true << e + 90 * 60 * kMin
            << Stage::Resolved << u"Resolved"_s << true;
        QTest::newRow("resolved late")
            << kStandard << resolvedAfter(30, 90, 1500) << E::Resolved << true << e + 90 * 60 * kMin
            << Stage::Resolved << u"Resolved"_s << false;
        QTest::newRow("resolved status, not closed")
            << kStandard << resolvedAfter(30, 90, 600) << E::Resolved << false << e + 90 * 60 * kMin
            << Stage::Resolved << u"Resolved"_s << true;
        QTest::newRow("closed with a waiting status")
            << kStandard << resolvedAfter(30, 90, 600) << E::NoEscalation << true
            << e + 90 * 60 * kMin << Stage::Resolved << u"Resolved"_s << true;
        // An SLA without a plan target shows the resolve deadline in the plan stage.
        QTest::newRow("no plan target")
            << SlaClock::Targets{2, 0, 24} << responded(30) << E::Responded << false
            << e + 10 * 60 * kMin << Stage::Plan << u"Resolve by Wed 01/28 8:00 AM UTC+00"_s
            << true;
        // Premium 24x7 (1/4/8 h): the minutes are compared with the SLA's own hours.
        QTest::newRow("premium, respond breached after 61 minutes")
            << SlaClock::Targets{1, 4, 8} << entered() << E::NotResponded << false << e + 61 * kMin
            << Stage::Respond << u"Respond by Tue 01/27 9:00 AM UTC+00"_s << false;
    }

    void evaluate()
    {
        QFETCH(SlaClock::Targets, targets);
        QFETCH(SlaClock::State, state);
        QFETCH(E, escalation);
        QFETCH(bool, closed);
        QFETCH(qint64, now);
        QFETCH(Stage, stage);
        QFETCH(QString, slaStatus);
        QFETCH(bool, isInSla);
        const SlaClock::Result r = SlaClock().evaluate(targets, state, escalation, closed, now);
        QCOMPARE(r.stage, stage);
        QCOMPARE(r.slaStatus, slaStatus);
        QCOMPARE(r.isInSla, isInSla);
        QCOMPARE(r.deadline != 0, stage != Stage::Waiting && stage != Stage::Resolved);
    }

    void formatDeadline_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<qint64>("when");
        QTest::addColumn<QString>("text");
        QTest::newRow("UTC") << 0 << at("2026-01-27T20:00:00Z") << u"Tue 01/27 8:00 PM UTC+00"_s;
        QTest::newRow("US Pacific, the day before")
            << -8 * 3600 << at("2026-01-28T00:00:00Z") << u"Tue 01/27 4:00 PM UTC-08"_s;
        QTest::newRow("noon") << -5 * 3600 << at("2026-01-27T17:00:00Z")
                              << u"Tue 01/27 12:00 PM UTC-05"_s;
        QTest::newRow("midnight") << 3600 << at("2026-01-27T23:05:00Z")
                                  << u"Wed 01/28 12:05 AM UTC+01"_s;
        QTest::newRow("ten hours ahead")
            << 10 * 3600 << at("2026-12-31T20:59:00Z") << u"Fri 01/01 6:59 AM UTC+10"_s;
        // Half-hour zones: the offset shows whole hours only, as .NET's "zz" writes it.
        QTest::newRow("India") << 19800 << at("2026-01-27T20:00:00Z")
                               << u"Wed 01/28 1:30 AM UTC+05"_s;
        QTest::newRow("Newfoundland")
            << -12600 << at("2026-01-27T20:00:00Z") << u"Tue 01/27 4:30 PM UTC-03"_s;
    }

    void formatDeadline()
    {
        QFETCH(int, offset);
        QFETCH(qint64, when);
        QFETCH(QString, text);
        QCOMPARE(SlaClock(offset).formatDeadline(when), text);
    }

    // The one real slaStatus we have: the text and the minutes of a ticket responded to and
    // planned a second after entry.
    void recordedTicket()
    {
        const QJsonObject fixture = ::recordedTicket();
        QVERIFY2(!fixture.isEmpty(), "tests/data/sla/recorded-ticket.json is missing");
        const QJsonObject rec = fixture.value("recorded"_L1).toObject();
        const QJsonObject derived = fixture.value("derived"_L1).toObject();
        const SlaClock clock(derived.value("utcOffsetSeconds"_L1).toInt());
        const qint64 deadline =
            QDateTime::fromString(derived.value("deadlineUtc"_L1).toString(), Qt::ISODate)
                .toSecsSinceEpoch();
        QCOMPARE(u"Resolve by "_s + clock.formatDeadline(deadline),
                 rec.value("slaStatus"_L1).toString());

        auto secs = [&](const char *key) {
            return QDateTime::fromString(rec.value(QLatin1StringView(key)).toString(), Qt::ISODate)
                .toSecsSinceEpoch();
        };
        SlaClock::State s;
        s.entered = secs("dateEntered");
        s = SlaClock::transition(s, E::NotResponded, false, E::ResolutionPlan, false,
                                 secs("dateResponded"));
        QCOMPARE(s.responded, secs("dateResponded"));
        QCOMPARE(s.resplan, secs("dateResplan"));
        QCOMPARE(s.respondMinutes, rec.value("respondMinutes"_L1).toInt());
        QCOMPARE(s.resPlanMinutes, rec.value("resPlanMinutes"_L1).toInt());
        QCOMPARE(s.resolveMinutes, rec.value("resolveMinutes"_L1).toInt());
        QCOMPARE(SlaClock::stage(s, E::ResolutionPlan, false), Stage::Resolve);
    }

    void transition_data()
    {
        QTest::addColumn<SlaClock::State>("before");
        QTest::addColumn<E>("from");
        QTest::addColumn<bool>("fromClosed");
        QTest::addColumn<E>("to");
        QTest::addColumn<bool>("toClosed");
        QTest::addColumn<int>("whenMinutes"); // after entry
        QTest::addColumn<SlaClock::State>("after");

        SlaClock::State waiting = responded(20);
        waiting.minutesBeforeWaiting = 20;
        SlaClock::State resumed = waiting;
        resumed.minutesWaiting = 180;
        resumed.resplan = kEntered + 200 * kMin;
        resumed.resPlanMinutes = 20;
        SlaClock::State closedAfterWait = resumed;
        closedAfterWait.resolved = kEntered + 300 * kMin;
        closedAfterWait.resolveMinutes = 120;
        SlaClock::State reopened = resolvedAfter(30, 90, 600);
        reopened.resolved = 0;
        reopened.resolveMinutes = 0;
        SlaClock::State closedAtOnce = resolvedAfter(90, 90, 90);

        QTest::newRow("leaving New records the response")
            << entered() << E::NotResponded << false << E::Responded << false << 45
            << responded(45);
        QTest::newRow("a resolution-plan status records response and plan")
            << entered() << E::NotResponded << false << E::ResolutionPlan << false << 50
            << planned(50, 50);
        QTest::newRow("closing at once records every stage")
            << entered() << E::NotResponded << false << E::Resolved << true << 90 << closedAtOnce;
        QTest::newRow("waiting counts as responding and stops the clock")
            << entered() << E::NotResponded << false << E::NoEscalation << false << 20 << waiting;
        QTest::newRow("leaving the wait adds it to minutesWaiting")
            << waiting << E::NoEscalation << false << E::ResolutionPlan << false << 200 << resumed;
        QTest::newRow("closing: resolveMinutes leave the wait out")
            << resumed << E::ResolutionPlan << false << E::Resolved << true << 300
            << closedAfterWait;
        QTest::newRow("reopening clears the resolution")
            << resolvedAfter(30, 90, 600) << E::Resolved << true << E::ResolutionPlan << false
            << 700 << reopened;
        QTest::newRow("back to New changes nothing")
            << planned(30, 90) << E::ResolutionPlan << false << E::NotResponded << false << 120
            << planned(30, 90);
        QTest::newRow("a New status that is closed still resolves")
            << entered() << E::NotResponded << false << E::NotResponded << true << 90
            << closedAtOnce;
    }

    void transition()
    {
        QFETCH(SlaClock::State, before);
        QFETCH(E, from);
        QFETCH(bool, fromClosed);
        QFETCH(E, to);
        QFETCH(bool, toClosed);
        QFETCH(int, whenMinutes);
        QFETCH(SlaClock::State, after);
        const SlaClock::State s = SlaClock::transition(before, from, fromClosed, to, toClosed,
                                                       kEntered + whenMinutes * kMin);
        QCOMPARE(s.responded, after.responded);
        QCOMPARE(s.resplan, after.resplan);
        QCOMPARE(s.resolved, after.resolved);
        QCOMPARE(s.respondMinutes, after.respondMinutes);
        QCOMPARE(s.resPlanMinutes, after.resPlanMinutes);
        QCOMPARE(s.resolveMinutes, after.resolveMinutes);
        QCOMPARE(s.minutesWaiting, after.minutesWaiting);
        QCOMPARE(s.minutesBeforeWaiting, after.minutesBeforeWaiting);
    }

    void targetsFollowTheRecords()
    {
        // SLA header hours, overridden per priority where the SLA-priority record sets them.
        const QJsonObject sla{
            {u"respondHours"_s, 5}, {u"planWithin"_s, 10}, {u"resolutionHours"_s, 24}};
        const SlaClock::Targets own = SlaClock::targets(sla);
        QCOMPARE(own.respondHours, 5.0);
        QCOMPARE(own.planHours, 10.0);
        QCOMPARE(own.resolveHours, 24.0);
        const SlaClock::Targets p1 =
            SlaClock::targets(sla, {{u"respondHours"_s, 0.5}, {u"resolutionHours"_s, 4}});
        QCOMPARE(p1.respondHours, 0.5);
        QCOMPARE(p1.planHours, 10.0);
        QCOMPARE(p1.resolveHours, 4.0);
        QCOMPARE(SlaClock::escalationFromName(u"ResolutionPlan"), E::ResolutionPlan);
        QCOMPARE(SlaClock::escalationFromName(u"noescalation"), E::NoEscalation);
        QCOMPARE(SlaClock::escalationFromName(u""), E::NotResponded);
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "test_slaclock.moc"
