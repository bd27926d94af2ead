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
    if (!m_trustedCertificateSha256.isEmpty() &&
        normalizedSha256(m_trustedCertificateSha256) != m_trustedCertificateSha256)
        return refuse(tr("The trusted certificate fingerprint is not a SHA-256 fingerprint "
                         "(64 hexadecimal digits)."));
    return true;
}

void Credentials::setTrustedCertificateSha256(const QByteArray &hexFingerprint)
{
    // Something that is not a fingerprint is kept as typed, so validate() can say so instead of
    // the site silently losing its exception.
    const QByteArray normalized = normalizedSha256(hexFingerprint);
    m_trustedCertificateSha256 = normalized.isEmpty() ? hexFingerprint.trimmed() : normalized;
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

QString Credentials::defaultApiVersion()
{
    return u"2025.1"_s;
}

QByteArray Credentials::normalizedSha256(const QByteArray &hexFingerprint)
{
    // Also as tools print it: "SHA256:AB:CD…", "sha256 Fingerprint=AB:CD…" (openssl).
    QByteArray text = hexFingerprint.trimmed();
    if (const qsizetype equals = text.lastIndexOf('='); equals >= 0)
        text = text.mid(equals + 1);
    else if (text.toLower().startsWith("sha256"))
        text = text.mid(6);
    QByteArray hex;
    hex.reserve(64);
    for (const char c : std::as_const(text)) {
        if (c == ':' || c == ' ')
            continue;
        const bool digit =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit)
            return {};
        hex.append(c);
    }
    return hex.size() == 64 ? hex.toLower() : QByteArray();
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
