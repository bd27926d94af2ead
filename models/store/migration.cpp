#include "migration.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// Schema v1. Conventions the conditions → SQL compiler relies on (see TicketColumns): every
// record keeps the server's bytes in `json` (TEXT, valid for json_extract); the columns lists
// filter and sort on are real columns: INTEGER ids, INTEGER 0/1 flags, REAL numbers, TEXT with a
// folded companion `<name>_ci` (SqlFunctions::foldedKey), and date-times as INTEGER ms since the
// epoch (UTC). A ticket column is NULL exactly when its JSON value is null or missing; in the
// other tables (read through the typed records) "" and 0 are stored as NULL too.
// Small columns come first and `json` last, so a scan that reads only the indexed columns stops
// at the start of each row instead of following its overflow pages.
const QStringList &schemaV1()
{
    static const QStringList statements{
        uR"(CREATE TABLE tickets (
            id INTEGER PRIMARY KEY,
            board_id INTEGER,
            status_id INTEGER,
            status_name TEXT, status_name_ci TEXT,
            company_id INTEGER,
            company_name TEXT, company_name_ci TEXT,
            company_identifier TEXT, company_identifier_ci TEXT,
            contact_id INTEGER,
            contact_name TEXT, contact_name_ci TEXT,
            owner_id INTEGER,
            owner_identifier TEXT, owner_identifier_ci TEXT,
            owner_name TEXT, owner_name_ci TEXT,
            priority_id INTEGER,
            priority_name TEXT, priority_name_ci TEXT,
            priority_sort INTEGER,
            summary TEXT, summary_ci TEXT,
            closed_flag INTEGER NOT NULL DEFAULT 0,
            closed_date_ms INTEGER,
            last_updated_ms INTEGER,
            date_entered_ms INTEGER,
            required_date_ms INTEGER,
            budget_hours REAL,
            severity TEXT, severity_ci TEXT,
            impact TEXT, impact_ci TEXT,
            team_id INTEGER,
            type_id INTEGER,
            subtype_id INTEGER,
            item_id INTEGER,
            source_id INTEGER,
            location_id INTEGER,
            site_id INTEGER,
            sla_id INTEGER,
            sla_status TEXT, sla_status_ci TEXT,
            record_type TEXT, record_type_ci TEXT,
            parent_ticket_id INTEGER,
            resources TEXT, resources_ci TEXT,
            initial_description TEXT,
            initial_resolution TEXT,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX tickets_board_status ON tickets (board_id, status_id)"_s,
        u"CREATE INDEX tickets_board_closed ON tickets (board_id, closed_flag)"_s,
        u"CREATE INDEX tickets_owner ON tickets (owner_identifier_ci)"_s,
        u"CREATE INDEX tickets_company ON tickets (company_id)"_s,
        u"CREATE INDEX tickets_last_updated ON tickets (last_updated_ms)"_s,
        u"CREATE INDEX tickets_priority ON tickets (priority_id)"_s,

        uR"(CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL,
            flags INTEGER NOT NULL DEFAULT 0,
            date_created_ms INTEGER,
            created_by TEXT,
            text TEXT,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX notes_ticket ON notes (ticket_id, date_created_ms)"_s,

        uR"(CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL,
            closed_flag INTEGER NOT NULL DEFAULT 0,
            priority INTEGER,
            summary TEXT,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX tasks_ticket ON tasks (ticket_id, priority)"_s,

        uR"(CREATE TABLE ticket_configurations (
            ticket_id INTEGER NOT NULL,
            configuration_id INTEGER NOT NULL,
            device_identifier TEXT,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (ticket_id, configuration_id)) STRICT)"_s,

        uR"(CREATE TABLE boards (
            id INTEGER PRIMARY KEY,
            name TEXT, name_ci TEXT,
            inactive_flag INTEGER NOT NULL DEFAULT 0,
            project_flag INTEGER NOT NULL DEFAULT 0,
            location_id INTEGER,
            department_id INTEGER,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,

        uR"(CREATE TABLE board_statuses (
            id INTEGER PRIMARY KEY,
            board_id INTEGER NOT NULL,
            name TEXT, name_ci TEXT,
            sort_order INTEGER,
            default_flag INTEGER NOT NULL DEFAULT 0,
            closed_flag INTEGER NOT NULL DEFAULT 0,
            inactive_flag INTEGER NOT NULL DEFAULT 0,
            display_on_board INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX board_statuses_board ON board_statuses (board_id, sort_order)"_s,

        uR"(CREATE TABLE board_types (
            id INTEGER PRIMARY KEY,
            board_id INTEGER NOT NULL,
            name TEXT, name_ci TEXT,
            default_flag INTEGER NOT NULL DEFAULT 0,
            inactive_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX board_types_board ON board_types (board_id)"_s,

        uR"(CREATE TABLE board_subtypes (
            id INTEGER PRIMARY KEY,
            board_id INTEGER NOT NULL,
            name TEXT, name_ci TEXT,
            inactive_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX board_subtypes_board ON board_subtypes (board_id)"_s,

        uR"(CREATE TABLE board_items (
            id INTEGER PRIMARY KEY,
            board_id INTEGER NOT NULL,
            name TEXT, name_ci TEXT,
            inactive_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX board_items_board ON board_items (board_id)"_s,

        uR"(CREATE TABLE board_teams (
            id INTEGER PRIMARY KEY,
            board_id INTEGER NOT NULL,
            name TEXT, name_ci TEXT,
            default_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX board_teams_board ON board_teams (board_id)"_s,

        uR"(CREATE TABLE priorities (
            id INTEGER PRIMARY KEY,
            name TEXT, name_ci TEXT,
            sort_order INTEGER,
            default_flag INTEGER NOT NULL DEFAULT 0,
            color TEXT,
            level TEXT,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,

        // SLAs, sources and service locations: small lists picked by name.
        uR"(CREATE TABLE slas (
            id INTEGER PRIMARY KEY,
            name TEXT, name_ci TEXT,
            default_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        uR"(CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT, name_ci TEXT,
            default_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        uR"(CREATE TABLE locations (
            id INTEGER PRIMARY KEY,
            name TEXT, name_ci TEXT,
            default_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,

        uR"(CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            identifier TEXT, identifier_ci TEXT,
            name TEXT, name_ci TEXT,
            inactive_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX members_identifier ON members (identifier_ci)"_s,

        uR"(CREATE TABLE companies (
            id INTEGER PRIMARY KEY,
            identifier TEXT, identifier_ci TEXT,
            name TEXT, name_ci TEXT,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX companies_name ON companies (name_ci)"_s,

        uR"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            company_id INTEGER,
            name TEXT, name_ci TEXT,
            inactive_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX contacts_company ON contacts (company_id)"_s,

        uR"(CREATE TABLE sites (
            id INTEGER PRIMARY KEY,
            company_id INTEGER,
            name TEXT, name_ci TEXT,
            inactive_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX sites_company ON sites (company_id)"_s,

        uR"(CREATE TABLE configurations (
            id INTEGER PRIMARY KEY,
            company_id INTEGER,
            name TEXT, name_ci TEXT,
            device_identifier TEXT,
            type_id INTEGER,
            status_id INTEGER,
            active_flag INTEGER NOT NULL DEFAULT 0,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX configurations_company ON configurations (company_id)"_s,

        uR"(CREATE TABLE kb_articles (
            id INTEGER PRIMARY KEY,
            board_id INTEGER,
            title TEXT, title_ci TEXT,
            issue TEXT,
            resolution TEXT,
            category_id INTEGER,
            sub_category_id INTEGER,
            date_created_ms INTEGER,
            last_updated_ms INTEGER,
            fetched_at_ms INTEGER NOT NULL,
            json TEXT NOT NULL) STRICT)"_s,

        uR"(CREATE TABLE sync_state (
            key TEXT PRIMARY KEY,
            value TEXT) STRICT)"_s,

        // One full-text index over ticket summaries (+ initial description/resolution), note text
        // and articles, so one bm25 ranks all three. It keeps its own copy of the text (not
        // external content): an external-content table needs one content table, and three of
        // them would rank each kind on its own scale. rowid = record id * 4 + kind (1 ticket,
        // 2 note, 3 article).
        uR"(CREATE VIRTUAL TABLE search USING fts5 (
            title, body, kind UNINDEXED, ticket_id UNINDEXED,
            tokenize = 'porter unicode61 remove_diacritics 2'))"_s,
        // A title match outweighs a body match.
        u"INSERT INTO search (search, rank) VALUES ('rank', 'bm25(4.0, 1.0)')"_s,
        // The cache indexes the rows a batch inserted or changed with one statement per batch;
        // triggers on the upsert would cost a statement journal per row (~20 µs), and writing
        // `search` row by row costs more (FTS5 flushes its pending terms into a new segment at
        // every statement). Deletes go through triggers (any delete path, the cascade from a
        // ticket to its notes) into this queue, which the cache applies before committing.
        uR"(CREATE TABLE search_removed (doc_id INTEGER PRIMARY KEY) STRICT)"_s,

        // A ticket's children go with it: a ticket that left the cache has no list to show them.
        uR"(CREATE TRIGGER tickets_ad AFTER DELETE ON tickets BEGIN
            INSERT INTO search_removed (doc_id) VALUES (old.id * 4 + 1)
            ON CONFLICT (doc_id) DO NOTHING;
            DELETE FROM notes WHERE ticket_id = old.id;
            DELETE FROM tasks WHERE ticket_id = old.id;
            DELETE FROM ticket_configurations WHERE ticket_id = old.id;
        END)"_s,

        uR"(CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
            INSERT INTO search_removed (doc_id) VALUES (old.id * 4 + 2)
            ON CONFLICT (doc_id) DO NOTHING;
        END)"_s,

        uR"(CREATE TRIGGER kb_articles_ad AFTER DELETE ON kb_articles BEGIN
            INSERT INTO search_removed (doc_id) VALUES (old.id * 4 + 3)
            ON CONFLICT (doc_id) DO NOTHING;
        END)"_s,
    };
    return statements;
}

// Schema v2: the outbox (see Outbox). Entries live in the cache file so that a change and its
// optimistic effect on the records commit together; the state machine is in `state`:
// queued → sending → sent, or failed (refused, e.g. 400) or conflict (see outbox_conflicts).
const QStringList &schemaV2()
{
    static const QStringList statements{
        uR"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            created_ms INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL,
            kind TEXT NOT NULL,
            operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
            record_id INTEGER NOT NULL,
            parent_id INTEGER NOT NULL DEFAULT 0,
            base TEXT,
            edited TEXT,
            patch TEXT,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'conflict')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            server_id INTEGER,
            marker TEXT NOT NULL) STRICT)"_s,
        u"CREATE INDEX outbox_record ON outbox (kind, record_id)"_s,
        u"CREATE INDEX outbox_state ON outbox (state, seq)"_s,
        uR"(CREATE TABLE outbox_conflicts (
            seq INTEGER PRIMARY KEY REFERENCES outbox (seq) ON DELETE CASCADE,
            detected_ms INTEGER NOT NULL,
            theirs TEXT NOT NULL,
            fields TEXT NOT NULL) STRICT)"_s,
    };
    return statements;
}

} // namespace

QList<Migration> Migration::all()
{
    return {
        {1, u"offline cache: records, lookups, sync state, full-text search"_s,
         [](QSqlDatabase &db, QString *error) {
             return execAll(db, schemaV1(), error);
         }},
        {2, u"outbox: queued changes and their conflicts"_s,
         [](QSqlDatabase &db, QString *error) {
             return execAll(db, schemaV2(), error);
         }},
        {3, u"tickets: indexes for offline queries that scan"_s,
         [](QSqlDatabase &db, QString *error) {
             // Rows carry the whole ticket JSON, so a full scan reads every page of the table.
             // A query on these columns (contains, like, or, wide ranges) scans this narrow
             // covering index instead; status names get an index of their own.
             return execAll(
                 db,
                 {u"CREATE INDEX IF NOT EXISTS tickets_status_name ON tickets (status_name_ci)"_s,
                  u"CREATE INDEX IF NOT EXISTS tickets_scan ON tickets (summary_ci, "
                  "company_name_ci, "
                  "owner_identifier_ci, contact_name_ci, status_name_ci, priority_id, "
                  "board_id, status_id, closed_flag, last_updated_ms)"_s},
                 error);
         }},
    };
}

int Migration::latestVersion()
{
    return int(all().size());
}

bool Migration::execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace cw
