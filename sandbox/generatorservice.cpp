// DataGenerator, part 2: the service setup — priorities, SLAs, sources, service locations, and the
// boards with their statuses, types, subtypes and teams.
#include "generatorcontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

#include <vector>

namespace cw::sandbox::gen {

namespace {

using vocab::IssueKind;

struct StatusSpec
{
    const char *name;
    const char *escalation;
    int weight; // among the open, or among the closed statuses
    bool closed;
    const char *portal;
};

constexpr StatusSpec kStandardStatuses[] = {
    {"New", "NotResponded", 25, false, "We have received your request and will respond shortly."},
    {"Assigned", "Responded", 20, false, "A technician has been assigned to your request."},
    {"In Progress", "ResolutionPlan", 25, false, "We are working on your request."},
    {"Waiting on Client", "NoEscalation", 15, false, "We are waiting for a reply from you."},
    {"Scheduled", "ResolutionPlan", 10, false, "Work on your request has been scheduled."},
    {"Waiting on Vendor", "NoEscalation", 5, false, "We are waiting on a third party."},
    {"Resolved", "Resolved", 30, true, "Your request has been resolved."},
    {"Closed", "Resolved", 70, true, "Your request is closed."},
};
constexpr StatusSpec kProjectStatuses[] = {
    {"New", "NotResponded", 20, false, "We have received your request."},
    {"Scheduled", "Responded", 30, false, "The work has been scheduled."},
    {"In Progress", "ResolutionPlan", 35, false, "The work is in progress."},
    {"Waiting on Client", "NoEscalation", 15, false, "We are waiting for information from you."},
    {"Completed", "Resolved", 40, true, "The work is complete."},
    {"Closed", "Resolved", 60, true, "This request is closed."},
};
constexpr StatusSpec kAlertStatuses[] = {
    {"New", "NotResponded", 40, false, "Alert received."},
    {"Acknowledged", "Responded", 25, false, "Alert acknowledged by the NOC."},
    {"Investigating", "ResolutionPlan", 25, false, "The NOC is investigating."},
    {"Waiting on Vendor", "NoEscalation", 10, false, "Waiting on a vendor."},
    {"Resolved", "Resolved", 40, true, "The alert condition is resolved."},
    {"Closed - Auto", "Resolved", 60, true, "The alert cleared and was closed automatically."},
};
constexpr StatusSpec kFieldStatuses[] = {
    {"New", "NotResponded", 20, false, "We have received your request."},
    {"Dispatched", "Responded", 25, false, "A technician has been dispatched."},
    {"Scheduled", "ResolutionPlan", 25, false, "An on-site visit has been scheduled."},
    {"On Site", "ResolutionPlan", 15, false, "A technician is on site."},
    {"Waiting on Parts", "NoEscalation", 15, false, "We are waiting for parts."},
    {"Completed", "Resolved", 35, true, "The on-site work is complete."},
    {"Closed", "Resolved", 65, true, "This request is closed."},
};

struct TypeSpec
{
    const char *name;
    const char *category; // Reactive | Proactive
    IssueKind kind;
    bool rfc;
};

constexpr TypeSpec kServiceDeskTypes[] = {
    {"Incident", "Reactive", IssueKind::Incident, false},
    {"Service Request", "Reactive", IssueKind::Request, false},
    {"Problem", "Reactive", IssueKind::Incident, false},
    {"Change Request", "Proactive", IssueKind::Change, true},
    {"Maintenance", "Proactive", IssueKind::Change, false},
};
constexpr TypeSpec kNetworkTypes[] = {
    {"Incident", "Reactive", IssueKind::Incident, false},
    {"Change Request", "Proactive", IssueKind::Change, true},
    {"Maintenance", "Proactive", IssueKind::Change, false},
    {"Service Request", "Reactive", IssueKind::Request, false},
};
constexpr TypeSpec kProjectTypes[] = {
    {"Service Request", "Reactive", IssueKind::Request, false},
    {"Project", "Proactive", IssueKind::Project, false},
    {"Change Request", "Proactive", IssueKind::Change, true},
};
constexpr TypeSpec kAlertTypes[] = {
    {"Alert", "Reactive", IssueKind::Alert, false},
    {"Incident", "Reactive", IssueKind::Incident, false},
    {"Maintenance", "Proactive", IssueKind::Change, false},
};
constexpr TypeSpec kEscalationTypes[] = {
    {"Incident", "Reactive", IssueKind::Incident, false},
    {"Problem", "Reactive", IssueKind::Incident, false},
    {"Major Incident", "Reactive", IssueKind::Incident, false},
};
constexpr TypeSpec kFieldTypes[] = {
    {"Service Request", "Reactive", IssueKind::Request, false},
    {"Incident", "Reactive", IssueKind::Incident, false},
    {"Installation", "Proactive", IssueKind::Project, false},
};

struct Weighted
{
    const char *name;
    int weight;
};

constexpr Weighted kServiceDeskCats[] = {
    {"Email / Microsoft 365", 20},
    {"Workstation", 16},
    {"Printing & Scanning", 10},
    {"Accounts & Access", 16},
    {"Software & Applications", 12},
    {"Phones & VoIP", 6},
    {"Security", 6},
    {"Hardware Request", 6},
    {"File Shares & OneDrive", 8},
};
constexpr Weighted kNetworkCats[] = {
    {"Internet / WAN", 35}, {"Firewall & VPN", 35}, {"Wireless & Switching", 30}};
constexpr Weighted kProjectCats[] = {
    {"New User Onboarding", 40}, {"User Offboarding", 20}, {"Migration & Upgrade", 40}};
constexpr Weighted kAlertCats[] = {{"Disk Space", 25},
                                   {"Device Offline", 20},
                                   {"Backup", 25},
                                   {"Performance", 15},
                                   {"Endpoint Security & Patching", 15}};
constexpr Weighted kEscalationCats[] = {
    {"Major Outage", 50}, {"Security", 25}, {"Email / Microsoft 365", 10}, {"Firewall & VPN", 15}};
constexpr Weighted kFieldCats[] = {{"On-site Repair", 45},
                                   {"Cabling & Wiring", 30},
                                   {"Printing & Scanning", 15},
                                   {"Hardware Request", 10}};

struct TeamSpec
{
    const char *name;  // <= 30 characters
    const char *teams; // comma-separated member team keys
};

constexpr TeamSpec kServiceDeskTeams[] = {{"Tier 1 Service Desk", "tier1"},
                                          {"Tier 2 Service Desk", "tier2"}};
constexpr TeamSpec kNetworkTeams[] = {{"Network Engineering", "network"}};
constexpr TeamSpec kProjectTeams[] = {{"Project Engineers", "projects,tier3"}};
constexpr TeamSpec kAlertTeams[] = {{"NOC Analysts", "noc"},
                                    {"After-Hours On-Call", "tier2,network"}};
constexpr TeamSpec kEscalationTeams[] = {{"Tier 3 Engineering", "tier3,tier2"}};
constexpr TeamSpec kFieldTeams[] = {{"Field Technicians", "field"}};

struct BoardSpec
{
    const char *name;
    BoardKind kind;
    int weight;     // share of the tickets
    int department; // index into kDepartments
    int location;   // system location id
    std::span<const StatusSpec> statuses;
    std::span<const TypeSpec> types;
    std::span<const Weighted> categories;
    std::span<const TeamSpec> teams;
};

constexpr BoardSpec kBoards[] = {
    {"Service Desk", ServiceDesk, 44, 0, 1, kStandardStatuses, kServiceDeskTypes, kServiceDeskCats,
     kServiceDeskTeams},
    {"Network Operations", NetworkOps, 10, 1, 1, kStandardStatuses, kNetworkTypes, kNetworkCats,
     kNetworkTeams},
    {"Projects & Onboarding", Projects, 7, 2, 1, kProjectStatuses, kProjectTypes, kProjectCats,
     kProjectTeams},
    {"Alerts / Monitoring", Alerts, 22, 1, 1, kAlertStatuses, kAlertTypes, kAlertCats, kAlertTeams},
    {"Escalations", Escalations, 5, 0, 1, kStandardStatuses, kEscalationTypes, kEscalationCats,
     kEscalationTeams},
    {"Field Services", FieldServices, 12, 0, 2, kFieldStatuses, kFieldTypes, kFieldCats,
     kFieldTeams},
};

struct Department
{
    int id;
    const char *identifier;
    const char *name;
};
constexpr Department kDepartments[] = {{10, "Services", "Managed Services"},
                                       {11, "NOC", "Network Operations"},
                                       {12, "Projects", "Professional Services"}};

const vocab::IssueCategory *findCategory(const char *name)
{
    for (auto list : {vocab::serviceDeskCategories(), vocab::operationsCategories()}) {
        for (const auto &cat : list) {
            if (qstrcmp(cat.subType, name) == 0)
                return &cat;
        }
    }
    Q_ASSERT_X(false, "findCategory", name);
    return &vocab::serviceDeskCategories().front();
}

QJsonObject memberRef(const Context &c, const char *team)
{
    return c.members[size_t(c.memberIndex(text(team)))].ref;
}

// What tickets on a board of this kind are about (the board's items).
std::vector<const char *> boardItems(BoardKind kind)
{
    switch (kind) {
    case ServiceDesk:
        return {"Workstation", "Laptop", "Email", "Printer", "User account", "Software", "Phone"};
    case NetworkOps:
        return {"Firewall", "Switch", "Wireless", "VPN", "Internet circuit"};
    case Projects:
        return {"Onboarding", "Migration", "Hardware refresh", "Office move"};
    case Alerts:
        return {"Server", "Backup", "Security", "Patching", "Storage"};
    case Escalations:
        return {"Server", "Network", "Security incident", "Vendor case"};
    case FieldServices:
        return {"On-site visit", "Cabling", "Hardware install", "Pickup"};
    }
    return {};
}

} // namespace

void generateCatalogues(Context &c)
{
    const QString by = c.setupBy();
    qint64 when = c.setupStart() + 2 * kDay;

    struct PrioritySpec
    {
        const char *name, *color, *level;
    };
    static constexpr PrioritySpec kPriorities[] = {
        {"Priority 1 - Emergency Response", "Red", "Level 1"},
        {"Priority 2 - Quick Response", "Orange", "Level 2"},
        {"Priority 3 - Normal Response", "Yellow", "Level 3"},
        {"Priority 4 - Schedule Maintenance", "Green", "Level 4"},
        {"Priority 5 - Next Time", "Blue", "Level 5"},
        {"Do Not Respond", "Gray", "Not Applicable"},
    };
    for (int i = 0; i < int(std::size(kPriorities)); ++i) {
        const int id = c.store.nextId(Kind::Priority);
        const QString level = text(kPriorities[i].level);
        QJsonObject p{
            {u"id"_s, id},
            {u"name"_s, text(kPriorities[i].name)},
            {u"color"_s, text(kPriorities[i].color)},
            {u"sortOrder"_s, i + 1},
            {u"defaultFlag"_s, i == 2},
            {u"level"_s, level},
            {u"urgencySortOrder"_s, QString::number(i + 1)},
            {u"imageLink"_s, QString(c.baseUrl + u"/service/priorities/"_s + QString::number(id) +
                                     u"/image?lm="_s + isoUtc(when))},
            {u"_info"_s, Context::info(when, by, when, by)},
        };
        c.store.insert(Kind::Priority, p);
        // As the store builds it, so that a no-op write of a ticket changes nothing.
        c.priorities.push_back(c.store.reference(Kind::Priority, id));
        when += 5 * kMinute;
    }

    struct SlaSpec
    {
        const char *name, *basedOn;
        double respond, plan, resolve;
        int percent, shift;
    };
    static constexpr SlaSpec kSlas[] = {
        {"Standard SLA", "Customer", 2, 8, 24, 75, 0},
        {"Premium 24x7", "AllHours", 1, 4, 8, 90, -1},
        {"Basic Business Hours", "Customer", 8, 24, 72, 75, 1},
    };
    static constexpr const char *kMatrix[3][3] = {
        {"hiImpactHiUrgency", "hiImpactMedUrgency", "hiImpactLowUrgency"},
        {"medImpactHiUrgency", "medImpactMedUrgency", "medImpactLowUrgency"},
        {"lowImpactHiUrgency", "lowImpactMedUrgency", "lowImpactLowUrgency"},
    };
    for (int i = 0; i < int(std::size(kSlas)); ++i) {
        const SlaSpec &s = kSlas[i];
        SlaInfo sla;
        QJsonObject o{
            {u"name"_s, text(s.name)},
            {u"basedOn"_s, text(s.basedOn)},
            {u"defaultFlag"_s, i == 0},
            {u"applicationOrder"_s, i + 1},
            {u"respondHours"_s, s.respond},
            {u"respondPercent"_s, s.percent},
            {u"planWithin"_s, s.plan},
            {u"planWithinPercent"_s, s.percent},
            {u"resolutionHours"_s, s.resolve},
            {u"resolutionPercent"_s, s.percent},
            {u"_info"_s, Context::info(when, by, when, by)},
        };
        for (int impact = 0; impact < 3; ++impact) {
            for (int urgency = 0; urgency < 3; ++urgency) {
                const int p = std::clamp(impact + urgency + s.shift, 0, 4);
                sla.priority[size_t(impact)][size_t(urgency)] = p;
                o.insert(QLatin1StringView(kMatrix[impact][urgency]), c.priorities[size_t(p)]);
            }
        }
        const int id = c.store.insert(Kind::Sla, o);
        sla.ref = c.store.reference(Kind::Sla, id);
        c.slas.push_back(sla);
        when += 5 * kMinute;
    }

    static constexpr const char *kSources[] = {"Phone",   "Email", "Portal",
                                               "Walk-in", "Chat",  "Monitoring"};
    for (const char *name : kSources) {
        const int id =
            c.store.insert(Kind::Source, {{u"name"_s, text(name)},
                                          {u"defaultFlag"_s, qstrcmp(name, "Email") == 0},
                                          {u"enteredBy"_s, by},
                                          {u"dateEntered"_s, isoUtc(when)},
                                          {u"_info"_s, Context::info(when, by, when, by)}});
        c.sources.push_back(c.store.reference(Kind::Source, id));
        when += kMinute;
    }

    static constexpr std::pair<const char *, const char *> kLocations[] = {
        {"On-Site", "OnSite"}, {"Remote", "Remote"}, {"In-house", "InHouse"}};
    for (const auto &[name, where] : kLocations) {
        const int id =
            c.store.insert(Kind::Location, {{u"name"_s, text(name)},
                                            {u"where"_s, text(where)},
                                            {u"defaultFlag"_s, qstrcmp(where, "Remote") == 0},
                                            {u"_info"_s, Context::info(when, by, when, by)}});
        c.locations.push_back(c.store.reference(Kind::Location, id));
        when += kMinute;
    }
}

void generateBoards(Context &c)
{
    const QString by = c.setupBy();
    qint64 when = c.setupStart() + 3 * kDay;
    std::vector<int> boardWeights;
    for (const BoardSpec &spec : kBoards) {
        const Department &dept = kDepartments[spec.department];
        BoardInfo b;
        b.name = text(spec.name);
        b.kind = spec.kind;
        b.location = {{u"id"_s, spec.location},
                      {u"name"_s, spec.location == 1 ? u"Tampa Office"_s : u"Field Operations"_s},
                      {u"_info"_s, QJsonObject{{u"location_href"_s,
                                                QString(c.baseUrl + u"/system/locations/"_s +
                                                        QString::number(spec.location))}}}};
        b.department = {{u"id"_s, dept.id},
                        {u"identifier"_s, text(dept.identifier)},
                        {u"name"_s, text(dept.name)},
                        {u"_info"_s, QJsonObject{{u"department_href"_s,
                                                  QString(c.baseUrl + u"/system/departments/"_s +
                                                          QString::number(dept.id))}}}};
        const bool alerts = spec.kind == Alerts;
        const int workRole = spec.kind == FieldServices ? 3 : alerts ? 2 : 1;
        QJsonObject board{
            {u"name"_s, b.name},
            {u"location"_s, b.location},
            {u"department"_s, b.department},
            {u"inactiveFlag"_s, false},
            {u"sendToContactFlag"_s, !alerts},
            {u"sendToResourceFlag"_s, true},
            {u"projectFlag"_s, false},
            {u"showDependenciesFlag"_s, spec.kind == Projects},
            {u"showEstimatesFlag"_s, spec.kind == Projects},
            {u"billTicketsAfterClosedFlag"_s, false},
            {u"billTicketSeparatelyFlag"_s, false},
            {u"billUnapprovedTimeExpenseFlag"_s, false},
            {u"overrideBillingSetupFlag"_s, false},
            {u"dispatchMember"_s, memberRef(c, "dispatch")},
            {u"serviceManagerMember"_s, memberRef(c, "management")},
            {u"dutyManagerMember"_s, memberRef(c, "tier3")},
            {u"oncallMember"_s, memberRef(c, alerts ? "noc" : "tier2")},
            {u"workRole"_s,
             QJsonObject{{u"id"_s, workRole},
                         {u"name"_s, workRole == 3   ? u"Field Technician"_s
                                     : workRole == 2 ? u"NOC Analyst"_s
                                                     : u"Systems Engineer"_s},
                         {u"_info"_s, QJsonObject{{u"workRole_href"_s,
                                                   QString(c.baseUrl + u"/time/workRoles/"_s +
                                                           QString::number(workRole))}}}}},
            {u"workType"_s,
             QJsonObject{{u"id"_s, 1},
                         {u"name"_s, u"Remote Support"_s},
                         {u"utilizationFlag"_s, true},
                         {u"_info"_s, QJsonObject{{u"workType_href"_s,
                                                   QString(c.baseUrl + u"/time/workTypes/1"_s)}}}}},
            {u"billTime"_s, u"Billable"_s},
            {u"billExpense"_s, u"Billable"_s},
            {u"billProduct"_s, u"Billable"_s},
            {u"autoAssignNewTicketsFlag"_s, false},
            {u"autoAssignNewECTicketsFlag"_s, false},
            {u"autoAssignNewPortalTicketsFlag"_s, false},
            {u"discussionsLockedFlag"_s, false},
            {u"timeEntryLockedFlag"_s, false},
            {u"notifyEmailFrom"_s, alerts ? u"noc@clearwatertg.com"_s : u"help@clearwatertg.com"_s},
            {u"notifyEmailFromName"_s, QString(u"Clearwater "_s + b.name)},
            {u"closedLoopDiscussionsFlag"_s, false},
            {u"closedLoopResolutionFlag"_s, false},
            {u"closedLoopInternalAnalysisFlag"_s, false},
            {u"closedLoopAllFlag"_s, false},
            {u"timeEntryDiscussionFlag"_s, true},
            {u"timeEntryResolutionFlag"_s, true},
            {u"timeEntryInternalAnalysisFlag"_s, true},
            {u"problemSort"_s, u"Ascending"_s},
            {u"resolutionSort"_s, u"Ascending"_s},
            {u"internalAnalysisSort"_s, u"Descending"_s},
            {u"allSort"_s, u"Descending"_s},
            {u"emailConnectorAllowReopenClosedFlag"_s, !alerts},
            {u"emailConnectorReopenResourcesFlag"_s, true},
            {u"emailConnectorNewTicketNoMatchFlag"_s, true},
            {u"emailConnectorNeverReopenByDaysFlag"_s, true},
            {u"emailConnectorReopenDaysLimit"_s, 14},
            {u"emailConnectorNeverReopenByDaysClosedFlag"_s, false},
            {u"emailConnectorReopenDaysClosedLimit"_s, 0},
            {u"useMemberDisplayNameFlag"_s, false},
            {u"sendToCCFlag"_s, true},
            {u"autoAssignTicketOwnerFlag"_s, false},
            {u"autoAssignLimitFlag"_s, false},
            {u"autoAssignLimitAmount"_s, 0},
            {u"percentageCalculation"_s, u"ActualHours"_s},
            {u"markFirstNoteIssueFlag"_s, false},
            {u"restrictBoardByDefaultFlag"_s, false},
            {u"sendToBundledFlag"_s, false},
            {u"_info"_s, Context::info(when, by, when, by)},
        };
        b.id = c.store.insert(Kind::Board, board);
        b.ref = c.store.reference(Kind::Board, b.id);

        std::vector<int> openWeights, closedWeights;
        for (size_t i = 0; i < spec.statuses.size(); ++i) {
            const StatusSpec &s = spec.statuses[i];
            const int id = c.store.insert(
                Kind::Status,
                {{u"name"_s, text(s.name)},
                 {u"board"_s, b.ref},
                 {u"sortOrder"_s, int(i) + 1},
                 {u"displayOnBoard"_s, !s.closed},
                 {u"inactive"_s, false},
                 {u"closedStatus"_s, s.closed},
                 {u"timeEntryNotAllowed"_s, s.closed && i + 1 == spec.statuses.size()},
                 {u"roundRobinCatchall"_s, false},
                 {u"defaultFlag"_s, i == 0},
                 {u"escalationStatus"_s, text(s.escalation)},
                 {u"customerPortalDescription"_s, text(s.portal)},
                 {u"customerPortalFlag"_s, true},
                 {u"saveTimeAsNote"_s, false},
                 {u"_info"_s, Context::info(when, by, when, by)}},
                b.id);
            (s.closed ? b.closedStatuses : b.openStatuses).push_back(int(i));
            (s.closed ? closedWeights : openWeights).push_back(s.weight);
            b.statuses.push_back({c.store.reference(Kind::Status, id), s.closed, i == 0});
        }
        b.openCumulative = cumulative(openWeights);
        b.closedCumulative = cumulative(closedWeights);
        // The board's own status references, now that its statuses exist.
        board.insert("id"_L1, b.id);
        board.insert("autoCloseStatus"_L1, b.statuses.back().ref);
        board.insert("emailConnectorReopenStatus"_L1, b.statuses.front().ref);
        c.store.update(Kind::Board, b.id, board);

        std::vector<IssueKind> typeKinds;
        for (size_t i = 0; i < spec.types.size(); ++i) {
            const TypeSpec &t = spec.types[i];
            const int id = c.store.insert(Kind::Type,
                                          {{u"name"_s, text(t.name)},
                                           {u"category"_s, text(t.category)},
                                           {u"defaultFlag"_s, i == 0},
                                           {u"inactiveFlag"_s, false},
                                           {u"requestForChangeFlag"_s, t.rfc},
                                           {u"board"_s, b.ref},
                                           {u"location"_s, b.location},
                                           {u"department"_s, b.department},
                                           {u"_info"_s, Context::info(when, by, when, by)}},
                                          b.id);
            b.types.push_back(c.store.reference(Kind::Type, id));
            typeKinds.push_back(t.kind);
        }

        std::vector<int> categoryWeights;
        for (const Weighted &w : spec.categories) {
            CategoryOnBoard cat;
            cat.category = findCategory(w.name);
            QJsonArray typeIds;
            for (size_t i = 0; i < typeKinds.size(); ++i) {
                if (typeKinds[i] == cat.category->kind) {
                    cat.types.push_back(int(i));
                    typeIds.append(b.types[i].value("id"_L1));
                }
            }
            if (cat.types.empty()) {
                cat.types.push_back(0);
                typeIds.append(b.types.front().value("id"_L1));
            }
            const int id = c.store.insert(Kind::SubType,
                                          {{u"name"_s, text(cat.category->subType)},
                                           {u"inactiveFlag"_s, false},
                                           {u"typeAssociationIds"_s, typeIds},
                                           {u"addAllTypesFlag"_s, false},
                                           {u"removeAllTypesFlag"_s, false},
                                           {u"board"_s, b.ref},
                                           {u"_info"_s, Context::info(when, by, when, by)}},
                                          b.id);
            cat.subTypeRef = c.store.reference(Kind::SubType, id);
            cat.summaries = parseTemplates(cat.category->summaries);
            cat.descriptions = parseTemplates(cat.category->descriptions);
            cat.analysis = parseTemplates(cat.category->analysis);
            cat.resolutions = parseTemplates(cat.category->resolutions);
            auto tasks = cat.category->tasks.empty() ? vocab::genericTasks() : cat.category->tasks;
            for (const auto &task : tasks) {
                cat.taskSummaries.push_back(parseTemplate(task.summary));
                cat.taskNotes.push_back(parseTemplate(task.notes));
            }
            b.categories.push_back(std::move(cat));
            categoryWeights.push_back(w.weight);
        }
        b.categoryCumulative = cumulative(categoryWeights);

        std::vector<int> teamWeights;
        for (size_t i = 0; i < spec.teams.size(); ++i) {
            TeamInfo team;
            QJsonArray ids;
            const QStringList keys = text(spec.teams[i].teams).split(u',');
            for (const QString &key : keys) {
                for (size_t m = 0; m < c.members.size(); ++m) {
                    if (c.members[m].team == key) {
                        team.members.push_back(int(m));
                        ids.append(c.members[m].id);
                    }
                }
            }
            const int id =
                c.store.insert(Kind::Team,
                               {{u"name"_s, text(spec.teams[i].name)},
                                {u"teamLeader"_s, c.members[size_t(team.members.front())].ref},
                                {u"members"_s, ids},
                                {u"defaultFlag"_s, i == 0},
                                {u"notifyOnTicketDelete"_s, false},
                                {u"defaultRoundRobinFlag"_s, false},
                                {u"roundRobinFlag"_s, false},
                                {u"boardId"_s, b.id},
                                {u"locationId"_s, spec.location},
                                {u"businessUnitId"_s, dept.id},
                                {u"_info"_s, Context::info(when, by, when, by)}},
                               b.id);
            team.ref = c.store.reference(Kind::Team, id);
            b.teams.push_back(std::move(team));
            teamWeights.push_back(i == 0 ? 3 : 1);
        }
        b.teamCumulative = cumulative(teamWeights);

        // Items: the board's own short list of what a ticket is about (no randomness, so the
        // rest of the generated data does not move).
        for (const char *item : boardItems(BoardKind(b.kind))) {
            c.store.insert(Kind::Item,
                           {{u"name"_s, QString::fromLatin1(item)},
                            {u"inactiveFlag"_s, false},
                            {u"board"_s, b.ref},
                            {u"_info"_s, Context::info(when, by, when, by)}},
                           b.id);
        }

        boardWeights.push_back(spec.weight);
        c.boards.push_back(std::move(b));
        when += kHour;
    }
    c.boardCumulative = cumulative(boardWeights);
}

} // namespace cw::sandbox::gen
