#include "queuedchange.h"

#include "clicontext.h"

#include "api/apierror.h"
#include "store/cache.h"
#include "store/outbox.h"

using namespace Qt::StringLiterals;

namespace cw {

QueuedChange::QueuedChange(CliContext *context, qint64 seq)
    : QObject(context)
    , m_context(context)
    , m_seq(seq)
{
}

void QueuedChange::push(CliContext *context, qint64 seq,
                        const std::function<void(const QByteArray &)> &sent,
                        const std::function<void(const QByteArray &)> &queued)
{
    auto *change = new QueuedChange(context, seq);
    change->m_sent = sent;
    change->m_queued = queued;
    Outbox *outbox = context->outbox();
    connect(outbox, &Outbox::pushFinished, change, [change, outbox](const Outbox::PushResult &) {
        // Once: a later push in the same run (none today) must not report twice.
        disconnect(outbox, nullptr, change, nullptr);
        change->finished();
    });
    outbox->push();
}

void QueuedChange::finished()
{
    Outbox *outbox = m_context->outbox();
    Cache *cache = m_context->cache();
    const std::optional<OutboxEntry> found = outbox->entry(m_seq);
    if (!found) {
        m_context->fail(CliError::failure(tr("Outbox entry %1 has gone.").arg(m_seq)));
        return;
    }
    const OutboxEntry &e = *found;
    const QString discard = tr("`cwdesk-cli outbox discard %1` drops it and undoes it in the "
                               "offline cache.")
                                .arg(e.seq);
    switch (e.state) {
    case OutboxEntry::State::Sent:
        if (e.operation == OutboxEntry::Operation::Delete && !e.lastError.isEmpty()) {
            // Nothing was there to delete.
            m_context->fail(CliError::fromApiError(outbox->lastApiError(e.seq)));
            return;
        }
        m_sent(e.operation == OutboxEntry::Operation::Delete
                   ? QByteArray()
                   : cache->rawRecord(e.kind, e.serverId ? e.serverId : e.recordId, e.parentId));
        return;
    case OutboxEntry::State::Failed: {
        const ApiError error = outbox->lastApiError(e.seq);
        const CliError refused =
            error.isError() ? CliError::fromApiError(error) : CliError::failure(e.lastError);
        m_context->fail(CliError(refused.exit(), refused.message(),
                                 refused.details() +
                                     QStringList{tr("The change stays in the outbox as entry %1, "
                                                    "shown in the offline cache.")
                                                     .arg(e.seq),
                                                 discard}));
        return;
    }
    case OutboxEntry::State::Conflict:
        m_context->fail(CliError(
            CliError::Conflict,
            tr("The server's copy of %1 was changed since you loaded it, in the fields you "
               "changed too: %2. Nothing was overwritten (outbox entry %3).")
                .arg(e.describe(), e.conflictFields.join(u", "_s))
                .arg(e.seq),
            {tr("`cwdesk-cli conflicts` shows both sides; `cwdesk-cli conflict resolve %1 "
                "--keep mine|theirs` settles it.")
                 .arg(e.seq)}));
        return;
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Sending:
        break;
    }
    const Outbox::PushResult &result = outbox->lastPushResult();
    const ApiError::Kind kind = result.error.kind();
    if (kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden) {
        const CliError refused = CliError::fromApiError(result.error);
        m_context->fail(
            CliError(refused.exit(), refused.message(),
                     refused.details() + QStringList{tr("The change stays queued in the outbox as "
                                                        "entry %1.")
                                                         .arg(e.seq)}));
        return;
    }
    const QString why = result.stopped && result.error.isError()
                            ? result.error.headline()
                            : tr("It waits behind an earlier change of the same record.");
    m_context->note(tr("Queued in the outbox as entry %1, not sent yet (`cwdesk-cli outbox push` "
                       "sends it later). %2")
                        .arg(e.seq)
                        .arg(why));
    m_queued(e.operation == OutboxEntry::Operation::Delete
                 ? QByteArray()
                 : cache->rawRecord(e.kind, e.recordId, e.parentId));
}

} // namespace cw
