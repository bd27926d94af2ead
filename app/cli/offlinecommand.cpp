// `tickets`, `ticket show`, `notes`, `tasks`, `count` and `kb search` with --offline: the same
// output answered from the offline cache alone (OfflineQuery, FTS); nothing is sent anywhere.
#include "offlinecommand.h"

#include "clicontext.h"
#include "clierror.h"
#include "kbcommand.h"
#include "listcommand.h"
#include "recordlisting.h"
#include "ticketcommand.h"

#include "store/cache.h"
#include "store/offlinequery.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cw {

OfflineCommand::OfflineCommand(Verb verb, const QStringList &words, CliContext *context)
    : Command(words, context)
    , m_verb(verb)
{
}

OfflineCommand *OfflineCommand::replacement(const Command *command, CliContext *context)
{
    static const QList<QPair<QString, Verb>> twins = {
        {u"tickets"_s, Verb::Tickets}, {u"ticket show"_s, Verb::TicketShow},
        {u"notes"_s, Verb::Notes},     {u"tasks"_s, Verb::Tasks},
        {u"count"_s, Verb::Count},     {u"kb search"_s, Verb::KbSearch}};
    for (const auto &[name, verb] : twins)
        if (command->name() == name)
            return new OfflineCommand(verb, command->words(), context);
    return nullptr;
}

QString OfflineCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::TicketShow:
    case Verb::Notes:
    case Verb::Tasks:
        return tr("ID");
    case Verb::KbSearch:
        return tr("TEXT");
    default:
        return {};
    }
}

QString OfflineCommand::summary() const
{
    return tr("Answer from the offline cache alone (--offline).");
}

QList<QCommandLineOption> OfflineCommand::options() const
{
    QList<QCommandLineOption> list{{u"offline"_s, tr("Answer from the offline cache alone.")}};
    if (m_verb == Verb::Tickets || m_verb == Verb::KbSearch)
        list += RecordListing::queryOptions();
    else if (m_verb == Verb::Count)
        list.append({u"conditions"_s, tr("Only tickets that match EXPR."), u"EXPR"_s});
    return list;
}

bool OfflineCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                             CliError *error)
{
    switch (m_verb) {
    case Verb::TicketShow:
    case Verb::Notes:
    case Verb::Tasks:
        return expectArguments(arguments, {tr("the ticket ID")}, error) &&
               parseId(arguments.first(), tr("The ticket ID"), &m_id, error);
    case Verb::Count:
        if (!expectArguments(arguments, {}, error))
            return false;
        m_query.conditions = parser.value(u"conditions"_s).trimmed();
        return RecordListing::validate(m_query, error);
    case Verb::Tickets:
        if (!expectArguments(arguments, {}, error))
            return false;
        return RecordListing::readQueryOptions(parser, &m_query, &m_all, error) &&
               RecordListing::validate(m_query, error);
    case Verb::KbSearch:
        m_text = arguments.join(u' ').simplified();
        if (m_text.isEmpty()) {
            *error = CliError::usage(tr("kb search needs the TEXT to look for."));
            return false;
        }
        return RecordListing::readQueryOptions(parser, &m_query, &m_all, error);
    }
    return true;
}

void OfflineCommand::writeList(const QList<QByteArray> &raw,
                               const QList<OutputFormatter::Column> &columns)
{
    OutputFormatter &out = context()->output();
    out.beginList(columns);
    out.addRecords(raw);
    out.endList();
    if (context()->checkOutput())
        context()->finish();
}

void OfflineCommand::run()
{
    Cache *cache = context()->cache();
    if (!cache) {
        context()->fail(CliError::failure(
            tr("The offline cache cannot be opened: %1").arg(context()->cacheError()),
            {tr("`cwdesk-cli sync` fills it.")}));
        return;
    }
    switch (m_verb) {
    case Verb::Tickets:
        listTickets(false);
        return;
    case Verb::Count:
        listTickets(true);
        return;
    case Verb::TicketShow: {
        const QByteArray raw = cache->rawRecord(RecordKind::Ticket, m_id);
        if (raw.isEmpty()) {
            context()->fail(
                CliError::failure(tr("Ticket %1 is not in the offline cache.").arg(m_id),
                                  {tr("Open it once online, or pin it, to keep it offline.")}));
            return;
        }
        context()->output().writeRecord(raw, TicketCommand::detailColumns(raw));
        if (context()->checkOutput())
            context()->finish();
        return;
    }
    case Verb::Notes:
    case Verb::Tasks: {
        QList<QByteArray> raw;
        if (m_verb == Verb::Notes)
            for (const Note &note : cache->notes(m_id))
                raw.append(note.rawJson());
        else
            for (const Task &task : cache->tasks(m_id))
                raw.append(task.rawJson());
        if (raw.isEmpty() && cache->rawRecord(RecordKind::Ticket, m_id).isEmpty()) {
            context()->fail(
                CliError::failure(tr("Ticket %1 is not in the offline cache.").arg(m_id)));
            return;
        }
        writeList(raw, ListCommand::columnsFor(m_verb == Verb::Notes ? ListCommand::Verb::Notes
                                                                     : ListCommand::Verb::Tasks));
        return;
    }
    case Verb::KbSearch: {
        QString error;
        const QList<SearchHit> hits = cache->search(m_text, m_all ? 100000 : 200, &error);
        if (!error.isEmpty()) {
            context()->fail(CliError::failure(error));
            return;
        }
        QList<QByteArray> raw;
        const int limit = m_all ? -1 : (m_query.pageSize > 0 ? m_query.pageSize : 25);
        for (const SearchHit &hit : hits) {
            if (hit.kind != SearchHit::Kind::Article)
                continue;
            if (limit >= 0 && raw.size() >= limit)
                break;
            raw.append(cache->rawRecord(RecordKind::KbArticle, hit.id));
        }
        writeList(raw, KbCommand::listColumns());
        return;
    }
    }
}

void OfflineCommand::listTickets(bool countOnly)
{
    OfflineQuery query(context()->cache());
    query::Error error;
    if (!query.setConditions(m_query.conditions, &error) ||
        !query.setOrderBy(m_query.orderBy, &error)) {
        context()->fail(CliError::usage(error.message));
        return;
    }
    QString runError;
    if (countOnly) {
        const int n = query.count(&runError);
        if (n < 0) {
            context()->fail(CliError::failure(runError));
            return;
        }
        const QByteArray json = "{\"count\":" + QByteArray::number(n) + '}';
        if (context()->output().format() == OutputFormatter::Format::Table)
            context()->output().writeRaw(QByteArray::number(n));
        else
            context()->output().writeRecord(json,
                                            ListCommand::columnsFor(ListCommand::Verb::Count));
        if (context()->checkOutput())
            context()->finish();
        return;
    }
    // The online listing's paging: one page of --page-size (default 25) unless --all.
    if (!m_all) {
        const int size = m_query.pageSize > 0 ? m_query.pageSize : 25;
        query.setLimit(size);
        query.setOffset((qMax(1, m_query.page) - 1) * size);
    }
    QList<QByteArray> raw;
    for (const Ticket &ticket : query.tickets(&runError))
        raw.append(ticket.rawJson());
    if (!runError.isEmpty()) {
        context()->fail(CliError::failure(runError));
        return;
    }
    QList<OutputFormatter::Column> columns = TicketCommand::listColumns();
    if (!m_query.fields.isEmpty())
        columns = OutputFormatter::columnsForFields(m_query.fields);
    writeList(raw, columns);
}

} // namespace cw
