// How one cwdesk-cli run ends for the user: the exit code scripts branch on and the sentence (with
// the server's field errors or a caret under a bad query) printed on standard error.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cw {

class ApiError;
struct ListQuery;

class CliError
{
    Q_DECLARE_TR_FUNCTIONS(cw::CliError)

public:
    // The documented exit codes (see `cwdesk-cli --help`); scripts depend on them.
    enum Exit {
        Success = 0,
        Failure = 1,       // anything else: 400, 404, a record that is not there …
        Usage = 2,         // bad arguments, bad query syntax, an unknown name
        Auth = 3,          // keys refused (401), not allowed (403), no private key
        Network = 4,       // server unreachable, TLS refused, 5xx or 429 after the retries
        Conflict = 5,      // 409
        Interrupted = 130, // Ctrl-C, as shells report SIGINT
    };

    CliError() = default;
    CliError(Exit exit, const QString &message, const QStringList &details = {});

    static CliError usage(const QString &message, const QStringList &details = {});
    static CliError failure(const QString &message, const QStringList &details = {});
    // A failed API call. With `query`, an InvalidQuery error shows the parameter it is about
    // with a caret under the position.
    static CliError fromApiError(const ApiError &error, const ListQuery *query = nullptr);
    static Exit exitFor(const ApiError &error);

    bool isError() const { return m_exit != Success; }
    Exit exit() const { return m_exit; }
    QString message() const { return m_message; }
    QStringList details() const { return m_details; }
    // The lines for standard error: "cwdesk-cli: <message>", then the details indented.
    QString text() const;

    // "  conditions: summary contians \"x\"" and a caret line under `position` (0-based).
    static QStringList caretLines(const QString &label, const QString &text, int position);

private:
    Exit m_exit = Success;
    QString m_message;
    QStringList m_details;
};

} // namespace cw
