// The HTTPS twin of GuardedTcpServer: a QSslServer whose every connection gets a ConnectionGuard
// (on the decrypted stream) before QtHttpServer sees it.
#pragma once

#include "requestlimits.h"

#include <QSslServer>

namespace cw::sandbox {

class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    GuardedSslServer(const RequestLimits &limits, int extraIdleMs, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    RequestLimits m_limits;
    int m_extraIdleMs;
};

} // namespace cw::sandbox
