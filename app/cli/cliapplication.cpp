#include "cliapplication.h"

#include "clicontext.h"
#include "command.h"
#include "kbcommand.h"
#include "listcommand.h"
#include "offlinecommand.h"
#include "outboxcommand.h"
#include "profilecommand.h"
#include "searchcommand.h"
#include "synccommand.h"
#include "terminal.h"
#include "ticketcommand.h"
#include "ticketitemcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <atomic>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

std::atomic_bool g_debug = false;

// Words of `text` in lines of at most `width` columns, each after `indent` spaces; the first
// line's indent is the caller's.
QString wrapped(const QString &text, int indent, int width)
{
    QStringList out;
    for (const QString &paragraph : text.split(u'\n')) {
        // Lines that start with spaces are examples: kept as they are.
        if (paragraph.startsWith(u"  "_s)) {
            out.append(paragraph);
            continue;
        }
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
                out.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_s) + word;
        }
        out.append(line);
    }
    return out.join(u'\n' + QString(indent, u' '));
}

QString env(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

} // namespace

CliApplication::CliApplication(const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_context(new CliContext(this))
{
    using P = ProfileCommand::Verb;
    using L = ListCommand::Verb;
    using T = TicketCommand::Verb;
    using I = TicketItemCommand::Verb;
    m_commands = {
        new ProfileCommand(P::Login, m_context),
        new ProfileCommand(P::Logout, m_context),
        new ProfileCommand(P::Profiles, m_context),
        new ListCommand(L::Boards, m_context),
        new ListCommand(L::Statuses, m_context),
        new ListCommand(L::Priorities, m_context),
        new ListCommand(L::Members, m_context),
        new ListCommand(L::Companies, m_context),
        new ListCommand(L::Tickets, m_context),
        new ListCommand(L::Count, m_context),
        new TicketCommand(T::Show, m_context),
        new TicketCommand(T::Create, m_context),
        new TicketCommand(T::Update, m_context),
        new TicketCommand(T::Delete, m_context),
        new ListCommand(L::Notes, m_context),
        new TicketItemCommand(I::NoteAdd, m_context),
        new ListCommand(L::Tasks, m_context),
        new TicketItemCommand(I::TaskAdd, m_context),
        new TicketItemCommand(I::TaskDone, m_context),
        new ListCommand(L::Configs, m_context),
        new TicketItemCommand(I::ConfigAttach, m_context),
        new TicketItemCommand(I::ConfigDetach, m_context),
        new KbCommand(KbCommand::Verb::Search, m_context),
        new KbCommand(KbCommand::Verb::Show, m_context),
        new SyncCommand(m_context),
        new SearchCommand(m_context),
        new OutboxCommand(OutboxCommand::Verb::List, m_context),
        new OutboxCommand(OutboxCommand::Verb::Push, m_context),
        new OutboxCommand(OutboxCommand::Verb::Discard, m_context),
        new OutboxCommand(OutboxCommand::Verb::Conflicts, m_context),
        new OutboxCommand(OutboxCommand::Verb::Resolve, m_context),
    };
}

CliApplication::~CliApplication() = default;

bool CliApplication::isDebug()
{
    return g_debug;
}

QList<QCommandLineOption> CliApplication::globalOptions()
{
    return {
        {u"profile"_s, tr("Use the saved profile NAME (default: the profile of the last login)."),
         u"NAME"_s},
        {u"site"_s,
         tr("The ConnectWise site: a host (na.myconnectwise.net), host:port, or a URL with its "
            "scheme (http://127.0.0.1:8080 for a local sandbox; plain http only on this "
            "computer). Without --profile, a connection of its own."),
         u"SITE"_s},
        {u"company"_s, tr("The company ID you sign in with."), u"ID"_s},
        {u"public-key"_s, tr("The API member's public key."), u"KEY"_s},
        {u"client-id"_s, tr("The clientId header (default: CW Desk's own)."), u"ID"_s},
        {u"private-key-stdin"_s,
         tr("Read the private key from standard input (else CWDESK_PRIVATE_KEY, else the "
            "keychain). There is no option that takes the key itself.")},
        {u"trust-fingerprint"_s,
         tr("Accept the server's certificate when its SHA-256 fingerprint is this one (a "
            "self-signed on-premises server); shown when a TLS check fails."),
         u"SHA256"_s},
        {u"config"_s, tr("The directory of profiles.json (default: the desktop app's)."), u"DIR"_s},
        {{u"f"_s, u"format"_s}, tr("Output: table (default), json or csv."), u"FORMAT"_s},
        {u"timeout"_s, tr("Give up a request after SECONDS without data (default 60)."),
         u"SECONDS"_s},
        {u"cache"_s,
         tr("The offline cache file (default: the profile's, as the desktop app uses); changes "
            "are queued in its outbox before they are sent."),
         u"FILE"_s},
        {u"offline"_s, tr("Answer from the offline cache alone (tickets, ticket show, notes, "
                           "tasks, count, kb search); nothing is sent.")},
        {u"no-outbox"_s, tr("Send changes straight to the server instead of through the outbox.")},
        {u"debug"_s, tr("Log requests and retries on standard error (never a key).")},
        {u"lang"_s,
         tr("The language of messages and help: en, de or fr (default: the system's, from "
            "LANG)."),
         u"LANG"_s},
        {{u"h"_s, u"help"_s}, tr("Show help (for a command: COMMAND --help).")},
        {u"version"_s, tr("Show the version.")},
    };
}

QString CliApplication::formatOptions(const QList<QCommandLineOption> &options)
{
    constexpr int Column = 28;
    constexpr int Width = 79;
    QStringList lines;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append(name.size() == 1 ? QString(u'-' + name) : QString(u"--"_s + name));
        QString left = u"  "_s + names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        if (left.size() + 2 > Column) {
            lines.append(left);
            left = QString(Column, u' ');
        } else {
            left += QString(Column - left.size(), u' ');
        }
        lines.append(left + wrapped(option.description(), Column, Width));
    }
    return lines.join(u'\n');
}

QString CliApplication::helpText() const
{
    QString commands;
    for (const Command *command : m_commands) {
        QString left = u"  "_s + command->name();
        left += QString(std::max<qsizetype>(2, 20 - left.size()), u' ');
        commands += left + wrapped(command->summary(), int(left.size()), 79) + u'\n';
    }
    const QString text =
        tr("Usage: cwdesk-cli [OPTIONS] COMMAND [ARGUMENTS]\n\n"
           "A scripting companion of CW Desk for the ConnectWise Manage Service API. Data goes "
           "to standard output (a table, CSV, or ConnectWise's own JSON for jq), messages and "
           "progress to standard error.\n\n"
           "Commands:\n%1\n"
           "Options (before or after the command):\n%2\n\n"
           "Environment (options win): CWDESK_PROFILE, CWDESK_SITE, CWDESK_COMPANY, "
           "CWDESK_PUBLIC_KEY, CWDESK_CLIENT_ID, CWDESK_PRIVATE_KEY, CWDESK_TRUST_FINGERPRINT, "
           "CWDESK_CONFIG_DIR.\n"
           "The connection: --profile NAME, or else the default profile unless --site is "
           "given; --site, --company, --public-key and --client-id replace the profile's. The "
           "private key: --private-key-stdin, else CWDESK_PRIVATE_KEY, else the keychain.\n\n"
           "Exit codes:\n"
           "  0    success\n"
           "  1    other error (400, 404, an answer that is not JSON …)\n"
           "  2    usage: bad arguments, a bad query (with its position), an unknown name\n"
           "  3    authentication or permission: keys refused (401), 403, no private key\n"
           "  4    network or server unreachable: DNS, refused, reset, timeout, TLS,\n"
           "       5xx or 429 after the retries\n"
           "  5    conflict (409)\n"
           "  130  interrupted (Ctrl-C)\n\n"
           "`cwdesk-cli COMMAND --help` describes a command.\n")
            .arg(commands, formatOptions(globalOptions()));
    return wrapped(text, 0, 79);
}

QString CliApplication::commandHelp(const Command *command) const
{
    QString text = tr("Usage: cwdesk-cli [OPTIONS] %1 %2")
                       .arg(command->name(), command->synopsis())
                       .trimmed() +
                   u"\n\n"_s + wrapped(command->summary(), 0, 79) + u'\n';
    if (!command->description().isEmpty())
        text += u'\n' + wrapped(command->description(), 0, 79) + u'\n';
    const QList<QCommandLineOption> options = command->options();
    if (!options.isEmpty())
        text += u'\n' + tr("Options:") + u'\n' + formatOptions(options) + u'\n';
    text += u'\n' +
            tr("Connection and output options (--profile, --site, --format …) and the exit "
               "codes: cwdesk-cli --help.") +
            u'\n';
    return text;
}

QList<Command *> CliApplication::family(const QString &word) const
{
    QList<Command *> members;
    for (Command *command : m_commands) {
        if (command->words().size() > 1 && command->words().first() == word)
            members.append(command);
    }
    return members;
}

QString CliApplication::familyHelp(const QString &word) const
{
    QString text = tr("Usage: cwdesk-cli [OPTIONS] %1 COMMAND …").arg(word) + u"\n\n"_s;
    for (const Command *command : family(word)) {
        QString left = u"  "_s + command->name() + u' ' + command->synopsis();
        text += left + u'\n' + QString(6, u' ') + wrapped(command->summary(), 6, 79) + u'\n';
    }
    return text + u'\n' + tr("`cwdesk-cli %1 COMMAND --help` describes one.").arg(word) + u'\n';
}

Command *CliApplication::find(const QStringList &words, qsizetype *consumed) const
{
    Command *best = nullptr;
    for (Command *command : m_commands) {
        const QStringList w = command->words();
        if (w.size() <= words.size() && words.mid(0, w.size()) == w &&
            (!best || w.size() > best->words().size()))
            best = command;
    }
    *consumed = best ? best->words().size() : 0;
    return best;
}

void CliApplication::finishWithText(const QString &text, int exitCode, bool toStdErr)
{
    if (toStdErr) {
        Terminal::writeErr(text);
    } else {
        m_context->output().writeRaw(text.toUtf8());
    }
    m_context->finish(exitCode);
}

void CliApplication::start()
{
    execute();
}

void CliApplication::interrupt()
{
    m_context->interrupt();
}

void CliApplication::execute()
{
    const QList<QCommandLineOption> global = globalOptions();
    QCommandLineParser first;
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    first.addOptions(global);
    const QString program = m_arguments.value(0, u"cwdesk-cli"_s);
    if (!first.parse(m_arguments)) {
        m_context->fail(
            CliError::usage(first.errorText(), {tr("`cwdesk-cli --help` lists the options.")}));
        return;
    }
    g_debug = first.isSet(u"debug"_s) || qEnvironmentVariableIntValue("CWDESK_DEBUG") == 1;
    if (first.isSet(u"version"_s)) {
        // i18n-ok: the program's name and version
        finishWithText(u"cwdesk-cli "_s + QCoreApplication::applicationVersion() + u'\n',
                       CliError::Success);
        return;
    }
    QStringList words = first.positionalArguments();
    bool wantHelp = first.isSet(u"help"_s);
    if (!words.isEmpty() && words.first() == u"help"_s) {
        words.removeFirst();
        wantHelp = true;
    }
    if (words.isEmpty()) {
        if (wantHelp)
            finishWithText(helpText(), CliError::Success);
        else
            m_context->fail(CliError::usage(tr("No command given."),
                                            {tr("`cwdesk-cli --help` lists the commands.")}));
        return;
    }

    qsizetype consumed = 0;
    Command *command = find(words, &consumed);
    // --offline swaps in the command's cache-only twin (before or after the command words).
    if (command && m_arguments.contains(u"--offline"_s)) {
        if (Command *offline = OfflineCommand::replacement(command, m_context))
            command = offline;
    }
    if (!command) {
        const QString word = words.first();
        if (!family(word).isEmpty()) {
            if (wantHelp ||
                (words.size() > 1 && (words.at(1) == u"--help"_s || words.at(1) == u"-h"_s))) {
                finishWithText(familyHelp(word), CliError::Success);
                return;
            }
            QStringList verbs;
            for (const Command *c : family(word))
                verbs.append(c->words().at(1));
            const QString hint = tr("`cwdesk-cli %1 --help` describes them.").arg(word);
            if (words.size() == 1)
                m_context->fail(CliError::usage(
                    tr("%1 needs one of: %2.").arg(word, verbs.join(u", "_s)), {hint}));
            else
                m_context->fail(CliError::usage(tr("Unknown command \"%1 %2\"; %1 takes %3.")
                                                    .arg(word, words.at(1), verbs.join(u", "_s)),
                                                {hint}));
            return;
        }
        m_context->fail(CliError::usage(tr("Unknown command \"%1\".").arg(word),
                                        {tr("`cwdesk-cli --help` lists the commands.")}));
        return;
    }

    // After the command word, a command's own option wins over a global one of the same name:
    // `ticket create --company X` names the ticket's company; the connection's company then
    // goes before the command word (or in CWDESK_COMPANY).
    QCommandLineParser second;
    QStringList commandNames;
    for (const QCommandLineOption &option : command->options())
        commandNames += option.names();
    QStringList globalAfter;
    for (const QCommandLineOption &option : global) {
        bool clashes = false;
        for (const QString &name : option.names())
            clashes = clashes || commandNames.contains(name);
        if (!clashes) {
            second.addOption(option);
            globalAfter += option.names();
        }
    }
    second.addOptions(command->options());
    if (!second.parse(QStringList{program} + words.mid(consumed))) {
        m_context->fail(CliError::usage(
            second.errorText(),
            {tr("`cwdesk-cli %1 --help` describes the command.").arg(command->name())}));
        return;
    }
    if (wantHelp || second.isSet(u"help"_s)) {
        finishWithText(commandHelp(command), CliError::Success);
        return;
    }
    if (second.isSet(u"version"_s)) {
        // i18n-ok: the program's name and version
        finishWithText(u"cwdesk-cli "_s + QCoreApplication::applicationVersion() + u'\n',
                       CliError::Success);
        return;
    }
    g_debug = g_debug || second.isSet(u"debug"_s);
    if (g_debug) // the library logs only warnings by default; --debug wants every request
        QLoggingCategory::setFilterRules(u"cw.*=true"_s);

    // A global option counts wherever it was given; the environment fills what was not.
    auto value = [&](const QString &name, const char *variable) {
        if (globalAfter.contains(name) && second.isSet(name))
            return second.value(name).trimmed();
        if (first.isSet(name))
            return first.value(name).trimmed();
        return variable ? env(variable) : QString();
    };
    CliContext::ConnectionOptions &options = m_context->options();
    options.profile = value(u"profile"_s, "CWDESK_PROFILE");
    options.configDir = value(u"config"_s, "CWDESK_CONFIG_DIR");
    options.site = value(u"site"_s, "CWDESK_SITE");
    options.company = value(u"company"_s, "CWDESK_COMPANY");
    options.publicKey = value(u"public-key"_s, "CWDESK_PUBLIC_KEY");
    options.clientId = value(u"client-id"_s, "CWDESK_CLIENT_ID");
    options.trustedFingerprint =
        value(u"trust-fingerprint"_s, "CWDESK_TRUST_FINGERPRINT").toLatin1();
    options.privateKeyFromStdin =
        first.isSet(u"private-key-stdin"_s) ||
        (globalAfter.contains(u"private-key-stdin"_s) && second.isSet(u"private-key-stdin"_s));
    options.cachePath = value(u"cache"_s, "CWDESK_CACHE");
    options.noOutbox = first.isSet(u"no-outbox"_s) ||
                       (globalAfter.contains(u"no-outbox"_s) && second.isSet(u"no-outbox"_s));
    const QString timeout = value(u"timeout"_s, nullptr);
    if (!timeout.isEmpty()) {
        bool ok = false;
        options.timeoutSeconds = timeout.toInt(&ok);
        if (!ok || options.timeoutSeconds < 1 || options.timeoutSeconds > 3600) {
            m_context->fail(CliError::usage(tr("--timeout must be a number of seconds from 1 to "
                                               "3600.")));
            return;
        }
    }
    const QString format = value(u"format"_s, nullptr);
    if (!format.isEmpty()) {
        OutputFormatter::Format parsed;
        if (!OutputFormatter::parseFormat(format, &parsed)) {
            m_context->fail(CliError::usage(
                tr("--format must be table, json or csv, not \"%1\".").arg(format)));
            return;
        }
        m_context->output().setFormat(parsed);
    }

    CliError error;
    if (!command->prepare(second, second.positionalArguments(), &error)) {
        m_context->fail(error);
        return;
    }
    if (!command->needsConnection()) {
        command->run();
        return;
    }
    m_context->connectToSite([command] { command->run(); });
}

} // namespace cw
