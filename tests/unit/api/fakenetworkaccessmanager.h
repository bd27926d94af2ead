// A QNetworkAccessManager that sends nothing: it answers each request with the next canned
// response of its queue and remembers every request it saw (to check headers and retries).
#pragma once

#include "fakereply.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace cw::test {

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void enqueue(const CannedResponse &response) { m_queue.append(response); }
    const QList<QNetworkRequest> &requests() const { return m_requests; }
    int pending() const { return int(m_queue.size()); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QList<CannedResponse> m_queue;
    QList<QNetworkRequest> m_requests;
};

} // namespace cw::test
