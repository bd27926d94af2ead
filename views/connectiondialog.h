// Sets up a connection to a ConnectWise site: site, company, keys and client id, a test that
// says exactly what is wrong (address, keys, permissions, certificate), and on OK the key in the
// keychain and the profile saved as the default, the same as `cwdesk-cli login`.
#pragma once

#include "models/api/connectionprofile.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace cw {

class ApiError;
class ManageClient;
class ProfileStore;
class SecretStore;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Result {
        None,
        Testing,
        Connected,
        InvalidInput,
        Unreachable,
        UnknownCompany,
        KeysRefused,
        Forbidden,
        Certificate,
        OtherError
    };
    Q_ENUM(Result)

    // `store` and `secrets` receive the profile and the key on OK.
    ConnectionDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills the fields from `profile` (editing an existing connection).
    void setProfile(const ConnectionProfile &profile);
    // The profile as typed (and, after a test, with its codebase); saved on OK.
    ConnectionProfile profile() const;

    QLineEdit *siteEdit() const { return m_site; }
    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *publicKeyEdit() const { return m_publicKey; }
    QLineEdit *privateKeyEdit() const { return m_privateKey; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *trustButton() const { return m_trust; }

    Result result() const { return m_result; }
    QString resultText() const;
    // The SHA-256 of the certificate the server showed when it was refused (lower-case hex).
    QByteArray certificateFingerprint() const { return m_fingerprint; }

public Q_SLOTS:
    void testConnection();
    // Trusts the certificate the last test was refused for, and tests again.
    void trustCertificate();
    void accept() override;

Q_SIGNALS:
    void testFinished(cw::ConnectionDialog::Result result);
    // The profile and key were saved (just before the dialog closes with Accepted).
    void saved(const cw::ConnectionProfile &profile);

private:
    void finishTest(Result result, const QString &text);
    void failTest(const ApiError &error, bool companyInfo);
    void askSystemInfo();
    void save();
    void setBusy(bool busy);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    ManageClient *m_client;
    ConnectionProfile m_profile;
    QByteArray m_trusted;
    QByteArray m_fingerprint;
    Result m_result = Result::None;
    bool m_acceptAfterTest = false;
    int m_generation = 0; // answers of an earlier test are ignored

    QLineEdit *m_site;
    QLineEdit *m_company;
    QLineEdit *m_publicKey;
    QLineEdit *m_privateKey;
    QLineEdit *m_clientId;
    QLabel *m_message;
    QPushButton *m_test;
    QPushButton *m_trust;
    QDialogButtonBox *m_buttons;
};

} // namespace cw
