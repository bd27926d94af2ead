#include "connectiondialog.h"

#include "icons.h"

#include "models/api/apierror.h"
#include "models/api/companyinfojob.h"
#include "models/api/manageclient.h"
#include "models/api/profilestore.h"
#include "models/api/recordjob.h"
#include "models/api/secretjob.h"
#include "models/api/secretstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// "ab:cd:…" in upper case, as certificate viewers and openssl print it.
QString displayFingerprint(const QByteArray &hex)
{
    QString text;
    for (int i = 0; i + 1 < hex.size(); i += 2) {
        if (i > 0)
            text += u':';
        text += QString::fromLatin1(hex.mid(i, 2)).toUpper();
    }
    return text;
}

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ManageClient(m_network, this))
    , m_site(new QLineEdit)
    , m_company(new QLineEdit)
    , m_publicKey(new QLineEdit)
    , m_privateKey(new QLineEdit)
    , m_clientId(new QLineEdit)
    , m_message(new QLabel)
    , m_test(new QPushButton(tr("&Test connection")))
    , m_trust(new QPushButton(tr("T&rust this certificate")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to ConnectWise"));
    setWindowIcon(Icons::icon(Icons::Name::Profile));
    m_network->setStrictTransportSecurityEnabled(true);

    m_site->setObjectName(u"site"_s);
    m_site->setAccessibleName(tr("Site"));
    m_site->setPlaceholderText(tr("na.myconnectwise.net or cw.example.com"));
    m_company->setObjectName(u"company"_s);
    m_company->setAccessibleName(tr("Company ID"));
    m_publicKey->setObjectName(u"publicKey"_s);
    m_publicKey->setAccessibleName(tr("Public key"));
    m_privateKey->setObjectName(u"privateKey"_s);
    m_privateKey->setAccessibleName(tr("Private key"));
    m_privateKey->setEchoMode(QLineEdit::Password);
    m_clientId->setObjectName(u"clientId"_s);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setText(ConnectionProfile().clientId());
    m_clientId->setToolTip(tr("The client id registered for this integration at "
                              "developer.connectwise.com"));
    m_message->setObjectName(u"testResult"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Reachable with Tab, so a keyboard user can read and copy a fingerprint.
    m_message->setAccessibleName(tr("Connection test result"));
    m_message->hide();
    m_test->setObjectName(u"testConnection"_s);
    m_test->setAccessibleName(tr("Test connection"));
    m_trust->setObjectName(u"trustCertificate"_s);
    m_trust->setAccessibleName(tr("Trust this certificate"));
    m_trust->setIcon(Icons::icon(Icons::Name::Warning));
    m_trust->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("Co&mpany ID:"), m_company);
    form->addRow(tr("&Public key:"), m_publicKey);
    form->addRow(tr("Pri&vate key:"), m_privateKey);
    form->addRow(tr("C&lient ID:"), m_clientId);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_trust);
    testRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_trust, &QPushButton::clicked, this, &ConnectionDialog::trustCertificate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    // Anything edited makes the last test's verdict stale.
    for (QLineEdit *edit : {m_site, m_company, m_publicKey, m_privateKey, m_clientId}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            ++m_generation;
            m_result = Result::None;
            setBusy(false);
        });
    }
    // Wide enough for a cloud host name and a key, in characters of the font.
    setMinimumWidth(60 * fontMetrics().averageCharWidth());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_site->setText(profile.site());
    m_company->setText(profile.company());
    m_publicKey->setText(profile.publicKey());
    m_clientId->setText(profile.clientId());
    m_trusted = profile.trustedCertificateSha256();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile = m_profile;
    const bool sameSite =
        profile.site() == m_site->text().trimmed() &&
        profile.company().compare(m_company->text().trimmed(), Qt::CaseInsensitive) == 0;
    profile.setSite(m_site->text());
    profile.setCompany(m_company->text());
    profile.setPublicKey(m_publicKey->text());
    profile.setClientId(m_clientId->text());
    if (!sameSite)
        profile.setCodebase({});
    profile.setTrustedCertificateSha256(m_trusted);
    return profile;
}

QString ConnectionDialog::resultText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ConnectionDialog::testConnection()
{
    const int generation = ++m_generation;
    m_trust->hide();
    m_fingerprint.clear();
    ConnectionProfile candidate = profile();
    QString reason;
    if (!candidate.validate(&reason)) {
        finishTest(Result::InvalidInput, reason);
        return;
    }
    if (m_privateKey->text().isEmpty()) {
        finishTest(Result::InvalidInput, tr("Enter the private key of the API member."));
        return;
    }
    if (!m_client->setCredentials(candidate.credentials(m_privateKey->text()), &reason)) {
        finishTest(Result::InvalidInput, reason);
        return;
    }
    m_result = Result::Testing;
    setBusy(true);
    m_message->setText(tr("Looking up %1 on %2…").arg(candidate.company(), candidate.site()));
    m_message->show();
    // First the public lookup: it tells a wrong site or company apart from wrong keys.
    CompanyInfoJob *job = m_client->companyInfo(candidate.companyInfoUrl(), candidate.company());
    connect(
        job, &CompanyInfoJob::companyInfoReceived, this,
        [this, generation, candidate](const QJsonObject &info) mutable {
            if (generation != m_generation)
                return;
            QString why;
            if (!candidate.applyCompanyInfo(info, &why)) {
                finishTest(Result::UnknownCompany, why);
                return;
            }
            // Remember for which site and company the codebase holds (see profile()).
            m_profile.setSite(candidate.site());
            m_profile.setCompany(candidate.company());
            m_profile.setCodebase(candidate.codebase());
            m_profile.setCloud(candidate.isCloud());
            ConnectionProfile withCodebase = profile();
            withCodebase.setCodebase(candidate.codebase());
            if (!m_client->setCredentials(withCodebase.credentials(m_privateKey->text()), &why)) {
                finishTest(Result::InvalidInput, why);
                return;
            }
            askSystemInfo();
        });
    connect(job, &ManageJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            failTest(error, true);
    });
}

void ConnectionDialog::askSystemInfo()
{
    const int generation = m_generation;
    RecordJob *job = m_client->get(u"/system/info"_s);
    connect(job, &RecordJob::succeeded, this, [this, generation](const QByteArray &raw) {
        if (generation != m_generation)
            return;
        const QJsonObject info = QJsonDocument::fromJson(raw).object();
        const QString version = info.value(u"version"_s).toString();
        finishTest(Result::Connected,
                   version.isEmpty()
                       ? tr("Connected to %1.").arg(m_client->credentials().siteUrl().host())
                       : tr("Connected to %1 (ConnectWise %2).")
                             .arg(m_client->credentials().siteUrl().host(), version));
    });
    connect(job, &ManageJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            failTest(error, false);
    });
}

void ConnectionDialog::failTest(const ApiError &error, bool companyInfo)
{
    const QString host = m_client->credentials().siteUrl().host();
    if (error.isUnreachable()) {
        finishTest(Result::Unreachable,
                   tr("%1 cannot be reached. Check the site's address and your network.\n%2")
                       .arg(host, error.message()));
    } else if (error.kind() == ApiError::Kind::Tls) {
        m_fingerprint = error.certificateSha256();
        m_trust->setVisible(!m_fingerprint.isEmpty());
        finishTest(Result::Certificate,
                   m_fingerprint.isEmpty()
                       ? error.message()
                       : tr("The certificate of %1 is not trusted by this computer. If your "
                            "administrator confirms that its SHA-256 fingerprint is\n%2\nchoose "
                            "\"Trust this certificate\".")
                             .arg(host, displayFingerprint(m_fingerprint)));
    } else if (companyInfo && (error.kind() == ApiError::Kind::NotFound ||
                               error.kind() == ApiError::Kind::InvalidJson)) {
        finishTest(Result::UnknownCompany,
                   tr("%1 does not answer as a ConnectWise site, or does not know the company "
                      "\"%2\". Check both.")
                       .arg(host, m_company->text().trimmed()));
    } else if (error.kind() == ApiError::Kind::Unauthorized) {
        finishTest(Result::KeysRefused,
                   tr("The site refused the keys (401). Check the company ID, the public key and "
                      "the private key of the API member."));
    } else if (error.kind() == ApiError::Kind::Forbidden) {
        finishTest(Result::Forbidden,
                   tr("The keys are valid, but the API member may not read the system "
                      "information (403). Its security role needs more permissions; ask your "
                      "ConnectWise administrator.\n%1")
                       .arg(error.serverMessage()));
    } else {
        finishTest(Result::OtherError, error.message());
    }
}

void ConnectionDialog::finishTest(Result result, const QString &text)
{
    m_result = result;
    m_message->setText(text);
    m_message->show();
    m_message->setAccessibleDescription(text);
    setBusy(false);
    Q_EMIT testFinished(result);
    const bool acceptNow = m_acceptAfterTest && result == Result::Connected;
    m_acceptAfterTest = false;
    if (acceptNow)
        save();
}

void ConnectionDialog::trustCertificate()
{
    if (m_fingerprint.isEmpty())
        return;
    m_trusted = m_fingerprint;
    testConnection();
}

void ConnectionDialog::accept()
{
    // Only a connection that works is saved; OK tests first when needed.
    if (m_result == Result::Connected) {
        save();
        return;
    }
    if (m_result == Result::Testing)
        return;
    m_acceptAfterTest = true;
    testConnection();
}

void ConnectionDialog::save()
{
    setBusy(true);
    const ConnectionProfile chosen = profile();
    SecretJob *job = m_secrets->write(chosen.secretKey(), m_privateKey->text());
    connect(job, &SecretJob::finished, this, [this, chosen](SecretJob *finished) {
        setBusy(false);
        if (finished->isError()) {
            m_message->setText(tr("The private key could not be saved in the keychain: %1")
                                   .arg(finished->errorMessage()));
            m_result = Result::OtherError;
            return;
        }
        QString error;
        if (!m_store->save(chosen, &error) || !m_store->setDefaultProfile(chosen.name(), &error)) {
            m_message->setText(tr("The connection could not be saved: %1").arg(error));
            m_result = Result::OtherError;
            return;
        }
        Q_EMIT saved(chosen);
        QDialog::accept();
    });
}

} // namespace cw
