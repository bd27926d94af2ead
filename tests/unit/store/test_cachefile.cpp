// The cache file's life: created private (0600 with its -wal/-shm), reopened with its data,
// migrated step by step, and replaced, never crashed on, when it is damaged, not a database,
// cut short or newer than this build; a lock held by another connection is a clear error.
#include "storetestsupport.h"

#include "store/cache.h"
#include "store/cachefile.h"
#include "store/migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QByteArray ticketJson(int id, const QString &summary)
{
    return u"{\"id\":%1,\"summary\":\"%2\",\"board\":{\"id\":1,\"name\":\"Service A\"},"
           "\"status\":{\"id\":1,\"name\":\"New\"},\"closedFlag\":false,"
           "\"_info\":{\"lastUpdated\":\"2024-01-02T03:04:05Z\"}}"_s.arg(id)
               .arg(summary)
               .toUtf8();
}

// Files in `dir` whose name starts with `prefix`.
QStringList filesStartingWith(const QString &dir, const QString &prefix)
{
    return QDir(dir).entryList({prefix + u'*'}, QDir::Files, QDir::Name);
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

} // namespace

class TestCacheFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The usual umask: without it, "created 0600" would be proved by chance.
        ::umask(022);
    }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"cache.sqlite"_s);
    }

    void createAndReopenKeepsData()
    {
        {
            Cache cache(m_path);
            QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
            QCOMPARE(cache.schemaVersion(), Migration::latestVersion());
            QVERIFY(cache.lastNotice().isEmpty());
            QString error;
            QVERIFY2(cache.upsertTickets({ticketJson(7, u"Printer jam"_s)}, &error),
                     qPrintable(error));
            QVERIFY(cache.setSyncState(u"tickets.watermark"_s, u"2024-01-02T03:04:05Z"_s));
        }
        Cache again(m_path);
        QVERIFY2(again.isOpen(), qPrintable(again.lastError()));
        QVERIFY(again.lastNotice().isEmpty());
        QCOMPARE(again.ticket(7).summary(), u"Printer jam"_s);
        QCOMPARE(again.count(RecordKind::Ticket), 1);
        QCOMPARE(again.syncState(u"tickets.watermark"_s), u"2024-01-02T03:04:05Z"_s);
        QCOMPARE(again.search(u"printer"_s).size(), 1);
        {
            RawConnection raw(m_path);
            QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(raw.value(u"PRAGMA page_size"_s).toInt(), 32768);
        }
        // A clean close checkpoints and removes the WAL, and the connection.
        const qsizetype connections = QSqlDatabase::connectionNames().size();
        again.close();
        QCOMPARE(QSqlDatabase::connectionNames().size(), connections - 1);
        QVERIFY(!again.isOpen());
        QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s));
        QVERIFY(!again.upsertTickets({ticketJson(8, u"x"_s)}));
        QVERIFY(!again.lastError().isEmpty());
    }

    void twoCachesOnOneFileHaveTheirOwnConnections()
    {
        Cache writer(m_path);
        Cache reader(m_path);
        QVERIFY(writer.isOpen() && reader.isOpen());
        QVERIFY(writer.upsertTickets({ticketJson(1, u"Shared"_s)}));
        QCOMPARE(reader.ticket(1).summary(), u"Shared"_s);
        writer.close();
        QCOMPARE(reader.count(RecordKind::Ticket), 1);
    }

    void filesArePrivate()
    {
        Cache cache(m_path);
        QVERIFY(cache.isOpen());
        QVERIFY(cache.upsertTickets({ticketJson(1, u"Private"_s)}));
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            const QString path = m_path + suffix;
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(modeOf(path), mode_t(0600));
        }
    }

    void existingFileIsMadePrivate()
    {
        {
            Cache cache(m_path);
            QVERIFY(cache.isOpen());
        }
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(m_path), mode_t(0644));
        Cache cache(m_path);
        QVERIFY(cache.isOpen());
        QCOMPARE(modeOf(m_path), mode_t(0600));
    }

    void defaultPathIsSafeAndDistinct()
    {
        const QString a = Cache::defaultPath(u"https://na.myconnectwise.net/acme+PUBKEY"_s);
        const QString b = Cache::defaultPath(u"https://na.myconnectwise.net/acme PUBKEY"_s);
        const QString c = Cache::defaultPath(u"../../etc/passwd"_s);
        QCOMPARE(a, Cache::defaultPath(u"https://na.myconnectwise.net/acme+PUBKEY"_s));
        QVERIFY(a != b);
        const QString base = Cache::defaultDirectory();
        QVERIFY(
            base.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
        for (const QString &path : {a, b, c}) {
            QVERIFY2(path.startsWith(base + u'/'), qPrintable(path));
            const QString name = path.mid(base.size() + 1);
            QVERIFY2(!name.contains(u'/') && !name.contains(u"..") && name.endsWith(u".sqlite"),
                     qPrintable(name));
        }
        QVERIFY(Cache::defaultPath(QString(500, u'x')).size() < base.size() + 80);
    }

    void defaultPathShowsNothingOfTheKey()
    {
        // The name is a hash only: no part of the site, company or public key.
        const QString key = u"cwdesk:https://na.myconnectwise.net|acme|PUBKEY123456"_s;
        const QString name = QFileInfo(Cache::defaultPath(key)).fileName();
        QVERIFY2(QRegularExpression(u"^cache-[0-9a-f]{32}\\.sqlite$"_s).match(name).hasMatch(),
                 qPrintable(name));
        for (const QString &part : {u"PUBKEY"_s, u"acme"_s, u"myconnectwise"_s, u"cwdesk_"_s})
            QVERIFY2(!name.contains(part, Qt::CaseInsensitive), qPrintable(name));
    }

    void legacyNamedCacheIsRenamedWithItsData()
    {
        // A cache under the old name (part of the key in it) keeps its data and outbox.
        const QString key = u"cwdesk:https://legacy.example.net|acme|OLDPUB"_s;
        const QString base = Cache::defaultDirectory();
        const QByteArray hash =
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
        // The first 40 characters of the key, each not [A-Za-z0-9_-] as '_'.
        const QString legacy = base + u"/cache-cwdesk_https___legacy_example_net_acme_O-"_s +
                               QString::fromLatin1(hash) + u".sqlite"_s;
        QVERIFY(QDir().mkpath(base));
        {
            Cache cache(legacy);
            QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
            QVERIFY(cache.upsertTickets({ticketJson(5, u"Old name"_s)}));
        }
        const QString path = Cache::defaultPath(key);
        QVERIFY(!QFileInfo::exists(legacy));
        for (const QString &sidecar : CacheFile::sidecars(legacy))
            QVERIFY(!QFileInfo::exists(sidecar));
        Cache cache(path);
        QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
        QCOMPARE(cache.ticket(5).summary(), u"Old name"_s);
        QCOMPARE(Cache::defaultPath(key), path);
        cache.close();
        QFile::remove(path);
    }

    void migrationsStepInOrder()
    {
        QStringList ran;
        CacheOptions options;
        for (Migration &step : options.migrations) {
            auto apply = step.apply;
            const int version = step.version;
            step.apply = [&ran, apply, version](QSqlDatabase &db, QString *error) {
                ran.append(u"v%1"_s.arg(version));
                return apply(db, error);
            };
        }
        // A fake later step: it must see v1's tables and leave its own.
        options.migrations.append({Migration::latestVersion() + 1, u"test step"_s,
                                   [&ran](QSqlDatabase &db, QString *error) {
                                       ran.append(u"fake"_s);
                                       return Migration::execAll(
                                           db,
                                           {u"ALTER TABLE tickets ADD COLUMN test_extra TEXT"_s,
                                            u"CREATE TABLE test_table (x INTEGER)"_s},
                                           error);
                                   }});
        const int target = Migration::latestVersion() + 1;

        // v0 → all steps, in order.
        {
            Cache cache(m_path, options);
            QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
            QCOMPARE(cache.schemaVersion(), target);
        }
        QCOMPARE(ran.last(), u"fake"_s);
        QCOMPARE(ran.size(), target);
        {
            RawConnection raw(m_path);
            QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), target);
            QVERIFY(raw.exec(u"SELECT test_extra FROM tickets"_s));
        }

        // An existing latest-version file (without the fake step) → only the fake step runs.
        const QString other = m_dir->filePath(u"other.sqlite"_s);
        {
            Cache cache(other);
            QVERIFY(cache.isOpen());
            QVERIFY(cache.upsertTickets({ticketJson(3, u"Kept through the step"_s)}));
        }
        ran.clear();
        {
            Cache cache(other, options);
            QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
            QCOMPARE(ran, QStringList{u"fake"_s});
            QCOMPARE(cache.schemaVersion(), target);
            QCOMPARE(cache.ticket(3).summary(), u"Kept through the step"_s);
        }
        // Reopened with the same list: nothing to run.
        ran.clear();
        Cache cache(other, options);
        QVERIFY(cache.isOpen());
        QVERIFY(ran.isEmpty());
    }

    void failingStepOnExistingFileReplacesIt()
    {
        {
            Cache cache(m_path);
            QVERIFY(cache.isOpen());
        }
        CacheOptions options;
        options.migrations.append(
            {Migration::latestVersion() + 1, u"broken"_s, [](QSqlDatabase &db, QString *error) {
                 return Migration::execAll(db, {u"CREATE TABLE tickets (x)"_s}, error);
             }});
        Cache cache(m_path, options);
        // The broken step fails on a fresh file too: a clear error, no crash, no loop.
        QVERIFY(!cache.isOpen());
        QVERIFY2(cache.lastError().contains(u"broken"_s), qPrintable(cache.lastError()));
        QCOMPARE(filesStartingWith(m_dir->path(), u"cache.sqlite.corrupt-"_s).size(), 1);
    }

    void gapInStepsIsAnError()
    {
        CacheOptions options;
        options.migrations.append(
            {Migration::latestVersion() + 2, u"gap"_s, [](QSqlDatabase &, QString *) {
                 return true;
             }});
        Cache cache(m_path, options);
        QVERIFY(!cache.isOpen());
        QVERIFY(!cache.lastError().isEmpty());
    }

    void unreadableFileIsMovedAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("text file") << u"text"_s;
        QTest::newRow("truncated cache") << u"truncated"_s;
        QTest::newRow("tiny file") << u"tiny"_s;
        QTest::newRow("damaged page marker") << u"marker"_s;
    }

    void unreadableFileIsMovedAside()
    {
        QFETCH(QString, kind);
        QByteArray bytes;
        if (kind == u"random") {
            bytes.resize(64 * 1024);
            QRandomGenerator generator(42);
            generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        } else if (kind == u"text") {
            bytes = "# my notes\nThis is not a database, just a text file someone saved here.\n";
        } else if (kind == u"tiny") {
            bytes = "SQLite format 3";
        } else {
            // A real cache with enough rows to span many pages, closed cleanly, then cut.
            {
                Cache cache(m_path);
                QVERIFY(cache.isOpen());
                QList<QByteArray> batch;
                for (int id = 1; id <= 300; ++id)
                    batch.append(ticketJson(id, u"Ticket number %1 with some text"_s.arg(id)));
                QVERIFY(cache.upsertTickets(batch));
            }
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes = file.readAll();
            QVERIFY(bytes.size() > 64 * 1024);
            if (kind == u"truncated")
                bytes.truncate(bytes.size() / 2);
            else
                QVERIFY(writeFile(CacheFile::damageMarker(m_path), "database disk image is "
                                                                   "malformed"));
        }
        QVERIFY(writeFile(m_path, bytes));

        Cache cache(m_path);
        QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
        QVERIFY2(!cache.lastNotice().isEmpty(), "the user must be told");
        const QStringList moved = filesStartingWith(m_dir->path(), u"cache.sqlite.corrupt-"_s);
        QCOMPARE(moved.size(), 1);
        QVERIFY2(cache.lastNotice().contains(moved.first()), qPrintable(cache.lastNotice()));
        QFile kept(m_dir->filePath(moved.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        QVERIFY(!QFileInfo::exists(CacheFile::damageMarker(m_path)));
        // The fresh cache works.
        QCOMPARE(cache.count(RecordKind::Ticket), 0);
        QVERIFY(cache.upsertTickets({ticketJson(1, u"Fresh start"_s)}));
        QCOMPARE(cache.ticket(1).summary(), u"Fresh start"_s);
        QCOMPARE(modeOf(m_path), mode_t(0600));
    }

    void userGivenFileIsRefusedNotReplaced_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("text file") << u"text"_s;
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("truncated cache") << u"truncated"_s;
        QTest::newRow("damaged page marker") << u"marker"_s;
        QTest::newRow("newer cache") << u"newer"_s;
        QTest::newRow("another program's database") << u"foreign"_s;
    }

    void userGivenFileIsRefusedNotReplaced()
    {
        // --cache FILE names a file the user chose: one that is not a usable cache is refused
        // with a clear message and left exactly as it was (bytes, mode, name, no new files).
        QFETCH(QString, kind);
        if (kind == u"text") {
            QVERIFY(writeFile(m_path, "# my notes\nNot a database, a file someone saved.\n"));
        } else if (kind == u"random") {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            QRandomGenerator generator(7);
            generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QVERIFY(writeFile(m_path, bytes));
        } else if (kind == u"foreign") {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(u"CREATE TABLE recipes (name TEXT)"_s));
            QVERIFY(raw.exec(u"INSERT INTO recipes VALUES ('bread')"_s));
        } else {
            {
                Cache cache(m_path);
                QList<QByteArray> batch;
                for (int id = 1; id <= 300; ++id)
                    batch.append(ticketJson(id, u"Ticket number %1 with some text"_s.arg(id)));
                QVERIFY(cache.upsertTickets(batch));
            }
            if (kind == u"newer") {
                RawConnection raw(m_path);
                QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
            } else if (kind == u"marker") {
                QVERIFY(writeFile(CacheFile::damageMarker(m_path), "database disk image is "
                                                                   "malformed"));
            } else {
                QFile file(m_path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QByteArray bytes = file.readAll();
                file.close();
                bytes.truncate(bytes.size() / 2);
                QVERIFY(writeFile(m_path, bytes));
            }
        }
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const auto snapshot = [this] {
            QStringList state;
            for (const QFileInfo &info :
                 QDir(m_dir->path()).entryInfoList(QDir::Files, QDir::Name)) {
                QFile file(info.filePath());
                file.open(QIODevice::ReadOnly);
                state.append(
                    u"%1 %2 %3"_s.arg(info.fileName())
                        .arg(modeOf(info.filePath()), 0, 8)
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                .toHex())));
            }
            return state;
        };
        const QStringList before = snapshot();

        Cache cache(m_path, CacheOptions::userGiven());
        QVERIFY(!cache.isOpen());
        QVERIFY(cache.lastNotice().isEmpty());
        QVERIFY2(cache.lastError().contains(QDir::toNativeSeparators(m_path)),
                 qPrintable(cache.lastError()));
        QVERIFY2(cache.lastError().contains(u"left unchanged"_s), qPrintable(cache.lastError()));
        QCOMPARE(snapshot(), before);
    }

    void userGivenPathStillWorks()
    {
        // A new path becomes a cache; an existing cache opens with its data.
        {
            Cache cache(m_path, CacheOptions::userGiven());
            QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
            QVERIFY(cache.upsertTickets({ticketJson(1, u"Kept"_s)}));
        }
        Cache cache(m_path, CacheOptions::userGiven());
        QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
        QCOMPARE(cache.ticket(1).summary(), u"Kept"_s);
        QCOMPARE(modeOf(m_path), mode_t(0600));
    }

    void newerVersionIsMovedAside()
    {
        {
            Cache cache(m_path);
            QVERIFY(cache.upsertTickets({ticketJson(1, u"From the future"_s)}));
        }
        {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        }
        Cache cache(m_path);
        QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
        QVERIFY(!cache.lastNotice().isEmpty());
        const QStringList moved = filesStartingWith(m_dir->path(), u"cache.sqlite.newer-"_s);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(cache.count(RecordKind::Ticket), 0);
        {
            RawConnection raw(m_dir->filePath(moved.first()));
            QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 99);
            QCOMPARE(raw.value(u"SELECT summary FROM tickets WHERE id = 1"_s).toString(),
                     u"From the future"_s);
        }
    }

    void lockedDatabaseIsAClearErrorAndLosesNothing()
    {
        CacheOptions options;
        options.busyTimeoutMs = 300;
        Cache cache(m_path, options);
        QVERIFY(cache.isOpen());
        QVERIFY(cache.upsertTickets({ticketJson(1, u"Before the lock"_s)}));
        QSignalSpy changed(&cache, &Cache::recordsChanged);

        RawConnection other(m_path);
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(other.exec(u"UPDATE tickets SET summary = 'in flight' WHERE id = 1"_s));

        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!cache.upsertTickets(
            {ticketJson(1, u"Changed while locked"_s), ticketJson(2, u"New while locked"_s)},
            &error));
        QVERIFY2(timer.elapsed() >= 250, "the busy timeout applies");
        QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
        QCOMPARE(cache.lastError(), error);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!cache.setSyncState(u"k"_s, u"v"_s, &error));
        QVERIFY(!cache.remove(RecordKind::Ticket, {1}, 0, &error));
        // Readers are not blocked by a writer in WAL mode.
        QCOMPARE(cache.ticket(1).summary(), u"Before the lock"_s);

        QVERIFY(other.exec(u"ROLLBACK"_s));
        QCOMPARE(cache.count(RecordKind::Ticket), 1);
        QCOMPARE(cache.ticket(1).summary(), u"Before the lock"_s);
        QVERIFY(cache.upsertTickets(
            {ticketJson(1, u"After the lock"_s), ticketJson(2, u"Second"_s)}, &error));
        QCOMPARE(cache.count(RecordKind::Ticket), 2);
        QCOMPARE(cache.ticket(1).summary(), u"After the lock"_s);
    }

    void lockedAtOpenIsNotMistakenForDamage()
    {
        // A database another program holds locked before the cache's schema exists.
        RawConnection other(m_path);
        QVERIFY(other.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(other.exec(u"CREATE TABLE someone_elses (x)"_s));
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(other.exec(u"INSERT INTO someone_elses VALUES (1)"_s));
        CacheOptions options;
        options.busyTimeoutMs = 200;
        {
            Cache cache(m_path, options);
            QVERIFY(!cache.isOpen());
            QVERIFY2(cache.lastError().contains(u"in use"_s), qPrintable(cache.lastError()));
            QVERIFY(cache.lastNotice().isEmpty());
        }
        QVERIFY(filesStartingWith(m_dir->path(), u"cache.sqlite."_s).isEmpty());
        QVERIFY(other.exec(u"COMMIT"_s));
        Cache cache(m_path, options);
        QVERIFY2(cache.isOpen(), qPrintable(cache.lastError()));
        QCOMPARE(other.value(u"SELECT count(*) FROM someone_elses"_s).toInt(), 1);
    }

    void looksIntactOnlyJudgesWhatItCan()
    {
        QVERIFY(CacheFile::looksIntact(m_dir->filePath(u"missing.sqlite"_s)));
        QVERIFY(writeFile(m_path, QByteArray()));
        QVERIFY(CacheFile::looksIntact(m_path));
        QVERIFY(writeFile(m_path, QByteArray(4096, '\0')));
        QVERIFY(!CacheFile::looksIntact(m_path));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestCacheFile)
#include "test_cachefile.moc"
