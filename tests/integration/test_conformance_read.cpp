// Conformance of the sandbox's read side: every collection validates against its OpenAPI schema
// (whole pages), counts match lists, by-id reads match list items, records carry `_info`,
// references resolve to existing records, and the generated data has the promised shape.
#include "conformance.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestConformanceRead : public QObject
{
    Q_OBJECT

    static constexpr int TicketCount = 300;

    SandboxProcess m_sandbox;
    HttpClient m_http;
    QJsonArray m_tickets;
    QMap<int, QJsonObject> m_boards;
    QMap<int, QMap<int, QJsonObject>> m_statuses; // board id -> statuses
    QMap<int, QMap<int, QJsonObject>> m_types;
    QMap<int, QMap<int, QJsonObject>> m_subtypes;
    QMap<int, QMap<int, QJsonObject>> m_teams;
    QMap<int, QMap<int, QJsonObject>> m_items;
    QMap<int, QJsonObject> m_companies;
    QMap<int, QJsonObject> m_contacts;
    QMap<int, QJsonObject> m_members;
    QMap<int, QJsonObject> m_configurations;

    QMap<int, QJsonObject> fetchMap(const QString &path)
    {
        QJsonArray all;
        QString error;
        if (!fetchAll(m_http, path, &all, &error))
            qWarning("%s", qPrintable(error));
        return byId(all);
    }

    // Lists a collection completely, validates it, compares with /count and with by-id reads.
    void checkCollection(const QString &path, const QString &schemaName, int minCount, int maxCount,
                         QJsonArray *out = nullptr)
    {
        QJsonArray all;
        QString error;
        QVERIFY2(fetchAll(m_http, path, &all, &error), qPrintable(error));
        if (out)
            *out = all;
        QVERIFY2(all.size() >= minCount && all.size() <= maxCount,
                 qPrintable(u"%1 has %2 records, expected %3..%4"_s.arg(path)
                                .arg(all.size())
                                .arg(minCount)
                                .arg(maxCount)));
        CW_CHECK_SCHEMA_ARRAY(all, schemaName, path);

        QStringList problems;
        QSet<int> seen;
        for (const auto &item : all) {
            const QJsonObject o = item.toObject();
            const int id = o.value(u"id"_s).toInt();
            if (id <= 0)
                problems.append(u"%1: record without positive id"_s.arg(path));
            if (seen.contains(id))
                problems.append(u"%1: id %2 listed twice"_s.arg(path).arg(id));
            seen.insert(id);
            problems += infoProblems(o, u"%1/%2"_s.arg(path).arg(id));
        }
        CW_CHECK_EMPTY(problems, path + u": records"_s);

        const HttpResult count = m_http.get(path + u"/count"_s);
        CW_CHECK_STATUS(count, 200);
        CW_CHECK_SCHEMA(count.json(), u"Count"_s, path + u"/count"_s);
        QVERIFY2(count.object().value(u"count"_s).toInt(-1) == all.size(),
                 qPrintable(u"%1/count says %2, the list has %3"_s.arg(path)
                                .arg(count.object().value(u"count"_s).toInt(-1))
                                .arg(all.size())));

        // By-id reads of (up to) 60 records spread over the list.
        QList<RequestSpec> specs;
        QList<QJsonObject> expected;
        const qsizetype step = qMax<qsizetype>(1, all.size() / 60);
        for (qsizetype i = 0; i < all.size(); i += step) {
            const QJsonObject o = all.at(i).toObject();
            specs.append({"GET",
                          m_http.url(path + u'/' + QString::number(o.value(u"id"_s).toInt())),
                          {},
                          {}});
            expected.append(o);
        }
        const QList<HttpResult> results = m_http.sendAll(specs);
        for (qsizetype i = 0; i < results.size(); ++i) {
            CW_CHECK_STATUS(results[i], 200);
            CW_CHECK_SCHEMA(results[i].json(), schemaName, results[i].url.toString());
            QVERIFY2(results[i].object() == expected[i],
                     qPrintable(u"%1 differs from its list item:\n by id: %2\n list:  %3"_s.arg(
                         results[i].url.toString(), QString::fromUtf8(results[i].body.left(800)),
                         QString::fromUtf8(toJson(expected[i]).left(800)))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startSandbox(m_sandbox, m_http,
                              {u"--tickets"_s, QString::number(TicketCount), u"--seed"_s, u"11"_s},
                              &error),
                 qPrintable(error));
        // A callback entry on each callbacks route, so that their lists have something to check
        // (no ticket is written in this test, so nothing is ever delivered).
        for (const QString &route : {u"/system/callbacks"_s, u"/service/callbacks"_s}) {
            const QJsonObject entry{
                {u"url"_s, u"http://127.0.0.1:9/read%1?recordId="_s.arg(route.size())},
                {u"objectId"_s, 1},
                {u"type"_s, u"ticket"_s},
                {u"level"_s, u"owner"_s},
                {u"description"_s, QString(u"conformance read "_s + route)}};
            const HttpResult created = m_http.post(route, entry);
            CW_CHECK_STATUS(created, 201);
        }
        QVERIFY2(fetchAll(m_http, u"/service/tickets"_s, &m_tickets, &error), qPrintable(error));
        m_boards = fetchMap(u"/service/boards"_s);
        for (auto it = m_boards.cbegin(); it != m_boards.cend(); ++it) {
            const QString base = u"/service/boards/%1/"_s.arg(it.key());
            m_statuses.insert(it.key(), fetchMap(base + u"statuses"_s));
            m_types.insert(it.key(), fetchMap(base + u"types"_s));
            m_subtypes.insert(it.key(), fetchMap(base + u"subtypes"_s));
            m_teams.insert(it.key(), fetchMap(base + u"teams"_s));
            m_items.insert(it.key(), fetchMap(base + u"items"_s));
        }
        m_companies = fetchMap(u"/company/companies"_s);
        m_contacts = fetchMap(u"/company/contacts"_s);
        m_members = fetchMap(u"/system/members"_s);
        m_configurations = fetchMap(u"/company/configurations"_s);
    }

    void cleanupTestCase() { QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); }

    void baseUrlIsPrintedFirst()
    {
        static const QRegularExpression re(
            u"^http://127\\.0\\.0\\.1:\\d{1,5}/v4_6_release/apis/3\\.0$"_s);
        QVERIFY2(re.match(m_sandbox.baseUrlString()).hasMatch(),
                 qPrintable(m_sandbox.baseUrlString()));
    }

    void topLevelCollections_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<int>("minCount");
        QTest::addColumn<int>("maxCount");
        QTest::newRow("tickets") << u"/service/tickets"_s << u"Ticket"_s << TicketCount
                                 << TicketCount;
        QTest::newRow("boards") << u"/service/boards"_s << u"Board"_s << 5 << 100;
        QTest::newRow("priorities") << u"/service/priorities"_s << u"Priority"_s << 2 << 100;
        QTest::newRow("SLAs") << u"/service/SLAs"_s << u"SLA"_s << 1 << 100;
        QTest::newRow("sources") << u"/service/sources"_s << u"Source"_s << 1 << 100;
        QTest::newRow("locations") << u"/service/locations"_s << u"ServiceLocation"_s << 1 << 100;
        QTest::newRow("serviceLocations")
            << u"/service/serviceLocations"_s << u"ServiceLocation"_s << 1 << 100;
        QTest::newRow("knowledgeBaseArticles")
            << u"/service/knowledgeBaseArticles"_s << u"KnowledgeBaseArticle"_s << 150 << 300;
        QTest::newRow("system callbacks")
            << u"/system/callbacks"_s << u"CallbackEntry"_s << 1 << 10;
        QTest::newRow("service callbacks")
            << u"/service/callbacks"_s << u"CallbackEntry"_s << 1 << 10;
    }

    void topLevelCollections()
    {
        QFETCH(QString, path);
        QFETCH(QString, schema);
        QFETCH(int, minCount);
        QFETCH(int, maxCount);
        checkCollection(path, schema, minCount, maxCount);
    }

    void boardChildren_data()
    {
        QTest::addColumn<QString>("child");
        QTest::addColumn<QString>("schema");
        QTest::newRow("statuses") << u"statuses"_s << u"BoardStatus"_s;
        QTest::newRow("types") << u"types"_s << u"BoardType"_s;
        QTest::newRow("subtypes") << u"subtypes"_s << u"BoardSubType"_s;
        QTest::newRow("teams") << u"teams"_s << u"BoardTeam"_s;
        QTest::newRow("items") << u"items"_s << u"BoardItem"_s;
    }

    void boardChildren()
    {
        QFETCH(QString, child);
        QFETCH(QString, schema);
        QVERIFY(!m_boards.isEmpty());
        for (auto it = m_boards.cbegin(); it != m_boards.cend(); ++it) {
            QJsonArray all;
            checkCollection(u"/service/boards/%1/%2"_s.arg(it.key()).arg(child), schema, 1, 1000,
                            &all);
            if (QTest::currentTestFailed())
                return;
            for (const auto &item : all) {
                const QJsonObject o = item.toObject();
                // The record's board, when given, is its parent.
                const QJsonValue board = o.contains(u"board"_s)
                                             ? o.value(u"board"_s).toObject().value(u"id"_s)
                                             : o.value(u"boardId"_s);
                if (!board.isUndefined())
                    QVERIFY2(board.toInt() == it.key(),
                             qPrintable(u"%1 %2 of board %3 names board %4"_s.arg(child)
                                            .arg(o.value(u"id"_s).toInt())
                                            .arg(it.key())
                                            .arg(board.toInt())));
            }
        }
    }

    void ticketChildren_data()
    {
        QTest::addColumn<QString>("child");
        QTest::addColumn<QString>("schema");
        QTest::newRow("notes") << u"notes"_s << u"ServiceNote"_s;
        QTest::newRow("tasks") << u"tasks"_s << u"ServiceTask"_s;
        QTest::newRow("configurations") << u"configurations"_s << u"ConfigurationReference"_s;
    }

    void ticketChildren()
    {
        QFETCH(QString, child);
        QFETCH(QString, schema);
        QCOMPARE(m_tickets.size(), TicketCount);
        QList<RequestSpec> specs;
        for (const int id : idsOf(m_tickets))
            specs.append({"GET",
                          m_http.url(u"/service/tickets/%1/%2"_s.arg(id).arg(child),
                                     {{u"pageSize"_s, u"1000"_s}}),
                          {},
                          {}});
        const QList<HttpResult> results = m_http.sendAll(specs);
        int withChildren = 0;
        int checkedById = 0;
        QString firstSchemaFailure;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const int ticketId = idsOf(m_tickets).at(i);
            CW_CHECK_STATUS(results[i], 200);
            const QJsonValue list = results[i].json();
            QVERIFY2(list.isArray(), qPrintable(results[i].describe()));
            // schema problems are reported after the other checks of this function
            const QStringList schemaProblems =
                OpenApiSchema::reference().validateArray(list, schema);
            if (!schemaProblems.isEmpty() && firstSchemaFailure.isEmpty())
                firstSchemaFailure = results[i].url.toString() + u" does not conform to "_s +
                                     schema + u"[]:"_s + summarizeProblems(schemaProblems);
            const QJsonArray items = list.toArray();
            if (!items.isEmpty())
                ++withChildren;
            QStringList problems;
            for (const auto &item : items) {
                const QJsonObject o = item.toObject();
                const QString where =
                    u"ticket %1 %2 %3"_s.arg(ticketId).arg(child).arg(o.value(u"id"_s).toInt());
                problems += infoProblems(o, where);
                if (o.contains(u"ticketId"_s) && o.value(u"ticketId"_s).toInt() != ticketId)
                    problems.append(where + u": ticketId is "_s +
                                    QString::number(o.value(u"ticketId"_s).toInt()));
                if (child == u"configurations"_s &&
                    !m_configurations.contains(o.value(u"id"_s).toInt()))
                    problems.append(where + u": not a /company/configurations id"_s);
            }
            CW_CHECK_EMPTY(problems, u"ticket children"_s);
            // count and by-id on the first tickets that have children
            if (!items.isEmpty() && checkedById < 10) {
                ++checkedById;
                const QString base = u"/service/tickets/%1/%2"_s.arg(ticketId).arg(child);
                const HttpResult count = m_http.get(base + u"/count"_s);
                CW_CHECK_STATUS(count, 200);
                CW_CHECK_SCHEMA(count.json(), u"Count"_s, base + u"/count"_s);
                QCOMPARE(count.object().value(u"count"_s).toInt(-1), int(items.size()));
                for (const auto &item : items) {
                    const int id = item.toObject().value(u"id"_s).toInt();
                    const HttpResult one = m_http.get(base + u'/' + QString::number(id));
                    CW_CHECK_STATUS(one, 200);
                    QVERIFY2(one.object() == item.toObject(), qPrintable(one.describe()));
                }
            }
        }
        // "tickets with notes/tasks/config links": a fair share of tickets must have some.
        QVERIFY2(
            withChildren >= TicketCount / 20,
            qPrintable(
                u"only %1 of %2 tickets have %3"_s.arg(withChildren).arg(TicketCount).arg(child)));
        QVERIFY2(firstSchemaFailure.isEmpty(), qPrintable(firstSchemaFailure));
    }

    void ticketInfoLinksToChildren()
    {
        // A real ticket's _info links its children; following a link gives the child list.
        for (const int id : idsOf(m_tickets).mid(0, 15)) {
            const QJsonObject info =
                m_http.get(u"/service/tickets/%1"_s.arg(id)).object().value(u"_info"_s).toObject();
            for (const QString &child : {u"notes"_s, u"tasks"_s, u"configurations"_s}) {
                const QString href = info.value(child + u"_href"_s).toString();
                QVERIFY2(!href.isEmpty(),
                         qPrintable(u"ticket %1 has no %2_href"_s.arg(id).arg(child)));
                const HttpResult viaLink = m_http.get(href);
                CW_CHECK_STATUS(viaLink, 200);
                const HttpResult direct =
                    m_http.get(u"/service/tickets/%1/%2"_s.arg(id).arg(child));
                QCOMPARE(viaLink.json(), direct.json());
            }
        }
    }

    void boardsHaveWorkflows()
    {
        QVERIFY2(m_boards.size() >= 5, qPrintable(u"%1 boards"_s.arg(m_boards.size())));
        for (auto it = m_boards.cbegin(); it != m_boards.cend(); ++it) {
            const QString name = it.value().value(u"name"_s).toString();
            const auto statuses = m_statuses.value(it.key());
            int closed = 0;
            int open = 0;
            for (const auto &s : statuses)
                (s.value(u"closedStatus"_s).toBool() ? closed : open)++;
            QVERIFY2(closed >= 1 && open >= 1,
                     qPrintable(u"board %1 (%2): %3 open and %4 closed statuses"_s.arg(it.key())
                                    .arg(name)
                                    .arg(open)
                                    .arg(closed)));
            QVERIFY2(!m_types.value(it.key()).isEmpty(), qPrintable(name + u": no types"_s));
            QVERIFY2(!m_subtypes.value(it.key()).isEmpty(), qPrintable(name + u": no subtypes"_s));
            QVERIFY2(!m_teams.value(it.key()).isEmpty(), qPrintable(name + u": no teams"_s));
            QVERIFY2(!m_items.value(it.key()).isEmpty(), qPrintable(name + u": no items"_s));
        }
    }

    void prioritiesHaveColors()
    {
        QJsonArray all;
        QString error;
        QVERIFY2(fetchAll(m_http, u"/service/priorities"_s, &all, &error), qPrintable(error));
        QSet<QString> colors;
        for (const auto &p : all) {
            const QJsonValue color = p.toObject().value(u"color"_s);
            QVERIFY2(color.isString() && !color.toString().isEmpty(),
                     qPrintable(u"priority without color: "_s + QString::fromUtf8(toJson(p))));
            colors.insert(color.toString());
        }
        QVERIFY2(colors.size() >= 2, "all priorities have the same color");
    }

    void ticketReferencesResolve()
    {
        QJsonArray array;
        QString error;
        QVERIFY2(fetchAll(m_http, u"/service/priorities"_s, &array, &error), qPrintable(error));
        const auto priorities = byId(array);
        QVERIFY2(fetchAll(m_http, u"/service/sources"_s, &array, &error), qPrintable(error));
        const auto sources = byId(array);
        QVERIFY2(fetchAll(m_http, u"/service/locations"_s, &array, &error), qPrintable(error));
        const auto locations = byId(array);
        QVERIFY2(fetchAll(m_http, u"/service/SLAs"_s, &array, &error), qPrintable(error));
        const auto slas = byId(array);

        QStringList problems;
        int withOwner = 0;
        int withContact = 0;
        int withCustomFields = 0;
        auto checkName = [&](const QString &where, const QJsonObject &ref,
                             const QMap<int, QJsonObject> &table, const QString &nameKey) {
            const int id = ref.value(u"id"_s).toInt();
            if (!table.contains(id)) {
                problems.append(where + u": id %1 does not exist"_s.arg(id));
                return;
            }
            if (ref.value(u"name"_s).toString() != table.value(id).value(nameKey).toString())
                problems.append(where + u": name '%1' but the record's %2 is '%3'"_s.arg(
                                            ref.value(u"name"_s).toString(), nameKey,
                                            table.value(id).value(nameKey).toString()));
        };
        for (const auto &item : m_tickets) {
            const QJsonObject t = item.toObject();
            const QString where = u"ticket %1"_s.arg(t.value(u"id"_s).toInt());
            for (const QString &key :
                 {u"board"_s, u"status"_s, u"company"_s, u"contact"_s, u"owner"_s, u"priority"_s,
                  u"team"_s, u"type"_s, u"subType"_s, u"source"_s, u"serviceLocation"_s, u"site"_s,
                  u"sla"_s}) {
                if (t.contains(key))
                    problems += referenceProblems(t.value(key), where + u'.' + key,
                                                  key == u"company"_s || key == u"owner"_s);
            }
            for (const QString &key : {u"summary"_s, u"board"_s, u"status"_s, u"company"_s}) {
                if (!t.contains(key))
                    problems.append(where + u": no "_s + key);
            }
            const QJsonObject board = t.value(u"board"_s).toObject();
            const int boardId = board.value(u"id"_s).toInt();
            checkName(where + u".board"_s, board, m_boards, u"name"_s);
            const QJsonObject status = t.value(u"status"_s).toObject();
            checkName(where + u".status (of its board)"_s, status, m_statuses.value(boardId),
                      u"name"_s);
            const auto statusRecord =
                m_statuses.value(boardId).value(status.value(u"id"_s).toInt());
            if (t.value(u"closedFlag"_s).toBool(false) !=
                statusRecord.value(u"closedStatus"_s).toBool(false))
                problems.append(where + u": closedFlag %1 but status '%2' has closedStatus %3"_s
                                            .arg(t.value(u"closedFlag"_s).toBool())
                                            .arg(status.value(u"name"_s).toString())
                                            .arg(statusRecord.value(u"closedStatus"_s).toBool()));
            if (t.contains(u"type"_s))
                checkName(where + u".type (of its board)"_s, t.value(u"type"_s).toObject(),
                          m_types.value(boardId), u"name"_s);
            if (t.contains(u"subType"_s))
                checkName(where + u".subType (of its board)"_s, t.value(u"subType"_s).toObject(),
                          m_subtypes.value(boardId), u"name"_s);
            if (t.contains(u"team"_s))
                checkName(where + u".team (of its board)"_s, t.value(u"team"_s).toObject(),
                          m_teams.value(boardId), u"name"_s);
            const QJsonObject company = t.value(u"company"_s).toObject();
            checkName(where + u".company"_s, company, m_companies, u"name"_s);
            if (company.value(u"identifier"_s).toString() !=
                m_companies.value(company.value(u"id"_s).toInt()).value(u"identifier"_s).toString())
                problems.append(where + u".company: identifier differs from the company's"_s);
            if (t.contains(u"contact"_s)) {
                ++withContact;
                const int contactId = t.value(u"contact"_s).toObject().value(u"id"_s).toInt();
                if (!m_contacts.contains(contactId))
                    problems.append(where + u".contact: id %1 does not exist"_s.arg(contactId));
                else if (valueAt(m_contacts.value(contactId), u"company/id"_s).toInt() !=
                         company.value(u"id"_s).toInt())
                    problems.append(
                        where +
                        u".contact: contact %1 belongs to another company"_s.arg(contactId));
            }
            if (t.contains(u"owner"_s)) {
                ++withOwner;
                const QJsonObject owner = t.value(u"owner"_s).toObject();
                const int ownerId = owner.value(u"id"_s).toInt();
                if (!m_members.contains(ownerId))
                    problems.append(where + u".owner: member %1 does not exist"_s.arg(ownerId));
                else if (owner.value(u"identifier"_s).toString() !=
                         m_members.value(ownerId).value(u"identifier"_s).toString())
                    problems.append(where + u".owner: identifier differs from the member's"_s);
            }
            if (t.contains(u"priority"_s))
                checkName(where + u".priority"_s, t.value(u"priority"_s).toObject(), priorities,
                          u"name"_s);
            if (t.contains(u"source"_s))
                checkName(where + u".source"_s, t.value(u"source"_s).toObject(), sources,
                          u"name"_s);
            if (t.contains(u"serviceLocation"_s))
                checkName(where + u".serviceLocation"_s, t.value(u"serviceLocation"_s).toObject(),
                          locations, u"name"_s);
            if (t.contains(u"sla"_s))
                checkName(where + u".sla"_s, t.value(u"sla"_s).toObject(), slas, u"name"_s);
            if (!t.value(u"customFields"_s).toArray().isEmpty())
                ++withCustomFields;
        }
        CW_CHECK_EMPTY(problems, u"ticket references"_s);
        QVERIFY2(withOwner > 0 && withContact > 0,
                 qPrintable(
                     u"%1 tickets with owner, %2 with contact"_s.arg(withOwner).arg(withContact)));
        QVERIFY2(withCustomFields >= TicketCount / 20,
                 qPrintable(u"only %1 tickets have custom fields"_s.arg(withCustomFields)));
    }

    void companyModule()
    {
        // Not in the service subset: check the essential fields by name and type.
        QVERIFY2(m_companies.size() >= 100 && m_companies.size() <= 250,
                 qPrintable(u"%1 companies (expected about 150)"_s.arg(m_companies.size())));
        QVERIFY2(m_members.size() >= 15 && m_members.size() <= 40,
                 qPrintable(u"%1 members (expected about 25)"_s.arg(m_members.size())));
        QVERIFY2(
            m_contacts.size() >= m_companies.size(),
            qPrintable(
                u"%1 contacts for %2 companies"_s.arg(m_contacts.size()).arg(m_companies.size())));
        QVERIFY2(!m_configurations.isEmpty(), "no configurations");
        QStringList problems;
        QSet<QString> identifiers;
        for (const auto &c : m_companies) {
            const QString where = u"company %1"_s.arg(c.value(u"id"_s).toInt());
            if (!c.value(u"identifier"_s).isString() ||
                c.value(u"identifier"_s).toString().isEmpty())
                problems.append(where + u": identifier"_s);
            if (identifiers.contains(c.value(u"identifier"_s).toString().toLower()))
                problems.append(where + u": duplicate identifier"_s);
            identifiers.insert(c.value(u"identifier"_s).toString().toLower());
            if (!c.value(u"name"_s).isString() || c.value(u"name"_s).toString().isEmpty())
                problems.append(where + u": name"_s);
            problems += infoProblems(c, where);
        }
        QSet<int> companiesWithContacts;
        for (const auto &c : m_contacts) {
            const QString where = u"contact %1"_s.arg(c.value(u"id"_s).toInt());
            if (!c.value(u"firstName"_s).isString())
                problems.append(where + u": firstName"_s);
            const QJsonValue company = c.value(u"company"_s);
            problems += referenceProblems(company, where + u".company"_s, true);
            if (!m_companies.contains(company.toObject().value(u"id"_s).toInt()))
                problems.append(where + u": company does not exist"_s);
            companiesWithContacts.insert(company.toObject().value(u"id"_s).toInt());
            problems += infoProblems(c, where);
        }
        QSet<QString> memberIdentifiers;
        for (const auto &m : m_members) {
            const QString where = u"member %1"_s.arg(m.value(u"id"_s).toInt());
            if (!m.value(u"identifier"_s).isString() ||
                m.value(u"identifier"_s).toString().isEmpty())
                problems.append(where + u": identifier"_s);
            memberIdentifiers.insert(m.value(u"identifier"_s).toString().toLower());
            const bool named =
                (m.value(u"firstName"_s).isString() && m.value(u"lastName"_s).isString()) ||
                m.value(u"name"_s).isString();
            if (!named)
                problems.append(where + u": neither firstName/lastName nor name"_s);
            problems += infoProblems(m, where);
        }
        if (memberIdentifiers.size() != m_members.size())
            problems.append(u"member identifiers are not unique"_s);
        for (const auto &c : m_configurations) {
            const QString where = u"configuration %1"_s.arg(c.value(u"id"_s).toInt());
            if (!c.value(u"name"_s).isString() || c.value(u"name"_s).toString().isEmpty())
                problems.append(where + u": name"_s);
            const QJsonValue company = c.value(u"company"_s);
            problems += referenceProblems(company, where + u".company"_s, true);
            if (!m_companies.contains(company.toObject().value(u"id"_s).toInt()))
                problems.append(where + u": company does not exist"_s);
            problems += infoProblems(c, where);
        }
        CW_CHECK_EMPTY(problems, u"company module records"_s);
        QVERIFY2(
            companiesWithContacts.size() >= m_companies.size() / 2,
            qPrintable(u"only %1 companies have contacts"_s.arg(companiesWithContacts.size())));

        // count and by-id on each read-only collection
        const QList<std::pair<QString, const QMap<int, QJsonObject> *>> tables{
            {u"/company/companies"_s, &m_companies},
            {u"/company/contacts"_s, &m_contacts},
            {u"/system/members"_s, &m_members},
            {u"/company/configurations"_s, &m_configurations}};
        for (const auto &[path, table] : tables) {
            const HttpResult count = m_http.get(path + u"/count"_s);
            CW_CHECK_STATUS(count, 200);
            QCOMPARE(count.object().value(u"count"_s).toInt(-1), int(table->size()));
            const int id = table->lastKey();
            const HttpResult one = m_http.get(path + u'/' + QString::number(id));
            CW_CHECK_STATUS(one, 200);
            QVERIFY2(one.object() == table->value(id), qPrintable(one.describe()));
        }
    }

    void systemInfo()
    {
        const HttpResult info = m_http.get(u"/system/info"_s);
        CW_CHECK_STATUS(info, 200);
        CW_CHECK_SCHEMA(info.json(), u"Info"_s, u"/system/info"_s);
        QVERIFY2(!info.object().value(u"version"_s).toString().isEmpty(), info.body.constData());
        QVERIFY2(info.object().value(u"isCloud"_s) == QJsonValue(false), info.body.constData());
    }

    void companyInfo()
    {
        HttpClient anonymous;
        anonymous.setDefaultHeader("Authorization", {});
        anonymous.setDefaultHeader("clientId", {});
        QUrl root = m_sandbox.baseUrl();
        root.setPath(QString());
        anonymous.setBaseUrl(root);
        const HttpResult known = anonymous.get(u"/login/companyinfo/sandbox"_s);
        CW_CHECK_STATUS(known, 200);
        const QJsonObject o = known.object();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"Codebase"_s, u"CompanyID"_s, u"CompanyName"_s, u"IsCloud"_s,
                                    u"VersionCode"_s, u"VersionNumber"_s}));
        QCOMPARE(o.value(u"Codebase"_s).toString(), u"v4_6_release/"_s);
        QCOMPARE(o.value(u"IsCloud"_s), QJsonValue(false));
        QVERIFY2(o.value(u"CompanyID"_s).toString().compare(u"sandbox"_s, Qt::CaseInsensitive) == 0,
                 known.body.constData());
        for (const QString &key : {u"CompanyName"_s, u"VersionCode"_s, u"VersionNumber"_s})
            QVERIFY2(!o.value(key).toString().isEmpty(), qPrintable(key));

        const HttpResult unknown = anonymous.get(u"/login/companyinfo/no-such-company"_s);
        CW_CHECK_STATUS(unknown, 200);
        bool ok = false;
        QVERIFY2(unknown.json(&ok).isNull() && ok, qPrintable(unknown.describe()));
    }

    void pathsAreCaseInsensitive()
    {
        const HttpResult reference = m_http.get(u"/service/SLAs"_s);
        CW_CHECK_STATUS(reference, 200);
        QVERIFY(!reference.array().isEmpty());
        for (const QString &path : {u"/service/slAs"_s, u"/service/slas"_s, u"/SERVICE/SLAS"_s}) {
            const HttpResult other = m_http.get(path);
            CW_CHECK_STATUS(other, 200);
            QCOMPARE(idsOf(other.array()), idsOf(reference.array()));
        }
        const HttpResult count = m_http.get(u"/Service/Tickets/Count"_s);
        CW_CHECK_STATUS(count, 200);
        QCOMPARE(count.object().value(u"count"_s).toInt(-1), TicketCount);
        const HttpResult kb = m_http.get(u"/service/knowledgebasearticles/count"_s);
        CW_CHECK_STATUS(kb, 200);
        QVERIFY(kb.object().value(u"count"_s).toInt() >= 150);
    }

    void ticketSearchGetIsAList()
    {
        const Params params{{u"conditions"_s, u"closedFlag = false"_s},
                            {u"orderBy"_s, u"id desc"_s},
                            {u"pageSize"_s, u"40"_s}};
        const HttpResult list = m_http.get(u"/service/tickets"_s, params);
        const HttpResult search = m_http.get(u"/service/tickets/search"_s, params);
        CW_CHECK_STATUS(list, 200);
        CW_CHECK_STATUS(search, 200);
        QVERIFY(!list.array().isEmpty());
        QCOMPARE(idsOf(search.array()), idsOf(list.array()));
    }

    void responsesAreJson()
    {
        QVERIFY(!m_boards.isEmpty());
        const QString board = u"/service/boards/"_s + QString::number(m_boards.firstKey());
        for (const QString &path : {u"/service/tickets"_s, u"/service/tickets/count"_s, board,
                                    u"/system/info"_s, u"/service/tickets/999999"_s}) {
            const HttpResult r = m_http.get(path);
            QVERIFY2(r.header("Content-Type").toLower().startsWith("application/json"),
                     qPrintable(path + u": Content-Type "_s +
                                QString::fromLatin1(r.header("Content-Type"))));
            bool ok = false;
            r.json(&ok);
            QVERIFY2(ok, qPrintable(r.describe()));
        }
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestConformanceRead)
#include "test_conformance_read.moc"
