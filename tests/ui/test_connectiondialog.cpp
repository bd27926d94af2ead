// The connection dialog against real sandboxes, offscreen: the right keys save the profile and
// put the key in the keychain; a wrong key, a closed port and a self-signed certificate each get
// their own message, and trusting the certificate's fingerprint connects. Renders PNGs.
#include "uitestsupport.h"

#include "models/api/profilestore.h"
#include "models/api/secretjob.h"
#include "models/api/secretstore.h"
#include "sandbox/sandbox.h"
#include "views/connectiondialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int TestTimeoutMs = 30000;

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    SecretStore m_secrets{u"CW Desk test"_s};

    QString siteOf(const sandbox::Sandbox &sandbox) const
    {
        return sandbox.baseUrl().toString(QUrl::RemovePath);
    }

    void fill(ConnectionDialog &dialog, const QString &site, const QString &privateKey)
    {
        const sandbox::SandboxOptions &o = m_sandbox.options();
        dialog.siteEdit()->setText(site);
        dialog.companyEdit()->setText(o.company);
        dialog.publicKeyEdit()->setText(o.publicKey);
        dialog.privateKeyEdit()->setText(privateKey);
    }

    ConnectionDialog::Result test(ConnectionDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        // Input errors finish at once, inside the click.
        if (finished.isEmpty() && !finished.wait(TestTimeoutMs))
            return ConnectionDialog::Result::None;
        return dialog.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.dataFile = m_dir.filePath(u"sandbox.sqlite"_s);
        options.tickets = 20;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void rightKeysSaveProfileAndKey()
    {
        ProfileStore store(m_dir.filePath(u"config-right"_s));
        ConnectionDialog dialog(&store, &m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.privateKeyEdit()->echoMode(), QLineEdit::Password);
        fill(dialog, siteOf(m_sandbox), m_sandbox.options().privateKey);
        QCOMPARE(test(dialog), ConnectionDialog::Result::Connected);
        QVERIFY2(dialog.resultText().startsWith(u"Connected to 127.0.0.1"_s),
                 qPrintable(dialog.resultText()));
        QVERIFY(renderPng(&dialog, u"connectiondialog"_s));

        // Connect saves the key first, then the profile as the default.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.wait(TestTimeoutMs));
        store.reload();
        QCOMPARE(store.profiles().size(), 1);
        const ConnectionProfile saved = store.profiles().first();
        QCOMPARE(store.defaultProfileName(), saved.name());
        QCOMPARE(saved.company(), m_sandbox.options().company);
        QCOMPARE(saved.codebase(), u"v4_6_release/"_s);
        SecretJob *read = m_secrets.read(saved.secretKey());
        QSignalSpy done(read, &SecretJob::finished);
        QVERIFY(done.wait(TestTimeoutMs));
        QVERIFY2(!read->isError(), qPrintable(read->errorMessage()));
        QCOMPARE(read->secret(), m_sandbox.options().privateKey);
        QVERIFY(widgetsWithoutAccessibleName(&dialog).isEmpty());
    }

    void okWithoutTestTestsFirst()
    {
        ProfileStore store(m_dir.filePath(u"config-ok"_s));
        ConnectionDialog dialog(&store, &m_secrets);
        fill(dialog, siteOf(m_sandbox), u"wrong-key"_s);
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.accept();
        QVERIFY(finished.wait(TestTimeoutMs));
        QCOMPARE(dialog.result(), ConnectionDialog::Result::KeysRefused);
        QTest::qWait(200);
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Rejected));
        QVERIFY(store.profiles().isEmpty());
    }

    void wrongKeyExplains401()
    {
        ProfileStore store(m_dir.filePath(u"config-wrong"_s));
        ConnectionDialog dialog(&store, &m_secrets);
        dialog.show();
        fill(dialog, siteOf(m_sandbox), u"not-the-key"_s);
        QCOMPARE(test(dialog), ConnectionDialog::Result::KeysRefused);
        QVERIFY2(dialog.resultText().contains(u"401"_s), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(u"private key"_s), qPrintable(dialog.resultText()));
        QVERIFY(!dialog.trustButton()->isVisible());
        QVERIFY(renderPng(&dialog, u"connectiondialog-401"_s));
    }

    void closedPortIsUnreachable()
    {
        ProfileStore store(m_dir.filePath(u"config-closed"_s));
        ConnectionDialog dialog(&store, &m_secrets);
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        fill(dialog, u"http://127.0.0.1:%1"_s.arg(port), u"key"_s);
        QCOMPARE(test(dialog), ConnectionDialog::Result::Unreachable);
        QVERIFY2(dialog.resultText().contains(u"cannot be reached"_s),
                 qPrintable(dialog.resultText()));
    }

    void missingPermissionsExplain403()
    {
        // The sandbox grants every permission, so a minimal server plays a site whose API
        // member may not read /system/info: the company lookup answers, the keys are refused
        // the permission.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const QByteArray request = socket->readAll();
                QByteArray status = "200 OK";
                QByteArray body = R"({"CompanyName":"sandbox","Codebase":"v4_6_release/",)"
                                  R"("VersionCode":"v2025.1","IsCloud":false})";
                if (request.contains("/system/info")) {
                    status = "403 Forbidden";
                    body = R"({"code":"Forbidden","message":"You do not have access to )"
                           R"(System > API Reports."})";
                }
                socket->write("HTTP/1.1 " + status +
                              "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        ProfileStore store(m_dir.filePath(u"config-403"_s));
        ConnectionDialog dialog(&store, &m_secrets);
        fill(dialog, u"http://127.0.0.1:%1"_s.arg(server.serverPort()), u"key"_s);
        QCOMPARE(test(dialog), ConnectionDialog::Result::Forbidden);
        QVERIFY2(dialog.resultText().contains(u"403"_s), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(u"API Reports"_s), qPrintable(dialog.resultText()));
    }

    void missingFieldsAreNamed()
    {
        ProfileStore store(m_dir.filePath(u"config-missing"_s));
        ConnectionDialog dialog(&store, &m_secrets);
        fill(dialog, siteOf(m_sandbox), QString());
        QCOMPARE(test(dialog), ConnectionDialog::Result::InvalidInput);
        QVERIFY2(dialog.resultText().contains(u"private key"_s), qPrintable(dialog.resultText()));
    }

    void selfSignedCertificateTrustedByFingerprint()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        sandbox::SandboxOptions options;
        options.dataFile = dir.filePath(u"secure.sqlite"_s);
        options.tickets = 10;
        options.certFile = makeCertificate(dir, &options.keyFile);
        QVERIFY(!options.certFile.isEmpty());
        sandbox::Sandbox secure;
        QString error;
        QVERIFY2(secure.start(options, &error), qPrintable(error));
        QFile pem(options.certFile);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray fingerprint =
            QSslCertificate(pem.readAll()).digest(QCryptographicHash::Sha256).toHex();

        ProfileStore store(dir.filePath(u"config"_s));
        ConnectionDialog dialog(&store, &m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, siteOf(secure), options.privateKey);
        QVERIFY(siteOf(secure).startsWith(u"https://"_s));
        QCOMPARE(test(dialog), ConnectionDialog::Result::Certificate);
        QCOMPARE(dialog.certificateFingerprint(), fingerprint);
        // Shown as certificate viewers print it: upper case, colon separated.
        const QString shown = QString::fromLatin1(fingerprint.left(4).toUpper());
        QVERIFY2(dialog.resultText().contains(shown.left(2) + u':' + shown.mid(2, 2)),
                 qPrintable(dialog.resultText()));
        QVERIFY(dialog.trustButton()->isVisible());
        QVERIFY(renderPng(&dialog, u"connectiondialog-certificate"_s));

        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
        QVERIFY(finished.wait(TestTimeoutMs));
        QCOMPARE(dialog.result(), ConnectionDialog::Result::Connected);
        QCOMPARE(dialog.profile().trustedCertificateSha256(), fingerprint);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.wait(TestTimeoutMs));
        store.reload();
        QCOMPARE(store.profiles().value(0).trustedCertificateSha256(), fingerprint);
    }

    void darkPaletteIsReadable()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(darkPalette());
        ProfileStore store(m_dir.filePath(u"config-dark"_s));
        ConnectionDialog dialog(&store, &m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, siteOf(m_sandbox), u"not-the-key"_s);
        QCOMPARE(test(dialog), ConnectionDialog::Result::KeysRefused);
        QVERIFY(renderPng(&dialog, u"connectiondialog-dark"_s));
        QApplication::setPalette(original);
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestConnectionDialog)
#include "test_connectiondialog.moc"
