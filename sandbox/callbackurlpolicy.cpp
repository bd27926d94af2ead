#include "callbackurlpolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

bool CallbackUrlPolicy::isLoopback(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return false;
    const QString host = url.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    // Only an address literal: "127.0.0.1.nip.io" or "127.example" would go through DNS.
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

} // namespace cw::sandbox
