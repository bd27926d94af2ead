// cwdesk: the desktop app. Parses the command line (the CLI's connection options and CWDESK_*
// variables), starts the in-process sandbox for --demo, builds the desk and the main window,
// syncs in the background, and can render the window to a PNG and exit.

#include "models/api/privatefolder.h"
#include "models/api/processhardening.h"
#include "models/api/profilestore.h"
#include "models/api/secretstore.h"
#include "models/desk/connectionoptions.h"
#include "models/desk/desk.h"
#include "models/store/syncengine.h"
#include "models/tickettablemodel.h"
#include "sandbox/sandbox.h"
#include "translations/translations.h"
#include "views/actions.h"
#include "views/connectiondialog.h"
#include "views/icons.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int ScreenshotTimeoutMs = 20000;
constexpr int BackgroundSyncMs = 60000;

// Qt would abort without a display; decide before QApplication exists.
bool needsOffscreen(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-platform" || arg == "--platform" || arg.startsWith("-platform=") ||
            arg.startsWith("--platform="))
            return false;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

// Without a display the offscreen platform warns about window features it lacks; that is noise
// for someone who only asked for a PNG.
QtMessageHandler g_defaultHandler = nullptr;
void quietOffscreenHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && (text.startsWith(u"This plugin does not support"_s) ||
                                 text.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_s)))
        return;
    g_defaultHandler(type, context, text);
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

QString defaultScreenshotPath()
{
    QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::tempPath();
    return dir + u"/cwdesk-demo.png"_s;
}

// Renders `window` to `path` once the cache lists tickets (at once when the demo ran before, else
// after the first sync), when the sync or connection failed, or after the timeout with whatever
// is shown, then quits with 0 (or 1 when the PNG cannot be written).
void scheduleScreenshot(cw::MainWindow *window, const QString &path)
{
    auto done = std::make_shared<bool>(false);
    auto shoot = [window, path, done] {
        if (*done)
            return;
        *done = true;
        // Let the views lay out and paint the last rows before grabbing.
        QTimer::singleShot(200, window, [window, path] {
            const QPixmap pixmap = window->grab();
            if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
                printLine(stderr, QCoreApplication::translate("cwdesk", "cwdesk: could not write "
                                                                        "the screenshot %1")
                                      .arg(path));
                QCoreApplication::exit(1);
                return;
            }
            printLine(stdout, QFileInfo(path).absoluteFilePath());
            QCoreApplication::exit(0);
        });
    };
    cw::TicketTableModel *tickets = window->ticketModel();
    if (tickets) {
        QObject::connect(tickets, &cw::TicketTableModel::rowsUpdated, window, [shoot, tickets] {
            if (tickets->rowCount() > 0)
                shoot();
        });
    }
    // After the sync the list fills from the cache's change signals: a moment later.
    QObject::connect(window->desk(), &cw::Desk::syncFinished, window,
                     [shoot, window] { QTimer::singleShot(1000, window, shoot); });
    QObject::connect(window->desk(), &cw::Desk::syncFailed, window, [shoot] { shoot(); });
    QObject::connect(window->desk(), &cw::Desk::connectFailed, window, [shoot] { shoot(); });
    QTimer::singleShot(ScreenshotTimeoutMs, window, shoot);
}

// What the command line and the CWDESK_* variables ask for; flags win over variables.
cw::ConnectionOptions connectionOptions(const QCommandLineParser &parser)
{
    auto value = [&parser](const char *option, const char *variable) {
        const QString given = parser.value(QLatin1StringView(option)).trimmed();
        return given.isEmpty() ? cw::ConnectionOptions::environment(variable) : given;
    };
    cw::ConnectionOptions options;
    options.profile = value("profile", "CWDESK_PROFILE");
    options.configDir = value("config", "CWDESK_CONFIG_DIR");
    options.site = value("site", "CWDESK_SITE");
    options.company = value("company", "CWDESK_COMPANY");
    options.publicKey = value("public-key", "CWDESK_PUBLIC_KEY");
    options.clientId = value("client-id", "CWDESK_CLIENT_ID");
    options.trustedFingerprint = value("trust-fingerprint", "CWDESK_TRUST_FINGERPRINT").toLatin1();
    options.cachePath = value("cache", "CWDESK_CACHE");
    options.offline = parser.isSet(u"offline"_s);
    return options;
}

// The translation context of what main() prints and offers on its command line.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cwdesk)
};

// One desk and its window; switching profiles replaces both.
struct Session
{
    QPointer<cw::Desk> desk;
    QPointer<cw::MainWindow> window;
};

} // namespace

int main(int argc, char **argv)
{
    cw::ProcessHardening::disableCoreDumps(); // a core file would hold the private key

    const bool headless = needsOffscreen(argc, argv);
    if (headless) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietOffscreenHandler);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"cwdesk"_s);
    QApplication::setOrganizationName(u"CW Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(CW_VERSION));
    // The installed .desktop file and icon (resources/, installer/) share this id.
    QGuiApplication::setDesktopFileName(u"io.github.cwdesk.CWDesk"_s);
    QApplication::setWindowIcon(cw::Icons::icon(cw::Icons::Name::App));
    // Before any text is built: --lang XX, else View ▸ Language (from the last run), else the
    // system's language.
    QString language = cw::Translations::languageFromArguments(argc, argv);
    if (language.isEmpty())
        language = QSettings().value(cw::Translations::settingsKey()).toString();
    cw::Translations::install(cw::Translations::localeFor(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cwdesk", "CW Desk, a desktop client for the ConnectWise Manage Service API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, Messages::tr("Run against the built-in sandbox with generated demo data."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        Messages::tr(
            "Render the main window to <file> (PNG) once the first board's tickets are shown, "
            "then exit."),
        Messages::tr("file"));
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addOption({u"profile"_s, Messages::tr("Use the saved profile <name> (CWDESK_PROFILE)."),
                      Messages::tr("name")});
    parser.addOption({u"config"_s,
                      Messages::tr("Read profiles.json from <dir> (CWDESK_CONFIG_DIR)."),
                      Messages::tr("dir")});
    parser.addOption(
        {u"site"_s, Messages::tr("The ConnectWise site, e.g. na.myconnectwise.net (CWDESK_SITE)."),
         Messages::tr("site")});
    parser.addOption(
        {u"company"_s, Messages::tr("The company ID (CWDESK_COMPANY)."), Messages::tr("company")});
    parser.addOption({u"public-key"_s,
                      Messages::tr("The API member's public key (CWDESK_PUBLIC_KEY); the "
                                   "private key comes from CWDESK_PRIVATE_KEY or the "
                                   "keychain."),
                      Messages::tr("key")});
    parser.addOption({u"client-id"_s,
                      Messages::tr("The integration's client id (CWDESK_CLIENT_ID)."),
                      Messages::tr("id")});
    parser.addOption({u"trust-fingerprint"_s,
                      Messages::tr("Accept the server certificate with this SHA-256 fingerprint "
                                   "(CWDESK_TRUST_FINGERPRINT)."),
                      Messages::tr("sha256")});
    parser.addOption({u"cache"_s, Messages::tr("Keep the offline cache in <file> (CWDESK_CACHE)."),
                      Messages::tr("file")});
    parser.addOption({u"lang"_s,
                      Messages::tr("Show the interface in language <lang> (en, de, fr) instead of "
                                   "the system's or the one chosen in View > Language."),
                      Messages::tr("lang")});
    parser.addOption(
        {u"offline"_s, Messages::tr("Never talk to the server: show the offline cache and queue "
                                    "changes.")});
    parser.process(app);

    const cw::ConnectionOptions options = connectionOptions(parser);
    const bool demo = parser.isSet(demoOption);
    cw::ProfileStore profiles(options.configDir);
    cw::ConnectionProfile profile;
    // Taken out of the environment, so no child process inherits it.
    QString privateKey = cw::ProcessHardening::takePrivateKeyFromEnvironment().trimmed();
    cw::Desk::Options deskOptions;
    deskOptions.cachePath = options.cachePath;
    deskOptions.offline = options.offline;

    QString screenshotPath = parser.value(screenshotOption);
    std::unique_ptr<cw::sandbox::Sandbox> sandboxHolder;
    if (demo) {
        // The demo keeps its data between runs, like a real site would.
        const QString demoDir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
        if (!cw::PrivateFolder::make(demoDir)) {
            printLine(stderr, Messages::tr("cwdesk: cannot create %1").arg(demoDir));
            return 1;
        }
        sandboxHolder = std::make_unique<cw::sandbox::Sandbox>();
        cw::sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.dataFile = demoDir + u"/sandbox.sqlite"_s;
        QString error;
        if (!sandboxHolder->start(sandboxOptions, &error) &&
            QFile::exists(sandboxOptions.dataFile)) {
            // Unreadable demo data is set aside, never deleted, and the demo starts afresh.
            const QString aside = sandboxOptions.dataFile + u".unreadable-"_s +
                                  QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
            sandboxHolder = std::make_unique<cw::sandbox::Sandbox>();
            bool moved = QFile::rename(sandboxOptions.dataFile, aside);
            for (const char *suffix : {"-wal", "-shm"}) {
                const QString extra = sandboxOptions.dataFile + QLatin1StringView(suffix);
                if (QFile::exists(extra))
                    moved = QFile::rename(extra, aside + QLatin1StringView(suffix)) && moved;
            }
            if (moved) {
                printLine(stderr,
                          Messages::tr("cwdesk: the demo data could not be read (%1); it was moved "
                                       "to %2 and new demo data was generated.")
                              .arg(error, aside));
                error.clear();
                sandboxHolder->start(sandboxOptions, &error);
            }
        }
        if (!error.isEmpty()) {
            printLine(stderr,
                      Messages::tr("cwdesk: the demo sandbox did not start: %1").arg(error));
            return 1;
        }
        // First line on standard output: scripts (and cwdesk-cli) can talk to the same sandbox.
        printLine(stdout, sandboxHolder->baseUrl().toString());
        const QUrl base = sandboxHolder->baseUrl();
        profile.setName(u"demo"_s);
        profile.setSite(base.toString(QUrl::RemovePath));
        profile.setCompany(sandboxOptions.company);
        profile.setPublicKey(sandboxOptions.publicKey);
        privateKey = sandboxOptions.privateKey;
        if (deskOptions.cachePath.isEmpty())
            deskOptions.cachePath = demoDir + u"/cache.sqlite"_s;
    } else {
        cw::DeskError error;
        const bool nothingSetUp =
            profiles.profiles().isEmpty() && options.profile.isEmpty() && options.site.isEmpty();
        if (nothingSetUp && headless) {
            printLine(stderr,
                      Messages::tr("cwdesk: no connection is set up. Run \"cwdesk --demo\" to try "
                                   "CW Desk with the built-in sandbox, or save a connection with "
                                   "\"cwdesk-cli login\" (or give --site, --company and "
                                   "--public-key)."));
            return 2;
        }
        if (nothingSetUp) {
            cw::SecretStore secrets;
            cw::ConnectionDialog dialog(&profiles, &secrets);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            profile = dialog.profile();
            privateKey = dialog.privateKeyEdit()->text();
        } else if (!options.resolve(profiles, false, &profile, &error)) {
            printLine(stderr, u"cwdesk: "_s + error.message()); // i18n-ok: the program's name
            return 2;
        }
    }

    if (headless) {
        if (screenshotPath.isEmpty())
            screenshotPath = defaultScreenshotPath();
        printLine(stderr,
                  Messages::tr("cwdesk: no display found; rendering the window to %1 instead.")
                      .arg(screenshotPath));
    }

    Session session;
    std::function<void(const cw::ConnectionProfile &, const QString &)> start;
    auto openDialog = [&](const cw::ConnectionProfile &prefill) {
        cw::SecretStore secrets;
        cw::ConnectionDialog dialog(&profiles, &secrets, session.window);
        if (!prefill.site().isEmpty())
            dialog.setProfile(prefill);
        if (dialog.exec() == QDialog::Accepted)
            start(dialog.profile(), dialog.privateKeyEdit()->text());
    };
    start = [&](const cw::ConnectionProfile &chosen, const QString &key) {
        Session old = session;
        auto *desk = new cw::Desk;
        cw::Desk::Options deskOpts = deskOptions;
        // Another profile has its own cache: --cache (or the demo's cache) belongs to the
        // profile cwdesk started with.
        if (chosen.name() != profile.name())
            deskOpts.cachePath.clear();
        desk->setOptions(deskOpts);
        desk->setProfile(chosen);
        auto *window = new cw::MainWindow(desk);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->actions()->setProfileDirectory(options.configDir);
        session = {desk, window};
        QObject::connect(window, &QObject::destroyed, desk, &QObject::deleteLater);
        QObject::connect(window->actions(), &cw::Actions::profileSwitchRequested, window,
                         [&](const QString &name) {
                             profiles.reload();
                             const auto other = profiles.profile(name);
                             if (!other)
                                 return;
                             profiles.setDefaultProfile(name);
                             // The new window is shown before the old one closes, so the
                             // application does not quit in between.
                             QTimer::singleShot(0, [&start, other] { start(*other, {}); });
                         });
        QObject::connect(window->actions(), &cw::Actions::newConnectionRequested, window,
                         [&openDialog] { openDialog({}); });
        QObject::connect(desk, &cw::Desk::connected, desk, [desk, headless] {
            desk->syncNow();
            // Headless renders once after the first sync and exits.
            if (headless)
                return;
            desk->startBackgroundSync(BackgroundSyncMs);
        });
        QObject::connect(desk, &cw::Desk::connectFailed, window,
                         [&openDialog, desk, headless](const cw::DeskError &error) {
                             if (headless)
                                 // i18n-ok: the program's name
                                 printLine(stderr, u"cwdesk: "_s + error.message()); // i18n-ok: the program's name
                             else if (error.kind() == cw::DeskError::Kind::NoPrivateKey)
                                 QTimer::singleShot(0, [&openDialog, profile = desk->profile()] {
                                     openDialog(profile);
                                 });
                         });
        QSize size = window->sizeHint();
        if (!headless && window->screen())
            size = size.boundedTo(window->screen()->availableSize() * 9 / 10);
        // A saved session already placed the window.
        if (!window->testAttribute(Qt::WA_Resized))
            window->resize(size);
        if (!screenshotPath.isEmpty())
            scheduleScreenshot(window, screenshotPath);
        window->show();
        if (old.window)
            old.window->close();
        desk->connectToSite(chosen, key);
    };
    start(profile, privateKey);
    const int rc = app.exec();
    delete session.window;
    delete session.desk;
    return rc;
}
