// Conformance of the sandbox's query language and paging: conditions (full grammar and the
// §12 semantics), childConditions, customFieldConditions, orderBy, fields, page/pageSize, Link
// headers, forward-only paging and /count. Expected results are computed in the test from the
// complete, unfiltered ticket list, never hard-coded.
#include "conformance.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

using Predicate = std::function<bool(const QJsonObject &)>;

QString rtrim(QString s)
{
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    return s;
}

bool ciEquals(const QJsonValue &v, const QString &text)
{
    return v.isString() && rtrim(v.toString()).compare(rtrim(text), Qt::CaseInsensitive) == 0;
}

QString str(const QJsonObject &o, const QString &path)
{
    return valueAt(o, path).toString();
}

// `like` pattern → anchored, case-insensitive regular expression (%, * any run; _ one char).
QRegularExpression likePattern(const QString &pattern)
{
    QString re;
    for (const QChar c : pattern) {
        if (c == u'%' || c == u'*')
            re += u".*"_s;
        else if (c == u'_')
            re += u'.';
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

// Renders a JSON scalar as a conditions literal.
QString literal(const QJsonValue &v)
{
    if (v.isString())
        return u"\""_s + v.toString() + u"\""_s;
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return u"null"_s;
}

bool jsonScalarEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isString() && b.isString())
        return rtrim(a.toString()).compare(rtrim(b.toString()), Qt::CaseInsensitive) == 0;
    return a == b;
}

} // namespace

class TestConformanceQuery : public QObject
{
    Q_OBJECT

    static constexpr int TicketCount = 300;

    SandboxProcess m_sandbox;
    HttpClient m_http;
    QJsonArray m_tickets; // complete records, as listed
    QJsonObject m_sample; // a ticket with owner, contact and custom fields where possible
    QList<std::pair<QString, qsizetype>> m_checked; // conditions checked, expected match count

    QSet<int> expect(const Predicate &predicate) const
    {
        QSet<int> ids;
        for (const auto &t : m_tickets) {
            if (predicate(t.toObject()))
                ids.insert(t.toObject().value(u"id"_s).toInt());
        }
        return ids;
    }

    // Lists `path` with params (+pageSize=1000) and checks ids against `expected`; also /count
    // and, for tickets, POST /search with the same filters in the body.
    QString checkQuery(const QString &path, const Params &params, const QSet<int> &expected,
                       bool viaSearch = true)
    {
        Params listParams = params;
        listParams.append({u"pageSize"_s, u"1000"_s});
        const HttpResult list = m_http.get(path, listParams);
        if (list.status != 200 || !list.isJsonArray())
            return statusMismatch(list, 200);
        QString diff = compareIdSets(expected, idSetOf(list.array()));
        if (!diff.isEmpty())
            return list.describe(200) + u"\n  "_s + diff;
        const HttpResult count = m_http.get(path + u"/count"_s, params);
        if (count.status != 200 || count.object().value(u"count"_s).toInt(-1) != expected.size())
            return u"count should be %1: "_s.arg(expected.size()) + count.describe();
        if (viaSearch && path == u"/service/tickets"_s) {
            QJsonObject body;
            for (const auto &[name, value] : params)
                body.insert(name, value);
            const HttpResult search = m_http.send(
                "POST", m_http.url(u"/service/tickets/search"_s, {{u"pageSize"_s, u"1000"_s}}),
                toJson(body));
            if (search.status != 200 || !search.isJsonArray())
                return statusMismatch(search, 200);
            diff = compareIdSets(expected, idSetOf(search.array()));
            if (!diff.isEmpty())
                return search.describe(200) + u"\n  "_s + diff;
        }
        return {};
    }

    QString checkConditions(const QString &conditions, const Predicate &predicate)
    {
        const QSet<int> expected = expect(predicate);
        m_checked.append({conditions, expected.size()});
        return checkQuery(u"/service/tickets"_s, {{u"conditions"_s, conditions}}, expected);
    }

    // Fetches all ticket pages with orderBy and returns the records in order.
    QJsonArray ordered(const QString &orderBy, QString *error)
    {
        const HttpResult r = m_http.get(u"/service/tickets"_s,
                                        {{u"orderBy"_s, orderBy}, {u"pageSize"_s, u"1000"_s}});
        if (r.status != 200 || !r.isJsonArray()) {
            *error = statusMismatch(r, 200);
            return {};
        }
        if (r.array().size() != TicketCount)
            *error = u"orderBy changed the number of records: "_s + r.describe(200);
        return r.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startSandbox(m_sandbox, m_http,
                              {u"--tickets"_s, QString::number(TicketCount), u"--seed"_s, u"23"_s},
                              &error),
                 qPrintable(error));
        QVERIFY2(fetchAll(m_http, u"/service/tickets"_s, &m_tickets, &error), qPrintable(error));
        QCOMPARE(m_tickets.size(), TicketCount);
        for (const auto &t : m_tickets) {
            const QJsonObject o = t.toObject();
            if (o.contains(u"owner"_s) && o.contains(u"contact"_s) &&
                !o.value(u"customFields"_s).toArray().isEmpty() &&
                o.value(u"summary"_s).toString().size() >= 12) {
                m_sample = o;
                break;
            }
        }
        QVERIFY2(!m_sample.isEmpty(), "no ticket with owner, contact, custom fields and summary");
    }

    void cleanupTestCase() { QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); }

    // ---- conditions ---------------------------------------------------------------------

    void comparisonsOnNumbers()
    {
        const int id = m_sample.value(u"id"_s).toInt();
        QString e = checkConditions(u"id = %1"_s.arg(id), [&](const QJsonObject &t) {
            return t.value(u"id"_s).toInt() == id;
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QList<int> ids = idsOf(m_tickets);
        const int lo = ids.at(40);
        const int hi = ids.at(120);
        e = checkConditions(u"id > %1 and id <= %2"_s.arg(lo).arg(hi), [&](const QJsonObject &t) {
            const int v = t.value(u"id"_s).toInt();
            return v > lo && v <= hi;
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"id >= %1 AND id < %2"_s.arg(lo).arg(hi), [&](const QJsonObject &t) {
            const int v = t.value(u"id"_s).toInt();
            return v >= lo && v < hi;
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"id != %1"_s.arg(id),
                            [&](const QJsonObject &t) { return t.value(u"id"_s).toInt() != id; });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void inAndNotIn()
    {
        const QList<int> ids = idsOf(m_tickets);
        const QList<int> pick{ids.at(3), ids.at(77), ids.at(150), ids.at(299)};
        QString e = checkConditions(
            u"id in (%1, %2,%3 ,%4)"_s.arg(pick[0]).arg(pick[1]).arg(pick[2]).arg(pick[3]),
            [&](const QJsonObject &t) { return pick.contains(t.value(u"id"_s).toInt()); });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(
            u"id not in (%1,%2,%3,%4)"_s.arg(pick[0]).arg(pick[1]).arg(pick[2]).arg(pick[3]),
            [&](const QJsonObject &t) { return !pick.contains(t.value(u"id"_s).toInt()); });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const int b1 = valueAt(m_tickets.at(0).toObject(), u"board/id"_s).toInt();
        const int b2 = valueAt(m_sample, u"board/id"_s).toInt();
        e = checkConditions(u"board/id in (%1,%2)"_s.arg(b1).arg(b2), [&](const QJsonObject &t) {
            const int b = valueAt(t, u"board/id"_s).toInt();
            return b == b1 || b == b2;
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QString name = str(m_sample, u"status/name"_s);
        e = checkConditions(
            u"status/name in (\"%1\", \"no such status\")"_s.arg(name.toUpper()),
            [&](const QJsonObject &t) { return ciEquals(valueAt(t, u"status/name"_s), name); });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void stringsAreCaseInsensitive()
    {
        const QString status = str(m_sample, u"status/name"_s);
        QString e = checkConditions(
            u"status/name = \"%1\""_s.arg(status.toLower()),
            [&](const QJsonObject &t) { return ciEquals(valueAt(t, u"status/name"_s), status); });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QString board = str(m_sample, u"board/name"_s);
        e = checkConditions(u"board/name = '%1'"_s.arg(board.toUpper()), [&](const QJsonObject &t) {
            return ciEquals(valueAt(t, u"board/name"_s), board);
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        // Trailing spaces do not matter for '='.
        e = checkConditions(u"board/name = \"%1   \""_s.arg(board), [&](const QJsonObject &t) {
            return ciEquals(valueAt(t, u"board/name"_s), board);
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const QString company = str(m_sample, u"company/identifier"_s);
        e = checkConditions(u"company/identifier != \"%1\""_s.arg(company.toLower()),
                            [&](const QJsonObject &t) {
                                const QJsonValue v = valueAt(t, u"company/identifier"_s);
                                return v.isString() && !ciEquals(v, company);
                            });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void fieldNamesAreCaseInsensitive()
    {
        const int board = valueAt(m_sample, u"board/id"_s).toInt();
        const QString e = checkConditions(u"Board/Id = %1 And ClosedFlag = False"_s.arg(board),
                                          [&](const QJsonObject &t) {
                                              return valueAt(t, u"board/id"_s).toInt() == board &&
                                                     !t.value(u"closedFlag"_s).toBool();
                                          });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void containsAndLike()
    {
        const QString summary = m_sample.value(u"summary"_s).toString();
        const QString middle = summary.mid(summary.size() / 2 - 2, 4);
        QString e = checkConditions(
            u"summary contains \"%1\""_s.arg(middle.toUpper()), [&](const QJsonObject &t) {
                return t.value(u"summary"_s).toString().contains(middle, Qt::CaseInsensitive);
            });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(
            u"summary not contains \"%1\""_s.arg(middle), [&](const QJsonObject &t) {
                return t.value(u"summary"_s).isString() &&
                       !t.value(u"summary"_s).toString().contains(middle, Qt::CaseInsensitive);
            });
        QVERIFY2(e.isEmpty(), qPrintable(e));

        const QStringList patterns{
            summary.left(5).toLower() + u'%',
            summary.left(5).toUpper() + u'*',
            u'%' + summary.right(4),
            summary.left(1) + u'_' + summary.mid(2, 3) + u'%',
            u'*' + middle + u'*',
            summary.toUpper(), // no wildcard: equality
        };
        for (const QString &pattern : patterns) {
            const QRegularExpression re = likePattern(pattern);
            e = checkConditions(u"summary like \"%1\""_s.arg(pattern), [&](const QJsonObject &t) {
                return t.value(u"summary"_s).isString() &&
                       re.match(t.value(u"summary"_s).toString()).hasMatch();
            });
            QVERIFY2(e.isEmpty(), qPrintable(pattern + u": "_s + e));
        }
        const QRegularExpression re = likePattern(summary.left(4) + u'%');
        e = checkConditions(u"summary not like \"%1%\""_s.arg(summary.left(4)),
                            [&](const QJsonObject &t) {
                                return t.value(u"summary"_s).isString() &&
                                       !re.match(t.value(u"summary"_s).toString()).hasMatch();
                            });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void booleans()
    {
        const QSet<int> closed =
            expect([](const QJsonObject &t) { return t.value(u"closedFlag"_s).toBool(false); });
        QVERIFY2(
            !closed.isEmpty() && closed.size() < TicketCount,
            qPrintable(u"%1 of %2 tickets closed: the data should have both"_s.arg(closed.size())
                           .arg(TicketCount)));
        QString e = checkConditions(u"closedFlag = true"_s, [](const QJsonObject &t) {
            return t.value(u"closedFlag"_s).toBool(false);
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"closedFlag = false"_s, [](const QJsonObject &t) {
            return t.value(u"closedFlag"_s).isBool() && !t.value(u"closedFlag"_s).toBool();
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"closedFlag != True"_s, [](const QJsonObject &t) {
            return t.value(u"closedFlag"_s).isBool() && !t.value(u"closedFlag"_s).toBool();
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void nullsFollowThreeValuedLogic()
    {
        const QString owner = str(m_sample, u"owner/identifier"_s);
        QVERIFY(!owner.isEmpty());
        QString e =
            checkConditions(u"owner/identifier != \"%1\""_s.arg(owner), [&](const QJsonObject &t) {
                const QJsonValue v = valueAt(t, u"owner/identifier"_s);
                return v.isString() && !ciEquals(v, owner);
            });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"owner/id = null"_s, [](const QJsonObject &t) {
            const QJsonValue v = valueAt(t, u"owner/id"_s);
            return v.isUndefined() || v.isNull();
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"owner/id != null"_s, [](const QJsonObject &t) {
            const QJsonValue v = valueAt(t, u"owner/id"_s);
            return !v.isUndefined() && !v.isNull();
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"owner/id > 0 or owner/id <= 0"_s, [](const QJsonObject &t) {
            const QJsonValue v = valueAt(t, u"owner/id"_s);
            return v.isDouble();
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void dates()
    {
        QList<QDateTime> entered;
        for (const auto &t : m_tickets)
            entered.append(parseInstant(str(t.toObject(), u"_info/dateEntered"_s)));
        std::sort(entered.begin(), entered.end());
        QVERIFY(entered.first().isValid());
        const QDateTime median = entered.at(entered.size() / 2);
        QVERIFY2(entered.first() < entered.last(), "all tickets entered at the same instant");
        const QString literal = median.toUTC().toString(Qt::ISODate);
        QString e =
            checkConditions(u"dateEntered > [%1]"_s.arg(literal), [&](const QJsonObject &t) {
                return parseInstant(str(t, u"_info/dateEntered"_s)) > median;
            });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"_info/dateEntered <= [%1]"_s.arg(literal), [&](const QJsonObject &t) {
            return parseInstant(str(t, u"_info/dateEntered"_s)) <= median;
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));

        QList<QDateTime> updated;
        for (const auto &t : m_tickets)
            updated.append(parseInstant(str(t.toObject(), u"_info/lastUpdated"_s)));
        std::sort(updated.begin(), updated.end());
        const QDateTime quartile = updated.at(updated.size() / 4);
        const QString q = quartile.toUTC().toString(Qt::ISODate);
        e = checkConditions(u"lastUpdated >= [%1]"_s.arg(q), [&](const QJsonObject &t) {
            return parseInstant(str(t, u"_info/lastUpdated"_s)) >= quartile;
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(u"_info/lastUpdated < [%1]"_s.arg(q), [&](const QJsonObject &t) {
            return parseInstant(str(t, u"_info/lastUpdated"_s)) < quartile;
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void precedenceAndParentheses()
    {
        const int board = valueAt(m_sample, u"board/id"_s).toInt();
        const int priority = valueAt(m_sample, u"priority/id"_s).toInt();
        QVERIFY(priority > 0);
        auto closed = [](const QJsonObject &t) {
            return t.value(u"closedFlag"_s).toBool();
        };
        auto onBoard = [&](const QJsonObject &t) {
            return valueAt(t, u"board/id"_s).toInt() == board;
        };
        auto withPriority = [&](const QJsonObject &t) {
            return valueAt(t, u"priority/id"_s).toInt() == priority;
        };
        QString e = checkConditions(
            u"closedFlag = true or board/id = %1 and priority/id = %2"_s.arg(board).arg(priority),
            [&](const QJsonObject &t) { return closed(t) || (onBoard(t) && withPriority(t)); });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(
            u"(closedFlag = true OR board/id = %1) AND priority/id = %2"_s.arg(board).arg(priority),
            [&](const QJsonObject &t) { return (closed(t) || onBoard(t)) && withPriority(t); });
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = checkConditions(
            u"((board/id = %1) and (closedFlag = false or (priority/id = %2 and id > 0)))"_s
                .arg(board)
                .arg(priority),
            [&](const QJsonObject &t) { return onBoard(t) && (!closed(t) || withPriority(t)); });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void docsExample()
    {
        // The shape of the connectwise-rest README example, with values from the data.
        const QString contact = str(m_sample, u"contact/name"_s);
        const QString summary = m_sample.value(u"summary"_s).toString();
        const QString word = summary.left(4);
        const QDateTime since = parseInstant(str(m_sample, u"_info/dateEntered"_s)).addDays(-1);
        const QString conditions =
            u"(contact/name like \"%1%\" and closedFlag = false) and dateEntered > [%2] or "
            "summary contains \"%3\" AND  summary != \"Some Summary\""_s.arg(
                contact.left(3), since.toString(Qt::ISODate), word);
        const QRegularExpression re = likePattern(contact.left(3) + u'%');
        const QString e = checkConditions(conditions, [&](const QJsonObject &t) {
            const QJsonValue name = valueAt(t, u"contact/name"_s);
            const bool left = name.isString() && re.match(name.toString()).hasMatch() &&
                              !t.value(u"closedFlag"_s).toBool() &&
                              parseInstant(str(t, u"_info/dateEntered"_s)) > since;
            const QString s = t.value(u"summary"_s).toString();
            const bool right = s.contains(word, Qt::CaseInsensitive) &&
                               s.compare(u"Some Summary"_s, Qt::CaseInsensitive) != 0;
            return left || right;
        });
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void customFieldConditions()
    {
        // A caption/value pair from the data.
        QString caption;
        QJsonValue value;
        for (const auto &f : m_sample.value(u"customFields"_s).toArray()) {
            const QJsonObject o = f.toObject();
            if (!o.value(u"value"_s).isNull() && !o.value(u"value"_s).isUndefined() &&
                !o.value(u"value"_s).isObject() && !o.value(u"value"_s).isArray()) {
                caption = o.value(u"caption"_s).toString();
                value = o.value(u"value"_s);
                break;
            }
        }
        QVERIFY2(!caption.isEmpty(), "sample ticket has no custom field with a scalar value");
        auto has = [&](const QJsonObject &t, const std::function<bool(const QJsonValue &)> &test) {
            for (const auto &f : t.value(u"customFields"_s).toArray()) {
                const QJsonObject o = f.toObject();
                if (ciEquals(o.value(u"caption"_s), caption) && test(o.value(u"value"_s)))
                    return true;
            }
            return false;
        };
        QSet<int> expected = expect([&](const QJsonObject &t) {
            return has(t, [&](const QJsonValue &v) { return jsonScalarEquals(v, value); });
        });
        QVERIFY(expected.contains(m_sample.value(u"id"_s).toInt()));
        const QString cond = u"caption=\"%1\" AND value = %2"_s.arg(caption, literal(value));
        QString e = checkQuery(u"/service/tickets"_s, {{u"customFieldConditions"_s, cond}},
                               expected, false);
        QVERIFY2(e.isEmpty(), qPrintable(cond + u": "_s + e));

        expected = expect([&](const QJsonObject &t) {
            return has(t, [](const QJsonValue &v) { return !v.isNull() && !v.isUndefined(); });
        });
        const QString notNull = u"caption = \"%1\" and value != null"_s.arg(caption.toLower());
        e = checkQuery(u"/service/tickets"_s, {{u"customFieldConditions"_s, notNull}}, expected,
                       false);
        QVERIFY2(e.isEmpty(), qPrintable(notNull + u": "_s + e));

        // Search body, both spellings of the property.
        for (const QString &key : {u"customFieldConditions"_s, u"customfieldconditions"_s}) {
            const HttpResult r = m_http.send(
                "POST", m_http.url(u"/service/tickets/search"_s, {{u"pageSize"_s, u"1000"_s}}),
                toJson(QJsonObject{{key, notNull}}));
            CW_CHECK_STATUS(r, 200);
            e = compareIdSets(expected, idSetOf(r.array()));
            QVERIFY2(e.isEmpty(), qPrintable(key + u": "_s + e));
        }
        // Combined with conditions.
        const int board = valueAt(m_sample, u"board/id"_s).toInt();
        const QSet<int> combined = expect([&](const QJsonObject &t) {
            return valueAt(t, u"board/id"_s).toInt() == board &&
                   has(t, [&](const QJsonValue &v) { return jsonScalarEquals(v, value); });
        });
        e = checkQuery(
            u"/service/tickets"_s,
            {{u"conditions"_s, u"board/id = %1"_s.arg(board)}, {u"customFieldConditions"_s, cond}},
            combined, false);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void childConditions()
    {
        // Tickets' child array is customFields: a child condition holds when one element
        // satisfies it.
        QString caption;
        QJsonValue value;
        for (const auto &f : m_sample.value(u"customFields"_s).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(u"value"_s).isString() || o.value(u"value"_s).isDouble()) {
                caption = o.value(u"caption"_s).toString();
                value = o.value(u"value"_s);
                break;
            }
        }
        QVERIFY2(!caption.isEmpty(), "sample ticket has no string/number custom field");
        const QSet<int> expected = expect([&](const QJsonObject &t) {
            for (const auto &f : t.value(u"customFields"_s).toArray()) {
                const QJsonObject o = f.toObject();
                if (ciEquals(o.value(u"caption"_s), caption) &&
                    jsonScalarEquals(o.value(u"value"_s), value))
                    return true;
            }
            return false;
        });
        const QString cond = u"customFields/caption = \"%1\" AND customFields/value = %2"_s.arg(
            caption, literal(value));
        QString e =
            checkQuery(u"/service/tickets"_s, {{u"childConditions"_s, cond}}, expected, false);
        QVERIFY2(e.isEmpty(), qPrintable(cond + u": "_s + e));
        for (const QString &key : {u"childConditions"_s, u"childconditions"_s}) {
            const HttpResult r = m_http.send(
                "POST", m_http.url(u"/service/tickets/search"_s, {{u"pageSize"_s, u"1000"_s}}),
                toJson(QJsonObject{{key, cond}}));
            CW_CHECK_STATUS(r, 200);
            e = compareIdSets(expected, idSetOf(r.array()));
            QVERIFY2(e.isEmpty(), qPrintable(key + u": "_s + e));
        }
    }

    void conditionsOnOtherCollections()
    {
        QJsonArray all;
        QString error;
        // knowledge base: title/issue search, as a client does it
        QVERIFY2(fetchAll(m_http, u"/service/knowledgeBaseArticles"_s, &all, &error),
                 qPrintable(error));
        QVERIFY(all.size() > 10);
        const QString title = all.at(7).toObject().value(u"title"_s).toString();
        const QString word = title.section(u' ', 0, 0).left(5);
        QVERIFY(!word.isEmpty());
        QSet<int> expected;
        for (const auto &a : all) {
            const QJsonObject o = a.toObject();
            if (o.value(u"title"_s).toString().contains(word, Qt::CaseInsensitive) ||
                o.value(u"issue"_s).toString().contains(word, Qt::CaseInsensitive))
                expected.insert(o.value(u"id"_s).toInt());
        }
        const QString kbCond = u"title contains \"%1\" or issue contains \"%1\""_s.arg(word);
        QString e =
            checkQuery(u"/service/knowledgeBaseArticles"_s, {{u"conditions"_s, kbCond}}, expected);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        // KB search endpoint, POST and GET
        const HttpResult post = m_http.send(
            "POST",
            m_http.url(u"/service/knowledgeBaseArticles/search"_s, {{u"pageSize"_s, u"1000"_s}}),
            toJson(QJsonObject{{u"conditions"_s, kbCond}}));
        CW_CHECK_STATUS(post, 200);
        e = compareIdSets(expected, idSetOf(post.array()));
        QVERIFY2(e.isEmpty(), qPrintable(u"POST KB search: "_s + e));
        const HttpResult get = m_http.get(u"/service/knowledgeBaseArticles/search"_s,
                                          {{u"conditions"_s, kbCond}, {u"pageSize"_s, u"1000"_s}});
        CW_CHECK_STATUS(get, 200);
        e = compareIdSets(expected, idSetOf(get.array()));
        QVERIFY2(e.isEmpty(), qPrintable(u"GET KB search: "_s + e));

        // companies by identifier (case-insensitive)
        QVERIFY2(fetchAll(m_http, u"/company/companies"_s, &all, &error), qPrintable(error));
        const QString identifier = all.at(5).toObject().value(u"identifier"_s).toString();
        expected.clear();
        for (const auto &c : all) {
            if (ciEquals(c.toObject().value(u"identifier"_s), identifier))
                expected.insert(c.toObject().value(u"id"_s).toInt());
        }
        e = checkQuery(u"/company/companies"_s,
                       {{u"conditions"_s, u"identifier = \"%1\""_s.arg(identifier.toLower())}},
                       expected);
        QVERIFY2(e.isEmpty(), qPrintable(e));

        // boards by name prefix
        QVERIFY2(fetchAll(m_http, u"/service/boards"_s, &all, &error), qPrintable(error));
        const QString prefix = all.at(0).toObject().value(u"name"_s).toString().left(3);
        const QRegularExpression re = likePattern(prefix + u'%');
        expected.clear();
        for (const auto &b : all) {
            if (re.match(b.toObject().value(u"name"_s).toString()).hasMatch())
                expected.insert(b.toObject().value(u"id"_s).toInt());
        }
        e = checkQuery(u"/service/boards"_s,
                       {{u"conditions"_s, u"name like \"%1%\""_s.arg(prefix)}}, expected);
        QVERIFY2(e.isEmpty(), qPrintable(e));

        // notes of a ticket by flag
        int ticketWithNotes = 0;
        QJsonArray notes;
        for (const int id : idsOf(m_tickets)) {
            QVERIFY2(fetchAll(m_http, u"/service/tickets/%1/notes"_s.arg(id), &notes, &error),
                     qPrintable(error));
            if (notes.size() >= 2) {
                ticketWithNotes = id;
                break;
            }
        }
        QVERIFY2(ticketWithNotes > 0, "no ticket has two notes");
        expected.clear();
        for (const auto &n : notes) {
            if (n.toObject().value(u"internalAnalysisFlag"_s).toBool(false))
                expected.insert(n.toObject().value(u"id"_s).toInt());
        }
        e = checkQuery(u"/service/tickets/%1/notes"_s.arg(ticketWithNotes),
                       {{u"conditions"_s, u"internalAnalysisFlag = true"_s}}, expected);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    // ---- orderBy ------------------------------------------------------------------------

    void orderByIdDesc()
    {
        QString error;
        const QList<int> ids = idsOf(ordered(u"id desc"_s, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY2(ids[i - 1] > ids[i],
                     qPrintable(u"id desc: %1 before %2"_s.arg(ids[i - 1]).arg(ids[i])));
    }

    void orderByTextIsCaseInsensitive()
    {
        QString error;
        const QJsonArray rows = ordered(u"summary asc"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QString a = rows[i - 1].toObject().value(u"summary"_s).toString();
            const QString b = rows[i].toObject().value(u"summary"_s).toString();
            QVERIFY2(QString::compare(a, b, Qt::CaseInsensitive) <= 0,
                     qPrintable(u"summary asc: '%1' before '%2'"_s.arg(a, b)));
        }
        const QJsonArray desc = ordered(u"company/name desc"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (qsizetype i = 1; i < desc.size(); ++i) {
            const QString a = str(desc[i - 1].toObject(), u"company/name"_s);
            const QString b = str(desc[i].toObject(), u"company/name"_s);
            QVERIFY2(QString::compare(a, b, Qt::CaseInsensitive) >= 0,
                     qPrintable(u"company/name desc: '%1' before '%2'"_s.arg(a, b)));
        }
    }

    void orderByMultipleAndNested()
    {
        QString error;
        const QJsonArray rows = ordered(u"board/name asc, priority/sort desc, id asc"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QJsonObject a = rows[i - 1].toObject();
            const QJsonObject b = rows[i].toObject();
            const int byBoard = QString::compare(str(a, u"board/name"_s), str(b, u"board/name"_s),
                                                 Qt::CaseInsensitive);
            QVERIFY2(byBoard <= 0, qPrintable(u"board/name out of order at %1"_s.arg(i)));
            if (byBoard < 0)
                continue;
            const QJsonValue pa = valueAt(a, u"priority/sort"_s);
            const QJsonValue pb = valueAt(b, u"priority/sort"_s);
            if (pa.isDouble() && pb.isDouble()) {
                QVERIFY2(pa.toDouble() >= pb.toDouble(),
                         qPrintable(u"priority/sort desc out of order at %1 (%2 then %3)"_s.arg(i)
                                        .arg(pa.toDouble())
                                        .arg(pb.toDouble())));
                if (pa.toDouble() == pb.toDouble())
                    QVERIFY2(a.value(u"id"_s).toInt() < b.value(u"id"_s).toInt(),
                             qPrintable(u"id asc tie-break out of order at %1"_s.arg(i)));
            }
        }
        // the same multi-key order over pages equals the single page
        QList<int> paged;
        for (int page = 1; page <= 6; ++page) {
            const HttpResult r =
                m_http.get(u"/service/tickets"_s,
                           {{u"orderBy"_s, u"board/name asc, priority/sort desc, id asc"_s},
                            {u"pageSize"_s, u"50"_s},
                            {u"page"_s, QString::number(page)}});
            CW_CHECK_STATUS(r, 200);
            paged += idsOf(r.array());
        }
        QCOMPARE(paged, idsOf(rows));
    }

    // ---- fields -------------------------------------------------------------------------

    void sparseFields()
    {
        const QMap<int, QJsonObject> full = byId(m_tickets);
        const HttpResult r = m_http.get(
            u"/service/tickets"_s, {{u"fields"_s, u"id,summary,status/name,board/id,board/name"_s},
                                    {u"pageSize"_s, u"1000"_s}});
        CW_CHECK_STATUS(r, 200);
        QCOMPARE(r.array().size(), TicketCount);
        for (const auto &item : r.array()) {
            const QJsonObject o = item.toObject();
            const QJsonObject f = full.value(o.value(u"id"_s).toInt());
            QVERIFY2(!f.isEmpty(), qPrintable(u"unknown id in "_s + QString::fromUtf8(toJson(o))));
            QStringList keys = o.keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{u"board"_s, u"id"_s, u"status"_s, u"summary"_s}));
            QCOMPARE(o.value(u"status"_s).toObject().keys(), QStringList{u"name"_s});
            QStringList boardKeys = o.value(u"board"_s).toObject().keys();
            boardKeys.sort();
            QCOMPARE(boardKeys, (QStringList{u"id"_s, u"name"_s}));
            QCOMPARE(o.value(u"summary"_s), f.value(u"summary"_s));
            QCOMPARE(valueAt(o, u"status/name"_s), valueAt(f, u"status/name"_s));
            QCOMPARE(valueAt(o, u"board/name"_s), valueAt(f, u"board/name"_s));
            OpenApiSchema::Options lenient;
            lenient.checkRequired = false;
            const QStringList problems =
                OpenApiSchema::reference().validate(o, u"Ticket"_s, lenient);
            QVERIFY2(problems.isEmpty(), qPrintable(summarizeProblems(problems)));
        }
        // id is not added unless asked for
        const HttpResult onlySummary = m_http.get(
            u"/service/tickets"_s, {{u"fields"_s, u"summary"_s}, {u"pageSize"_s, u"10"_s}});
        CW_CHECK_STATUS(onlySummary, 200);
        QCOMPARE(onlySummary.array().size(), 10);
        for (const auto &item : onlySummary.array())
            QCOMPARE(item.toObject().keys(), QStringList{u"summary"_s});
        // by id, and on POST search
        const int id = m_sample.value(u"id"_s).toInt();
        const HttpResult one =
            m_http.get(u"/service/tickets/%1"_s.arg(id), {{u"fields"_s, u"id,owner/identifier"_s}});
        CW_CHECK_STATUS(one, 200);
        QCOMPARE(
            one.object(),
            (QJsonObject{{u"id"_s, id},
                         {u"owner"_s, QJsonObject{{u"identifier"_s,
                                                   valueAt(m_sample, u"owner/identifier"_s)}}}}));
        const HttpResult search = m_http.send(
            "POST", m_http.url(u"/service/tickets/search"_s, {{u"fields"_s, u"id,closedFlag"_s}}),
            toJson(QJsonObject{{u"conditions"_s, u"id = %1"_s.arg(id)}}));
        CW_CHECK_STATUS(search, 200);
        QCOMPARE(search.array().size(), 1);
        QCOMPARE(search.array().at(0).toObject(),
                 (QJsonObject{{u"id"_s, id}, {u"closedFlag"_s, m_sample.value(u"closedFlag"_s)}}));
    }

    void fieldsDoNotChangeMatches()
    {
        const Params cond{{u"conditions"_s, u"closedFlag = false"_s}};
        const HttpResult a = m_http.get(u"/service/tickets/count"_s, cond);
        const HttpResult b =
            m_http.get(u"/service/tickets/count"_s, cond + Params{{u"fields"_s, u"summary"_s}});
        CW_CHECK_STATUS(a, 200);
        CW_CHECK_STATUS(b, 200);
        QCOMPARE(b.object(), a.object());
        const HttpResult list =
            m_http.get(u"/service/tickets"_s,
                       cond + Params{{u"fields"_s, u"summary"_s}, {u"pageSize"_s, u"1000"_s}});
        CW_CHECK_STATUS(list, 200);
        QCOMPARE(list.array().size(), a.object().value(u"count"_s).toInt());
    }

    // ---- paging -------------------------------------------------------------------------

    void defaultPageSizeIs25()
    {
        const HttpResult r = m_http.get(u"/service/tickets"_s);
        CW_CHECK_STATUS(r, 200);
        QCOMPARE(r.array().size(), 25);
        const HttpResult kb = m_http.get(u"/service/knowledgeBaseArticles"_s);
        CW_CHECK_STATUS(kb, 200);
        QCOMPARE(kb.array().size(), 25);
    }

    void pagesPartitionTheList()
    {
        QString error;
        const QList<int> all = idsOf(ordered(u"id asc"_s, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpResult p3 = m_http.get(
            u"/service/tickets"_s,
            {{u"orderBy"_s, u"id asc"_s}, {u"pageSize"_s, u"50"_s}, {u"page"_s, u"3"_s}});
        CW_CHECK_STATUS(p3, 200);
        QCOMPARE(idsOf(p3.array()), all.mid(100, 50));
        // Without orderBy, the pages still visit every record exactly once.
        QList<int> seen;
        for (int page = 1; page <= 13; ++page) {
            const HttpResult r =
                m_http.get(u"/service/tickets"_s,
                           {{u"pageSize"_s, u"25"_s}, {u"page"_s, QString::number(page)}});
            CW_CHECK_STATUS(r, 200);
            seen += idsOf(r.array());
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, all);
        // Past the end: 200 []
        const HttpResult past =
            m_http.get(u"/service/tickets"_s, {{u"pageSize"_s, u"50"_s}, {u"page"_s, u"7"_s}});
        CW_CHECK_STATUS(past, 200);
        QVERIFY2(past.isJsonArray() && past.array().isEmpty(), qPrintable(past.describe()));
        const HttpResult farPast = m_http.get(u"/service/tickets"_s, {{u"page"_s, u"100000"_s}});
        CW_CHECK_STATUS(farPast, 200);
        QVERIFY2(farPast.isJsonArray() && farPast.array().isEmpty(),
                 qPrintable(farPast.describe()));
    }

    void linkHeader()
    {
        // Filter on the larger of open / closed tickets so that there are several pages.
        const int closedCount = expect([](const QJsonObject &t) {
                                    return t.value(u"closedFlag"_s).toBool(false);
                                }).size();
        const bool wantClosed = closedCount * 2 >= TicketCount;
        const QString closed = wantClosed ? u"closedFlag = true"_s : u"closedFlag = false"_s;
        const int total = wantClosed ? closedCount : expect([](const QJsonObject &t) {
                                                         return t.value(u"closedFlag"_s).isBool() &&
                                                                !t.value(u"closedFlag"_s).toBool();
                                                     }).size();
        QVERIFY(total > 40);
        const int pageSize = 20;
        const int lastPage = (total + pageSize - 1) / pageSize;
        const HttpResult p2 =
            m_http.get(u"/service/tickets"_s, {{u"conditions"_s, closed},
                                               {u"pageSize"_s, QString::number(pageSize)},
                                               {u"page"_s, u"2"_s}});
        CW_CHECK_STATUS(p2, 200);
        const QByteArray link = p2.header("Link");
        QVERIFY2(!link.isEmpty(), "no Link header on page 2");
        const QMap<QString, int> expectedPages{
            {u"first"_s, 1}, {u"prev"_s, 1}, {u"next"_s, 3}, {u"last"_s, lastPage}};
        for (auto it = expectedPages.cbegin(); it != expectedPages.cend(); ++it) {
            const QString url = linkFor(link, it.key());
            QVERIFY2(!url.isEmpty(),
                     qPrintable(u"no rel=%1 in Link: "_s.arg(it.key()) + QString::fromUtf8(link)));
            QVERIFY2(
                trailingPageNumber(url) == it.value(),
                qPrintable(
                    u"rel=%1 should end in page=%2: %3"_s.arg(it.key()).arg(it.value()).arg(url)));
            QVERIFY2(url.startsWith(m_sandbox.baseUrlString() + u"/service/tickets?"_s),
                     qPrintable(u"rel=%1 URL: "_s.arg(it.key()) + url));
            const QUrlQuery query(QUrl(url).query(QUrl::FullyEncoded));
            QCOMPARE(query.queryItemValue(u"pageSize"_s, QUrl::FullyDecoded),
                     QString::number(pageSize));
            QCOMPARE(query.queryItemValue(u"conditions"_s, QUrl::FullyDecoded), closed);
        }
        // pyconnectwise's regex must find every rel
        static const QRegularExpression py(u"page=(\\d+)>; rel=\"(.*?)\""_s);
        int matches = 0;
        for (auto it = py.globalMatch(QString::fromUtf8(link)); it.hasNext(); it.next())
            ++matches;
        QCOMPARE(matches, 4);

        // first page: no prev; last page: no next
        const HttpResult p1 =
            m_http.get(u"/service/tickets"_s,
                       {{u"conditions"_s, closed}, {u"pageSize"_s, QString::number(pageSize)}});
        CW_CHECK_STATUS(p1, 200);
        QVERIFY2(linkFor(p1.header("Link"), u"prev"_s).isEmpty(), p1.header("Link").constData());
        QCOMPARE(trailingPageNumber(linkFor(p1.header("Link"), u"next"_s)), 2);
        const HttpResult pl =
            m_http.get(u"/service/tickets"_s, {{u"conditions"_s, closed},
                                               {u"pageSize"_s, QString::number(pageSize)},
                                               {u"page"_s, QString::number(lastPage)}});
        CW_CHECK_STATUS(pl, 200);
        QVERIFY2(linkFor(pl.header("Link"), u"next"_s).isEmpty(), pl.header("Link").constData());
        QCOMPARE(trailingPageNumber(linkFor(pl.header("Link"), u"prev"_s)), lastPage - 1);

        // following rel=next from page 1 visits every matching record once
        QList<int> seen = idsOf(p1.array());
        QString next = linkFor(p1.header("Link"), u"next"_s);
        int hops = 0;
        while (!next.isEmpty() && hops++ < 100) {
            const HttpResult r = m_http.get(next);
            CW_CHECK_STATUS(r, 200);
            seen += idsOf(r.array());
            next = linkFor(r.header("Link"), u"next"_s);
        }
        QCOMPARE(int(seen.size()), total);
        QCOMPARE(int(QSet<int>(seen.begin(), seen.end()).size()), total);
    }

    void forwardOnlyPaging()
    {
        const Headers fo{{"pagination-type", "forward-only"}};
        QList<int> seen;
        QString url = m_http.url(u"/service/tickets"_s, {{u"pageSize"_s, u"70"_s}}).toString();
        int pages = 0;
        while (!url.isEmpty() && pages++ < 50) {
            const HttpResult r = m_http.send("GET", QUrl(url), {}, fo);
            CW_CHECK_STATUS(r, 200);
            // QNetworkReply drops a header whose value is empty: look at the raw response.
            const RawResult raw = rawGet(QUrl(url), fo);
            QVERIFY2(raw.status() == 200 && raw.hasHeader("Link"),
                     qPrintable(u"forward-only response without a Link header: "_s +
                                QString::fromLatin1(raw.response.left(400))));
            const QList<int> ids = idsOf(r.array());
            QVERIFY2(std::is_sorted(ids.begin(), ids.end()), "forward-only page not in id order");
            if (!seen.isEmpty() && !ids.isEmpty())
                QVERIFY2(ids.first() > seen.last(), "forward-only page went backwards");
            seen += ids;
            const QString next = linkFor(r.header("Link"), u"next"_s);
            if (!next.isEmpty()) {
                QCOMPARE(int(ids.size()), 70);
                QVERIFY2(QUrlQuery(QUrl(next)).queryItemValue(u"pageId"_s) ==
                             QString::number(ids.last()),
                         qPrintable(
                             u"next link should carry pageId=%1: %2"_s.arg(ids.last()).arg(next)));
            } else {
                QVERIFY2(raw.header("Link").trimmed().isEmpty(),
                         qPrintable(u"last forward-only page: Link should be empty, is "_s +
                                    QString::fromUtf8(raw.header("Link"))));
            }
            url = next;
        }
        QList<int> all = idsOf(m_tickets);
        std::sort(all.begin(), all.end());
        QCOMPARE(seen, all);

        // pageId means id > pageId; `page` is ignored; conditions apply.
        const int pivot = all.at(100);
        const HttpResult r = m_http.get(u"/service/tickets"_s,
                                        {{u"pageId"_s, QString::number(pivot)},
                                         {u"page"_s, u"3"_s},
                                         {u"pageSize"_s, u"10"_s},
                                         {u"conditions"_s, u"closedFlag = false"_s}},
                                        fo);
        CW_CHECK_STATUS(r, 200);
        QList<int> expected;
        for (const auto &t : m_tickets) {
            const QJsonObject o = t.toObject();
            if (o.value(u"id"_s).toInt() > pivot && !o.value(u"closedFlag"_s).toBool())
                expected.append(o.value(u"id"_s).toInt());
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(idsOf(r.array()), expected.mid(0, 10));

        // orderBy is refused with forward-only paging
        const HttpResult refused =
            m_http.get(u"/service/tickets"_s, {{u"orderBy"_s, u"id desc"_s}}, fo);
        CW_CHECK_STATUS(refused, 400);
        CW_CHECK_SCHEMA(refused.json(), u"ErrorResponseMessage"_s, refused.describe());
    }

    void pageSizeIsClampedTo1000()
    {
        SandboxProcess big;
        HttpClient http;
        QString error;
        QVERIFY2(startSandbox(big, http, {u"--tickets"_s, u"1100"_s, u"--seed"_s, u"5"_s}, &error),
                 qPrintable(error));
        const HttpResult count = http.get(u"/service/tickets/count"_s);
        CW_CHECK_STATUS(count, 200);
        QCOMPARE(count.object().value(u"count"_s).toInt(), 1100);
        const HttpResult huge =
            http.get(u"/service/tickets"_s, {{u"pageSize"_s, u"5000"_s}, {u"fields"_s, u"id"_s}});
        CW_CHECK_STATUS(huge, 200);
        QCOMPARE(huge.array().size(), 1000);
        const HttpResult second =
            http.get(u"/service/tickets"_s,
                     {{u"pageSize"_s, u"1000"_s}, {u"page"_s, u"2"_s}, {u"fields"_s, u"id"_s}});
        CW_CHECK_STATUS(second, 200);
        QCOMPARE(second.array().size(), 100);
        QCOMPARE(trailingPageNumber(linkFor(huge.header("Link"), u"last"_s)), 2);
        QVERIFY2(big.stop(), qPrintable(big.errorString()));
    }

    // Runs last: most checked conditions must have selected some but
    // not all tickets, or the comparisons above prove little.
    void conditionsWereSelective()
    {
        QVERIFY(m_checked.size() >= 30);
        QStringList trivial;
        for (const auto &[conditions, n] : m_checked) {
            if (n == 0 || n == TicketCount)
                trivial.append(u"%1 (%2)"_s.arg(conditions.left(80)).arg(n));
        }
        QVERIFY2(
            trivial.size() * 5 <= m_checked.size(),
            qPrintable(u"%1 of %2 conditions matched nothing or everything: "_s.arg(trivial.size())
                           .arg(m_checked.size()) +
                       trivial.join(u"; "_s)));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestConformanceQuery)
#include "test_conformance_query.moc"
