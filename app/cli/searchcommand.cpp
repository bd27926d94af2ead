// `search TEXT`: full-text search of the offline cache (ticket summaries, notes, knowledge-base
// articles), best first; never touches the network.
#include "searchcommand.h"

#include "clicontext.h"
#include "clierror.h"

#include "store/cache.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw {

SearchCommand::SearchCommand(CliContext *context)
    : Command({u"search"_s}, context)
{
}

QString SearchCommand::synopsis() const
{
    return tr("TEXT");
}

QString SearchCommand::summary() const
{
    return tr("Search tickets, notes and articles in the offline cache.");
}

QList<QCommandLineOption> SearchCommand::options() const
{
    return {{u"limit"_s, tr("Show at most N hits (default 50)."), u"N"_s}};
}

bool SearchCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                            CliError *error)
{
    m_text = arguments.join(u' ').simplified();
    if (m_text.isEmpty()) {
        *error = CliError::usage(tr("search needs the TEXT to look for."));
        return false;
    }
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        m_limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || m_limit < 1) {
            *error = CliError::usage(tr("--limit must be a positive number."));
            return false;
        }
    }
    return true;
}

void SearchCommand::run()
{
    Cache *cache = context()->cache();
    if (!cache) {
        context()->fail(CliError::failure(
            tr("The offline cache cannot be opened: %1").arg(context()->cacheError())));
        return;
    }
    QString error;
    const QList<SearchHit> hits = cache->search(m_text, m_limit, &error);
    if (!error.isEmpty()) {
        context()->fail(CliError::failure(error));
        return;
    }
    QList<QByteArray> rows;
    for (const SearchHit &hit : hits) {
        QString kind = u"ticket"_s;
        if (hit.kind == SearchHit::Kind::Note)
            kind = u"note"_s;
        else if (hit.kind == SearchHit::Kind::Article)
            kind = u"article"_s;
        QString snippet = hit.snippet;
        snippet.remove(SearchHit::MatchStart).remove(SearchHit::MatchEnd);
        const QJsonObject row{{u"kind"_s, kind},
                              {u"id"_s, hit.id},
                              {u"ticketId"_s, hit.ticketId},
                              {u"title"_s, hit.title},
                              {u"snippet"_s, snippet}};
        rows.append(QJsonDocument(row).toJson(QJsonDocument::Compact));
    }
    OutputFormatter &out = context()->output();
    out.beginList({{QT_TRANSLATE_NOOP("cw::Column", "Kind"), u"kind"_s},
                   {QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
                   {QT_TRANSLATE_NOOP("cw::Column", "Ticket"), u"ticketId"_s},
                   {QT_TRANSLATE_NOOP("cw::Column", "Title"), u"title"_s, true},
                   {QT_TRANSLATE_NOOP("cw::Column", "Snippet"), u"snippet"_s, true}});
    out.addRecords(rows);
    out.endList();
    if (context()->checkOutput())
        context()->finish();
}

} // namespace cw
