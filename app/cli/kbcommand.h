// `kb search TEXT` and `kb show ID`: the knowledge base, searched in titles, issues and
// resolutions, and one article shown whole.
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "api/listquery.h"

namespace cw {

class KbCommand : public Command
{
    Q_OBJECT

public:
    enum class Verb { Search, Show };

    KbCommand(Verb verb, CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

    // Articles whose title, issue or resolution contain `text`.
    static QString searchConditions(const QString &text);
    static QList<OutputFormatter::Column> listColumns();
    static QList<OutputFormatter::Column> detailColumns();

private:
    Verb m_verb;
    ListQuery m_query;
    bool m_all = false;
    int m_id = 0;
};

} // namespace cw
