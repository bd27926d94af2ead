// One saved way to reach a ConnectWise site: where, which company, which public key and client
// settings. Turns what the user typed into URLs; holds no private key (that lives in the keychain).
#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace cw {

class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(cw::ConnectionProfile)

public:
    ConnectionProfile() = default;

    // The user's label; when none was given, "company@site" (see defaultName()).
    QString name() const;
    void setName(const QString &name) { m_name = name.trimmed(); }
    bool hasExplicitName() const { return !m_name.isEmpty(); }
    QString defaultName() const;

    // The site as the user typed it ("na.myconnectwise.net", "cw.example.com:8443", a URL …).
    QString site() const { return m_site; }
    void setSite(const QString &site) { m_site = site.trimmed(); }
    QString company() const { return m_company; }
    void setCompany(const QString &company) { m_company = company.trimmed(); }
    QString publicKey() const { return m_publicKey; }
    void setPublicKey(const QString &key) { m_publicKey = key.trimmed(); }
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId.trimmed(); }
    QString apiVersion() const { return m_apiVersion; }
    void setApiVersion(const QString &version) { m_apiVersion = version.trimmed(); }
    // As /login/companyinfo reported it, e.g. "v4_6_release/"; empty until discovered.
    QString codebase() const { return m_codebase; }
    void setCodebase(const QString &codebase) { m_codebase = codebase; }
    bool isCloud() const { return m_cloud; }
    void setCloud(bool cloud) { m_cloud = cloud; }
    // See Credentials::trustedCertificateSha256(); normalised the same way.
    QByteArray trustedCertificateSha256() const { return m_trustedCertificateSha256; }
    void setTrustedCertificateSha256(const QByteArray &hexFingerprint);
    // Board ids the user watches; empty means every board.
    QList<int> followedBoards() const { return m_followedBoards; }
    void setFollowedBoards(const QList<int> &boardIds) { m_followedBoards = boardIds; }

    // The scheme://host[:port] every URL of a site starts from. Cloud hosts (*.myconnectwise.net,
    // *.connectwisedev.com) get their "api-" prefix; a typed path is dropped; a site without a
    // scheme is https; plain http is refused unless the host is this computer. Empty on refusal,
    // with a translated reason in *error.
    static QUrl siteRoot(const QString &site, QString *error = nullptr);
    QUrl siteRoot(QString *error = nullptr) const { return siteRoot(m_site, error); }

    // {root}/login/companyinfo/{company}: asked (without keys) to discover the codebase.
    QUrl companyInfoUrl() const;
    // {root}/{codebase}apis/3.0, with "v4_6_release/" until the codebase is discovered.
    QUrl apiBaseUrl() const;
    // The name of this profile's private key in the keychain. Built from the site root, the
    // company and the public key, so a changed key pair never reads the old private key.
    QString secretKey() const;
    // Everything ManageClient needs, with the private key from the keychain or the user.
    Credentials credentials(const QString &privateKey) const;

    // True when the site is acceptable and company and public key are set; otherwise false
    // with a translated reason.
    bool validate(QString *error = nullptr) const;

    // Takes Codebase and IsCloud from a /login/companyinfo answer. False, changing nothing, when
    // the answer is not a company (the server sends JSON null for an unknown company id).
    bool applyCompanyInfo(const QJsonObject &info, QString *error = nullptr);
    // The same from the raw reply body, which may be the literal `null`.
    bool applyCompanyInfo(const QByteArray &body, QString *error = nullptr);

    // The settings as saved in profiles.json; there is no private key in them.
    QJsonObject toJson() const;
    static ConnectionProfile fromJson(const QJsonObject &json);

    static QString defaultCodebase();

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;

private:
    QString m_name;
    QString m_site;
    QString m_company;
    QString m_publicKey;
    QString m_clientId = Credentials::appClientId();
    QString m_apiVersion = Credentials::defaultApiVersion();
    QString m_codebase;
    bool m_cloud = false;
    QByteArray m_trustedCertificateSha256;
    QList<int> m_followedBoards;
};

} // namespace cw
