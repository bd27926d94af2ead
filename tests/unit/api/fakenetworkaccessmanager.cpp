#include "fakenetworkaccessmanager.h"

namespace cw::test {

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation operation,
                                                       const QNetworkRequest &request, QIODevice *)
{
    m_requests.append(request);
    // An unexpected request fails the test through its error, instead of crashing it.
    const CannedResponse response =
        m_queue.isEmpty() ? CannedResponse::fault(
                                QNetworkReply::ProtocolFailure,
                                QStringLiteral("FakeNetworkAccessManager: no canned response left"))
                          : m_queue.takeFirst();
    return new FakeReply(request, operation, response, this);
}

} // namespace cw::test
