#include "clierror.h"

#include "api/apierror.h"
#include "api/listquery.h"

using namespace Qt::StringLiterals;

namespace cw {

CliError::CliError(Exit exit, const QString &message, const QStringList &details)
    : m_exit(exit)
    , m_message(message)
    , m_details(details)
{
}

CliError CliError::usage(const QString &message, const QStringList &details)
{
    return CliError(Usage, message, details);
}

CliError CliError::failure(const QString &message, const QStringList &details)
{
    return CliError(Failure, message, details);
}

CliError::Exit CliError::exitFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::None:
        return Success;
    case Kind::Cancelled:
        return Interrupted;
    case Kind::Configuration:
    case Kind::InvalidQuery:
        return Usage;
    case Kind::Unauthorized:
    case Kind::Forbidden:
        return Auth;
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::ConnectionDropped:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Tls:
    case Kind::RateLimited: // only reported once the retries are spent
    case Kind::ServerError:
        return Network;
    case Kind::Conflict:
        return Conflict;
    case Kind::BadRequest:
    case Kind::NotFound:
    case Kind::HttpError:
    case Kind::InvalidJson:
        return Failure;
    }
    return Failure;
}

CliError CliError::fromApiError(const ApiError &error, const ListQuery *query)
{
    QStringList lines = error.message().split(u'\n', Qt::SkipEmptyParts);
    const QString headline = lines.isEmpty() ? error.headline() : lines.takeFirst();
    if (error.kind() == ApiError::Kind::InvalidQuery && query) {
        const QString parameter = error.queryParameter();
        QString text;
        if (parameter == u"conditions"_s)
            text = query->conditions;
        else if (parameter == u"childConditions"_s)
            text = query->childConditions;
        else if (parameter == u"customFieldConditions"_s)
            text = query->customFieldConditions;
        else if (parameter == u"orderBy"_s)
            text = query->orderBy;
        else if (parameter == u"fields"_s)
            text = query->fields.join(u',');
        if (!text.isEmpty())
            lines.append(caretLines(parameter, text, error.queryPosition()));
    }
    if (error.kind() == ApiError::Kind::Tls && !error.certificateSha256().isEmpty()) {
        lines.append(tr("If you trust this server (check the fingerprint with its administrator), "
                        "run again with: --trust-fingerprint %1")
                         .arg(QString::fromLatin1(error.certificateSha256())));
    }
    return CliError(exitFor(error), headline, lines);
}

QStringList CliError::caretLines(const QString &label, const QString &text, int position)
{
    // Tabs and line breaks would move the caret; one space each keeps the columns.
    QString shown = text;
    for (QChar &c : shown) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    const QString prefix = label + u": "_s;
    QStringList lines{prefix + shown};
    if (position >= 0)
        lines.append(QString(prefix.size() + std::min<qsizetype>(position, shown.size()), u' ') +
                     u'^');
    return lines;
}

QString CliError::text() const
{
    QString out = u"cwdesk-cli: "_s + m_message + u'\n';
    for (const QString &line : m_details)
        out += u"  "_s + line + u'\n';
    return out;
}

} // namespace cw
