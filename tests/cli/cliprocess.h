// Runs the real cwdesk-cli executable for the tests (no CWDESK_* leaks in from the caller); waits
// with the event loop spinning, so in-process stub servers keep answering; gives code, out and err.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace cw::test {

struct CliResult
{
    int exitCode = -1; // -1: did not finish; -2: crashed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // "exit 2; stderr: …" for failure messages.
    QByteArray describe() const;
};

class CliProcess
{
public:
    // Path of the executable under test (CW_CLI_EXE).
    static QString executable();

    // Variables every run gets (CWDESK_CONFIG_DIR, connection …); `set` adds or replaces.
    void setEnvironment(const QString &name, const QString &value);
    void unsetEnvironment(const QString &name);
    QProcessEnvironment environment() const;

    // Runs to completion (or kills it after timeoutMs). `onStarted` runs once the process is up
    // (e.g. to send it a signal later).
    CliResult run(const QStringList &arguments, const QByteArray &stdinData = {},
                  int timeoutMs = 120000,
                  const std::function<void(qint64 pid)> &onStarted = {}) const;

private:
    QProcessEnvironment m_extra;
    QStringList m_unset;
};

} // namespace cw::test
