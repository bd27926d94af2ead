// The cache's records: upserts replace by id and keep the server's bytes exactly, the indexed
// columns hold what lists filter and sort on (checked on the django-connectwise fixture ticket),
// children come back by ticket or board, deletion sweeps and sync state work, bad batches store
// nothing.
#include "storetestsupport.h"

#include "store/cache.h"
#include "store/outbox.h"
#include "store/ticketcolumns.h"

#include "query/conditions.h"
#include "query/sqlcompiler.h"

#include "api/manageclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QByteArray ticket(int id, const QString &summary, int boardId = 1, bool closed = false,
                  const QString &owner = u"jdoe"_s)
{
    return u"{\"id\":%1,\"summary\":\"%2\",\"board\":{\"id\":%3,\"name\":\"Board %3\"},"
           "\"status\":{\"id\":%4,\"name\":\"New\"},\"closedFlag\":%5,"
           "\"owner\":{\"id\":9,\"identifier\":\"%6\",\"name\":\"J Doe\"},"
           "\"severity\":\"Medium\",\"_info\":{\"lastUpdated\":\"2024-01-0%7T00:00:00Z\"}}"_s
               .arg(id)
               .arg(summary)
               .arg(boardId)
               .arg(boardId * 10)
               .arg(closed ? u"true"_s : u"false"_s, owner)
               .arg(id % 9 + 1)
               .toUtf8();
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"cache.sqlite"_s);
        m_cache.reset(new Cache(m_path));
        QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->lastError()));
    }

    void cleanup() { m_cache.reset(); }

    void upsertReplacesById()
    {
        QSignalSpy changed(m_cache.get(), &Cache::recordsChanged);
        QVERIFY(m_cache->upsertTickets({ticket(5, u"First"_s)}));
        QVERIFY(m_cache->upsertTickets({ticket(5, u"Second"_s)}));
        QCOMPARE(m_cache->count(RecordKind::Ticket), 1);
        QCOMPARE(m_cache->ticket(5).summary(), u"Second"_s);
        QCOMPARE(m_cache->rawRecord(RecordKind::Ticket, 5), ticket(5, u"Second"_s));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(1).value<QList<int>>(), QList<int>{5});
        // The same bytes again: nothing written, nothing reported.
        QVERIFY(m_cache->upsertTickets({ticket(5, u"Second"_s)}));
        QCOMPARE(changed.size(), 2);
        // Same id twice in one batch: the later wins.
        QVERIFY(m_cache->upsertTickets({ticket(6, u"a"_s), ticket(6, u"b"_s)}));
        QCOMPARE(m_cache->ticket(6).summary(), u"b"_s);
        QCOMPARE(m_cache->count(RecordKind::Ticket), 2);
    }

    void serverDataLeavesOutboxChangesAlone()
    {
        // Nothing is sent: the client has no site, the outbox only queues here.
        QNetworkAccessManager network;
        ManageClient client(&network);
        Outbox outbox(m_cache.get(), &client);
        QVERIFY(m_cache->upsertTickets({ticket(7, u"Server"_s), ticket(8, u"Other"_s)}));
        const QJsonObject base = m_cache->ticket(7).json();
        QJsonObject edited = base;
        edited.insert(u"summary"_s, u"Mine, not sent yet"_s);
        QString error;
        QVERIFY2(outbox.queueEdit(RecordKind::Ticket, 7, 0, base, edited, &error) > 0,
                 qPrintable(error));
        const qint64 noteSeq = outbox.queueCreate(
            RecordKind::Note, 7, QJsonObject{{u"text"_s, u"queued note"_s}}, &error);
        QVERIFY2(noteSeq > 0, qPrintable(error));
        QCOMPARE(m_cache->notes(7).size(), 1);
        const int localNote = m_cache->notes(7).first().id();
        QVERIFY(localNote < 0);

        // A sync brings the server's copies: the queued edit stays visible, the other updates.
        QVERIFY(m_cache->upsertTickets({ticket(7, u"Server, newer"_s), ticket(8, u"Other 2"_s)}));
        QCOMPARE(m_cache->ticket(7).summary(), u"Mine, not sent yet"_s);
        QCOMPARE(m_cache->ticket(8).summary(), u"Other 2"_s);
        // The server's note list does not know the local note: it stays.
        QVERIFY(m_cache->replaceChildren(RecordKind::Note, 7, {}, &error));
        QCOMPARE(m_cache->notes(7).size(), 1);
        QCOMPARE(m_cache->notes(7).first().id(), localNote);
        // The deletion sweep keeps a ticket with queued changes and local tickets.
        QCOMPARE(m_cache->deleteTicketsNotIn({8}), 0);
        QCOMPARE(m_cache->ticket(7).summary(), u"Mine, not sent yet"_s);
        // Once discarded, server data applies again.
        for (const OutboxEntry &entry : outbox.entries())
            QVERIFY(outbox.discard(entry.seq, &error));
        QVERIFY(m_cache->upsertTickets({ticket(7, u"Server, newest"_s)}));
        QCOMPARE(m_cache->ticket(7).summary(), u"Server, newest"_s);
    }

    void rawJsonRoundTripsByteForByte()
    {
        // Whitespace, key order, escapes, non-ASCII, numbers as written, unknown members.
        const QByteArray raw =
            "{ \"summary\" : \"caf\\u00e9 \xe2\x98\x95 \\\"quoted\\\"\",\n\t\"id\":42 ,"
            "\"budgetHours\": 1.50e0, \"customFields\":[{\"id\":1,\"value\":null}],"
            "\"zeta\":{}, \"alpha\" :[ ] }";
        QVERIFY(m_cache->upsertTickets({raw}));
        QCOMPARE(m_cache->rawRecord(RecordKind::Ticket, 42), raw);
        const Ticket read = m_cache->ticket(42);
        QCOMPARE(read.rawJson(), raw);
        QCOMPARE(read.summary(), u"café ☕ \"quoted\""_s);
        QCOMPARE(m_cache->tickets().constFirst().rawJson(), raw);
        // Stored as TEXT, so the SQL compiler's JSON paths work on it.
        QCOMPARE(m_cache->count(RecordKind::Ticket, u"json_extract(json, '$.budgetHours') = 1.5"_s),
                 1);
        RawConnection raw2(m_path);
        QCOMPARE(raw2.value(u"SELECT typeof(json) FROM tickets WHERE id = 42"_s).toString(),
                 u"text"_s);
    }

    void fixtureTicketColumns()
    {
        const QByteArray priority = fixtureRaw(u"API_SERVICE_PRIORITY"_s);
        const QByteArray raw = fixtureRaw(u"API_SERVICE_TICKET"_s);
        QVERIFY2(!raw.isEmpty(), "fixture file missing");
        QString error;
        QVERIFY2(m_cache->upsert(RecordKind::Priority, {priority}, 0, &error), qPrintable(error));
        QVERIFY2(m_cache->upsertTickets({raw}, &error), qPrintable(error));

        RawConnection db(m_path);
        const QVariantMap row = db.row(u"SELECT * FROM tickets WHERE id = 69"_s);
        QVERIFY2(!row.isEmpty(), qPrintable(db.lastError()));
        const auto expect = [&](const char *column, const QVariant &value) {
            const QVariant actual = row.value(QString::fromLatin1(column));
            if (value.isNull())
                return actual.isNull();
            return actual == value || actual.toString() == value.toString();
        };
        const QList<std::pair<const char *, QVariant>> expected{
            {"board_id", 1},
            {"status_id", 1},
            {"status_name", u"New"_s},
            {"status_name_ci", u"new"_s},
            {"company_id", 2},
            {"company_name", u"TestCompany"_s},
            {"company_name_ci", u"testcompany"_s},
            {"company_identifier", u"YourCompany"_s},
            {"company_identifier_ci", u"yourcompany"_s},
            {"contact_id", 2},
            {"contact_name", u"Gregg Kegle"_s},
            {"contact_name_ci", u"gregg kegle"_s},
            {"owner_id", 176},
            {"owner_identifier", u"User1"_s},
            {"owner_identifier_ci", u"user1"_s},
            {"owner_name", QVariant()},
            {"priority_id", 4},
            {"priority_name", u"Priority 3 - Normal Response"_s},
            {"priority_name_ci", u"priority 3 - normal response"_s},
            {"priority_sort", 6},
            {"summary", u"Schedule and Execute Conversion"_s},
            {"summary_ci", u"schedule and execute conversion"_s},
            {"closed_flag", 0},
            {"closed_date_ms", QVariant()},
            {"last_updated_ms", utcMs("2016-03-08T21:59:20Z")},
            {"date_entered_ms", utcMs("2005-05-27T17:30:19Z")},
            {"required_date_ms", utcMs("2017-03-03T00:00:00Z")},
            {"budget_hours", QVariant()},
            {"severity", u"Medium"_s},
            {"impact", u"Medium"_s},
            {"team_id", 25},
            {"type_id", 8},
            {"subtype_id", 1},
            {"item_id", 2},
            {"source_id", 2},
            {"location_id", 1},
            {"site_id", 28},
            {"sla_id", 3},
            {"sla_status", QVariant()},
            {"record_type", u"ServiceTicket"_s},
            {"record_type_ci", u"serviceticket"_s},
            {"parent_ticket_id", QVariant()},
            {"resources", u"User1"_s},
            {"resources_ci", u"user1"_s},
        };
        for (const auto &[column, value] : expected) {
            QVERIFY2(row.contains(QString::fromLatin1(column)), column);
            QVERIFY2(expect(column, value),
                     qPrintable(u"%1 = %2, expected %3"_s.arg(
                         QString::fromLatin1(column),
                         row.value(QString::fromLatin1(column)).toString(), value.toString())));
        }
        QVERIFY(row.value(u"fetched_at_ms"_s).toLongLong() >
                QDateTime::currentMSecsSinceEpoch() - 60000);
        QCOMPARE(row.value(u"json"_s).toString().toUtf8(), raw);
        // The columns the compiler is told about exist, with their _ci companions.
        for (const TicketColumns::Column &column : TicketColumns::all()) {
            QVERIFY2(row.contains(column.column), qPrintable(column.column));
            if (column.kind == query::SqlColumn::Kind::Text)
                QVERIFY2(row.contains(TicketColumns::foldedColumn(column)),
                         qPrintable(column.column));
        }
        QCOMPARE(TicketColumns::find(u"Company/Identifier"_s)->column, u"company_identifier"_s);
        QCOMPARE(TicketColumns::find(u"lastUpdated"_s)->column, u"last_updated_ms"_s);
        QVERIFY(TicketColumns::find(u"customFields/value"_s) == nullptr);
        QVERIFY(TicketColumns::find(u"priority/sort"_s) == nullptr);
        // The indexes lists rely on are there.
        QCOMPARE(db.value(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                          "tbl_name = 'tickets' AND name LIKE 'tickets_%'"_s)
                     .toInt(),
                 8); // v1's six, and v3's status name and covering scan indexes
    }

    void ticketColumnsAreTheJsonsImage()
    {
        // NULL exactly for null or missing; "" and 0 as themselves (SqlCompiler's contract).
        QVERIFY(m_cache->upsertTickets({
            R"({"id":1,"summary":"","contactName":"","budgetHours":0,"parentTicketId":0,
                "severity":null,"closedFlag":true,"requiredDate":"2024-05-06T07:08:09Z"})",
            R"({"id":2,"summary":"  Straße ","budgetHours":null,"impact":"High","slaStatus":5})",
        }));
        RawConnection db(m_path);
        const QVariantMap one = db.row(u"SELECT * FROM tickets WHERE id = 1"_s);
        QCOMPARE(one.value(u"summary"_s).typeId(), QMetaType::QString);
        QCOMPARE(one.value(u"summary"_s).toString(), QString());
        QVERIFY(!one.value(u"summary"_s).isNull());
        QVERIFY(!one.value(u"contact_name"_s).isNull());
        QCOMPARE(one.value(u"budget_hours"_s).toDouble(), 0.0);
        QVERIFY(!one.value(u"budget_hours"_s).isNull());
        QVERIFY(!one.value(u"parent_ticket_id"_s).isNull());
        QVERIFY(one.value(u"severity"_s).isNull());
        QVERIFY(one.value(u"impact"_s).isNull());
        QVERIFY(one.value(u"last_updated_ms"_s).isNull());
        QCOMPARE(one.value(u"closed_flag"_s).toInt(), 1);
        QCOMPARE(one.value(u"required_date_ms"_s).toLongLong(), utcMs("2024-05-06T07:08:09Z"));
        const QVariantMap two = db.row(u"SELECT * FROM tickets WHERE id = 2"_s);
        QCOMPARE(two.value(u"summary"_s).toString(), u"  Straße "_s);
        // Folded like SqlFunctions::foldedKey: case folded, trailing spaces dropped, ß kept.
        QCOMPARE(two.value(u"summary_ci"_s).toString(), u"  straße"_s);
        QVERIFY(two.value(u"budget_hours"_s).isNull());
        QVERIFY(two.value(u"contact_name"_s).isNull());
        QCOMPARE(two.value(u"impact_ci"_s).toString(), u"high"_s);
        // A value of another type than the schema's reads as missing.
        QVERIFY(two.value(u"sla_status"_s).isNull());
        QCOMPARE(two.value(u"closed_flag"_s).toInt(), 0);
    }

    void compiledConditionsMatchTheEvaluator()
    {
        QList<QByteArray> batch{fixtureRaw(u"API_SERVICE_TICKET"_s)};
        const QStringList summaries{u"Printer jam"_s, u"printer JAM  "_s, u""_s,
                                    u"Straße"_s,      u"STRASSE"_s,       u"50% off"_s};
        for (int i = 0; i < 60; ++i) {
            QJsonObject t{
                {u"id"_s, 100 + i},
                {u"summary"_s, summaries.at(i % summaries.size())},
                {u"closedFlag"_s, i % 3 == 0},
                {u"board"_s,
                 QJsonObject{{u"id"_s, 1 + i % 4}, {u"name"_s, u"Board %1"_s.arg(1 + i % 4)}}},
                {u"status"_s,
                 QJsonObject{{u"id"_s, 1 + i % 5}, {u"name"_s, i % 2 ? u"New"_s : u"Done"_s}}},
                {u"_info"_s,
                 QJsonObject{{u"lastUpdated"_s, u"2024-01-%1T10:00:00Z"_s.arg(1 + i % 28, 2, 10,
                                                                              QLatin1Char('0'))}}}};
            if (i % 4 == 0)
                t.insert(u"budgetHours"_s, QJsonValue::Null);
            else if (i % 4 == 1)
                t.insert(u"budgetHours"_s, 0);
            else if (i % 4 == 2)
                t.insert(u"budgetHours"_s, i / 2.0);
            if (i % 7 == 0)
                t.insert(u"contactName"_s, u""_s);
            else if (i % 7 == 1)
                t.insert(u"contactName"_s, u"Zoë Smith"_s);
            batch.append(compact(t));
        }
        QVERIFY(m_cache->upsertTickets(batch));
        QVERIFY(m_cache->sqlFunctionsAvailable());

        query::SqlCompiler compiler(&TicketColumns::resolve);
        const QStringList conditions{
            u"board/id = 1 and closedFlag = false"_s,
            u"summary = \"printer jam\""_s,
            u"summary like \"%PRINT%\""_s,
            u"summary = \"\""_s,
            u"summary = \"strasse\""_s,
            u"status/name = \"new\" or board/id in (2, 3)"_s,
            u"budgetHours = 0"_s,
            u"budgetHours = null"_s,
            u"budgetHours > 5"_s,
            u"contactName = \"\""_s,
            u"contactName = null"_s,
            u"contactName contains \"ZOË\""_s,
            u"lastUpdated > [2024-01-15T00:00:00Z]"_s,
            u"company/identifier = \"YourCompany\" and priority/id = 4"_s,
            u"closedFlag != true and summary not like \"%jam%\""_s,
            u"status/id = 1 or status/id > 4"_s,
        };
        const QList<QByteArray> all = m_cache->rawRecords(RecordKind::Ticket);
        QCOMPARE(all.size(), 61);
        for (const QString &text : conditions) {
            query::Error parseError;
            const query::Conditions parsed = query::Conditions::parse(text, &parseError);
            QVERIFY2(parsed.isValid(), qPrintable(text));
            const query::SqlFragment fragment = compiler.compile(parsed);
            QString error;
            const QList<int> fromSql = m_cache->ids(RecordKind::Ticket, fragment.where,
                                                    fragment.bindings, u"id"_s, -1, 0, &error);
            QVERIFY2(error.isEmpty(), qPrintable(text + u": "_s + error));
            QList<int> expected;
            for (const QByteArray &raw : all) {
                const QJsonObject record = QJsonDocument::fromJson(raw).object();
                if (parsed.matches(record))
                    expected.append(record.value(u"id"_s).toInt());
            }
            if (fragment.exact) {
                QVERIFY2(fromSql == expected,
                         qPrintable(
                             u"%1\n  sql: %2\n  got %3 ids, expected %4"_s.arg(text, fragment.where)
                                 .arg(fromSql.size())
                                 .arg(expected.size())));
            } else {
                // A superset: the caller filters in memory.
                for (const int id : expected)
                    QVERIFY2(fromSql.contains(id), qPrintable(text));
            }
        }
    }

    void prioritySortFollowsPriorities()
    {
        QVERIFY(m_cache->upsertTickets({fixtureRaw(u"API_SERVICE_TICKET"_s)}));
        QCOMPARE(m_cache->count(RecordKind::Ticket, u"priority_sort IS NULL"_s), 1);
        QJsonObject priority = fixtureObject(u"API_SERVICE_PRIORITY"_s);
        QVERIFY(m_cache->upsert(RecordKind::Priority, {compact(priority)}));
        QCOMPARE(m_cache->count(RecordKind::Ticket, u"priority_sort = 6"_s), 1);
        priority[u"sortOrder"_s] = 2;
        QVERIFY(m_cache->upsert(RecordKind::Priority, {compact(priority)}));
        QCOMPARE(m_cache->count(RecordKind::Ticket, u"priority_sort = 2"_s), 1);
    }

    void ticketsQueryPath()
    {
        QVERIFY(m_cache->upsertTickets({ticket(1, u"alpha"_s, 1), ticket(2, u"Bravo"_s, 1),
                                        ticket(3, u"charlie"_s, 1, true),
                                        ticket(4, u"delta"_s, 2, false, u"asmith"_s)}));
        QString error;
        const QList<Ticket> open = m_cache->tickets(u"board_id = ? AND closed_flag = 0"_s, {1},
                                                    u"summary_ci DESC"_s, -1, 0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).id(), 2);
        QCOMPARE(open.at(1).id(), 1);
        QCOMPARE(m_cache->tickets({}, {}, u"id DESC"_s, 2).size(), 2);
        QCOMPARE(m_cache->tickets({}, {}, u"id"_s, 2, 3).constFirst().id(), 4);
        QCOMPARE(m_cache->ids(RecordKind::Ticket, u"owner_identifier_ci = ?"_s, {u"asmith"_s}),
                 QList<int>{4});
        QCOMPARE(m_cache->count(RecordKind::Ticket, u"json_extract(json, '$.severity') = ?"_s,
                                {u"Medium"_s}),
                 4);
        QCOMPARE(m_cache->maxLastUpdatedMs(RecordKind::Ticket), utcMs("2024-01-05T00:00:00Z"));
        // A broken fragment is an error, not a crash or an empty success.
        QVERIFY(m_cache->tickets(u"no_such_column = 1"_s, {}, {}, -1, 0, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_cache->count(RecordKind::Ticket, u"no_such_column = 1"_s), -1);
        QVERIFY(m_cache->ticket(999).isNull());
    }

    void childrenByTicket()
    {
        QVERIFY(m_cache->upsertTickets({fixtureRaw(u"API_SERVICE_TICKET"_s)}));
        const QList<QByteArray> fixtureNotes = fixtureList(u"API_SERVICE_NOTE_LIST"_s);
        QVERIFY(!fixtureNotes.isEmpty());
        QString error;
        QVERIFY2(m_cache->upsertNotes(0, fixtureNotes, &error), qPrintable(error));
        QCOMPARE(m_cache->notes(69).size(), fixtureNotes.size());
        QCOMPARE(m_cache->notes(69).constFirst().rawJson(), fixtureNotes.constFirst());

        const QList<QByteArray> notes{
            R"({"id":100,"ticketId":70,"text":"second","dateCreated":"2024-01-02T00:00:00Z","internalAnalysisFlag":true})",
            R"({"id":101,"ticketId":70,"text":"first","dateCreated":"2024-01-01T00:00:00Z","detailDescriptionFlag":true})",
        };
        QVERIFY(m_cache->upsertNotes(70, notes));
        QList<Note> read = m_cache->notes(70);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).id(), 101); // by date created
        QCOMPARE(read.at(1).text(), u"second"_s);
        RawConnection db(m_path);
        QCOMPARE(db.value(u"SELECT flags FROM notes WHERE id = 100"_s).toInt(), 0x02);

        const QList<QByteArray> tasks{
            R"({"id":7,"ticketId":70,"summary":"b","priority":2,"closedFlag":true})",
            R"({"id":8,"summary":"a","priority":1})",
        };
        QVERIFY(m_cache->upsertTasks(70, tasks));
        const QList<Task> readTasks = m_cache->tasks(70);
        QCOMPARE(readTasks.size(), 2);
        QCOMPARE(readTasks.at(0).id(), 8);
        QVERIFY(readTasks.at(1).closedFlag());

        const QList<QByteArray> links{R"({"id":300,"deviceIdentifier":"PC-1"})",
                                      R"({"id":301,"deviceIdentifier":"PC-2"})"};
        QVERIFY(m_cache->upsertTicketConfigurations(70, links));
        QVERIFY(m_cache->upsertTicketConfigurations(71, {links.at(0)}));
        QCOMPARE(m_cache->ticketConfigurations(70).size(), 2);
        QCOMPARE(m_cache->ticketConfigurations(71).size(), 1);
        QCOMPARE(m_cache->rawRecord(RecordKind::TicketConfiguration, 300, 71), links.at(0));
        // A link needs its ticket.
        QVERIFY(!m_cache->upsert(RecordKind::TicketConfiguration, links, 0, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(m_cache->remove(RecordKind::TicketConfiguration, {300}, 70));
        QCOMPARE(m_cache->ticketConfigurations(70).size(), 1);
        QCOMPARE(m_cache->ticketConfigurations(71).size(), 1);

        // A whole list replaces what the ticket had.
        QSignalSpy removed(m_cache.get(), &Cache::recordsRemoved);
        QVERIFY(m_cache->replaceChildren(RecordKind::Note, 70, {notes.at(0)}, &error));
        QCOMPARE(m_cache->notes(70).size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).value<QList<int>>(), QList<int>{101});
        QCOMPARE(removed.at(0).at(2).toInt(), 70);
        QCOMPARE(m_cache->notes(69).size(), fixtureNotes.size());
    }

    void lookupsOfEveryKind()
    {
        struct Case
        {
            RecordKind kind;
            QByteArray raw;
            int parentId;
        };
        const QList<Case> cases{
            {RecordKind::Board, fixtureRaw(u"API_BOARD"_s), 0},
            {RecordKind::BoardStatus, fixtureList(u"API_BOARD_STATUS_LIST"_s).value(1), 0},
            {RecordKind::BoardType,
             R"({"id":8,"name":"Admin","board":{"id":1},"defaultFlag":true})", 0},
            {RecordKind::BoardSubType, R"({"id":11,"name":"Repair"})", 1},
            {RecordKind::BoardItem, R"({"id":12,"name":"Fix it","board":{"id":1}})", 0},
            {RecordKind::BoardTeam, R"({"id":25,"name":"Windows Team","boardId":1})", 0},
            {RecordKind::Priority, fixtureRaw(u"API_SERVICE_PRIORITY"_s), 0},
            {RecordKind::Sla, fixtureRaw(u"API_SERVICE_SLA"_s), 0},
            {RecordKind::Source, fixtureRaw(u"API_SOURCE"_s), 0},
            {RecordKind::Location, fixtureRaw(u"API_SERVICE_LOCATION"_s), 0},
            {RecordKind::Member, fixtureRaw(u"API_MEMBER"_s), 0},
            {RecordKind::Company, fixtureRaw(u"API_COMPANY"_s), 0},
            {RecordKind::Contact,
             R"({"id":2,"firstName":"Arnie","lastName":"Bellini","company":{"id":2}})", 0},
            {RecordKind::Site, R"({"id":28,"name":"Main","company":{"id":2}})", 0},
            {RecordKind::Configuration,
             R"({"id":300,"name":"PC-1","company":{"id":2},"activeFlag":true})", 0},
            {RecordKind::KbArticle,
             R"({"id":5,"title":"Reset a password","issue":"Locked out","resolution":"Reset it"})",
             0},
        };
        for (const Case &c : cases) {
            QVERIFY2(!c.raw.isEmpty(), qPrintable(Cache::tableName(c.kind)));
            QString error;
            QVERIFY2(m_cache->upsert(c.kind, {c.raw}, c.parentId, &error),
                     qPrintable(Cache::tableName(c.kind) + u": "_s + error));
            QCOMPARE(m_cache->count(c.kind), 1);
            const int id = m_cache->ids(c.kind).value(0);
            QVERIFY(id > 0);
            QCOMPARE(m_cache->rawRecord(c.kind, id), c.raw);
        }
        QCOMPARE(m_cache->boards().constFirst().name(), u"Service A"_s);
        QCOMPARE(m_cache->statuses(1).constFirst().name(), u"In Progress"_s);
        QCOMPARE(m_cache->boardTypes(1).size(), 1);
        QCOMPARE(m_cache->boardSubTypes(1).size(), 1);
        QCOMPARE(m_cache->boardItems(1).size(), 1);
        QCOMPARE(m_cache->boardTeams(1).size(), 1);
        QCOMPARE(m_cache->priorities().constFirst().sortOrder(), 6);
        QCOMPARE(m_cache->slas().size(), 1);
        QCOMPARE(m_cache->sources().size(), 1);
        QCOMPARE(m_cache->locations().size(), 1);
        QCOMPARE(m_cache->members().constFirst().identifier(), u"User1"_s);
        QCOMPARE(m_cache->records<Company>(RecordKind::Company).constFirst().identifier(),
                 u"YourCompany"_s);
        QCOMPARE(
            m_cache->records<Contact>(RecordKind::Contact, u"name_ci = ?"_s, {u"arnie bellini"_s})
                .size(),
            1);
        QCOMPARE(m_cache->kbArticle(5).issue(), u"Locked out"_s);
        // A board's child needs its board.
        QString error;
        QVERIFY(!m_cache->upsert(RecordKind::BoardStatus, {R"({"id":77,"name":"x"})"}, 0, &error));
        QVERIFY(!error.isEmpty());
    }

    void badRecordStoresNothingOfTheBatch()
    {
        QString error;
        QVERIFY(!m_cache->upsertTickets({ticket(1, u"good"_s), "{\"summary\":\"no id\"}"}, &error));
        QVERIFY2(error.contains(u"2"_s), qPrintable(error));
        QCOMPARE(m_cache->count(RecordKind::Ticket), 0);
        QVERIFY(!m_cache->upsertTickets({ticket(1, u"good"_s), "[1,2]"}, &error));
        QVERIFY(!m_cache->upsertTickets({"{\"id\":3,\"summary\":"}, &error));
        QCOMPARE(m_cache->count(RecordKind::Ticket), 0);
        QCOMPARE(m_cache->lastError(), error);
        QVERIFY(m_cache->upsertTickets({}, &error));
    }

    void deletionSweep()
    {
        QVERIFY(m_cache->upsertTickets({ticket(1, u"a"_s, 1), ticket(2, u"b"_s, 1),
                                        ticket(3, u"c"_s, 1), ticket(4, u"d"_s, 2)}));
        QVERIFY(m_cache->upsertNotes(2, {R"({"id":20,"text":"note of two"})"}));
        QVERIFY(m_cache->upsertTasks(2, {R"({"id":21,"summary":"task of two"})"}));
        QVERIFY(m_cache->upsertTicketConfigurations(2, {R"({"id":22})"}));
        QSignalSpy removed(m_cache.get(), &Cache::recordsRemoved);
        QString error;
        // Board 1 now has tickets 1 and 3 only; board 2 is not in the sweep's scope.
        QCOMPARE(m_cache->deleteTicketsNotIn({1, 3}, u"board_id = ?"_s, {1}, &error), 1);
        QCOMPARE(m_cache->ids(RecordKind::Ticket), (QList<int>{1, 3, 4}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).value<QList<int>>(), QList<int>{2});
        // Its children went with it.
        QCOMPARE(m_cache->count(RecordKind::Note), 0);
        QCOMPARE(m_cache->count(RecordKind::Task), 0);
        QCOMPARE(m_cache->count(RecordKind::TicketConfiguration), 0);
        QCOMPARE(m_cache->deleteTicketsNotIn({}, {}, {}, &error), 3);
        QCOMPARE(m_cache->count(RecordKind::Ticket), 0);
        QCOMPARE(m_cache->deleteTicketsNotIn({}, u"nonsense ="_s, {}, &error), -1);
        QVERIFY(!error.isEmpty());
    }

    void syncState()
    {
        QCOMPARE(m_cache->syncState(u"missing"_s), QString());
        QVERIFY(m_cache->setSyncState(u"tickets.lastUpdated"_s, u"2024-01-01T00:00:00Z"_s));
        QVERIFY(m_cache->setSyncState(u"tickets.lastUpdated"_s, u"2024-02-01T00:00:00Z"_s));
        QCOMPARE(m_cache->syncState(u"tickets.lastUpdated"_s), u"2024-02-01T00:00:00Z"_s);
        QVERIFY(m_cache->setSyncState(u"empty"_s, u""_s));
        QVERIFY(!m_cache->syncState(u"empty"_s).isNull());
        QVERIFY(m_cache->setSyncState(u"tickets.lastUpdated"_s, QString()));
        QVERIFY(m_cache->syncState(u"tickets.lastUpdated"_s).isNull());
    }

    // A page of a first sync: records and its resume point in one transaction, committed
    // relaxed; every other commit of the connection stays FULL.
    void syncStateCommitsWithTheRecords()
    {
        const auto synchronous = [this] {
            QSqlQuery q(m_cache->database());
            return q.exec(u"PRAGMA synchronous"_s) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(synchronous(), 2); // FULL
        QString error;
        QVERIFY2(m_cache->upsertTickets({ticket(1, u"a"_s), ticket(2, u"b"_s)}, &error,
                                        {{u"resume"_s, u"2"_s}}, Cache::Commit::Relaxed),
                 qPrintable(error));
        QCOMPARE(m_cache->count(RecordKind::Ticket), 2);
        QCOMPARE(m_cache->syncState(u"resume"_s), u"2"_s);
        QCOMPARE(synchronous(), 2);
        // A bad record: neither the page nor its resume point.
        QVERIFY(!m_cache->upsertTickets({ticket(3, u"c"_s), "[1]"}, &error, {{u"resume"_s, u"3"_s}},
                                        Cache::Commit::Relaxed));
        QCOMPARE(m_cache->count(RecordKind::Ticket), 2);
        QCOMPARE(m_cache->syncState(u"resume"_s), u"2"_s);
        QCOMPARE(synchronous(), 2);
        // State alone, and a null value deletes.
        QVERIFY(m_cache->upsertTickets({}, &error, {{u"resume"_s, QString()}}));
        QVERIFY(m_cache->syncState(u"resume"_s).isNull());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Cache> m_cache;
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestCache)
#include "test_cache.moc"
