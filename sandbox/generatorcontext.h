// Internal to DataGenerator: the state of one generation run shared by its .cpp files — the seeded
// random source, the time line, text templates, and every reference object, built once and reused.
#pragma once

#include "generatorvocabulary.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <vector>

namespace cw::sandbox::gen {

// The generated history ends at Context::anchor: the sandbox's "now", so that open tickets count
// down to their SLA deadlines from the moment the sandbox starts. Without one, this instant.
constexpr qint64 kDefaultAnchor = 1793491200; // 2026-11-01T00:00:00Z, a Sunday
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// splitmix64: tiny, fast, and the same sequence on every platform and Qt version.
class Rng
{
public:
    Rng(quint32 seed, quint32 stream)
        : m_state((quint64(seed) << 32 | stream) * 0x9E3779B97F4A7C15ull ^ 0xD1B54A32D192ED03ull)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : int((next() >> 33) % quint64(n)); } // [0, n)
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }              // [lo, hi]
    bool percent(int p) { return below(100) < p; }
    qint64 span(qint64 n) { return n <= 1 ? 0 : qint64((next() >> 1) % quint64(n)); } // [0, n)
    int weighted(const std::vector<int> &cumulative); // index by cumulative weights

private:
    quint64 m_state;
};

// Cumulative sums of `weights`, for Rng::weighted().
std::vector<int> cumulative(const std::vector<int> &weights);

// "yyyy-MM-ddTHH:mm:ssZ", without QDateTime (this runs millions of times).
QString isoUtc(qint64 secsSinceEpoch);

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// --- templates ---------------------------------------------------------------------------------

enum class Slot : quint8 {
    Literal,
    User,
    Contact,
    Company,
    Site,
    Member,
    Device,
    Server,
    Pc,
    Laptop,
    Printer,
    Firewall,
    Switch,
    App,
    Isp,
    Mailbox,
    Number,
    Variant,
    Count_
};

struct Template
{
    struct Piece
    {
        Slot slot;
        QString text; // for Slot::Literal
    };
    std::vector<Piece> pieces;
    quint32 slots = 0; // bit per Slot used
};

Template parseTemplate(const char *utf8);
std::vector<Template> parseTemplates(vocab::Words words);

using SlotValues = std::array<QString, size_t(Slot::Count_)>;
QString render(const Template &t, const SlotValues &values);

// --- the directory, service setup and their references ------------------------------------------

enum DeviceType { Server, Workstation, Laptop, Firewall, Switch, Printer, DeviceTypeCount };

struct MemberInfo
{
    int id = 0;
    QJsonObject ref;
    QString identifier;
    QString firstName;
    QString team; // key from vocab::MemberRole
};

struct SiteInfo
{
    int id = 0;
    QJsonObject ref;
    QString name, addressLine1, city, state, zip;
};

struct ContactInfo
{
    int id = 0;
    QJsonObject ref;
    QString name, firstName, phone, email;
    int site = 0; // index into CompanyInfo::sites
};

struct DeviceInfo
{
    int id = 0;
    QString name;
    QJsonObject link; // {id, deviceIdentifier, _info: {configuration_href}}
};

// Values of the "Region" custom field, indexed by CompanyInfo::region.
extern const char *const kRegions[4];

struct CompanyInfo
{
    int id = 0;
    QJsonObject ref;
    QJsonObject country;
    QString name;
    QString domain; // e-mail domain, e.g. "harborviewdental.com"
    std::vector<SiteInfo> sites;
    std::vector<ContactInfo> contacts;
    std::vector<DeviceInfo> devices;
    std::array<std::vector<int>, DeviceTypeCount> devicesByType; // indices into devices
    int sla = 0;                                                 // index into Context::slas
    int region = 0; // index of the "Region" custom field value
    bool vip = false;
};

struct StatusInfo
{
    QJsonObject ref;
    bool closed = false;
    bool isNew = false; // the board's default status
};

struct CategoryOnBoard
{
    const vocab::IssueCategory *category = nullptr;
    QJsonObject subTypeRef;
    std::vector<int> types; // indices into BoardInfo::types, best match first
    std::vector<Template> summaries, descriptions, analysis, resolutions;
    std::vector<Template> taskSummaries, taskNotes;
};

struct TeamInfo
{
    QJsonObject ref;
    std::vector<int> members; // indices into Context::members
};

struct BoardInfo
{
    int id = 0;
    QJsonObject ref, location, department;
    QString name;
    std::vector<StatusInfo> statuses;
    std::vector<int> openStatuses, closedStatuses; // indices into statuses
    std::vector<int> openCumulative, closedCumulative;
    std::vector<QJsonObject> types;
    std::vector<CategoryOnBoard> categories;
    std::vector<int> categoryCumulative;
    std::vector<TeamInfo> teams;
    std::vector<int> teamCumulative;
    int kind = 0; // BoardKind
};

enum BoardKind { ServiceDesk, NetworkOps, Projects, Alerts, Escalations, FieldServices };

struct SlaInfo
{
    QJsonObject ref;
    std::array<std::array<int, 3>, 3> priority{}; // [impact][urgency] (0 High .. 2 Low) -> index
};

struct Context
{
    Context(Store &s, quint32 seedValue, qint64 anchorSecs)
        : store(s)
        , seed(seedValue)
        , anchor(anchorSecs)
        , baseUrl(s.baseUrl())
    {
    }

    Store &store;
    quint32 seed;
    qint64 anchor; // every generated history date lies at or before it
    QString baseUrl;

    // Setup records (members, companies, boards ...) date from about 18 months before the anchor.
    qint64 setupStart() const { return anchor - 548 * kDay; }

    std::vector<MemberInfo> members;
    std::vector<CompanyInfo> companies;
    std::vector<int> companyCumulative; // bigger customers raise more tickets
    std::vector<QJsonObject> priorities;
    std::vector<SlaInfo> slas;
    std::vector<QJsonObject> sources;   // Phone, Email, Portal, Walk-in, Chat, Monitoring
    std::vector<QJsonObject> locations; // On-Site, Remote, In-house
    std::vector<BoardInfo> boards;
    std::vector<int> boardCumulative;

    int memberIndex(const QString &team, int nth = 0) const; // nth member of a team, wrapping
    QString setupBy() const
    {
        return members.empty() ? QStringLiteral("admin") : members.front().identifier;
    }

    // {dateEntered, enteredBy, lastUpdated, updatedBy}
    static QJsonObject info(qint64 entered, const QString &enteredBy, qint64 updated,
                            const QString &updatedBy);
};

// The phases of DataGenerator::run(), in insertion order.
void generateDirectory(Context &c);  // generatordirectory.cpp: members, companies, ...
void generateCatalogues(Context &c); // generatorservice.cpp: priorities, SLAs, sources, locations
void generateBoards(Context &c);     // generatorservice.cpp: boards and their children
void generateTickets(Context &c, int n); // generatortickets.cpp: tickets, notes, tasks, links
void generateKnowledgeBase(Context &c);  // generatorservice.cpp

} // namespace cw::sandbox::gen
