// cwdesk: the desktop app. Parses the command line, starts the in-process sandbox for --demo,
// builds client, models and main window, and can render the window to a PNG and exit.

#include "models/api/credentials.h"
#include "models/api/manageclient.h"
#include "models/api/processhardening.h"
#include "models/boardlistmodel.h"
#include "models/ticketlistmodel.h"
#include "sandbox/sandbox.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int ScreenshotTimeoutMs = 20000;

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

// Renders `window` to `path` once the first board's tickets are in (or failed), or after the
// timeout with whatever is shown, then quits with 0 (or 1 when the PNG cannot be written).
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
    QObject::connect(window->ticketModel(), &cw::TicketListModel::fetchStateChanged, window,
                     [shoot](cw::FetchState state) {
                         if (state == cw::FetchState::Loaded || state == cw::FetchState::Error)
                             shoot();
                     });
    QObject::connect(
        window->boardModel(), &cw::BoardListModel::fetchStateChanged, window,
        [shoot, window](cw::FetchState state) {
            if (state == cw::FetchState::Error ||
                (state == cw::FetchState::Loaded && window->boardModel()->rowCount() == 0))
                shoot();
        });
    QTimer::singleShot(ScreenshotTimeoutMs, window, shoot);
}

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cwdesk", "CW Desk, a desktop client for the ConnectWise Manage Service API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate(
                       "cwdesk", "Run against the built-in sandbox with generated demo data."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("cwdesk", "Render the main window to <file> (PNG) once the "
                                              "first board's tickets are shown, then exit."),
        QCoreApplication::translate("cwdesk", "file"));
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    if (!parser.isSet(demoOption)) {
        printLine(stderr, QCoreApplication::translate(
                              "cwdesk", "cwdesk: signing in to a ConnectWise server is not "
                                        "available yet. Run \"cwdesk --demo\" to try CW Desk "
                                        "with the built-in sandbox."));
        return 2;
    }

    QString screenshotPath = parser.value(screenshotOption);
    if (headless) {
        if (screenshotPath.isEmpty())
            screenshotPath = defaultScreenshotPath();
        printLine(stderr, QCoreApplication::translate(
                              "cwdesk", "cwdesk: no display found; rendering the window to %1 "
                                        "instead.")
                              .arg(screenshotPath));
    }

    // The demo keeps its data between runs, like a real site would.
    const QString demoDir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
    if (!QDir().mkpath(demoDir)) {
        printLine(stderr,
                  QCoreApplication::translate("cwdesk", "cwdesk: cannot create %1").arg(demoDir));
        return 1;
    }
    auto sandboxHolder = std::make_unique<cw::sandbox::Sandbox>();
    cw::sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.dataFile = demoDir + u"/sandbox.sqlite"_s;
    QString error;
    if (!sandboxHolder->start(sandboxOptions, &error) && QFile::exists(sandboxOptions.dataFile)) {
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
                      QCoreApplication::translate("cwdesk", "cwdesk: the demo data could not be "
                                                            "read (%1); it was moved to %2 and "
                                                            "new demo data was generated.")
                          .arg(error, aside));
            error.clear();
            sandboxHolder->start(sandboxOptions, &error);
        }
    }
    if (!error.isEmpty()) {
        printLine(stderr, QCoreApplication::translate("cwdesk", "cwdesk: the demo sandbox did "
                                                                "not start: %1")
                              .arg(error));
        return 1;
    }
    cw::sandbox::Sandbox &sandbox = *sandboxHolder;

    QNetworkAccessManager network;
    network.setStrictTransportSecurityEnabled(true);
    cw::ManageClient client(&network);
    const cw::Credentials credentials(sandbox.baseUrl(), sandboxOptions.company,
                                      sandboxOptions.publicKey, sandboxOptions.privateKey);
    if (!client.setCredentials(credentials, &error)) {
        printLine(stderr, u"cwdesk: "_s + error);
        return 1;
    }

    cw::MainWindow window(&client);
    QSize size = window.sizeHint();
    if (!headless && window.screen())
        size = size.boundedTo(window.screen()->availableSize() * 9 / 10);
    window.resize(size);
    if (!screenshotPath.isEmpty())
        scheduleScreenshot(&window, screenshotPath);
    window.show();
    return app.exec();
}
