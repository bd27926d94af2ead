// The verbs that add to or change what hangs off a ticket: `note add`, `task add`, `task done`,
// `config attach` and `config detach`, made by the desk core.
#pragma once

#include "command.h"
#include "outputformatter.h"

namespace cw {

class TicketItemCommand : public Command
{
    Q_OBJECT

public:
    enum class Verb { NoteAdd, TaskAdd, TaskDone, ConfigAttach, ConfigDetach };

    TicketItemCommand(Verb verb, CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

    static QList<OutputFormatter::Column> noteColumns();
    static QList<OutputFormatter::Column> taskColumns();

private:
    // Prints the record with `columns` (nothing when either is empty) and ends the run.
    void print(const QByteArray &raw, const QList<OutputFormatter::Column> &columns);

    Verb m_verb;
    int m_ticketId = 0;
    int m_itemId = 0;
    QString m_configuration; // attach/detach: an id or a device identifier
    QString m_text;
    bool m_internal = false;
    bool m_resolution = false;
    bool m_discussion = false;
    QString m_summaryText;
};

} // namespace cw
