// `sync [--full] [--board ID …] [--closed-days N]`: brings the offline cache up to date through
// SyncEngine, with progress on standard error and a summary at the end.
#include "synccommand.h"

#include "clicontext.h"
#include "clierror.h"

#include "desk/desk.h"
#include "store/cache.h"
#include "store/syncengine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cw {

SyncCommand::SyncCommand(CliContext *context)
    : Command({u"sync"_s}, context)
{
}

QString SyncCommand::summary() const
{
    return tr("Bring the offline cache up to date.");
}

QString SyncCommand::description() const
{
    return tr("The first run fetches lookups, boards, members, companies, contacts and the "
              "tickets of the boards (open ones and those closed in the last --closed-days); "
              "later runs fetch only what changed. --full fetches everything again and removes "
              "what the server no longer has.");
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return {{u"full"_s, tr("Fetch everything again, then look for deleted tickets.")},
            {u"board"_s, tr("Keep the tickets of board ID (repeatable; default: all boards)."),
             u"ID"_s},
            {u"closed-days"_s, tr("Keep tickets closed in the last N days (default 30)."), u"N"_s}};
}

bool SyncCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                          CliError *error)
{
    if (!expectArguments(arguments, {}, error))
        return false;
    m_full = parser.isSet(u"full"_s);
    for (const QString &text : parser.values(u"board"_s)) {
        int id = 0;
        if (!parseId(text, tr("The board ID"), &id, error))
            return false;
        m_boards.append(id);
    }
    if (parser.isSet(u"closed-days"_s)) {
        bool ok = false;
        m_closedDays = parser.value(u"closed-days"_s).toInt(&ok);
        if (!ok || m_closedDays < 0) {
            *error = CliError::usage(tr("--closed-days must be a number of days."));
            return false;
        }
    }
    return true;
}

void SyncCommand::run()
{
    Cache *cache = context()->cache();
    if (!cache) {
        context()->fail(CliError::failure(
            tr("The offline cache cannot be opened: %1").arg(context()->cacheError())));
        return;
    }
    SyncEngine *engine = context()->desk()->sync();
    engine->setBoards(m_boards);
    engine->setClosedDays(m_closedDays);
    connect(engine, &SyncEngine::progress, this, [this](const QString &phase, int done, int total) {
        context()->progress().setLabel(phase);
        context()->progress().update(done, total);
    });
    connect(engine, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
        context()->progress().clear();
        context()->note(summary.toText().trimmed());
        context()->finish();
    });
    connect(engine, &SyncEngine::failed, this, [this](const ApiError &error) {
        context()->progress().clear();
        context()->failApi(error);
    });
    // Ctrl-C cancels the run; what was stored stays and the next sync resumes.
    connect(context(), &QObject::destroyed, engine, &SyncEngine::cancel);
    engine->start(m_full ? SyncEngine::Mode::Full : SyncEngine::Mode::Auto);
}

} // namespace cw
