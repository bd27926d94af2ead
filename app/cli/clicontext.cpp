#include "clicontext.h"

#include "terminal.h"

#include "api/apierror.h"
#include "api/companyinfojob.h"
#include "api/fetchalljob.h"
#include "api/manageclient.h"
#include "api/managejob.h"
#include "api/processhardening.h"
#include "api/profilestore.h"
#include "api/secretjob.h"
#include "api/secretstore.h"
#include "desk/desk.h"
#include "desk/deskchange.h"
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
    , m_desk(new Desk(nullptr, this))
{
    connect(m_desk, &Desk::jobStarted, this, [this](ManageJob *job) { track(job); });
    connect(m_desk, &Desk::notice, this, &CliContext::note);
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
    DeskError why;
    if (m_options.resolve(profiles(), allowNew, profile, &why))
        return true;
    *error = cliError(why);
    return false;
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
    // Taken out of the environment, so no child process inherits it.
    const QString fromEnv = ProcessHardening::takePrivateKeyFromEnvironment().trimmed();
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
    m_desk->setProfile(profile);
    QString key;
    if (!privateKeyFromInput(&key, &error)) {
        fail(error);
        return;
    }
    // An empty key: the desk reads it from the keychain.
    useProfile(profile, key, ready);
}

void CliContext::useProfile(const ConnectionProfile &profile, const QString &privateKey,
                            const std::function<void()> &ready)
{
    Desk::Options options;
    options.cachePath = m_options.cachePath;
    options.useOutbox = !m_options.noOutbox;
    options.timeoutMs = m_options.timeoutSeconds * 1000;
    m_desk->setOptions(options);
    // One answer per connect: both connections go with `once`.
    auto *once = new QObject(this);
    const auto done = [this, once] {
        disconnect(m_desk, nullptr, once, nullptr);
        once->deleteLater();
    };
    connect(m_desk, &Desk::connected, once, [done, ready] {
        done();
        ready();
    });
    connect(m_desk, &Desk::connectFailed, once, [this, done](const DeskError &error) {
        done();
        if (error.kind() == DeskError::Kind::NoPrivateKey) {
            fail(CliError(
                CliError::Auth,
                tr("No private key for the connection \"%1\".").arg(m_desk->profile().name()),
                {error.message(), tr("Run `cwdesk-cli login` to save it, or give it "
                                     "with --private-key-stdin or "
                                     "CWDESK_PRIVATE_KEY.")}));
            return;
        }
        // The only Configuration failure here is a company the site does not know: wrong
        // sign-in details rather than a usage error.
        if (error.kind() == DeskError::Kind::Api &&
            error.api().kind() == ApiError::Kind::Configuration) {
            fail(CliError(CliError::Auth, error.api().headline()));
            return;
        }
        failDesk(error);
    });
    m_desk->connectToSite(profile, privateKey);
}

ManageClient *CliContext::client() const
{
    return m_desk->client();
}

SecretStore *CliContext::secrets() const
{
    return m_desk->secrets();
}

const ConnectionProfile &CliContext::profile() const
{
    return m_desk->profile();
}

QString CliContext::cacheError() const
{
    return m_desk->cacheError();
}

Cache *CliContext::cache()
{
    if (!m_cacheTried && m_options.cachePath.isEmpty() && m_desk->profile().site().isEmpty()) {
        // Offline commands open the cache without connecting: the profile names the file.
        ConnectionProfile profile;
        CliError error;
        if (resolveProfile(false, &profile, &error))
            m_desk->setProfile(profile);
    }
    if (!m_cacheTried) {
        Desk::Options options = m_desk->options();
        options.cachePath = m_options.cachePath;
        options.useOutbox = !m_options.noOutbox;
        m_desk->setOptions(options);
    }
    m_cacheTried = true;
    return m_desk->cache();
}

Outbox *CliContext::outbox()
{
    if (m_outboxTried)
        return m_desk->outbox();
    m_outboxTried = true;
    if (m_options.noOutbox)
        return nullptr;
    if (!cache()) {
        note(tr("The offline cache cannot be used (%1); the change goes straight to the server "
                "and is not queued if that fails.")
                 .arg(cacheError()));
        return nullptr;
    }
    Outbox *queue = m_desk->outbox();
    // Crash tests only: die at one point of a send, as a power cut would.
    const QString killAt = qEnvironmentVariable("CWDESK_TEST_KILL_AT").trimmed().toLower();
    if (queue && !killAt.isEmpty()) {
        connect(queue, &Outbox::stepReached, this, [killAt](qint64, Outbox::Step step) {
            const QString name = step == Outbox::Step::Queued     ? u"queued"_s
                                 : step == Outbox::Step::Sending  ? u"sending"_s
                                 : step == Outbox::Step::Answered ? u"answered"_s
                                                                  : u"recorded"_s;
            if (name == killAt)
                ::raise(SIGKILL);
        });
    }
    return queue;
}

CliError CliContext::cliError(const DeskError &error)
{
    switch (error.kind()) {
    case DeskError::Kind::None:
        return {};
    case DeskError::Kind::Invalid:
        return CliError::usage(error.message(), error.details());
    case DeskError::Kind::Failure:
    case DeskError::Kind::NoPrivateKey:
        return CliError::failure(error.message(), error.details());
    case DeskError::Kind::Api: {
        const CliError refused = CliError::fromApiError(error.api());
        if (!error.seq())
            return refused;
        // Keys refused while pushing: the change itself was not judged and stays queued.
        return CliError(refused.exit(), refused.message(),
                        refused.details() + QStringList{tr("The change stays queued in the "
                                                           "outbox as entry %1.")
                                                            .arg(error.seq())});
    }
    case DeskError::Kind::Refused: {
        const CliError refused = error.api().isError() ? CliError::fromApiError(error.api())
                                                       : CliError::failure(error.message());
        return CliError(refused.exit(), refused.message(),
                        refused.details() +
                            QStringList{tr("The change stays in the outbox as entry %1, shown in "
                                           "the offline cache.")
                                            .arg(error.seq()),
                                        tr("`cwdesk-cli outbox discard %1` drops it and undoes "
                                           "it in the offline cache.")
                                            .arg(error.seq())});
    }
    case DeskError::Kind::Conflict:
        return CliError(CliError::Conflict, error.message(),
                        {tr("`cwdesk-cli conflicts` shows both sides; `cwdesk-cli conflict "
                            "resolve %1 --keep mine|theirs` settles it.")
                             .arg(error.seq())});
    }
    return CliError::failure(error.message());
}

void CliContext::failDesk(const DeskError &error)
{
    if (error.kind() == DeskError::Kind::Api) {
        if (error.api().kind() == ApiError::Kind::Cancelled && m_interrupted) {
            fail(CliError(CliError::Interrupted, tr("Interrupted.")));
            return;
        }
    }
    fail(cliError(error));
}

void CliContext::follow(DeskChange *change, const std::function<void(const QByteArray &)> &sent,
                        const std::function<void(const QByteArray &)> &queued)
{
    connect(change, &DeskChange::notice, this, &CliContext::note);
    connect(change, &DeskChange::failed, this, &CliContext::failDesk);
    connect(change, &DeskChange::sent, this, [this, sent](const QByteArray &raw) {
        if (!m_finished)
            sent(raw);
    });
    connect(change, &DeskChange::queued, this,
            [this, change, queued](const QByteArray &raw, const QString &reason) {
                if (m_finished)
                    return;
                note(tr("Queued in the outbox as entry %1, not sent yet (`cwdesk-cli outbox "
                        "push` sends it later). %2")
                         .arg(change->seq())
                         .arg(reason));
                queued(raw);
            });
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
