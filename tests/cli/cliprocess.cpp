#include "cliprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace cw::test {

QByteArray CliResult::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "; stderr: " + err.left(3000) +
           "; stdout: " + out.left(1500);
}

QString CliProcess::executable()
{
    return QString::fromUtf8(CW_CLI_EXE);
}

void CliProcess::setEnvironment(const QString &name, const QString &value)
{
    m_extra.insert(name, value);
    m_unset.removeAll(name);
}

void CliProcess::unsetEnvironment(const QString &name)
{
    m_extra.remove(name);
    m_unset.append(name);
}

QProcessEnvironment CliProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // What the developer has set for their own use must not change what the tests see.
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"CWDESK_"_s))
            env.remove(key);
    }
    env.insert(m_extra);
    for (const QString &name : m_unset)
        env.remove(name);
    return env;
}

CliResult CliProcess::run(const QStringList &arguments, const QByteArray &stdinData, int timeoutMs,
                          const std::function<void(qint64)> &onStarted) const
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QElapsedTimer clock;
    clock.start();
    process.start(executable(), arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (onStarted)
        onStarted(process.processId());

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    // Drain both pipes while it runs, or a large listing would block on a full pipe.
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop,
                     [&] { result.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop,
                     [&] { result.err += process.readAllStandardError(); });
    timeout.start(timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError() + "\n[killed after timeout]";
        result.exitCode = -1;
        return result;
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.elapsedMs = clock.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

} // namespace cw::test
