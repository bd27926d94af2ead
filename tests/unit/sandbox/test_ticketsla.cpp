// The store keeps tickets' SLA fields live: a ticket read after its deadline reads as breached
// (listing, single read and stored bytes alike), a status change records the SLA dates, and the
// SLA fields a client sends are the server's to keep.
#include "sandbox/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using cw::sandbox::Kind;
using cw::sandbox::Store;

namespace {

const qint64 kStart =
    QDateTime::fromString(u"2026-01-27T08:00:00Z"_s, Qt::ISODate).toSecsSinceEpoch();

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TestTicketSla : public QObject
{
    Q_OBJECT

    Store m_store;
    int m_new = 0, m_assigned = 0, m_waiting = 0, m_closed = 0, m_ticket = 0;

    QJsonObject ticket() { return m_store.find(Kind::Ticket, m_ticket)->object(); }

    // A write as the API makes it: lastUpdated from the store's write clock.
    void write(QJsonObject t)
    {
        QJsonObject info = t.value("_info"_L1).toObject();
        info.insert("lastUpdated"_L1, m_store.nextTimestamp());
        t.insert("_info"_L1, info);
        QVERIFY(m_store.update(Kind::Ticket, m_ticket, t));
    }

    void setStatus(int status, bool closed)
    {
        QJsonObject t = ticket();
        t.insert("status"_L1, QJsonObject{{u"id"_s, status}});
        t.insert("closedFlag"_L1, closed);
        write(t);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.setPinnedNow(kStart);
        const int sla = m_store.insert(Kind::Sla, {{u"name"_s, u"Standard SLA"_s},
                                                   {u"defaultFlag"_s, true},
                                                   {u"respondHours"_s, 2},
                                                   {u"planWithin"_s, 8},
                                                   {u"resolutionHours"_s, 24}});
        auto status = [&](const char *name, const char *escalation, bool closed) {
            return m_store.insert(Kind::Status,
                                  {{u"name"_s, QString::fromLatin1(name)},
                                   {u"escalationStatus"_s, QString::fromLatin1(escalation)},
                                   {u"closedStatus"_s, closed}},
                                  1);
        };
        m_new = status("New", "NotResponded", false);
        m_assigned = status("Assigned", "Responded", false);
        m_waiting = status("Waiting on Client", "NoEscalation", false);
        m_closed = status("Closed", "Resolved", true);
        m_ticket = m_store.insert(Kind::Ticket,
                                  {{u"summary"_s, u"Printer offline"_s},
                                   {u"status"_s, QJsonObject{{u"id"_s, m_new}}},
                                   {u"sla"_s, QJsonObject{{u"id"_s, sla}}},
                                   {u"closedFlag"_s, false},
                                   {u"_info"_s, QJsonObject{{u"dateEntered"_s, iso(kStart)},
                                                            {u"lastUpdated"_s, iso(kStart)}}}});
        QVERIFY(m_ticket > 0);
    }

    void newTicketIsToRespond()
    {
        QCOMPARE(ticket().value("slaStatus"_L1).toString(),
                 u"Respond by Tue 01/27 10:00 AM UTC+00"_s);
        QCOMPARE(ticket().value("isInSla"_L1).toBool(), true);
        QCOMPARE(ticket().value("respondMinutes"_L1).toInt(-1), 0);
        QVERIFY(!ticket().contains("dateResponded"_L1));
    }

    void breachesWhenTheClockPassesTheDeadline()
    {
        m_store.setPinnedNow(kStart + 2 * 3600);
        QCOMPARE(ticket().value("isInSla"_L1).toBool(), true);
        m_store.setPinnedNow(kStart + 2 * 3600 + 1);
        const auto &records = m_store.records(Kind::Ticket);
        const auto &record = records.at(m_ticket);
        QCOMPARE(record.object().value("isInSla"_L1).toBool(), false);
        // The listing serves the stored bytes: they must say the same.
        QCOMPARE(QJsonDocument::fromJson(record.json()).object().value("isInSla"_L1).toBool(),
                 false);
        // The server's view, not an edit.
        QCOMPARE(valueOfInfo(u"lastUpdated"_s), iso(kStart));
    }

    void leavingNewRecordsTheResponse()
    {
        m_store.setPinnedNow(kStart + 3 * 3600);
        setStatus(m_assigned, false);
        QCOMPARE(ticket().value("dateResponded"_L1).toString(), iso(kStart + 3 * 3600));
        QCOMPARE(ticket().value("respondMinutes"_L1).toInt(), 180);
        QCOMPARE(ticket().value("slaStatus"_L1).toString(), u"Plan by Tue 01/27 4:00 PM UTC+00"_s);
        QCOMPARE(ticket().value("isInSla"_L1).toBool(), false); // responded late
    }

    void clientCannotRewriteTheSlaDates()
    {
        QJsonObject t = ticket();
        t.insert("dateResponded"_L1, u"2001-01-01T00:00:00Z"_s);
        t.insert("respondMinutes"_L1, 1);
        t.insert("isInSla"_L1, true);
        write(t);
        QCOMPARE(ticket().value("dateResponded"_L1).toString(), iso(kStart + 3 * 3600));
        QCOMPARE(ticket().value("respondMinutes"_L1).toInt(), 180);
        QCOMPARE(ticket().value("isInSla"_L1).toBool(), false);
    }

    void waitingPausesTheClock()
    {
        m_store.setPinnedNow(kStart + 4 * 3600);
        setStatus(m_waiting, false);
        QCOMPARE(ticket().value("slaStatus"_L1).toString(), u"Waiting"_s);
        QCOMPARE(ticket().value("minutesBeforeWaiting"_L1).toInt(), 240);
        m_store.setPinnedNow(kStart + 14 * 3600);
        setStatus(m_assigned, false);
        QCOMPARE(ticket().value("minutesWaiting"_L1).toInt(), 600);
        // Plan due 8 h after entry, plus the 10 h wait.
        QCOMPARE(ticket().value("slaStatus"_L1).toString(), u"Plan by Wed 01/28 2:00 AM UTC+00"_s);
    }

    void closingResolves()
    {
        m_store.setPinnedNow(kStart + 15 * 3600);
        setStatus(m_closed, true);
        const QJsonObject t = ticket();
        QCOMPARE(t.value("slaStatus"_L1).toString(), u"Resolved"_s);
        QCOMPARE(t.value("dateResolved"_L1).toString(), iso(kStart + 15 * 3600));
        QCOMPARE(t.value("dateResplan"_L1).toString(), iso(kStart + 15 * 3600));
        QCOMPARE(t.value("resolveMinutes"_L1).toInt(), 15 * 60 - 600);
        // Resolved: no deadline any more, however late it gets.
        m_store.setPinnedNow(kStart + 100 * 3600);
        QCOMPARE(ticket().value("slaStatus"_L1).toString(), u"Resolved"_s);
    }

private:
    QString valueOfInfo(const QString &key)
    {
        return ticket().value("_info"_L1).toObject().value(key).toString();
    }
};

QTEST_GUILESS_MAIN(TestTicketSla)
#include "test_ticketsla.moc"
