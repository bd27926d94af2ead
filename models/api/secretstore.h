// The private keys in the operating system's keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager) through QtKeychain. Asynchronous only; never a plaintext fallback.
#pragma once

#include "secretjob.h"

#include <QObject>
#include <QString>

namespace cw {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    // `service` groups the entries in the keychain (what keychain managers show as the owner).
    explicit SecretStore(const QString &service = QStringLiteral("CW Desk"),
                         QObject *parent = nullptr);

    QString service() const { return m_service; }

    // Each call starts one job and returns at once; connect to SecretJob::finished() right away.
    // The job belongs to the store and deletes itself after finished().
    SecretJob *read(const QString &key);
    // Replaces any secret already stored under `key`.
    SecretJob *write(const QString &key, const QString &secret);
    // Succeeds also when there was nothing to remove.
    SecretJob *remove(const QString &key);

private:
    QString m_service;
};

} // namespace cw
