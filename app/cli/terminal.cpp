#include "terminal.h"

#include <QByteArray>

#include <cerrno>
#include <cstdio>
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

// One line from standard input, without the line break; false at end of input before any byte.
bool readLine(QByteArray *line)
{
    line->clear();
    char c = 0;
    bool any = false;
    for (;;) {
        const ssize_t n = ::read(Terminal::StdIn, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
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
    const bool ok = readLine(&line);
    if (canHide)
        ::tcsetattr(StdIn, TCSAFLUSH, &saved);
    *secret = QString::fromUtf8(line).trimmed();
    line.fill('\0'); // the key does not linger in this buffer
    return ok;
}

bool Terminal::confirm(const QString &prompt)
{
    writeErr(prompt);
    QByteArray line;
    if (!readLine(&line))
        return false;
    const QByteArray answer = line.trimmed().toLower();
    return answer == "y" || answer == "yes";
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
