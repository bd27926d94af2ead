// ConnectionProfile turns every way people write a site into one root URL (refusing plain http
// off this computer), reads recorded /login/companyinfo answers and never saves a private key;
// ProfileStore keeps profiles in one private, atomically written file and survives a damaged one.
#include "api/connectionprofile.h"
#include "api/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QJsonObject referenceObject(const QString &fileName)
{
    QFile file(QStringLiteral(CW_REFERENCE_DIR) + u'/' + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

ConnectionProfile acmeProfile(const QString &site = u"na.myconnectwise.net"_s)
{
    ConnectionProfile profile;
    profile.setSite(site);
    profile.setCompany(u"acme"_s);
    profile.setPublicKey(u"pubkey"_s);
    return profile;
}

// The permission bits as the file system has them (QFileInfo adds "user" bits we do not want).
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList entriesOf(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteRoot_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("root");       // empty: refused
        QTest::addColumn<QString>("reasonPart"); // part of the refusal

        // Cloud hosts get the api- prefix, once.
        QTest::newRow("cloud host")
            << u"na.myconnectwise.net"_s << u"https://api-na.myconnectwise.net"_s << QString();
        QTest::newRow("cloud host with api-")
            << u"api-eu.myconnectwise.net"_s << u"https://api-eu.myconnectwise.net"_s << QString();
        QTest::newRow("cloud host, capitals and blanks")
            << u"  NA.MyConnectWise.NET  "_s << u"https://api-na.myconnectwise.net"_s << QString();
        QTest::newRow("cloud page URL")
            << u"https://na.myconnectwise.net/v4_6_release/ConnectWise.aspx?locale=en_US#start"_s
            << u"https://api-na.myconnectwise.net"_s << QString();
        QTest::newRow("staging") << u"staging.connectwisedev.com"_s
                                 << u"https://api-staging.connectwisedev.com"_s << QString();
        QTest::newRow("staging with api-")
            << u"https://api-staging.connectwisedev.com/"_s
            << u"https://api-staging.connectwisedev.com"_s << QString();
        // On-premises and sandbox.
        QTest::newRow("on-premises host")
            << u"cw.example.com"_s << u"https://cw.example.com"_s << QString();
        QTest::newRow("host:port")
            << u"cw.example.com:8443"_s << u"https://cw.example.com:8443"_s << QString();
        QTest::newRow("loopback host:port without scheme is https")
            << u"127.0.0.1:41234"_s << u"https://127.0.0.1:41234"_s << QString();
        QTest::newRow("http loopback")
            << u"http://127.0.0.1:41234"_s << u"http://127.0.0.1:41234"_s << QString();
        QTest::newRow("http localhost, trailing slash")
            << u"http://localhost:41234/"_s << u"http://localhost:41234"_s << QString();
        QTest::newRow("http loopback v6") << u"http://[::1]:41234/v4_6_release/apis/3.0"_s
                                          << u"http://[::1]:41234"_s << QString();
        QTest::newRow("https URL with path and trailing slashes")
            << u"https://cw.example.com:8443/v4_6_release/apis/3.0//"_s
            << u"https://cw.example.com:8443"_s << QString();
        QTest::newRow("default port dropped")
            << u"https://cw.example.com:443/"_s << u"https://cw.example.com"_s << QString();
        QTest::newRow("scheme in capitals")
            << u"HTTPS://cw.example.com"_s << u"https://cw.example.com"_s << QString();

        // Refusals.
        QTest::newRow("http remote") << u"http://cw.example.com"_s << QString() << u"http"_s;
        QTest::newRow("http cloud")
            << u"http://na.myconnectwise.net"_s << QString() << u"https://"_s;
        QTest::newRow("http LAN") << u"http://192.168.1.10:8080"_s << QString() << u"https"_s;
        QTest::newRow("http localhost lookalike")
            << u"http://localhost.example.com"_s << QString() << u"https"_s;
        QTest::newRow("empty") << QString() << QString() << u"na.myconnectwise.net"_s;
        QTest::newRow("blank") << u"   "_s << QString() << u"na.myconnectwise.net"_s;
        QTest::newRow("scheme only") << u"http://"_s << QString() << u"no host"_s;
        QTest::newRow("path only") << u"https:///v4_6_release"_s << QString() << u"no host"_s;
        QTest::newRow("port 0") << u"cw.example.com:0"_s << QString() << u"65535"_s;
        QTest::newRow("port 65536") << u"cw.example.com:65536"_s << QString() << u"65535"_s;
        QTest::newRow("port huge")
            << u"https://cw.example.com:99999999999"_s << QString() << u"65535"_s;
        QTest::newRow("port negative") << u"cw.example.com:-1"_s << QString() << u"65535"_s;
        QTest::newRow("port letters") << u"cw.example.com:https"_s << QString() << u"65535"_s;
        QTest::newRow("port empty") << u"cw.example.com:"_s << QString() << u"65535"_s;
        QTest::newRow("ftp") << u"ftp://cw.example.com"_s << QString() << u"https://"_s;
        QTest::newRow("user info")
            << u"https://me:pw@cw.example.com"_s << QString() << u"user name"_s;
        QTest::newRow("spaces in host") << u"cw example com"_s << QString() << u"not a valid"_s;
        QTest::newRow("unclosed v6") << u"http://[::1:4000"_s << QString() << u"not a valid"_s;
    }

    void siteRoot()
    {
        QFETCH(QString, site);
        QFETCH(QString, root);
        QFETCH(QString, reasonPart);
        QString error;
        const QUrl url = ConnectionProfile::siteRoot(site, &error);
        if (root.isEmpty()) {
            QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
            QVERIFY2(error.contains(reasonPart), qPrintable(error));
        } else {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(url.toString(), root);
            QVERIFY(url.path().isEmpty());
            QVERIFY(!url.hasQuery());
            QVERIFY(!url.hasFragment());
        }
        // Without a place for the reason it still answers.
        QCOMPARE(ConnectionProfile::siteRoot(site).isEmpty(), root.isEmpty());
    }

    void urls()
    {
        ConnectionProfile cloud = acmeProfile();
        QCOMPARE(cloud.companyInfoUrl().toString(),
                 u"https://api-na.myconnectwise.net/login/companyinfo/acme"_s);
        // Not discovered yet: the on-premises default.
        QCOMPARE(cloud.apiBaseUrl().toString(),
                 u"https://api-na.myconnectwise.net/v4_6_release/apis/3.0"_s);
        cloud.setCodebase(u"v2025_1/"_s);
        QCOMPARE(cloud.apiBaseUrl().toString(),
                 u"https://api-na.myconnectwise.net/v2025_1/apis/3.0"_s);
        // A codebase that could leave the site root is never put into a URL.
        cloud.setCodebase(u"../../evil/"_s);
        QCOMPARE(cloud.apiBaseUrl().toString(),
                 u"https://api-na.myconnectwise.net/v4_6_release/apis/3.0"_s);

        const ConnectionProfile sandbox = acmeProfile(u"http://127.0.0.1:41234/"_s);
        QCOMPARE(sandbox.apiBaseUrl().toString(),
                 u"http://127.0.0.1:41234/v4_6_release/apis/3.0"_s);
        QCOMPARE(sandbox.companyInfoUrl().toString(),
                 u"http://127.0.0.1:41234/login/companyinfo/acme"_s);

        // The company id is one path segment, whatever it holds.
        ConnectionProfile odd = acmeProfile(u"cw.example.com:8443"_s);
        odd.setCompany(u"a/b c?d"_s);
        QCOMPARE(odd.companyInfoUrl().toString(QUrl::FullyEncoded),
                 u"https://cw.example.com:8443/login/companyinfo/a%2Fb%20c%3Fd"_s);

        // A refused site gives no URLs at all.
        const ConnectionProfile refused = acmeProfile(u"http://cw.example.com"_s);
        QVERIFY(refused.companyInfoUrl().isEmpty());
        QVERIFY(refused.apiBaseUrl().isEmpty());
        QVERIFY(refused.secretKey().isEmpty());
    }

    void secretKey()
    {
        QCOMPARE(acmeProfile().secretKey(),
                 u"cwdesk:https://api-na.myconnectwise.net|acme|pubkey"_s);
        // Every spelling of the same site and company finds the same entry.
        QCOMPARE(acmeProfile(u"https://na.myconnectwise.net/v4_6_release/"_s).secretKey(),
                 acmeProfile().secretKey());
        QCOMPARE(acmeProfile(u"api-na.myconnectwise.net"_s).secretKey(), acmeProfile().secretKey());
        ConnectionProfile capitals = acmeProfile();
        capitals.setCompany(u"ACME"_s);
        QCOMPARE(capitals.secretKey(), acmeProfile().secretKey());
        // The port, and http versus https, are different sites.
        QCOMPARE(acmeProfile(u"cw.example.com:8443"_s).secretKey(),
                 u"cwdesk:https://cw.example.com:8443|acme|pubkey"_s);
        QVERIFY(acmeProfile(u"http://127.0.0.1:4000"_s).secretKey() !=
                acmeProfile(u"https://127.0.0.1:4000"_s).secretKey());
        // A new key pair never reads the old private key.
        ConnectionProfile rotated = acmeProfile();
        rotated.setPublicKey(u"pubkey2"_s);
        QVERIFY(rotated.secretKey() != acmeProfile().secretKey());
        // Codebase and name do not move the entry.
        ConnectionProfile renamed = acmeProfile();
        renamed.setName(u"Work"_s);
        renamed.setCodebase(u"v2025_1/"_s);
        QCOMPARE(renamed.secretKey(), acmeProfile().secretKey());
    }

    void credentials()
    {
        ConnectionProfile profile = acmeProfile();
        profile.setCodebase(u"v2025_1/"_s);
        profile.setApiVersion(u"2024.2"_s);
        profile.setTrustedCertificateSha256(
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:"
            "23:45:67:89");
        const Credentials credentials = profile.credentials(u"private"_s);
        QCOMPARE(credentials.siteUrl(), profile.apiBaseUrl());
        QCOMPARE(credentials.company(), u"acme"_s);
        QCOMPARE(credentials.publicKey(), u"pubkey"_s);
        QCOMPARE(credentials.privateKey(), u"private"_s);
        QCOMPARE(credentials.clientId(), Credentials::appClientId());
        QCOMPARE(credentials.apiVersion(), u"2024.2"_s);
        QCOMPARE(credentials.trustedCertificateSha256(),
                 QByteArray("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
        QString error;
        QVERIFY2(credentials.validate(&error), qPrintable(error));

        // Defaults: the version CW Desk is written against, no certificate exception.
        const Credentials plain = acmeProfile().credentials(u"private"_s);
        QCOMPARE(plain.apiVersion(), u"2025.1"_s);
        QVERIFY(plain.trustedCertificateSha256().isEmpty());
        QCOMPARE(Credentials().apiVersion(), u"2025.1"_s);

        // Something that is not a SHA-256 is kept, and refused, not silently dropped.
        Credentials wrong = plain;
        wrong.setTrustedCertificateSha256("abc123");
        QCOMPARE(wrong.trustedCertificateSha256(), QByteArray("abc123"));
        QVERIFY(!wrong.validate(&error));
        QVERIFY2(error.contains(u"SHA-256"_s), qPrintable(error));
        QVERIFY(!acmeProfile().credentials(QString()).validate());
    }

    void validate()
    {
        QString error;
        QVERIFY2(acmeProfile().validate(&error), qPrintable(error));
        QVERIFY(!acmeProfile(u"http://cw.example.com"_s).validate(&error));
        QVERIFY2(error.contains(u"http"_s), qPrintable(error));
        ConnectionProfile noCompany = acmeProfile();
        noCompany.setCompany(QString());
        QVERIFY(!noCompany.validate(&error));
        QVERIFY2(error.contains(u"company"_s), qPrintable(error));
        ConnectionProfile noKey = acmeProfile();
        noKey.setPublicKey(u"  "_s);
        QVERIFY(!noKey.validate(&error));
        QVERIFY2(error.contains(u"public key"_s), qPrintable(error));
    }

    void names()
    {
        ConnectionProfile profile = acmeProfile(u"https://NA.myconnectwise.net/v4_6_release/"_s);
        QVERIFY(!profile.hasExplicitName());
        QCOMPARE(profile.name(), u"acme@na.myconnectwise.net"_s);
        QCOMPARE(acmeProfile(u"cw.example.com:8443"_s).name(), u"acme@cw.example.com:8443"_s);
        profile.setName(u"  Work  "_s);
        QCOMPARE(profile.name(), u"Work"_s);
        QVERIFY(profile.hasExplicitName());
    }

    void companyInfoRecorded_data()
    {
        QTest::addColumn<QJsonObject>("info");
        QTest::addColumn<QString>("codebase");
        QTest::addColumn<bool>("cloud");

        // The developer guide's example: IsCloud is the string "True".
        const QJsonObject recorded = referenceObject(u"connectwise-recorded-responses.json"_s);
        const QJsonObject guide =
            recorded
                .value(
                    u"ConnectWise developer guide (markdown copy in a public GitHub repository)"_s)
                .toObject()
                .value(u"companyinfo_example"_s)
                .toObject()
                .value(u"body"_s)
                .toObject();
        QTest::newRow("developer guide") << guide << u"v2017_3/"_s << true;
        // django-connectwise's fixture: IsCloud is a JSON boolean.
        const QJsonObject django = referenceObject(u"django-connectwise-fixtures.json"_s)
                                       .value(u"fixtures"_s)
                                       .toObject()
                                       .value(u"API_COMPANY_INFO"_s)
                                       .toObject();
        QTest::newRow("django fixture") << django << u"v2017_3/"_s << true;

        QTest::newRow("no trailing slash, not cloud")
            << QJsonObject{{u"Codebase"_s, u"v2025_1"_s}, {u"IsCloud"_s, u"False"_s}}
            << u"v2025_1/"_s << false;
        QTest::newRow("on-premises, boolean")
            << QJsonObject{{u"Codebase"_s, u"v4_6_release/"_s}, {u"IsCloud"_s, false}}
            << u"v4_6_release/"_s << false;
        QTest::newRow("no IsCloud is on-premises")
            << QJsonObject{{u"Codebase"_s, u"v2024_2/"_s}} << u"v2024_2/"_s << false;
        QTest::newRow("lower-case string")
            << QJsonObject{{u"Codebase"_s, u"v2024_2/"_s}, {u"IsCloud"_s, u"true"_s}}
            << u"v2024_2/"_s << true;
    }

    void companyInfoRecorded()
    {
        QFETCH(QJsonObject, info);
        QFETCH(QString, codebase);
        QFETCH(bool, cloud);
        QVERIFY2(!info.isEmpty(), "the reference file is missing or changed shape");
        ConnectionProfile profile = acmeProfile();
        profile.setCloud(!cloud);
        QString error;
        QVERIFY2(profile.applyCompanyInfo(info, &error), qPrintable(error));
        QCOMPARE(profile.codebase(), codebase);
        QCOMPARE(profile.isCloud(), cloud);
        QCOMPARE(profile.apiBaseUrl().toString(),
                 u"https://api-na.myconnectwise.net/"_s + codebase + u"apis/3.0"_s);
        // The same answer as raw bytes.
        ConnectionProfile fromBytes = acmeProfile();
        QVERIFY2(fromBytes.applyCompanyInfo(QJsonDocument(info).toJson(), &error),
                 qPrintable(error));
        QCOMPARE(fromBytes.codebase(), codebase);
    }

    void companyInfoRefused()
    {
        ConnectionProfile profile = acmeProfile();
        profile.setCodebase(u"v2020_1/"_s);
        profile.setCloud(true);
        QString error;

        // ConnectWise answers an unknown company with `null`.
        QVERIFY(!profile.applyCompanyInfo(QByteArray("null\n"), &error));
        QVERIFY2(error.contains(u"acme"_s) && error.contains(u"not known"_s), qPrintable(error));
        QVERIFY(!profile.applyCompanyInfo(QJsonObject(), &error));
        QVERIFY2(error.contains(u"not known on na.myconnectwise.net"_s), qPrintable(error));

        error.clear();
        QVERIFY(!profile.applyCompanyInfo(QByteArray("<html>Sign in</html>"), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!profile.applyCompanyInfo(QByteArray("[1,2]"), &error));
        QVERIFY(!error.isEmpty());

        const QList<QJsonObject> bad = {
            {{u"CompanyName"_s, u"Acme"_s}},                   // no Codebase
            {{u"Codebase"_s, 2017}},                           // not a string
            {{u"Codebase"_s, u""_s}},                          // empty
            {{u"Codebase"_s, u"../../admin/"_s}},              // leaves the root
            {{u"Codebase"_s, u"/v2017_3/"_s}},                 // absolute
            {{u"Codebase"_s, u"v2017_3/?x="_s}},               // a query
            {{u"Codebase"_s, u"https://evil.example.com/"_s}}, // another site
        };
        for (const QJsonObject &info : bad) {
            error.clear();
            QVERIFY2(!profile.applyCompanyInfo(info, &error),
                     QJsonDocument(info).toJson().constData());
            QVERIFY2(error.contains(u"Codebase"_s), qPrintable(error));
        }
        // A refused answer changes nothing.
        QCOMPARE(profile.codebase(), u"v2020_1/"_s);
        QVERIFY(profile.isCloud());
    }

    void jsonRoundTrip()
    {
        ConnectionProfile profile = acmeProfile(u"cw.example.com:8443"_s);
        profile.setName(u"Wörk ☕"_s);
        profile.setClientId(u"11111111-2222-3333-4444-555555555555"_s);
        profile.setApiVersion(u"2024.2"_s);
        profile.setCodebase(u"v2025_1/"_s);
        profile.setCloud(true);
        profile.setTrustedCertificateSha256(QByteArray(64, 'a'));
        profile.setFollowedBoards({1, 25, 7});

        const QJsonObject json = profile.toJson();
        const QByteArray bytes = QJsonDocument(json).toJson();
        const ConnectionProfile back =
            ConnectionProfile::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY(back == profile);
        QCOMPARE(back.followedBoards(), QList<int>({1, 25, 7}));
        QCOMPARE(back.trustedCertificateSha256(), QByteArray(64, 'a'));

        // Exactly these fields, none of them a private key, and the private key given to
        // credentials() never ends up in the saved form.
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, QStringList({u"apiVersion"_s, u"clientId"_s, u"cloud"_s, u"codebase"_s,
                                    u"company"_s, u"followedBoards"_s, u"name"_s, u"publicKey"_s,
                                    u"site"_s, u"trustedCertificateSha256"_s}));
        const Credentials credentials = profile.credentials(u"TOP-SECRET-private"_s);
        QCOMPARE(credentials.privateKey(), u"TOP-SECRET-private"_s);
        QVERIFY(!QJsonDocument(profile.toJson()).toJson().contains("TOP-SECRET"));

        // A file written before a field existed gets today's defaults.
        const ConnectionProfile old =
            ConnectionProfile::fromJson({{u"name"_s, u"old"_s},
                                         {u"site"_s, u"na.myconnectwise.net"_s},
                                         {u"company"_s, u"acme"_s},
                                         {u"publicKey"_s, u"pk"_s},
                                         {u"followedBoards"_s, QJsonArray{3, u"x"_s, -1, 2.5, 4}}});
        QCOMPARE(old.clientId(), Credentials::appClientId());
        QCOMPARE(old.apiVersion(), u"2025.1"_s);
        QVERIFY(old.codebase().isEmpty());
        QVERIFY(!old.isCloud());
        QCOMPARE(old.followedBoards(), QList<int>({3, 4}));
        // A derived name is saved as it is now.
        QCOMPARE(acmeProfile().toJson().value(u"name"_s).toString(),
                 u"acme@na.myconnectwise.net"_s);
    }

    void storeSaveLoadReplaceRemove()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString dir = temp.filePath(u"config"_s);
        {
            ProfileStore store(dir);
            QVERIFY(store.loadError().isEmpty());
            QVERIFY(store.profiles().isEmpty());
            QVERIFY(!store.profile(u"anything"_s));
            QVERIFY(store.defaultProfileName().isEmpty());
            // Reading creates nothing.
            QVERIFY(!QFileInfo::exists(dir));

            ConnectionProfile work = acmeProfile();
            work.setName(u"Work"_s);
            QString error;
            QVERIFY2(store.save(work, &error), qPrintable(error));
            QVERIFY2(store.save(acmeProfile(u"http://127.0.0.1:41234"_s), &error),
                     qPrintable(error));
            QCOMPARE(store.profiles().size(), 2);
            QVERIFY(store.contains(u"acme@127.0.0.1:41234"_s));
            QVERIFY2(store.setDefaultProfile(u"Work"_s, &error), qPrintable(error));
            QCOMPARE(store.filePath(), QDir(dir).filePath(u"profiles.json"_s));
        }
        {
            ProfileStore store(dir);
            QVERIFY2(store.loadError().isEmpty(), qPrintable(store.loadError()));
            QCOMPARE(store.profiles().size(), 2);
            QCOMPARE(store.profiles().at(0).name(), u"Work"_s);
            QCOMPARE(store.profiles().at(1).name(), u"acme@127.0.0.1:41234"_s);
            QCOMPARE(store.defaultProfileName(), u"Work"_s);
            const auto work = store.profile(u"Work"_s);
            QVERIFY(work);
            QCOMPARE(work->site(), u"na.myconnectwise.net"_s);
            QVERIFY(*work == [] {
                ConnectionProfile p = acmeProfile();
                p.setName(u"Work"_s);
                return p;
            }());

            // Replaced by name, in place.
            ConnectionProfile changed = *work;
            changed.setSite(u"eu.myconnectwise.net"_s);
            changed.setFollowedBoards({4});
            QString error;
            QVERIFY2(store.save(changed, &error), qPrintable(error));
            QCOMPARE(store.profiles().size(), 2);
            QCOMPARE(store.profiles().at(0).site(), u"eu.myconnectwise.net"_s);

            // A derived name stays fixed once saved.
            ConnectionProfile sandbox = *store.profile(u"acme@127.0.0.1:41234"_s);
            QVERIFY(sandbox.hasExplicitName());
            sandbox.setSite(u"http://127.0.0.1:5000"_s);
            QVERIFY2(store.save(sandbox, &error), qPrintable(error));
            QCOMPARE(store.profiles().size(), 2);
            QCOMPARE(store.profile(u"acme@127.0.0.1:41234"_s)->site(), u"http://127.0.0.1:5000"_s);

            // Nameless: refused.
            QVERIFY(!store.save(ConnectionProfile(), &error));
            QVERIFY(!error.isEmpty());

            // Unknown default: refused; removing the default clears it; removing twice fails.
            QVERIFY(!store.setDefaultProfile(u"Nope"_s, &error));
            QVERIFY2(error.contains(u"Nope"_s), qPrintable(error));
            QCOMPARE(store.defaultProfileName(), u"Work"_s);
            QVERIFY2(store.remove(u"Work"_s, &error), qPrintable(error));
            QVERIFY(!store.contains(u"Work"_s));
            QVERIFY(store.defaultProfileName().isEmpty());
            error.clear();
            QVERIFY(!store.remove(u"Work"_s, &error));
            QVERIFY2(error.contains(u"Work"_s), qPrintable(error));
            QVERIFY2(store.setDefaultProfile(u"acme@127.0.0.1:41234"_s, &error), qPrintable(error));
            QVERIFY2(store.setDefaultProfile(QString(), &error), qPrintable(error));
            QVERIFY(store.defaultProfileName().isEmpty());
        }
        ProfileStore again(dir);
        QCOMPARE(again.profiles().size(), 1);
        QVERIFY(again.defaultProfileName().isEmpty());
        // No private key in the file, nor anything but what toJson() writes.
        QVERIFY(!readAll(again.filePath()).contains("rivate"));
    }

    void storeSharedBetweenProcesses()
    {
        // The app and the CLI each hold a store on the same file: neither loses the other's
        // change, because every change starts from what is on disk.
        QTemporaryDir temp;
        ProfileStore app(temp.path());
        ProfileStore cli(temp.path());
        ConnectionProfile a = acmeProfile();
        a.setName(u"A"_s);
        ConnectionProfile b = acmeProfile();
        b.setName(u"B"_s);
        QVERIFY(app.save(a));
        QVERIFY(cli.save(b));
        QCOMPARE(cli.profiles().size(), 2);
        QCOMPARE(app.profiles().size(), 1); // until it looks again
        QVERIFY(app.reload());
        QCOMPARE(app.profiles().size(), 2);
    }

    void storeFileModes()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath(u"deep/config"_s);
        ProfileStore store(dir);
        QVERIFY(store.save(acmeProfile()));
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(store.filePath()), 0600);

        // A file someone loosened is private again after the next save.
        QVERIFY(QFile::setPermissions(store.filePath(), QFile::ReadOwner | QFile::WriteOwner |
                                                            QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(modeOf(store.filePath()), 0644);
        QVERIFY(store.save(acmeProfile(u"eu.myconnectwise.net"_s)));
        QCOMPARE(modeOf(store.filePath()), 0600);

        // A folder given by the user that already exists keeps its mode; the file is private.
        QTemporaryDir shared;
        QVERIFY(QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ExeOwner | QFile::ReadGroup |
                                                         QFile::ExeGroup));
        ProfileStore inShared(shared.path());
        QVERIFY(inShared.save(acmeProfile()));
        QCOMPARE(modeOf(shared.path()), 0750);
        QCOMPARE(modeOf(inShared.filePath()), 0600);
    }

    void storeWritesAtomically()
    {
        QTemporaryDir temp;
        ProfileStore store(temp.path());
        QVERIFY(store.save(acmeProfile()));
        const QByteArray before = readAll(store.filePath());
        QVERIFY(!before.isEmpty());

        // A reader that has the old file open keeps reading the whole old file: the new one is
        // renamed over it, never written into it.
        QFile reader(store.filePath());
        QVERIFY(reader.open(QIODevice::ReadOnly));
        struct stat oldInfo
        {
        };
        QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &oldInfo), 0);

        ConnectionProfile other = acmeProfile(u"eu.myconnectwise.net"_s);
        other.setName(u"Other"_s);
        QVERIFY(store.save(other));

        QCOMPARE(reader.readAll(), before);
        struct stat newInfo
        {
        };
        QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &newInfo), 0);
        QVERIFY(newInfo.st_ino != oldInfo.st_ino);
        QVERIFY(readAll(store.filePath()).contains("Other"));
        // No temporary file is left behind.
        QCOMPARE(entriesOf(temp.path()), QStringList{u"profiles.json"_s});

        // A write that cannot happen (the folder is a file) leaves memory and disk as they were.
        QTemporaryDir other2;
        const QString notADirectory = other2.filePath(u"file"_s);
        QVERIFY(writeFile(notADirectory, "x"));
        ProfileStore broken(notADirectory);
        QString error;
        QVERIFY(!broken.save(acmeProfile(), &error));
        QVERIFY2(!error.isEmpty(), "no reason given");
        QVERIFY(broken.profiles().isEmpty());
        QCOMPARE(readAll(notADirectory), QByteArray("x"));
    }

    void storeCorruptFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated") << QByteArray(R"({"format": 1, "profiles": [{"name": "A", )");
        QTest::newRow("not JSON") << QByteArray("\x00\xff\xfe garbage", 12);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("profiles not a list") << QByteArray(R"({"format": 1, "profiles": 5})");
    }

    void storeCorruptFile()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir temp;
        const QString path = temp.filePath(u"profiles.json"_s);
        QVERIFY(writeFile(path, bytes));

        ProfileStore store(temp.path());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.loadError().isEmpty());
        // The damaged file is kept, byte for byte, next to where it was.
        const QStringList entries = entriesOf(temp.path());
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries.first().startsWith(u"profiles.json.corrupt-"_s),
                 qPrintable(entries.first()));
        QCOMPARE(readAll(temp.filePath(entries.first())), bytes);
        QVERIFY2(store.loadError().contains(entries.first()), qPrintable(store.loadError()));
        // Once moved aside, there is nothing left to complain about.
        QVERIFY(store.reload());
        QVERIFY(store.loadError().isEmpty());

        // And the store works again.
        QVERIFY(store.save(acmeProfile()));
        QCOMPARE(ProfileStore(temp.path()).profiles().size(), 1);
        QCOMPARE(entriesOf(temp.path()).size(), 2);
    }

    void storeCorruptTwiceKeepsBoth()
    {
        QTemporaryDir temp;
        const QString path = temp.filePath(u"profiles.json"_s);
        QVERIFY(writeFile(path, "first"));
        ProfileStore first(temp.path());
        QVERIFY(writeFile(path, "second"));
        ProfileStore second(temp.path());
        QStringList aside = entriesOf(temp.path());
        QCOMPARE(aside.size(), 2);
        QStringList contents;
        for (const QString &name : aside)
            contents.append(QString::fromLatin1(readAll(temp.filePath(name))));
        contents.sort();
        QCOMPARE(contents, QStringList({u"first"_s, u"second"_s}));
    }

    void storeSkipsOddEntries()
    {
        QTemporaryDir temp;
        QVERIFY(writeFile(temp.filePath(u"profiles.json"_s), R"({"format": 1,
            "defaultProfile": "gone",
            "profiles": [
                {"name": "A", "site": "na.myconnectwise.net", "company": "acme", "publicKey": "k"},
                5,
                {"site": ""},
                {"name": "A", "site": "eu.myconnectwise.net"},
                {"name": "B", "site": "cw.example.com", "company": "acme", "publicKey": "k"}
            ]})"));
        ProfileStore store(temp.path());
        QVERIFY2(store.loadError().isEmpty(), qPrintable(store.loadError()));
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(u"A"_s)->site(), u"na.myconnectwise.net"_s);
        QVERIFY(store.contains(u"B"_s));
        // A default naming no profile is no default.
        QVERIFY(store.defaultProfileName().isEmpty());
    }

    void storeNewerFormatLeftAlone()
    {
        QTemporaryDir temp;
        const QString path = temp.filePath(u"profiles.json"_s);
        const QByteArray future = R"({"format": 99, "profiles": [{"name": "Future"}]})";
        QVERIFY(writeFile(path, future));
        ProfileStore store(temp.path());
        QVERIFY2(store.loadError().contains(u"newer"_s), qPrintable(store.loadError()));
        QString error;
        QVERIFY(!store.save(acmeProfile(), &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
        QCOMPARE(readAll(path), future);
        QCOMPARE(entriesOf(temp.path()), QStringList{u"profiles.json"_s});
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestConnectionProfile)
#include "test_connectionprofile.moc"
