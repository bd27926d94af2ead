// What every cwdesk-cli command runs in: the connection (profile, flags, environment, private key
// from stdin, environment or keychain), the output and progress streams, and how the run ends.
#pragma once

#include "clierror.h"
#include "outputformatter.h"
#include "progressbar.h"

#include "api/connectionprofile.h"
#include "desk/connectionoptions.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace cw {

class ApiError;
class Cache;
class Desk;
class DeskChange;
class DeskError;
class FetchAllJob;
class ManageClient;
class ManageJob;
class Outbox;
class ProfileStore;
class SecretStore;
struct ListQuery;

class CliContext : public QObject
{
    Q_OBJECT

public:
    // The connection as given on the command line or in the environment (flags win).
    using ConnectionOptions = cw::ConnectionOptions;

    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    ConnectionOptions &options() { return m_options; }
    OutputFormatter &output() { return m_output; }
    ProgressBar &progress() { return m_progress; }
    // The desk core this run works through: client, cache, outbox and every change.
    Desk *desk() const { return m_desk; }
    ManageClient *client() const;
    SecretStore *secrets() const;
    // The profiles in --config (or the directory the desktop app uses); opened on first use.
    ProfileStore &profiles();
    // Where profiles.json lives when no --config is given: the desktop app's config directory.
    static QString defaultConfigDirectory();

    // The profile this run talks to: --profile (or the default profile unless --site is given),
    // with the flags and environment on top. With `allowNew` (login), a --profile name that is
    // not saved yet starts a new profile. False with *error set when there is no connection.
    bool resolveProfile(bool allowNew, ConnectionProfile *profile, CliError *error);
    const ConnectionProfile &profile() const;

    // Resolves the profile, takes the private key (--private-key-stdin, CWDESK_PRIVATE_KEY,
    // then the keychain), sets the credentials and, when the codebase is not known yet, asks
    // /login/companyinfo for it; then calls `ready`. Any failure ends the run.
    void connectToSite(const std::function<void()> &ready);
    // Sets the client up for `profile` with `privateKey` and learns the codebase when the profile
    // has none (updating the profile); then calls `ready`. Failures end the run.
    void useProfile(const ConnectionProfile &profile, const QString &privateKey,
                    const std::function<void()> &ready);
    // The private key from --private-key-stdin or CWDESK_PRIVATE_KEY, if either was given.
    // False with *error when --private-key-stdin read nothing.
    bool privateKeyFromInput(QString *key, CliError *error);

    // The offline cache: --cache FILE, else the profile's file (Cache::defaultPath); opened on
    // first use. Null when it cannot be opened; cacheError() says why.
    Cache *cache();
    QString cacheError() const;
    // The outbox in cache() sending through client(); null with --no-outbox or without a cache
    // (changes then go straight to the server, which the first call says on standard error).
    Outbox *outbox();

    // Follows the job: cancelled on Ctrl-C, its retries noted on a terminal.
    void track(ManageJob *job);
    void track(FetchAllJob *job);

    // A human message on standard error (after erasing the progress bar).
    void note(const QString &message);
    // Ends the run with `exitCode` (once; later calls are ignored).
    void finish(int exitCode = CliError::Success);
    void fail(const CliError &error);
    // `query` lets an InvalidQuery error point at the position in the query.
    void failApi(const ApiError &error, const ListQuery *query = nullptr);
    // A desk operation that did not happen, as the CLI reports it (exit code and hints).
    void failDesk(const DeskError &error);
    static CliError cliError(const DeskError &error);
    // Follows `change`: its notices on standard error, `sent` or `queued` (after saying it waits
    // in the outbox) with the record, a failure ends the run.
    void follow(DeskChange *change, const std::function<void(const QByteArray &)> &sent,
                const std::function<void(const QByteArray &)> &queued);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    // Ctrl-C: cancels what is running and ends with 130.
    void interrupt();

    // True when standard output can take more; when the reader went away the run ends quietly.
    bool checkOutput();

private:
    ConnectionOptions m_options;
    QFile m_stdout;
    OutputFormatter m_output;
    ProgressBar m_progress;
    Desk *m_desk;
    std::unique_ptr<ProfileStore> m_profiles;
    bool m_cacheTried = false;
    bool m_outboxTried = false;
    QList<QPointer<ManageJob>> m_jobs;
    QList<QPointer<FetchAllJob>> m_fetches;
    bool m_finished = false;
    bool m_interrupted = false;
    int m_exitCode = CliError::Success;
};

} // namespace cw
