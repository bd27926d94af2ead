// DataGenerator, part 3: the tickets with their notes, tasks and configuration links. This is the
// hot path (100,000 tickets and their children in seconds): every reference is prebuilt, strings
// are shared, and texts come from pre-parsed templates.
#include "generatorcontext.h"
#include "slaclock.h"
#include "ticketsla.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cw::sandbox::gen {

namespace {

constexpr qint64 kWeeks = 78;
constexpr qint64 kBusinessDay = 10 * kHour;

// Business hours (13:00-23:00 UTC, Monday to Friday) from a Sunday about 78 weeks before the
// anchor up to the anchor itself, which may fall on any day and hour: tickets keep arriving on
// weekdays until "now".
class BusinessCalendar
{
public:
    explicit BusinessCalendar(qint64 anchor)
    {
        constexpr qint64 kSunday = 3 * kDay; // 1970-01-04
        const qint64 first = anchor - kWeeks * 7 * kDay;
        m_start = first - ((first - kSunday) % (7 * kDay) + 7 * kDay) % (7 * kDay);
        m_span = toBusiness(anchor);
    }
    qint64 span() const { return m_span; } // business seconds up to the anchor
    qint64 toWall(qint64 b) const
    {
        const qint64 week = b / (5 * kBusinessDay);
        const qint64 rem = b % (5 * kBusinessDay);
        return m_start + week * 7 * kDay + (1 + rem / kBusinessDay) * kDay + 13 * kHour +
               rem % kBusinessDay;
    }

private:
    qint64 toBusiness(qint64 wall) const
    {
        const qint64 days = (wall - m_start) / kDay;
        const qint64 dayOfWeek = days % 7; // 0: Sunday
        qint64 b = days / 7 * 5 * kBusinessDay;
        if (dayOfWeek >= 1 && dayOfWeek <= 5)
            b += (dayOfWeek - 1) * kBusinessDay +
                 std::clamp<qint64>((wall - m_start) % kDay - 13 * kHour, 0, kBusinessDay);
        else if (dayOfWeek == 6)
            b += 5 * kBusinessDay;
        return b;
    }

    qint64 m_start = 0; // a Sunday, 00:00 UTC
    qint64 m_span = 0;
};

enum SourceIndex { Phone, Email, Portal, WalkIn, Chat, Monitoring };

class TicketWriter
{
public:
    explicit TicketWriter(Context &c);
    void write(int index, int count);

private:
    struct Ticket; // the per-ticket choices shared by the record and its children
    SlaClock::State slaHistory(const Ticket &t, const StatusInfo &status,
                               const SlaClock::Targets &targets);
    int pickDevice(const CompanyInfo &co, DeviceType type);
    void notes(const Ticket &t);
    void tasks(const Ticket &t);
    void links(const Ticket &t);
    QJsonArray customFields(const CompanyInfo &co, const BoardInfo &b);

    Context &m_c;
    Rng m_rng;
    Rng m_slaRng; // its own stream: the SLA history does not shift the other choices
    BusinessCalendar m_calendar;
    std::vector<SlaClock::Targets> m_slaTargets; // by index into Context::slas
    std::vector<Template> m_discussion, m_internal, m_resolutions, m_taskSummaries, m_taskNotes;
    std::vector<QString> m_apps, m_isps, m_mailboxes, m_taskResolutions;
    std::vector<int> m_closedNoteCumulative, m_sourceCumulative, m_impactCumulative,
        m_taskCountCumulative;
    std::array<QJsonObject, 4> m_fieldDefs;    // Region, Outage ID, Renewal Date, VIP
    std::array<QJsonObject, 4> m_regionValues; // by CompanyInfo::region
    std::vector<QJsonObject> m_renewalValues;
    std::array<QJsonObject, 2> m_vipValues;
    std::array<QString, 3> m_levels{u"High"_s, u"Medium"_s, u"Low"_s};
    QString m_serviceTicket = u"ServiceTicket"_s, m_billable = u"Billable"_s;
    QString m_emailConnector = u"EmailConnector"_s, m_portal = u"Portal"_s, m_rmm = u"RMM"_s;
    // Records start as a copy of a prototype holding every key they always have: replacing a
    // value is much cheaper than inserting a key into a QJsonObject.
    QJsonObject m_ticketProto, m_noteProto, m_taskProto;
    std::vector<const MemberInfo *> m_dispatchers; // take phone, walk-in and chat requests
};

QJsonObject prototype(std::initializer_list<const char *> keys)
{
    QJsonObject o;
    for (const char *key : keys)
        o.insert(QLatin1StringView(key), false);
    return o;
}

struct TicketWriter::Ticket
{
    int id = 0;
    qint64 entered = 0, responded = 0, closedAt = 0, updated = 0;
    bool closed = false;
    int source = 0;
    const BoardInfo *board = nullptr;
    const CategoryOnBoard *category = nullptr;
    const CompanyInfo *company = nullptr;
    const ContactInfo *contact = nullptr;
    const TeamInfo *team = nullptr;
    const MemberInfo *owner = nullptr;  // null: unassigned
    const MemberInfo *worker = nullptr; // who writes notes: the owner, else a team member
    const MemberInfo *taker = nullptr;  // who took a phone, walk-in or chat request
    QString enteredBy;
    SlotValues values;
    std::vector<int> devices; // indices into company->devices named by the summary
};

TicketWriter::TicketWriter(Context &c)
    : m_c(c)
    , m_rng(c.seed, 3)
    , m_slaRng(c.seed, 5)
    , m_calendar(c.anchor)
{
    for (const SlaInfo &sla : c.slas) {
        const Record *r = c.store.find(Kind::Sla, sla.ref.value("id"_L1).toInt());
        m_slaTargets.push_back(r ? SlaClock::targets(r->object()) : SlaClock::Targets{});
    }
    m_discussion = parseTemplates(vocab::genericDiscussion());
    m_internal = parseTemplates(vocab::genericInternal());
    m_resolutions = parseTemplates(vocab::genericResolutions());
    for (const auto &task : vocab::genericTasks()) {
        m_taskSummaries.push_back(parseTemplate(task.summary));
        m_taskNotes.push_back(parseTemplate(task.notes));
    }
    for (const char *w : vocab::applications())
        m_apps.push_back(text(w));
    for (const char *w : vocab::isps())
        m_isps.push_back(text(w));
    for (const char *w : vocab::mailboxes())
        m_mailboxes.push_back(text(w));
    m_taskResolutions = {u"Done."_s, u"Completed and verified."_s,
                         u"Completed; details in the ticket notes."_s,
                         u"Done, confirmed with the contact."_s};
    m_sourceCumulative = cumulative({30, 45, 12, 3, 10});
    m_impactCumulative = cumulative({20, 55, 25});
    m_taskCountCumulative = cumulative({45, 25, 15, 10, 5});
    for (const MemberInfo &m : c.members) {
        if (m.team == "dispatch"_L1)
            m_dispatchers.push_back(&m);
    }
    if (m_dispatchers.empty())
        m_dispatchers.push_back(&c.members.front());
    m_closedNoteCumulative = cumulative({30, 35, 25, 10}); // 2..5 notes
    m_ticketProto = prototype({"_info",
                               "actualHours",
                               "addressLine1",
                               "allowAllClientsPortalView",
                               "approved",
                               "automaticEmailCcFlag",
                               "automaticEmailContactFlag",
                               "automaticEmailResourceFlag",
                               "billExpenses",
                               "billProducts",
                               "billTime",
                               "board",
                               "budgetHours",
                               "city",
                               "closedFlag",
                               "company",
                               "contact",
                               "contactEmailAddress",
                               "contactName",
                               "contactPhoneNumber",
                               "country",
                               "customFields",
                               "customerUpdatedFlag",
                               "department",
                               "id",
                               "impact",
                               "isInSla",
                               "location",
                               "priority",
                               "recordType",
                               "requiredDate",
                               "serviceLocation",
                               "severity",
                               "site",
                               "siteName",
                               "sla",
                               "source",
                               "stateIdentifier",
                               "status",
                               "subType",
                               "summary",
                               "team",
                               "type",
                               "zip"});
    m_noteProto = prototype({"_info", "createdBy", "id", "customerUpdatedFlag", "dateCreated",
                             "detailDescriptionFlag", "externalFlag", "internalAnalysisFlag",
                             "internalFlag", "issueFlag", "resolutionFlag", "text", "ticketId"});
    m_taskProto = prototype(
        {"_info", "closedFlag", "id", "member", "notes", "priority", "summary", "ticketId"});

    auto def = [](int id, const QString &caption, const QString &type, const QString &entry) {
        return QJsonObject{{u"id"_s, id},
                           {u"caption"_s, caption},
                           {u"type"_s, type},
                           {u"entryMethod"_s, entry},
                           {u"numberOfDecimals"_s, 0}};
    };
    m_fieldDefs = {def(1, u"Region"_s, u"Text"_s, u"List"_s),
                   def(2, u"Outage ID"_s, u"Number"_s, u"EntryField"_s),
                   def(3, u"Renewal Date"_s, u"Date"_s, u"Date"_s),
                   def(4, u"VIP"_s, u"Checkbox"_s, u"EntryField"_s)};
    for (size_t i = 0; i < m_regionValues.size(); ++i) {
        m_regionValues[i] = m_fieldDefs[0];
        m_regionValues[i].insert("value"_L1, text(kRegions[i]));
    }
    // Renewal dates: first of each month 2025-07 .. 2027-06 (forward-looking values may pass the
    // anchor).
    for (int m = 0; m < 24; ++m) {
        const int year = 2025 + (m + 6) / 12;
        const int month = (m + 6) % 12 + 1;
        QJsonObject o = m_fieldDefs[2];
        o.insert("value"_L1, QString(QString::number(year) + (month < 10 ? u"-0"_s : u"-"_s) +
                                     QString::number(month) + u"-01T00:00:00Z"_s));
        m_renewalValues.push_back(o);
    }
    for (size_t i = 0; i < 2; ++i) {
        m_vipValues[i] = m_fieldDefs[3];
        m_vipValues[i].insert("value"_L1, i == 1);
    }
}

// The SLA dates a ticket's history records, replayed through the same rules the server applies to
// a status change: responded, then (for tickets past it) a resolution plan, a wait, the close.
SlaClock::State TicketWriter::slaHistory(const Ticket &t, const StatusInfo &status,
                                         const SlaClock::Targets &targets)
{
    using E = SlaClock::Escalation;
    Rng &rng = m_slaRng;
    const Record *record = m_c.store.find(Kind::Status, status.ref.value("id"_L1).toInt());
    const E escalation =
        record
            ? SlaClock::escalationFromName(record->object().value("escalationStatus"_L1).toString())
            : E::NotResponded;
    SlaClock::State s;
    s.entered = t.entered;
    if (t.responded == 0)
        return s;
    s = SlaClock::transition(s, E::NotResponded, false, E::Responded, false, t.responded);
    const qint64 end = t.closed ? t.closedAt : t.updated;
    const bool waiting = !t.closed && escalation == E::NoEscalation;
    if (t.closed || escalation == E::ResolutionPlan || (waiting && rng.percent(60))) {
        // Mostly within the plan target; one in twenty a little after it.
        const qint64 planBy =
            targets.planHours > 0 ? t.entered + qint64(targets.planHours * kHour) : end;
        const qint64 latest = std::min(end, rng.percent(95) ? planBy : planBy + 2 * kHour);
        const qint64 at = t.responded + rng.span(std::max<qint64>(1, latest - t.responded));
        s = SlaClock::transition(s, E::Responded, false, E::ResolutionPlan, false,
                                 std::max(t.responded, at));
    }
    const E reached = s.resplan != 0 ? E::ResolutionPlan : E::Responded;
    if (waiting) {
        const qint64 from = std::max(s.responded, s.resplan);
        s = SlaClock::transition(s, reached, false, E::NoEscalation, false,
                                 from + rng.span(std::max<qint64>(1, end - from)));
    }
    if (t.closed)
        s = SlaClock::transition(s, reached, false, E::Resolved, true, t.closedAt);
    return s;
}

int TicketWriter::pickDevice(const CompanyInfo &co, DeviceType type)
{
    const auto &list = co.devicesByType[size_t(type)];
    return list.empty() ? -1 : list[size_t(m_rng.below(int(list.size())))];
}

QJsonArray TicketWriter::customFields(const CompanyInfo &co, const BoardInfo &b)
{
    QJsonArray fields;
    fields.append(m_rng.percent(75) ? m_regionValues[size_t(co.region)] : m_fieldDefs[0]);
    const bool outages = b.kind == NetworkOps || b.kind == Alerts || b.kind == Escalations;
    if (outages && m_rng.percent(40)) {
        QJsonObject o = m_fieldDefs[1];
        o.insert("value"_L1, m_rng.range(1000, 99999));
        fields.append(o);
    } else {
        fields.append(m_fieldDefs[1]);
    }
    fields.append(m_rng.percent(15)
                      ? m_renewalValues[size_t(m_rng.below(int(m_renewalValues.size())))]
                      : m_fieldDefs[2]);
    fields.append(m_rng.percent(70) ? m_vipValues[co.vip ? 1 : 0] : m_fieldDefs[3]);
    return fields;
}

void TicketWriter::write(int index, int count)
{
    Rng &rng = m_rng;
    Ticket t;
    t.id = 10001 + index;

    // Entry times grow denser towards the anchor (a growing customer base); ids follow time.
    const qint64 businessSpan = m_calendar.span();
    auto business = [count, businessSpan](int i) {
        const double f = (double(i) + 0.5) / double(count);
        return qint64(double(businessSpan) * (1.0 - std::pow(1.0 - f, 1.5)));
    };
    const qint64 b0 = business(index);
    const qint64 gap =
        std::max<qint64>(1, (index + 1 < count ? business(index + 1) : businessSpan) - b0);
    t.entered = m_calendar.toWall(b0 + rng.span(gap));

    const BoardInfo &b = m_c.boards[size_t(rng.weighted(m_c.boardCumulative))];
    const CategoryOnBoard &cat = b.categories[size_t(rng.weighted(b.categoryCumulative))];
    const CompanyInfo &co = m_c.companies[size_t(rng.weighted(m_c.companyCumulative))];
    const ContactInfo &ct = co.contacts[size_t(rng.below(int(co.contacts.size())))];
    const SiteInfo &site = co.sites[size_t(ct.site)];
    t.board = &b;
    t.category = &cat;
    t.company = &co;
    t.contact = &ct;

    const qint64 age = m_c.anchor - t.entered;
    const int openChance = age < 3 * kDay    ? 80
                           : age < 10 * kDay ? 45
                           : age < 30 * kDay ? 18
                           : age < 90 * kDay ? 4
                                             : 1;
    t.closed = !rng.percent(openChance);
    const int statusIndex = t.closed ? b.closedStatuses[size_t(rng.weighted(b.closedCumulative))]
                                     : b.openStatuses[size_t(rng.weighted(b.openCumulative))];
    const StatusInfo &status = b.statuses[size_t(statusIndex)];
    const bool untouched = status.isNew && !t.closed;

    t.team = &b.teams[size_t(rng.weighted(b.teamCumulative))];
    const MemberInfo &member =
        m_c.members[size_t(t.team->members[size_t(rng.below(int(t.team->members.size())))])];
    t.owner = rng.percent(untouched ? 65 : 13) ? nullptr : &member; // about 15% unassigned
    t.worker = &member;

    const int impact = rng.weighted(m_impactCumulative);
    const int urgency = b.kind == Alerts || b.kind == Escalations
                            ? std::max(0, rng.weighted(m_impactCumulative) - 1)
                            : rng.weighted(m_impactCumulative);
    const SlaInfo &sla = m_c.slas[size_t(co.sla)];
    const int priority =
        b.kind == Alerts && rng.percent(5) ? 5 : sla.priority[size_t(impact)][size_t(urgency)];
    t.source = b.kind == Alerts ? Monitoring : rng.weighted(m_sourceCumulative);
    const int location = b.kind == FieldServices ? (rng.percent(90) ? 0 : 1)
                         : b.kind == Projects    ? (rng.percent(40) ? 0 : 1)
                         : rng.percent(85)       ? 1
                         : rng.percent(65)       ? 0
                                                 : 2;
    const MemberInfo &dispatcher = *m_dispatchers[size_t(index) % m_dispatchers.size()];
    t.enteredBy = t.source == Email        ? m_emailConnector
                  : t.source == Portal     ? m_portal
                  : t.source == Monitoring ? m_rmm
                                           : dispatcher.identifier;
    if (t.source == Phone || t.source == WalkIn || t.source == Chat)
        t.taker = &dispatcher;

    // Text slots; the devices a summary names are the ones linked to the ticket.
    SlotValues &v = t.values;
    v[size_t(Slot::User)] = ct.firstName;
    v[size_t(Slot::Contact)] = ct.name;
    v[size_t(Slot::Company)] = co.name;
    v[size_t(Slot::Site)] = site.name;
    v[size_t(Slot::Member)] = member.firstName;
    v[size_t(Slot::App)] = m_apps[size_t(rng.below(int(m_apps.size())))];
    v[size_t(Slot::Isp)] = m_isps[size_t(rng.below(int(m_isps.size())))];
    v[size_t(Slot::Mailbox)] = m_mailboxes[size_t(rng.below(int(m_mailboxes.size())))] + co.domain;
    v[size_t(Slot::Number)] = QString::number(rng.range(2, 12));
    const int pcType = co.devicesByType[Laptop].empty() || rng.percent(55) ? Workstation : Laptop;
    struct DeviceSlot
    {
        Slot slot;
        int type;
        const char16_t *fallback;
    };
    const DeviceSlot deviceSlots[] = {
        {Slot::Server, Server, u"the server"},
        {Slot::Pc, pcType, u"the workstation"},
        {Slot::Laptop, Laptop, u"the laptop"},
        {Slot::Printer, Printer, u"the copier"},
        {Slot::Firewall, Firewall, u"the firewall"},
        {Slot::Switch, Switch, u"the core switch"},
        {Slot::Device, rng.below(DeviceTypeCount), u"the device"},
    };
    std::array<int, size_t(Slot::Count_)> chosen;
    chosen.fill(-1);
    for (const DeviceSlot &d : deviceSlots) {
        chosen[size_t(d.slot)] = pickDevice(co, DeviceType(d.type));
        v[size_t(d.slot)] = chosen[size_t(d.slot)] < 0
                                ? QString::fromUtf16(d.fallback)
                                : co.devices[size_t(chosen[size_t(d.slot)])].name;
    }
    // Prefer a summary that names only devices the customer has ("the core switch" reads badly).
    constexpr quint32 kDeviceSlots = 1u << int(Slot::Server) | 1u << int(Slot::Pc) |
                                     1u << int(Slot::Laptop) | 1u << int(Slot::Printer) |
                                     1u << int(Slot::Firewall) | 1u << int(Slot::Switch);
    quint32 missing = 0;
    for (const DeviceSlot &d : deviceSlots) {
        if (chosen[size_t(d.slot)] < 0)
            missing |= 1u << int(d.slot);
    }
    const Template *pickedSummary = nullptr;
    for (int attempt = 0; attempt < 4 && !pickedSummary; ++attempt) {
        const Template &candidate = cat.summaries[size_t(rng.below(int(cat.summaries.size())))];
        if (attempt == 3 || !(candidate.slots & kDeviceSlots & missing))
            pickedSummary = &candidate;
    }
    const Template &summaryTemplate = *pickedSummary;
    QString summary = render(summaryTemplate, v);
    if (summary.size() > 100)
        summary.truncate(100);
    for (const DeviceSlot &d : deviceSlots) {
        const int device = chosen[size_t(d.slot)];
        if ((summaryTemplate.slots & (1u << int(d.slot))) && device >= 0 &&
            std::find(t.devices.begin(), t.devices.end(), device) == t.devices.end())
            t.devices.push_back(device);
    }

    // The time line: entered, responded, closed, last updated. Most tickets meet their SLA's
    // targets (24x7, from entry; see SlaClock); about one in ten misses one.
    const SlaClock::Targets &targets = m_slaTargets[size_t(co.sla)];
    static constexpr int kResolveHours[] = {4, 8, 24, 72, 168, 336}; // without an SLA target
    const qint64 anchor = m_c.anchor;
    const int respondBy = std::max(5, int(targets.respondHours * 60 * 105 / 100));
    if (!untouched)
        t.responded = std::min(anchor - kMinute, t.entered + rng.range(3, respondBy) * kMinute);
    if (t.closed) {
        const double resolveHours =
            targets.resolveHours > 0 ? targets.resolveHours : kResolveHours[priority];
        const qint64 planned = qint64(resolveHours * kHour) * rng.range(10, 110) / 100;
        t.closedAt =
            std::min(std::max(t.entered + planned, t.responded + 5 * kMinute), anchor - kMinute);
        t.closedAt = std::max(t.closedAt, t.responded);
        t.updated = std::min(anchor, t.closedAt + rng.range(0, 30) * kMinute);
    } else if (untouched) {
        t.updated = std::min(anchor, t.entered + rng.range(0, 20) * kMinute);
    } else {
        t.updated =
            std::max(t.responded, t.entered + rng.span(std::max<qint64>(1, anchor - t.entered)));
    }
    const SlaClock::State slaState = slaHistory(t, status, targets);

    static constexpr double kBudgets[] = {0.5, 1.0, 1.0, 1.5, 2.0, 2.0, 3.0, 4.0};
    const double budget = b.kind == Projects ? 8.0 * rng.range(1, 5) : kBudgets[rng.below(8)];
    const double actual =
        untouched ? 0.0 : 0.25 * rng.range(1, int(budget * 4 * (t.closed ? 1.6 : 0.8)) + 1);
    const QString ownerId = t.owner ? t.owner->identifier : QString();
    const QString closedBy = t.owner ? t.owner->identifier : member.identifier;

    QJsonObject o = m_ticketProto;
    o.insert("id"_L1, t.id);
    o.insert("summary"_L1, summary);
    o.insert("recordType"_L1, m_serviceTicket);
    o.insert("board"_L1, b.ref);
    o.insert("status"_L1, status.ref);
    o.insert("company"_L1, co.ref);
    o.insert("site"_L1, site.ref);
    o.insert("siteName"_L1, site.name);
    o.insert("addressLine1"_L1, site.addressLine1);
    o.insert("city"_L1, site.city);
    o.insert("stateIdentifier"_L1, site.state);
    o.insert("zip"_L1, site.zip);
    o.insert("country"_L1, co.country);
    o.insert("contact"_L1, ct.ref);
    o.insert("contactName"_L1, ct.name);
    o.insert("contactPhoneNumber"_L1, ct.phone);
    o.insert("contactEmailAddress"_L1, ct.email);
    o.insert(
        "type"_L1,
        b.types[size_t(cat.types[size_t(rng.percent(70) ? 0 : rng.below(int(cat.types.size())))])]);
    o.insert("subType"_L1, cat.subTypeRef);
    o.insert("team"_L1, t.team->ref);
    if (t.owner) {
        o.insert("owner"_L1, t.owner->ref);
        o.insert("resources"_L1, ownerId);
    }
    o.insert("priority"_L1, m_c.priorities[size_t(priority)]);
    o.insert("serviceLocation"_L1, m_c.locations[size_t(location)]);
    o.insert("source"_L1, m_c.sources[size_t(t.source)]);
    o.insert("sla"_L1, sla.ref);
    o.insert("severity"_L1, m_levels[size_t(urgency)]);
    o.insert("impact"_L1, m_levels[size_t(impact)]);
    o.insert("requiredDate"_L1, isoUtc(t.entered + kResolveHours[priority] * kHour));
    TicketSla::setState(o, slaState); // slaStatus and isInSla: the store works them out for its now
    o.insert("budgetHours"_L1, budget);
    o.insert("actualHours"_L1, actual);
    o.insert("customerUpdatedFlag"_L1, !t.closed && rng.percent(12));
    o.insert("approved"_L1, rng.percent(96));
    o.insert("billTime"_L1, m_billable);
    o.insert("billExpenses"_L1, m_billable);
    o.insert("billProducts"_L1, m_billable);
    o.insert("automaticEmailContactFlag"_L1, t.source != Monitoring);
    o.insert("automaticEmailResourceFlag"_L1, true);
    o.insert("automaticEmailCcFlag"_L1, false);
    o.insert("allowAllClientsPortalView"_L1, false);
    o.insert("closedFlag"_L1, t.closed);
    if (t.closed) {
        o.insert("closedDate"_L1, isoUtc(t.closedAt));
        o.insert("closedBy"_L1, closedBy);
    }
    o.insert("location"_L1, b.location);
    o.insert("department"_L1, b.department);
    o.insert("customFields"_L1, customFields(co, b));
    QJsonObject info = Context::info(t.entered, t.enteredBy, t.updated,
                                     t.closed            ? closedBy
                                     : ownerId.isEmpty() ? t.enteredBy
                                                         : ownerId);
    m_c.store.addChildLinks(Kind::Ticket, t.id, &info);
    o.insert("_info"_L1, info);
    m_c.store.insert(Kind::Ticket, std::move(o));

    notes(t);
    tasks(t);
    links(t);
}

void TicketWriter::notes(const Ticket &t)
{
    Rng &rng = m_rng;
    const CategoryOnBoard &cat = *t.category;
    auto pick = [&rng](const std::vector<Template> &list) -> const Template & {
        return list[size_t(rng.below(int(list.size())))];
    };
    const bool untouched = t.responded == 0;
    const int count = untouched  ? 1
                      : t.closed ? 2 + rng.weighted(m_closedNoteCumulative)
                                 : 1 + rng.below(4);
    const qint64 lo = untouched ? t.entered : t.responded;
    const qint64 hi = t.closed ? t.closedAt : t.updated;
    for (int k = 0; k < count; ++k) {
        const qint64 when = k == 0 ? t.entered : lo + (hi - lo) * k / std::max(1, count - 1);
        const bool resolution = t.closed && k == count - 1;
        const bool detail = k == 0;
        const bool internal = !detail && !resolution && rng.percent(55);
        QString body;
        if (detail) {
            body = render(pick(cat.descriptions), t.values);
        } else if (resolution) {
            body = render(pick(cat.resolutions), t.values);
            if (rng.percent(50))
                body += u' ' + render(pick(m_resolutions), t.values);
        } else if (internal) {
            body = render(pick(cat.analysis), t.values);
            if (rng.percent(50))
                body += u' ' + render(pick(m_internal), t.values);
        } else {
            body = render(pick(m_discussion), t.values);
        }
        QJsonObject o = m_noteProto;
        o.insert("id"_L1, m_c.store.nextId(Kind::Note));
        o.insert("ticketId"_L1, t.id);
        o.insert("text"_L1, body);
        o.insert("detailDescriptionFlag"_L1, detail || (!internal && !resolution));
        o.insert("internalAnalysisFlag"_L1, internal);
        o.insert("resolutionFlag"_L1, resolution);
        o.insert("issueFlag"_L1, false);
        QString by;
        if (detail && (t.source == Email || t.source == Portal)) {
            o.insert("contact"_L1, t.contact->ref);
            by = t.enteredBy;
        } else if (detail && t.source == Monitoring) {
            by = t.enteredBy;
        } else {
            const MemberInfo *m = detail && t.taker ? t.taker : t.worker;
            o.insert("member"_L1, m->ref);
            by = m->identifier;
        }
        o.insert("dateCreated"_L1, isoUtc(when));
        o.insert("createdBy"_L1, by);
        o.insert("internalFlag"_L1, internal);
        o.insert("externalFlag"_L1, !internal);
        o.insert("customerUpdatedFlag"_L1, false);
        o.insert("_info"_L1, Context::info(when, by, when, by));
        m_c.store.insert(Kind::Note, std::move(o), t.id);
    }
}

void TicketWriter::tasks(const Ticket &t)
{
    Rng &rng = m_rng;
    const CategoryOnBoard &cat = *t.category;
    const int own = int(cat.taskSummaries.size());
    const int available = own + int(m_taskSummaries.size());
    const int count =
        std::min(available, t.board->kind == Projects ? 2 + rng.below(3)
                                                      : rng.weighted(m_taskCountCumulative));
    const int start = t.board->kind == Projects ? 0 : rng.below(available);
    const int closedPrefix = t.closed ? count : t.responded == 0 ? 0 : rng.below(count + 1);
    const QString &by = t.worker->identifier;
    for (int k = 0; k < count; ++k) {
        const int n = (start + k) % available;
        const Template &summary =
            n < own ? cat.taskSummaries[size_t(n)] : m_taskSummaries[size_t(n - own)];
        const Template &notes = n < own ? cat.taskNotes[size_t(n)] : m_taskNotes[size_t(n - own)];
        const bool closed = k < closedPrefix;
        const qint64 entered = t.entered + (k + 1) * kMinute;
        const qint64 updated =
            closed ? std::max(entered, t.closed ? t.closedAt : t.updated) : entered;
        QJsonObject o = m_taskProto;
        o.insert("id"_L1, m_c.store.nextId(Kind::Task));
        o.insert("ticketId"_L1, t.id);
        o.insert("summary"_L1, render(summary, t.values));
        o.insert("notes"_L1, render(notes, t.values));
        o.insert("closedFlag"_L1, closed);
        o.insert("priority"_L1, k + 1);
        o.insert("member"_L1, t.worker->ref);
        if (closed)
            o.insert("resolution"_L1,
                     m_taskResolutions[size_t(rng.below(int(m_taskResolutions.size())))]);
        o.insert("_info"_L1, Context::info(entered, by, updated, by));
        m_c.store.insert(Kind::Task, std::move(o), t.id);
    }
}

void TicketWriter::links(const Ticket &t)
{
    Rng &rng = m_rng;
    const CompanyInfo &co = *t.company;
    std::vector<int> devices(
        t.devices.begin(), t.devices.begin() + std::min<qsizetype>(2, qsizetype(t.devices.size())));
    if (devices.empty() && rng.percent(35))
        devices.push_back(rng.below(int(co.devices.size())));
    if (devices.size() == 1 && rng.percent(20)) {
        const int other = rng.below(int(co.devices.size()));
        if (other != devices.front())
            devices.push_back(other);
    }
    for (int d : devices) {
        QJsonObject link = co.devices[size_t(d)].link;
        QJsonObject info = link.value("_info"_L1).toObject();
        const qint64 when = t.entered + kMinute;
        info.insert("dateEntered"_L1, isoUtc(when));
        info.insert("enteredBy"_L1, t.worker->identifier);
        info.insert("lastUpdated"_L1, isoUtc(when));
        info.insert("updatedBy"_L1, t.worker->identifier);
        link.insert("_info"_L1, info);
        m_c.store.insert(Kind::TicketConfiguration, std::move(link), t.id);
    }
}

} // namespace

void generateTickets(Context &c, int n)
{
    TicketWriter writer(c);
    for (int i = 0; i < n; ++i)
        writer.write(i, n);
}

} // namespace cw::sandbox::gen
