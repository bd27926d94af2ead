// Conformance of the sandbox's write side: POST 201 / PUT 200 / PATCH 200 / DELETE 204 on every
// writable collection, ticket validation (InvalidObject errors naming the field), JSON Patch
// forms, closedFlag following the status, strictly increasing lastUpdated, cascading deletes.
#include "conformance.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QJsonObject ref(int id)
{
    return QJsonObject{{u"id"_s, id}};
}

QJsonObject op(const QString &operation, const QString &path, const QJsonValue &value = {})
{
    QJsonObject o{{u"op"_s, operation}, {u"path"_s, path}};
    if (operation != u"remove"_s)
        o.insert(u"value"_s, value);
    return o;
}

// "key: old -> new" for every top-level property (other than _info) that differs.
QStringList changedProperties(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    QStringList changed;
    for (const QString &key : keys) {
        if (key != u"_info"_s && withoutInfo(before.value(key)) != withoutInfo(after.value(key)))
            changed.append(u"%1: %2 -> %3"_s.arg(
                key, QString::fromUtf8(toJson(withoutInfo(before.value(key)))),
                QString::fromUtf8(toJson(withoutInfo(after.value(key))))));
    }
    changed.sort();
    return changed;
}

bool absentOrNull(const QJsonObject &o, const QString &key)
{
    return !o.contains(key) || o.value(key).isNull();
}

} // namespace

class TestConformanceWrite : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    HttpClient m_http;
    QMap<int, QJsonObject> m_boards;
    QMap<int, QJsonObject> m_companies;
    QMap<int, QJsonObject> m_contacts;
    QMap<int, QJsonObject> m_members;
    QMap<int, QJsonObject> m_configurations;
    QJsonArray m_tickets;
    int m_board = 0;
    int m_otherBoard = 0;
    QJsonObject m_openStatus;
    QJsonObject m_closedStatus;
    QJsonObject m_otherBoardStatus;
    int m_type = 0;
    int m_subType = 0;
    int m_team = 0;
    int m_priority = 0;
    int m_source = 0;
    int m_location = 0;
    int m_company = 0;
    int m_contact = 0;
    int m_member = 0;
    int m_otherMember = 0;

    QMap<int, QJsonObject> fetchMap(const QString &path)
    {
        QJsonArray all;
        QString error;
        if (!fetchAll(m_http, path, &all, &error))
            qWarning("%s", qPrintable(error));
        return byId(all);
    }

    int count(const QString &path)
    {
        return m_http.get(path + u"/count"_s).object().value(u"count"_s).toInt(-1);
    }

    QJsonObject fullTicketBody(const QString &summary) const
    {
        return QJsonObject{{u"summary"_s, summary},
                           {u"company"_s, ref(m_company)},
                           {u"contact"_s, ref(m_contact)},
                           {u"board"_s, ref(m_board)},
                           {u"status"_s, ref(m_openStatus.value(u"id"_s).toInt())},
                           {u"type"_s, ref(m_type)},
                           {u"subType"_s, ref(m_subType)},
                           {u"team"_s, ref(m_team)},
                           {u"owner"_s, ref(m_member)},
                           {u"priority"_s, ref(m_priority)},
                           {u"source"_s, ref(m_source)},
                           {u"serviceLocation"_s, ref(m_location)}};
    }

    // Creates a ticket and returns it (empty object on failure, after QFAIL-style reporting).
    QJsonObject createTicket(const QJsonObject &body)
    {
        const HttpResult r = m_http.post(u"/service/tickets"_s, body);
        if (r.status != 201) {
            qWarning("%s", qPrintable(statusMismatch(r, 201)));
            return {};
        }
        return r.object();
    }

    QString lastUpdated(const QJsonObject &o) const
    {
        return valueAt(o, u"_info/lastUpdated"_s).toString();
    }

    // 400 InvalidObject whose errors name `field`; optionally with error code `code`.
    QString checkInvalid(const HttpResult &r, const QString &field, const QString &code = {},
                         const QString &resource = u"ticket"_s)
    {
        if (r.status != 400)
            return statusMismatch(r, 400);
        const QStringList problems =
            OpenApiSchema::reference().validate(r.json(), u"ErrorResponseMessage"_s);
        if (!problems.isEmpty())
            return u"error body does not conform:"_s + summarizeProblems(problems) + r.describe();
        const QJsonObject o = r.object();
        if (o.value(u"code"_s).toString() != u"InvalidObject"_s)
            return u"code should be InvalidObject: "_s + r.describe();
        if (resource == u"ticket"_s &&
            o.value(u"message"_s).toString() != u"ticket object is invalid"_s)
            return u"message should be 'ticket object is invalid': "_s + r.describe();
        for (const auto &e : o.value(u"errors"_s).toArray()) {
            const QJsonObject err = e.toObject();
            if (err.value(u"field"_s).toString().compare(field, Qt::CaseInsensitive) != 0)
                continue;
            if (!code.isEmpty() && err.value(u"code"_s).toString() != code)
                return u"error for %1 should have code %2: "_s.arg(field, code) + r.describe();
            if (err.value(u"resource"_s).toString().compare(resource, Qt::CaseInsensitive) != 0)
                return u"error for %1 should name resource %2: "_s.arg(field, resource) +
                       r.describe();
            if (err.value(u"message"_s).toString().isEmpty())
                return u"error for %1 has no message: "_s.arg(field) + r.describe();
            return {};
        }
        return u"no error names field '%1': "_s.arg(field) + r.describe();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startSandbox(m_sandbox, m_http, {u"--tickets"_s, u"300"_s, u"--seed"_s, u"31"_s},
                              &error),
                 qPrintable(error));
        QVERIFY2(fetchAll(m_http, u"/service/tickets"_s, &m_tickets, &error), qPrintable(error));
        m_boards = fetchMap(u"/service/boards"_s);
        QVERIFY(m_boards.size() >= 2);
        m_board = m_boards.firstKey();
        m_otherBoard = m_boards.lastKey();
        for (const auto &s : fetchMap(u"/service/boards/%1/statuses"_s.arg(m_board))) {
            if (s.value(u"closedStatus"_s).toBool() && m_closedStatus.isEmpty())
                m_closedStatus = s;
            if (!s.value(u"closedStatus"_s).toBool() && m_openStatus.isEmpty())
                m_openStatus = s;
        }
        QVERIFY(!m_openStatus.isEmpty() && !m_closedStatus.isEmpty());
        const auto other = fetchMap(u"/service/boards/%1/statuses"_s.arg(m_otherBoard));
        QVERIFY(!other.isEmpty());
        m_otherBoardStatus = other.first();
        m_type = fetchMap(u"/service/boards/%1/types"_s.arg(m_board)).firstKey();
        m_subType = fetchMap(u"/service/boards/%1/subtypes"_s.arg(m_board)).firstKey();
        m_team = fetchMap(u"/service/boards/%1/teams"_s.arg(m_board)).firstKey();
        m_priority = fetchMap(u"/service/priorities"_s).lastKey();
        m_source = fetchMap(u"/service/sources"_s).firstKey();
        m_location = fetchMap(u"/service/locations"_s).firstKey();
        m_companies = fetchMap(u"/company/companies"_s);
        m_contacts = fetchMap(u"/company/contacts"_s);
        m_members = fetchMap(u"/system/members"_s);
        m_configurations = fetchMap(u"/company/configurations"_s);
        QVERIFY(m_members.size() >= 2 && !m_contacts.isEmpty() && m_configurations.size() >= 3);
        m_member = m_members.firstKey();
        m_otherMember = m_members.lastKey();
        m_contact = m_contacts.firstKey();
        m_company = valueAt(m_contacts.first(), u"company/id"_s).toInt();
        QVERIFY(m_companies.contains(m_company));
    }

    void cleanupTestCase() { QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); }

    // ---- tickets ------------------------------------------------------------------------

    void createMinimalTicket()
    {
        const int before = count(u"/service/tickets"_s);
        const QJsonObject body{{u"summary"_s, u"Minimal ticket"_s}, {u"company"_s, ref(m_company)}};
        const HttpResult r = m_http.post(u"/service/tickets"_s, body);
        CW_CHECK_STATUS(r, 201);
        CW_CHECK_SCHEMA(r.json(), u"Ticket"_s, r.describe());
        const QJsonObject t = r.object();
        QVERIFY2(t.value(u"id"_s).toInt() > idsOf(m_tickets).last(), r.body.constData());
        QCOMPARE(t.value(u"summary"_s).toString(), u"Minimal ticket"_s);
        CW_CHECK_EMPTY(referenceProblems(t.value(u"company"_s), u"company"_s, true),
                       u"created ticket"_s);
        QCOMPARE(valueAt(t, u"company/identifier"_s),
                 m_companies.value(m_company).value(u"identifier"_s));
        CW_CHECK_EMPTY(infoProblems(t, u"created ticket"_s), u"created ticket"_s);
        const HttpResult again = m_http.get(u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt()));
        CW_CHECK_STATUS(again, 200);
        QCOMPARE(again.object(), t);
        QCOMPARE(count(u"/service/tickets"_s), before + 1);
    }

    void createFullTicket()
    {
        const QJsonObject t = createTicket(fullTicketBody(u"Full ticket"_s));
        QVERIFY(!t.isEmpty());
        CW_CHECK_SCHEMA(t, u"Ticket"_s, u"created ticket"_s);
        const QList<std::pair<QString, int>> refs{
            {u"company"_s, m_company},
            {u"contact"_s, m_contact},
            {u"board"_s, m_board},
            {u"status"_s, m_openStatus.value(u"id"_s).toInt()},
            {u"type"_s, m_type},
            {u"subType"_s, m_subType},
            {u"team"_s, m_team},
            {u"owner"_s, m_member},
            {u"priority"_s, m_priority},
            {u"source"_s, m_source},
            {u"serviceLocation"_s, m_location}};
        for (const auto &[key, id] : refs) {
            QVERIFY2(valueAt(t, key + u"/id"_s).toInt() == id,
                     qPrintable(key + u": "_s + QString::fromUtf8(toJson(t.value(key)))));
            CW_CHECK_EMPTY(
                referenceProblems(t.value(key), key, key == u"company"_s || key == u"owner"_s),
                u"created ticket"_s);
        }
        QCOMPARE(valueAt(t, u"board/name"_s), m_boards.value(m_board).value(u"name"_s));
        QCOMPARE(valueAt(t, u"status/name"_s), m_openStatus.value(u"name"_s));
        QCOMPARE(valueAt(t, u"owner/identifier"_s),
                 m_members.value(m_member).value(u"identifier"_s));
        QCOMPARE(t.value(u"closedFlag"_s).toBool(true), false);

        QJsonObject closedBody = fullTicketBody(u"Created closed"_s);
        closedBody.insert(u"status"_s, ref(m_closedStatus.value(u"id"_s).toInt()));
        const QJsonObject closed = createTicket(closedBody);
        QVERIFY(!closed.isEmpty());
        QCOMPARE(closed.value(u"closedFlag"_s), QJsonValue(true));
    }

    void ticketValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        const QJsonObject ok{{u"summary"_s, u"Valid"_s}, {u"company"_s, ref(1)}};
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject o = ok;
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        };
        QTest::newRow("missing summary") << with(u"summary"_s, QJsonValue::Undefined)
                                         << u"summary"_s << u"MissingRequiredField"_s;
        QTest::newRow("summary too long")
            << with(u"summary"_s, QString(101, u'x')) << u"summary"_s << u"InvalidField"_s;
        QTest::newRow("summary not a string")
            << with(u"summary"_s, 42) << u"summary"_s << QString();
        QTest::newRow("missing company") << with(u"company"_s, QJsonValue::Undefined)
                                         << u"company"_s << u"MissingRequiredField"_s;
        QTest::newRow("unknown company")
            << with(u"company"_s, ref(99999999)) << u"company"_s << QString();
        QTest::newRow("company not an object")
            << with(u"company"_s, u"ACME"_s) << u"company"_s << QString();
        QTest::newRow("unknown board")
            << with(u"board"_s, ref(99999999)) << u"board"_s << QString();
        QTest::newRow("unknown priority")
            << with(u"priority"_s, ref(99999999)) << u"priority"_s << QString();
        QTest::newRow("unknown owner")
            << with(u"owner"_s, ref(99999999)) << u"owner"_s << QString();
        QTest::newRow("unknown contact")
            << with(u"contact"_s, ref(99999999)) << u"contact"_s << QString();
        QTest::newRow("unknown status")
            << with(u"status"_s, ref(99999999)) << u"status"_s << QString();
    }

    void ticketValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, code);
        if (body.contains(u"company"_s) &&
            body.value(u"company"_s).toObject().value(u"id"_s).toInt() == 1)
            body.insert(u"company"_s, ref(m_company));
        const int before = count(u"/service/tickets"_s);
        const QString e = checkInvalid(m_http.post(u"/service/tickets"_s, body), field, code);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(count(u"/service/tickets"_s), before);
    }

    void statusMustBelongToBoard()
    {
        QJsonObject body = fullTicketBody(u"Wrong status"_s);
        body.insert(u"status"_s, ref(m_otherBoardStatus.value(u"id"_s).toInt()));
        const int before = count(u"/service/tickets"_s);
        QString e = checkInvalid(m_http.post(u"/service/tickets"_s, body), u"status"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(count(u"/service/tickets"_s), before);

        const QJsonObject t = createTicket(fullTicketBody(u"Status check"_s));
        QVERIFY(!t.isEmpty());
        const QString path = u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt());
        e = checkInvalid(
            m_http.patch(path, QJsonArray{op(u"replace"_s, u"status"_s,
                                             ref(m_otherBoardStatus.value(u"id"_s).toInt()))}),
            u"status"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(m_http.get(path).object(), t);
    }

    // A ticket's item is one of its board's items, as its status is.
    void itemMustBelongToBoard()
    {
        const auto own = fetchMap(u"/service/boards/%1/items"_s.arg(m_board));
        const auto other = fetchMap(u"/service/boards/%1/items"_s.arg(m_otherBoard));
        QVERIFY(!own.isEmpty() && !other.isEmpty());
        const QJsonObject t = createTicket(fullTicketBody(u"Item check"_s));
        QVERIFY(!t.isEmpty());
        const QString path = u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt());
        const QString e = checkInvalid(
            m_http.patch(path, QJsonArray{op(u"replace"_s, u"item"_s, ref(other.firstKey()))}),
            u"item"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(m_http.get(path).object(), t);
        const HttpResult set =
            m_http.patch(path, QJsonArray{op(u"replace"_s, u"item"_s, ref(own.firstKey()))});
        CW_CHECK_STATUS(set, 200);
        QCOMPARE(set.object().value(u"item"_s).toObject().value(u"id"_s).toInt(), own.firstKey());
        QCOMPARE(set.object().value(u"item"_s).toObject().value(u"name"_s).toString(),
                 own.first().value(u"name"_s).toString());
    }

    void putReplacesTheTicket()
    {
        const QJsonObject t = createTicket(fullTicketBody(u"Before PUT"_s));
        QVERIFY(!t.isEmpty());
        const int id = t.value(u"id"_s).toInt();
        const QString path = u"/service/tickets/%1"_s.arg(id);
        const QJsonObject replacement{{u"summary"_s, u"After PUT"_s},
                                      {u"company"_s, ref(m_company)},
                                      {u"board"_s, ref(m_board)},
                                      {u"status"_s, ref(m_closedStatus.value(u"id"_s).toInt())}};
        const HttpResult r = m_http.put(path, replacement);
        CW_CHECK_STATUS(r, 200);
        CW_CHECK_SCHEMA(r.json(), u"Ticket"_s, r.describe());
        const QJsonObject after = r.object();
        QCOMPARE(after.value(u"id"_s).toInt(), id);
        QCOMPARE(after.value(u"summary"_s).toString(), u"After PUT"_s);
        QVERIFY2(absentOrNull(after, u"owner"_s),
                 qPrintable(u"PUT without owner kept it: "_s + r.describe()));
        QVERIFY2(absentOrNull(after, u"contact"_s),
                 qPrintable(u"PUT without contact kept it: "_s + r.describe()));
        QCOMPARE(after.value(u"closedFlag"_s), QJsonValue(true));
        QCOMPARE(valueAt(after, u"_info/dateEntered"_s), valueAt(t, u"_info/dateEntered"_s));
        QVERIFY2(parseInstant(lastUpdated(after)) > parseInstant(lastUpdated(t)),
                 qPrintable(lastUpdated(t) + u" -> "_s + lastUpdated(after)));
        QCOMPARE(m_http.get(path).object(), after);

        // an invalid PUT changes nothing
        const QString e =
            checkInvalid(m_http.put(path, QJsonObject{{u"company"_s, ref(m_company)}}),
                         u"summary"_s, u"MissingRequiredField"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(m_http.get(path).object(), after);
    }

    void patchForms()
    {
        const QJsonObject t = createTicket(fullTicketBody(u"Patch me"_s));
        QVERIFY(!t.isEmpty());
        const QString path = u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt());
        QString previous = lastUpdated(t);
        auto patch = [&](const QJsonArray &ops) -> QJsonObject {
            const HttpResult r = m_http.patch(path, ops);
            if (r.status != 200) {
                qWarning("%s", qPrintable(statusMismatch(r, 200)));
                return {};
            }
            const QStringList problems = OpenApiSchema::reference().validate(r.json(), u"Ticket"_s);
            if (!problems.isEmpty()) {
                qWarning("%s", qPrintable(summarizeProblems(problems)));
                return {};
            }
            const QJsonObject o = r.object();
            if (!(parseInstant(lastUpdated(o)) > parseInstant(previous))) {
                qWarning("lastUpdated did not increase: %s -> %s", qPrintable(previous),
                         qPrintable(lastUpdated(o)));
                return {};
            }
            previous = lastUpdated(o);
            if (m_http.get(path).object() != o) {
                qWarning("GET after PATCH differs from the PATCH response");
                return {};
            }
            return o;
        };
        QJsonObject o = patch({op(u"replace"_s, u"summary"_s, u"Plain path"_s)});
        QCOMPARE(o.value(u"summary"_s).toString(), u"Plain path"_s);
        o = patch({op(u"replace"_s, u"/summary"_s, u"Pointer path"_s)});
        QCOMPARE(o.value(u"summary"_s).toString(), u"Pointer path"_s);

        o = patch({op(u"replace"_s, u"status"_s, ref(m_closedStatus.value(u"id"_s).toInt()))});
        QCOMPARE(valueAt(o, u"status/id"_s).toInt(), m_closedStatus.value(u"id"_s).toInt());
        QCOMPARE(valueAt(o, u"status/name"_s), m_closedStatus.value(u"name"_s));
        QCOMPARE(o.value(u"closedFlag"_s), QJsonValue(true));
        o = patch({op(u"replace"_s, u"status/id"_s, m_openStatus.value(u"id"_s).toInt())});
        QCOMPARE(valueAt(o, u"status/id"_s).toInt(), m_openStatus.value(u"id"_s).toInt());
        QCOMPARE(valueAt(o, u"status/name"_s), m_openStatus.value(u"name"_s));
        QCOMPARE(o.value(u"closedFlag"_s).toBool(true), false);

        o = patch({op(u"replace"_s, u"owner"_s, ref(m_otherMember))});
        QCOMPARE(valueAt(o, u"owner/identifier"_s),
                 m_members.value(m_otherMember).value(u"identifier"_s));
        o = patch({op(u"remove"_s, u"owner"_s)});
        QVERIFY2(absentOrNull(o, u"owner"_s), qPrintable(QString::fromUtf8(toJson(o))));
        o = patch({op(u"add"_s, u"owner"_s, ref(m_member))});
        QCOMPARE(valueAt(o, u"owner/id"_s).toInt(), m_member);
        QCOMPARE(valueAt(o, u"owner/identifier"_s),
                 m_members.value(m_member).value(u"identifier"_s));
        o = patch(
            {op(u"replace"_s, u"summary"_s, u"Two at once"_s),
             op(u"replace"_s, u"priority"_s, ref(fetchMap(u"/service/priorities"_s).firstKey()))});
        QCOMPARE(o.value(u"summary"_s).toString(), u"Two at once"_s);
        QCOMPARE(valueAt(o, u"priority/id"_s).toInt(),
                 fetchMap(u"/service/priorities"_s).firstKey());
        QVERIFY(!QTest::currentTestFailed());
    }

    void badPatchesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        auto j = [](const QJsonValue &v) {
            return toJson(v);
        };
        QTest::newRow("unknown op")
            << j(QJsonArray{op(u"move"_s, u"summary"_s, u"x"_s)}) << QString();
        QTest::newRow("missing op")
            << j(QJsonArray{QJsonObject{{u"path"_s, u"summary"_s}, {u"value"_s, u"x"_s}}})
            << QString();
        QTest::newRow("unknown path")
            << j(QJsonArray{op(u"replace"_s, u"noSuchField"_s, u"x"_s)}) << QString();
        QTest::newRow("path not a string")
            << j(QJsonArray{
                   QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, 5}, {u"value"_s, u"x"_s}}})
            << QString();
        QTest::newRow("summary too long")
            << j(QJsonArray{op(u"replace"_s, u"summary"_s, QString(101, u'y'))}) << u"summary"_s;
        QTest::newRow("remove summary")
            << j(QJsonArray{op(u"remove"_s, u"summary"_s)}) << u"summary"_s;
        QTest::newRow("remove company")
            << j(QJsonArray{op(u"remove"_s, u"company"_s)}) << u"company"_s;
        QTest::newRow("unknown status")
            << j(QJsonArray{op(u"replace"_s, u"status"_s, ref(99999999))}) << u"status"_s;
        QTest::newRow("status a string")
            << j(QJsonArray{op(u"replace"_s, u"status"_s, u"New"_s)}) << QString();
        QTest::newRow("second op bad (atomic)")
            << j(QJsonArray{op(u"replace"_s, u"summary"_s, u"half applied"_s),
                            op(u"replace"_s, u"board"_s, ref(99999999))})
            << u"board"_s;
        QTest::newRow("object instead of array")
            << j(QJsonObject{{u"summary"_s, u"x"_s}}) << QString();
        QTest::newRow("array of strings") << j(QJsonArray{u"replace"_s}) << QString();
        QTest::newRow("not JSON") << QByteArray("[{\"op\":\"replace\",") << QString();
    }

    void badPatchesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject t = m_tickets.at(10).toObject();
        const QString path = u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt());
        const QJsonObject before = m_http.get(path).object();
        QVERIFY(!before.isEmpty());
        const HttpResult r = m_http.send("PATCH", m_http.url(path), body);
        if (QByteArrayView(QTest::currentDataTag()) == "unknown path" && r.status == 200) {
            // Ignoring a path the record does not have is tolerated (ConnectWise itself answers
            // some such patches with a "false 200"), as long as nothing but _info changes.
            const QStringList changed = changedProperties(before, m_http.get(path).object());
            QVERIFY2(changed.isEmpty(),
                     qPrintable(u"ignored PATCH changed: "_s + changed.join(u"; "_s)));
            return;
        }
        CW_CHECK_STATUS(r, 400);
        CW_CHECK_SCHEMA(r.json(), u"ErrorResponseMessage"_s, r.describe());
        if (!field.isEmpty()) {
            const QString e = checkInvalid(r, field);
            QVERIFY2(e.isEmpty(), qPrintable(e));
        }
        QCOMPARE(m_http.get(path).object(), before);
    }

    void noOpWriteChangesOnlyInfo()
    {
        // A PATCH that sets the summary it already has may move lastUpdated/updatedBy, nothing
        // else: references keep their shape (e.g. priority {id,name,sort,level}).
        for (const int index : {5, 50, 150}) {
            const QJsonObject t = m_tickets.at(index).toObject();
            const QString path = u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt());
            const QJsonObject before = m_http.get(path).object();
            const HttpResult r = m_http.patch(
                path, QJsonArray{op(u"replace"_s, u"summary"_s, before.value(u"summary"_s))});
            CW_CHECK_STATUS(r, 200);
            const QJsonObject after = r.object();
            const QStringList changed = changedProperties(before, after);
            QVERIFY2(changed.isEmpty(), qPrintable(u"no-op PATCH of %1 changed: "_s.arg(path) +
                                                   changed.join(u"; "_s)));
            QCOMPARE(valueAt(after, u"_info/dateEntered"_s),
                     valueAt(before, u"_info/dateEntered"_s));
            QCOMPARE(valueAt(after, u"_info/enteredBy"_s), valueAt(before, u"_info/enteredBy"_s));
        }
    }

    void customFieldsReplace()
    {
        QJsonObject t;
        QJsonObject field;
        for (const auto &item : m_tickets) {
            for (const auto &f : item.toObject().value(u"customFields"_s).toArray()) {
                const QJsonObject o = f.toObject();
                if (o.value(u"type"_s).toString() == u"Text"_s) {
                    t = item.toObject();
                    field = o;
                    break;
                }
            }
            if (!t.isEmpty())
                break;
        }
        QVERIFY2(!t.isEmpty(), "no ticket with a Text custom field");
        const QString path = u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt());
        QJsonArray fields = t.value(u"customFields"_s).toArray();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QJsonObject o = fields.at(i).toObject();
            if (o.value(u"id"_s) == field.value(u"id"_s)) {
                o.insert(u"value"_s, u"conformance value"_s);
                fields.replace(i, o);
            }
        }
        const HttpResult r =
            m_http.patch(path, QJsonArray{op(u"replace"_s, u"customFields"_s, fields)});
        CW_CHECK_STATUS(r, 200);
        CW_CHECK_SCHEMA(r.json(), u"Ticket"_s, r.describe());
        bool found = false;
        for (const auto &f : m_http.get(path).object().value(u"customFields"_s).toArray()) {
            if (f.toObject().value(u"id"_s) == field.value(u"id"_s)) {
                found = true;
                QCOMPARE(f.toObject().value(u"value"_s).toString(), u"conformance value"_s);
                QCOMPARE(f.toObject().value(u"caption"_s), field.value(u"caption"_s));
            }
        }
        QVERIFY(found);
        const HttpResult search = m_http.get(
            u"/service/tickets"_s, {{u"customFieldConditions"_s,
                                     u"caption = \"%1\" and value = \"conformance value\""_s.arg(
                                         field.value(u"caption"_s).toString())}});
        CW_CHECK_STATUS(search, 200);
        QCOMPARE(idsOf(search.array()), QList<int>{t.value(u"id"_s).toInt()});
    }

    void lastUpdatedStrictlyIncreases()
    {
        // Everything written after `mark` must be found by `lastUpdated > [mark]` (incremental
        // sync).
        QString mark;
        for (const auto &item : m_tickets) {
            const QString u = lastUpdated(item.toObject());
            if (parseInstant(u) > parseInstant(mark) || mark.isEmpty())
                mark = u;
        }
        const QJsonObject t = createTicket(fullTicketBody(u"Clock"_s));
        QVERIFY(!t.isEmpty());
        const QString path = u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt());
        QStringList stamps{lastUpdated(t)};
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = m_http.patch(
                path, QJsonArray{op(u"replace"_s, u"summary"_s, u"Clock %1"_s.arg(i))});
            CW_CHECK_STATUS(r, 200);
            stamps.append(lastUpdated(r.object()));
            QCOMPARE(valueAt(r.object(), u"_info/dateEntered"_s),
                     valueAt(t, u"_info/dateEntered"_s));
        }
        for (qsizetype i = 1; i < stamps.size(); ++i)
            QVERIFY2(parseInstant(stamps[i]) > parseInstant(stamps[i - 1]),
                     qPrintable(u"lastUpdated not strictly increasing: "_s + stamps.join(u", "_s)));
        const HttpResult since =
            m_http.get(u"/service/tickets"_s, {{u"conditions"_s, u"lastUpdated > [%1]"_s.arg(mark)},
                                               {u"pageSize"_s, u"1000"_s}});
        CW_CHECK_STATUS(since, 200);
        QVERIFY2(
            idSetOf(since.array()).contains(t.value(u"id"_s).toInt()),
            qPrintable(u"ticket written after %1 not found by lastUpdated > [%1]: "_s.arg(mark) +
                       since.describe(300)));
        for (const auto &item : since.array())
            QVERIFY2(parseInstant(lastUpdated(item.toObject())) > parseInstant(mark),
                     qPrintable(u"lastUpdated > [%1] returned %2"_s.arg(
                         mark, lastUpdated(item.toObject()))));
    }

    void deleteTicketCascades()
    {
        const QJsonObject t = createTicket(fullTicketBody(u"Delete me"_s));
        QVERIFY(!t.isEmpty());
        const int id = t.value(u"id"_s).toInt();
        const QString path = u"/service/tickets/%1"_s.arg(id);
        CW_CHECK_STATUS(
            m_http.post(path + u"/notes"_s,
                        QJsonObject{{u"text"_s, u"note"_s}, {u"detailDescriptionFlag"_s, true}}),
            201);
        CW_CHECK_STATUS(m_http.post(path + u"/tasks"_s, QJsonObject{{u"notes"_s, u"task"_s}}), 201);
        CW_CHECK_STATUS(m_http.post(path + u"/configurations"_s,
                                    QJsonObject{{u"id"_s, m_configurations.firstKey()}}),
                        201);
        const int before = count(u"/service/tickets"_s);

        const HttpResult deleted = m_http.del(path);
        CW_CHECK_STATUS(deleted, 204);
        QVERIFY2(deleted.body.isEmpty(), deleted.body.constData());
        QCOMPARE(count(u"/service/tickets"_s), before - 1);

        const HttpResult gone = m_http.get(path);
        CW_CHECK_STATUS(gone, 404);
        CW_CHECK_SCHEMA(gone.json(), u"ErrorResponseMessage"_s, gone.describe());
        QCOMPARE(gone.object().value(u"code"_s).toString(), u"NotFound"_s);
        QCOMPARE(gone.object().value(u"message"_s).toString(), u"Ticket %1 not found"_s.arg(id));
        CW_CHECK_STATUS(m_http.del(path), 404);
        CW_CHECK_STATUS(m_http.patch(path, QJsonArray{op(u"replace"_s, u"summary"_s, u"x"_s)}),
                        404);
        CW_CHECK_STATUS(m_http.put(path, fullTicketBody(u"resurrect"_s)), 404);
        for (const QString &child : {u"notes"_s, u"tasks"_s, u"configurations"_s}) {
            const HttpResult list = m_http.get(path + u'/' + child);
            QVERIFY2(list.status == 404 ||
                         (list.status == 200 && list.isJsonArray() && list.array().isEmpty()),
                     qPrintable(u"children of a deleted ticket: "_s + list.describe()));
            const HttpResult add = m_http.post(path + u'/' + child,
                                               QJsonObject{{u"text"_s, u"orphan"_s},
                                                           {u"detailDescriptionFlag"_s, true},
                                                           {u"notes"_s, u"orphan"_s},
                                                           {u"id"_s, m_configurations.firstKey()}});
            CW_CHECK_STATUS(add, 404);
        }
        // the configuration itself survives the unlink
        CW_CHECK_STATUS(
            m_http.get(u"/company/configurations/%1"_s.arg(m_configurations.firstKey())), 200);
    }

    // ---- notes, tasks, configuration links --------------------------------------------

    void ticketChildCrud_data()
    {
        QTest::addColumn<QString>("child");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QJsonObject>("create");
        QTest::addColumn<QJsonObject>("replace");
        QTest::addColumn<QString>("patchPath");
        QTest::addColumn<QJsonValue>("patchValue");
        QTest::newRow("notes") << u"notes"_s << u"ServiceNote"_s
                               << QJsonObject{{u"text"_s, u"Called the customer"_s},
                                              {u"internalAnalysisFlag"_s, true},
                                              {u"detailDescriptionFlag"_s, false},
                                              {u"member"_s, ref(1)}}
                               << QJsonObject{{u"text"_s, u"Replaced text"_s},
                                              {u"detailDescriptionFlag"_s, true}}
                               << u"text"_s << QJsonValue(u"Patched text"_s);
        QTest::newRow("tasks") << u"tasks"_s << u"ServiceTask"_s
                               << QJsonObject{{u"notes"_s, u"Restart the server"_s},
                                              {u"priority"_s, 1},
                                              {u"closedFlag"_s, false}}
                               << QJsonObject{{u"notes"_s, u"Replaced task"_s}, {u"priority"_s, 2}}
                               << u"closedFlag"_s << QJsonValue(true);
    }

    void ticketChildCrud()
    {
        QFETCH(QString, child);
        QFETCH(QString, schema);
        QFETCH(QJsonObject, create);
        QFETCH(QJsonObject, replace);
        QFETCH(QString, patchPath);
        QFETCH(QJsonValue, patchValue);
        if (create.contains(u"member"_s))
            create.insert(u"member"_s, ref(m_member));
        const int ticket = m_tickets.at(20).toObject().value(u"id"_s).toInt();
        const QString base = u"/service/tickets/%1/%2"_s.arg(ticket).arg(child);
        const int before = count(base);
        QVERIFY(before >= 0);

        const HttpResult created = m_http.post(base, create);
        CW_CHECK_STATUS(created, 201);
        CW_CHECK_SCHEMA(created.json(), schema, created.describe());
        const QJsonObject o = created.object();
        const int id = o.value(u"id"_s).toInt();
        QVERIFY(id > 0);
        for (auto it = create.begin(); it != create.end(); ++it) {
            if (it.value().isObject())
                QCOMPARE(valueAt(o, it.key() + u"/id"_s), it.value().toObject().value(u"id"_s));
            else
                QVERIFY2(o.value(it.key()) == it.value(),
                         qPrintable(it.key() + u": "_s + created.describe()));
        }
        if (o.contains(u"ticketId"_s))
            QCOMPARE(o.value(u"ticketId"_s).toInt(), ticket);
        CW_CHECK_EMPTY(infoProblems(o, base), u"created child"_s);
        QCOMPARE(count(base), before + 1);
        const QString path = base + u'/' + QString::number(id);
        QCOMPARE(m_http.get(path).object(), o);

        const HttpResult put = m_http.put(path, replace);
        CW_CHECK_STATUS(put, 200);
        CW_CHECK_SCHEMA(put.json(), schema, put.describe());
        for (auto it = replace.begin(); it != replace.end(); ++it)
            QVERIFY2(put.object().value(it.key()) == it.value(),
                     qPrintable(it.key() + u": "_s + put.describe()));
        QCOMPARE(put.object().value(u"id"_s).toInt(), id);
        QVERIFY(parseInstant(lastUpdated(put.object())) > parseInstant(lastUpdated(o)));

        const HttpResult patched =
            m_http.patch(path, QJsonArray{op(u"replace"_s, patchPath, patchValue)});
        CW_CHECK_STATUS(patched, 200);
        CW_CHECK_SCHEMA(patched.json(), schema, patched.describe());
        QCOMPARE(patched.object().value(patchPath), patchValue);
        QVERIFY(parseInstant(lastUpdated(patched.object())) >
                parseInstant(lastUpdated(put.object())));
        QCOMPARE(m_http.get(path).object(), patched.object());

        const HttpResult deleted = m_http.del(path);
        CW_CHECK_STATUS(deleted, 204);
        QVERIFY(deleted.body.isEmpty());
        const HttpResult gone = m_http.get(path);
        CW_CHECK_STATUS(gone, 404);
        CW_CHECK_SCHEMA(gone.json(), u"ErrorResponseMessage"_s, gone.describe());
        QCOMPARE(gone.object().value(u"code"_s).toString(), u"NotFound"_s);
        QCOMPARE(count(base), before);

        // a child of a ticket that does not exist
        CW_CHECK_STATUS(m_http.post(u"/service/tickets/99999999/%1"_s.arg(child), create), 404);
        // a child id under the wrong ticket
        const int otherTicket = m_tickets.at(21).toObject().value(u"id"_s).toInt();
        const HttpResult again = m_http.post(base, create);
        CW_CHECK_STATUS(again, 201);
        const int id2 = again.object().value(u"id"_s).toInt();
        CW_CHECK_STATUS(
            m_http.get(u"/service/tickets/%1/%2/%3"_s.arg(otherTicket).arg(child).arg(id2)), 404);
        CW_CHECK_STATUS(
            m_http.del(u"/service/tickets/%1/%2/%3"_s.arg(otherTicket).arg(child).arg(id2)), 404);
        CW_CHECK_STATUS(m_http.get(base + u'/' + QString::number(id2)), 200);
    }

    void configurationLinks()
    {
        const int ticket = m_tickets.at(30).toObject().value(u"id"_s).toInt();
        const QString base = u"/service/tickets/%1/configurations"_s.arg(ticket);
        const QSet<int> linked = idSetOf(m_http.get(base, {{u"pageSize"_s, u"1000"_s}}).array());
        QList<int> free;
        for (const int id : m_configurations.keys()) {
            if (!linked.contains(id))
                free.append(id);
        }
        QVERIFY(free.size() >= 2);
        const int before = count(base);

        const HttpResult a = m_http.post(base, QJsonObject{{u"id"_s, free[0]}});
        CW_CHECK_STATUS(a, 201);
        QCOMPARE(a.object().value(u"id"_s).toInt(), free[0]);
        const HttpResult b = m_http.post(base, QJsonObject{{u"configuration"_s, ref(free[1])}});
        CW_CHECK_STATUS(b, 201);
        QCOMPARE(b.object().value(u"id"_s).toInt(), free[1]);
        QCOMPARE(count(base), before + 2);
        const QSet<int> now = idSetOf(m_http.get(base, {{u"pageSize"_s, u"1000"_s}}).array());
        QVERIFY(now.contains(free[0]) && now.contains(free[1]));
        const HttpResult one = m_http.get(base + u'/' + QString::number(free[0]));
        CW_CHECK_STATUS(one, 200);
        QCOMPARE(one.object(), a.object());

        const HttpResult unknown = m_http.post(base, QJsonObject{{u"id"_s, 99999999}});
        QVERIFY2(unknown.status == 400 || unknown.status == 404, qPrintable(unknown.describe()));
        CW_CHECK_SCHEMA(unknown.json(), u"ErrorResponseMessage"_s, unknown.describe());
        const HttpResult noId = m_http.post(base, QJsonObject{{u"name"_s, u"x"_s}});
        CW_CHECK_STATUS(noId, 400);
        QCOMPARE(count(base), before + 2);

        CW_CHECK_STATUS(m_http.del(base + u'/' + QString::number(free[0])), 204);
        CW_CHECK_STATUS(m_http.get(base + u'/' + QString::number(free[0])), 404);
        CW_CHECK_STATUS(m_http.get(u"/company/configurations/%1"_s.arg(free[0])), 200);
        QCOMPARE(count(base), before + 1);
        // configuration links are not editable in place
        const HttpResult put =
            m_http.put(base + u'/' + QString::number(free[1]), QJsonObject{{u"id"_s, free[1]}});
        CW_CHECK_STATUS(put, 405);
        // schema last, so that the checks above run even when it fails
        CW_CHECK_SCHEMA(a.json(), u"ConfigurationReference"_s, a.describe());
        CW_CHECK_SCHEMA(b.json(), u"ConfigurationReference"_s, b.describe());
    }

    // ---- boards and their children ----------------------------------------------------

    void boardCrud()
    {
        const QJsonObject model = m_boards.value(m_board);
        QJsonObject body{{u"name"_s, u"Conformance Board"_s}};
        if (model.contains(u"location"_s))
            body.insert(u"location"_s, ref(valueAt(model, u"location/id"_s).toInt()));
        if (model.contains(u"department"_s))
            body.insert(u"department"_s, ref(valueAt(model, u"department/id"_s).toInt()));
        const int before = count(u"/service/boards"_s);
        const HttpResult created = m_http.post(u"/service/boards"_s, body);
        CW_CHECK_STATUS(created, 201);
        CW_CHECK_SCHEMA(created.json(), u"Board"_s, created.describe());
        const int board = created.object().value(u"id"_s).toInt();
        QCOMPARE(created.object().value(u"name"_s).toString(), u"Conformance Board"_s);
        QCOMPARE(count(u"/service/boards"_s), before + 1);
        const QString path = u"/service/boards/%1"_s.arg(board);

        const HttpResult patched =
            m_http.patch(path, QJsonArray{op(u"replace"_s, u"name"_s, u"Renamed Board"_s)});
        CW_CHECK_STATUS(patched, 200);
        CW_CHECK_SCHEMA(patched.json(), u"Board"_s, patched.describe());
        QCOMPARE(patched.object().value(u"name"_s).toString(), u"Renamed Board"_s);
        QJsonObject replaced = body;
        replaced.insert(u"name"_s, u"Replaced Board"_s);
        replaced.insert(u"inactiveFlag"_s, false);
        const HttpResult put = m_http.put(path, replaced);
        CW_CHECK_STATUS(put, 200);
        CW_CHECK_SCHEMA(put.json(), u"Board"_s, put.describe());
        QCOMPARE(put.object().value(u"name"_s).toString(), u"Replaced Board"_s);

        // children
        const QString statuses = path + u"/statuses"_s;
        const HttpResult open = m_http.post(
            statuses, QJsonObject{{u"name"_s, u"Conf Open"_s}, {u"closedStatus"_s, false}});
        CW_CHECK_STATUS(open, 201);
        CW_CHECK_SCHEMA(open.json(), u"BoardStatus"_s, open.describe());
        const HttpResult closed = m_http.post(
            statuses, QJsonObject{{u"name"_s, u"Conf Closed"_s}, {u"closedStatus"_s, true}});
        CW_CHECK_STATUS(closed, 201);
        CW_CHECK_SCHEMA(closed.json(), u"BoardStatus"_s, closed.describe());
        if (closed.object().contains(u"board"_s))
            QCOMPARE(valueAt(closed.object(), u"board/id"_s).toInt(), board);
        const HttpResult renamed =
            m_http.patch(statuses + u'/' + QString::number(open.object().value(u"id"_s).toInt()),
                         QJsonArray{op(u"replace"_s, u"name"_s, u"Conf Open 2"_s)});
        CW_CHECK_STATUS(renamed, 200);
        QCOMPARE(renamed.object().value(u"name"_s).toString(), u"Conf Open 2"_s);
        const QList<std::tuple<QString, QString, QJsonObject>> children{
            {u"types"_s, u"BoardType"_s, QJsonObject{{u"name"_s, u"Conf Type"_s}}},
            {u"subtypes"_s, u"BoardSubType"_s, QJsonObject{{u"name"_s, u"Conf SubType"_s}}},
            {u"items"_s, u"BoardItem"_s, QJsonObject{{u"name"_s, u"Conf Item"_s}}},
            {u"teams"_s, u"BoardTeam"_s,
             QJsonObject{{u"name"_s, u"Conf Team"_s}, {u"teamLeader"_s, ref(m_member)}}}};
        for (const auto &[child, schema, createBody] : children) {
            const QString base = path + u'/' + child;
            const HttpResult c = m_http.post(base, createBody);
            CW_CHECK_STATUS(c, 201);
            CW_CHECK_SCHEMA(c.json(), schema, c.describe());
            const QString one = base + u'/' + QString::number(c.object().value(u"id"_s).toInt());
            QCOMPARE(count(base), 1);
            const HttpResult p =
                m_http.patch(one, QJsonArray{op(u"replace"_s, u"name"_s, u"Conf Renamed"_s)});
            CW_CHECK_STATUS(p, 200);
            CW_CHECK_SCHEMA(p.json(), schema, p.describe());
            QCOMPARE(p.object().value(u"name"_s).toString(), u"Conf Renamed"_s);
            QJsonObject replaceBody = createBody;
            replaceBody.insert(u"name"_s, u"Conf Put"_s);
            const HttpResult r = m_http.put(one, replaceBody);
            CW_CHECK_STATUS(r, 200);
            QCOMPARE(r.object().value(u"name"_s).toString(), u"Conf Put"_s);
            const HttpResult invalid = m_http.post(base, QJsonObject{{u"inactiveFlag"_s, true}});
            CW_CHECK_STATUS(invalid, 400);
            CW_CHECK_SCHEMA(invalid.json(), u"ErrorResponseMessage"_s, invalid.describe());
            CW_CHECK_STATUS(m_http.del(one), 204);
            CW_CHECK_STATUS(m_http.get(one), 404);
        }

        // a ticket on the new board follows its statuses
        QJsonObject ticketBody{{u"summary"_s, u"On the new board"_s},
                               {u"company"_s, ref(m_company)},
                               {u"board"_s, ref(board)},
                               {u"status"_s, ref(closed.object().value(u"id"_s).toInt())}};
        const QJsonObject t = createTicket(ticketBody);
        QVERIFY(!t.isEmpty());
        QCOMPARE(t.value(u"closedFlag"_s), QJsonValue(true));
        QCOMPARE(valueAt(t, u"board/name"_s).toString(), u"Replaced Board"_s);
        ticketBody.insert(u"status"_s, ref(m_openStatus.value(u"id"_s).toInt()));
        const QString e = checkInvalid(m_http.post(u"/service/tickets"_s, ticketBody), u"status"_s);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        CW_CHECK_STATUS(m_http.del(u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt())), 204);

        // invalid board, then delete
        const HttpResult invalid =
            m_http.post(u"/service/boards"_s, QJsonObject{{u"inactiveFlag"_s, true}});
        const QString ie = checkInvalid(invalid, u"name"_s, {}, u"board"_s);
        QVERIFY2(ie.isEmpty(), qPrintable(ie));
        CW_CHECK_STATUS(m_http.del(path), 204);
        CW_CHECK_STATUS(m_http.get(path), 404);
        QCOMPARE(count(u"/service/boards"_s), before);
        const HttpResult orphans = m_http.get(statuses);
        QVERIFY2(orphans.status == 404 || (orphans.status == 200 && orphans.array().isEmpty()),
                 qPrintable(u"statuses of a deleted board: "_s + orphans.describe()));
    }

    // ---- simple collections -----------------------------------------------------------

    void simpleCrud_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QJsonObject>("create");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("resource");
        const QJsonObject callback{{u"url"_s, u"http://127.0.0.1:9/write-hook?recordId="_s},
                                   {u"objectId"_s, 1},
                                   {u"type"_s, u"ticket"_s},
                                   {u"level"_s, u"owner"_s},
                                   {u"description"_s, u"conformance write"_s}};
        QTest::newRow("priorities") << u"/service/priorities"_s << u"Priority"_s
                                    << QJsonObject{{u"name"_s, u"Conf Priority"_s},
                                                   {u"color"_s, u"Red"_s},
                                                   {u"sortOrder"_s, 9}}
                                    << u"name"_s << u"priority"_s;
        QTest::newRow("SLAs") << u"/service/SLAs"_s << u"SLA"_s
                              << QJsonObject{{u"name"_s, u"Conf SLA"_s},
                                             {u"basedOn"_s, u"AllHours"_s},
                                             {u"respondHours"_s, 2}}
                              << u"name"_s << u"sla"_s;
        QTest::newRow("sources") << u"/service/sources"_s << u"Source"_s
                                 << QJsonObject{{u"name"_s, u"Conf Source"_s}} << u"name"_s
                                 << u"source"_s;
        QTest::newRow("locations")
            << u"/service/locations"_s << u"ServiceLocation"_s
            << QJsonObject{{u"name"_s, u"Conf Location"_s}, {u"where"_s, u"Remote"_s}} << u"name"_s
            << u"location"_s;
        QTest::newRow("serviceLocations")
            << u"/service/serviceLocations"_s << u"ServiceLocation"_s
            << QJsonObject{{u"name"_s, u"Conf SvcLocation"_s}, {u"where"_s, u"OnSite"_s}}
            << u"name"_s << u"location"_s;
        QTest::newRow("knowledgeBaseArticles")
            << u"/service/knowledgeBaseArticles"_s << u"KnowledgeBaseArticle"_s
            << QJsonObject{{u"title"_s, u"Conf article"_s},
                           {u"issue"_s, u"It broke"_s},
                           {u"resolution"_s, u"Fixed it"_s}}
            << u"title"_s << u"knowledgeBaseArticle"_s;
        QTest::newRow("system callbacks") << u"/system/callbacks"_s << u"CallbackEntry"_s
                                          << callback << u"description"_s << u"callbackEntry"_s;
        QJsonObject other = callback;
        other.insert(u"url"_s, u"http://127.0.0.1:9/write-hook-2?recordId="_s);
        QTest::newRow("service callbacks") << u"/service/callbacks"_s << u"CallbackEntry"_s << other
                                           << u"description"_s << u"callbackEntry"_s;
    }

    void simpleCrud()
    {
        QFETCH(QString, path);
        QFETCH(QString, schema);
        QFETCH(QJsonObject, create);
        QFETCH(QString, field);
        QFETCH(QString, resource);
        const int before = count(path);
        QVERIFY(before >= 0);
        const HttpResult created = m_http.post(path, create);
        CW_CHECK_STATUS(created, 201);
        CW_CHECK_SCHEMA(created.json(), schema, created.describe());
        const QJsonObject o = created.object();
        for (auto it = create.begin(); it != create.end(); ++it)
            QVERIFY2(o.value(it.key()) == it.value(),
                     qPrintable(it.key() + u": "_s + created.describe()));
        CW_CHECK_EMPTY(infoProblems(o, path), u"created record"_s);
        QCOMPARE(count(path), before + 1);
        const QString one = path + u'/' + QString::number(o.value(u"id"_s).toInt());
        QCOMPARE(m_http.get(one).object(), o);

        const HttpResult patched =
            m_http.patch(one, QJsonArray{op(u"replace"_s, field, u"Patched value"_s)});
        CW_CHECK_STATUS(patched, 200);
        CW_CHECK_SCHEMA(patched.json(), schema, patched.describe());
        QCOMPARE(patched.object().value(field).toString(), u"Patched value"_s);
        QVERIFY(parseInstant(lastUpdated(patched.object())) > parseInstant(lastUpdated(o)));

        QJsonObject replacement = create;
        replacement.insert(field, u"Put value"_s);
        const HttpResult put = m_http.put(one, replacement);
        CW_CHECK_STATUS(put, 200);
        CW_CHECK_SCHEMA(put.json(), schema, put.describe());
        QCOMPARE(put.object().value(field).toString(), u"Put value"_s);
        QCOMPARE(m_http.get(one).object(), put.object());

        // validation: an empty object lacks the required fields
        const HttpResult invalid = m_http.post(path, QJsonObject());
        CW_CHECK_STATUS(invalid, 400);
        CW_CHECK_SCHEMA(invalid.json(), u"ErrorResponseMessage"_s, invalid.describe());
        QCOMPARE(invalid.object().value(u"code"_s).toString(), u"InvalidObject"_s);
        QVERIFY2(!invalid.object().value(u"errors"_s).toArray().isEmpty(),
                 qPrintable(invalid.describe()));
        const HttpResult badPut = m_http.put(one, QJsonObject());
        CW_CHECK_STATUS(badPut, 400);
        QCOMPARE(m_http.get(one).object(), put.object());
        QCOMPARE(count(path), before + 1);
        Q_UNUSED(resource);

        const HttpResult deleted = m_http.del(one);
        CW_CHECK_STATUS(deleted, 204);
        QVERIFY(deleted.body.isEmpty());
        const HttpResult gone = m_http.get(one);
        CW_CHECK_STATUS(gone, 404);
        CW_CHECK_SCHEMA(gone.json(), u"ErrorResponseMessage"_s, gone.describe());
        QCOMPARE(gone.object().value(u"code"_s).toString(), u"NotFound"_s);
        QCOMPARE(count(path), before);
    }

    void callbackUrlMustBeLoopback()
    {
        const int before = count(u"/system/callbacks"_s);
        for (const QString &url :
             {u"http://example.com/hook?recordId="_s, u"https://10.1.2.3/hook"_s, u"not a url"_s}) {
            const HttpResult r =
                m_http.post(u"/system/callbacks"_s, QJsonObject{{u"url"_s, url},
                                                                {u"objectId"_s, 1},
                                                                {u"type"_s, u"ticket"_s},
                                                                {u"level"_s, u"owner"_s}});
            const QString e = checkInvalid(r, u"url"_s, u"InvalidField"_s, u"callbackEntry"_s);
            QVERIFY2(e.isEmpty(), qPrintable(url + u": "_s + e));
            bool named = false;
            for (const auto &err : r.object().value(u"errors"_s).toArray())
                named = named ||
                        err.toObject().value(u"message"_s).toString().startsWith(u"Invalid URL"_s);
            QVERIFY2(named, qPrintable(u"no 'Invalid URL' message: "_s + r.describe()));
        }
        QCOMPARE(count(u"/system/callbacks"_s), before);
    }

    void readOnlyCollectionsRefuseWrites()
    {
        const int company = m_companies.firstKey();
        const int before = count(u"/company/companies"_s);
        const QList<std::pair<QByteArray, QString>> attempts{
            {"POST", u"/company/companies"_s},
            {"PUT", u"/company/companies/%1"_s.arg(company)},
            {"PATCH", u"/company/companies/%1"_s.arg(company)},
            {"DELETE", u"/company/companies/%1"_s.arg(company)},
            {"POST", u"/company/contacts"_s},
            {"DELETE", u"/company/contacts/%1"_s.arg(m_contact)},
            {"POST", u"/system/members"_s},
            {"PATCH", u"/system/members/%1"_s.arg(m_member)},
            {"DELETE", u"/company/configurations/%1"_s.arg(m_configurations.firstKey())},
            {"POST", u"/system/info"_s},
        };
        for (const auto &[method, path] : attempts) {
            const QByteArray body =
                method == "PATCH"
                    ? toJson(QJsonArray{op(u"replace"_s, u"name"_s, u"x"_s)})
                    : (method == "DELETE" ? QByteArray() : QByteArray("{\"name\":\"x\"}"));
            const HttpResult r = m_http.send(method, m_http.url(path), body);
            CW_CHECK_STATUS(r, 405);
        }
        QCOMPARE(count(u"/company/companies"_s), before);
        CW_CHECK_STATUS(m_http.get(u"/company/companies/%1"_s.arg(company)), 200);
        CW_CHECK_STATUS(
            m_http.get(u"/company/configurations/%1"_s.arg(m_configurations.firstKey())), 200);
    }

    void unicodeRoundTrips()
    {
        const QString summary = u"Ünïcödé ✓ 日本語 🚀 \"quoted\" back\\slash"_s;
        const QJsonObject t =
            createTicket(QJsonObject{{u"summary"_s, summary}, {u"company"_s, ref(m_company)}});
        QVERIFY(!t.isEmpty());
        QCOMPARE(t.value(u"summary"_s).toString(), summary);
        const HttpResult again = m_http.get(u"/service/tickets/%1"_s.arg(t.value(u"id"_s).toInt()));
        QCOMPARE(again.object().value(u"summary"_s).toString(), summary);
        const HttpResult found = m_http.get(
            u"/service/tickets"_s, {{u"conditions"_s, u"summary contains \"日本語 🚀\""_s}});
        CW_CHECK_STATUS(found, 200);
        QCOMPARE(idsOf(found.array()), QList<int>{t.value(u"id"_s).toInt()});
    }

    void concurrentWrites()
    {
        const int before = count(u"/service/tickets"_s);
        QList<RequestSpec> creates;
        for (int i = 0; i < 40; ++i)
            creates.append({"POST",
                            m_http.url(u"/service/tickets"_s),
                            toJson(QJsonObject{{u"summary"_s, u"Parallel %1"_s.arg(i)},
                                               {u"company"_s, ref(m_company)}}),
                            {}});
        const QList<HttpResult> created = m_http.sendAll(creates, 6);
        QSet<int> ids;
        for (const auto &r : created) {
            CW_CHECK_STATUS(r, 201);
            ids.insert(r.object().value(u"id"_s).toInt());
        }
        QCOMPARE(int(ids.size()), 40);
        QCOMPARE(count(u"/service/tickets"_s), before + 40);
        QList<RequestSpec> patches;
        const int target = *ids.begin();
        for (int i = 0; i < 30; ++i)
            patches.append({"PATCH",
                            m_http.url(u"/service/tickets/%1"_s.arg(target)),
                            toJson(QJsonArray{op(u"replace"_s, u"summary"_s, u"Edit %1"_s.arg(i))}),
                            {}});
        QStringList stamps;
        for (const auto &r : m_http.sendAll(patches, 6)) {
            CW_CHECK_STATUS(r, 200);
            stamps.append(lastUpdated(r.object()));
        }
        QCOMPARE(int(QSet<QString>(stamps.begin(), stamps.end()).size()),
                 30); // every write its own instant
        QList<RequestSpec> deletes;
        for (const int id : ids)
            deletes.append({"DELETE", m_http.url(u"/service/tickets/%1"_s.arg(id)), {}, {}});
        for (const auto &r : m_http.sendAll(deletes, 6))
            CW_CHECK_STATUS(r, 204);
        QCOMPARE(count(u"/service/tickets"_s), before);
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestConformanceWrite)
#include "test_conformance_write.moc"
