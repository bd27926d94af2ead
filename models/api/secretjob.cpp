#include "secretjob.h"
#include "apilogging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// On Linux QtKeychain goes through libsecret, which reports a missing session bus or a missing
// Secret Service as a plain OtherError carrying GLib's or D-Bus's words. These fragments of
// them mean "there is no keychain to talk to", which the user fixes differently from a failure.
bool saysKeychainIsMissing(const QString &detail)
{
    static const QLatin1String fragments[] = {
        QLatin1String("org.freedesktop.secrets"),    // name not provided by any .service files
        QLatin1String("org.freedesktop.DBus.Error"), // ServiceUnknown, NoServer, Spawn.* …
        QLatin1String("D-Bus"),
        QLatin1String("dbus"),
        QLatin1String("Could not connect"), // GDBus: the bus socket is not there
        QLatin1String("autolaunch"),        // no bus address and no X11 to find one
        QLatin1String("Secret Service"),
        QLatin1String("No keychain service"),
        QLatin1String("No keyring daemon"),
    };
    for (const QLatin1String &fragment : fragments) {
        if (detail.contains(fragment, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

SecretJob::SecretJob(Operation operation, const QString &key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key)
{
}

SecretJob::~SecretJob() = default;

void SecretJob::start(const QString &service, const QString &secret)
{
    // The QtKeychain job is not our child: deleting it while the keychain still answers would
    // leave libsecret calling into freed memory. It deletes itself once finished; if we are gone
    // by then, the connection is gone with us.
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(m_key);
    job->setAutoDelete(true);
    // Said explicitly, because the alternative is the private key in a plaintext settings file.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        QString read;
        if (m_operation == Operation::Read && done->error() == QKeychain::NoError)
            read = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        finish(done->error(), done->errorString(), read);
    });
    // QtKeychain starts from the event loop, so finished() never fires before the caller has
    // had a chance to connect to it.
    job->start();
}

void SecretJob::finish(int keychainError, const QString &detail, const QString &secret)
{
    // finished() is promised once; a backend that reports twice is not passed on.
    if (m_finished)
        return;
    m_finished = true;
    m_error = classify(m_operation, keychainError, detail);
    if (m_error == Error::None) {
        m_secret = secret;
    } else {
        m_errorDetail = detail;
        m_errorMessage = message(m_operation, m_error, detail);
        // The operation and what the keychain said; never the entry name (it holds the public
        // key) and never a secret.
        qCInfo(lcApi) << "keychain" << m_operation << "failed:" << m_error << detail;
    }
    Q_EMIT finished(this);
    deleteLater();
}

SecretJob::Error SecretJob::classify(Operation operation, int keychainError, const QString &detail)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the keychain as asked.
        return operation == Operation::Remove ? Error::None : Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return Error::Other;
    case QKeychain::OtherError:
        return saysKeychainIsMissing(detail) ? Error::Unavailable : Error::Other;
    }
    return saysKeychainIsMissing(detail) ? Error::Unavailable : Error::Other;
}

QString SecretJob::message(Operation operation, Error error, const QString &detail)
{
    const QString said = detail.trimmed().isEmpty() ? tr("no details given") : detail.trimmed();
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("No private key is saved in the system keychain for this connection (%1). "
                  "Enter the private key to sign in; it is saved again.")
            .arg(said);
    case Error::Unavailable:
        return tr("The system keychain is not available (%1). Start a Secret Service provider "
                  "such as GNOME Keyring or KWallet, or give the key with CWDESK_PRIVATE_KEY / "
                  "--private-key-stdin.")
            .arg(said);
    case Error::AccessDenied:
        return tr("CW Desk may not use the system keychain (%1). Unlock the keychain, or allow "
                  "CW Desk when the keychain asks, then try again.")
            .arg(said);
    case Error::Other:
        break;
    }
    switch (operation) {
    case Operation::Read:
        return tr("The private key could not be read from the system keychain (%1). Try again; "
                  "if it keeps failing, enter the private key to sign in.")
            .arg(said);
    case Operation::Write:
        return tr("The private key could not be saved in the system keychain (%1). Check that "
                  "the keychain is unlocked, then try again.")
            .arg(said);
    case Operation::Remove:
        return tr("The private key could not be removed from the system keychain (%1). Remove "
                  "the CW Desk entry with your keychain manager, for example Seahorse or "
                  "KWalletManager.")
            .arg(said);
    }
    return {};
}

} // namespace cw
