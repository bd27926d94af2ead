// The sandbox's HTTP(S) front: turns QtHttpServer requests into HttpRequest values for the
// ApiHandler and writes its answers, adding latency, rate limiting and injected faults on the way.
#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <memory>

QT_BEGIN_NAMESPACE
class QSslConfiguration;
QT_END_NAMESPACE

namespace cw::sandbox {

class ApiHandler;
struct SandboxOptions;

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SandboxServer(ApiHandler &handler, const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens through a guarded TCP (or, with `tls`, TLS) server so the request limits apply to
    // every connection. Returns the port, or 0 when the address or port cannot be used.
    quint16 open(const QHostAddress &address, quint16 port, const QSslConfiguration *tls);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw::sandbox
