#include "credentials.h"

#include <QDebug>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace cw {

Credentials::Credentials(const QUrl &siteUrl, const QString &company, const QString &publicKey,
                         const QString &privateKey, const QString &clientId)
    : m_siteUrl(siteUrl)
    , m_company(company)
    , m_publicKey(publicKey)
    , m_privateKey(privateKey)
    , m_clientId(clientId)
{
}

bool Credentials::validate(QString *error) const
{
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!m_siteUrl.isValid() || m_siteUrl.host().isEmpty())
        return refuse(tr("The site address is missing or not a valid URL."));
    const QString scheme = m_siteUrl.scheme().toLower();
    if (scheme == u"http"_s) {
        if (!isLoopbackHost(m_siteUrl.host()))
            return refuse(tr("The site address %1 uses plain http. ConnectWise keys are only sent "
                             "over https; use an https:// address.")
                              .arg(m_siteUrl.toDisplayString(QUrl::RemoveUserInfo)));
    } else if (scheme != u"https"_s) {
        return refuse(tr("The site address must start with https://."));
    }
    if (m_company.trimmed().isEmpty())
        return refuse(tr("The company ID is missing."));
    if (m_publicKey.trimmed().isEmpty())
        return refuse(tr("The public key is missing."));
    if (m_privateKey.isEmpty())
        return refuse(tr("The private key is missing."));
    if (m_clientId.trimmed().isEmpty())
        return refuse(tr("The client ID is missing."));
    return true;
}

QByteArray Credentials::authorizationHeader() const
{
    const QString user = m_company + u'+' + m_publicKey + u':' + m_privateKey;
    return "Basic " + user.toUtf8().toBase64();
}

QString Credentials::appClientId()
{
    return u"8350469f-2e54-4d54-8008-4f7cff63cf3d"_s;
}

bool Credentials::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QString address = host;
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    QDebugStateSaver saver(debug);
    // Keys are never printed, not even the public one: only whether they are set.
    debug.nospace() << "Credentials(" << credentials.siteUrl().toDisplayString(QUrl::RemoveUserInfo)
                    << ", company " << credentials.company() << ", public key "
                    << (credentials.publicKey().isEmpty() ? "empty" : "set") << ", private key "
                    << (credentials.privateKey().isEmpty() ? "empty" : "set") << ')';
    return debug;
}

} // namespace cw
