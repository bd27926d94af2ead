// One change a user makes (a ticket created or edited, a note added …) from start to its fate:
// sent and accepted, queued in the outbox until the server can be reached, or failed.
#pragma once

#include "deskerror.h"

#include <QByteArray>
#include <QObject>

namespace cw {

class Desk;
class RecordJob;

// Starts from the event loop after it is made, so connect at once. Exactly one of sent(),
// queued() and failed() is emitted, then finished(); the change deletes itself afterwards.
class DeskChange : public QObject
{
    Q_OBJECT
public:
    ~DeskChange() override;

    Desk *desk() const { return m_desk; }
    // The outbox entry of the change (0 while none, or when it went straight to the server).
    qint64 seq() const { return m_seq; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Something the user should know on the way (the server cannot be reached and the cached
    // copy is changed instead …).
    void notice(const QString &message);
    // The server accepted it: `raw` is the record as the server has it now (empty for a delete).
    void sent(const QByteArray &raw);
    // Not sent yet; it waits in the outbox (seq()). `raw` is the optimistic record in the cache
    // (empty for a delete); `reason` says why it waits.
    void queued(const QByteArray &raw, const QString &reason);
    void failed(const cw::DeskError &error);
    void finished();

protected:
    explicit DeskChange(Desk *desk);
    virtual void run() = 0;

    // Tracks `job` through the desk and reports its end: sent(raw) (or `onSent`), or failed().
    void follow(RecordJob *job, const std::function<void(const QByteArray &)> &onSent = {});
    // Pushes the outbox and reports what became of entry `seq`.
    void pushQueued(qint64 seq);
    // Each ends the change once; later calls are ignored.
    void succeed(const QByteArray &raw);
    void wait(const QByteArray &raw, const QString &reason);
    void fail(const DeskError &error);

private:
    void reportEntry();

    Desk *m_desk;
    qint64 m_seq = 0;
    bool m_finished = false;
};

} // namespace cw
