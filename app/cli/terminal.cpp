#include "terminal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

// Set by the handlers readSecret() installs while it waits: the signal that interrupted it.
volatile std::sig_atomic_t g_secretInterrupted = 0;

void onSignalDuringSecret(int signal)
{
    g_secretInterrupted = signal;
}

// One line from standard input, without the line break; false at end of input before any byte,
// or when `interrupted` (checked after a read was interrupted by a signal) says so.
bool readLine(QByteArray *line, const std::function<bool()> &interrupted = {})
{
    line->clear();
    char c = 0;
    bool any = false;
    for (;;) {
        const ssize_t n = ::read(Terminal::StdIn, &c, 1);
        if (n < 0 && errno == EINTR) {
            if (interrupted && interrupted())
                return false;
            continue;
        }
        if (n <= 0)
            return any;
        any = true;
        if (c == '\n')
            return true;
        line->append(c);
    }
}

} // namespace

bool Terminal::isTerminal(int fd)
{
    return ::isatty(fd) == 1;
}

int Terminal::columns(int fd)
{
    if (!isTerminal(fd))
        return 0;
    winsize size = {};
    if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    const int fromEnv = qEnvironmentVariableIntValue("COLUMNS");
    return fromEnv > 0 ? fromEnv : 80;
}

bool Terminal::readSecret(const QString &prompt, QString *secret)
{
    if (!isTerminal(StdIn))
        return false;
    // The read blocks the event loop, so the application's Ctrl-C handling (a self-pipe read by
    // the loop) cannot run until Enter: our own handlers note the signal and end the read.
    // Installed without SA_RESTART, so the blocked read returns EINTR.
    g_secretInterrupted = 0;
    struct sigaction handler = {};
    handler.sa_handler = onSignalDuringSecret;
    sigemptyset(&handler.sa_mask);
    struct sigaction previousInt = {}, previousTerm = {};
    ::sigaction(SIGINT, &handler, &previousInt);
    ::sigaction(SIGTERM, &handler, &previousTerm);

    writeErr(prompt);
    termios saved = {};
    const bool canHide = ::tcgetattr(StdIn, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        ::tcsetattr(StdIn, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    const bool ok = readLine(&line, [] { return g_secretInterrupted != 0; });
    if (canHide)
        ::tcsetattr(StdIn, TCSAFLUSH, &saved);
    ::sigaction(SIGINT, &previousInt, nullptr);
    ::sigaction(SIGTERM, &previousTerm, nullptr);
    *secret = QString::fromUtf8(line).trimmed();
    line.fill('\0'); // the key does not linger in this buffer
    if (g_secretInterrupted != 0) {
        // The terminal echoes again; nothing was saved or sent yet, and nothing runs beside the
        // prompt, so end here with the interrupt's exit code, as a second Ctrl-C does.
        secret->fill(u'\0');
        secret->clear();
        writeErr(u"\n"_s);
        ::_exit(130);
    }
    return ok;
}

bool Terminal::confirm(const QString &prompt)
{
    writeErr(prompt);
    QByteArray line;
    if (!readLine(&line))
        return false;
    const QString answer = QString::fromUtf8(line.trimmed()).toLower();
    // y and yes always; the prompt's language may add its own ([j/N]: j, ja; [o/N]: o, oui).
    const QStringList yes{u"y"_s, u"yes"_s,
                          QCoreApplication::translate("cw::Terminal", "y",
                                                      "the short yes of a [y/N] question"),
                          QCoreApplication::translate("cw::Terminal", "yes",
                                                      "the long yes of a [y/N] question")};
    return yes.contains(answer);
}

QByteArray Terminal::readAllStdin()
{
    QByteArray all;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(StdIn, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        all.append(buffer, n);
    }
    return all;
}

void Terminal::writeErr(const QString &text)
{
    writeAll(StdErr, text.toUtf8());
}

} // namespace cw
