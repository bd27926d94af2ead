#include "ticketcommand.h"

#include "clicontext.h"
#include "terminal.h"

#include "api/apierror.h"
#include "api/apipaths.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "desk/desk.h"
#include "desk/deskchange.h"
#include "desk/ticketchange.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw {

TicketCommand::TicketCommand(Verb verb, CliContext *context)
    : Command({u"ticket"_s, verb == Verb::Show     ? u"show"_s
                            : verb == Verb::Create ? u"create"_s
                            : verb == Verb::Update ? u"update"_s
                                                   : u"delete"_s},
              context)
    , m_verb(verb)
{
}

QString TicketCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::Show:
        return tr("ID");
    case Verb::Create:
        return tr("--board BOARD --company COMPANY --summary TEXT [FIELD=VALUE…]");
    case Verb::Update:
        return tr("ID FIELD=VALUE…");
    case Verb::Delete:
        return tr("ID [--yes]");
    }
    return {};
}

QString TicketCommand::summary() const
{
    switch (m_verb) {
    case Verb::Show:
        return tr("Show one ticket.");
    case Verb::Create:
        return tr("Create a ticket.");
    case Verb::Update:
        return tr("Change fields of a ticket (only what changed is sent).");
    case Verb::Delete:
        return tr("Delete a ticket.");
    }
    return {};
}

QString TicketCommand::description() const
{
    const QString assignments =
        tr("FIELD=VALUE sets a field. VALUE is JSON when it parses as JSON (42, 2.5, true, false, "
           "null, \"text\"), otherwise text; a field that holds text keeps text (summary=2024 "
           "stays "
           "a string). Nested fields use dots (a.b=1).\n"
           "References take an id or a name and are sent as {\"id\": N}: %1. Examples: "
           "status.name=\"In Progress\", status=\"In Progress\", status.id=12, "
           "owner.identifier=jdoe, "
           "owner.name=\"Aisha Flores\", company.identifier=Acme, contact.name=\"Hannah Perez\", "
           "priority.name=\"Priority 2 - Quick Response\". Statuses, types, subtypes, items and "
           "teams "
           "are looked up on the ticket's board (its new board when board is set too), sites and "
           "contacts in its company. FIELD=null clears a field.\n"
           "Custom fields by caption or id: customField.Region=North, 'customField.Outage ID=4711' "
           "(cf. is short for customField.); the value is converted to the field's type.")
            .arg(TicketChange::referenceFields().join(u", "_s));
    switch (m_verb) {
    case Verb::Show:
        return tr("The table shows the main fields and the custom fields that have a value; "
                  "--format json prints the ticket exactly as the server sent it.");
    case Verb::Create:
        return tr("BOARD is a board's id or name; COMPANY a company's id, identifier or name. "
                  "(--company after `ticket create` is the ticket's company; the connection's "
                  "company goes before `ticket` or in CWDESK_COMPANY.)\n%1\n"
                  "Prints the new ticket (--format json | jq .id gives its id).\n"
                  "Example: cwdesk-cli ticket create --board \"Service Desk\" --company Acme "
                  "--summary \"Printer offline\" status.name=New owner.identifier=jdoe",
                  "%1: the paragraphs on FIELD=VALUE")
            .arg(assignments);
    case Verb::Update:
        return tr("%1\nThe ticket is read first; a PATCH carries only the fields that changed. "
                  "Prints the updated ticket.\n"
                  "Example: cwdesk-cli ticket update 10001 status.name=\"In Progress\" "
                  "owner.identifier=jdoe customField.Region=North",
                  "%1: the paragraphs on FIELD=VALUE")
            .arg(assignments);
    case Verb::Delete:
        return tr("On a terminal it asks first, unless --yes is given; in scripts it does not "
                  "ask.");
    }
    return {};
}

QList<QCommandLineOption> TicketCommand::options() const
{
    switch (m_verb) {
    case Verb::Create:
        return {{u"board"_s, tr("The board: id or name (required)."), u"BOARD"_s},
                {u"company"_s, tr("The company: id, identifier or name (required)."), u"COMPANY"_s},
                {u"summary"_s, tr("The summary (required)."), u"TEXT"_s}};
    case Verb::Delete:
        return {{{u"y"_s, u"yes"_s}, tr("Do not ask for confirmation.")}};
    case Verb::Show:
    case Verb::Update:
        break;
    }
    return {};
}

QList<OutputFormatter::Column> TicketCommand::listColumns()
{
    return {
        {QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Summary"), u"summary"_s, true},
        {QT_TRANSLATE_NOOP("cw::Column", "Status"), u"status/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Board"), u"board/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Company"), u"company/identifier"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Owner"), u"owner/identifier"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Priority"), u"priority/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Updated"), u"_info/lastUpdated"_s},
    };
}

QList<OutputFormatter::Column> TicketCommand::detailColumns(const QByteArray &raw)
{
    QList<OutputFormatter::Column> columns{
        {QT_TRANSLATE_NOOP("cw::Column", "ID"), u"id"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Summary"), u"summary"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Board"), u"board/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Status"), u"status/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Type"), u"type/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Subtype"), u"subType/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Team"), u"team/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Company"), u"company/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Site"), u"site/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Contact"), u"contact/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Owner"), u"owner/identifier"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Priority"), u"priority/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Source"), u"source/name"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Closed"), u"closedFlag"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Entered"), u"_info/dateEntered"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Updated"), u"_info/lastUpdated"_s},
        {QT_TRANSLATE_NOOP("cw::Column", "Updated by"), u"_info/updatedBy"_s},
    };
    const QJsonArray custom =
        QJsonDocument::fromJson(raw).object().value(u"customFields"_s).toArray();
    for (const QJsonValue &field : custom) {
        const QJsonObject object = field.toObject();
        const QString caption = object.value(u"caption"_s).toString();
        if (!caption.isEmpty() && object.contains(u"value"_s) && !object.value(u"value"_s).isNull())
            columns.append({caption, u"customFields/"_s + caption});
    }
    return columns;
}

bool TicketCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                            CliError *error)
{
    QStringList rest = arguments;
    if (m_verb != Verb::Create) {
        if (rest.isEmpty())
            return expectArguments(rest, {tr("the ticket ID")}, error);
        if (!parseId(rest.takeFirst(), tr("The ticket ID"), &m_id, error))
            return false;
    }
    if (m_verb == Verb::Show || m_verb == Verb::Delete) {
        if (!rest.isEmpty())
            return expectArguments(arguments, {tr("the ticket ID")}, error);
        m_yes = m_verb == Verb::Delete && parser.isSet(u"yes"_s);
        return true;
    }
    if (m_verb == Verb::Create) {
        m_board = parser.value(u"board"_s).trimmed();
        m_company = parser.value(u"company"_s).trimmed();
        m_summaryText = parser.value(u"summary"_s).trimmed();
        QStringList missing;
        if (m_board.isEmpty())
            missing << u"--board"_s;
        if (m_company.isEmpty())
            missing << u"--company"_s;
        if (m_summaryText.isEmpty())
            missing << u"--summary"_s;
        if (!missing.isEmpty()) {
            *error = CliError::usage(tr("ticket create needs %1.").arg(missing.join(u", "_s)),
                                     {tr("Usage: cwdesk-cli ticket create %1").arg(synopsis())});
            return false;
        }
    } else if (rest.isEmpty()) {
        *error = CliError::usage(tr("ticket update needs at least one FIELD=VALUE, for example "
                                    "status.name=\"In Progress\"."));
        return false;
    }
    for (const QString &argument : std::as_const(rest)) {
        FieldAssignment assignment;
        QString why;
        if (!FieldAssignment::parse(argument, &assignment, &why)) {
            *error = CliError::usage(why);
            return false;
        }
        if (m_verb == Verb::Create && assignment.isCustomField()) {
            *error = CliError::usage(
                tr("Custom fields are set after the ticket exists: create it, then run `ticket "
                   "update ID %1`.")
                    .arg(argument));
            return false;
        }
        m_assignments.append(assignment);
    }
    return true;
}

void TicketCommand::run()
{
    Desk *desk = context()->desk();
    // Changes go through the outbox (unless --no-outbox), so they wait there when offline.
    if (m_verb != Verb::Show)
        context()->outbox();
    switch (m_verb) {
    case Verb::Show:
        load();
        return;
    case Verb::Create:
        context()->follow(
            desk->createTicket(m_board, m_company, m_summaryText, m_assignments),
            [this](const QByteArray &raw) {
                context()->note(
                    tr("Created ticket #%1.")
                        .arg(QJsonDocument::fromJson(raw).object().value(u"id"_s).toInt()));
                show(raw);
            },
            [this](const QByteArray &raw) { show(raw); });
        return;
    case Verb::Update: {
        const auto print = [this](const QByteArray &raw) {
            show(raw);
        };
        context()->follow(desk->updateTicket(m_id, m_assignments), print, print);
        return;
    }
    case Verb::Delete:
        confirmAndDelete();
        return;
    }
}

void TicketCommand::load()
{
    RecordJob *job = context()->client()->get(ApiPaths::ticket(m_id));
    context()->track(job);
    connect(job, &ManageJob::failed, this, [this](const ApiError &e) { context()->failApi(e); });
    connect(job, &RecordJob::succeeded, this, [this](const QByteArray &raw) { show(raw); });
}

void TicketCommand::remove()
{
    context()->follow(
        context()->desk()->deleteTicket(m_id),
        [this](const QByteArray &) {
            context()->note(tr("Deleted ticket #%1.").arg(m_id));
            context()->finish();
        },
        [this](const QByteArray &) { context()->finish(); });
}

void TicketCommand::confirmAndDelete()
{
    if (m_yes || !Terminal::isTerminal(Terminal::StdIn)) {
        remove();
        return;
    }
    // Ask with the summary in the question, so the user sees what goes.
    RecordJob *job = context()->client()->get(ApiPaths::ticket(m_id), {u"id"_s, u"summary"_s});
    context()->track(job);
    connect(job, &ManageJob::failed, this, [this](const ApiError &e) { context()->failApi(e); });
    connect(job, &RecordJob::succeeded, this, [this](const QByteArray &raw) {
        const QString summary =
            QJsonDocument::fromJson(raw).object().value(u"summary"_s).toString();
        if (!Terminal::confirm(tr("Delete ticket #%1 \"%2\"? [y/N] ").arg(m_id).arg(summary))) {
            context()->fail(CliError::failure(tr("Nothing was deleted.")));
            return;
        }
        remove();
    });
}

void TicketCommand::show(const QByteArray &raw)
{
    context()->output().writeRecord(raw, detailColumns(raw));
    if (context()->checkOutput())
        context()->finish();
}

} // namespace cw
