// The sandbox's HTTP(S) front: turns QtHttpServer requests into HttpRequest values for the
// ApiHandler and writes its answers, adding latency, rate limiting and injected faults on the way.
#pragma once

#include <QAbstractHttpServer>

#include <memory>

namespace cw::sandbox {

class ApiHandler;
struct SandboxOptions;

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SandboxServer(ApiHandler &handler, const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw::sandbox
