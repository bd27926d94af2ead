// Watches a client connection ahead of QtHttpServer's parser: 413/431 for oversized bodies and
// headers as their bytes arrive, and a close for idle connections, so nothing buffers unbounded.
#pragma once

#include "requestlimits.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace cw::sandbox {

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Must run before anything else connects to the socket's readyRead (the guard sees each byte
    // first, and drains what it refuses). The guard lives as the socket's child. extraIdleMs
    // lengthens the idle timeout by the sandbox's own deliberate delay (--latency-ms).
    static void attach(QTcpSocket *socket, const RequestLimits &limits, int extraIdleMs);

private:
    ConnectionGuard(QTcpSocket *socket, const RequestLimits &limits, int idleMs);
    void onReadyRead();
    // Follows the request framing through `data`; false once the connection was refused.
    bool follow(const QByteArray &data);
    bool endOfHead();
    bool endOfLine(); // of a chunked body's size line or trailer
    void refuse(int status, const QByteArray &reason, const QString &message);
    void closeAfterAnswer();

    enum class State { Head, Body, ChunkSize, ChunkData, Trailer, Refused };
    QTcpSocket *m_socket;
    RequestLimits m_limits;
    State m_state = State::Head;
    QByteArray m_head;         // the current request's head so far (at most the limit + a little)
    qint64 m_bodyLeft = 0;     // bytes of the current body (or chunk and its CRLF) still to come
    qint64 m_chunkedBytes = 0; // data bytes of the current chunked body so far
    QByteArray m_line;         // the current chunk-size or trailer line
    QTimer m_idle;
};

} // namespace cw::sandbox
