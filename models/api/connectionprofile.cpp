#include "connectionprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// ConnectWise's cloud answers the API only on the "api-" twin of the host people browse to.
bool isCloudHost(const QString &host)
{
    return host.endsWith(u".myconnectwise.net"_s) || host.endsWith(u".connectwisedev.com"_s);
}

bool isAsciiDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The path part of a URL comes from the server's answer, so anything that could climb out of
// the site root ("../", "//", "?") is refused rather than sent.
bool isSafeCodebase(const QString &codebase)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_][A-Za-z0-9._-]*/$"_s);
    return pattern.match(codebase).hasMatch();
}

} // namespace

QString ConnectionProfile::name() const
{
    return m_name.isEmpty() ? defaultName() : m_name;
}

QString ConnectionProfile::defaultName() const
{
    // The site as typed, without scheme or path: what the user recognises.
    QString site = m_site;
    const qsizetype schemeEnd = site.indexOf(u"://"_s);
    if (schemeEnd >= 0)
        site = site.mid(schemeEnd + 3);
    const qsizetype slash = site.indexOf(u'/');
    if (slash >= 0)
        site.truncate(slash);
    site = site.toLower();
    if (m_company.isEmpty())
        return site;
    if (site.isEmpty())
        return m_company;
    return m_company + u'@' + site;
}

void ConnectionProfile::setTrustedCertificateSha256(const QByteArray &hexFingerprint)
{
    const QByteArray normalized = Credentials::normalizedSha256(hexFingerprint);
    m_trustedCertificateSha256 = normalized.isEmpty() ? hexFingerprint.trimmed() : normalized;
}

QUrl ConnectionProfile::siteRoot(const QString &site, QString *error)
{
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QUrl();
    };
    const QString typed = site.trimmed();
    if (typed.isEmpty())
        return refuse(tr("Enter the address of your ConnectWise site, for example "
                         "na.myconnectwise.net."));

    QString scheme = u"https"_s;
    QString rest = typed;
    const qsizetype schemeEnd = typed.indexOf(u"://"_s);
    if (schemeEnd >= 0) {
        scheme = typed.left(schemeEnd).toLower();
        rest = typed.mid(schemeEnd + 3);
        if (scheme != u"https"_s && scheme != u"http"_s)
            return refuse(tr("The site address %1 must start with https:// or be just a host "
                             "name, for example na.myconnectwise.net.")
                              .arg(typed));
    }

    // Everything after the host and port (a path, a query, a fragment) is dropped: people paste
    // the address of a page they had open, and the API lives at fixed paths under the root.
    qsizetype authorityEnd = rest.size();
    for (const QChar c : {u'/', u'?', u'#'}) {
        const qsizetype at = rest.indexOf(c);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    const QString authority = rest.left(authorityEnd);
    if (authority.contains(u'@'))
        return refuse(tr("The site address %1 must not contain a user name or password; the keys "
                         "are entered separately.")
                          .arg(typed));

    // The port is checked here rather than by QUrl so the user learns what exactly is wrong.
    QString host = authority;
    QString portText;
    bool hasPort = false;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return refuse(tr("The site address %1 is not a valid address.").arg(typed));
        host = authority.left(close + 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return refuse(tr("The site address %1 is not a valid address.").arg(typed));
            portText = after.mid(1);
            hasPort = true;
        }
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        if (colon >= 0) {
            host = authority.left(colon);
            portText = authority.mid(colon + 1);
            hasPort = true;
        }
    }
    if (host.isEmpty())
        return refuse(tr("The site address %1 has no host name.").arg(typed));
    int port = -1;
    if (hasPort) {
        const int value = portText.size() <= 5 && isAsciiDigits(portText) ? portText.toInt() : 0;
        if (value < 1 || value > 65535)
            return refuse(
                tr("The port in the site address %1 must be a number from 1 to 65535.").arg(typed));
        port = value;
    }

    QUrl root(scheme + u"://"_s + host, QUrl::StrictMode);
    if (!root.isValid() || root.host().isEmpty())
        return refuse(tr("The site address %1 is not a valid address.").arg(typed));
    if ((scheme == u"https"_s && port == 443) || (scheme == u"http"_s && port == 80))
        port = -1; // one spelling per site, so the keychain entry name does not depend on it
    root.setPort(port);

    if (isCloudHost(root.host()) && !root.host().startsWith(u"api-"_s))
        root.setHost(u"api-"_s + root.host());

    if (scheme == u"http"_s && !Credentials::isLoopbackHost(root.host()))
        return refuse(tr("The site address %1 uses plain http. ConnectWise keys are only sent over "
                         "https; use an https:// address (plain http is accepted only for a server "
                         "on this computer).")
                          .arg(typed));
    return root;
}

QUrl ConnectionProfile::companyInfoUrl() const
{
    QUrl url = siteRoot();
    if (url.isEmpty() || m_company.isEmpty())
        return {};
    // The company id is one path segment, whatever it contains.
    url.setPath(u"/login/companyinfo/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_company)),
                QUrl::StrictMode);
    return url;
}

QUrl ConnectionProfile::apiBaseUrl() const
{
    QUrl url = siteRoot();
    if (url.isEmpty())
        return {};
    const QString codebase = isSafeCodebase(m_codebase) ? m_codebase : defaultCodebase();
    url.setPath(u'/' + codebase + u"apis/3.0"_s);
    return url;
}

QString ConnectionProfile::secretKey() const
{
    const QUrl root = siteRoot();
    if (root.isEmpty())
        return {};
    // Company ids are case-insensitive at ConnectWise's login, so "ACME" and "acme" share a key.
    return u"cwdesk:"_s + root.toString(QUrl::FullyEncoded) + u'|' + m_company.toLower() + u'|' +
           m_publicKey;
}

Credentials ConnectionProfile::credentials(const QString &privateKey) const
{
    Credentials credentials(apiBaseUrl(), m_company, m_publicKey, privateKey, m_clientId);
    credentials.setApiVersion(m_apiVersion);
    credentials.setTrustedCertificateSha256(m_trustedCertificateSha256);
    return credentials;
}

bool ConnectionProfile::validate(QString *error) const
{
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    QString siteError;
    if (siteRoot(&siteError).isEmpty())
        return refuse(siteError);
    if (m_company.isEmpty())
        return refuse(tr("The company ID is missing."));
    if (m_publicKey.isEmpty())
        return refuse(tr("The public key is missing."));
    if (m_clientId.isEmpty())
        return refuse(tr("The client ID is missing."));
    if (!m_trustedCertificateSha256.isEmpty() &&
        Credentials::normalizedSha256(m_trustedCertificateSha256) != m_trustedCertificateSha256)
        return refuse(tr("The trusted certificate fingerprint is not a SHA-256 fingerprint "
                         "(64 hexadecimal digits)."));
    return true;
}

bool ConnectionProfile::applyCompanyInfo(const QJsonObject &info, QString *error)
{
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    // ConnectWise answers an unknown company id with a 200 and the body `null`.
    if (info.isEmpty())
        return refuse(tr("The company id %1 is not known on %2. Check the company id you sign in "
                         "with (it is the one on ConnectWise's login page).")
                          .arg(m_company, m_site));

    const QJsonValue codebaseValue = info.value(u"Codebase"_s);
    QString codebase = codebaseValue.toString().trimmed();
    if (!codebase.isEmpty() && !codebase.endsWith(u'/'))
        codebase.append(u'/');
    if (!codebaseValue.isString() || !isSafeCodebase(codebase))
        return refuse(tr("%1 did not tell which version of ConnectWise it runs: its company "
                         "information has no usable Codebase.")
                          .arg(m_site));

    // Documented as the string "True"/"False"; some servers send a JSON boolean. It only
    // informs the UI, so anything else counts as on-premises rather than failing the sign-in.
    const QJsonValue cloudValue = info.value(u"IsCloud"_s);
    bool cloud = false;
    if (cloudValue.isBool())
        cloud = cloudValue.toBool();
    else if (cloudValue.isString())
        cloud = cloudValue.toString().trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;

    m_codebase = codebase;
    m_cloud = cloud;
    return true;
}

bool ConnectionProfile::applyCompanyInfo(const QByteArray &body, QString *error)
{
    if (body.trimmed() == "null")
        return applyCompanyInfo(QJsonObject(), error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("%1 answered the company lookup with something that is not company "
                        "information. Check the site address.")
                         .arg(m_site);
        return false;
    }
    return applyCompanyInfo(document.object(), error);
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonArray boards;
    for (const int id : m_followedBoards)
        boards.append(id);
    return QJsonObject{
        {u"name"_s, name()},
        {u"site"_s, m_site},
        {u"company"_s, m_company},
        {u"publicKey"_s, m_publicKey},
        {u"clientId"_s, m_clientId},
        {u"apiVersion"_s, m_apiVersion},
        {u"codebase"_s, m_codebase},
        {u"cloud"_s, m_cloud},
        {u"trustedCertificateSha256"_s, QString::fromLatin1(m_trustedCertificateSha256)},
        {u"followedBoards"_s, boards},
    };
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &json)
{
    ConnectionProfile profile;
    profile.setName(json.value(u"name"_s).toString());
    profile.setSite(json.value(u"site"_s).toString());
    profile.setCompany(json.value(u"company"_s).toString());
    profile.setPublicKey(json.value(u"publicKey"_s).toString());
    // Files written before a field existed get the current default.
    if (json.contains(u"clientId"_s))
        profile.setClientId(json.value(u"clientId"_s).toString());
    if (json.contains(u"apiVersion"_s))
        profile.setApiVersion(json.value(u"apiVersion"_s).toString());
    profile.setCodebase(json.value(u"codebase"_s).toString());
    profile.setCloud(json.value(u"cloud"_s).toBool());
    profile.setTrustedCertificateSha256(
        json.value(u"trustedCertificateSha256"_s).toString().toLatin1());
    QList<int> boards;
    for (const QJsonValue &value : json.value(u"followedBoards"_s).toArray()) {
        const double id = value.toDouble(-1);
        if (id >= 1 && id <= std::numeric_limits<int>::max() && id == static_cast<int>(id))
            boards.append(static_cast<int>(id));
    }
    profile.setFollowedBoards(boards);
    return profile;
}

QString ConnectionProfile::defaultCodebase()
{
    return u"v4_6_release/"_s;
}

} // namespace cw
