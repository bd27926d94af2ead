// The listing verbs of cwdesk-cli (`boards`, `statuses BOARD`, `priorities`, `members`,
// `companies`, `tickets`, `notes ID`, `tasks ID`, `configs ID`, `count`): a query, columns, paging.
#pragma once

#include "command.h"
#include "outputformatter.h"
#include "recordlisting.h"

#include "api/listquery.h"

namespace cw {

class ReferenceResolver;

class ListCommand : public Command
{
    Q_OBJECT

public:
    enum class Verb {
        Boards,
        Statuses,
        Priorities,
        Members,
        Companies,
        Tickets,
        Notes,
        Tasks,
        Configs,
        Count
    };

    ListCommand(Verb verb, CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

    static QString wordFor(Verb verb);
    // The default columns of each listing.
    static QList<OutputFormatter::Column> columnsFor(Verb verb);

private:
    // Collections that run into the thousands (one page unless --all).
    bool isLarge() const;
    void list(const QString &path);
    void count();

    Verb m_verb;
    ListQuery m_query;
    bool m_all = false;
    int m_ticketId = 0;
    QString m_board;
    ReferenceResolver *m_resolver;
};

} // namespace cw
