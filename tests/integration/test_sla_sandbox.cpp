// Live SLA in the real cwdesk-sandbox over HTTP: with --seed 5 --now 2026-01-27T20:00:00Z the
// generated tickets reach every SLA stage, each ticket's slaStatus, isInSla, dates and minutes
// agree with one another (checked against the rules restated here, not against SlaClock), the same
// seed and --now give byte-identical tickets, and status changes record the SLA dates.
#include "conformance.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

const QString kNow = u"2026-01-27T20:00:00Z"_s;

QStringList args()
{
    return {u"--seed"_s, u"5"_s, u"--now"_s, kNow};
}

qint64 secs(const QJsonValue &v)
{
    const QDateTime t = parseInstant(v.toString());
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

// The deadline as the real server writes it, for the sandbox's UTC desk.
QString deadlineText(qint64 when)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(when, QTimeZone::utc()),
                                 u"ddd MM/dd h:mm AP"_s) +
           u" UTC+00"_s;
}

struct Targets
{
    double respond = 0, plan = 0, resolve = 0; // hours from entry
};

} // namespace

class TestSlaSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;
    QJsonArray m_tickets;
    QHash<int, QString> m_escalation; // status id -> escalationStatus
    QHash<int, bool> m_closedStatus;
    QHash<int, Targets> m_slas;
    qint64 m_now = 0;
    QSet<int> m_moved; // tickets a test has changed

    // Every ticket's problems with the SLA rules, one line each.
    QStringList problems(const QJsonObject &t) const
    {
        QStringList out;
        const QString where = u"ticket %1: "_s.arg(t.value(u"id"_s).toInt());
        const qint64 entered = secs(valueAt(t, u"_info/dateEntered"_s));
        const qint64 responded = secs(t.value(u"dateResponded"_s));
        const qint64 resplan = secs(t.value(u"dateResplan"_s));
        const qint64 resolved = secs(t.value(u"dateResolved"_s));
        const int respondMinutes = t.value(u"respondMinutes"_s).toInt(-1);
        const int resPlanMinutes = t.value(u"resPlanMinutes"_s).toInt(-1);
        const int resolveMinutes = t.value(u"resolveMinutes"_s).toInt(-1);
        const int waited = t.value(u"minutesWaiting"_s).toInt(-1);
        const int beforeWait = t.value(u"minutesBeforeWaiting"_s).toInt(-1);
        const bool closed = t.value(u"closedFlag"_s).toBool();
        const int statusId = valueAt(t, u"status/id"_s).toInt();
        const QString escalation = m_escalation.value(statusId);
        const Targets targets = m_slas.value(valueAt(t, u"sla/id"_s).toInt());
        const QString slaStatus = t.value(u"slaStatus"_s).toString();

        if (entered == 0 || targets.resolve <= 0 || escalation.isEmpty())
            return {where + u"no entry date, SLA or status escalation"_s};
        if (respondMinutes < 0 || resPlanMinutes < 0 || resolveMinutes < 0 || waited < 0 ||
            beforeWait < 0)
            out << where + u"a minutes field is missing"_s;
        // Dates in order, none after now; a later stage's date only with the earlier ones.
        if ((resplan && !responded) || (resolved && !resplan))
            out << where + u"a stage date without the one before it"_s;
        if ((responded && responded < entered) || (resplan && resplan < responded) ||
            (resolved && resolved < resplan) || std::max({responded, resplan, resolved}) > m_now)
            out << where + u"SLA dates out of order or after now"_s;
        if (closed != (resolved != 0) || closed != m_closedStatus.value(statusId))
            out << where + u"closedFlag, its status and dateResolved disagree"_s;
        // Minutes: SLA-clock minutes from entry to each date (generated waits come after the
        // plan, so only resolveMinutes leave them out); 0 until the date is recorded.
        auto minutes = [&](qint64 date, int less) {
            return date ? int((date - entered) / 60) - less : 0;
        };
        if (respondMinutes != minutes(responded, 0) || resPlanMinutes != minutes(resplan, 0) ||
            resolveMinutes != minutes(resolved, waited))
            out << where + u"minutes %1/%2/%3 do not match the dates"_s.arg(respondMinutes)
                               .arg(resPlanMinutes)
                               .arg(resolveMinutes);
        // The stage and its text.
        const bool waiting = !closed && escalation == "NoEscalation"_L1;
        QString expected;
        if (closed || escalation == "Resolved"_L1) {
            expected = u"Resolved"_s;
        } else if (waiting) {
            expected = u"Waiting"_s;
        } else {
            const bool respond = responded == 0, plan = !respond && resplan == 0;
            const double hours = respond ? targets.respond : plan ? targets.plan : targets.resolve;
            expected = (respond ? u"Respond by "_s
                        : plan  ? u"Plan by "_s
                                : u"Resolve by "_s) +
                       deadlineText(entered + qint64(std::llround(hours * 3600)) + waited * 60);
        }
        if (slaStatus != expected)
            out << where + u"slaStatus \"%1\", expected \"%2\""_s.arg(slaStatus, expected);
        // isInSla: every stage met its target; open stages are measured on the clock now
        // (frozen while waiting).
        const qint64 clock = waiting ? qint64(beforeWait) * 60 : m_now - entered - waited * 60;
        auto met = [&](double hours, qint64 date, int mins) {
            const qint64 limit = qint64(std::llround(hours * 3600));
            if (date)
                return qint64(mins) * 60 <= limit;
            return closed || clock <= limit;
        };
        const bool inSla = met(targets.respond, responded, respondMinutes) &&
                           met(targets.plan, resplan, resPlanMinutes) &&
                           met(targets.resolve, resolved, resolveMinutes);
        if (t.value(u"isInSla"_s).toBool() != inSla || !t.value(u"isInSla"_s).isBool())
            out << where +
                       u"isInSla %1, expected %2"_s.arg(t.value(u"isInSla"_s).toBool()).arg(inSla);
        return out;
    }

    // An open ticket still to be responded to, on a board with a status of `escalation`.
    QJsonObject ticketToMove(const QString &escalation, bool closing, int *statusId)
    {
        for (const QJsonValue &v : m_tickets) {
            const QJsonObject t = v.toObject();
            if (m_moved.contains(t.value(u"id"_s).toInt()) || t.contains(u"dateResponded"_s) ||
                t.value(u"closedFlag"_s).toBool())
                continue;
            const int board = valueAt(t, u"board/id"_s).toInt();
            const HttpResult statuses = m_http.get(u"/service/boards/%1/statuses"_s.arg(board));
            for (const QJsonValue &s : statuses.array()) {
                const QJsonObject status = s.toObject();
                if (status.value(u"escalationStatus"_s).toString() == escalation &&
                    status.value(u"closedStatus"_s).toBool() == closing) {
                    *statusId = status.value(u"id"_s).toInt();
                    m_moved.insert(t.value(u"id"_s).toInt());
                    return t;
                }
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_now = parseInstant(kNow).toSecsSinceEpoch();
        m_sandbox = std::make_unique<SandboxProcess>();
        QString error;
        QVERIFY2(startSandbox(*m_sandbox, m_http, args(), &error), qPrintable(error));
        QVERIFY2(fetchAll(m_http, u"/service/tickets"_s, &m_tickets, &error), qPrintable(error));
        QVERIFY(m_tickets.size() >= 1000);
        QJsonArray boards, slas;
        QVERIFY2(fetchAll(m_http, u"/service/boards"_s, &boards, &error), qPrintable(error));
        for (const QJsonValue &b : boards) {
            QJsonArray statuses;
            QVERIFY2(fetchAll(m_http,
                              u"/service/boards/%1/statuses"_s.arg(b.toObject()[u"id"_s].toInt()),
                              &statuses, &error),
                     qPrintable(error));
            for (const QJsonValue &s : statuses) {
                const QJsonObject status = s.toObject();
                m_escalation.insert(status[u"id"_s].toInt(),
                                    status[u"escalationStatus"_s].toString());
                m_closedStatus.insert(status[u"id"_s].toInt(), status[u"closedStatus"_s].toBool());
            }
        }
        QVERIFY2(fetchAll(m_http, u"/service/SLAs"_s, &slas, &error), qPrintable(error));
        for (const QJsonValue &v : slas) {
            const QJsonObject sla = v.toObject();
            m_slas.insert(sla[u"id"_s].toInt(),
                          {sla[u"respondHours"_s].toDouble(), sla[u"planWithin"_s].toDouble(),
                           sla[u"resolutionHours"_s].toDouble()});
        }
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            QVERIFY(m_sandbox->stop());
    }

    // A desk as a dispatcher sees it: some tickets overdue for a response, some due within the
    // hour, others to plan, to resolve, waiting, and resolved ones.
    void everyStageIsThere()
    {
        QMap<QString, int> seen;
        for (const QJsonValue &v : m_tickets) {
            const QJsonObject t = v.toObject();
            const QString status = t.value(u"slaStatus"_s).toString();
            const QString stage = status.section(u' ', 0, 0);
            const bool inSla = t.value(u"isInSla"_s).toBool();
            ++seen[stage + (inSla ? u""_s : u" (breached)"_s)];
            if (stage == "Respond"_L1 && inSla) {
                const qint64 entered = secs(valueAt(t, u"_info/dateEntered"_s));
                const double hours = m_slas.value(valueAt(t, u"sla/id"_s).toInt()).respond;
                if (entered + qint64(hours * 3600) - m_now <= 3600)
                    ++seen[u"Respond (within the hour)"_s];
            }
        }
        for (const QString &expected :
             {u"Respond"_s, u"Respond (breached)"_s, u"Respond (within the hour)"_s, u"Plan"_s,
              u"Resolve"_s, u"Resolve (breached)"_s, u"Waiting"_s, u"Resolved"_s,
              u"Resolved (breached)"_s}) {
            QVERIFY2(seen.value(expected) > 0,
                     qPrintable(u"no ticket in stage %1; seen: %2"_s.arg(
                         expected, QStringList(seen.keys()).join(u", "_s))));
        }
        // Most closed tickets met their SLA.
        QVERIFY(seen.value(u"Resolved"_s) > 3 * seen.value(u"Resolved (breached)"_s));
    }

    void fieldsAgree()
    {
        QStringList all;
        for (const QJsonValue &v : m_tickets)
            all += problems(v.toObject());
        QVERIFY2(all.isEmpty(), qPrintable(u"%1 problems, first ones:\n"_s.arg(all.size()) +
                                           all.mid(0, 15).join(u'\n')));
    }

    // Sparse records and single reads give the same live values as the listing.
    void sparseAndSingleReadsAgree()
    {
        const QJsonObject t = m_tickets.at(m_tickets.size() - 3).toObject();
        const int id = t.value(u"id"_s).toInt();
        const HttpResult one = m_http.get(u"/service/tickets/%1"_s.arg(id));
        CW_CHECK_STATUS(one, 200);
        const HttpResult sparse =
            m_http.get(u"/service/tickets"_s, {{u"conditions"_s, u"id=%1"_s.arg(id)},
                                               {u"fields"_s, u"id,slaStatus,isInSla"_s}});
        CW_CHECK_STATUS(sparse, 200);
        const QJsonObject s = sparse.array().at(0).toObject();
        for (const QString &key : {u"slaStatus"_s, u"isInSla"_s}) {
            QCOMPARE(one.object().value(key), t.value(key));
            QCOMPARE(s.value(key), t.value(key));
        }
    }

    // Conditions on the SLA fields see the same values the records show.
    void conditionsSeeTheSameValues()
    {
        int breached = 0, toRespond = 0;
        for (const QJsonValue &v : m_tickets) {
            breached += v.toObject().value(u"isInSla"_s).toBool() ? 0 : 1;
            toRespond +=
                v.toObject().value(u"slaStatus"_s).toString().startsWith(u"Respond by ") ? 1 : 0;
        }
        auto count = [&](const QString &conditions) {
            const HttpResult r =
                m_http.get(u"/service/tickets/count"_s, {{u"conditions"_s, conditions}});
            return r.status == 200 ? r.object().value(u"count"_s).toInt(-1) : -1;
        };
        QCOMPARE(count(u"isInSla = false"_s), breached);
        QCOMPARE(count(u"slaStatus like \"Respond by*\""_s), toRespond);
    }

    void sameSeedAndNowSameTickets()
    {
        SandboxProcess other;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(other, http, args(), &error), qPrintable(error));
        auto root = [](const SandboxProcess &s) {
            QUrl url = s.baseUrl();
            url.setPath(QString());
            return url.toEncoded();
        };
        for (int page = 1;; ++page) {
            const Params params{{u"pageSize"_s, u"1000"_s},
                                {u"page"_s, QString::number(page)},
                                {u"orderBy"_s, u"id asc"_s}};
            const HttpResult a = m_http.get(u"/service/tickets"_s, params);
            const HttpResult b = http.get(u"/service/tickets"_s, params);
            CW_CHECK_STATUS(a, 200);
            CW_CHECK_STATUS(b, 200);
            QVERIFY2(QByteArray(a.body).replace(root(*m_sandbox), "BASE") ==
                         QByteArray(b.body).replace(root(other), "BASE"),
                     qPrintable(u"page %1 differs between two runs"_s.arg(page)));
            if (a.array().size() < 1000)
                break;
        }
        QVERIFY(other.stop());
    }

    // Leaving the "New"-like status records the response; the ticket moves on to its plan.
    void leavingNewRecordsTheResponse()
    {
        int statusId = 0;
        const QJsonObject t = ticketToMove(u"Responded"_s, false, &statusId);
        QVERIFY2(!t.isEmpty(), "no ticket still to be responded to");
        const int id = t.value(u"id"_s).toInt();
        const HttpResult r =
            m_http.patch(u"/service/tickets/%1"_s.arg(id),
                         QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                {u"path"_s, u"status"_s},
                                                {u"value"_s, QJsonObject{{u"id"_s, statusId}}}}});
        CW_CHECK_STATUS(r, 200);
        const QJsonObject after = r.object();
        QVERIFY(after.value(u"slaStatus"_s).toString().startsWith(u"Plan by "_s));
        const qint64 responded = secs(after.value(u"dateResponded"_s));
        QVERIFY2(responded >= m_now, qPrintable(after.value(u"dateResponded"_s).toString()));
        QVERIFY(!after.contains(u"dateResplan"_s) && !after.contains(u"dateResolved"_s));
        // The write clock runs a second ahead per write: judge the record at its write time.
        const qint64 savedNow = m_now;
        m_now = secs(valueAt(after, u"_info/lastUpdated"_s));
        const QStringList found = problems(after);
        m_now = savedNow;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Closing a ticket resolves it: every missing SLA date is recorded, and the close with them.
    void closingResolves()
    {
        int statusId = 0;
        const QJsonObject t = ticketToMove(u"Resolved"_s, true, &statusId);
        QVERIFY2(!t.isEmpty(), "no open ticket on a board with a closed status");
        const int id = t.value(u"id"_s).toInt();
        const HttpResult r =
            m_http.patch(u"/service/tickets/%1"_s.arg(id),
                         QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                {u"path"_s, u"status"_s},
                                                {u"value"_s, QJsonObject{{u"id"_s, statusId}}}}});
        CW_CHECK_STATUS(r, 200);
        const QJsonObject after = r.object();
        QCOMPARE(after.value(u"slaStatus"_s).toString(), u"Resolved"_s);
        QCOMPARE(after.value(u"closedFlag"_s).toBool(), true);
        const qint64 resolved = secs(after.value(u"dateResolved"_s));
        QVERIFY2(resolved >= m_now, qPrintable(after.value(u"dateResolved"_s).toString()));
        QCOMPARE(after.value(u"closedDate"_s), after.value(u"dateResolved"_s));
        QCOMPARE(after.value(u"dateResponded"_s), after.value(u"dateResolved"_s));
        QCOMPARE(after.value(u"dateResplan"_s), after.value(u"dateResolved"_s));
        const qint64 entered = secs(valueAt(after, u"_info/dateEntered"_s));
        QCOMPARE(after.value(u"resolveMinutes"_s).toInt(), int((resolved - entered) / 60));
        // Read back, listed and single.
        const HttpResult again = m_http.get(u"/service/tickets/%1"_s.arg(id));
        CW_CHECK_STATUS(again, 200);
        QCOMPARE(again.object().value(u"slaStatus"_s), after.value(u"slaStatus"_s));
        QCOMPARE(again.object().value(u"dateResolved"_s), after.value(u"dateResolved"_s));
        QCOMPARE(again.object().value(u"isInSla"_s), after.value(u"isInSla"_s));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestSlaSandbox)
#include "test_sla_sandbox.moc"
