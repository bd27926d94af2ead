// A tiny HTTP/1.1 receiver on 127.0.0.1 for callback (webhook) deliveries from the sandbox:
// records every request and answers 200 (or a configured status).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace cw::test {

struct HookRequest
{
    QByteArray method;
    QByteArray target; // e.g. /hook?recordId=12
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
};

class HookServer : public QObject
{
    Q_OBJECT
public:
    explicit HookServer(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &pathAndQuery) const;

    void setResponseStatus(int status) { m_status = status; }
    // Sent with every answer, e.g. a Location for a redirect (empty: none).
    void setLocation(const QByteArray &location) { m_location = location; }
    QList<HookRequest> requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

    // Runs the event loop until at least `count` requests arrived or timeoutMs passed.
    bool waitForRequests(qsizetype count, int timeoutMs = 10000);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<HookRequest> m_requests;
    int m_status = 200;
    QByteArray m_location;
};

} // namespace cw::test
