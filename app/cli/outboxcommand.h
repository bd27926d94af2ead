// `outbox list|push|discard`, `conflicts` and `conflict resolve`: the queued changes in the offline
// cache's outbox, sending them, dropping one, and settling the ones that met a change on the
// server.
#pragma once

#include "command.h"

#include <QHash>

namespace cw {

struct OutboxEntry;

class OutboxCommand : public Command
{
    Q_OBJECT

public:
    enum class Verb { List, Push, Discard, Conflicts, Resolve };

    OutboxCommand(Verb verb, CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool needsConnection() const override;
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

    // One entry as the JSON object `outbox list --format json` prints.
    static QJsonObject entryJson(const OutboxEntry &entry);

private:
    bool openOutbox();
    void list(bool conflictsOnly);
    void push();

    Verb m_verb;
    qint64 m_seq = 0;
    bool m_all = false;
    bool m_keepMine = true;
    QHash<QString, bool> m_fields; // field → keep mine
};

} // namespace cw
