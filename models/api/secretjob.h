// One asynchronous read, write or removal of a secret in the system keychain. Reports once through
// finished(), with a translated message that says what to do, then deletes itself.
#pragma once

#include <QObject>
#include <QString>

namespace cw {

class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)
    enum class Error {
        None,
        NotFound,     // no such entry (only reading reports it; removing a missing entry is fine)
        Unavailable,  // no keychain service: no D-Bus session, no Secret Service, no backend
        AccessDenied, // the keychain is locked or the user refused
        Other,
    };
    Q_ENUM(Error)

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    // What was read; empty for other operations and on error.
    QString secret() const { return m_secret; }
    bool isError() const { return m_error != Error::None; }
    Error error() const { return m_error; }
    // Translated; says what went wrong and what to do, with the keychain's own detail.
    QString errorMessage() const { return m_errorMessage; }
    // The keychain's own, untranslated words, for logs and bug reports.
    QString errorDetail() const { return m_errorDetail; }

    // How an outcome of QtKeychain (its QKeychain::Error code and errorString()) is reported.
    // Public so the mapping can be tested without a keychain.
    static Error classify(Operation operation, int keychainError, const QString &detail);
    static QString message(Operation operation, Error error, const QString &detail);

Q_SIGNALS:
    // Emitted once, from the event loop, never from inside the call that created the job.
    void finished(cw::SecretJob *job);

private:
    friend class SecretStore;
    SecretJob(Operation operation, const QString &key, QObject *parent);
    void start(const QString &service, const QString &secret);
    void finish(int keychainError, const QString &detail, const QString &secret);

    Operation m_operation;
    bool m_finished = false;
    QString m_key;
    QString m_secret;
    Error m_error = Error::None;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace cw
