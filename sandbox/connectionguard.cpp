#include "connectionguard.h"

#include "apiresponse.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGuard, "cw.sandbox.limits")

namespace cw::sandbox {

namespace {
// How long a refused client gets to read its answer before the socket is dropped.
constexpr int kLingerMs = 5000;
// Longest chunk-size or trailer line of a chunked body.
constexpr qsizetype kMaxLineBytes = 4096;
} // namespace

void ConnectionGuard::attach(QTcpSocket *socket, const RequestLimits &limits, int extraIdleMs)
{
    new ConnectionGuard(socket, limits, limits.idleTimeoutMs + std::max(0, extraIdleMs));
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const RequestLimits &limits, int idleMs)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCDebug(lcGuard) << "closing an idle connection from" << m_socket->peerAddress();
        m_socket->abort();
    });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    // Writing an answer is activity too (a slow client reading a large page is not idle).
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state != State::Refused)
            m_idle.start();
    });
    m_idle.start();
}

void ConnectionGuard::onReadyRead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (m_state == State::Refused) {
        m_socket->skip(available);
        return;
    }
    m_idle.start();
    // Inside a body within the limit nothing needs looking at: count, don't copy.
    if ((m_state == State::Body || m_state == State::ChunkData) && available < m_bodyLeft) {
        m_bodyLeft -= available;
        return;
    }
    follow(m_socket->peek(available));
}

bool ConnectionGuard::follow(const QByteArray &data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            const qint64 take = std::min<qint64>(m_bodyLeft, data.size() - pos);
            pos += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                m_state = m_state == State::Body ? State::Head : State::ChunkSize;
            continue;
        }
        if (m_state == State::ChunkSize || m_state == State::Trailer) {
            // One line at a time: a chunk's size, or a trailer field (an empty line ends both).
            const qsizetype newline = data.indexOf('\n', pos);
            const qsizetype end = newline < 0 ? data.size() : newline + 1;
            const qsizetype room = kMaxLineBytes + 1 - m_line.size();
            m_line.append(data.constData() + pos, std::min(room, end - pos));
            pos = end;
            if (m_line.size() > kMaxLineBytes) {
                refuse(400, "Bad Request", tr("The chunked request body is malformed."));
                return false;
            }
            if (newline < 0)
                return true;
            if (!endOfLine())
                return false;
            m_line.clear();
            continue;
        }
        // Head: keep at most the limit plus the end marker, and look for the blank line.
        const qsizetype had = m_head.size();
        const qsizetype room = qsizetype(m_limits.maxHeaderBytes) + 4 - had;
        m_head.append(data.constData() + pos, std::min(room, data.size() - pos));
        const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, had - 3));
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large",
                       tr("The request line and headers are larger than the sandbox accepts "
                          "(%1 bytes).")
                           .arg(m_limits.maxHeaderBytes));
                return false;
            }
            return true; // everything so far is head; wait for more
        }
        pos += end + 4 - had;
        m_head.truncate(end);
        if (!endOfHead())
            return false;
        m_head.clear();
    }
    return true;
}

bool ConnectionGuard::endOfHead()
{
    if (m_head.size() > m_limits.maxHeaderBytes) {
        refuse(431, "Request Header Fields Too Large",
               tr("The request line and headers are larger than the sandbox accepts (%1 bytes).")
                   .arg(m_limits.maxHeaderBytes));
        return false;
    }
    qint64 length = 0;
    bool sawLength = false, chunked = false;
    const QList<QByteArray> lines = m_head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (sawLength && n != length)) {
                refuse(400, "Bad Request", tr("The Content-Length header is not valid."));
                return false;
            }
            length = n;
            sawLength = true;
        } else if (name == "transfer-encoding") {
            const QByteArray coding = value.toLower();
            if (coding == "chunked") {
                chunked = true;
            } else if (coding != "identity") {
                // Only framings the guard can follow, so every body is counted as it arrives.
                refuse(411, "Length Required",
                       tr("Send the request body with a Content-Length header or chunked."));
                return false;
            }
        }
    }
    if (chunked) {
        // The size is known only chunk by chunk: counted as the chunks arrive (endOfLine()).
        m_chunkedBytes = 0;
        m_state = State::ChunkSize;
        return true;
    }
    if (length > m_limits.maxBodyBytes) {
        refuse(413, "Payload Too Large",
               tr("The request body is %1 bytes; the sandbox accepts at most %2.")
                   .arg(length)
                   .arg(m_limits.maxBodyBytes));
        return false;
    }
    m_bodyLeft = length;
    m_state = length > 0 ? State::Body : State::Head;
    return true;
}

bool ConnectionGuard::endOfLine()
{
    const QByteArray line = m_line.trimmed();
    if (m_state == State::Trailer) {
        if (line.isEmpty())
            m_state = State::Head;
        return true;
    }
    bool ok = false;
    const qsizetype extension = line.indexOf(';'); // "1a;name=value": the size is before ';'
    const qint64 size = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
    if (!ok || size < 0) {
        refuse(400, "Bad Request", tr("The chunked request body is malformed."));
        return false;
    }
    m_chunkedBytes += size;
    if (m_chunkedBytes > m_limits.maxBodyBytes) {
        refuse(413, "Payload Too Large",
               tr("The request body is larger than the sandbox accepts (%1 bytes).")
                   .arg(m_limits.maxBodyBytes));
        return false;
    }
    if (size == 0) {
        m_state = State::Trailer;
    } else {
        m_bodyLeft = size + 2; // the data and its CRLF
        m_state = State::ChunkData;
    }
    return true;
}

void ConnectionGuard::refuse(int status, const QByteArray &reason, const QString &message)
{
    qCInfo(lcGuard) << "refusing a request from" << m_socket->peerAddress() << "with" << status;
    m_state = State::Refused;
    m_idle.stop();
    // Drain what is buffered so the HTTP parser behind us never sees the refused request.
    m_socket->skip(m_socket->bytesAvailable());
    const QByteArray body =
        ApiResponse::toJson(QJsonObject{{u"code"_s, u"ConnectWiseApi"_s}, {u"message"_s, message}});
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    closeAfterAnswer();
    QTimer::singleShot(kLingerMs, m_socket, [socket = m_socket] { socket->abort(); });
}

void ConnectionGuard::closeAfterAnswer()
{
#ifdef Q_OS_UNIX
    // A lingering close, as web servers do: end our side once the answer is out, but keep reading
    // (and dropping) what the client still sends. Closing outright would answer its unread bytes
    // with a reset, which can destroy the answer before the client reads it.
    if (!qobject_cast<QSslSocket *>(m_socket)) {
        auto endOurSide = [socket = m_socket] {
            if (socket->bytesToWrite() == 0)
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        };
        connect(m_socket, &QTcpSocket::bytesWritten, this, endOurSide);
        m_socket->flush();
        endOurSide();
        return;
    }
#endif
    m_socket->disconnectFromHost();
}

} // namespace cw::sandbox
