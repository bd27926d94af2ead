#include "recordtable.h"

#include "api/board.h"
#include "api/boarditem.h"
#include "api/boardstatus.h"
#include "api/boardsubtype.h"
#include "api/boardteam.h"
#include "api/boardtype.h"
#include "api/company.h"
#include "api/configuration.h"
#include "api/contact.h"
#include "api/jsonrecords.h"
#include "api/knowledgebasearticle.h"
#include "api/member.h"
#include "api/note.h"
#include "api/priority.h"
#include "api/recorddata.h"
#include "api/recordschema.h"
#include "api/servicelocation.h"
#include "api/site.h"
#include "api/sla.h"
#include "api/source.h"
#include "api/task.h"
#include "api/ticketconfiguration.h"

#include "query/sqlfunctions.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// The storage conventions of schema v1 (see migration.cpp) for values read through the typed
// records, which read null as 0 or "": those are stored as NULL.
QVariant idValue(int id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant textValue(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The companion `<name>_ci` column: what SqlCompiler compares =, in, like and ranges against
// (simple case folding, trailing spaces dropped), so those need no function call and can use an
// index.
QVariant ciValue(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(query::SqlFunctions::foldedKey(text));
}

QVariant msValue(qint64 ms)
{
    return ms != 0 ? QVariant(ms) : QVariant();
}

QVariant flagValue(bool flag)
{
    return QVariant(int(flag));
}

// Adds text and its _ci companion.
void addText(Statement::Run &run, const QString &text)
{
    run.add(textValue(text)).add(ciValue(text));
}

template<class T> T read(const QByteArray &raw, QString *error)
{
    QString parseError;
    T record = T::fromJson(raw, &parseError);
    if (record.isNull()) {
        if (error)
            *error = parseError;
    } else if (record.id() == 0 && error) { // negative: a local record the outbox created
        *error = QCoreApplication::translate("cw::Cache", "The record has no id.");
    }
    return record;
}

int parentOr(int parentId, int ownValue)
{
    return parentId != 0 ? parentId : ownValue; // negative: a ticket the outbox created
}

// What the tickets table holds, read in one pass with the client's JSON reader. Not the Ticket
// type: its fields read null, missing and 0 alike, while each column must be the image of the
// JSON value that conditions see (SqlCompiler's contract): NULL exactly when the value is null
// or missing, "" and 0 as themselves. The sentinels below survive the read only when the reader
// found no value of the field's type (missing, null, or another type, which the server's schema
// does not produce).
struct TicketRow : RecordData
{
    static const QString &absentText()
    {
        static const QString sentinel = QStringLiteral("absent");
        return sentinel;
    }
    static constexpr int AbsentInt = std::numeric_limits<int>::min();
    static constexpr qint64 AbsentMs = std::numeric_limits<qint64>::min();

    TicketRow()
    {
        lastUpdatedMs = AbsentMs;
        dateEnteredMs = AbsentMs;
    }

    QString summary = absentText();
    QString recordType = absentText();
    QString contactName = absentText();
    QString severity = absentText();
    QString impact = absentText();
    QString resources = absentText();
    QString slaStatus = absentText();
    QString initialDescription = absentText();
    QString initialResolution = absentText();
    Reference board;
    Reference status;
    Reference company;
    Reference site;
    Reference contact;
    Reference type;
    Reference subType;
    Reference item;
    Reference team;
    Reference owner;
    Reference priority;
    Reference serviceLocation;
    Reference source;
    Reference sla;
    bool closedFlag = false; // no sentinel for a bool: a missing flag reads false
    qint64 closedDateMs = AbsentMs;
    qint64 requiredDateMs = AbsentMs;
    double budgetHours = std::numeric_limits<double>::quiet_NaN();
    int parentTicketId = AbsentInt;
};

const RecordSchema &ticketRowSchema()
{
    using S = RecordSchema;
    using R = TicketRow;
    static const RecordSchema schema{
        S::field("summary", &R::summary),
        S::field("recordType", &R::recordType),
        S::field("contactName", &R::contactName),
        S::field("severity", &R::severity),
        S::field("impact", &R::impact),
        S::field("resources", &R::resources),
        S::field("slaStatus", &R::slaStatus),
        // Write-only: present only on a ticket created here and not yet read back.
        S::field("initialDescription", &R::initialDescription),
        S::field("initialResolution", &R::initialResolution),
        S::field("board", &R::board),
        S::field("status", &R::status),
        S::field("company", &R::company),
        S::field("site", &R::site),
        S::field("contact", &R::contact),
        S::field("type", &R::type),
        S::field("subType", &R::subType),
        S::field("item", &R::item),
        S::field("team", &R::team),
        S::field("owner", &R::owner),
        S::field("priority", &R::priority),
        S::field("serviceLocation", &R::serviceLocation),
        S::field("source", &R::source),
        S::field("sla", &R::sla),
        S::field("closedFlag", &R::closedFlag),
        S::dateField("closedDate", &R::closedDateMs),
        S::dateField("requiredDate", &R::requiredDateMs),
        S::field("budgetHours", &R::budgetHours),
        S::field("parentTicketId", &R::parentTicketId),
    };
    return schema;
}

bool isAbsent(const QString &text)
{
    // Identity, not equality: a ticket may well say "absent".
    return text.constData() == TicketRow::absentText().constData();
}

// A top-level string and its folded companion.
void addField(Statement::Run &run, const QString &text)
{
    if (isAbsent(text)) {
        run.add(QVariant()).add(QVariant());
        return;
    }
    // Qt binds a null QString as NULL, and "" may arrive as one: the JSON said "".
    const auto present = [](const QString &value) {
        return value.isNull() ? u""_s : value;
    };
    run.add(present(text)).add(present(query::SqlFunctions::foldedKey(text)));
}

void addField(Statement::Run &run, qint64 ms)
{
    run.add(ms == TicketRow::AbsentMs ? QVariant() : QVariant(ms));
}

int bindTicket(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    TicketRow t;
    if (!JsonRecords::readRecord(raw, ticketRowSchema(), &t, error))
        return 0;
    if (t.id == 0) { // negative: a ticket the outbox created
        if (error)
            *error = QCoreApplication::translate("cw::Cache", "The record has no id.");
        return 0;
    }
    // Inside a reference, an id of 0 or an empty name means the member was missing: ConnectWise
    // ids start at 1 and its names are never empty, and the reader cannot tell the two apart.
    run.add(t.id);
    run.add(idValue(t.board.id));
    run.add(idValue(t.status.id));
    addText(run, t.status.name);
    run.add(idValue(t.company.id));
    addText(run, t.company.name);
    addText(run, t.company.identifier);
    run.add(idValue(t.contact.id));
    addField(run, t.contactName);
    run.add(idValue(t.owner.id));
    addText(run, t.owner.identifier);
    addText(run, t.owner.name);
    run.add(idValue(t.priority.id));
    addText(run, t.priority.name);
    run.add(idValue(t.priority.id)); // priority_sort: looked up in priorities
    addField(run, t.summary);
    run.add(flagValue(t.closedFlag));
    addField(run, t.closedDateMs);
    addField(run, t.lastUpdatedMs);
    addField(run, t.dateEnteredMs);
    addField(run, t.requiredDateMs);
    run.add(std::isnan(t.budgetHours) ? QVariant() : QVariant(t.budgetHours));
    addField(run, t.severity);
    addField(run, t.impact);
    run.add(idValue(t.team.id));
    run.add(idValue(t.type.id));
    run.add(idValue(t.subType.id));
    run.add(idValue(t.item.id));
    run.add(idValue(t.source.id));
    run.add(idValue(t.serviceLocation.id));
    run.add(idValue(t.site.id));
    run.add(idValue(t.sla.id));
    addField(run, t.slaStatus);
    addField(run, t.recordType);
    run.add(t.parentTicketId == TicketRow::AbsentInt ? QVariant() : QVariant(t.parentTicketId));
    addField(run, t.resources);
    run.add(isAbsent(t.initialDescription) ? QVariant() : QVariant(t.initialDescription));
    run.add(isAbsent(t.initialResolution) ? QVariant() : QVariant(t.initialResolution));
    return t.id;
}

int bindNote(const QByteArray &raw, int parentId, Statement::Run &run, QString *error)
{
    const Note n = read<Note>(raw, error);
    if (n.id() == 0)
        return 0;
    const int ticketId = parentOr(parentId, n.ticketId());
    if (ticketId == 0) {
        if (error)
            *error = QCoreApplication::translate("cw::Cache", "The note has no ticket id.");
        return 0;
    }
    const int flags = (n.detailDescriptionFlag() ? 0x01 : 0) |
                      (n.internalAnalysisFlag() ? 0x02 : 0) | (n.resolutionFlag() ? 0x04 : 0) |
                      (n.issueFlag() ? 0x08 : 0) | (n.internalFlag() ? 0x10 : 0) |
                      (n.externalFlag() ? 0x20 : 0) | (n.customerUpdatedFlag() ? 0x40 : 0);
    run.add(n.id()).add(ticketId).add(flags);
    run.add(msValue(n.dateCreatedMs())).add(textValue(n.createdBy())).add(textValue(n.text()));
    run.add(msValue(n.lastUpdatedMs()));
    return n.id();
}

int bindTask(const QByteArray &raw, int parentId, Statement::Run &run, QString *error)
{
    const Task t = read<Task>(raw, error);
    if (t.id() == 0)
        return 0;
    const int ticketId = parentOr(parentId, t.ticketId());
    if (ticketId == 0) {
        if (error)
            *error = QCoreApplication::translate("cw::Cache", "The task has no ticket id.");
        return 0;
    }
    run.add(t.id()).add(ticketId).add(flagValue(t.closedFlag())).add(t.priority());
    run.add(textValue(t.summary())).add(msValue(t.lastUpdatedMs()));
    return t.id();
}

int bindTicketConfiguration(const QByteArray &raw, int parentId, Statement::Run &run,
                            QString *error)
{
    const TicketConfiguration c = read<TicketConfiguration>(raw, error);
    if (c.id() == 0)
        return 0;
    if (parentId == 0) {
        if (error)
            *error = QCoreApplication::translate(
                "cw::Cache", "A configuration link needs the id of its ticket.");
        return 0;
    }
    run.add(c.id()).add(parentId).add(textValue(c.deviceIdentifier()));
    run.add(msValue(c.lastUpdatedMs()));
    return c.id();
}

int bindBoard(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    const Board b = read<Board>(raw, error);
    if (b.id() <= 0)
        return 0;
    run.add(b.id());
    addText(run, b.name());
    run.add(flagValue(b.inactiveFlag())).add(flagValue(b.projectFlag()));
    run.add(idValue(b.location().id)).add(idValue(b.department().id));
    run.add(msValue(b.lastUpdatedMs()));
    return b.id();
}

// A board's child without its board (neither in the batch nor in the record) cannot be listed.
bool checkBoard(int boardId, QString *error)
{
    if (boardId > 0)
        return true;
    if (error)
        *error = QCoreApplication::translate("cw::Cache", "The record has no board id.");
    return false;
}

int bindBoardStatus(const QByteArray &raw, int parentId, Statement::Run &run, QString *error)
{
    const BoardStatus s = read<BoardStatus>(raw, error);
    const int boardId = parentOr(parentId, s.board().id);
    if (s.id() <= 0 || !checkBoard(boardId, error))
        return 0;
    run.add(s.id()).add(boardId);
    addText(run, s.name());
    run.add(s.sortOrder()).add(flagValue(s.defaultFlag())).add(flagValue(s.closedStatus()));
    run.add(flagValue(s.inactive())).add(flagValue(s.displayOnBoard()));
    run.add(msValue(s.lastUpdatedMs()));
    return s.id();
}

int bindBoardType(const QByteArray &raw, int parentId, Statement::Run &run, QString *error)
{
    const BoardType t = read<BoardType>(raw, error);
    const int boardId = parentOr(parentId, t.board().id);
    if (t.id() <= 0 || !checkBoard(boardId, error))
        return 0;
    run.add(t.id()).add(boardId);
    addText(run, t.name());
    run.add(flagValue(t.defaultFlag())).add(flagValue(t.inactiveFlag()));
    run.add(msValue(t.lastUpdatedMs()));
    return t.id();
}

int bindBoardSubType(const QByteArray &raw, int parentId, Statement::Run &run, QString *error)
{
    const BoardSubType t = read<BoardSubType>(raw, error);
    const int boardId = parentOr(parentId, t.board().id);
    if (t.id() <= 0 || !checkBoard(boardId, error))
        return 0;
    run.add(t.id()).add(boardId);
    addText(run, t.name());
    run.add(flagValue(t.inactiveFlag())).add(msValue(t.lastUpdatedMs()));
    return t.id();
}

int bindBoardItem(const QByteArray &raw, int parentId, Statement::Run &run, QString *error)
{
    const BoardItem i = read<BoardItem>(raw, error);
    const int boardId = parentOr(parentId, i.board().id);
    if (i.id() <= 0 || !checkBoard(boardId, error))
        return 0;
    run.add(i.id()).add(boardId);
    addText(run, i.name());
    run.add(flagValue(i.inactiveFlag())).add(msValue(i.lastUpdatedMs()));
    return i.id();
}

int bindBoardTeam(const QByteArray &raw, int parentId, Statement::Run &run, QString *error)
{
    const BoardTeam t = read<BoardTeam>(raw, error);
    const int boardId = parentOr(parentId, t.boardId());
    if (t.id() <= 0 || !checkBoard(boardId, error))
        return 0;
    run.add(t.id()).add(boardId);
    addText(run, t.name());
    run.add(flagValue(t.defaultFlag())).add(msValue(t.lastUpdatedMs()));
    return t.id();
}

int bindPriority(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    const Priority p = read<Priority>(raw, error);
    if (p.id() <= 0)
        return 0;
    run.add(p.id());
    addText(run, p.name());
    run.add(p.sortOrder()).add(flagValue(p.defaultFlag()));
    run.add(textValue(p.color())).add(textValue(p.level())).add(msValue(p.lastUpdatedMs()));
    return p.id();
}

// Sla, Source and ServiceLocation share the name + default flag shape.
template<class T>
int bindNamedDefault(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    const T r = read<T>(raw, error);
    if (r.id() <= 0)
        return 0;
    run.add(r.id());
    addText(run, r.name());
    run.add(flagValue(r.defaultFlag())).add(msValue(r.lastUpdatedMs()));
    return r.id();
}

int bindMember(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    const Member m = read<Member>(raw, error);
    if (m.id() <= 0)
        return 0;
    run.add(m.id());
    addText(run, m.identifier());
    addText(run, m.fullName());
    run.add(flagValue(m.inactiveFlag())).add(msValue(m.lastUpdatedMs()));
    return m.id();
}

int bindCompany(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    const Company c = read<Company>(raw, error);
    if (c.id() <= 0)
        return 0;
    run.add(c.id());
    addText(run, c.identifier());
    addText(run, c.name());
    run.add(msValue(c.lastUpdatedMs()));
    return c.id();
}

int bindContact(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    const Contact c = read<Contact>(raw, error);
    if (c.id() <= 0)
        return 0;
    run.add(c.id()).add(idValue(c.company().id));
    addText(run, c.fullName());
    run.add(flagValue(c.inactiveFlag())).add(msValue(c.lastUpdatedMs()));
    return c.id();
}

int bindSite(const QByteArray &raw, int parentId, Statement::Run &run, QString *error)
{
    const Site s = read<Site>(raw, error);
    if (s.id() <= 0)
        return 0;
    run.add(s.id()).add(idValue(parentOr(parentId, s.company().id)));
    addText(run, s.name());
    run.add(flagValue(s.inactiveFlag())).add(msValue(s.lastUpdatedMs()));
    return s.id();
}

int bindConfiguration(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    const Configuration c = read<Configuration>(raw, error);
    if (c.id() <= 0)
        return 0;
    run.add(c.id()).add(idValue(c.company().id));
    addText(run, c.name());
    run.add(textValue(c.deviceIdentifier())).add(idValue(c.type().id)).add(idValue(c.status().id));
    run.add(flagValue(c.activeFlag())).add(msValue(c.lastUpdatedMs()));
    return c.id();
}

int bindKbArticle(const QByteArray &raw, int, Statement::Run &run, QString *error)
{
    const KnowledgeBaseArticle a = read<KnowledgeBaseArticle>(raw, error);
    if (a.id() <= 0)
        return 0;
    run.add(a.id()).add(idValue(a.board().id));
    addText(run, a.title());
    run.add(textValue(a.issue())).add(textValue(a.resolution()));
    run.add(idValue(a.categoryId())).add(idValue(a.subCategoryId()));
    run.add(msValue(a.dateCreatedMs())).add(msValue(a.lastUpdatedMs()));
    return a.id();
}

QList<RecordTable::Column> columns(std::initializer_list<const char16_t *> names)
{
    QList<RecordTable::Column> list;
    for (const char16_t *name : names)
        list.append({QString::fromUtf16(name)});
    return list;
}

QList<RecordTable::Column> ticketColumns()
{
    QList<RecordTable::Column> list = columns({
        u"id",
        u"board_id",
        u"status_id",
        u"status_name",
        u"status_name_ci",
        u"company_id",
        u"company_name",
        u"company_name_ci",
        u"company_identifier",
        u"company_identifier_ci",
        u"contact_id",
        u"contact_name",
        u"contact_name_ci",
        u"owner_id",
        u"owner_identifier",
        u"owner_identifier_ci",
        u"owner_name",
        u"owner_name_ci",
        u"priority_id",
        u"priority_name",
        u"priority_name_ci",
        u"priority_sort",
        u"summary",
        u"summary_ci",
        u"closed_flag",
        u"closed_date_ms",
        u"last_updated_ms",
        u"date_entered_ms",
        u"required_date_ms",
        u"budget_hours",
        u"severity",
        u"severity_ci",
        u"impact",
        u"impact_ci",
        u"team_id",
        u"type_id",
        u"subtype_id",
        u"item_id",
        u"source_id",
        u"location_id",
        u"site_id",
        u"sla_id",
        u"sla_status",
        u"sla_status_ci",
        u"record_type",
        u"record_type_ci",
        u"parent_ticket_id",
        u"resources",
        u"resources_ci",
        u"initial_description",
        u"initial_resolution",
    });
    // The ticket's priority reference carries no sort order the typed Ticket keeps; the
    // priorities table has it, and upserting priorities refreshes the tickets' copy.
    for (RecordTable::Column &column : list) {
        if (column.name == u"priority_sort")
            column.value = u"(SELECT sort_order FROM priorities WHERE id = %1)"_s;
    }
    return list;
}

std::array<RecordTable, RecordKindCount> makeTables()
{
    using K = RecordKind;
    const QString id = u"id"_s;
    const QString byName = u"name_ci, id"_s;
    // Same order as RecordKind.
    return {{
        {K::Ticket, u"tickets"_s, id, {}, u"id"_s, ticketColumns(), bindTicket},
        {K::Note, u"notes"_s, id, u"ticket_id"_s, u"date_created_ms, id"_s,
         columns({u"id", u"ticket_id", u"flags", u"date_created_ms", u"created_by", u"text",
                  u"last_updated_ms"}),
         bindNote},
        {K::Task, u"tasks"_s, id, u"ticket_id"_s, u"priority, id"_s,
         columns(
             {u"id", u"ticket_id", u"closed_flag", u"priority", u"summary", u"last_updated_ms"}),
         bindTask},
        {K::TicketConfiguration, u"ticket_configurations"_s, u"configuration_id"_s, u"ticket_id"_s,
         u"device_identifier, configuration_id"_s,
         columns({u"configuration_id", u"ticket_id", u"device_identifier", u"last_updated_ms"}),
         bindTicketConfiguration},
        {K::Board,
         u"boards"_s,
         id,
         {},
         byName,
         columns({u"id", u"name", u"name_ci", u"inactive_flag", u"project_flag", u"location_id",
                  u"department_id", u"last_updated_ms"}),
         bindBoard},
        {K::BoardStatus, u"board_statuses"_s, id, u"board_id"_s, u"sort_order, id"_s,
         columns({u"id", u"board_id", u"name", u"name_ci", u"sort_order", u"default_flag",
                  u"closed_flag", u"inactive_flag", u"display_on_board", u"last_updated_ms"}),
         bindBoardStatus},
        {K::BoardType, u"board_types"_s, id, u"board_id"_s, byName,
         columns({u"id", u"board_id", u"name", u"name_ci", u"default_flag", u"inactive_flag",
                  u"last_updated_ms"}),
         bindBoardType},
        {K::BoardSubType, u"board_subtypes"_s, id, u"board_id"_s, byName,
         columns({u"id", u"board_id", u"name", u"name_ci", u"inactive_flag", u"last_updated_ms"}),
         bindBoardSubType},
        {K::BoardItem, u"board_items"_s, id, u"board_id"_s, byName,
         columns({u"id", u"board_id", u"name", u"name_ci", u"inactive_flag", u"last_updated_ms"}),
         bindBoardItem},
        {K::BoardTeam, u"board_teams"_s, id, u"board_id"_s, byName,
         columns({u"id", u"board_id", u"name", u"name_ci", u"default_flag", u"last_updated_ms"}),
         bindBoardTeam},
        {K::Priority,
         u"priorities"_s,
         id,
         {},
         u"sort_order, id"_s,
         columns({u"id", u"name", u"name_ci", u"sort_order", u"default_flag", u"color", u"level",
                  u"last_updated_ms"}),
         bindPriority},
        {K::Sla,
         u"slas"_s,
         id,
         {},
         byName,
         columns({u"id", u"name", u"name_ci", u"default_flag", u"last_updated_ms"}),
         bindNamedDefault<Sla>},
        {K::Source,
         u"sources"_s,
         id,
         {},
         byName,
         columns({u"id", u"name", u"name_ci", u"default_flag", u"last_updated_ms"}),
         bindNamedDefault<Source>},
        {K::Location,
         u"locations"_s,
         id,
         {},
         byName,
         columns({u"id", u"name", u"name_ci", u"default_flag", u"last_updated_ms"}),
         bindNamedDefault<ServiceLocation>},
        {K::Member,
         u"members"_s,
         id,
         {},
         byName,
         columns({u"id", u"identifier", u"identifier_ci", u"name", u"name_ci", u"inactive_flag",
                  u"last_updated_ms"}),
         bindMember},
        {K::Company,
         u"companies"_s,
         id,
         {},
         byName,
         columns({u"id", u"identifier", u"identifier_ci", u"name", u"name_ci", u"last_updated_ms"}),
         bindCompany},
        {K::Contact,
         u"contacts"_s,
         id,
         {},
         byName,
         columns({u"id", u"company_id", u"name", u"name_ci", u"inactive_flag", u"last_updated_ms"}),
         bindContact},
        {K::Site,
         u"sites"_s,
         id,
         {},
         byName,
         columns({u"id", u"company_id", u"name", u"name_ci", u"inactive_flag", u"last_updated_ms"}),
         bindSite},
        {K::Configuration,
         u"configurations"_s,
         id,
         {},
         byName,
         columns({u"id", u"company_id", u"name", u"name_ci", u"device_identifier", u"type_id",
                  u"status_id", u"active_flag", u"last_updated_ms"}),
         bindConfiguration},
        {K::KbArticle,
         u"kb_articles"_s,
         id,
         {},
         u"title_ci, id"_s,
         columns({u"id", u"board_id", u"title", u"title_ci", u"issue", u"resolution",
                  u"category_id", u"sub_category_id", u"date_created_ms", u"last_updated_ms"}),
         bindKbArticle},
    }};
}

} // namespace

const RecordTable &RecordTable::of(RecordKind kind)
{
    static const std::array<RecordTable, RecordKindCount> tables = makeTables();
    const RecordTable &table = tables[size_t(kind)];
    Q_ASSERT(table.kind == kind);
    return table;
}

QString RecordTable::keySql() const
{
    return parentColumn.isEmpty() || idColumn == u"id" ? idColumn
                                                       : parentColumn + u", "_s + idColumn;
}

QString RecordTable::upsertSql() const
{
    QStringList names;
    QStringList values;
    QStringList updates;
    const QString key = keySql();
    for (const Column &column : columns) {
        names.append(column.name);
        values.append(column.value.arg(Statement::placeholderName(int(values.size()))));
        if (column.name != idColumn && !(column.name == parentColumn && key != idColumn))
            updates.append(column.name + u" = excluded."_s + column.name);
    }
    names.append({u"fetched_at_ms"_s, u"json"_s});
    // The bytes are bound as a BLOB (no UTF-16 round trip) and stored as TEXT, so json_extract
    // and the SQL compiler's JSON paths work on them; CAST keeps them byte for byte.
    values.append(Statement::placeholderName(int(values.size())));
    values.append(u"CAST(%1 AS TEXT)"_s.arg(Statement::placeholderName(int(values.size()))));
    updates.append({u"fetched_at_ms = excluded.fetched_at_ms"_s, u"json = excluded.json"_s});
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5 "
           "WHERE %1.json IS NOT excluded.json"_s.arg(
               table, names.join(u", "_s), values.join(u", "_s), key, updates.join(u", "_s));
}

} // namespace cw
