#include "cache.h"

#include "outboxentry.h"

#include "cachefile.h"
#include "ftsquery.h"
#include "recordtable.h"
#include "statement.h"
#include "storelogging.h"
#include "transaction.h"

#include "query/sqlitefunctions.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <deque>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isUnreadable(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

bool isBusy(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

// Statements whose SQL comes from callers (the compiler's WHERE fragments) are kept too, but
// only this many, oldest first out: a user typing queries must not grow the cache unboundedly.
constexpr size_t MaxDynamicStatements = 64;

} // namespace

struct Cache::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : begin(db, u"BEGIN IMMEDIATE"_s)
        , commit(db, u"COMMIT"_s)
        , rollback(db, u"ROLLBACK"_s)
    {
    }

    Statement begin;
    Statement commit;
    Statement rollback;
    std::unordered_map<QString, std::unique_ptr<Statement>> fixed;
    std::unordered_map<QString, std::unique_ptr<Statement>> dynamic;
    std::deque<QString> dynamicOrder;
};

Cache::Cache(const QString &filePath, QObject *parent)
    : Cache(filePath, CacheOptions(), parent)
{
}

Cache::Cache(const QString &filePath, const CacheOptions &options, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(filePath).absoluteFilePath())
    , m_options(options)
{
    static std::atomic<quint64> serial{0};
    // One connection per instance: two caches (or a cache and a test's raw connection) on the
    // same file must not share QSqlDatabase's connection, which is bound to its thread too.
    m_connectionName = u"cw.store.cache-%1"_s.arg(++serial);
    open();
}

Cache::~Cache()
{
    close();
}

QString Cache::defaultDirectory()
{
    // Data, not a disposable cache: the file also holds the outbox's unsent changes. Spelled
    // out (the desktop app's AppDataLocation) so that cwdesk-cli, whose application name
    // differs, shares it.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"CW Desk/cwdesk"_s);
}

namespace {

// The name earlier versions gave a profile's cache: the first 40 characters of the key (site,
// company, public key) cleaned, then 12 hex digits of its hash.
QString legacyDefaultPath(const QString &base, const QString &profileKey)
{
    QString safe;
    for (const QChar c : profileKey) {
        if (safe.size() >= 40)
            break;
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        safe.append(plain ? c : u'_');
    }
    const QByteArray hash =
        QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return base + u"/cache-"_s + safe + u'-' + QString::fromLatin1(hash) + u".sqlite"_s;
}

} // namespace

QString Cache::defaultPath(const QString &profileKey)
{
    const QString base = defaultDirectory();
    // 128 bits of the hash: distinct for every profile, and nothing of the key to read.
    const QByteArray hash =
        QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    const QString path = base + u"/cache-"_s + QString::fromLatin1(hash) + u".sqlite"_s;
    // The old name may hold unsent changes: move it (the WAL with it) rather than start empty.
    const QString legacy = legacyDefaultPath(base, profileKey);
    if (QFileInfo::exists(legacy) && !QFileInfo::exists(path)) {
        bool moved = QFile::rename(legacy, path);
        const QStringList from = CacheFile::sidecars(legacy);
        const QStringList to = CacheFile::sidecars(path);
        for (qsizetype i = 0; moved && i < from.size(); ++i) {
            if (QFileInfo::exists(from.at(i)) && !QFile::rename(from.at(i), to.at(i)))
                moved = false;
        }
        if (QFileInfo::exists(CacheFile::damageMarker(legacy)))
            QFile::rename(CacheFile::damageMarker(legacy), CacheFile::damageMarker(path));
        if (!moved)
            qCWarning(lcStore) << "could not rename the cache to its new name; using" << path;
    }
    return path;
}

QString Cache::tableName(RecordKind kind)
{
    return RecordTable::of(kind).table;
}

QString Cache::parentColumn(RecordKind kind)
{
    return RecordTable::of(kind).parentColumn;
}

// --- Opening ------------------------------------------------------------------------------------

bool Cache::open()
{
    // Each unusable file is moved aside once; a third round would mean the fresh file is
    // unusable too, which no retry mends.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const OpenResult result = openOnce();
        if (result == OpenResult::Opened)
            return true;
        closeConnection();
        if (result == OpenResult::Failed)
            return false;
        if (m_options.origin == CacheOptions::Origin::UserGiven)
            return refuseUserFile(result);
        if (!replaceFile(result))
            return false;
    }
    return fail(
        tr("The offline cache %1 could not be started.").arg(QDir::toNativeSeparators(m_path)),
        nullptr);
}

Cache::OpenResult Cache::openOnce()
{
    if (QFileInfo::exists(CacheFile::damageMarker(m_path))) {
        if (!QFileInfo::exists(m_path)) {
            QFile::remove(CacheFile::damageMarker(m_path));
        } else {
            qCWarning(lcStore) << "a damaged page was met in" << m_path << "before: replacing it";
            return OpenResult::Unreadable;
        }
    }
    // Before anything touches it (permissions, WAL): a file the user named that is not an
    // SQLite database stays exactly as it is.
    if (m_options.origin == CacheOptions::Origin::UserGiven && !CacheFile::looksIntact(m_path)) {
        qCWarning(lcStore) << m_path << "is not an SQLite database or was cut short";
        return OpenResult::Unreadable;
    }
    QString fileError;
    // An existing file the user named is made private only once it proved to be a cache
    // (at the end, with its -wal and -shm).
    const QFileInfo existing(m_path);
    const bool deferPrivate = m_options.origin == CacheOptions::Origin::UserGiven &&
                              existing.exists() && existing.size() > 0;
    if (!deferPrivate && !CacheFile::makePrivate(m_path, &fileError)) {
        fail(tr("The offline cache cannot be created: %1").arg(fileError), nullptr);
        return OpenResult::Failed;
    }
    if (!CacheFile::looksIntact(m_path)) {
        qCWarning(lcStore) << m_path << "is not an SQLite database or was cut short";
        return OpenResult::Unreadable;
    }

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        fail(tr("Qt's SQLite driver (QSQLITE) is not installed; the offline cache needs it."),
             nullptr);
        return OpenResult::Failed;
    }
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
    if (!m_db.open()) {
        if (isUnreadable(m_db.lastError()))
            return OpenResult::Unreadable;
        fail(m_db.lastError(), nullptr);
        return OpenResult::Failed;
    }

    int version = 0;
    {
        QSqlQuery query(m_db);
        // SQLite reads the file only when asked: the schema is the first page of a database,
        // so this is where a file that is not one, or a damaged first page, shows.
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
            if (isUnreadable(query.lastError()))
                return OpenResult::Unreadable;
            fail(query.lastError(), nullptr);
            return OpenResult::Failed;
        }
        const int schemaObjects = query.value(0).toInt();
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
            if (isUnreadable(query.lastError()))
                return OpenResult::Unreadable;
            fail(query.lastError(), nullptr);
            return OpenResult::Failed;
        }
        version = query.value(0).toInt();
        query.finish();
        // Tables but no schema version of ours: another program's database. Ours get their
        // version in the same transaction as their first tables.
        if (m_options.origin == CacheOptions::Origin::UserGiven && version == 0 &&
            schemaObjects > 0) {
            qCWarning(lcStore) << m_path << "is an SQLite database of another program";
            return OpenResult::Foreign;
        }

        // The search index and the compiler's JSON paths need both; a system SQLite without
        // them cannot hold the cache, and saying so beats failing on the first search.
        if (!query.exec(u"CREATE VIRTUAL TABLE temp.cw_fts5_probe USING fts5(x)"_s)) {
            fail(tr("The system's SQLite library has no full-text search (FTS5), which the "
                    "offline cache needs. Install an SQLite built with FTS5 (%1).")
                     .arg(query.lastError().databaseText()),
                 nullptr);
            return OpenResult::Failed;
        }
        query.exec(u"DROP TABLE temp.cw_fts5_probe"_s);
        if (!query.exec(u"SELECT json_extract('{\"a\":1}', '$.a')"_s)) {
            fail(tr("The system's SQLite library has no JSON functions, which the offline "
                    "cache needs. Install SQLite 3.38 or later (%1).")
                     .arg(query.lastError().databaseText()),
                 nullptr);
            return OpenResult::Failed;
        }
        query.finish();

        // Rows are ~4-12 KB (the record's JSON): with 4 KB pages each spills into overflow
        // pages, and WAL and checkpoint work go page by page. 32 KB pages hold several rows
        // each; a bulk load of sandbox tickets measured ~25% faster. Only a new, empty file
        // takes it (before WAL mode); an existing file keeps its page size.
        query.exec(u"PRAGMA page_size = 32768"_s);
        // WAL: readers (the UI) never wait for the writer (sync).
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
            fail(query.lastError(), nullptr);
            return OpenResult::Failed;
        }
        if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            fail(tr("The offline cache could not switch to write-ahead logging (journal mode "
                    "%1).")
                     .arg(query.value(0).toString()),
                 nullptr);
            return OpenResult::Failed;
        }
        query.finish();
        const QStringList pragmas{
            // FULL: every commit is on disk before it returns. NORMAL would be safe against
            // corruption with WAL, but power loss could roll back the last commits, and the
            // outbox's exactly-once rests on its commits ("queued", "sending") surviving
            // before the request goes out. Synced rows commit a page at a time, so the one
            // fsync per commit costs little (tests/bench/bench_cache, see the commit message).
            u"PRAGMA synchronous = FULL"_s,
            u"PRAGMA foreign_keys = ON"_s,
            u"PRAGMA busy_timeout = %1"_s.arg(m_options.busyTimeoutMs),
            // Index pages of a 20,000-ticket cache stay in memory during a sync.
            u"PRAGMA cache_size = -16384"_s,
            // A big sync must not leave a WAL file of its size behind after the checkpoint.
            u"PRAGMA journal_size_limit = 67108864"_s,
            // Checkpoint when the WAL reaches that size (16384 pages of 4 KiB) rather than the
            // default 1000 pages: a 1000-ticket page of a sync is over 1000 pages by itself, so
            // the default checkpointed (and fsynced the file) after every page, rewriting the
            // same index pages each time. Durability is the same: every commit still syncs
            // the WAL (synchronous = FULL).
            u"PRAGMA wal_autocheckpoint = 16384"_s,
            u"PRAGMA temp_store = MEMORY"_s,
        };
        for (const QString &pragma : pragmas) {
            if (!query.exec(pragma)) {
                fail(query.lastError(), nullptr);
                return OpenResult::Failed;
            }
        }
    }

    int latest = 0;
    for (const Migration &migration : std::as_const(m_options.migrations))
        latest = std::max(latest, migration.version);
    if (version > latest) {
        qCWarning(lcStore) << m_path << "has schema version" << version << "; this build knows"
                           << latest;
        return OpenResult::Newer;
    }

    m_functions = registerFunctions();
    m_statements = std::make_unique<Statements>(m_db);
    if (!m_statements->begin.isPrepared()) {
        fail(m_statements->begin.prepareError(), nullptr);
        return OpenResult::Failed;
    }
    const OpenResult migrated = migrate(version);
    if (migrated != OpenResult::Opened)
        return migrated;
    // The -wal and -shm exist now; SQLite copies the main file's mode, this makes sure.
    if (!CacheFile::makePrivate(m_path, &fileError) && deferPrivate) {
        fail(tr("The offline cache cannot be used: %1").arg(fileError), nullptr);
        return OpenResult::Failed;
    }
    m_version = latest;
    m_open = true;
    qCDebug(lcStore) << "opened" << m_path << "schema version" << m_version;
    return OpenResult::Opened;
}

Cache::OpenResult Cache::migrate(int from)
{
    QList<Migration> steps = m_options.migrations;
    std::sort(steps.begin(), steps.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).version != int(i) + 1) {
            fail(tr("The cache's schema steps are not numbered 1, 2, 3 … (step %1 is %2).")
                     .arg(i + 1)
                     .arg(steps.at(i).version),
                 nullptr);
            return OpenResult::Failed;
        }
    }
    const int latest = int(steps.size());
    int version = from;
    while (version < latest) {
        Transaction transaction(m_statements->begin, m_statements->commit, m_statements->rollback);
        if (!transaction.begin()) {
            // Busy, typically: someone else's moment, not a broken file.
            fail(transaction.error(), nullptr);
            return OpenResult::Failed;
        }
        // Read again under the write lock: another program (the CLI next to the app) may have
        // run the same step since the version was first read.
        QSqlQuery query(m_db);
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
            fail(query.lastError(), nullptr);
            return OpenResult::Failed;
        }
        version = query.value(0).toInt();
        query.finish();
        if (version >= latest)
            return version > latest ? OpenResult::Newer : OpenResult::Opened;
        const Migration &step = steps.at(version);
        QString stepError;
        if (!step.apply(m_db, &stepError) ||
            !query.exec(u"PRAGMA user_version = %1"_s.arg(step.version))) {
            if (stepError.isEmpty())
                stepError = query.lastError().text();
            qCWarning(lcStore) << "migration to" << step.version << "failed:" << stepError;
            fail(tr("Step %1 of the cache's schema (%2) failed: %3")
                     .arg(step.version)
                     .arg(step.name, stepError),
                 nullptr);
            // An existing file that a step cannot bring up to date is replaced (its records
            // are copies of the server's); a step failing on a new file is this build's bug.
            return from == 0 ? OpenResult::Failed : OpenResult::Unreadable;
        }
        if (!transaction.commit()) {
            fail(transaction.error(), nullptr);
            return OpenResult::Failed;
        }
        qCDebug(lcStore) << "schema of" << m_path << "now at version" << step.version;
        version = step.version;
    }
    return OpenResult::Opened;
}

bool Cache::refuseUserFile(OpenResult why)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (why) {
    case OpenResult::Newer:
        return fail(tr("%1 was written by a newer version of CW Desk, so it was left unchanged. "
                       "Use that version, or name another file.")
                        .arg(shown),
                    nullptr);
    case OpenResult::Foreign:
        return fail(tr("%1 is a database of another program, not a CW Desk offline cache, so it "
                       "was left unchanged. Name a new file or an existing cache.")
                        .arg(shown),
                    nullptr);
    default:
        return fail(tr("%1 is not a CW Desk offline cache (it is not an SQLite database, or it "
                       "is damaged), so it was left unchanged. Name a new file or an existing "
                       "cache.")
                        .arg(shown),
                    nullptr);
    }
}

bool Cache::replaceFile(OpenResult why)
{
    const QString reason = why == OpenResult::Newer ? u"newer"_s : u"corrupt"_s;
    QString moveError;
    const QString keptAs = CacheFile::moveAside(m_path, reason, &moveError);
    if (keptAs.isEmpty()) {
        fail(tr("The offline cache %1 cannot be used and could not be moved aside: %2")
                 .arg(QDir::toNativeSeparators(m_path), moveError),
             nullptr);
        return false;
    }
    qCWarning(lcStore) << "moved" << m_path << "aside as" << keptAs;
    const QString shown = QDir::toNativeSeparators(keptAs);
    m_lastNotice =
        why == OpenResult::Newer
            ? tr("The offline cache was written by a newer version of CW Desk, so a new one was "
                 "started. The old file was kept as %1.")
                  .arg(shown)
            : tr("The offline cache could not be read (the file is damaged or is not a cache), "
                 "so a new one was started. The old file was kept as %1.")
                  .arg(shown);
    return true;
}

void Cache::close()
{
    if (m_db.isOpen() && m_open) {
        // Cheap, and keeps the planner's statistics fresh for the next session; it may need
        // the write lock, which is not worth waiting for at close.
        QSqlQuery query(m_db);
        query.exec(u"PRAGMA busy_timeout = 0"_s);
        query.exec(u"PRAGMA optimize"_s);
    }
    closeConnection();
}

void Cache::closeConnection()
{
    m_open = false;
    // Every QSqlQuery must be gone before the connection is removed, or Qt warns and keeps it.
    m_statements.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool Cache::registerFunctions()
{
    // The driver's handle is only ours to use when the driver runs the SQLite this library
    // links (Debian's Qt does); a Qt build with its own copy reports another version.
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery query(m_db);
    if (!connection || !query.exec(u"SELECT sqlite_version()"_s) || !query.next() ||
        query.value(0).toString() != QString::fromLatin1(sqlite3_libversion())) {
        qCWarning(lcStore) << "Qt's SQLite driver runs another SQLite than the cache links; "
                              "conditions fall back to plain SQL";
        return false;
    }
    const int rc = query::registerSqliteFunctions(connection);
    if (rc != SQLITE_OK)
        qCWarning(lcStore) << "registering the SQL functions failed:" << sqlite3_errstr(rc);
    return rc == SQLITE_OK;
}

bool Cache::setBusyTimeout(int ms)
{
    m_options.busyTimeoutMs = ms;
    if (!m_open)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA busy_timeout = %1"_s.arg(ms)))
        return fail(query.lastError(), nullptr);
    return true;
}

// --- Errors -------------------------------------------------------------------------------------

QString Cache::describe(const QSqlError &sqlError) const
{
    const QString detail =
        sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    switch (sqliteCode(sqlError)) {
    case SqliteBusy:
    case SqliteLocked:
        return tr("The offline cache is in use by another program (another CW Desk or "
                  "cwdesk-cli) and stayed locked for %L1 s; nothing was changed. Try again when "
                  "it has finished.")
            .arg(double(m_options.busyTimeoutMs) / 1000.0, 0, 'f', 1);
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return tr("The offline cache file is damaged (%1). It will be replaced by a new one the "
                  "next time it is opened.")
            .arg(detail);
    case SqliteFull:
        return tr("The disk holding the offline cache is full.");
    case SqliteReadOnly:
        return tr("The offline cache file is read-only (%1).").arg(detail);
    case SqliteIoError:
        return tr("The offline cache could not be read or written (%1).").arg(detail);
    case SqliteCantOpen:
        return tr("The offline cache file could not be opened (%1).").arg(detail);
    default:
        return tr("Offline cache error: %1").arg(detail);
    }
}

bool Cache::fail(const QSqlError &sqlError, QString *error) const
{
    if (isUnreadable(sqlError)) {
        // Remembered on disk: this connection cannot be trusted, the next open replaces it.
        QFile marker(CacheFile::damageMarker(m_path));
        if (marker.open(QIODevice::WriteOnly))
            marker.write(sqlError.databaseText().toUtf8());
    }
    if (!isBusy(sqlError))
        qCWarning(lcStore) << "statement failed:" << sqlError.text();
    return fail(describe(sqlError), error);
}

bool Cache::fail(const QString &message, QString *error) const
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

Statement *Cache::statement(const QString &sql, QString *error, bool dynamic,
                            Statement::Binding binding) const
{
    if (!m_open || !m_statements) {
        fail(tr("The offline cache is not open."), error);
        return nullptr;
    }
    auto &map = dynamic ? m_statements->dynamic : m_statements->fixed;
    auto found = map.find(sql);
    if (found != map.end())
        return found->second.get();
    auto prepared = std::make_unique<Statement>(m_db, sql, binding);
    if (!prepared->isPrepared()) {
        fail(prepared->prepareError(), error);
        return nullptr;
    }
    if (dynamic) {
        if (m_statements->dynamicOrder.size() >= MaxDynamicStatements) {
            map.erase(m_statements->dynamicOrder.front());
            m_statements->dynamicOrder.pop_front();
        }
        m_statements->dynamicOrder.push_back(sql);
    }
    return map.emplace(sql, std::move(prepared)).first->second.get();
}

// --- Writes -------------------------------------------------------------------------------------

Transaction Cache::writeTransaction() const
{
    return Transaction(m_statements->begin, m_statements->commit, m_statements->rollback);
}

bool Cache::upsertBatch(RecordKind kind, const QList<QByteArray> &raw, int parentId,
                        QList<int> *stored, QList<int> *changed, QString *error,
                        const QSet<int> &held)
{
    const RecordTable &table = RecordTable::of(kind);
    Statement *upsertStatement =
        statement(table.upsertSql(), error, false, Statement::Binding::Named);
    if (!upsertStatement)
        return false;
    const QVariant fetchedAt(QDateTime::currentMSecsSinceEpoch());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        Statement::Run run(*upsertStatement);
        QString recordError;
        const int id = table.bind(raw.at(i), parentId, run, &recordError);
        if (id == 0) { // negative ids are the outbox's local records
            return fail(tr("Record %L1 of %L2 for %3 could not be stored: %4")
                            .arg(i + 1)
                            .arg(raw.size())
                            .arg(table.table, recordError),
                        error);
        }
        Q_ASSERT(run.added() == table.columns.size());
        if (held.contains(id)) {
            // A change of this record waits in the outbox: the optimistic copy stays until the
            // outbox has sent it (then the server's answer replaces it).
            stored->append(id);
            continue;
        }
        run.add(fetchedAt).add(raw.at(i));
        if (!run.exec())
            return fail(run.error(), error);
        stored->append(id);
        if (run.numRowsAffected() > 0)
            changed->append(id);
    }
    if (kind == RecordKind::Priority) {
        // The tickets' copy of the sort order (see the priority_sort column).
        Statement *refresh = statement(u"UPDATE tickets SET priority_sort = "
                                       "(SELECT sort_order FROM priorities WHERE id = ?) "
                                       "WHERE priority_id = ? AND priority_sort IS NOT "
                                       "(SELECT sort_order FROM priorities WHERE id = ?)"_s,
                                       error);
        if (!refresh)
            return false;
        for (const int id : std::as_const(*changed)) {
            Statement::Run run(*refresh);
            run.add(id).add(id).add(id);
            if (!run.exec())
                return fail(run.error(), error);
        }
    }
    return indexSearch(kind, *changed, error);
}

bool Cache::indexSearch(RecordKind kind, const QList<int> &ids, QString *error)
{
    QString documents;
    switch (kind) {
    case RecordKind::Ticket:
        documents = u"SELECT id * 4 + 1 AS doc_id, summary AS title, "
                    "trim(coalesce(initial_description, '') || char(10) || "
                    "coalesce(initial_resolution, '')) AS body, 1 AS kind, id AS ticket_id "
                    "FROM tickets"_s;
        break;
    case RecordKind::Note:
        documents = u"SELECT id * 4 + 2 AS doc_id, NULL AS title, text AS body, 2 AS kind, "
                    "ticket_id FROM notes"_s;
        break;
    case RecordKind::KbArticle:
        documents = u"SELECT id * 4 + 3 AS doc_id, title, trim(coalesce(issue, '') || char(10) "
                    "|| coalesce(resolution, '')) AS body, 3 AS kind, NULL AS ticket_id "
                    "FROM kb_articles"_s;
        break;
    default:
        return true;
    }
    if (ids.isEmpty())
        return true;
    // The batch's ids as one JSON array parameter: one statement, whatever the batch size.
    QByteArray list = "[";
    for (const int id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    list += ']';
    // Only documents whose text changed are replaced (a status change leaves the index alone),
    // then those missing are added: re-indexing costs FTS5 a tokenization of the old and the
    // new text.
    const QString changedDocuments =
        u"SELECT d.doc_id FROM (%1 WHERE id IN (SELECT value FROM json_each(?))) AS d "
        "JOIN search ON search.rowid = d.doc_id "
        "WHERE search.title IS NOT d.title OR search.body IS NOT d.body "
        "OR search.ticket_id IS NOT d.ticket_id"_s.arg(documents);
    const QString steps[] = {
        u"DELETE FROM search WHERE rowid IN (%1)"_s.arg(changedDocuments),
        u"INSERT INTO search (rowid, title, body, kind, ticket_id) SELECT * FROM (%1 "
        "WHERE id IN (SELECT value FROM json_each(?))) AS d "
        "WHERE NOT EXISTS (SELECT 1 FROM search WHERE rowid = d.doc_id)"_s.arg(documents),
    };
    const QVariant idList(QString::fromLatin1(list));
    for (const QString &sql : steps) {
        Statement *step = statement(sql, error);
        if (!step)
            return false;
        Statement::Run run(*step);
        run.add(idList);
        if (!run.exec())
            return fail(run.error(), error);
    }
    return true;
}

bool Cache::flushSearch(QString *error)
{
    const QString steps[] = {
        u"DELETE FROM search WHERE rowid IN (SELECT doc_id FROM search_removed)"_s,
        u"DELETE FROM search_removed"_s,
    };
    for (const QString &sql : steps) {
        Statement *step = statement(sql, error);
        if (!step)
            return false;
        Statement::Run run(*step);
        if (!run.exec())
            return fail(run.error(), error);
    }
    return true;
}

bool Cache::upsert(RecordKind kind, const QList<QByteArray> &raw, int parentId, QString *error,
                   const QList<std::pair<QString, QString>> &syncState, Commit commit)
{
    if (!m_open)
        return fail(tr("The offline cache is not open."), error);
    if (raw.isEmpty() && syncState.isEmpty())
        return true;
    QList<int> stored;
    QList<int> changed;
    // Set outside the transaction and put back before anything else can commit (this
    // connection is used from one thread, and nothing below returns to the event loop).
    struct Relaxed
    {
        QSqlDatabase db;
        bool on;
        explicit Relaxed(QSqlDatabase database, bool relaxed)
            : db(std::move(database))
            , on(relaxed && QSqlQuery(db).exec(u"PRAGMA synchronous = NORMAL"_s))
        {
        }
        ~Relaxed()
        {
            if (on && !QSqlQuery(db).exec(u"PRAGMA synchronous = FULL"_s))
                qCWarning(lcStore) << "could not set synchronous = FULL again";
        }
    };
    {
        const Relaxed relaxed(m_db, commit == Commit::Relaxed);
        Transaction transaction(m_statements->begin, m_statements->commit, m_statements->rollback);
        if (!transaction.begin())
            return fail(transaction.error(), error);
        if (!raw.isEmpty() &&
            !upsertBatch(kind, raw, parentId, &stored, &changed, error, heldByOutbox(kind)))
            return false;
        for (const auto &[key, value] : syncState) {
            if (!setSyncState(key, value, error))
                return false;
        }
        if (!transaction.commit())
            return fail(transaction.error(), error);
    }
    if (!changed.isEmpty())
        Q_EMIT recordsChanged(kind, changed, parentId);
    return true;
}

QSet<int> Cache::heldByOutbox(RecordKind kind) const
{
    // Records with local changes not yet confirmed by the server (negative ids are records
    // created here). Server data must neither overwrite nor remove them.
    QSet<int> held;
    const QString name = OutboxEntry::kindName(kind);
    if (name.isEmpty() || m_version < 2)
        return held;
    QString error;
    Statement *select = statement(
        u"SELECT DISTINCT record_id FROM outbox WHERE kind = ? AND state != 'sent'"_s, &error);
    if (!select)
        return held;
    Statement::Run run(*select);
    run.add(name);
    if (!run.exec())
        return held;
    while (run.next())
        held.insert(run.value(0).toInt());
    return held;
}

bool Cache::removeIds(RecordKind kind, const QList<int> &ids, int parentId, QList<int> *removed,
                      QString *error)
{
    const RecordTable &table = RecordTable::of(kind);
    const bool linked = kind == RecordKind::TicketConfiguration;
    if (linked && parentId == 0)
        return fail(tr("Removing configuration links needs the id of their ticket."), error);
    Statement *deleteStatement =
        statement(linked ? u"DELETE FROM %1 WHERE %2 = ? AND %3 = ?"_s.arg(
                               table.table, table.parentColumn, table.idColumn)
                         : u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table.table, table.idColumn),
                  error);
    if (!deleteStatement)
        return false;
    for (const int id : ids) {
        Statement::Run run(*deleteStatement);
        if (linked)
            run.add(parentId);
        run.add(id);
        if (!run.exec())
            return fail(run.error(), error);
        if (run.numRowsAffected() > 0)
            removed->append(id);
    }
    return removed->isEmpty() || flushSearch(error);
}

bool Cache::remove(RecordKind kind, const QList<int> &ids, int parentId, QString *error)
{
    if (!m_open)
        return fail(tr("The offline cache is not open."), error);
    if (ids.isEmpty())
        return true;
    QList<int> removed;
    Transaction transaction(m_statements->begin, m_statements->commit, m_statements->rollback);
    if (!transaction.begin())
        return fail(transaction.error(), error);
    if (!removeIds(kind, ids, parentId, &removed, error))
        return false;
    if (!transaction.commit())
        return fail(transaction.error(), error);
    if (!removed.isEmpty())
        Q_EMIT recordsRemoved(kind, removed, parentId);
    return true;
}

bool Cache::replaceChildren(RecordKind kind, int parentId, const QList<QByteArray> &raw,
                            QString *error)
{
    if (!m_open)
        return fail(tr("The offline cache is not open."), error);
    const RecordTable &table = RecordTable::of(kind);
    if (table.parentColumn.isEmpty() || parentId <= 0)
        return fail(tr("Only a ticket's or a board's records can be replaced as a list, and only "
                       "with the id of that ticket or board."),
                    error);
    Transaction transaction(m_statements->begin, m_statements->commit, m_statements->rollback);
    if (!transaction.begin())
        return fail(transaction.error(), error);
    QList<int> stored;
    QList<int> changed;
    const QSet<int> held = heldByOutbox(kind);
    if (!upsertBatch(kind, raw, parentId, &stored, &changed, error, held))
        return false;
    QString readError;
    const QList<int> present =
        ids(kind, table.parentColumn + u" = ?"_s, {parentId}, {}, -1, 0, &readError);
    if (!readError.isEmpty())
        return fail(readError, error);
    const QSet<int> listed(stored.cbegin(), stored.cend());
    QList<int> gone;
    for (const int id : present) {
        if (!listed.contains(id) && id > 0 && !held.contains(id))
            gone.append(id);
    }
    QList<int> removed;
    if (!removeIds(kind, gone, parentId, &removed, error))
        return false;
    if (!transaction.commit())
        return fail(transaction.error(), error);
    if (!changed.isEmpty())
        Q_EMIT recordsChanged(kind, changed, parentId);
    if (!removed.isEmpty())
        Q_EMIT recordsRemoved(kind, removed, parentId);
    return true;
}

int Cache::deleteTicketsNotIn(const QSet<int> &keep, const QString &scopeWhereSql,
                              const QVariantList &scopeBindings, QString *error)
{
    if (!m_open) {
        fail(tr("The offline cache is not open."), error);
        return -1;
    }
    Transaction transaction(m_statements->begin, m_statements->commit, m_statements->rollback);
    if (!transaction.begin()) {
        fail(transaction.error(), error);
        return -1;
    }
    QString readError;
    const QList<int> inScope =
        ids(RecordKind::Ticket, scopeWhereSql, scopeBindings, u"id"_s, -1, 0, &readError);
    if (!readError.isEmpty()) {
        fail(readError, error);
        return -1;
    }
    const QSet<int> held = heldByOutbox(RecordKind::Ticket);
    QList<int> gone;
    for (const int id : inScope) {
        if (!keep.contains(id) && id > 0 && !held.contains(id))
            gone.append(id);
    }
    QList<int> removed;
    if (!removeIds(RecordKind::Ticket, gone, 0, &removed, error))
        return -1;
    if (!transaction.commit()) {
        fail(transaction.error(), error);
        return -1;
    }
    if (!removed.isEmpty())
        Q_EMIT recordsRemoved(RecordKind::Ticket, removed, 0);
    return int(removed.size());
}

QString Cache::syncState(const QString &key) const
{
    Statement *select = statement(u"SELECT value FROM sync_state WHERE key = ?"_s, nullptr);
    if (!select)
        return {};
    Statement::Run run(*select);
    run.add(key);
    if (!run.exec()) {
        fail(run.error(), nullptr);
        return {};
    }
    return run.next() ? run.value(0).toString() : QString();
}

bool Cache::setSyncState(const QString &key, const QString &value, QString *error)
{
    Statement *write =
        statement(value.isNull() ? u"DELETE FROM sync_state WHERE key = ?"_s
                                 : u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                  error);
    if (!write)
        return false;
    Statement::Run run(*write);
    run.add(key);
    if (!value.isNull())
        run.add(value);
    if (!run.exec())
        return fail(run.error(), error);
    return true;
}

// --- Reads --------------------------------------------------------------------------------------

const QString &Cache::unordered()
{
    static const QString marker = u"<unordered>"_s;
    return marker;
}

QString Cache::selectSql(RecordKind kind, const QString &what, const QString &whereSql,
                         const QString &orderBySql, int limit, int offset) const
{
    const RecordTable &table = RecordTable::of(kind);
    QString sql = u"SELECT "_s + what + u" FROM "_s + table.table;
    if (!whereSql.trimmed().isEmpty())
        sql += u" WHERE ("_s + whereSql + u')';
    // Without an order SQLite may answer from a covering index instead of walking the table
    // (whose rows carry the whole JSON) in id order.
    if (orderBySql != unordered())
        sql += u" ORDER BY "_s + (orderBySql.trimmed().isEmpty() ? table.defaultOrder : orderBySql);
    // Literal numbers (ints, no injection) keep the common "no limit" text stable for reuse.
    if (limit >= 0 || offset > 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(limit >= 0 ? limit : -1).arg(std::max(0, offset));
    return sql;
}

bool Cache::selectFirstColumn(RecordKind kind, const QString &what, const QString &whereSql,
                              const QVariantList &bindings, const QString &orderBySql, int limit,
                              int offset, QString *error,
                              const std::function<void(const QVariant &)> &row) const
{
    Statement *select =
        statement(selectSql(kind, what, whereSql, orderBySql, limit, offset), error, true);
    if (!select)
        return false;
    Statement::Run run(*select);
    for (const QVariant &value : bindings)
        run.add(value);
    if (!run.exec())
        return fail(run.error(), error);
    while (run.next())
        row(run.value(0));
    return true;
}

QList<QByteArray> Cache::rawRecords(RecordKind kind, const QString &whereSql,
                                    const QVariantList &bindings, const QString &orderBySql,
                                    int limit, int offset, QString *error) const
{
    QList<QByteArray> list;
    if (!selectFirstColumn(kind, u"CAST(json AS BLOB)"_s, whereSql, bindings, orderBySql, limit,
                           offset, error,
                           [&list](const QVariant &value) { list.append(value.toByteArray()); }))
        return {};
    return list;
}

QList<int> Cache::ids(RecordKind kind, const QString &whereSql, const QVariantList &bindings,
                      const QString &orderBySql, int limit, int offset, QString *error) const
{
    QList<int> list;
    if (!selectFirstColumn(kind, RecordTable::of(kind).idColumn, whereSql, bindings, orderBySql,
                           limit, offset, error,
                           [&list](const QVariant &value) { list.append(value.toInt()); }))
        return {};
    return list;
}

QByteArray Cache::rawRecord(RecordKind kind, int id, int parentId) const
{
    const RecordTable &table = RecordTable::of(kind);
    const bool linked = kind == RecordKind::TicketConfiguration;
    Statement *select =
        statement(linked ? u"SELECT CAST(json AS BLOB) FROM %1 WHERE %2 = ? AND %3 = ?"_s.arg(
                               table.table, table.parentColumn, table.idColumn)
                         : u"SELECT CAST(json AS BLOB) FROM %1 WHERE %2 = ?"_s.arg(table.table,
                                                                                   table.idColumn),
                  nullptr);
    if (!select)
        return {};
    Statement::Run run(*select);
    if (linked)
        run.add(parentId);
    run.add(id);
    if (!run.exec()) {
        fail(run.error(), nullptr);
        return {};
    }
    return run.next() ? run.value(0).toByteArray() : QByteArray();
}

QJsonArray Cache::customFieldDefinitions(int sample) const
{
    const RecordTable &table = RecordTable::of(RecordKind::Ticket);
    Statement *select =
        statement(u"SELECT CAST(json AS BLOB) FROM %1 ORDER BY %2 DESC LIMIT ?"_s.arg(
                      table.table, table.idColumn),
                  nullptr);
    if (!select)
        return {};
    Statement::Run run(*select);
    run.add(sample);
    if (!run.exec()) {
        fail(run.error(), nullptr);
        return {};
    }
    std::map<int, QJsonObject> byId;
    while (run.next()) {
        const QJsonArray fields = QJsonDocument::fromJson(run.value(0).toByteArray())
                                      .object()
                                      .value(u"customFields"_s)
                                      .toArray();
        for (const QJsonValue &field : fields) {
            QJsonObject definition = field.toObject();
            const int id = definition.value(u"id"_s).toInt();
            if (id <= 0 || byId.count(id))
                continue;
            definition.remove(u"value"_s);
            byId.emplace(id, definition);
        }
    }
    QJsonArray definitions;
    for (const auto &[id, definition] : byId)
        definitions.append(definition);
    return definitions;
}

Ticket Cache::ticket(int id) const
{
    const QByteArray raw = rawRecord(RecordKind::Ticket, id);
    return raw.isEmpty() ? Ticket() : Ticket::fromJson(raw);
}

QList<Ticket> Cache::tickets(const QString &whereSql, const QVariantList &bindings,
                             const QString &orderBySql, int limit, int offset, QString *error) const
{
    const QList<QByteArray> raw =
        rawRecords(RecordKind::Ticket, whereSql, bindings, orderBySql, limit, offset, error);
    QList<Ticket> list;
    list.reserve(raw.size());
    for (const QByteArray &bytes : raw)
        list.append(Ticket::fromJson(bytes));
    return list;
}

int Cache::count(RecordKind kind, const QString &whereSql, const QVariantList &bindings,
                 QString *error) const
{
    QString sql = u"SELECT count(*) FROM "_s + RecordTable::of(kind).table;
    if (!whereSql.trimmed().isEmpty())
        sql += u" WHERE ("_s + whereSql + u')';
    Statement *select = statement(sql, error, true);
    if (!select)
        return -1;
    Statement::Run run(*select);
    for (const QVariant &value : bindings)
        run.add(value);
    if (!run.exec() || !run.next()) {
        fail(run.error(), error);
        return -1;
    }
    return run.value(0).toInt();
}

bool Cache::openTicketCountsByBoardStatus(QHash<qint64, int> *counts, QString *error) const
{
    Statement *select = statement(u"SELECT board_id, status_id, count(*) FROM tickets "
                                  "WHERE closed_flag = 0 GROUP BY board_id, status_id"_s,
                                  error, true);
    if (!select)
        return false;
    Statement::Run run(*select);
    if (!run.exec()) {
        fail(run.error(), error);
        return false;
    }
    counts->clear();
    while (run.next()) {
        const qint64 key = (qint64(run.value(0).toInt()) << 32) | quint32(run.value(1).toInt());
        counts->insert(key, run.value(2).toInt());
    }
    return true;
}

qint64 Cache::maxLastUpdatedMs(RecordKind kind, const QString &whereSql,
                               const QVariantList &bindings) const
{
    QString sql = u"SELECT max(last_updated_ms) FROM "_s + RecordTable::of(kind).table;
    if (!whereSql.trimmed().isEmpty())
        sql += u" WHERE ("_s + whereSql + u')';
    Statement *select = statement(sql, nullptr, true);
    if (!select)
        return 0;
    Statement::Run run(*select);
    for (const QVariant &value : bindings)
        run.add(value);
    if (!run.exec() || !run.next()) {
        fail(run.error(), nullptr);
        return 0;
    }
    return run.value(0).toLongLong();
}

QList<SearchHit> Cache::search(const QString &text, int limit, QString *error) const
{
    return runSearch(FtsQuery::fromUserText(text), 0, limit, error);
}

QList<SearchHit> Cache::searchArticles(const QString &text, int limit, bool anyWord,
                                       QString *error) const
{
    return runSearch(anyWord ? FtsQuery::anyWordOf(text) : FtsQuery::fromUserText(text),
                     int(SearchHit::Kind::Article), limit, error);
}

QList<SearchHit> Cache::runSearch(const QString &match, int onlyKind, int limit,
                                  QString *error) const
{
    if (match.isEmpty() || limit == 0)
        return {};
    // A note's hit shows its ticket's summary (when the ticket is cached) as its title.
    Statement *select = statement(
        u"SELECT search.kind, search.rowid / 4, search.ticket_id, "
        "coalesce(search.title, tickets.summary), "
        "snippet(search, -1, char(2), char(3), '…', 12), search.rank "
        "FROM search LEFT JOIN tickets ON search.kind = 2 AND tickets.id = search.ticket_id "
        "WHERE search MATCH ? AND (? = 0 OR search.kind = ?) ORDER BY search.rank LIMIT ?"_s,
        error);
    if (!select)
        return {};
    Statement::Run run(*select);
    run.add(match).add(onlyKind).add(onlyKind).add(limit < 0 ? -1 : limit);
    if (!run.exec()) {
        fail(run.error(), error);
        return {};
    }
    QList<SearchHit> hits;
    while (run.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind(run.value(0).toInt());
        hit.id = run.value(1).toInt();
        hit.ticketId = run.value(2).toInt();
        hit.title = run.value(3).toString();
        hit.snippet = run.value(4).toString();
        hit.rank = run.value(5).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace cw
