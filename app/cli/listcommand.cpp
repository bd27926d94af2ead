#include "listcommand.h"

#include "clicontext.h"
#include "desk/deskerror.h"
#include "desk/referenceresolver.h"
#include "ticketcommand.h"

#include "api/apierror.h"
#include "api/apipaths.h"
#include "api/countjob.h"
#include "api/manageclient.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw {

ListCommand::ListCommand(Verb verb, CliContext *context)
    : Command({wordFor(verb)}, context)
    , m_verb(verb)
    , m_resolver(new ReferenceResolver(context->desk(), this))
{
}

QString ListCommand::wordFor(Verb verb)
{
    switch (verb) {
    case Verb::Boards:
        return u"boards"_s;
    case Verb::Statuses:
        return u"statuses"_s;
    case Verb::Priorities:
        return u"priorities"_s;
    case Verb::Members:
        return u"members"_s;
    case Verb::Companies:
        return u"companies"_s;
    case Verb::Tickets:
        return u"tickets"_s;
    case Verb::Notes:
        return u"notes"_s;
    case Verb::Tasks:
        return u"tasks"_s;
    case Verb::Configs:
        return u"configs"_s;
    case Verb::Count:
        return u"count"_s;
    }
    return {};
}

QString ListCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::Statuses:
        return tr("BOARD");
    case Verb::Notes:
    case Verb::Tasks:
    case Verb::Configs:
        return tr("TICKET_ID");
    case Verb::Count:
        return tr("[--conditions EXPR]");
    case Verb::Tickets:
    case Verb::Companies:
        return tr("[--conditions EXPR] [--all]");
    default:
        return {};
    }
}

QString ListCommand::summary() const
{
    switch (m_verb) {
    case Verb::Boards:
        return tr("List the service boards.");
    case Verb::Statuses:
        return tr("List the statuses of a board (by id or name).");
    case Verb::Priorities:
        return tr("List the ticket priorities.");
    case Verb::Members:
        return tr("List the members (technicians and other users).");
    case Verb::Companies:
        return tr("List companies (one page unless --all).");
    case Verb::Tickets:
        return tr("List tickets (one page unless --all).");
    case Verb::Notes:
        return tr("List the notes of a ticket.");
    case Verb::Tasks:
        return tr("List the tasks of a ticket.");
    case Verb::Configs:
        return tr("List the configurations attached to a ticket.");
    case Verb::Count:
        return tr("Count the tickets that match the conditions.");
    }
    return {};
}

QString ListCommand::description() const
{
    const QString formats =
        tr("--format table (default; cut to the terminal's width on a terminal), csv (RFC 4180 "
           "quoting) or json (the server's records, unchanged, in one array, streamed page by "
           "page). Tables and CSV ask the server only for the columns they show.");
    switch (m_verb) {
    case Verb::Tickets:
        return tr("Without --all, one page of --page-size tickets (default 25) is listed.\n"
                  "Examples:\n"
                  "  cwdesk-cli tickets --conditions 'board/name=\"Service Desk\" and "
                  "closedFlag=false' --order-by 'id desc'\n"
                  "  cwdesk-cli tickets --all --format json | jq '.[].id'\n"
                  "  cwdesk-cli tickets --fields id,summary,owner/identifier --format csv\n%1",
                  "%1: the paragraph on --format")
            .arg(formats);
    case Verb::Count:
        return tr("Prints the number alone (table), {\"count\": N} (json) or a count column "
                  "(csv).");
    case Verb::Statuses:
        return tr("BOARD is the board's id or name.\n%1", "%1: the paragraph on --format")
            .arg(formats);
    default:
        return tr("Lists every record unless --page-size or --page asks for one page.\n%1",
                  "%1: the paragraph on --format")
            .arg(formats);
    }
}

bool ListCommand::isLarge() const
{
    switch (m_verb) {
    case Verb::Tickets:
    case Verb::Companies:
        return true;
    default:
        return false;
    }
}

QList<QCommandLineOption> ListCommand::options() const
{
    if (m_verb == Verb::Count)
        return {{u"conditions"_s, tr("Only tickets that match EXPR."), u"EXPR"_s}};
    return RecordListing::queryOptions();
}

QList<OutputFormatter::Column> ListCommand::columnsFor(Verb verb)
{
    switch (verb) {
    case Verb::Boards:
        return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Name"), u"name"_s, true},
                {QT_TRANSLATE_NOOP("cw::Column", "Location"), u"location/name"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Department"), u"department/name"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Inactive"), u"inactiveFlag"_s}};
    case Verb::Statuses:
        return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Name"), u"name"_s, true},
                {QT_TRANSLATE_NOOP("cw::Column", "Order"), u"sortOrder"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Closed"), u"closedStatus"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Default"), u"defaultFlag"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Inactive"), u"inactive"_s}};
    case Verb::Priorities:
        return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},           {QT_TRANSLATE_NOOP("cw::Column", "Name"), u"name"_s, true},
                {QT_TRANSLATE_NOOP("cw::Column", "Level"), u"level"_s},     {QT_TRANSLATE_NOOP("cw::Column", "Color"), u"color"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Order"), u"sortOrder"_s}, {QT_TRANSLATE_NOOP("cw::Column", "Default"), u"defaultFlag"_s}};
    case Verb::Members:
        return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Identifier"), u"identifier"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "First name"), u"firstName"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Last name"), u"lastName"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Title"), u"title"_s, true},
                {QT_TRANSLATE_NOOP("cw::Column", "Email"), u"officeEmail"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Inactive"), u"inactiveFlag"_s}};
    case Verb::Companies:
        return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},           {QT_TRANSLATE_NOOP("cw::Column", "Identifier"), u"identifier"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Name"), u"name"_s, true}, {QT_TRANSLATE_NOOP("cw::Column", "Status"), u"status/name"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "City"), u"city"_s},       {QT_TRANSLATE_NOOP("cw::Column", "Phone"), u"phoneNumber"_s}};
    case Verb::Tickets:
        return TicketCommand::listColumns();
    case Verb::Notes:
        return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Created"), u"dateCreated"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "By"), u"createdBy"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Discussion"), u"detailDescriptionFlag"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Internal"), u"internalAnalysisFlag"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Resolution"), u"resolutionFlag"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Text"), u"text"_s, true}};
    case Verb::Tasks:
        return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Done"), u"closedFlag"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Priority"), u"priority"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Member"), u"member/identifier"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Summary"), u"summary"_s},
                {QT_TRANSLATE_NOOP("cw::Column", "Notes"), u"notes"_s, true}};
    case Verb::Configs:
        return {{QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s}, {QT_TRANSLATE_NOOP("cw::Column", "Device"), u"deviceIdentifier"_s, true}};
    case Verb::Count:
        return {{QT_TRANSLATE_NOOP("cw::Column", "count"), u"count"_s}};
    }
    return {};
}

bool ListCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                          CliError *error)
{
    switch (m_verb) {
    case Verb::Statuses:
        if (!expectArguments(arguments, {tr("the board (id or name)")}, error))
            return false;
        m_board = arguments.first();
        break;
    case Verb::Notes:
    case Verb::Tasks:
    case Verb::Configs:
        if (!expectArguments(arguments, {tr("the ticket ID")}, error) ||
            !parseId(arguments.first(), tr("The ticket ID"), &m_ticketId, error))
            return false;
        break;
    default:
        if (!expectArguments(arguments, {}, error))
            return false;
        break;
    }
    if (m_verb == Verb::Count) {
        m_query.conditions = parser.value(u"conditions"_s).trimmed();
        return RecordListing::validate(m_query, error);
    }
    return RecordListing::readQueryOptions(parser, &m_query, &m_all, error);
}

void ListCommand::run()
{
    switch (m_verb) {
    case Verb::Boards:
        list(ApiPaths::boards());
        return;
    case Verb::Statuses: {
        ReferenceResolver::Target board{tr("board"), ApiPaths::boards(), {u"name"_s}, {}, {}};
        m_resolver->resolve(
            board, m_board, [this](int boardId) { list(ApiPaths::statuses(boardId)); },
            [this](const DeskError &error) { context()->failDesk(error); });
        return;
    }
    case Verb::Priorities:
        list(ApiPaths::priorities());
        return;
    case Verb::Members:
        list(ApiPaths::members());
        return;
    case Verb::Companies:
        list(ApiPaths::companies());
        return;
    case Verb::Tickets:
        list(ApiPaths::tickets());
        return;
    case Verb::Notes:
        list(ApiPaths::notes(m_ticketId));
        return;
    case Verb::Tasks:
        list(ApiPaths::tasks(m_ticketId));
        return;
    case Verb::Configs:
        list(ApiPaths::ticketConfigurations(m_ticketId));
        return;
    case Verb::Count:
        count();
        return;
    }
}

void ListCommand::list(const QString &path)
{
    auto *listing = new RecordListing(context(), path, this);
    listing->setQuery(m_query);
    listing->setColumns(columnsFor(m_verb));
    listing->setNoun(wordFor(m_verb));
    // Tickets and companies run into the thousands: one page unless --all. The other lists are
    // short: all of them unless a page was asked for.
    const bool pageAsked = m_query.pageSize > 0 || m_query.page > 1;
    if (m_all)
        listing->setPaging(isLarge() ? RecordListing::Paging::Everything
                                     : RecordListing::Paging::AllPages);
    else if (isLarge() || pageAsked)
        listing->setPaging(RecordListing::Paging::FirstPage);
    else
        listing->setPaging(RecordListing::Paging::AllPages);
    listing->start();
}

void ListCommand::count()
{
    CountJob *job = context()->client()->count(ApiPaths::tickets(), m_query);
    context()->track(job);
    connect(job, &ManageJob::failed, this,
            [this](const ApiError &e) { context()->failApi(e, &m_query); });
    connect(job, &CountJob::counted, this, [this](int n) {
        const QByteArray json = "{\"count\":" + QByteArray::number(n) + '}';
        if (context()->output().format() == OutputFormatter::Format::Table)
            context()->output().writeRaw(QByteArray::number(n));
        else
            context()->output().writeRecord(json, columnsFor(Verb::Count));
        if (context()->checkOutput())
            context()->finish();
    });
}

} // namespace cw
