#include "clicontext.h"

#include "terminal.h"

#include "api/apierror.h"
#include "api/companyinfojob.h"
#include "api/fetchalljob.h"
#include "api/manageclient.h"
#include "api/managejob.h"
#include "api/profilestore.h"
#include "api/secretjob.h"
#include "api/secretstore.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <csignal>

using namespace Qt::StringLiterals;

namespace cw {

CliContext::CliContext(QObject *parent)
    : QObject(parent)
    , m_output(&m_stdout)
    , m_client(new ManageClient(&m_network, this))
    , m_secrets(new SecretStore(QStringLiteral("CW Desk"), this))
{
    // Buffered by QFile; flushed at the end of every listing and record.
    if (!m_stdout.open(Terminal::StdOut, QIODevice::WriteOnly))
        qWarning("cannot open standard output");
    m_output.setWidth(Terminal::columns(Terminal::StdOut));
}

CliContext::~CliContext()
{
    m_output.flush();
}

QString CliContext::defaultConfigDirectory()
{
    return ProfileStore::defaultDirectory();
}

ProfileStore &CliContext::profiles()
{
    if (!m_profiles) {
        m_profiles = std::make_unique<ProfileStore>(
            m_options.configDir.isEmpty() ? defaultConfigDirectory() : m_options.configDir);
        if (!m_profiles->loadError().isEmpty())
            note(m_profiles->loadError());
    }
    return *m_profiles;
}

bool CliContext::resolveProfile(bool allowNew, ConnectionProfile *profile, CliError *error)
{
    ProfileStore &store = profiles();
    ConnectionProfile result;
    if (!m_options.profile.isEmpty()) {
        if (const auto saved = store.profile(m_options.profile)) {
            result = *saved;
        } else if (allowNew) {
            result.setName(m_options.profile);
        } else {
            *error = CliError::usage(
                tr("There is no saved profile named \"%1\". `cwdesk-cli profiles` lists them; "
                   "`cwdesk-cli login` saves one.")
                    .arg(m_options.profile));
            return false;
        }
    } else if (m_options.site.isEmpty() && !store.defaultProfileName().isEmpty()) {
        if (const auto saved = store.profile(store.defaultProfileName()))
            result = *saved;
    }

    // Flags and environment win over what the profile says.
    const QString oldRoot = result.siteRoot().toString();
    const QString oldCompany = result.company().toLower();
    if (!m_options.site.isEmpty())
        result.setSite(m_options.site);
    if (!m_options.company.isEmpty())
        result.setCompany(m_options.company);
    if (!m_options.publicKey.isEmpty())
        result.setPublicKey(m_options.publicKey);
    if (!m_options.clientId.isEmpty())
        result.setClientId(m_options.clientId);
    if (!m_options.trustedFingerprint.isEmpty())
        result.setTrustedCertificateSha256(m_options.trustedFingerprint);
    // Another site or company may live on another codebase: ask again.
    if (result.siteRoot().toString() != oldRoot || result.company().toLower() != oldCompany)
        result.setCodebase({});

    if (result.site().isEmpty() && result.company().isEmpty() && result.publicKey().isEmpty()) {
        *error = CliError::usage(
            tr("No connection is set up. Run `cwdesk-cli login`, or give --profile, or --site, "
               "--company and --public-key (or CWDESK_SITE, CWDESK_COMPANY and "
               "CWDESK_PUBLIC_KEY)."));
        return false;
    }
    QString reason;
    if (!result.validate(&reason)) {
        *error = CliError::usage(reason);
        return false;
    }
    if (!m_options.trustedFingerprint.isEmpty() &&
        Credentials::normalizedSha256(m_options.trustedFingerprint).isEmpty()) {
        *error = CliError::usage(
            tr("--trust-fingerprint needs the certificate's SHA-256 fingerprint: 64 hexadecimal "
               "digits, with or without colons."));
        return false;
    }
    *profile = result;
    return true;
}

bool CliContext::privateKeyFromInput(QString *key, CliError *error)
{
    if (m_options.privateKeyFromStdin) {
        QByteArray bytes = Terminal::readAllStdin();
        *key = QString::fromUtf8(bytes).trimmed();
        bytes.fill('\0');
        if (key->isEmpty()) {
            *error = CliError::usage(
                tr("--private-key-stdin was given, but standard input held no private key."));
            return false;
        }
        return true;
    }
    const QString fromEnv = qEnvironmentVariable("CWDESK_PRIVATE_KEY").trimmed();
    if (!fromEnv.isEmpty()) {
        *key = fromEnv;
        return true;
    }
    key->clear();
    return true;
}

void CliContext::connectToSite(const std::function<void()> &ready)
{
    CliError error;
    ConnectionProfile profile;
    if (!resolveProfile(false, &profile, &error)) {
        fail(error);
        return;
    }
    m_profile = profile;
    QString key;
    if (!privateKeyFromInput(&key, &error)) {
        fail(error);
        return;
    }
    if (!key.isEmpty()) {
        useProfile(profile, key, ready);
        return;
    }
    readKeychain(
        [this, profile, ready](const QString &secret) { useProfile(profile, secret, ready); });
}

void CliContext::readKeychain(const std::function<void(const QString &)> &done)
{
    SecretJob *job = m_secrets->read(m_profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, done](SecretJob *finished) {
        if (m_finished)
            return;
        if (finished->isError()) {
            const QString name = m_profile.name();
            fail(CliError(
                CliError::Auth, tr("No private key for the connection \"%1\".").arg(name),
                {finished->errorMessage(), tr("Run `cwdesk-cli login` to save it, or give it with "
                                              "--private-key-stdin or CWDESK_PRIVATE_KEY.")}));
            return;
        }
        done(finished->secret());
    });
}

void CliContext::useProfile(const ConnectionProfile &profile, const QString &privateKey,
                            const std::function<void()> &ready)
{
    m_profile = profile;
    if (m_options.timeoutSeconds > 0)
        m_client->setTransferTimeoutMs(m_options.timeoutSeconds * 1000);
    QString reason;
    if (!m_client->setCredentials(profile.credentials(privateKey), &reason)) {
        fail(CliError::usage(reason));
        return;
    }
    if (!profile.codebase().isEmpty()) {
        ready();
        return;
    }
    // The API path depends on the codebase serving the company (cloud sites move companies
    // between versions); the lookup is public and cheap.
    CompanyInfoJob *job = m_client->companyInfo(profile.companyInfoUrl(), profile.company());
    track(job);
    connect(job, &CompanyInfoJob::companyInfoReceived, this,
            [this, privateKey, ready](const QJsonObject &info) {
                QString why;
                if (!m_profile.applyCompanyInfo(info, &why)) {
                    fail(CliError(CliError::Auth, why));
                    return;
                }
                if (!m_client->setCredentials(m_profile.credentials(privateKey), &why)) {
                    fail(CliError::usage(why));
                    return;
                }
                ready();
            });
    connect(job, &ManageJob::failed, this, [this, ready](const ApiError &error) {
        // Offline, a change can still be queued in the outbox; whatever needs the server fails
        // on its own request with the same network error.
        const ApiError::Kind kind = error.kind();
        const bool unreachable =
            kind == ApiError::Kind::ConnectionRefused || kind == ApiError::Kind::HostNotFound ||
            kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Network ||
            kind == ApiError::Kind::ConnectionDropped;
        if (unreachable && !m_options.noOutbox && cache()) {
            ready();
            return;
        }
        // The only Configuration failure here is a company the site does not know: wrong
        // sign-in details rather than a usage error.
        if (error.kind() == ApiError::Kind::Configuration) {
            fail(CliError(CliError::Auth, error.headline()));
            return;
        }
        failApi(error);
    });
}

Cache *CliContext::cache()
{
    if (m_cacheTried)
        return m_cache && m_cache->isOpen() ? m_cache.get() : nullptr;
    m_cacheTried = true;
    QString path = m_options.cachePath;
    if (path.isEmpty()) {
        ConnectionProfile profile = m_profile;
        CliError error;
        if (profile.site().isEmpty() && !resolveProfile(false, &profile, &error)) {
            m_cacheError = error.message();
            return nullptr;
        }
        path = Cache::defaultPath(profile.secretKey());
    }
    m_cache = std::make_unique<Cache>(path);
    if (!m_cache->isOpen()) {
        m_cacheError = m_cache->lastError();
        return nullptr;
    }
    if (!m_cache->lastNotice().isEmpty())
        note(m_cache->lastNotice());
    return m_cache.get();
}

Outbox *CliContext::outbox()
{
    if (m_outboxTried)
        return m_outbox;
    m_outboxTried = true;
    if (m_options.noOutbox)
        return nullptr;
    Cache *store = cache();
    if (!store) {
        note(tr("The offline cache cannot be used (%1); the change goes straight to the server "
                "and is not queued if that fails.")
                 .arg(m_cacheError));
        return nullptr;
    }
    m_outbox = new Outbox(store, m_client, this);
    // Crash tests only: die at one point of a send, as a power cut would.
    const QString killAt = qEnvironmentVariable("CWDESK_TEST_KILL_AT").trimmed().toLower();
    if (!killAt.isEmpty()) {
        connect(m_outbox, &Outbox::stepReached, this, [killAt](qint64, Outbox::Step step) {
            const QString name = step == Outbox::Step::Queued     ? u"queued"_s
                                 : step == Outbox::Step::Sending  ? u"sending"_s
                                 : step == Outbox::Step::Answered ? u"answered"_s
                                                                  : u"recorded"_s;
            if (name == killAt)
                ::raise(SIGKILL);
        });
    }
    return m_outbox;
}

void CliContext::track(ManageJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    connect(job, &ManageJob::retrying, this, [this](const ApiError &error, int delayMs) {
        if (Terminal::isTerminal(Terminal::StdErr))
            note(tr("%1 Trying again in %L2 s…")
                     .arg(error.headline())
                     .arg(delayMs / 1000.0, 0, 'f', 1));
    });
}

void CliContext::track(FetchAllJob *job)
{
    m_fetches.removeAll(nullptr);
    m_fetches.append(job);
}

void CliContext::note(const QString &message)
{
    m_progress.clear();
    Terminal::writeErr(message.endsWith(u'\n') ? message : message + u'\n');
}

void CliContext::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_progress.clear();
    m_output.flush();
    QCoreApplication::exit(exitCode);
}

void CliContext::fail(const CliError &error)
{
    if (m_finished)
        return;
    m_progress.clear();
    Terminal::writeErr(error.text());
    finish(error.exit());
}

void CliContext::failApi(const ApiError &error, const ListQuery *query)
{
    if (error.kind() == ApiError::Kind::Cancelled && m_interrupted) {
        fail(CliError(CliError::Interrupted, tr("Interrupted.")));
        return;
    }
    fail(CliError::fromApiError(error, query));
}

void CliContext::interrupt()
{
    if (m_finished)
        return;
    m_interrupted = true;
    // Cancelling reports failed(Cancelled) to the command, which ends the run through failApi().
    for (const QPointer<FetchAllJob> &job : std::as_const(m_fetches)) {
        if (job && !job->isFinished())
            job->cancel();
    }
    for (const QPointer<ManageJob> &job : std::as_const(m_jobs)) {
        if (job && !job->isFinished())
            job->cancel();
    }
    fail(CliError(CliError::Interrupted, tr("Interrupted.")));
}

bool CliContext::checkOutput()
{
    if (m_output.isWritable())
        return true;
    // The reader of the pipe went away (`| head`): stop quietly, as other Unix tools do.
    // Finished first, so the cancelled jobs report nothing.
    finish(CliError::Success);
    for (const QPointer<FetchAllJob> &job : std::as_const(m_fetches)) {
        if (job && !job->isFinished())
            job->cancel();
    }
    for (const QPointer<ManageJob> &job : std::as_const(m_jobs)) {
        if (job && !job->isFinished())
            job->abort();
    }
    return false;
}

} // namespace cw
