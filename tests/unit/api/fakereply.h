// A QNetworkReply that plays back one canned answer (status, headers, body) or one transport
// fault (TLS failure, dropped connection …) from the event loop, like a real reply would.
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

namespace cw::test {

struct CannedResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool sslErrors = false; // emit sslErrors() before failing with SslHandshakeFailedError
    bool hang = false;      // never answer: only abort() ends the reply (a stalled server)
    int delayMs = 0;        // answer this much later (replies then finish out of order)

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }

    static CannedResponse json(int status, const QByteArray &body)
    {
        CannedResponse response;
        response.status = status;
        response.body = body;
        response.addHeader("Content-Type", "application/json; charset=utf-8");
        if (status >= 400)
            response.error = QNetworkReply::UnknownContentError;
        return response;
    }
    static CannedResponse fault(QNetworkReply::NetworkError error, const QString &text)
    {
        CannedResponse response;
        response.status = 0;
        response.error = error;
        response.errorString = text;
        return response;
    }
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
              const CannedResponse &response, QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    void ignoreSslErrors() override;

    // How many times any FakeReply was told to ignore TLS errors (must stay 0).
    static int ignoreSslErrorsCalls;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override;

private:
    void deliver();

    CannedResponse m_response;
    qint64 m_position = 0;
    bool m_done = false;
};

} // namespace cw::test
