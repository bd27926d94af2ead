// A QTcpServer whose every accepted connection gets a ConnectionGuard before QtHttpServer sees it,
// so the request limits apply from a connection's first byte.
#pragma once

#include "requestlimits.h"

#include <QTcpServer>

namespace cw::sandbox {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const RequestLimits &limits, int extraIdleMs, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    RequestLimits m_limits;
    int m_extraIdleMs;
};

} // namespace cw::sandbox
