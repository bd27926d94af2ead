// Where and as whom the client talks to ConnectWise Manage: API base URL, company, key pair, client
// id. Builds the Authorization header and refuses insecure sites; never prints a key.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QDebug;

namespace cw {

class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(cw::Credentials)

public:
    Credentials() = default;
    Credentials(const QUrl &siteUrl, const QString &company, const QString &publicKey,
                const QString &privateKey, const QString &clientId = appClientId());

    // The API base, e.g. https://api-na.myconnectwise.net/v4_6_release/apis/3.0
    QUrl siteUrl() const { return m_siteUrl; }
    void setSiteUrl(const QUrl &url) { m_siteUrl = url; }
    QString company() const { return m_company; }
    void setCompany(const QString &company) { m_company = company; }
    QString publicKey() const { return m_publicKey; }
    void setPublicKey(const QString &key) { m_publicKey = key; }
    QString privateKey() const { return m_privateKey; }
    void setPrivateKey(const QString &key) { m_privateKey = key; }
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    // The record-model version asked for in the Accept header
    // (application/vnd.connectwise.com+json; version=…). Empty asks for the server's latest.
    QString apiVersion() const { return m_apiVersion; }
    void setApiVersion(const QString &version) { m_apiVersion = version; }
    // Lower-case hex SHA-256 of the DER of the one certificate the user explicitly trusted for
    // this site (self-signed on-premises servers); empty when only the system CAs count. The
    // setter accepts upper case and ':' or ' ' separators, as browsers and openssl print them.
    // A pin is exclusive: every handshake must present exactly this certificate, and no other
    // is accepted, even one a system CA trusts. For the pinned certificate the pin overrides
    // the usual checks: its issuer (self-signed), the host name and the validity dates.
    QByteArray trustedCertificateSha256() const { return m_trustedCertificateSha256; }
    void setTrustedCertificateSha256(const QByteArray &hexFingerprint);

    // True when every field is set, the site is https (or http on a loopback host) and a
    // trusted fingerprint, if any, is a SHA-256. Otherwise false, with a translated reason.
    bool validate(QString *error = nullptr) const;

    // "Basic base64(company+publicKey:privateKey)". Never log it.
    QByteArray authorizationHeader() const;

    // The client id ConnectWise registered for CW Desk (sent as the `clientId` header).
    static QString appClientId();
    // The record-model version CW Desk is written against.
    static QString defaultApiVersion();
    // `hexFingerprint` without separators, in lower case; empty when it is not 64 hex digits.
    static QByteArray normalizedSha256(const QByteArray &hexFingerprint);
    static bool isLoopbackHost(const QString &host);

private:
    QUrl m_siteUrl;
    QString m_company;
    QString m_publicKey;
    QString m_privateKey;
    QString m_clientId = appClientId();
    QString m_apiVersion = defaultApiVersion();
    QByteArray m_trustedCertificateSha256;
};

// Prints site and company; the keys only as "set" or "empty".
QDebug operator<<(QDebug debug, const Credentials &credentials);

} // namespace cw
