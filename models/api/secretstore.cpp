#include "secretstore.h"

namespace cw {

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretJob *SecretStore::read(const QString &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Read, key, this);
    job->start(m_service, QString());
    return job;
}

SecretJob *SecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, key, this);
    job->start(m_service, secret);
    return job;
}

SecretJob *SecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Remove, key, this);
    job->start(m_service, QString());
    return job;
}

} // namespace cw
