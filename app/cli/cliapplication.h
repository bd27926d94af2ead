// cwdesk-cli's command line: the global options and the environment, the command table, help
// and version, and the dispatch of one command, which then runs in the one event loop.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace cw {

class CliContext;
class Command;

class CliApplication : public QObject
{
    Q_OBJECT

public:
    // `arguments` as QCoreApplication::arguments() gives them (the program first).
    explicit CliApplication(const QStringList &arguments, QObject *parent = nullptr);
    ~CliApplication() override;

    CliContext *context() const { return m_context; }
    const QList<Command *> &commands() const { return m_commands; }

    // Parses the arguments and starts the command; call it from the event loop. The run ends
    // with QCoreApplication::exit(code) (exit code in context()->exitCode()).
    void start();
    // SIGINT/SIGTERM: cancels what is running, exit code 130.
    void interrupt();

    QString helpText() const;
    QString commandHelp(const Command *command) const;
    // The verbs of a command family ("ticket"): its help when no verb or an unknown one is given.
    QString familyHelp(const QString &word) const;

    // Whether library logging reaches standard error (--debug, CWDESK_DEBUG=1).
    static bool isDebug();

private:
    void execute();
    void finishWithText(const QString &text, int exitCode, bool toStdErr = false);
    Command *find(const QStringList &words, qsizetype *consumed) const;
    QList<Command *> family(const QString &word) const;

    static QList<QCommandLineOption> globalOptions();
    static QString formatOptions(const QList<QCommandLineOption> &options);

    QStringList m_arguments;
    CliContext *m_context;
    QList<Command *> m_commands;
};

} // namespace cw
