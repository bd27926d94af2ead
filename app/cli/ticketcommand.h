// `ticket show|create|update|delete`: one ticket read, created, changed (a PATCH of only what the
// FIELD=VALUE arguments changed, references resolved to ids by the desk core) or deleted.
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "desk/fieldassignment.h"

#include <QJsonObject>

namespace cw {

class TicketCommand : public Command
{
    Q_OBJECT

public:
    enum class Verb { Show, Create, Update, Delete };

    TicketCommand(Verb verb, CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

    // A ticket shown whole: the key fields, then each custom field that has a value.
    static QList<OutputFormatter::Column> detailColumns(const QByteArray &raw);
    // The columns of `tickets`.
    static QList<OutputFormatter::Column> listColumns();

private:
    void load();
    void confirmAndDelete();
    void remove();
    void show(const QByteArray &raw);

    Verb m_verb;
    int m_id = 0;
    bool m_yes = false;
    QString m_board;
    QString m_company;
    QString m_summaryText;
    QList<FieldAssignment> m_assignments;
};

} // namespace cw
