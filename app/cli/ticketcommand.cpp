#include "ticketcommand.h"

#include "clicontext.h"
#include "queuedchange.h"
#include "terminal.h"

#include "api/apierror.h"
#include "api/apipaths.h"
#include "api/jsonpatch.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

enum class Scope { None, Board, Company };

struct ReferenceField
{
    const char16_t *field; // as ConnectWise spells it
    Scope scope;
};

// The ticket's references that FIELD=VALUE can set by name; they are sent as {"id": N}.
constexpr ReferenceField kReferences[] = {
    {u"board", Scope::None},           {u"status", Scope::Board},  {u"type", Scope::Board},
    {u"subType", Scope::Board},        {u"item", Scope::Board},    {u"team", Scope::Board},
    {u"company", Scope::None},         {u"site", Scope::Company},  {u"contact", Scope::Company},
    {u"owner", Scope::None},           {u"priority", Scope::None}, {u"source", Scope::None},
    {u"serviceLocation", Scope::None}, {u"sla", Scope::None},
};

QString referenceName(const QJsonObject &reference)
{
    const QString name = reference.value(u"name"_s).toString();
    if (!name.isEmpty())
        return u'"' + name + u'"';
    const QString identifier = reference.value(u"identifier"_s).toString();
    if (!identifier.isEmpty())
        return u'"' + identifier + u'"';
    return u'#' + QString::number(reference.value(u"id"_s).toInt());
}

} // namespace

TicketCommand::TicketCommand(Verb verb, CliContext *context)
    : Command({u"ticket"_s, verb == Verb::Show     ? u"show"_s
                            : verb == Verb::Create ? u"create"_s
                            : verb == Verb::Update ? u"update"_s
                                                   : u"delete"_s},
              context)
    , m_verb(verb)
    , m_resolver(new ReferenceResolver(context, this))
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
            .arg(referenceFields().join(u", "_s));
    switch (m_verb) {
    case Verb::Show:
        return tr("The table shows the main fields and the custom fields that have a value; "
                  "--format json prints the ticket exactly as the server sent it.");
    case Verb::Create:
        return tr("BOARD is a board's id or name; COMPANY a company's id, identifier or name. "
                  "(--company after `ticket create` is the ticket's company; the connection's "
                  "company goes before `ticket` or in CWDESK_COMPANY.)\n") +
               assignments +
               tr("\nPrints the new ticket (--format json | jq .id gives its id).\n"
                  "Example: cwdesk-cli ticket create --board \"Service Desk\" --company Acme "
                  "--summary \"Printer offline\" status.name=New owner.identifier=jdoe");
    case Verb::Update:
        return assignments +
               tr("\nThe ticket is read first; a PATCH carries only the fields that changed. "
                  "Prints the updated ticket.\n"
                  "Example: cwdesk-cli ticket update 10001 status.name=\"In Progress\" "
                  "owner.identifier=jdoe customField.Region=North");
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

QStringList TicketCommand::referenceFields()
{
    QStringList fields;
    for (const ReferenceField &reference : kReferences)
        fields.append(QString::fromUtf16(reference.field));
    return fields;
}

bool TicketCommand::referenceTarget(const QString &field, const QString &key,
                                    const QJsonObject &ticket, ReferenceResolver::Target *target,
                                    QString *canonical, CliError *error)
{
    const ReferenceField *found = nullptr;
    for (const ReferenceField &reference : kReferences) {
        if (field.compare(QString::fromUtf16(reference.field), Qt::CaseInsensitive) == 0)
            found = &reference;
    }
    if (!found)
        return false;
    const QString name = QString::fromUtf16(found->field);
    *canonical = name;
    const QJsonObject board = ticket.value(u"board"_s).toObject();
    const QJsonObject company = ticket.value(u"company"_s).toObject();
    const int boardId = board.value(u"id"_s).toInt();
    const int companyId = company.value(u"id"_s).toInt();

    ReferenceResolver::Target result;
    result.what = name;
    QStringList keys{u"name"_s};
    if (name == u"board"_s) {
        result.path = ApiPaths::boards();
    } else if (name == u"status"_s || name == u"type"_s || name == u"subType"_s ||
               name == u"item"_s || name == u"team"_s) {
        if (boardId <= 0) {
            *error = CliError::usage(tr("Set the ticket's board before its %1.").arg(name));
            return false;
        }
        result.path = name == u"status"_s    ? ApiPaths::statuses(boardId)
                      : name == u"type"_s    ? ApiPaths::types(boardId)
                      : name == u"subType"_s ? ApiPaths::subtypes(boardId)
                      : name == u"item"_s    ? ApiPaths::items(boardId)
                                             : ApiPaths::teams(boardId);
        result.where = tr("on board %1").arg(referenceName(board));
    } else if (name == u"company"_s) {
        result.path = ApiPaths::companies();
        keys = {u"identifier"_s, u"name"_s};
    } else if (name == u"site"_s) {
        if (companyId <= 0) {
            *error = CliError::usage(tr("Set the ticket's company before its site."));
            return false;
        }
        result.path = ApiPaths::sites(companyId);
        result.where = tr("at company %1").arg(referenceName(company));
    } else if (name == u"contact"_s) {
        result.path = ApiPaths::contacts();
        keys = {u"fullName"_s};
        if (companyId > 0) {
            result.filter = u"company/id="_s + QString::number(companyId);
            result.where = tr("at company %1").arg(referenceName(company));
        }
    } else if (name == u"owner"_s) {
        result.path = ApiPaths::members();
        result.what = tr("member");
        keys = {u"identifier"_s, u"fullName"_s};
    } else if (name == u"priority"_s) {
        result.path = ApiPaths::priorities();
    } else if (name == u"source"_s) {
        result.path = ApiPaths::sources();
    } else if (name == u"serviceLocation"_s) {
        result.path = ApiPaths::locations();
        result.what = tr("service location");
    } else if (name == u"sla"_s) {
        result.path = ApiPaths::slas();
        result.what = tr("SLA");
    }

    if (!key.isEmpty()) {
        // name means a person's full name for members and contacts.
        const bool person = keys.contains(u"fullName"_s);
        if (key.compare(u"name"_s, Qt::CaseInsensitive) == 0) {
            keys = {person ? u"fullName"_s : u"name"_s};
        } else if (key.compare(u"identifier"_s, Qt::CaseInsensitive) == 0 &&
                   keys.contains(u"identifier"_s)) {
            keys = {u"identifier"_s};
        } else {
            QStringList forms{name + u".id=N"_s};
            for (const QString &k : std::as_const(keys))
                forms.append(name + u'.' + (k == u"fullName"_s ? u"name"_s : k) + u"=TEXT"_s);
            *error = CliError::usage(tr("%1.%2 cannot be set; a %1 is set by id or name: %3.")
                                         .arg(name, key, forms.join(u", "_s)));
            return false;
        }
    }
    result.keys = keys;
    *target = result;
    return true;
}

QList<OutputFormatter::Column> TicketCommand::listColumns()
{
    return {
        {tr("ID"), u"id"_s},
        {tr("Summary"), u"summary"_s, true},
        {tr("Status"), u"status/name"_s},
        {tr("Board"), u"board/name"_s},
        {tr("Company"), u"company/identifier"_s},
        {tr("Owner"), u"owner/identifier"_s},
        {tr("Priority"), u"priority/name"_s},
        {tr("Updated"), u"_info/lastUpdated"_s},
    };
}

QList<OutputFormatter::Column> TicketCommand::detailColumns(const QByteArray &raw)
{
    QList<OutputFormatter::Column> columns{
        {tr("ID"), u"id"_s},
        {tr("Summary"), u"summary"_s},
        {tr("Board"), u"board/name"_s},
        {tr("Status"), u"status/name"_s},
        {tr("Type"), u"type/name"_s},
        {tr("Subtype"), u"subType/name"_s},
        {tr("Team"), u"team/name"_s},
        {tr("Company"), u"company/name"_s},
        {tr("Site"), u"site/name"_s},
        {tr("Contact"), u"contact/name"_s},
        {tr("Owner"), u"owner/identifier"_s},
        {tr("Priority"), u"priority/name"_s},
        {tr("Source"), u"source/name"_s},
        {tr("Closed"), u"closedFlag"_s},
        {tr("Entered"), u"_info/dateEntered"_s},
        {tr("Updated"), u"_info/lastUpdated"_s},
        {tr("Updated by"), u"_info/updatedBy"_s},
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
    // The board and the company scope other references, so they go first.
    std::stable_sort(m_assignments.begin(), m_assignments.end(),
                     [](const FieldAssignment &a, const FieldAssignment &b) {
                         auto rank = [](const FieldAssignment &x) {
                             const QString f = x.field().toLower();
                             return f == u"board"_s ? 0 : f == u"company"_s ? 1 : 2;
                         };
                         return rank(a) < rank(b);
                     });
    return true;
}

void TicketCommand::run()
{
    switch (m_verb) {
    case Verb::Show:
    case Verb::Update:
        load();
        return;
    case Verb::Create:
        resolveCreateReferences();
        return;
    case Verb::Delete:
        confirmAndDelete();
        return;
    }
}

void TicketCommand::load()
{
    RecordJob *job = context()->client()->get(ApiPaths::ticket(m_id));
    context()->track(job);
    connect(job, &ManageJob::failed, this, [this](const ApiError &e) {
        // Offline, an update can still be queued against the cached copy.
        const bool offline = e.kind() == ApiError::Kind::ConnectionRefused ||
                             e.kind() == ApiError::Kind::HostNotFound ||
                             e.kind() == ApiError::Kind::Timeout ||
                             e.kind() == ApiError::Kind::Network;
        Cache *cache =
            m_verb == Verb::Update && offline && context()->outbox() ? context()->cache() : nullptr;
        const QByteArray cached = cache ? cache->rawRecord(RecordKind::Ticket, m_id) : QByteArray();
        if (cached.isEmpty()) {
            context()->failApi(e);
            return;
        }
        context()->note(tr("The server cannot be reached (%1); the change is made to the cached "
                           "copy of ticket #%2.")
                            .arg(e.headline())
                            .arg(m_id));
        m_loaded = QJsonDocument::fromJson(cached).object();
        m_edited = m_loaded;
        m_next = 0;
        applyNext();
    });
    connect(job, &RecordJob::succeeded, this, [this](const QByteArray &raw) {
        if (m_verb == Verb::Show) {
            show(raw);
            return;
        }
        m_loaded = QJsonDocument::fromJson(raw).object();
        m_edited = m_loaded;
        m_next = 0;
        applyNext();
    });
}

void TicketCommand::resolveCreateReferences()
{
    ReferenceResolver::Target board;
    QString field;
    CliError error;
    referenceTarget(u"board"_s, {}, {}, &board, &field, &error);
    m_resolver->resolve(board, m_board, [this](int boardId) {
        QJsonObject boardReference{{u"id"_s, boardId}};
        if (!m_board.front().isDigit())
            boardReference.insert(u"name"_s, m_board); // for messages about statuses and types
        m_edited.insert(u"board"_s, boardReference);
        ReferenceResolver::Target company;
        QString unusedField;
        CliError unused;
        referenceTarget(u"company"_s, {}, {}, &company, &unusedField, &unused);
        m_resolver->resolve(company, m_company, [this](int companyId) {
            QJsonObject companyReference{{u"id"_s, companyId}};
            if (!m_company.front().isDigit())
                companyReference.insert(u"name"_s, m_company);
            m_edited.insert(u"company"_s, companyReference);
            m_edited.insert(u"summary"_s, m_summaryText);
            m_next = 0;
            applyNext();
        });
    });
}

void TicketCommand::applyNext()
{
    if (context()->isFinished())
        return;
    if (m_next >= m_assignments.size()) {
        send();
        return;
    }
    const FieldAssignment assignment = m_assignments.at(m_next++);
    CliError error;
    if (assignment.isCustomField()) {
        if (!applyCustomField(assignment, &error)) {
            context()->fail(error);
            return;
        }
        applyNext();
        return;
    }
    const QStringList path = assignment.path();
    ReferenceResolver::Target target;
    QString field;
    const QString key = path.size() == 2 ? path.at(1) : QString();
    if (path.size() <= 2 && referenceTarget(path.first(), key, m_edited, &target, &field, &error)) {
        const QJsonValue value = assignment.value();
        if (value.isNull()) {
            m_edited.insert(field, QJsonValue::Null);
            applyNext();
            return;
        }
        const bool byId = key.compare(u"id"_s, Qt::CaseInsensitive) == 0;
        const QString text = value.isDouble()   ? QString::number(qint64(value.toDouble()))
                             : value.isString() ? value.toString().trimmed()
                                                : assignment.rawValue().trimmed();
        if (text.isEmpty() || (byId && !value.isDouble())) {
            context()->fail(CliError::usage(
                byId ? tr("%1 needs a number, not \"%2\".").arg(path.join(u'.'), text)
                     : tr("%1 needs a value: an id or a name (or null to clear it).")
                           .arg(path.join(u'.'))));
            return;
        }
        m_resolver->resolve(target, text, [this, field, text](int id) {
            QJsonObject reference{{u"id"_s, id}};
            if (!text.front().isDigit())
                reference.insert(u"name"_s, text); // only for messages; diff() sends the id
            m_edited.insert(field, reference);
            applyNext();
        });
        return;
    }
    if (error.isError()) {
        context()->fail(error);
        return;
    }
    applyPlain(assignment);
    applyNext();
}

void TicketCommand::applyPlain(const FieldAssignment &assignment)
{
    // Keys as the record spells them, so "SUMMARY=x" changes summary rather than adding a key.
    QStringList path = assignment.path();
    QJsonObject level = m_edited;
    for (qsizetype i = 0; i < path.size(); ++i) {
        for (auto it = level.constBegin(); it != level.constEnd(); ++it) {
            if (it.key().compare(path.at(i), Qt::CaseInsensitive) == 0) {
                path[i] = it.key();
                break;
            }
        }
        level = level.value(path.at(i)).toObject();
    }
    const QJsonValue existing = FieldAssignment::valueAt(m_edited, path);
    m_edited = FieldAssignment::withValue(m_edited, path, assignment.valueFor(existing));
}

bool TicketCommand::applyCustomField(const FieldAssignment &assignment, CliError *error)
{
    const QString caption = assignment.path().at(1);
    QJsonArray fields = m_edited.value(u"customFields"_s).toArray();
    bool isId = false;
    const int id = caption.toInt(&isId);
    qsizetype index = -1;
    QStringList known;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonObject field = fields.at(i).toObject();
        known.append(field.value(u"caption"_s).toString());
        if ((isId && field.value(u"id"_s).toInt() == id) ||
            field.value(u"caption"_s).toString().compare(caption, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0) {
        *error = CliError::usage(known.isEmpty()
                                     ? tr("Ticket #%1 has no custom fields.").arg(m_id)
                                     : tr("Ticket #%1 has no custom field \"%2\"; it has: %3.")
                                           .arg(m_id)
                                           .arg(caption, known.join(u", "_s)));
        return false;
    }
    QJsonObject field = fields.at(index).toObject();
    const QString type = field.value(u"type"_s).toString();
    const QString raw = assignment.rawValue().trimmed();
    QJsonValue value = assignment.value();
    if (value.isNull() || raw.isEmpty()) {
        value = QJsonValue::Null;
    } else if (type == u"Number"_s) {
        bool ok = false;
        const double number = raw.toDouble(&ok);
        if (!ok) {
            *error = CliError::usage(
                tr("The custom field \"%1\" takes a number, not \"%2\".").arg(caption, raw));
            return false;
        }
        value = number;
    } else if (type == u"Checkbox"_s) {
        const QString lower = raw.toLower();
        if (lower == u"true"_s || lower == u"yes"_s || lower == u"1"_s)
            value = true;
        else if (lower == u"false"_s || lower == u"no"_s || lower == u"0"_s)
            value = false;
        else {
            *error = CliError::usage(
                tr("The custom field \"%1\" takes true or false, not \"%2\".").arg(caption, raw));
            return false;
        }
    } else {
        value = value.isString() ? value : QJsonValue(raw);
    }
    field.insert(u"value"_s, value);
    fields.replace(index, field);
    m_edited.insert(u"customFields"_s, fields);
    return true;
}

void TicketCommand::send()
{
    RecordJob *job = nullptr;
    if (m_verb == Verb::Create) {
        // The display names were only kept for messages.
        QJsonObject record = m_edited;
        for (const ReferenceField &reference : kReferences) {
            const QString field = QString::fromUtf16(reference.field);
            const QJsonObject ref = record.value(field).toObject();
            if (ref.contains(u"id"_s))
                record.insert(field, QJsonObject{{u"id"_s, ref.value(u"id"_s)}});
        }
        if (Outbox *outbox = context()->outbox()) {
            QString error;
            const qint64 seq = outbox->queueCreate(RecordKind::Ticket, 0, record, &error);
            if (!seq) {
                context()->fail(CliError::failure(error));
                return;
            }
            QueuedChange::push(
                context(), seq,
                [this](const QByteArray &raw) {
                    context()->note(
                        tr("Created ticket #%1.")
                            .arg(QJsonDocument::fromJson(raw).object().value(u"id"_s).toInt()));
                    show(raw);
                },
                [this](const QByteArray &raw) { show(raw); });
            return;
        }
        job = context()->client()->create(ApiPaths::tickets(), record);
    } else {
        Outbox *outbox = context()->outbox();
        if (outbox && !JsonPatch::diff(m_loaded, m_edited).isEmpty()) {
            QString error;
            const qint64 seq =
                outbox->queueEdit(RecordKind::Ticket, m_id, 0, m_loaded, m_edited, &error);
            if (!seq) {
                context()->fail(CliError::failure(error));
                return;
            }
            auto print = [this](const QByteArray &raw) {
                show(raw);
            };
            QueuedChange::push(context(), seq, print, print);
            return;
        }
        job = context()->client()->update(ApiPaths::ticket(m_id), m_loaded, m_edited);
    }
    context()->track(job);
    connect(job, &ManageJob::failed, this, [this](const ApiError &e) { context()->failApi(e); });
    connect(job, &RecordJob::succeeded, this, [this](const QByteArray &raw) {
        if (m_verb == Verb::Create)
            context()->note(tr("Created ticket #%1.")
                                .arg(QJsonDocument::fromJson(raw).object().value(u"id"_s).toInt()));
        show(raw);
    });
}

void TicketCommand::confirmAndDelete()
{
    auto remove = [this] {
        if (Outbox *outbox = context()->outbox()) {
            QString error;
            const qint64 seq = outbox->queueDelete(RecordKind::Ticket, m_id, 0, {}, &error);
            if (!seq) {
                context()->fail(CliError::failure(error));
                return;
            }
            QueuedChange::push(
                context(), seq,
                [this](const QByteArray &) {
                    context()->note(tr("Deleted ticket #%1.").arg(m_id));
                    context()->finish();
                },
                [this](const QByteArray &) { context()->finish(); });
            return;
        }
        RecordJob *job = context()->client()->remove(ApiPaths::ticket(m_id));
        context()->track(job);
        connect(job, &ManageJob::failed, this,
                [this](const ApiError &e) { context()->failApi(e); });
        connect(job, &RecordJob::succeeded, this, [this] {
            context()->note(tr("Deleted ticket #%1.").arg(m_id));
            context()->finish();
        });
    };
    if (m_yes || !Terminal::isTerminal(Terminal::StdIn)) {
        remove();
        return;
    }
    // Ask with the summary in the question, so the user sees what goes.
    RecordJob *job = context()->client()->get(ApiPaths::ticket(m_id), {u"id"_s, u"summary"_s});
    context()->track(job);
    connect(job, &ManageJob::failed, this, [this](const ApiError &e) { context()->failApi(e); });
    connect(job, &RecordJob::succeeded, this, [this, remove](const QByteArray &raw) {
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
