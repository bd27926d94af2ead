#include "listing.h"

#include "apiresponse.h"
#include "collection.h"
#include "pagelinks.h"
#include "sandboxoptions.h"
#include "schematable.h"

#include "query/conditions.h"
#include "query/fieldselection.h"
#include "query/lookup.h"
#include "query/orderby.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

namespace {

constexpr int kDefaultPageSize = 25;
constexpr int kMaxPageSize = 1000;
// A cached row list lives this long at most (it is dropped at once on any write), and only
// this many are kept: enough for a few clients paging through different listings.
constexpr qint64 kRowCacheMs = 30000;
constexpr qsizetype kRowCacheEntries = 16;

bool looksLikeDate(const QString &s)
{
    // yyyy-MM-ddTHH:mm:ss… without allocating.
    return s.size() >= 19 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' &&
           s.at(13) == u':' && s.at(0).isDigit();
}

// The members a fields= selection reads.
MemberNames namesOf(const query::FieldSelection &fields)
{
    MemberNames names;
    for (const QStringList &path : fields.paths())
        names.add(path.front());
    return names;
}

const MemberNames &idName()
{
    // Per thread: a MemberNames caches where its names sit in each record shape it meets.
    thread_local const MemberNames names = [] {
        MemberNames n;
        n.add(u"id"_s);
        return n;
    }();
    return names;
}

int jsonId(const Record &r)
{
    return r.object(idName()).value("id"_L1).toInt();
}

query::ValueType valueTypeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return query::ValueType::Boolean;
    case QJsonValue::Double:
        return query::ValueType::Number;
    case QJsonValue::String:
        return looksLikeDate(v.toString()) ? query::ValueType::DateTime : query::ValueType::String;
    case QJsonValue::Array:
        return query::ValueType::Array;
    case QJsonValue::Object:
        return query::ValueType::Object;
    default:
        return query::ValueType::Null;
    }
}

// The three conditions parameters over one record, which is parsed only for the members they read.
class RowFilter
{
public:
    RowFilter(const query::Conditions &conditions, const query::Conditions &child,
              const query::Conditions &custom)
        : m_conditions(conditions)
        , m_child(child)
        , m_custom(custom)
    {
        m_names.addPaths(conditions.fieldPaths());
        m_names.addPaths(child.fieldPaths());
        if (!custom.isEmpty())
            m_names.add(u"customFields"_s);
    }

    bool operator()(const Record &r) const
    {
        if (m_conditions.isEmpty() && m_child.isEmpty() && m_custom.isEmpty())
            return true;
        const QJsonObject o = r.object(m_names);
        if (!m_conditions.isEmpty() && !m_conditions.matches(o))
            return false;
        if (!m_child.isEmpty() && !m_child.matchesChildren(o))
            return false;
        if (!m_custom.isEmpty() && !m_custom.matchesCustomFields(o))
            return false;
        return true;
    }

private:
    const query::Conditions &m_conditions;
    const query::Conditions &m_child;
    const query::Conditions &m_custom;
    MemberNames m_names;
};

// A JSON array of the records [from, to), whole or cut down to `fields`.
QByteArray pageBody(const Record *const *from, const Record *const *to,
                    const query::FieldSelection &fields)
{
    QByteArray body;
    qsizetype size = 2;
    if (fields.isEmpty()) {
        for (auto it = from; it != to; ++it)
            size += (*it)->storedSize() + 1024; // the base URL is spliced into each href
    } else {
        size += (to - from) * 200;
    }
    body.reserve(size);
    body += '[';
    const MemberNames names = namesOf(fields);
    for (auto it = from; it != to; ++it) {
        if (it != from)
            body += ',';
        if (fields.isEmpty())
            (*it)->appendJson(&body);
        else
            body += ApiResponse::toJson(fields.apply((*it)->object(names)));
    }
    body += ']';
    return body;
}

} // namespace

Listing::Listing(Store &store, const SandboxOptions &options)
    : m_store(store)
    , m_options(options)
{
    m_clock.start();
}

void Listing::FieldCatalog::add(const QJsonObject &o, const QString &prefix)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined())
            continue;
        const QString path = prefix + it.key().toLower();
        types.insert(path, valueTypeOf(v));
        if (v.isObject() && prefix.count(u'/') < 3)
            add(v.toObject(), path + u'/');
    }
}

void Listing::recordWritten(Kind kind, const QJsonObject &record)
{
    m_catalogs[size_t(kind)].add(record);
    m_catalogs[size_t(kind)].scanned.clear();
}

Listing::FieldCatalog &Listing::catalog(Kind kind)
{
    FieldCatalog &cat = m_catalogs[size_t(kind)];
    if (cat.sampled == 0) {
        for (const auto &[id, r] : m_store.records(kind)) {
            cat.add(r.object());
            if (++cat.sampled >= 500)
                break;
        }
        cat.sampled = std::max(cat.sampled, 1);
    }
    return cat;
}

std::optional<query::ValueType> Listing::fieldType(Kind kind, const QStringList &path)
{
    FieldCatalog &cat = catalog(kind);
    QString key = path.join(u'/').toLower();
    if (key.startsWith("_info/"_L1) || path.size() == 1) {
        const QString plain = path.size() == 1 ? key : key.mid(6);
        if (plain == "lastupdated"_L1 || plain == "dateentered"_L1)
            return query::ValueType::DateTime;
        if (plain == "updatedby"_L1 || plain == "enteredby"_L1)
            return query::ValueType::String;
    }
    auto it = cat.types.constFind(key);
    if (it != cat.types.constEnd())
        return *it;
    // A field absent from the sample may still exist on rarer records: scan once.
    auto seen = cat.scanned.constFind(key);
    if (seen == cat.scanned.constEnd()) {
        std::optional<query::ValueType> found;
        MemberNames names;
        names.addPath(path);
        for (const auto &[id, r] : m_store.records(kind)) {
            const QJsonValue v = query::lookup(r.object(names), path);
            if (!v.isUndefined() && !v.isNull()) {
                found = valueTypeOf(v);
                break;
            }
        }
        cat.scanned.insert(key, found.has_value());
        if (found) {
            cat.types.insert(key, *found);
            return found;
        }
    }
    // Known to the schema but never set: any literal is acceptable.
    if (const SchemaTable *t = Collections::schemaFor(kind); t && path.size() == 1) {
        for (const SchemaProperty &p : t->properties) {
            if (key.compare(QLatin1StringView(p.name), Qt::CaseInsensitive) == 0)
                return query::ValueType::Null;
        }
    }
    return std::nullopt;
}

HttpResponse Listing::getOne(const Collection &c, int parentId, int id, const QueryParams &params)
{
    const Record *r = Collections::find(m_store, c, parentId, id);
    if (!r)
        return ApiResponse::notFound(c.kind, id);
    if (params.value("fields").trimmed().isEmpty())
        return ApiResponse::json(200, r->json());
    query::Error err;
    const query::FieldSelection fields = query::FieldSelection::parse(params.value("fields"), &err);
    if (err.isError())
        return ApiResponse::error(400, u"InvalidObject"_s, err.message,
                                  {{u"InvalidField"_s, err.message, u"fields"_s}}, u"fields"_s);
    return ApiResponse::json(200, ApiResponse::toJson(fields.apply(r->object(namesOf(fields)))));
}

HttpResponse Listing::list(const HttpRequest &request, const Collection &c, int parentId,
                           const QueryParams &params, bool countOnly)
{
    auto resolver = [this, &c](const QStringList &path) {
        return fieldType(c.kind, path);
    };

    query::Error err;
    const query::Conditions conditions = query::Conditions::parse(params.value("conditions"), &err);
    if (!err.isError() && !conditions.isEmpty())
        err = conditions.validate(resolver);
    if (err.isError())
        return ApiResponse::badField(u"conditions"_s, err.message);
    const query::Conditions child = query::Conditions::parse(params.value("childconditions"), &err);
    if (err.isError())
        return ApiResponse::badField(u"childConditions"_s, err.message);
    const query::Conditions custom =
        query::Conditions::parse(params.value("customfieldconditions"), &err);
    if (err.isError())
        return ApiResponse::badField(u"customFieldConditions"_s, err.message);
    // Each key costs a sort key per record: the count is capped before anything is parsed.
    const QString orderByText = params.value("orderby");
    if (const qsizetype keys = orderByText.split(u',', Qt::SkipEmptyParts).size();
        keys > m_options.limits.maxOrderByKeys)
        return ApiResponse::badField(u"orderBy"_s,
                                     tr("orderBy may name at most %1 fields; this one names %2.")
                                         .arg(m_options.limits.maxOrderByKeys)
                                         .arg(keys));
    const query::OrderBy orderBy = query::OrderBy::parse(orderByText, &err);
    if (err.isError())
        return ApiResponse::badField(u"orderBy"_s, err.message);
    const query::FieldSelection fields = query::FieldSelection::parse(params.value("fields"), &err);
    if (err.isError())
        return ApiResponse::badField(u"fields"_s, err.message);

    const bool forwardOnly =
        request.header("pagination-type").trimmed().compare("forward-only", Qt::CaseInsensitive) ==
        0;
    if (forwardOnly && !orderBy.isEmpty())
        return ApiResponse::badField(u"orderBy"_s,
                                     tr("orderBy cannot be used with forward-only pagination; "
                                        "records come in id order."));

    auto intParam = [&](const char *name, int fallback, int *out) {
        const QString text = params.value(name).trimmed();
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok || v < 0)
            return false;
        *out = int(std::min<qlonglong>(v, std::numeric_limits<int>::max()));
        return true;
    };
    int page = 1, pageSize = kDefaultPageSize, pageId = 0;
    if (!intParam("page", 1, &page))
        return ApiResponse::badField(u"page"_s, tr("page must be a positive whole number."));
    if (!intParam("pagesize", kDefaultPageSize, &pageSize))
        return ApiResponse::badField(u"pageSize"_s,
                                     tr("pageSize must be a whole number from 1 to 1000."));
    if (!intParam("pageid", 0, &pageId))
        return ApiResponse::badField(u"pageId"_s, tr("pageId must be a record id."));
    page = std::max(page, 1);
    if (pageSize <= 0)
        pageSize = kDefaultPageSize;
    pageSize = std::min(pageSize, kMaxPageSize);

    // Forward-only over a top-level collection: the records are kept in id order, so the scan
    // starts after pageId and stops once the page and one more match (for the next link) are
    // found, instead of evaluating the conditions over the whole table on every page.
    if (forwardOnly && !countOnly && c.parent == Collections::kTop &&
        c.kind != Kind::TicketConfiguration)
        return forwardPage(request, c, conditions, child, custom, fields, pageId, pageSize);

    const RowFilter matches(conditions, child, custom);

    std::vector<const Record *> rows;
    if (forwardOnly) {
        // A parent's children: a short list, filtered each time.
        for (int key : m_store.childIds(c.kind, parentId)) {
            const Record *r = m_store.find(c.kind, key);
            if (r && jsonId(*r) > pageId && matches(*r))
                rows.push_back(r);
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Record *a, const Record *b) { return jsonId(*a) < jsonId(*b); });
    } else {
        // records() first: it may bring SLA states up to now, which changes the generation.
        m_store.records(c.kind);
        const quint64 generation = m_store.generation();
        const QString key = QString::number(int(c.kind)) + u'\x1f' + QString::number(parentId) +
                            u'\x1f' + params.value("conditions") + u'\x1f' +
                            params.value("childconditions") + u'\x1f' +
                            params.value("customfieldconditions") + u'\x1f' + orderByText;
        const qint64 nowMs = m_clock.elapsed();
        auto cached = m_rowCache.find(key);
        if (cached != m_rowCache.end() && cached->generation == generation &&
            nowMs - cached->madeMs < kRowCacheMs) {
            rows = cached->rows;
        } else {
            if (c.parent != Collections::kTop) {
                for (int id : m_store.childIds(c.kind, parentId)) {
                    if (const Record *r = m_store.find(c.kind, id); r && matches(*r))
                        rows.push_back(r);
                }
            } else {
                for (const auto &[id, r] : m_store.records(c.kind)) {
                    if (matches(r))
                        rows.push_back(&r);
                }
            }
            if (!countOnly)
                sortRows(c, orderBy, &rows);
            if (!countOnly) {
                // Entries of an older generation are useless: drop them with the oldest.
                m_rowCache.removeIf([&](const auto &it) {
                    return it.value().generation != generation ||
                           nowMs - it.value().madeMs >= kRowCacheMs;
                });
                if (m_rowCache.size() >= kRowCacheEntries)
                    m_rowCache.clear();
                m_rowCache.insert(key, CachedRows{generation, nowMs, rows});
            }
        }
    }
    if (countOnly)
        return ApiResponse::json(
            200, ApiResponse::toJson(QJsonObject{{u"count"_s, qint64(rows.size())}}));

    const size_t total = rows.size();
    size_t from = 0, to = 0;
    if (forwardOnly) {
        to = std::min<size_t>(total, size_t(pageSize));
    } else {
        from = std::min<size_t>(total, size_t(page - 1) * size_t(pageSize));
        to = std::min<size_t>(total, from + size_t(pageSize));
    }

    const QByteArray body = pageBody(rows.data() + from, rows.data() + to, fields);
    HttpResponse response = ApiResponse::json(200, body);

    // Link: the same URL with the paging parameter last, as clients parse it with a regex.
    PageLinks links(m_store.baseUrl(), request.path, request.query);
    if (forwardOnly) {
        if (to < total)
            links.add("pageId", jsonId(*rows[to - 1]), "next");
        response.addHeader("Link", links.header());
    } else {
        const qint64 lastPage =
            std::max<qint64>(1, qint64((total + size_t(pageSize) - 1) / size_t(pageSize)));
        if (page > 1) {
            links.add("page", 1, "first");
            links.add("page", std::min<qint64>(page - 1, lastPage), "prev");
        }
        if (page < lastPage) {
            links.add("page", page + 1, "next");
            links.add("page", lastPage, "last");
        }
        if (!links.isEmpty())
            response.addHeader("Link", links.header());
    }
    return response;
}

void Listing::sortRows(const Collection &c, const query::OrderBy &orderBy,
                       std::vector<const Record *> *rows)
{
    if (!orderBy.isEmpty()) {
        // sortedIndices() reads each record's keys once, far cheaper than compare() per pair;
        // each record is parsed only for the members the keys read.
        MemberNames names;
        for (const query::SortKey &key : orderBy.keys())
            names.addPath(key.path);
        QList<QJsonObject> objects;
        objects.reserve(qsizetype(rows->size()));
        for (const Record *r : *rows)
            objects.append(r->object(names));
        std::vector<const Record *> sorted;
        sorted.reserve(rows->size());
        for (qsizetype i : orderBy.sortedIndices(objects))
            sorted.push_back((*rows)[size_t(i)]);
        rows->swap(sorted);
    } else if (c.kind == Kind::TicketConfiguration) {
        std::stable_sort(rows->begin(), rows->end(),
                         [](const Record *a, const Record *b) { return jsonId(*a) < jsonId(*b); });
    }
}

HttpResponse Listing::forwardPage(const HttpRequest &request, const Collection &c,
                                  const query::Conditions &conditions,
                                  const query::Conditions &child, const query::Conditions &custom,
                                  const query::FieldSelection &fields, int pageId, int pageSize)
{
    const std::map<int, Record> &records = m_store.records(c.kind);
    const RowFilter matches(conditions, child, custom);
    std::vector<const Record *> rows;
    rows.reserve(size_t(pageSize) + 1);
    for (auto it = records.upper_bound(pageId);
         it != records.end() && rows.size() <= size_t(pageSize); ++it) {
        if (matches(it->second))
            rows.push_back(&it->second);
    }
    const bool more = rows.size() > size_t(pageSize);
    if (more)
        rows.pop_back();

    const QByteArray body = pageBody(rows.data(), rows.data() + rows.size(), fields);
    HttpResponse response = ApiResponse::json(200, body);
    PageLinks links(m_store.baseUrl(), request.path, request.query);
    if (more)
        links.add("pageId", jsonId(*rows.back()), "next");
    response.addHeader("Link", links.header());
    return response;
}

} // namespace cw::sandbox
