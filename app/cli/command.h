// One verb of cwdesk-cli (`tickets`, `ticket update` …): its help, options and arguments, and its
// run, which is asynchronous and always ends through CliContext::finish() or fail().
#pragma once

#include "clierror.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace cw {

class CliContext;

class Command : public QObject
{
    Q_OBJECT

public:
    // The words that select it, e.g. {"ticket", "update"}.
    QStringList words() const { return m_words; }
    QString name() const { return m_words.join(u' '); }

    // What follows the words in the usage line, e.g. "ID FIELD=VALUE…".
    virtual QString synopsis() const { return {}; }
    // One line for the command overview.
    virtual QString summary() const = 0;
    // Paragraphs for `--help` after the usage line (examples, syntax).
    virtual QString description() const { return {}; }
    // The command's own options (connection and output options are global).
    virtual QList<QCommandLineOption> options() const { return {}; }
    // False for commands that work without a site (profiles, logout).
    virtual bool needsConnection() const { return true; }

    // Reads and checks the arguments before anything is sent or the keychain is asked; false
    // with *error set on a usage problem. `arguments` are the positional ones after the words.
    virtual bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                         CliError *error) = 0;
    // Runs; the client is connected when needsConnection() is true.
    virtual void run() = 0;

    CliContext *context() const { return m_context; }

    // "123" or "#123" → 123; otherwise false with a usage error naming `what`.
    static bool parseId(const QString &text, const QString &what, int *id, CliError *error);
    // A usage error when `arguments` has not exactly `count` entries, naming them.
    bool expectArguments(const QStringList &arguments, const QStringList &names,
                         CliError *error) const;

protected:
    Command(const QStringList &words, CliContext *context);

private:
    QStringList m_words;
    CliContext *m_context;
};

} // namespace cw
