#include "kbcommand.h"

#include "clicontext.h"
#include "recordlisting.h"
#include "desk/referenceresolver.h"

#include "api/apierror.h"
#include "api/apipaths.h"
#include "api/manageclient.h"
#include "api/recordjob.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cw {

KbCommand::KbCommand(Verb verb, CliContext *context)
    : Command({u"kb"_s, verb == Verb::Search ? u"search"_s : u"show"_s}, context)
    , m_verb(verb)
{
}

QString KbCommand::synopsis() const
{
    return m_verb == Verb::Search ? tr("TEXT…") : tr("ID");
}

QString KbCommand::summary() const
{
    return m_verb == Verb::Search ? tr("Search the knowledge base.")
                                  : tr("Show one knowledge-base article.");
}

QString KbCommand::description() const
{
    return m_verb == Verb::Search
               ? tr("Finds the articles whose title, issue or resolution contain TEXT (the words "
                    "together, as one phrase). --conditions narrows the search further.\n"
                    "Example: cwdesk-cli kb search bitlocker recovery --format json")
               : tr("The table shows the title, the issue and the resolution in full.");
}

QList<QCommandLineOption> KbCommand::options() const
{
    return m_verb == Verb::Search ? RecordListing::queryOptions() : QList<QCommandLineOption>();
}

QString KbCommand::searchConditions(const QString &text)
{
    const QString literal = ReferenceResolver::quoted(text);
    return u"title contains "_s + literal + u" or issue contains "_s + literal +
           u" or resolution contains "_s + literal;
}

QList<OutputFormatter::Column> KbCommand::listColumns()
{
    return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Title"), u"title"_s, true},
            {QT_TRANSLATE_NOOP("cw::Column", "Board"), u"board/name"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Updated"), u"_info/lastUpdated"_s}};
}

QList<OutputFormatter::Column> KbCommand::detailColumns()
{
    return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Title"), u"title"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Board"), u"board/name"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Created"), u"dateCreated"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "By"), u"createdBy"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Updated"), u"_info/lastUpdated"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Issue"), u"issue"_s},
            {QT_TRANSLATE_NOOP("cw::Column", "Resolution"), u"resolution"_s}};
}

bool KbCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                        CliError *error)
{
    if (m_verb == Verb::Show) {
        return expectArguments(arguments, {tr("the article ID")}, error) &&
               parseId(arguments.first(), tr("The article ID"), &m_id, error);
    }
    const QString text = arguments.join(u' ').simplified();
    if (text.isEmpty()) {
        *error = CliError::usage(tr("kb search needs the TEXT to look for."));
        return false;
    }
    if (!RecordListing::readQueryOptions(parser, &m_query, &m_all, error))
        return false;
    const QString search = searchConditions(text);
    m_query.conditions = m_query.conditions.isEmpty()
                             ? search
                             : u'(' + search + u") and ("_s + m_query.conditions + u')';
    return RecordListing::validate(m_query, error);
}

void KbCommand::run()
{
    if (m_verb == Verb::Search) {
        auto *listing = new RecordListing(context(), ApiPaths::knowledgeBaseArticles(), this);
        listing->setQuery(m_query);
        listing->setColumns(listColumns());
        listing->setNoun(tr("articles"));
        listing->setPaging(m_all ? RecordListing::Paging::Everything
                                 : RecordListing::Paging::FirstPage);
        listing->start();
        return;
    }
    RecordJob *job = context()->client()->get(ApiPaths::knowledgeBaseArticle(m_id));
    context()->track(job);
    connect(job, &ManageJob::failed, this, [this](const ApiError &e) { context()->failApi(e); });
    connect(job, &RecordJob::succeeded, this, [this](const QByteArray &raw) {
        context()->output().writeRecord(raw, detailColumns());
        if (context()->checkOutput())
            context()->finish();
    });
}

} // namespace cw
