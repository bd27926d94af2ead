// The offline cache: one SQLite file per profile holding the records the server sent (their own
// bytes plus indexed columns for lists), lookups, sync watermarks and a full-text index.
#pragma once

#include "cacheoptions.h"
#include "recordkind.h"
#include "searchhit.h"
#include "statement.h"

#include "api/board.h"
#include "api/boarditem.h"
#include "api/boardstatus.h"
#include "api/boardsubtype.h"
#include "api/boardteam.h"
#include "api/boardtype.h"
#include "api/company.h"
#include "api/configuration.h"
#include "api/contact.h"
#include "api/knowledgebasearticle.h"
#include "api/member.h"
#include "api/note.h"
#include "api/priority.h"
#include "api/servicelocation.h"
#include "api/site.h"
#include "api/sla.h"
#include "api/source.h"
#include "api/task.h"
#include "api/ticket.h"
#include "api/ticketconfiguration.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <utility>

class QSqlError;

namespace cw {

class Transaction;

// All calls are synchronous and belong to the thread that created the Cache (a QSqlDatabase
// connection is bound to its thread). A failing call returns false / -1 / an empty result, sets
// lastError() and, when given, *error; nothing of a failed batch is stored.
class Cache : public QObject
{
    Q_OBJECT
public:
    // Opens (creating, migrating or replacing as needed) the cache file at `filePath`.
    // Check isOpen(); lastNotice() tells when an unusable file was moved aside. A path the user
    // gave takes CacheOptions::userGiven(): such a file is refused, never replaced.
    explicit Cache(const QString &filePath, QObject *parent = nullptr);
    Cache(const QString &filePath, const CacheOptions &options, QObject *parent = nullptr);
    ~Cache() override;

    // The cache file of a profile: `<defaultDirectory()>/cache-<SHA-256 of the key>.sqlite`.
    // Only a hash: the key holds the site, company and public key, which a file name would show
    // to anyone who can list the folder. A file under the name earlier versions used (with
    // part of the key in it) is renamed to this one, with its WAL, so its outbox is kept.
    static QString defaultPath(const QString &profileKey);
    // The app's and cwdesk-cli's data directory (~/.local/share/CW Desk/cwdesk): the outbox's
    // unsent changes live in the cache file, so it is not put where cache cleaners look.
    static QString defaultDirectory();

    bool isOpen() const { return m_open; }
    QString filePath() const { return m_path; }
    int schemaVersion() const { return m_version; }
    // The last failure, as a sentence for the user.
    QString lastError() const { return m_lastError; }
    // What happened at open that the user should know (a damaged or newer file moved aside and
    // a new cache started); empty when nothing did.
    QString lastNotice() const { return m_lastNotice; }
    // Finishes the statements and removes the connection; the cache is unusable afterwards.
    void close();
    // A write waits this long for another connection's lock before it fails as busy.
    bool setBusyTimeout(int ms);
    // Whether SqlCompiler's SQL functions (cw_fold, cw_like …) are registered on this
    // connection; pass it to SqlCompiler::setFunctionsAvailable(). False only when Qt's driver
    // runs another SQLite than the one the cache links (a Qt build with its own copy).
    bool sqlFunctionsAvailable() const { return m_functions; }

    // --- Writes. Each batch is one transaction; records keep their bytes exactly. ---------------

    // Inserts or replaces records of one kind from the server's raw JSON objects (as
    // JsonRecords::splitArray gives them). `parentId` is the ticket (notes, tasks, configuration
    // links: required for links) or the board (statuses, types, subtypes, items, teams) the batch
    // was fetched for; 0 takes it from each record. A record whose JSON is unchanged is left as
    // it was (and not reported as changed).
    // `syncState` (key → value; a null value deletes) is written in the same transaction.
    // Commit::Relaxed returns without waiting for the disk (synchronous = NORMAL for this one
    // commit): a power loss may roll it back, never corrupt the file; for records the server
    // still has (a first sync, whose resume point commits with them). Every other commit of
    // the connection stays FULL, and the next one makes the relaxed ones before it durable too.
    enum class Commit { Durable, Relaxed };
    bool upsert(RecordKind kind, const QList<QByteArray> &raw, int parentId = 0,
                QString *error = nullptr, const QList<std::pair<QString, QString>> &syncState = {},
                Commit commit = Commit::Durable);
    bool upsertTickets(const QList<QByteArray> &raw, QString *error = nullptr,
                       const QList<std::pair<QString, QString>> &syncState = {},
                       Commit commit = Commit::Durable)
    {
        return upsert(RecordKind::Ticket, raw, 0, error, syncState, commit);
    }
    bool upsertNotes(int ticketId, const QList<QByteArray> &raw, QString *error = nullptr)
    {
        return upsert(RecordKind::Note, raw, ticketId, error);
    }
    bool upsertTasks(int ticketId, const QList<QByteArray> &raw, QString *error = nullptr)
    {
        return upsert(RecordKind::Task, raw, ticketId, error);
    }
    bool upsertTicketConfigurations(int ticketId, const QList<QByteArray> &raw,
                                    QString *error = nullptr)
    {
        return upsert(RecordKind::TicketConfiguration, raw, ticketId, error);
    }
    // A child list fetched whole (a ticket's notes, a board's statuses): upserts `raw` and
    // removes the parent's other records of that kind, in one transaction.
    bool replaceChildren(RecordKind kind, int parentId, const QList<QByteArray> &raw,
                         QString *error = nullptr);
    // Removes records by id (configuration ids of `parentId`'s links for TicketConfiguration).
    // Removing a ticket removes its notes, tasks and links too (one signal, for the tickets).
    bool remove(RecordKind kind, const QList<int> &ids, int parentId = 0, QString *error = nullptr);
    // The deletion sweep: removes the tickets matching `scopeWhereSql` (all when empty) whose
    // id is not in `keep`. Returns how many were removed, or -1.
    int deleteTicketsNotIn(const QSet<int> &keep, const QString &scopeWhereSql = {},
                           const QVariantList &scopeBindings = {}, QString *error = nullptr);

    QString syncState(const QString &key) const;
    // A null `value` removes the key.
    bool setSyncState(const QString &key, const QString &value, QString *error = nullptr);

    // --- Reads. `whereSql`/`orderBySql` are SQL fragments over the kind's table (for tickets:
    // from the conditions → SQL compiler, see TicketColumns) with `?` placeholders for
    // `bindings`; never put user text in them. `limit` < 0: no limit. -----------------------------

    Ticket ticket(int id) const;
    QList<Ticket> tickets(const QString &whereSql = {}, const QVariantList &bindings = {},
                          const QString &orderBySql = {}, int limit = -1, int offset = 0,
                          QString *error = nullptr) const;
    QList<int> ids(RecordKind kind, const QString &whereSql = {}, const QVariantList &bindings = {},
                   const QString &orderBySql = {}, int limit = -1, int offset = 0,
                   QString *error = nullptr) const;
    QList<Note> notes(int ticketId) const { return children<Note>(RecordKind::Note, ticketId); }
    QList<Task> tasks(int ticketId) const { return children<Task>(RecordKind::Task, ticketId); }
    QList<TicketConfiguration> ticketConfigurations(int ticketId) const
    {
        return children<TicketConfiguration>(RecordKind::TicketConfiguration, ticketId);
    }
    QList<Board> boards() const { return records<Board>(RecordKind::Board); }
    QList<BoardStatus> statuses(int boardId) const
    {
        return children<BoardStatus>(RecordKind::BoardStatus, boardId);
    }
    QList<BoardType> boardTypes(int boardId) const
    {
        return children<BoardType>(RecordKind::BoardType, boardId);
    }
    QList<BoardSubType> boardSubTypes(int boardId) const
    {
        return children<BoardSubType>(RecordKind::BoardSubType, boardId);
    }
    QList<BoardItem> boardItems(int boardId) const
    {
        return children<BoardItem>(RecordKind::BoardItem, boardId);
    }
    QList<BoardTeam> boardTeams(int boardId) const
    {
        return children<BoardTeam>(RecordKind::BoardTeam, boardId);
    }
    QList<Priority> priorities() const { return records<Priority>(RecordKind::Priority); }
    QList<Sla> slas() const { return records<Sla>(RecordKind::Sla); }
    QList<Source> sources() const { return records<Source>(RecordKind::Source); }
    QList<ServiceLocation> locations() const
    {
        return records<ServiceLocation>(RecordKind::Location);
    }
    QList<Member> members() const { return records<Member>(RecordKind::Member); }
    KnowledgeBaseArticle kbArticle(int id) const
    {
        return KnowledgeBaseArticle::fromJson(rawRecord(RecordKind::KbArticle, id));
    }

    // Any kind, typed (T: the kind's record type, e.g. records<Company>(RecordKind::Company)).
    template<class T>
    QList<T> records(RecordKind kind, const QString &whereSql = {},
                     const QVariantList &bindings = {}, const QString &orderBySql = {},
                     int limit = -1, QString *error = nullptr) const
    {
        const QList<QByteArray> raw =
            rawRecords(kind, whereSql, bindings, orderBySql, limit, 0, error);
        QList<T> list;
        list.reserve(raw.size());
        for (const QByteArray &bytes : raw)
            list.append(T::fromJson(bytes));
        return list;
    }
    // The stored bytes of one record (empty when absent), byte for byte as received.
    QByteArray rawRecord(RecordKind kind, int id, int parentId = 0) const;
    QList<QByteArray> rawRecords(RecordKind kind, const QString &whereSql = {},
                                 const QVariantList &bindings = {}, const QString &orderBySql = {},
                                 int limit = -1, int offset = 0, QString *error = nullptr) const;
    // -1 on error.
    int count(RecordKind kind, const QString &whereSql = {}, const QVariantList &bindings = {},
              QString *error = nullptr) const;
    // Open tickets counted per (board, status) in one pass: key (board << 32) | status, a status
    // of 0 for none. What a board tree shows for every board and status at once. False on error.
    bool openTicketCountsByBoardStatus(QHash<qint64, int> *counts, QString *error = nullptr) const;
    // The newest _info.lastUpdated among the matching records (0 when none): where an
    // incremental sync can start.
    qint64 maxLastUpdatedMs(RecordKind kind, const QString &whereSql = {},
                            const QVariantList &bindings = {}) const;

    // Full-text search over ticket summaries, note text and article title/issue/resolution,
    // best (bm25) first. `text` is what the user typed; it is escaped (see FtsQuery).
    QList<SearchHit> search(const QString &text, int limit = 50, QString *error = nullptr) const;
    // The same over knowledge-base articles only; with `anyWord` any word of `text` (of three
    // letters or more, see FtsQuery::anyWordOf) in an article's title is enough: suggestions
    // from a ticket's summary.
    QList<SearchHit> searchArticles(const QString &text, int limit = 50, bool anyWord = false,
                                    QString *error = nullptr) const;

    // The ticket custom fields the site defines (id, caption, type, entry method …, no value),
    // as the newest `sample` cached tickets carry them, in id order: what a new ticket offers.
    QJsonArray customFieldDefinitions(int sample = 50) const;

    // The connection (same thread only), e.g. to register SqlCompiler's SQL functions on it.
    QSqlDatabase database() const { return m_db; }

    // Pass as `orderBySql` when the caller orders the result itself: the rows come in whatever
    // order is cheapest (e.g. straight from an index).
    static const QString &unordered();
    // The table of a kind (for SQL fragments and tests).
    static QString tableName(RecordKind kind);

Q_SIGNALS:
    // After a committed batch: the records of `kind` that were inserted or whose JSON changed
    // (`parentId` as given to upsert(), else 0).
    void recordsChanged(cw::RecordKind kind, const QList<int> &ids, int parentId);
    void recordsRemoved(cw::RecordKind kind, const QList<int> &ids, int parentId);

private:
    // The outbox writes a queued change and its optimistic effect on the records in one
    // transaction on this connection, through the private helpers below.
    friend class Outbox;
    // A write transaction on this connection (not begun yet).
    Transaction writeTransaction() const;

    // Foreign: an SQLite database of another program (only told apart for a user's file).
    enum class OpenResult { Opened, Failed, Unreadable, Newer, Foreign };

    bool open();
    OpenResult openOnce();
    OpenResult migrate(int from);
    bool registerFunctions();
    void closeConnection();
    bool replaceFile(OpenResult why);
    // A file the user named that cannot be used: fails with a sentence, changes nothing.
    bool refuseUserFile(OpenResult why);

    // The statement for `sql`, prepared on first use and kept while the cache is open. Dynamic
    // ones (SQL with a caller's fragment) are kept too, the most recent few: use the pointer
    // before asking for another dynamic statement.
    Statement *statement(const QString &sql, QString *error, bool dynamic = false,
                         Statement::Binding binding = Statement::Binding::Positional) const;
    // Within a transaction: *stored gets every id of the batch, *changed those written.
    // `held`: ids whose stored copy must stay as it is (see heldByOutbox()); counted as stored.
    bool upsertBatch(RecordKind kind, const QList<QByteArray> &raw, int parentId,
                     QList<int> *stored, QList<int> *changed, QString *error,
                     const QSet<int> &held = {});
    // Ids of `kind` with outbox entries the server has not confirmed yet.
    QSet<int> heldByOutbox(RecordKind kind) const;
    bool removeIds(RecordKind kind, const QList<int> &ids, int parentId, QList<int> *removed,
                   QString *error);
    // Within a write transaction: (re)indexes the rows of `ids` (tickets, notes, articles) in
    // the full-text index, one statement per step for the whole batch.
    bool indexSearch(RecordKind kind, const QList<int> &ids, QString *error);
    // Within a write transaction, after deletes: removes from the full-text index what the
    // delete triggers queued in search_removed.
    bool flushSearch(QString *error);
    // Runs selectSql(kind, what, …) and hands each row's first column to `row`.
    bool selectFirstColumn(RecordKind kind, const QString &what, const QString &whereSql,
                           const QVariantList &bindings, const QString &orderBySql, int limit,
                           int offset, QString *error,
                           const std::function<void(const QVariant &)> &row) const;
    QString selectSql(RecordKind kind, const QString &what, const QString &whereSql,
                      const QString &orderBySql, int limit, int offset) const;
    QList<SearchHit> runSearch(const QString &match, int onlyKind, int limit, QString *error) const;
    template<class T> QList<T> children(RecordKind kind, int parentId) const
    {
        const QString column = parentColumn(kind);
        return records<T>(kind, column + QStringLiteral(" = ?"), {parentId});
    }
    static QString parentColumn(RecordKind kind);

    // Sets lastError (and *error) from a failed statement; false.
    bool fail(const QSqlError &sqlError, QString *error) const;
    bool fail(const QString &message, QString *error) const;
    QString describe(const QSqlError &sqlError) const;

    QString m_path;
    CacheOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    struct Statements;
    mutable std::unique_ptr<Statements> m_statements;
    mutable QString m_lastError;
    QString m_lastNotice;
    int m_version = 0;
    bool m_open = false;
    bool m_functions = false;
};

} // namespace cw
