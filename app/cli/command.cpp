#include "command.h"

#include "clicontext.h"

using namespace Qt::StringLiterals;

namespace cw {

Command::Command(const QStringList &words, CliContext *context)
    : QObject(context)
    , m_words(words)
    , m_context(context)
{
}

bool Command::parseId(const QString &text, const QString &what, int *id, CliError *error)
{
    QString digits = text.trimmed();
    if (digits.startsWith(u'#'))
        digits.remove(0, 1);
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok || value <= 0) {
        *error = CliError::usage(
            tr("%1 must be a record id (a positive number), not \"%2\".").arg(what, text));
        return false;
    }
    *id = value;
    return true;
}

bool Command::expectArguments(const QStringList &arguments, const QStringList &names,
                              CliError *error) const
{
    if (arguments.size() == names.size())
        return true;
    const QString usage = u"cwdesk-cli "_s + name() + u' ' + synopsis();
    if (arguments.size() < names.size())
        *error = CliError::usage(tr("%1 is missing %2.").arg(name(), names.at(arguments.size())),
                                 {tr("Usage: %1").arg(usage.trimmed())});
    else
        *error = CliError::usage(
            tr("%1 takes %n argument(s), but got \"%2\" as well.", nullptr, int(names.size()))
                .arg(name(), arguments.mid(names.size()).join(u' ')),
            {tr("Usage: %1").arg(usage.trimmed())});
    return false;
}

} // namespace cw
