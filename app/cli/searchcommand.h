// `search TEXT`: full-text search of the offline cache (ticket summaries, notes, knowledge-base
// articles), best first; never touches the network.
#pragma once

#include "command.h"

namespace cw {

class SearchCommand : public Command
{
    Q_OBJECT

public:
    explicit SearchCommand(CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    bool needsConnection() const override { return false; }
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

private:
    QString m_text;
    int m_limit = 50;
};

} // namespace cw
