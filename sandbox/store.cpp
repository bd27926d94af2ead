#include "store.h"

#include "ticketsla.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "cw.sandbox.store")

namespace cw::sandbox {

namespace {

// Records on disk carry this in place of the base URL, so a file survives a change of port.
constexpr QByteArrayView kDiskBase = "cwsandbox://base";
// Records in memory carry this byte in place of the base URL. QJsonDocument writes a control
// character inside a string as an escape, so the raw byte cannot occur in a record otherwise.
constexpr char kBaseMark = '\x01';
constexpr int kSchemaVersion = 1;
// Key lists remembered for the bulk kinds' records; generated data has a few dozen, and a client
// writing records of ever new shapes stops adding to them here.
constexpr qsizetype kMaxShapes = 4096;

struct KindInfo
{
    const char *name;    // for messages ("Ticket 5 not found")
    const char *hrefKey; // key inside a reference's _info
    const char *path;    // href path below the base; %1 id, %2 parent id
};

constexpr std::array<KindInfo, int(Kind::Count_)> kKinds = {{
    {"Ticket", "ticket_href", "/service/tickets/%1"},
    {"Note", "note_href", "/service/tickets/%2/notes/%1"},
    {"Task", "task_href", "/service/tickets/%2/tasks/%1"},
    {"Configuration", "configuration_href", "/company/configurations/%1"},
    {"Board", "board_href", "/service/boards/%1"},
    {"Status", "status_href", "/service/boards/%2/statuses/%1"},
    {"Type", "type_href", "/service/boards/%2/types/%1"},
    {"SubType", "subType_href", "/service/boards/%2/subtypes/%1"},
    {"Team", "team_href", "/service/boards/%2/teams/%1"},
    {"Priority", "priority_href", "/service/priorities/%1"},
    {"SLA", "sla_href", "/service/SLAs/%1"},
    {"Source", "source_href", "/service/sources/%1"},
    {"Location", "location_href", "/service/locations/%1"},
    {"KnowledgeBaseArticle", "knowledgeBaseArticle_href", "/service/knowledgeBaseArticles/%1"},
    {"Callback", "callback_href", "/system/callbacks/%1"},
    {"Company", "company_href", "/company/companies/%1"},
    {"Contact", "contact_href", "/company/contacts/%1"},
    {"Site", "site_href", "/company/companies/%2/sites/%1"},
    {"Configuration", "configuration_href", "/company/configurations/%1"},
    {"Member", "member_href", "/system/members/%1"},
    {"Item", "item_href", "/service/boards/%2/items/%1"},
}};

const KindInfo &info(Kind kind)
{
    return kKinds[size_t(kind)];
}

} // namespace

QString kindName(Kind kind)
{
    return QString::fromLatin1(info(kind).name);
}

QByteArray Record::json() const
{
    if (!m_bytes.contains(kBaseMark))
        return m_bytes;
    QByteArray out;
    out.reserve(m_bytes.size() + 512);
    appendJson(&out);
    return out;
}

void Record::appendJson(QByteArray *out) const
{
    const char *p = m_bytes.constData();
    const char *const end = p + m_bytes.size();
    while (p < end) {
        const auto *mark = static_cast<const char *>(std::memchr(p, kBaseMark, size_t(end - p)));
        if (!mark) {
            out->append(p, end - p);
            return;
        }
        out->append(p, mark - p);
        if (m_base)
            out->append(*m_base);
        p = mark + 1;
    }
}

QJsonObject Record::object() const
{
    if (!m_parsed.isEmpty())
        return m_parsed;
    return QJsonDocument::fromJson(json()).object();
}

QJsonObject Record::object(const MemberNames &names) const
{
    if (names.isAll() || !m_parsed.isEmpty())
        return object();
    QByteArray selected = m_shape ? JsonMembers::select(m_bytes, m_starts.get(), *m_shape, names)
                                  : JsonMembers::select(m_bytes, names);
    if (selected.contains(kBaseMark)) {
        Record part;
        part.m_bytes = std::move(selected);
        part.m_base = m_base;
        selected = part.json();
    }
    return QJsonDocument::fromJson(selected).object();
}

struct Store::Private
{
    struct Table
    {
        std::map<int, Record> records;
        QHash<int, QList<int>> children; // parent id -> ascending child ids
        int maxId = 0;
    };
    std::array<Table, int(Kind::Count_)> tables;
    QByteArray base; // the base URL, UTF-8; records point at it
    // One per distinct list of top-level keys (records of a kind share a few dozen); kept while
    // the store lives, as records point at them.
    QHash<QByteArray, std::shared_ptr<const RecordShape>> shapes;
    QString lastClock;
    QString error;
    qint64 pinnedNow = 0;
    // When each in-SLA ticket breaches if nothing changes (stale entries are re-checked and
    // dropped), so a read only re-evaluates the tickets whose time has come.
    std::multimap<qint64, int> breaches;
    // Counts changes to any record, so listings can keep derived results until the next one.
    quint64 generation = 0;

    QString connectionName;
    bool persistent = false;
    int bulkDepth = 0;
    std::unique_ptr<QSqlQuery> upsert;
    std::unique_ptr<QSqlQuery> erase;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    Table &table(Kind kind) { return tables[size_t(kind)]; }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            error = q.lastError().text();
            return false;
        }
        return true;
    }

    // The kinds whose records grow with the data keep only their bytes; the others, a few dozen
    // or hundred records that every ticket write reads, keep their parsed object too.
    static bool keepsParsed(Kind kind)
    {
        return kind != Kind::Ticket && kind != Kind::Note && kind != Kind::Task &&
               kind != Kind::TicketConfiguration;
    }

    // Notes where each member of a bulk record starts, and its key list.
    void index(Kind kind, Record &r)
    {
        r.m_starts.reset();
        r.m_shape = nullptr;
        if (keepsParsed(kind) || r.m_bytes.size() > 0xffff)
            return;
        QList<qsizetype> starts;
        QList<QByteArrayView> keys;
        if (!JsonMembers::index(r.m_bytes, &starts, &keys))
            return;
        QByteArray signature;
        for (QByteArrayView k : std::as_const(keys))
            signature.append(k).append('\0');
        auto found = shapes.constFind(signature);
        if (found == shapes.constEnd() && shapes.size() >= kMaxShapes)
            return; // written records of ever new shapes: scanned when read, as big ones are
        std::shared_ptr<const RecordShape> &shape = shapes[signature];
        if (!shape) {
            static std::atomic<quint64> serials{0};
            auto made = std::make_shared<RecordShape>();
            for (QByteArrayView k : std::as_const(keys))
                made->lowerKeys.append(MemberNames::lowerKey(k));
            made->serial = ++serials;
            shape = std::move(made);
        }
        r.m_starts = std::make_unique<quint16[]>(size_t(starts.size()));
        for (qsizetype i = 0; i < starts.size(); ++i)
            r.m_starts[size_t(i)] = quint16(starts.at(i));
        r.m_shape = shape.get();
    }

    // Fills a record's stored form from `object` (hrefs under the current base URL).
    void setObject(Kind kind, Record &r, const QJsonObject &object)
    {
        QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (!base.isEmpty())
            json.replace(base, QByteArrayView(&kBaseMark, 1));
        json.squeeze();
        r.m_bytes = std::move(json);
        r.m_base = &base;
        r.m_parsed = keepsParsed(kind) ? object : QJsonObject();
        index(kind, r);
    }

    static QByteArray toDisk(const Record &r)
    {
        QByteArray out = r.m_bytes;
        out.replace(QByteArrayView(&kBaseMark, 1), kDiskBase);
        return out;
    }

    bool persist(Kind kind, const Record &r)
    {
        if (!persistent)
            return true;
        upsert->bindValue(0, int(kind));
        upsert->bindValue(1, r.id);
        upsert->bindValue(2, r.parentId);
        upsert->bindValue(3, toDisk(r));
        if (!upsert->exec()) {
            error = upsert->lastError().text();
            qCWarning(lcStore) << "write failed:" << error;
            return false;
        }
        return true;
    }

    bool unpersist(Kind kind, int id)
    {
        if (!persistent)
            return true;
        erase->bindValue(0, int(kind));
        erase->bindValue(1, id);
        if (!erase->exec()) {
            error = erase->lastError().text();
            return false;
        }
        return true;
    }

    // `updated`: the record's _info/lastUpdated, which the write clock never goes back behind.
    void place(Kind kind, Record &&r, const QString &updated)
    {
        ++generation;
        Table &t = table(kind);
        if (r.parentId != 0) {
            QList<int> &ids = t.children[r.parentId];
            auto it = std::lower_bound(ids.begin(), ids.end(), r.id);
            if (it == ids.end() || *it != r.id)
                ids.insert(it, r.id);
        }
        t.maxId = std::max(t.maxId, r.id);
        if (updated > lastClock)
            lastClock = updated;
        const int id = r.id;
        t.records.insert_or_assign(id, std::move(r));
    }

    void unplace(Kind kind, int id)
    {
        ++generation;
        Table &t = table(kind);
        auto it = t.records.find(id);
        if (it == t.records.end())
            return;
        auto c = t.children.find(it->second.parentId);
        if (c != t.children.end()) {
            c->removeOne(id);
            if (c->isEmpty())
                t.children.erase(c);
        }
        t.records.erase(it);
    }

    qint64 now() const { return pinnedNow != 0 ? pinnedNow : QDateTime::currentSecsSinceEpoch(); }

    // Brings isInSla/slaStatus of the tickets whose deadline has passed up to now(). The change is
    // the server's own view of the ticket, not an edit: lastUpdated stays.
    void catchUp(const Store &store)
    {
        const qint64 t = now();
        if (breaches.empty() || breaches.begin()->first > t)
            return;
        const TicketSla sla(store);
        auto &records = table(Kind::Ticket).records;
        while (!breaches.empty() && breaches.begin()->first <= t) {
            const int id = breaches.begin()->second;
            breaches.erase(breaches.begin());
            auto it = records.find(id);
            if (it == records.end())
                continue;
            Record &r = it->second;
            const QJsonObject before = r.object();
            QJsonObject o = before;
            const qint64 next = sla.refresh(o, t);
            if (next != 0)
                breaches.emplace(next, id);
            if (o == before)
                continue;
            ++generation;
            setObject(Kind::Ticket, r, o);
            persist(Kind::Ticket, r);
        }
    }
};

Store::Store()
    : d(std::make_unique<Private>())
{
}

Store::~Store()
{
    d->upsert.reset();
    d->erase.reset();
    if (!d->connectionName.isEmpty()) {
        d->db().close();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

void Store::setBaseUrl(const QString &baseUrl)
{
    if (m_baseUrl == baseUrl)
        return;
    m_baseUrl = baseUrl;
    // Records carry a mark in place of the base, so they read under the new one at once; only
    // the parsed objects of the small kinds are made again.
    d->base = baseUrl.toUtf8();
    ++d->generation;
    for (auto &t : d->tables) {
        for (auto &[id, r] : t.records) {
            if (!r.m_parsed.isEmpty() && r.m_bytes.contains(kBaseMark))
                r.m_parsed = QJsonDocument::fromJson(r.json()).object();
        }
    }
}

bool Store::open(const QString &path, QString *error)
{
    if (path.isEmpty())
        return true;
    d->connectionName = u"cw-sandbox-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d->connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    auto fail = [&](const QString &what) {
        if (error)
            *error = QCoreApplication::translate("cw::sandbox", "Cannot use the data file %1: %2")
                         .arg(path, what);
        return false;
    };
    if (!db.open())
        return fail(db.lastError().text());
    if (!d->exec(u"PRAGMA journal_mode=WAL"_s) || !d->exec(u"PRAGMA synchronous=NORMAL"_s))
        return fail(d->error);
    if (!d->exec(u"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"_s) ||
        !d->exec(
            u"CREATE TABLE IF NOT EXISTS records(kind INTEGER NOT NULL, id INTEGER NOT NULL, "
            "parent INTEGER NOT NULL, json BLOB NOT NULL, PRIMARY KEY(kind, id)) WITHOUT ROWID"_s))
        return fail(d->error);
    {
        QSqlQuery q(db);
        q.exec(u"SELECT value FROM meta WHERE key='schema'"_s);
        if (q.next()) {
            if (q.value(0).toInt() != kSchemaVersion)
                return fail(
                    QCoreApplication::translate("cw::sandbox", "unsupported data format version %1")
                        .arg(q.value(0).toString()));
        } else if (!d->exec(u"INSERT INTO meta VALUES('schema', '%1')"_s.arg(kSchemaVersion))) {
            return fail(d->error);
        }
    }
    // Tickets last: their SLA state is brought up to now as they are read, which reads their
    // statuses and SLAs.
    int bad = 0;
    QList<int> refreshed; // tickets whose SLA state changed since the file was written
    const TicketSla sla(*this);
    const qint64 now = d->now();
    for (const QString &where : {u"kind <> 0"_s, u"kind = 0"_s}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT kind, id, parent, json FROM records WHERE %1 ORDER BY kind, id"_s.arg(
                where)))
            return fail(q.lastError().text());
        while (q.next()) {
            const int kind = q.value(0).toInt();
            if (kind < 0 || kind >= int(Kind::Count_)) {
                ++bad;
                continue;
            }
            Record r;
            r.id = q.value(1).toInt();
            r.parentId = q.value(2).toInt();
            QByteArray bytes = q.value(3).toByteArray();
            QJsonParseError pe;
            QJsonObject object = QJsonDocument::fromJson(bytes, &pe).object();
            if (pe.error != QJsonParseError::NoError) {
                ++bad;
                continue;
            }
            if (Kind(kind) == Kind::Ticket) {
                const QJsonObject before = object;
                if (const qint64 next = sla.refresh(object, now); next != 0)
                    d->breaches.emplace(next, r.id);
                if (object != before) {
                    bytes.clear();
                    refreshed.append(r.id);
                }
            }
            // Written by hand, a file may hold anything: what is kept is what QJsonDocument
            // writes, with the mark byte (escaped there) in place of the base.
            if (bytes.isEmpty() || bytes.contains(kBaseMark))
                bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
            bytes.replace(kDiskBase, QByteArrayView(&kBaseMark, 1));
            bytes.squeeze();
            r.m_bytes = std::move(bytes);
            r.m_base = &d->base;
            if (Private::keepsParsed(Kind(kind)))
                r.m_parsed = QJsonDocument::fromJson(r.json()).object();
            d->index(Kind(kind), r);
            d->place(Kind(kind), std::move(r),
                     object.value("_info"_L1).toObject().value("lastUpdated"_L1).toString());
        }
    }
    if (bad > 0)
        qCWarning(lcStore) << "skipped" << bad << "unreadable records in" << path;
    d->upsert = std::make_unique<QSqlQuery>(db);
    d->upsert->prepare(
        u"INSERT OR REPLACE INTO records(kind, id, parent, json) VALUES(?, ?, ?, ?)"_s);
    d->erase = std::make_unique<QSqlQuery>(db);
    d->erase->prepare(u"DELETE FROM records WHERE kind = ? AND id = ?"_s);
    d->persistent = true;
    if (!refreshed.isEmpty()) {
        beginBulk();
        for (int id : std::as_const(refreshed))
            d->persist(Kind::Ticket, d->table(Kind::Ticket).records.at(id));
        endBulk();
    }
    return true;
}

bool Store::isEmpty() const
{
    return std::all_of(d->tables.begin(), d->tables.end(),
                       [](const Private::Table &t) { return t.records.empty(); });
}

void Store::beginBulk()
{
    if (d->bulkDepth++ == 0 && d->persistent)
        d->db().transaction();
}

void Store::endBulk()
{
    if (--d->bulkDepth == 0 && d->persistent && !d->db().commit())
        qCWarning(lcStore) << "commit failed:" << d->db().lastError().text();
}

const Record *Store::find(Kind kind, int id) const
{
    if (kind == Kind::Ticket)
        d->catchUp(*this);
    const auto &records = d->tables[size_t(kind)].records;
    auto it = records.find(id);
    return it == records.end() ? nullptr : &it->second;
}

const std::map<int, Record> &Store::records(Kind kind) const
{
    if (kind == Kind::Ticket)
        d->catchUp(*this);
    return d->tables[size_t(kind)].records;
}

QList<int> Store::childIds(Kind kind, int parentId) const
{
    return d->tables[size_t(kind)].children.value(parentId);
}

int Store::nextId(Kind kind) const
{
    return d->tables[size_t(kind)].maxId + 1;
}

quint64 Store::generation() const
{
    return d->generation;
}

QString Store::lastError() const
{
    return d->error;
}

int Store::insert(Kind kind, QJsonObject object, int parentId)
{
    Record r;
    if (kind == Kind::TicketConfiguration) {
        // A link's JSON id is the configuration's id, shared by every ticket linking it; the
        // store keys links by a synthetic id of its own.
        r.id = nextId(kind);
    } else {
        r.id = object.value("id"_L1).toInt();
    }
    if (r.id <= 0) {
        r.id = nextId(kind);
        object.insert("id"_L1, r.id);
    }
    if (!object.contains("_info"_L1)) {
        const QString now = nextTimestamp();
        object.insert("_info"_L1, QJsonObject{{u"dateEntered"_s, now},
                                              {u"enteredBy"_s, u"sandbox"_s},
                                              {u"lastUpdated"_s, now},
                                              {u"updatedBy"_s, u"sandbox"_s}});
    }
    qint64 breach = 0;
    if (kind == Kind::Ticket) {
        const TicketSla sla(*this);
        sla.recordWrite(nullptr, object, writeTime(object));
        breach = sla.refresh(object, now());
    }
    r.parentId = parentId;
    d->setObject(kind, r, object);
    if (!d->persist(kind, r))
        return 0;
    const int id = r.id;
    d->place(kind, std::move(r),
             object.value("_info"_L1).toObject().value("lastUpdated"_L1).toString());
    if (breach != 0)
        d->breaches.emplace(breach, id);
    return id;
}

bool Store::update(Kind kind, int id, QJsonObject object)
{
    const Record *old = find(kind, id);
    if (!old)
        return false;
    if (kind != Kind::TicketConfiguration)
        object.insert("id"_L1, id);
    qint64 breach = 0;
    if (kind == Kind::Ticket) {
        const TicketSla sla(*this);
        const QJsonObject before = old->object();
        sla.recordWrite(&before, object, writeTime(object));
        breach = sla.refresh(object, now());
    }
    Record r;
    r.id = id;
    r.parentId = old->parentId;
    d->setObject(kind, r, object);
    if (!d->persist(kind, r))
        return false;
    d->place(kind, std::move(r),
             object.value("_info"_L1).toObject().value("lastUpdated"_L1).toString());
    if (breach != 0)
        d->breaches.emplace(breach, id);
    return true;
}

bool Store::remove(Kind kind, int id)
{
    if (!find(kind, id))
        return false;
    beginBulk();
    bool ok = true;
    if (kind == Kind::Ticket) {
        for (Kind child : {Kind::Note, Kind::Task, Kind::TicketConfiguration}) {
            for (int childId : childIds(child, id)) {
                ok = ok && d->unpersist(child, childId);
                if (ok)
                    d->unplace(child, childId);
            }
        }
    }
    ok = ok && d->unpersist(kind, id);
    if (ok)
        d->unplace(kind, id);
    endBulk();
    return ok;
}

QString Store::href(Kind kind, int id) const
{
    const Record *r = find(kind, id);
    const int parent = r ? r->parentId : 0;
    QString path = QString::fromLatin1(info(kind).path);
    path.replace("%2"_L1, QString::number(parent)).replace("%1"_L1, QString::number(id));
    return m_baseUrl + path;
}

void Store::addChildLinks(Kind kind, int id, QJsonObject *info) const
{
    if (kind != Kind::Ticket)
        return;
    const QString self = m_baseUrl + "/service/tickets/"_L1 + QString::number(id);
    info->insert("notes_href"_L1, QString(self + "/notes"_L1));
    info->insert("tasks_href"_L1, QString(self + "/tasks"_L1));
    info->insert("configurations_href"_L1, QString(self + "/configurations"_L1));
}

QJsonObject Store::reference(Kind kind, int id) const
{
    const Record *r = find(kind, id);
    if (!r)
        return {};
    const QJsonObject o = r->object();
    if (kind == Kind::TicketConfiguration)
        return reference(Kind::Configuration, o.value("id"_L1).toInt());
    QJsonObject ref{{u"id"_s, id}};
    switch (kind) {
    case Kind::Company:
    case Kind::Member:
        ref.insert("identifier"_L1, o.value("identifier"_L1));
        break;
    case Kind::TicketConfiguration:
    case Kind::Configuration:
        ref.insert("deviceIdentifier"_L1, o.value("deviceIdentifier"_L1));
        break;
    default:
        break;
    }
    if (kind == Kind::Contact || kind == Kind::Member) {
        const QString first = o.value("firstName"_L1).toString();
        const QString last = o.value("lastName"_L1).toString();
        ref.insert("name"_L1, last.isEmpty() ? first : first + u' ' + last);
    } else if (kind == Kind::KbArticle) {
        ref.insert("name"_L1, o.value("title"_L1));
    } else if (kind == Kind::Ticket) {
        ref.insert("summary"_L1, o.value("summary"_L1));
    } else if (kind != Kind::TicketConfiguration && kind != Kind::Configuration) {
        // ConfigurationReference is {id, deviceIdentifier, _info}: no name.
        ref.insert("name"_L1, o.value("name"_L1));
    }
    if (kind == Kind::Status || kind == Kind::Priority)
        ref.insert("sort"_L1, o.value("sortOrder"_L1));
    if (kind == Kind::Priority && o.contains("level"_L1))
        ref.insert("level"_L1, o.value("level"_L1));
    QJsonObject refInfo{{QString::fromLatin1(info(kind).hrefKey), href(kind, id)}};
    if (kind == Kind::Priority)
        refInfo.insert("image_href"_L1,
                       QString(href(kind, id) + "/image?lm="_L1 +
                               o.value("_info"_L1).toObject().value("lastUpdated"_L1).toString()));
    ref.insert("_info"_L1, refInfo);
    return ref;
}

qint64 Store::now() const
{
    return d->now();
}

void Store::setPinnedNow(qint64 secsSinceEpoch)
{
    d->pinnedNow = secsSinceEpoch;
    ++d->generation;
}

qint64 Store::writeTime(const QJsonObject &object) const
{
    // The API stamps lastUpdated from nextTimestamp() just before it stores a write.
    const QDateTime stamped = QDateTime::fromString(
        object.value("_info"_L1).toObject().value("lastUpdated"_L1).toString(), Qt::ISODate);
    return stamped.isValid() ? std::max(stamped.toSecsSinceEpoch(), now()) : now();
}

QString Store::nextTimestamp()
{
    QString stamp = QDateTime::fromSecsSinceEpoch(d->now(), QTimeZone::utc())
                        .toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
    if (stamp <= d->lastClock) {
        const QDateTime last = QDateTime::fromString(d->lastClock, Qt::ISODate);
        stamp = last.addSecs(1).toString(Qt::ISODate);
    }
    d->lastClock = stamp;
    return stamp;
}

} // namespace cw::sandbox
