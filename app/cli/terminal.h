// What cwdesk-cli needs to know about and ask of the terminal: whether a stream is one, how wide
// it is, and the few interactive prompts (a hidden private key, a yes/no) it may show.
#pragma once

#include <QString>

namespace cw {

class Terminal
{
public:
    // File descriptors of the standard streams, for readability at the call sites.
    static constexpr int StdIn = 0;
    static constexpr int StdOut = 1;
    static constexpr int StdErr = 2;

    static bool isTerminal(int fd);
    // Columns of the terminal behind `fd`; 0 when it is not a terminal (no truncation then).
    static int columns(int fd);

    // Prompts on standard error and reads one line from standard input with echo off (for a
    // private key). False when standard input is not a terminal or was closed.
    static bool readSecret(const QString &prompt, QString *secret);
    // Prompts on standard error and reads a yes/no answer from standard input; anything but
    // y/yes is no.
    static bool confirm(const QString &prompt);
    // Everything on standard input (for --private-key-stdin and `--text -`).
    static QByteArray readAllStdin();

    // Writes straight to standard error (unbuffered, so progress and messages interleave).
    static void writeErr(const QString &text);
};

} // namespace cw
