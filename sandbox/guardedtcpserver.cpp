#include "guardedtcpserver.h"

#include "connectionguard.h"

#include <QTcpSocket>

namespace cw::sandbox {

GuardedTcpServer::GuardedTcpServer(const RequestLimits &limits, int extraIdleMs, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_extraIdleMs(extraIdleMs)
{
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        ConnectionGuard::attach(socket, m_limits, m_extraIdleMs);
    return socket;
}

} // namespace cw::sandbox
