// Runs the real cwdesk-sandbox executable as a child process for integration tests and benchmarks:
// starts it on a free port, reads the base URL from its first stdout line, stops it with a signal.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace cw::test {

class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Path of the executable under test: $CW_SANDBOX_EXE, else the build's CW_SANDBOX_EXE, unless
    // overridden.
    static QString executable();
    static void setExecutable(const QString &path);

    // Starts `cwdesk-sandbox --port 0 <args>` (no --port is added when args has one) and waits
    // up to timeoutMs for the first stdout line. Returns false and sets errorString() on failure.
    bool start(const QStringList &args = {}, int timeoutMs = 60000);

    // Sends `signal` (SIGTERM by default) and waits for exit. Returns true when the process
    // exited normally with code 0 within timeoutMs; otherwise false (and kills it).
    bool stop(int signal = 15, int timeoutMs = 15000);

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString baseUrlString() const { return m_baseUrl.toString(); }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    qint64 pid() const;
    // Milliseconds from launch to the first stdout line.
    qint64 startupMs() const { return m_startupMs; }
    int exitCode() const { return m_exitCode; }
    QProcess::ExitStatus exitStatus() const { return m_exitStatus; }
    QString errorString() const { return m_error; }
    // Everything the process wrote so far (stdout after the first line, and stderr).
    QByteArray output();
    QByteArray errorOutput();

    // Runs the executable to completion (e.g. --help); returns exit code, fills out/err.
    static int runToCompletion(const QStringList &args, QByteArray *out, QByteArray *err,
                               int timeoutMs = 30000);

    // Default credentials of the sandbox.
    static QByteArray defaultAuthorization();
    static QByteArray authorization(const QString &company, const QString &publicKey,
                                    const QString &privateKey);

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
    qint64 m_startupMs = -1;
    int m_exitCode = -1;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
};

} // namespace cw::test
