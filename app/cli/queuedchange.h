// How a change command ends when its change went through the outbox: pushes the outbox and
// reports this entry's fate (sent, refused, conflict, or queued because the server is away).
#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

namespace cw {

class CliContext;

class QueuedChange : public QObject
{
    Q_OBJECT

public:
    // Pushes the outbox (every pending entry, in order). When entry `seq` was sent, `sent` gets
    // the server's record from the cache (empty for a delete); when the server could not be
    // reached, `queued` gets the optimistic record after a note on standard error and the run
    // ends with 0; a refusal or a conflict ends the run with its error.
    static void push(CliContext *context, qint64 seq,
                     const std::function<void(const QByteArray &raw)> &sent,
                     const std::function<void(const QByteArray &raw)> &queued);

private:
    QueuedChange(CliContext *context, qint64 seq);
    void finished();

    CliContext *m_context;
    qint64 m_seq;
    std::function<void(const QByteArray &)> m_sent;
    std::function<void(const QByteArray &)> m_queued;
};

} // namespace cw
