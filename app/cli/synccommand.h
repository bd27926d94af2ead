// `sync [--full] [--board ID …] [--closed-days N]`: brings the offline cache up to date through
// SyncEngine, with progress on standard error and a summary at the end.
#pragma once

#include "command.h"

namespace cw {

class SyncCommand : public Command
{
    Q_OBJECT

public:
    explicit SyncCommand(CliContext *context);

    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

private:
    bool m_full = false;
    QList<int> m_boards;
    int m_closedDays = 30;
};

} // namespace cw
