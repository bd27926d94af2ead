// SecretStore against the real system keychain: run under tools/test, which gives the suite a
// private D-Bus session with an unlocked gnome-keyring. Write, read back, overwrite, missing,
// remove (twice), unicode; no plaintext copy on disk; and, in a child process whose session bus
// is dead, a clear "keychain not available" instead of a silent plaintext fallback.
#include "api/secretjob.h"
#include "api/secretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMetaEnum>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int JobTimeoutMs = 30000;
constexpr char ChildArgument[] = "--unavailable-child";
const auto DeadBus = u"unix:path=/nonexistent/cwdesk-test-bus"_s;

struct Outcome
{
    int finishedCount = 0;
    bool reportedItself = false;
    bool deletedItself = false;
    SecretJob::Error error = SecretJob::Error::Other;
    QString secret;
    QString message;
    QString detail;
};

QString errorName(SecretJob::Error error)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<SecretJob::Error>().valueToKey(static_cast<int>(error)));
}

// Test code may spin the event loop; the library never does.
Outcome await(SecretJob *job)
{
    auto outcome = std::make_shared<Outcome>();
    QPointer<SecretJob> guard(job);
    QObject::connect(job, &SecretJob::finished, job, [outcome, job](SecretJob *done) {
        ++outcome->finishedCount;
        outcome->reportedItself = done == job;
        outcome->error = done->error();
        outcome->secret = done->secret();
        outcome->message = done->errorMessage();
        outcome->detail = done->errorDetail();
    });
    QElapsedTimer timer;
    timer.start();
    while ((outcome->finishedCount == 0 || guard) && timer.elapsed() < JobTimeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    outcome->deletedItself = guard.isNull();
    return *outcome;
}

// Every regular file under `roots` whose bytes contain `secret` (as UTF-8 or UTF-16).
QStringList filesContaining(const QStringList &roots, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QStringList found;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            if (bytes.contains(utf8) || bytes.contains(utf16))
                found.append(path);
        }
    }
    found.removeDuplicates();
    return found;
}

// Where a plaintext fallback (QSettings) or anything else of ours could end up.
QStringList writableRoots()
{
    QStringList roots{QDir::homePath()};
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = qEnvironmentVariable(name);
        if (!dir.isEmpty() && QFileInfo::exists(dir))
            roots.append(dir);
    }
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (QFileInfo::exists(dir))
            roots.append(dir);
    }
    return roots;
}

// The child: every operation against a keychain that cannot be reached; prints what each
// reported as one JSON array (never the secret) and exits 0 when all three reported.
int runUnavailableChild()
{
    const QString secret = qEnvironmentVariable("CW_TEST_SECRET");
    auto *store = new SecretStore(u"CW Desk unavailable test"_s, qApp);
    auto results = std::make_shared<QJsonArray>();
    auto record = [results](SecretJob *job) {
        results->append(QJsonObject{
            {u"operation"_s,
             QString::fromLatin1(QMetaEnum::fromType<SecretJob::Operation>().valueToKey(
                 static_cast<int>(job->operation())))},
            {u"error"_s, errorName(job->error())},
            {u"message"_s, job->errorMessage()},
            {u"secretEmpty"_s, job->secret().isEmpty()},
        });
        if (results->size() == 3)
            QCoreApplication::exit(0);
    };
    // The removal is of another entry, so a secret that went to a plaintext fallback stays
    // there for the parent to find.
    for (SecretJob *job : {store->write(u"unavailable"_s, secret), store->read(u"unavailable"_s),
                           store->remove(u"unavailable-other"_s)})
        QObject::connect(job, &SecretJob::finished, qApp, record);
    QTimer::singleShot(60000, qApp, [] { QCoreApplication::exit(2); });
    const int code = QCoreApplication::exec();
    const QByteArray json = QJsonDocument(*results).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return code;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    bool m_reachable = false;
    QString m_probeMessage;
    QStringList m_keys; // to remove at the end

    QString key(const QString &name)
    {
        const QString key = u"cwdesk:test|"_s + name;
        m_keys.append(key);
        return key;
    }

#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_reachable)                                                                          \
            QFAIL(qPrintable(u"The system keychain is not reachable (%1). Run this test under "    \
                             u"tools/test, which starts a D-Bus session with an unlocked "         \
                             u"gnome-keyring."_s.arg(m_probeMessage)));                            \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        // A service of our own per run: real entries are never touched, runs never collide.
        m_service = u"CW Desk test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        SecretStore store(m_service);
        const Outcome probe = await(store.write(key(u"probe"_s), u"probe"_s));
        m_reachable = probe.finishedCount == 1 && probe.error == SecretJob::Error::None;
        m_probeMessage = probe.finishedCount == 0
                             ? u"no answer within %1 ms"_s.arg(JobTimeoutMs)
                             : errorName(probe.error) + u": "_s + probe.message;
    }

    void cleanupTestCase()
    {
        if (!m_reachable)
            return;
        SecretStore store(m_service);
        for (const QString &k : std::as_const(m_keys))
            await(store.remove(k));
    }

    void errorMapping_data()
    {
        using Op = SecretJob::Operation;
        using E = SecretJob::Error;
        QTest::addColumn<SecretJob::Operation>("operation");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<SecretJob::Error>("error");

        QTest::newRow("ok") << Op::Read << int(QKeychain::NoError) << QString() << E::None;
        QTest::newRow("read missing")
            << Op::Read << int(QKeychain::EntryNotFound) << u"No match"_s << E::NotFound;
        QTest::newRow("remove missing is fine")
            << Op::Remove << int(QKeychain::EntryNotFound) << u"Entry not found"_s << E::None;
        QTest::newRow("could not delete") << Op::Remove << int(QKeychain::CouldNotDeleteEntry)
                                          << u"Could not delete"_s << E::Other;
        QTest::newRow("user said no") << Op::Read << int(QKeychain::AccessDeniedByUser)
                                      << u"User cancelled"_s << E::AccessDenied;
        QTest::newRow("locked") << Op::Write << int(QKeychain::AccessDenied)
                                << u"Cannot create an item in a locked collection"_s
                                << E::AccessDenied;
        QTest::newRow("no backend") << Op::Read << int(QKeychain::NoBackendAvailable)
                                    << u"No keychain service available"_s << E::Unavailable;
        QTest::newRow("not implemented")
            << Op::Write << int(QKeychain::NotImplemented) << QString() << E::Unavailable;
        // What libsecret says on Linux, all as OtherError.
        QTest::newRow("bus socket missing")
            << Op::Write << int(QKeychain::OtherError)
            << u"Could not connect: No such file or directory"_s << E::Unavailable;
        QTest::newRow("no secret service")
            << Op::Read << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s
            << E::Unavailable;
        QTest::newRow("no bus address")
            << Op::Read << int(QKeychain::OtherError)
            << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << E::Unavailable;
        QTest::newRow("kwallet, no bus") << Op::Read << int(QKeychain::OtherError)
                                         << u"D-Bus is not running"_s << E::Unavailable;
        QTest::newRow("other") << Op::Write << int(QKeychain::OtherError) << u"Unknown error"_s
                               << E::Other;
    }

    void errorMapping()
    {
        QFETCH(SecretJob::Operation, operation);
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(SecretJob::Error, error);
        QCOMPARE(SecretJob::classify(operation, code, detail), error);
        const QString message = SecretJob::message(operation, error, detail);
        if (error == SecretJob::Error::None) {
            QVERIFY(message.isEmpty());
            return;
        }
        // A sentence about the keychain, with the keychain's own words in it.
        QVERIFY2(message.contains(u"keychain"_s), qPrintable(message));
        QVERIFY2(message.contains(detail.isEmpty() ? u"no details"_s : detail),
                 qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
        if (error == SecretJob::Error::Unavailable) {
            QVERIFY2(message.contains(u"GNOME Keyring"_s), qPrintable(message));
            QVERIFY2(message.contains(u"CWDESK_PRIVATE_KEY"_s), qPrintable(message));
            QVERIFY2(message.contains(u"--private-key-stdin"_s), qPrintable(message));
        }
    }

    void writeAndReadBack()
    {
        REQUIRE_KEYCHAIN();
        SecretStore store(m_service);
        const QString k = key(u"roundtrip"_s);
        const QString secret = u"s3cret-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

        const Outcome written = await(store.write(k, secret));
        QCOMPARE(written.finishedCount, 1);
        QVERIFY2(written.error == SecretJob::Error::None, qPrintable(written.message));
        QVERIFY(written.message.isEmpty());
        QVERIFY(written.reportedItself);
        QVERIFY(written.deletedItself);
        QVERIFY(written.secret.isEmpty());

        const Outcome read = await(store.read(k));
        QCOMPARE(read.finishedCount, 1);
        QVERIFY2(read.error == SecretJob::Error::None, qPrintable(read.message));
        QCOMPARE(read.secret, secret);
        QVERIFY(read.deletedItself);

        // Another store (another run of the app) finds it too.
        SecretStore later(m_service);
        QCOMPARE(await(later.read(k)).secret, secret);
    }

    void overwrite()
    {
        REQUIRE_KEYCHAIN();
        SecretStore store(m_service);
        const QString k = key(u"overwrite"_s);
        QCOMPARE(await(store.write(k, u"first"_s)).error, SecretJob::Error::None);
        QCOMPARE(await(store.write(k, u"second, longer than the first"_s)).error,
                 SecretJob::Error::None);
        QCOMPARE(await(store.read(k)).secret, u"second, longer than the first"_s);
        QCOMPARE(await(store.write(k, u"3"_s)).error, SecretJob::Error::None);
        QCOMPARE(await(store.read(k)).secret, u"3"_s);
    }

    void readMissing()
    {
        REQUIRE_KEYCHAIN();
        SecretStore store(m_service);
        const Outcome read = await(store.read(key(u"never-written"_s)));
        QCOMPARE(read.finishedCount, 1);
        QCOMPARE(read.error, SecretJob::Error::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.message.contains(u"keychain"_s), qPrintable(read.message));
        QVERIFY(!read.detail.isEmpty());
        QVERIFY(read.deletedItself);
    }

    void removeIsIdempotent()
    {
        REQUIRE_KEYCHAIN();
        SecretStore store(m_service);
        const QString k = key(u"remove"_s);
        QCOMPARE(await(store.write(k, u"to be removed"_s)).error, SecretJob::Error::None);
        const Outcome removed = await(store.remove(k));
        QVERIFY2(removed.error == SecretJob::Error::None, qPrintable(removed.message));
        QCOMPARE(await(store.read(k)).error, SecretJob::Error::NotFound);
        const Outcome again = await(store.remove(k));
        QCOMPARE(again.finishedCount, 1);
        QVERIFY2(again.error == SecretJob::Error::None, qPrintable(again.message));
        const Outcome never = await(store.remove(key(u"never-there"_s)));
        QVERIFY2(never.error == SecretJob::Error::None, qPrintable(never.message));
    }

    void unicode()
    {
        REQUIRE_KEYCHAIN();
        SecretStore store(m_service);
        const QString k = key(u"ünïcødé ключ 鍵 🔑"_s);
        const QString secret = u"pä§wörd ключ 鍵 🔑 \"quoted\" back\\slash\ttab"_s;
        QCOMPARE(await(store.write(k, secret)).error, SecretJob::Error::None);
        const Outcome read = await(store.read(k));
        QVERIFY2(read.error == SecretJob::Error::None, qPrintable(read.message));
        QCOMPARE(read.secret, secret);
    }

    void servicesAreSeparate()
    {
        REQUIRE_KEYCHAIN();
        SecretStore mine(m_service);
        SecretStore other(m_service + u" other"_s);
        const QString k = key(u"shared-name"_s);
        QCOMPARE(await(mine.write(k, u"mine"_s)).error, SecretJob::Error::None);
        QCOMPARE(await(other.read(k)).error, SecretJob::Error::NotFound);
        QCOMPARE(await(other.remove(k)).error, SecretJob::Error::None);
        QCOMPARE(await(mine.read(k)).secret, u"mine"_s);
    }

    void manyJobsAtOnce()
    {
        // Jobs started together all report, each once, each with its own answer.
        REQUIRE_KEYCHAIN();
        SecretStore store(m_service);
        QList<QString> keys;
        for (int i = 0; i < 5; ++i) {
            keys.append(key(u"batch-%1"_s.arg(i)));
            QCOMPARE(await(store.write(keys.last(), u"value %1"_s.arg(i))).error,
                     SecretJob::Error::None);
        }
        QList<QPointer<SecretJob>> jobs;
        auto answers = std::make_shared<QMap<int, QString>>();
        for (int i = 0; i < keys.size(); ++i) {
            SecretJob *job = store.read(keys.at(i));
            connect(job, &SecretJob::finished, this,
                    [answers, i](SecretJob *done) { answers->insert(i, done->secret()); });
            jobs.append(job);
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers->size(), keys.size(), JobTimeoutMs);
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(answers->value(i), u"value %1"_s.arg(i));
        QTRY_VERIFY(
            std::all_of(jobs.cbegin(), jobs.cend(), [](const auto &j) { return j.isNull(); }));
    }

    void noPlaintextOnDisk()
    {
        REQUIRE_KEYCHAIN();
        SecretStore store(m_service);
        const QString secret = u"plaintext-canary-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QCOMPARE(await(store.write(key(u"canary"_s), secret)).error, SecretJob::Error::None);
        // gnome-keyring encrypts its file; a plaintext fallback would show up here.
        const QStringList roots = writableRoots();
        const QStringList found = filesContaining(roots, secret);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        // The scan does find a secret where one is.
        QTemporaryDir temp(QDir::homePath() + u"/cwdesk-scan-XXXXXX"_s);
        QFile decoy(temp.filePath(u"decoy"_s));
        QVERIFY(decoy.open(QIODevice::WriteOnly));
        decoy.write(secret.toUtf8());
        decoy.close();
        QCOMPARE(filesContaining(roots, secret), QStringList{decoy.fileName()});
    }

    void unavailableKeychain_data()
    {
        // QtKeychain picks its backend from the desktop: the Secret Service (libsecret)
        // elsewhere, KWallet over QtDBus on KDE 4 — the path that has a plaintext fallback.
        QTest::addColumn<QStringList>("desktop");
        QTest::newRow("secret service") << QStringList();
        QTest::newRow("kwallet") << QStringList{u"XDG_CURRENT_DESKTOP=KDE"_s,
                                                u"KDE_SESSION_VERSION=4"_s};
    }

    void unavailableKeychain()
    {
        // A process whose session bus is gone: QtKeychain picks its backend once per process,
        // so this has to be a process of its own.
        QFETCH(QStringList, desktop);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString secret =
            u"unavailable-canary-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, DeadBus);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
        env.insert(u"XDG_STATE_HOME"_s, home.filePath(u".local/state"_s));
        env.insert(u"CW_TEST_SECRET"_s, secret);
        env.remove(u"DISPLAY"_s); // no X11 to autolaunch a bus through
        env.remove(u"WAYLAND_DISPLAY"_s);
        for (const QString &name :
             {u"XDG_CURRENT_DESKTOP"_s, u"DESKTOP_SESSION"_s, u"KDE_SESSION_VERSION"_s,
              u"KDE_FULL_SESSION"_s, u"GNOME_DESKTOP_SESSION_ID"_s})
            env.remove(name);
        for (const QString &assignment : std::as_const(desktop))
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildArgument)});
        QVERIFY2(child.waitForFinished(90000), "the child never finished");
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0,
                 qPrintable(u"exit %1, out: %2 err: %3"_s.arg(child.exitCode())
                                .arg(QString::fromUtf8(out), QString::fromUtf8(err))));

        // No silent fallback: the secret is nowhere in the child's home, nor in its output.
        const QStringList found = filesContaining({home.path()}, secret);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        QVERIFY(!out.contains(secret.toUtf8()));
        QVERIFY(!err.contains(secret.toUtf8()));

        const QJsonArray results = QJsonDocument::fromJson(out.trimmed()).array();
        QCOMPARE(results.size(), 3);
        QStringList operations;
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            operations.append(result.value(u"operation"_s).toString());
            const QString message = result.value(u"message"_s).toString();
            QVERIFY2(result.value(u"error"_s).toString() == u"Unavailable"_s,
                     qPrintable(QString::fromUtf8(QJsonDocument(result).toJson())));
            QVERIFY2(message.contains(u"keychain is not available"_s), qPrintable(message));
            QVERIFY2(message.contains(u"CWDESK_PRIVATE_KEY"_s), qPrintable(message));
            QVERIFY(result.value(u"secretEmpty"_s).toBool());
        }
        operations.sort();
        QCOMPARE(operations, QStringList({u"Read"_s, u"Remove"_s, u"Write"_s}));
    }
};

} // namespace cw::test

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 2 && qstrcmp(argv[1], cw::test::ChildArgument) == 0)
        return cw::test::runUnavailableChild();
    cw::test::TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_secretstore.moc"
