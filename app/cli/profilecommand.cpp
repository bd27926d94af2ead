#include "profilecommand.h"

#include "clicontext.h"
#include "terminal.h"

#include "api/apierror.h"
#include "api/apipaths.h"
#include "api/manageclient.h"
#include "api/profilestore.h"
#include "api/recordjob.h"
#include "api/secretjob.h"
#include "api/secretstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw {

ProfileCommand::ProfileCommand(Verb verb, CliContext *context)
    : Command({verb == Verb::Login    ? u"login"_s
               : verb == Verb::Logout ? u"logout"_s
                                      : u"profiles"_s},
              context)
    , m_verb(verb)
{
}

QString ProfileCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::Login:
        return tr("[--no-keychain]");
    case Verb::Logout:
        return tr("[--forget]");
    case Verb::Profiles:
        break;
    }
    return {};
}

QString ProfileCommand::summary() const
{
    switch (m_verb) {
    case Verb::Login:
        return tr("Test a connection, save it as a profile and keep its private key in the "
                  "keychain.");
    case Verb::Logout:
        return tr("Remove a profile's private key from the keychain (--forget: the profile too).");
    case Verb::Profiles:
        return tr("List the saved profiles.");
    }
    return {};
}

QString ProfileCommand::description() const
{
    switch (m_verb) {
    case Verb::Login:
        return tr(
            "Takes the connection from --site, --company, --public-key and --client-id (or "
            "CWDESK_SITE …), on top of --profile NAME when that profile exists. The private key "
            "comes from --private-key-stdin or CWDESK_PRIVATE_KEY, or is asked for on a "
            "terminal; it is never a command-line argument.\n"
            "login looks up the company's codebase, tests the keys with GET /system/info, saves "
            "the profile (named by --profile, else company@site) as the default, and stores the "
            "private key in the system keychain. The key is never written to a file: when the "
            "keychain is not available, the profile is still saved, login says so and exits "
            "with 1, and later runs take the key from CWDESK_PRIVATE_KEY or --private-key-stdin. "
            "--no-keychain saves the profile without trying the keychain (exit 0).\n"
            "Example: printf %s \"$KEY\" | cwdesk-cli --site na.myconnectwise.net --company acme "
            "--public-key pub --private-key-stdin login");
    case Verb::Logout:
        return tr("Works on --profile NAME, else the default profile.");
    case Verb::Profiles:
        return tr("Shows name, site, company, public key and which profile is the default; "
                  "private keys are never shown.");
    }
    return {};
}

QList<QCommandLineOption> ProfileCommand::options() const
{
    switch (m_verb) {
    case Verb::Login:
        return {{u"no-keychain"_s, tr("Save the profile without storing the private key.")}};
    case Verb::Logout:
        return {{u"forget"_s, tr("Also delete the profile.")}};
    case Verb::Profiles:
        break;
    }
    return {};
}

QList<OutputFormatter::Column> ProfileCommand::listColumns()
{
    return {{QT_TRANSLATE_NOOP("cw::Column", "Name"), u"name"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Default"), u"default"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Site"), u"site"_s, true},
            {QT_TRANSLATE_NOOP("cw::Column", "Company"), u"company"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Public key"), u"publicKey"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Codebase"), u"codebase"_s}};
}

bool ProfileCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                             CliError *error)
{
    if (!expectArguments(arguments, {}, error))
        return false;
    m_noKeychain = m_verb == Verb::Login && parser.isSet(u"no-keychain"_s);
    m_forget = m_verb == Verb::Logout && parser.isSet(u"forget"_s);
    return true;
}

void ProfileCommand::run()
{
    switch (m_verb) {
    case Verb::Login:
        login();
        return;
    case Verb::Logout:
        logout();
        return;
    case Verb::Profiles:
        listProfiles();
        return;
    }
}

void ProfileCommand::login()
{
    CliContext *ctx = context();
    ConnectionProfile profile;
    CliError error;
    if (!ctx->resolveProfile(true, &profile, &error)) {
        ctx->fail(error);
        return;
    }
    QString key;
    if (!ctx->privateKeyFromInput(&key, &error)) {
        ctx->fail(error);
        return;
    }
    if (key.isEmpty() &&
        !Terminal::readSecret(tr("Private key for %1 (not shown): ").arg(profile.name()), &key)) {
        ctx->fail(CliError::usage(
            tr("login needs the private key: pipe it in with --private-key-stdin, set "
               "CWDESK_PRIVATE_KEY, or run login on a terminal to be asked for it.")));
        return;
    }
    if (key.isEmpty()) {
        ctx->fail(CliError::usage(tr("The private key is empty.")));
        return;
    }
    // Ask for the codebase again: the company may have moved to another version.
    profile.setCodebase({});
    ctx->useProfile(profile, key, [this, key] {
        RecordJob *job = context()->client()->get(ApiPaths::systemInfo());
        context()->track(job);
        connect(job, &ManageJob::failed, this,
                [this](const ApiError &e) { context()->failApi(e); });
        connect(job, &RecordJob::succeeded, this, [this, key] { saveProfile(key); });
    });
}

void ProfileCommand::saveProfile(const QString &privateKey)
{
    CliContext *ctx = context();
    ProfileStore &store = ctx->profiles();
    ConnectionProfile profile = ctx->profile();
    profile.setName(profile.name()); // a derived company@site name is fixed from now on
    QString why;
    if (!store.save(profile, &why) || !store.setDefaultProfile(profile.name(), &why)) {
        ctx->fail(CliError::failure(tr("The connection works, but the profile could not be "
                                       "saved."),
                                    {why}));
        return;
    }
    const QString name = profile.name();
    if (m_noKeychain) {
        ctx->note(tr("Signed in. Saved the profile \"%1\" (the default now) without its private "
                     "key; give the key with CWDESK_PRIVATE_KEY or --private-key-stdin.")
                      .arg(name));
        ctx->finish();
        return;
    }
    SecretJob *job = ctx->secrets()->write(profile.secretKey(), privateKey);
    connect(job, &SecretJob::finished, this, [ctx, name](SecretJob *finished) {
        if (finished->isError()) {
            ctx->fail(CliError::failure(
                tr("Signed in and saved the profile \"%1\", but its private key could not be "
                   "stored in the keychain.")
                    .arg(name),
                {finished->errorMessage(),
                 tr("Nothing was written to a file. Give the key with CWDESK_PRIVATE_KEY or "
                    "--private-key-stdin, or run login again when the keychain works.")}));
            return;
        }
        ctx->note(tr("Signed in. Saved the profile \"%1\" (the default now); its private key is "
                     "in the system keychain.")
                      .arg(name));
        ctx->finish();
    });
}

void ProfileCommand::logout()
{
    CliContext *ctx = context();
    ProfileStore &store = ctx->profiles();
    const QString name =
        ctx->options().profile.isEmpty() ? store.defaultProfileName() : ctx->options().profile;
    if (name.isEmpty()) {
        ctx->fail(CliError::usage(tr("There is no default profile; name one with --profile.")));
        return;
    }
    const auto profile = store.profile(name);
    if (!profile) {
        ctx->fail(CliError::usage(
            tr("There is no saved profile named \"%1\". `cwdesk-cli profiles` lists them.")
                .arg(name)));
        return;
    }
    SecretJob *job = ctx->secrets()->remove(profile->secretKey());
    connect(job, &SecretJob::finished, this, [this, ctx, name](SecretJob *finished) {
        if (finished->isError()) {
            ctx->fail(CliError::failure(
                tr("The private key of \"%1\" could not be removed from the keychain.").arg(name),
                {finished->errorMessage()}));
            return;
        }
        if (m_forget) {
            QString why;
            if (!ctx->profiles().remove(name, &why)) {
                ctx->fail(CliError::failure(
                    tr("Removed the private key of \"%1\", but not the profile.").arg(name),
                    {why}));
                return;
            }
            ctx->note(tr("Signed out: removed the private key and the profile \"%1\".").arg(name));
        } else {
            ctx->note(tr("Signed out: removed the private key of \"%1\" from the keychain; the "
                         "profile stays (--forget removes it).")
                          .arg(name));
        }
        ctx->finish();
    });
}

void ProfileCommand::listProfiles()
{
    CliContext *ctx = context();
    ProfileStore &store = ctx->profiles();
    const QString defaultName = store.defaultProfileName();
    OutputFormatter &output = ctx->output();
    output.beginList(listColumns());
    QList<QByteArray> records;
    for (const ConnectionProfile &profile : store.profiles()) {
        // The saved settings (never a private key: profiles hold none), plus name and default.
        QJsonObject record = profile.toJson();
        record.insert(u"name"_s, profile.name());
        record.insert(u"default"_s, profile.name() == defaultName);
        records.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }
    output.addRecords(records);
    output.endList();
    if (ctx->checkOutput())
        ctx->finish();
}

} // namespace cw
