// `tickets`, `ticket show`, `notes`, `tasks`, `count` and `kb search` with --offline: the same
// output answered from the offline cache alone (OfflineQuery, FTS); nothing is sent anywhere.
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "api/listquery.h"

namespace cw {

class OfflineCommand : public Command
{
    Q_OBJECT

public:
    enum class Verb { Tickets, TicketShow, Notes, Tasks, Count, KbSearch };

    OfflineCommand(Verb verb, const QStringList &words, CliContext *context);

    // The offline twin of `command` (owned by the context), or nullptr when it has none.
    static OfflineCommand *replacement(const Command *command, CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    bool needsConnection() const override { return false; }
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

private:
    void listTickets(bool countOnly);
    void writeList(const QList<QByteArray> &raw, const QList<OutputFormatter::Column> &columns);

    Verb m_verb;
    ListQuery m_query;
    bool m_all = false;
    int m_id = 0;
    QString m_text;
};

} // namespace cw
