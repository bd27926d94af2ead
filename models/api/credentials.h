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

    // True when every field is set and the site is https (or http on a loopback host).
    // Otherwise false, with a translated reason in *error.
    bool validate(QString *error = nullptr) const;

    // "Basic base64(company+publicKey:privateKey)". Never log it.
    QByteArray authorizationHeader() const;

    // The client id ConnectWise registered for CW Desk (sent as the `clientId` header).
    static QString appClientId();
    static bool isLoopbackHost(const QString &host);

private:
    QUrl m_siteUrl;
    QString m_company;
    QString m_publicKey;
    QString m_privateKey;
    QString m_clientId = appClientId();
};

// Prints site and company; the keys only as "set" or "empty".
QDebug operator<<(QDebug debug, const Credentials &credentials);

} // namespace cw
