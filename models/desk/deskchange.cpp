#include "deskchange.h"

#include "desk.h"

#include "api/recordjob.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace cw {

DeskChange::DeskChange(Desk *desk)
    : QObject(desk)
    , m_desk(desk)
{
    QTimer::singleShot(0, this, [this] { run(); });
}

DeskChange::~DeskChange() = default;

void DeskChange::follow(RecordJob *job, const std::function<void(const QByteArray &)> &onSent)
{
    m_desk->track(job);
    connect(job, &ManageJob::failed, this,
            [this](const ApiError &e) { fail(DeskError::fromApi(e)); });
    connect(job, &RecordJob::succeeded, this, [this, onSent](const QByteArray &raw) {
        if (onSent)
            onSent(raw);
        else
            succeed(raw);
    });
}

void DeskChange::pushQueued(qint64 seq)
{
    m_seq = seq;
    Outbox *outbox = m_desk->outbox();
    if (m_desk->options().offline) {
        // Never talks to the server: the change waits for the next push.
        reportEntry();
        return;
    }
    connect(outbox, &Outbox::pushFinished, this, [this, outbox] {
        // Once: a later push must not report again.
        disconnect(outbox, nullptr, this, nullptr);
        reportEntry();
    });
    outbox->push();
}

void DeskChange::reportEntry()
{
    Outbox *outbox = m_desk->outbox();
    Cache *cache = m_desk->cache();
    // The state alone: a bulk change reports hundreds of entries, their bodies are not needed.
    const std::optional<OutboxEntry> found = outbox->entrySummary(m_seq);
    if (!found) {
        fail(DeskError::failure(tr("Outbox entry %1 has gone.").arg(m_seq)));
        return;
    }
    const OutboxEntry &e = *found;
    const bool isDelete = e.operation == OutboxEntry::Operation::Delete;
    switch (e.state) {
    case OutboxEntry::State::Sent:
        if (isDelete && !e.lastError.isEmpty()) {
            // Nothing was there to delete.
            fail(DeskError::fromApi(outbox->lastApiError(e.seq)));
            return;
        }
        succeed(isDelete
                    ? QByteArray()
                    : cache->rawRecord(e.kind, e.serverId ? e.serverId : e.recordId, e.parentId));
        return;
    case OutboxEntry::State::Failed: {
        const ApiError error = outbox->lastApiError(e.seq);
        DeskError refused(DeskError::Kind::Refused,
                          error.isError() ? error.headline() : e.lastError);
        refused.setApi(error);
        refused.setSeq(e.seq);
        refused.setSubject(e.describe());
        fail(refused);
        return;
    }
    case OutboxEntry::State::Conflict: {
        DeskError conflict(
            DeskError::Kind::Conflict,
            tr("The server's copy of %1 was changed since you loaded it, in the fields you "
               "changed too: %2. Nothing was overwritten (outbox entry %3).")
                .arg(e.describe(), e.conflictFields.join(u", "_s))
                .arg(e.seq));
        conflict.setSeq(e.seq);
        conflict.setConflictFields(e.conflictFields);
        conflict.setSubject(e.describe());
        fail(conflict);
        return;
    }
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Sending:
        break;
    }
    const Outbox::PushResult &result = outbox->lastPushResult();
    const ApiError::Kind kind = result.error.kind();
    if (kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden) {
        DeskError refused(DeskError::Kind::Refused, result.error.headline());
        refused.setApi(result.error);
        refused.setSeq(e.seq);
        refused.setSubject(e.describe());
        fail(refused);
        return;
    }
    const QString why = m_desk->options().offline ? tr("Working offline.")
                        : result.stopped && result.error.isError()
                            ? result.error.headline()
                            : tr("It waits behind an earlier change of the same record.");
    wait(isDelete ? QByteArray() : cache->rawRecord(e.kind, e.recordId, e.parentId), why);
}

void DeskChange::succeed(const QByteArray &raw)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT sent(raw);
    Q_EMIT finished();
    deleteLater();
}

void DeskChange::wait(const QByteArray &raw, const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT queued(raw, reason);
    Q_EMIT finished();
    deleteLater();
}

void DeskChange::fail(const DeskError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT failed(error);
    Q_EMIT finished();
    deleteLater();
}

} // namespace cw
