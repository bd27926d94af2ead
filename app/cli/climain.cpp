// cwdesk-cli: a scripting companion of CW Desk for the ConnectWise Manage Service API. One event
// loop; SIGINT/SIGTERM reach it through a self-pipe and cancel what runs (exit code 130).
#include "cliapplication.h"
#include "clicontext.h"

#include "api/processhardening.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// Library logging (cw.api …) and Qt's warnings reach standard error only with --debug: the
// CLI's own messages are the interface, and scripts parse standard error.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!cw::CliApplication::isDebug())
        return;
    const char *level = type == QtDebugMsg      ? "debug"
                        : type == QtInfoMsg     ? "info"
                        : type == QtWarningMsg  ? "warning"
                        : type == QtCriticalMsg ? "critical"
                                                : "fatal";
    // i18n-ok: a log line for developers (--debug), with its category and level
    std::fprintf(stderr, "[%s %s] %s\n", context.category ? context.category : "default", level,
                 qPrintable(message));
}

} // namespace

int main(int argc, char **argv)
{
    cw::ProcessHardening::disableCoreDumps(); // a core file would hold the private key
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cwdesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION));
    qInstallMessageHandler(messageHandler);
    // Before any text is built: --lang XX, else the system's language (LANG, LC_ALL …).
    cw::Translations::install(
        cw::Translations::localeFor(cw::Translations::languageFromArguments(argc, argv)));

    cw::CliApplication cli(QCoreApplication::arguments());

    if (::pipe(g_signalPipe) != 0) {
        std::fprintf(stderr, "cwdesk-cli: %s\n", // i18n-ok: the program's name
                     qPrintable(QCoreApplication::translate("cwdesk-cli",
                                                            "cannot set up signal handling")));
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    bool interrupted = false;
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&cli, &interrupted] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        if (interrupted)
            ::_exit(130); // a second Ctrl-C does not wait for anything
        interrupted = true;
        cli.interrupt();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    // A closed pipe (`| head`) is a write error the CLI handles, not a death.
    std::signal(SIGPIPE, SIG_IGN);

    QMetaObject::invokeMethod(&cli, &cw::CliApplication::start, Qt::QueuedConnection);
    const int code = app.exec();
    return code;
}
