#include "guardedsslserver.h"

#include "connectionguard.h"

#include <QSslSocket>

namespace cw::sandbox {

GuardedSslServer::GuardedSslServer(const RequestLimits &limits, int extraIdleMs, QObject *parent)
    : QSslServer(parent)
    , m_limits(limits)
    , m_extraIdleMs(extraIdleMs)
{
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        ConnectionGuard::attach(socket, m_limits, m_extraIdleMs);
    return socket;
}

} // namespace cw::sandbox
