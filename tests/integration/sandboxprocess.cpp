#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <csignal>
#include <sys/prctl.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QString &executablePath()
{
    // CW_SANDBOX_EXE in the environment runs the suite against another build (e.g. an older
    // one, to see a new test fail without its fix).
#ifdef CW_SANDBOX_EXE
    const QString built = QString::fromUtf8(CW_SANDBOX_EXE);
#else
    const QString built;
#endif
    static QString path = qEnvironmentVariable("CW_SANDBOX_EXE", built);
    return path;
}

} // namespace

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString SandboxProcess::executable()
{
    return executablePath();
}

void SandboxProcess::setExecutable(const QString &path)
{
    executablePath() = path;
}

bool SandboxProcess::start(const QStringList &args, int timeoutMs)
{
    if (isRunning()) {
        m_error = u"already running"_s;
        return false;
    }
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    m_exitCode = -1;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // If the test process dies (crash, SIGPIPE, timeout), its sandbox goes with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QStringList fullArgs = args;
    if (!fullArgs.contains(u"--port"_s))
        fullArgs = QStringList{u"--port"_s, u"0"_s} + fullArgs;

    QElapsedTimer clock;
    clock.start();
    m_process->start(executable(), fullArgs);
    if (!m_process->waitForStarted(10000)) {
        m_error = u"could not start %1: %2"_s.arg(executable(), m_process->errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!m_stdout.contains('\n')) {
        if (deadline.hasExpired()) {
            m_error = u"no base URL on stdout within %1 ms; stderr: %2"_s.arg(timeoutMs).arg(
                QString::fromUtf8(m_stderr + m_process->readAllStandardError()));
            m_process->kill();
            m_process->waitForFinished(5000);
            return false;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_stderr += m_process->readAllStandardError();
            m_error = u"sandbox exited (code %1) before printing its URL; stderr: %2"_s
                          .arg(m_process->exitCode())
                          .arg(QString::fromUtf8(m_stderr));
            return false;
        }
        m_process->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))));
        m_stdout += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
    }
    m_startupMs = clock.elapsed();
    const qsizetype nl = m_stdout.indexOf('\n');
    const QString line = QString::fromUtf8(m_stdout.left(nl)).trimmed();
    m_stdout.remove(0, nl + 1);
    m_baseUrl = QUrl(line, QUrl::StrictMode);
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0 ||
        (m_baseUrl.scheme() != u"http"_s && m_baseUrl.scheme() != u"https"_s)) {
        m_error = u"first stdout line is not a base URL: '%1'"_s.arg(line);
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    return true;
}

bool SandboxProcess::stop(int signal, int timeoutMs)
{
    if (!m_process) {
        m_error = u"not started"_s;
        return false;
    }
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), signal);
        if (!m_process->waitForFinished(timeoutMs)) {
            m_error = u"did not exit within %1 ms after signal %2"_s.arg(timeoutMs).arg(signal);
            m_process->kill();
            m_process->waitForFinished(5000);
            m_exitCode = -1;
            m_exitStatus = QProcess::CrashExit;
            return false;
        }
    }
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    m_exitCode = m_process->exitCode();
    m_exitStatus = m_process->exitStatus();
    if (m_exitStatus != QProcess::NormalExit || m_exitCode != 0) {
        m_error = u"exit status %1, code %2; stderr tail: %3"_s
                      .arg(m_exitStatus == QProcess::NormalExit ? u"normal"_s : u"crash"_s)
                      .arg(m_exitCode)
                      .arg(QString::fromUtf8(m_stderr.right(2000)));
        return false;
    }
    return true;
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SandboxProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QByteArray SandboxProcess::output()
{
    if (m_process)
        m_stdout += m_process->readAllStandardOutput();
    return m_stdout;
}

QByteArray SandboxProcess::errorOutput()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

int SandboxProcess::runToCompletion(const QStringList &args, QByteArray *out, QByteArray *err,
                                    int timeoutMs)
{
    QProcess process;
    process.start(executable(), args);
    if (!process.waitForStarted(10000))
        return -1000;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -1001;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        return -1002;
    return process.exitCode();
}

QByteArray SandboxProcess::defaultAuthorization()
{
    return authorization(u"sandbox"_s, u"sandbox-public"_s, u"sandbox-private"_s);
}

QByteArray SandboxProcess::authorization(const QString &company, const QString &publicKey,
                                         const QString &privateKey)
{
    const QString plain = company + u'+' + publicKey + u':' + privateKey;
    return "Basic " + plain.toUtf8().toBase64();
}

} // namespace cw::test
