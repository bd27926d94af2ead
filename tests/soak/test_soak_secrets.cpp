// Where the private key must never be: after a login into the real keyring, a sync and edits, no
// file under the CLI's HOME/XDG dirs, no output, and no core file (the CLI refuses core dumps)
// holds it raw, as UTF-16LE or base64, nor the Basic credentials; its files are owner-only.
#include "soakkit.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <QDir>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cw::test::soak {

class TestSoakSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home;
    QString m_company, m_public, m_private;
    SandboxProcess m_sandbox;
    CliProcess m_cli;
    QList<QPair<QString, QByteArray>> m_needles; // what, bytes
    QByteArray m_output;                         // everything the CLI printed

    static QString randomText(int length)
    {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        QString s;
        for (int i = 0; i < length; ++i)
            s += QChar::fromLatin1(alphabet[QRandomGenerator::global()->bounded(
                int(sizeof(alphabet) - 1))]);
        return s;
    }

    CliResult cli(const QStringList &args, const QByteArray &input = {})
    {
        CliResult r = m_cli.run(args, input);
        m_output += r.out + r.err;
        return r;
    }

    // Names of the needles found in `bytes`.
    QStringList find(const QByteArray &bytes) const
    {
        QStringList found;
        for (const auto &n : m_needles) {
            if (bytes.contains(n.second))
                found << n.first;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the D-Bus session and keyring that tools/test starts");
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_home));
        m_company = u"co"_s + randomText(6).toLower();
        m_public = u"pub"_s + randomText(12);
        m_private = randomText(32);
        const QByteArray key = m_private.toUtf8();
        const QByteArray basic = (m_company + u'+' + m_public + u':' + m_private).toUtf8();
        m_needles = {{u"key"_s, key},
                     {u"key as UTF-16LE"_s,
                      QByteArray(reinterpret_cast<const char *>(m_private.utf16()),
                                 m_private.size() * 2)},
                     {u"key in base64"_s, key.toBase64()},
                     {u"key in base64url"_s, key.toBase64(QByteArray::Base64UrlEncoding)},
                     {u"Basic credentials"_s, basic.toBase64()}};
        QVERIFY2(m_sandbox.start({u"--tickets"_s, u"30"_s, u"--company"_s, m_company,
                                  u"--public-key"_s, m_public, u"--private-key"_s, m_private,
                                  u"--latency-ms"_s, u"5"_s}),
                 qPrintable(m_sandbox.errorString()));
        // The CLI's own defaults for every place it writes, under a HOME of its own.
        m_cli.setEnvironment(u"HOME"_s, m_home);
        m_cli.setEnvironment(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
        m_cli.setEnvironment(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
        m_cli.setEnvironment(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
        m_cli.setEnvironment(u"XDG_STATE_HOME"_s, m_home + u"/.local/state"_s);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void loginSyncEdit()
    {
        CliResult r = cli({u"--site"_s, m_sandbox.baseUrlString(), u"--company"_s, m_company,
                           u"--public-key"_s, m_public, u"--private-key-stdin"_s, u"login"_s},
                          m_private.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.describe());
        // From here on the key comes from the keychain alone.
        r = cli({u"--debug"_s, u"sync"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli({u"--offline"_s, u"tickets"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const int ticket = parseJson(r.out).toArray().first()[u"id"_s].toInt();
        QVERIFY(ticket > 0);
        const QString id = QString::number(ticket);
        r = cli({u"--debug"_s, u"ticket"_s, u"update"_s, id, u"summary=secret soak"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli({u"note"_s, u"add"_s, id, u"--text"_s, u"secret soak note"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli({u"task"_s, u"add"_s, id, u"--notes"_s, u"secret soak task"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
    }

    void noCoreFile()
    {
        // A CLI holding the key (waiting on a slow answer), with the core limit raised as a user
        // would, killed with SIGSEGV: with core_pattern as it is, the kernel writes no core.
        QFile pattern(u"/proc/sys/kernel/core_pattern"_s);
        QVERIFY(pattern.open(QIODevice::ReadOnly));
        const QByteArray corePattern = pattern.readAll().trimmed();
        // The profile's sandbox again on its port, now answering after 20 s.
        const quint16 port = m_sandbox.port();
        QVERIFY(m_sandbox.stop());
        SandboxProcess slow;
        QVERIFY2(slow.start({u"--port"_s, QString::number(port), u"--tickets"_s, u"10"_s,
                             u"--company"_s, m_company, u"--public-key"_s, m_public,
                             u"--private-key"_s, m_private, u"--latency-ms"_s, u"20000"_s}),
                 qPrintable(slow.errorString()));
        const QString work = m_dir.filePath(u"cwd"_s);
        QVERIFY(QDir().mkpath(work));
        QProcessEnvironment env = m_cli.environment();
        // In a sanitized build (tools/test --sanitize) AddressSanitizer would catch the SIGSEGV
        // itself and exit 1, and it switches core dumps off on its own: both would hide what is
        // checked here, the CLI's own core limit and the kernel's answer to the signal.
        if (env.contains(u"ASAN_OPTIONS"_s))
            env.insert(u"ASAN_OPTIONS"_s,
                       env.value(u"ASAN_OPTIONS"_s) + u":handle_segv=0:disable_coredump=0"_s);
        QList<QByteArray> envBytes;
        for (const QString &k : env.keys())
            envBytes << (k + u'=' + env.value(k)).toUtf8();
        QList<char *> envp;
        for (QByteArray &b : envBytes)
            envp << b.data();
        envp << nullptr;
        QByteArray exe = CliProcess::executable().toUtf8();
        QByteArray cache = m_dir.filePath(u"core-cache.sqlite"_s).toUtf8();
        QList<QByteArray> argBytes = {exe, "--cache", cache, "sync"};
        QList<char *> argv;
        for (QByteArray &b : argBytes)
            argv << b.data();
        argv << nullptr;
        const QByteArray dir = work.toUtf8();
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            const rlimit unlimited = {RLIM_INFINITY, RLIM_INFINITY};
            ::setrlimit(RLIMIT_CORE, &unlimited);
            if (::chdir(dir.constData()) != 0)
                ::_exit(127);
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, 1);
            ::dup2(null, 2);
            ::execve(exe.constData(), argv.data(), envp.data());
            ::_exit(127);
        }
        // Long enough to read the key from the keychain and send the first request.
        QThread::msleep(2500);
        QFile limits(u"/proc/%1/limits"_s.arg(pid));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QByteArray coreLimit;
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size"))
                coreLimit = line.simplified();
        }
        ::kill(pid, SIGSEGV);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        slow.stop();
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
                 qPrintable(u"the CLI ended otherwise (status %1) before the signal"_s.arg(status)));
        const bool dumped = WCOREDUMP(status);
        const QStringList cores = QDir(work).entryList(QDir::Files);
        qInfo("core_pattern '%s'; the CLI's %s; core dumped: %s; files left: %s",
              corePattern.constData(), coreLimit.constData(), dumped ? "yes" : "no",
              qPrintable(cores.join(u", "_s)));
        // The core first: when there is one, what it holds is the finding that matters.
        for (const QString &name : cores) {
            QFile f(QDir(work).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList found = find(f.readAll());
            QVERIFY2(found.isEmpty(), qPrintable(name + u": "_s + found.join(u", "_s)));
        }
        QVERIFY2(coreLimit.startsWith("Max core file size 0 0"), coreLimit.constData());
        QVERIFY2(!dumped, "the kernel dumped the CLI's core");
    }

    void nothingHoldsTheKey()
    {
        QVERIFY2(!m_output.isEmpty(), "no output captured");
        QStringList found = find(m_output);
        QVERIFY2(found.isEmpty(), qPrintable(u"the CLI's output holds: "_s + found.join(u", "_s)));
        int files = 0;
        QStringList problems, openDirs;
        QDirIterator it(m_home, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            struct stat st = {};
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
                continue;
            const mode_t mode = st.st_mode & 07777;
            if (S_ISDIR(st.st_mode)) {
                if (mode & 077)
                    openDirs << path;
                continue;
            }
            ++files;
            // The folder a file lies in must be private, and so must every folder the CLI made
            // on the way (HOME is new: ~/.config, ~/.local/share … are the CLI's; XDG wants
            // 0700), checked below.
            struct stat parent = {};
            if (::stat(QFile::encodeName(info.absolutePath()).constData(), &parent) == 0 &&
                (parent.st_mode & 077))
                problems << u"%1 lies in a folder with mode %2"_s.arg(path).arg(
                    parent.st_mode & 07777, 4, 8, QChar(u'0'));
            if (S_ISREG(st.st_mode) && (mode & 077))
                problems << u"%1 has mode %2"_s.arg(path).arg(mode, 4, 8, QChar(u'0'));
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) {
                found = find(f.readAll());
                if (!found.isEmpty())
                    problems << u"%1 holds the %2"_s.arg(path, found.join(u", "_s));
            }
        }
        qInfo("soak secrets: %d files under the CLI's HOME and %lld bytes of output scanned for "
              "%lld forms of the key",
              files, qlonglong(m_output.size()), qlonglong(m_needles.size()));
        QVERIFY(files > 0);
        QVERIFY2(openDirs.isEmpty(),
                 qPrintable(u"folders others may list: "_s + openDirs.join(u", "_s)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }
};

} // namespace cw::test::soak

QTEST_GUILESS_MAIN(cw::test::soak::TestSoakSecrets)
#include "test_soak_secrets.moc"
