#include "apihandler.h"

#include "apiresponse.h"
#include "callbackurlpolicy.h"
#include "credentialcheck.h"
#include "jsonbody.h"
#include "pagelinks.h"
#include "recordpatcher.h"
#include "sandboxoptions.h"
#include "schematable.h"
#include "store.h"

#include "query/conditions.h"
#include "query/fieldselection.h"
#include "query/lookup.h"
#include "query/orderby.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

namespace {

const QString kApiMember = u"APIMember"_s;
constexpr int kDefaultPageSize = 25;
constexpr int kMaxPageSize = 1000;

struct Collection
{
    const char *path; // lower case, below the API root; for children: the child segment
    Kind parent;      // Kind::Count_ for top-level collections
    Kind kind;
    const char *resource; // as in ConnectWise's "<resource> object is invalid"
    bool writable;
};

constexpr Kind kTop = Kind::Count_;

const Collection kCollections[] = {
    {"service/tickets", kTop, Kind::Ticket, "ticket", true},
    {"service/boards", kTop, Kind::Board, "board", true},
    {"service/priorities", kTop, Kind::Priority, "priority", true},
    {"service/slas", kTop, Kind::Sla, "sla", true},
    {"service/sources", kTop, Kind::Source, "source", true},
    {"service/locations", kTop, Kind::Location, "serviceLocation", true},
    {"service/servicelocations", kTop, Kind::Location, "serviceLocation", true},
    {"service/knowledgebasearticles", kTop, Kind::KbArticle, "knowledgeBaseArticle", true},
    {"service/callbacks", kTop, Kind::Callback, "callbackEntry", true},
    {"system/callbacks", kTop, Kind::Callback, "callbackEntry", true},
    {"company/companies", kTop, Kind::Company, "company", false},
    {"company/contacts", kTop, Kind::Contact, "contact", false},
    {"company/configurations", kTop, Kind::Configuration, "configuration", false},
    {"system/members", kTop, Kind::Member, "member", false},
    {"notes", Kind::Ticket, Kind::Note, "serviceNote", true},
    {"tasks", Kind::Ticket, Kind::Task, "serviceTask", true},
    {"configurations", Kind::Ticket, Kind::TicketConfiguration, "configuration", true},
    {"statuses", Kind::Board, Kind::Status, "boardStatus", true},
    {"types", Kind::Board, Kind::Type, "boardType", true},
    {"subtypes", Kind::Board, Kind::SubType, "boardSubType", true},
    {"teams", Kind::Board, Kind::Team, "boardTeam", true},
    {"sites", Kind::Company, Kind::Site, "site", false},
};

enum class Scope { None, Board, Company };

struct RefRule
{
    Kind owner;
    const char *field;
    Kind target;
    Scope scope;
};

const RefRule kRefRules[] = {
    {Kind::Ticket, "board", Kind::Board, Scope::None},
    {Kind::Ticket, "status", Kind::Status, Scope::Board},
    {Kind::Ticket, "company", Kind::Company, Scope::None},
    {Kind::Ticket, "site", Kind::Site, Scope::Company},
    {Kind::Ticket, "contact", Kind::Contact, Scope::Company},
    {Kind::Ticket, "type", Kind::Type, Scope::Board},
    {Kind::Ticket, "subType", Kind::SubType, Scope::Board},
    {Kind::Ticket, "team", Kind::Team, Scope::Board},
    {Kind::Ticket, "owner", Kind::Member, Scope::None},
    {Kind::Ticket, "priority", Kind::Priority, Scope::None},
    {Kind::Ticket, "serviceLocation", Kind::Location, Scope::None},
    {Kind::Ticket, "source", Kind::Source, Scope::None},
    {Kind::Ticket, "sla", Kind::Sla, Scope::None},
    {Kind::Note, "member", Kind::Member, Scope::None},
    {Kind::Note, "contact", Kind::Contact, Scope::None},
    {Kind::Task, "member", Kind::Member, Scope::None},
    {Kind::Board, "dispatchMember", Kind::Member, Scope::None},
    {Kind::Board, "serviceManagerMember", Kind::Member, Scope::None},
    {Kind::Board, "dutyManagerMember", Kind::Member, Scope::None},
    {Kind::Board, "oncallMember", Kind::Member, Scope::None},
    {Kind::Team, "teamLeader", Kind::Member, Scope::None},
    {Kind::KbArticle, "board", Kind::Board, Scope::None},
};

const SchemaTable *schemaFor(Kind kind)
{
    for (const SchemaTable &t : schemaTables()) {
        if (t.kind == kind)
            return &t;
    }
    return nullptr;
}

bool looksLikeDate(const QString &s)
{
    // yyyy-MM-ddTHH:mm:ss… without allocating.
    return s.size() >= 19 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' &&
           s.at(13) == u':' && s.at(0).isDigit();
}

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
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

// Field names and types seen on the records of one kind, for validating conditions.
struct FieldCatalog
{
    int sampled = 0;
    QHash<QString, query::ValueType> types; // lower-case path "board/name"
    QHash<QString, bool> scanned;           // lower-case path -> found by a full scan

    void add(const QJsonObject &o, const QString &prefix = {})
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
};

struct Params
{
    QHash<QString, QString> values; // lower-case name -> value
    QString value(const char *name) const { return values.value(QString::fromLatin1(name)); }
    bool has(const char *name) const { return values.contains(QString::fromLatin1(name)); }
};

} // namespace

struct ApiHandler::Private
{
    ApiHandler *q;
    Store &store;
    const SandboxOptions &options;
    std::array<FieldCatalog, int(Kind::Count_)> catalogs;
    QHash<int, QJsonObject> customFieldDefs;
    bool customFieldDefsLoaded = false;

    Private(ApiHandler *qq, Store &s, const SandboxOptions &o)
        : q(qq)
        , store(s)
        , options(o)
    {
    }

    // --- request plumbing -------------------------------------------------------------------

    HttpResponse handle(const HttpRequest &request);
    bool authorized(const HttpRequest &request, HttpResponse *refusal) const;
    HttpResponse companyInfo(const QString &company) const;
    HttpResponse systemInfo() const;

    // --- reads ------------------------------------------------------------------------------

    FieldCatalog &catalog(Kind kind);
    std::optional<query::ValueType> fieldType(Kind kind, const QStringList &path);
    HttpResponse list(const HttpRequest &request, const Collection &c, int parentId,
                      const Params &params, bool countOnly);
    HttpResponse getOne(const Collection &c, int parentId, int id, const Params &params);
    const Record *findChild(const Collection &c, int parentId, int id) const;

    // --- writes -----------------------------------------------------------------------------

    HttpResponse write(const HttpRequest &request, const Collection &c, int parentId, int id);
    HttpResponse remove(const Collection &c, int parentId, int id);
    HttpResponse linkConfiguration(const QJsonObject &body, int ticketId);
    QJsonObject normalize(const Collection &c, const QJsonObject &in, const Record *existing,
                          int parentId, QList<FieldError> &errors);
    void applyKindRules(const Collection &c, QJsonObject &out, const Record *existing, int parentId,
                        QList<FieldError> &errors);
    // Resolves the kind's reference fields present in `out`: the unscoped ones, or those
    // scoped to the board or company already in `out`.
    void resolveRefs(Kind kind, QJsonObject &out, bool scoped, QList<FieldError> &errors) const;
    std::optional<QJsonObject> resolveRef(Kind target, const QJsonValue &v, Scope scope,
                                          int scopeId, QString *message) const;
    int defaultRecord(Kind kind, int parentId = 0) const;
    void loadCustomFieldDefs();

    void emitTicket(const QString &action, int id)
    {
        const Record *r = store.find(Kind::Ticket, id);
        const QJsonObject o = r ? r->object : QJsonObject{};
        Q_EMIT q->ticketChanged(action, id, r ? r->json : QByteArray(),
                                o.value("board"_L1).toObject().value("id"_L1).toInt(),
                                o.value("status"_L1).toObject().value("id"_L1).toInt(),
                                o.value("company"_L1).toObject().value("id"_L1).toInt());
    }
};

ApiHandler::ApiHandler(Store &store, const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, store, options))
{
}

ApiHandler::~ApiHandler() = default;

HttpResponse ApiHandler::handle(const HttpRequest &request)
{
    return d->handle(request);
}

// ---------------------------------------------------------------------------------------------

bool ApiHandler::Private::authorized(const HttpRequest &request, HttpResponse *refusal) const
{
    const QByteArray auth = request.header("authorization");
    const bool ok =
        CredentialCheck(options.company, options.publicKey, options.privateKey).accepts(auth);
    if (!ok) {
        *refusal = ApiResponse::error(
            401, u"Unauthorized"_s,
            auth.isEmpty() ? tr("Authentication is required: send an Authorization header with "
                                "Basic credentials for companyId+publicKey:privateKey.")
                           : tr("The API keys are not valid for this company."));
        refusal->addHeader("WWW-Authenticate", "Basic realm=\"ConnectWise Manage\"");
        return false;
    }
    if (request.header("clientid").trimmed().isEmpty()) {
        *refusal = ApiResponse::error(
            401, u"Unauthorized"_s,
            tr("A clientId header is required: send your integration's client ID "
               "(a GUID from the ConnectWise developer portal) with every request."));
        return false;
    }
    return true;
}

HttpResponse ApiHandler::Private::companyInfo(const QString &company) const
{
    if (company.compare(options.company, Qt::CaseInsensitive) != 0)
        return ApiResponse::json(200, "null");
    const QJsonObject o{
        {u"CompanyName"_s, u"CW Desk Sandbox"_s}, {u"Codebase"_s, u"v4_6_release/"_s},
        {u"VersionCode"_s, u"v2025.1"_s},         {u"VersionNumber"_s, u"v4.6.2025.1"_s},
        {u"CompanyID"_s, options.company},        {u"IsCloud"_s, false}};
    return ApiResponse::json(200, ApiResponse::toJson(o));
}

HttpResponse ApiHandler::Private::systemInfo() const
{
    const QJsonObject o{
        {u"version"_s, u"v2025.1.10000"_s},
        {u"isCloud"_s, false},
        {u"serverTimeZone"_s, u"Coordinated Universal Time"_s},
        {u"licenseBits"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"Service"_s}, {u"activeFlag"_s, true}},
                    QJsonObject{{u"name"_s, u"KnowledgeBase"_s}, {u"activeFlag"_s, true}}}},
        {u"cloudRegion"_s, u"NA"_s},
        {u"maxWorkFlowRecordsAllowed"_s, 10000}};
    return ApiResponse::json(200, ApiResponse::toJson(o));
}

HttpResponse ApiHandler::Private::handle(const HttpRequest &request)
{
    QStringList segs = request.path.split(u'/', Qt::SkipEmptyParts);
    const bool head = request.method == "HEAD";
    const QByteArray method = head ? QByteArray("GET") : request.method;

    if (segs.size() == 3 && segs[0].compare("login"_L1, Qt::CaseInsensitive) == 0 &&
        segs[1].compare("companyinfo"_L1, Qt::CaseInsensitive) == 0) {
        if (method != "GET")
            return ApiResponse::error(
                405, u"ConnectWiseApi"_s,
                tr("The requested resource does not support http method '%1'.")
                    .arg(QString::fromLatin1(request.method)));
        return companyInfo(segs[2]);
    }
    if (segs.size() < 4 || segs[1].compare("apis"_L1, Qt::CaseInsensitive) != 0 ||
        segs[2] != "3.0"_L1)
        return ApiResponse::endpointMissing();
    segs = segs.mid(3);

    HttpResponse refusal;
    if (!authorized(request, &refusal))
        return refusal;

    Params params;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded))
        params.values.insert(item.first.toLower(), item.second);

    auto notAllowed = [&](QByteArray allow) {
        HttpResponse r =
            ApiResponse::error(405, u"ConnectWiseApi"_s,
                               tr("The requested resource does not support http method '%1'.")
                                   .arg(QString::fromLatin1(request.method)));
        r.addHeader("Allow", allow);
        return r;
    };

    const QString top = segs.size() >= 2 ? (segs[0] + u'/' + segs[1]).toLower() : QString();
    if (top == "system/info"_L1 && segs.size() == 2)
        return method == "GET" ? systemInfo() : notAllowed("GET");

    const Collection *coll = nullptr;
    for (const Collection &c : kCollections) {
        if (c.parent == kTop && top == QLatin1StringView(c.path)) {
            coll = &c;
            break;
        }
    }
    if (!coll)
        return ApiResponse::endpointMissing();

    auto parseId = [](const QString &s, int *id) {
        bool ok = false;
        const qlonglong v = s.toLongLong(&ok);
        if (!ok || v <= 0 || v > std::numeric_limits<int>::max() || s.startsWith(u'+'))
            return false;
        *id = int(v);
        return true;
    };

    int parentId = 0;
    qsizetype rest = 2; // index of the segment after the collection
    if (segs.size() >= 4) {
        // A child collection: <collection>/<parentId>/<child>[/…]
        const Collection *child = nullptr;
        for (const Collection &c : kCollections) {
            if (c.parent == coll->kind &&
                segs[3].compare(QLatin1StringView(c.path), Qt::CaseInsensitive) == 0) {
                child = &c;
                break;
            }
        }
        if (!child || !parseId(segs[2], &parentId))
            return ApiResponse::endpointMissing();
        if (!store.find(coll->kind, parentId))
            return ApiResponse::notFound(coll->kind, parentId);
        coll = child;
        rest = 4;
    }

    const qsizetype tail = segs.size() - rest;
    const QByteArray writeMethods = coll->writable ? QByteArray("GET, POST") : QByteArray("GET");
    if (tail == 0) {
        if (method == "GET")
            return list(request, *coll, parentId, params, false);
        if (method == "POST" && coll->writable)
            return write(request, *coll, parentId, 0);
        return notAllowed(writeMethods);
    }
    if (tail != 1)
        return ApiResponse::endpointMissing();
    const QString last = segs[rest];
    if (last.compare("count"_L1, Qt::CaseInsensitive) == 0)
        return method == "GET" ? list(request, *coll, parentId, params, true) : notAllowed("GET");
    if (last.compare("search"_L1, Qt::CaseInsensitive) == 0 &&
        (coll->kind == Kind::Ticket || coll->kind == Kind::KbArticle)) {
        if (method == "GET")
            return list(request, *coll, parentId, params, false);
        if (method != "POST")
            return notAllowed("GET, POST");
        // The search body carries the filters; page, pageSize and fields stay on the URL.
        const QByteArray contentType = request.header("content-type").toLower();
        if (!contentType.isEmpty() && !contentType.contains("json"))
            return ApiResponse::unsupportedMediaType(contentType);
        if (!request.body.trimmed().isEmpty()) {
            const JsonBody::Result parsed =
                JsonBody::parse(request.body, options.limits.maxJsonDepth);
            if (parsed.refusal && !parsed.notJson)
                return *parsed.refusal;
            const QJsonDocument doc = parsed.document;
            if (parsed.refusal || !doc.isObject())
                return ApiResponse::error(
                    400, u"InvalidObject"_s,
                    tr("The search body must be a JSON object such as {\"conditions\": \"…\"}."));
            const QJsonObject body = doc.object();
            for (auto it = body.begin(); it != body.end(); ++it) {
                if (!it.value().isString() && !it.value().isNull())
                    return ApiResponse::error(
                        400, u"InvalidObject"_s,
                        tr("The search field %1 must be a string.").arg(it.key()));
                params.values.insert(it.key().toLower(), it.value().toString());
            }
        }
        return list(request, *coll, parentId, params, false);
    }
    int id = 0;
    if (!parseId(last, &id))
        return ApiResponse::endpointMissing();
    const bool linkKind = coll->kind == Kind::TicketConfiguration;
    const QByteArray itemMethods = !coll->writable ? QByteArray("GET")
                                   : linkKind      ? QByteArray("GET, DELETE")
                                                   : QByteArray("GET, PUT, PATCH, DELETE");
    if (method == "GET")
        return getOne(*coll, parentId, id, params);
    if (coll->writable && method == "DELETE")
        return remove(*coll, parentId, id);
    if (coll->writable && !linkKind && (method == "PUT" || method == "PATCH"))
        return write(request, *coll, parentId, id);
    return notAllowed(itemMethods);
}

// --- reads ---------------------------------------------------------------------------------

FieldCatalog &ApiHandler::Private::catalog(Kind kind)
{
    FieldCatalog &cat = catalogs[size_t(kind)];
    if (cat.sampled == 0) {
        for (const auto &[id, r] : store.records(kind)) {
            cat.add(r.object);
            if (++cat.sampled >= 500)
                break;
        }
        cat.sampled = std::max(cat.sampled, 1);
    }
    return cat;
}

std::optional<query::ValueType> ApiHandler::Private::fieldType(Kind kind, const QStringList &path)
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
        for (const auto &[id, r] : store.records(kind)) {
            const QJsonValue v = query::lookup(r.object, path);
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
    if (const SchemaTable *t = schemaFor(kind); t && path.size() == 1) {
        for (const SchemaProperty &p : t->properties) {
            if (key.compare(QLatin1StringView(p.name), Qt::CaseInsensitive) == 0)
                return query::ValueType::Null;
        }
    }
    return std::nullopt;
}

const Record *ApiHandler::Private::findChild(const Collection &c, int parentId, int id) const
{
    if (c.kind == Kind::TicketConfiguration) {
        for (int key : store.childIds(c.kind, parentId)) {
            const Record *r = store.find(c.kind, key);
            if (r && r->object.value("id"_L1).toInt() == id)
                return r;
        }
        return nullptr;
    }
    const Record *r = store.find(c.kind, id);
    if (!r || (c.parent != kTop && r->parentId != parentId))
        return nullptr;
    return r;
}

HttpResponse ApiHandler::Private::getOne(const Collection &c, int parentId, int id,
                                         const Params &params)
{
    const Record *r = findChild(c, parentId, id);
    if (!r)
        return ApiResponse::notFound(c.kind, id);
    if (params.value("fields").trimmed().isEmpty())
        return ApiResponse::json(200, r->json);
    query::Error err;
    const query::FieldSelection fields = query::FieldSelection::parse(params.value("fields"), &err);
    if (err.isError())
        return ApiResponse::error(400, u"InvalidObject"_s, err.message,
                                  {{u"InvalidField"_s, err.message, u"fields"_s}}, u"fields"_s);
    return ApiResponse::json(200, ApiResponse::toJson(fields.apply(r->object)));
}

HttpResponse ApiHandler::Private::list(const HttpRequest &request, const Collection &c,
                                       int parentId, const Params &params, bool countOnly)
{
    auto badParam = [](const QString &param, const QString &message) {
        return ApiResponse::error(400, u"InvalidObject"_s, message,
                                  {{u"InvalidField"_s, message, param}}, param);
    };
    auto resolver = [this, &c](const QStringList &path) {
        return fieldType(c.kind, path);
    };

    query::Error err;
    const query::Conditions conditions = query::Conditions::parse(params.value("conditions"), &err);
    if (!err.isError() && !conditions.isEmpty())
        err = conditions.validate(resolver);
    if (err.isError())
        return badParam(u"conditions"_s, err.message);
    const query::Conditions child = query::Conditions::parse(params.value("childconditions"), &err);
    if (err.isError())
        return badParam(u"childConditions"_s, err.message);
    const query::Conditions custom =
        query::Conditions::parse(params.value("customfieldconditions"), &err);
    if (err.isError())
        return badParam(u"customFieldConditions"_s, err.message);
    // Each key costs a sort key per record: the count is capped before anything is parsed.
    const QString orderByText = params.value("orderby");
    if (const qsizetype keys = orderByText.split(u',', Qt::SkipEmptyParts).size();
        keys > options.limits.maxOrderByKeys)
        return badParam(u"orderBy"_s, tr("orderBy may name at most %1 fields; this one names %2.")
                                          .arg(options.limits.maxOrderByKeys)
                                          .arg(keys));
    const query::OrderBy orderBy = query::OrderBy::parse(orderByText, &err);
    if (err.isError())
        return badParam(u"orderBy"_s, err.message);
    const query::FieldSelection fields = query::FieldSelection::parse(params.value("fields"), &err);
    if (err.isError())
        return badParam(u"fields"_s, err.message);

    const bool forwardOnly =
        request.header("pagination-type").trimmed().compare("forward-only", Qt::CaseInsensitive) ==
        0;
    if (forwardOnly && !orderBy.isEmpty())
        return badParam(u"orderBy"_s, tr("orderBy cannot be used with forward-only pagination; "
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
        return badParam(u"page"_s, tr("page must be a positive whole number."));
    if (!intParam("pagesize", kDefaultPageSize, &pageSize))
        return badParam(u"pageSize"_s, tr("pageSize must be a whole number from 1 to 1000."));
    if (!intParam("pageid", 0, &pageId))
        return badParam(u"pageId"_s, tr("pageId must be a record id."));
    page = std::max(page, 1);
    if (pageSize <= 0)
        pageSize = kDefaultPageSize;
    pageSize = std::min(pageSize, kMaxPageSize);

    std::vector<const Record *> rows;
    auto consider = [&](const Record &r) {
        if (forwardOnly && r.object.value("id"_L1).toInt() <= pageId)
            return;
        if (!conditions.isEmpty() && !conditions.matches(r.object))
            return;
        if (!child.isEmpty() && !child.matchesChildren(r.object))
            return;
        if (!custom.isEmpty() && !custom.matchesCustomFields(r.object))
            return;
        rows.push_back(&r);
    };
    if (c.parent != kTop) {
        for (int key : store.childIds(c.kind, parentId)) {
            if (const Record *r = store.find(c.kind, key))
                consider(*r);
        }
    } else {
        for (const auto &[id, r] : store.records(c.kind))
            consider(r);
    }
    if (countOnly)
        return ApiResponse::json(
            200, ApiResponse::toJson(QJsonObject{{u"count"_s, qint64(rows.size())}}));

    if (!orderBy.isEmpty()) {
        // sortedIndices() reads each record's keys once, far cheaper than compare() per pair.
        QList<QJsonObject> objects;
        objects.reserve(qsizetype(rows.size()));
        for (const Record *r : rows)
            objects.append(r->object);
        std::vector<const Record *> sorted;
        sorted.reserve(rows.size());
        for (qsizetype i : orderBy.sortedIndices(objects))
            sorted.push_back(rows[size_t(i)]);
        rows.swap(sorted);
    } else if (c.kind == Kind::TicketConfiguration || forwardOnly) {
        std::stable_sort(rows.begin(), rows.end(), [](const Record *a, const Record *b) {
            return a->object.value("id"_L1).toInt() < b->object.value("id"_L1).toInt();
        });
    }

    const size_t total = rows.size();
    size_t from = 0, to = 0;
    if (forwardOnly) {
        to = std::min<size_t>(total, size_t(pageSize));
    } else {
        from = std::min<size_t>(total, size_t(page - 1) * size_t(pageSize));
        to = std::min<size_t>(total, from + size_t(pageSize));
    }

    QByteArray body;
    body.reserve(qsizetype(to - from) * (fields.isEmpty() ? 3000 : 200) + 2);
    body += '[';
    for (size_t i = from; i < to; ++i) {
        if (i > from)
            body += ',';
        body +=
            fields.isEmpty() ? rows[i]->json : ApiResponse::toJson(fields.apply(rows[i]->object));
    }
    body += ']';
    HttpResponse response = ApiResponse::json(200, body);

    // Link: the same URL with the paging parameter last, as clients parse it with a regex.
    PageLinks links(store.baseUrl(), request.path, request.query);
    if (forwardOnly) {
        if (to < total)
            links.add("pageId", rows[to - 1]->object.value("id"_L1).toInt(), "next");
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

// --- writes --------------------------------------------------------------------------------

int ApiHandler::Private::defaultRecord(Kind kind, int parentId) const
{
    int first = 0;
    auto pick = [&](const Record &r) {
        if (r.object.value("inactiveFlag"_L1).toBool() || r.object.value("inactive"_L1).toBool())
            return false;
        if (!first)
            first = r.id;
        return r.object.value("defaultFlag"_L1).toBool();
    };
    if (parentId) {
        for (int id : store.childIds(kind, parentId)) {
            if (const Record *r = store.find(kind, id); r && pick(*r))
                return r->id;
        }
    } else {
        for (const auto &[id, r] : store.records(kind)) {
            if (pick(r))
                return id;
        }
    }
    return first;
}

std::optional<QJsonObject> ApiHandler::Private::resolveRef(Kind target, const QJsonValue &v,
                                                           Scope scope, int scopeId,
                                                           QString *message) const
{
    const QJsonObject o = v.toObject();
    int id = 0;
    const QJsonValue idValue = o.value("id"_L1);
    if (idValue.isDouble()) {
        id = idValue.toInt();
        if (!store.find(target, id)) {
            *message = tr("%1 %2 not found").arg(kindName(target)).arg(idValue.toDouble());
            return std::nullopt;
        }
    } else {
        QString key, wanted;
        for (const char *k : {"identifier", "name"}) {
            if (o.value(QLatin1StringView(k)).isString()) {
                key = QLatin1StringView(k);
                wanted = o.value(key).toString();
                break;
            }
        }
        if (key.isEmpty()) {
            *message = tr("A %1 reference needs an id.").arg(kindName(target).toLower());
            return std::nullopt;
        }
        for (const auto &[rid, r] : store.records(target)) {
            const QString have = key == "name"_L1 && !r.object.contains("name"_L1)
                                     ? store.reference(target, rid).value("name"_L1).toString()
                                     : r.object.value(key).toString();
            if (have.compare(wanted, Qt::CaseInsensitive) == 0 &&
                (scope == Scope::None || r.parentId == scopeId)) {
                id = rid;
                break;
            }
        }
        if (!id) {
            *message = tr("%1 with %2 '%3' not found").arg(kindName(target), key, wanted);
            return std::nullopt;
        }
    }
    const Record *r = store.find(target, id);
    if (scope != Scope::None && r->parentId != scopeId) {
        *message = tr("%1 %2 does not belong to %3 %4")
                       .arg(kindName(target))
                       .arg(id)
                       .arg(scope == Scope::Board ? u"board"_s : u"company"_s)
                       .arg(scopeId);
        return std::nullopt;
    }
    return store.reference(target, id);
}

void ApiHandler::Private::resolveRefs(Kind kind, QJsonObject &out, bool scoped,
                                      QList<FieldError> &errors) const
{
    for (const RefRule &rule : kRefRules) {
        const QString field = QLatin1StringView(rule.field);
        if (rule.owner != kind || (rule.scope != Scope::None) != scoped || !out.contains(field))
            continue;
        int scopeId = 0;
        if (scoped) {
            const QString scopeField = rule.scope == Scope::Board ? u"board"_s : u"company"_s;
            scopeId = out.value(scopeField).toObject().value("id"_L1).toInt();
            if (!scopeId)
                continue; // no valid board or company: that field's own error says why
        }
        QString message;
        const auto ref = resolveRef(rule.target, out.value(field), rule.scope, scopeId, &message);
        if (ref) {
            out.insert(field, *ref);
        } else {
            errors.append({u"InvalidField"_s, message, field});
            out.remove(field);
        }
    }
}

void ApiHandler::Private::loadCustomFieldDefs()
{
    if (customFieldDefsLoaded)
        return;
    customFieldDefsLoaded = true;
    int seen = 0;
    for (const auto &[id, r] : store.records(Kind::Ticket)) {
        for (const QJsonValue &f : r.object.value("customFields"_L1).toArray()) {
            QJsonObject def = f.toObject();
            def.remove("value"_L1);
            customFieldDefs.insert(def.value("id"_L1).toInt(), def);
        }
        if (++seen > 50)
            break;
    }
}

QJsonObject ApiHandler::Private::normalize(const Collection &c, const QJsonObject &in,
                                           const Record *existing, int parentId,
                                           QList<FieldError> &errors)
{
    QJsonObject out;
    const SchemaTable *schema = schemaFor(c.kind);
    if (!schema)
        return out;
    auto typeName = [](PropertyType t) {
        switch (t) {
        case PropertyType::Integer:
            return tr("whole number");
        case PropertyType::Number:
            return tr("number");
        case PropertyType::String:
            return tr("string");
        case PropertyType::DateTime:
            return tr("date-time string such as 2025-01-31T17:00:00Z");
        case PropertyType::Boolean:
            return tr("boolean (true or false)");
        case PropertyType::Array:
            return tr("JSON array");
        case PropertyType::Object:
            return tr("JSON object");
        }
        return QString();
    };
    for (auto it = in.begin(); it != in.end(); ++it) {
        const SchemaProperty *prop = nullptr;
        for (const SchemaProperty &p : schema->properties) {
            if (it.key().compare(QLatin1StringView(p.name), Qt::CaseInsensitive) == 0) {
                prop = &p;
                break;
            }
        }
        const QString name = prop ? QString::fromLatin1(prop->name) : QString();
        // Unknown and server-owned properties are ignored, as the real server's model binder does.
        if (!prop || name == "id"_L1 || name == "_info"_L1)
            continue;
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined())
            continue;
        bool ok = true;
        QJsonValue value = v;
        switch (prop->type) {
        case PropertyType::Integer: {
            const double x = v.toDouble();
            ok = v.isDouble() && std::floor(x) == x && std::abs(x) <= 2147483647.0;
            break;
        }
        case PropertyType::Number:
            ok = v.isDouble();
            break;
        case PropertyType::Boolean:
            ok = v.isBool();
            break;
        case PropertyType::Array:
            ok = v.isArray();
            break;
        case PropertyType::Object:
            ok = v.isObject();
            break;
        case PropertyType::DateTime: {
            const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
            ok = v.isString() && dt.isValid();
            if (ok)
                value = isoUtc(dt);
            break;
        }
        case PropertyType::String: {
            ok = v.isString();
            if (!ok)
                break;
            const QString s = v.toString();
            if (prop->maxLength > 0 && s.size() > prop->maxLength) {
                errors.append({u"InvalidField"_s,
                               tr("The %1 field cannot be longer than %2 characters.")
                                   .arg(name)
                                   .arg(prop->maxLength),
                               name});
                continue;
            }
            if (*prop->enumValues) {
                const QStringList allowed = QString::fromLatin1(prop->enumValues).split(u'|');
                const auto match =
                    std::find_if(allowed.begin(), allowed.end(), [&](const QString &a) {
                        return a.compare(s, Qt::CaseInsensitive) == 0;
                    });
                if (match == allowed.end()) {
                    errors.append({u"InvalidField"_s,
                                   tr("'%1' is not a valid %2; expected one of: %3.")
                                       .arg(s, name, allowed.join(", "_L1)),
                                   name});
                    continue;
                }
                value = *match;
            }
            break;
        }
        }
        if (!ok) {
            errors.append({u"InvalidField"_s,
                           tr("The %1 field must be a %2.").arg(name, typeName(prop->type)), name});
            continue;
        }
        out.insert(name, value);
    }
    // References: resolve ids to full references. Those scoped to the record's board or
    // company wait for the kind rules, which settle the board and company first.
    resolveRefs(c.kind, out, false, errors);
    applyKindRules(c, out, existing, parentId, errors);
    for (const SchemaProperty &p : schema->properties) {
        const QString name = QString::fromLatin1(p.name);
        if (p.required && !out.contains(name) &&
            std::none_of(errors.begin(), errors.end(),
                         [&](const FieldError &e) { return e.field == name; })) {
            errors.append(
                {u"MissingRequiredField"_s, tr("The %1 field is required.").arg(name), name});
        }
    }
    // _info: entered once, updated on every write, always by the API member.
    const QString now = store.nextTimestamp();
    QJsonObject info = existing ? existing->object.value("_info"_L1).toObject() : QJsonObject();
    if (!existing) {
        info.insert("dateEntered"_L1, now);
        info.insert("enteredBy"_L1, kApiMember);
    }
    info.insert("lastUpdated"_L1, now);
    info.insert("updatedBy"_L1, kApiMember);
    store.addChildLinks(c.kind, existing ? existing->id : store.nextId(c.kind), &info);
    out.insert("_info"_L1, info);
    return out;
}

void ApiHandler::Private::applyKindRules(const Collection &c, QJsonObject &out,
                                         const Record *existing, int parentId,
                                         QList<FieldError> &errors)
{
    auto hasError = [&](const char *field) {
        return std::any_of(errors.begin(), errors.end(), [&](const FieldError &e) {
            return e.field == QLatin1StringView(field);
        });
    };
    auto setDefaultRef = [&](const char *field, Kind kind, int parent = 0) {
        const QString f = QLatin1StringView(field);
        if (out.contains(f) || hasError(field))
            return;
        if (const int id = defaultRecord(kind, parent))
            out.insert(f, store.reference(kind, id));
    };
    switch (c.kind) {
    case Kind::Ticket: {
        setDefaultRef("board", Kind::Board);
        resolveRefs(c.kind, out, true, errors);
        if (const int boardId = out.value("board"_L1).toObject().value("id"_L1).toInt())
            setDefaultRef("status", Kind::Status, boardId);
        setDefaultRef("priority", Kind::Priority);
        setDefaultRef("serviceLocation", Kind::Location);
        setDefaultRef("source", Kind::Source);
        if (!out.contains("recordType"_L1))
            out.insert("recordType"_L1, u"ServiceTicket"_s);
        for (const char *f : {"severity", "impact"}) {
            if (!out.contains(QLatin1StringView(f)))
                out.insert(QLatin1StringView(f), u"Medium"_s);
        }
        if (const Record *site =
                store.find(Kind::Site, out.value("site"_L1).toObject().value("id"_L1).toInt());
            site && !out.contains("siteName"_L1))
            out.insert("siteName"_L1, site->object.value("name"_L1));
        if (const Record *contact = store.find(
                Kind::Contact, out.value("contact"_L1).toObject().value("id"_L1).toInt())) {
            if (!out.contains("contactName"_L1))
                out.insert("contactName"_L1,
                           store.reference(Kind::Contact, contact->id).value("name"_L1));
            if (!out.contains("contactPhoneNumber"_L1) &&
                contact->object.contains("defaultPhoneNbr"_L1))
                out.insert("contactPhoneNumber"_L1, contact->object.value("defaultPhoneNbr"_L1));
            if (!out.contains("contactEmailAddress"_L1)) {
                for (const QJsonValue &item :
                     contact->object.value("communicationItems"_L1).toArray()) {
                    if (item.toObject().value("communicationType"_L1).toString() == "Email"_L1) {
                        out.insert("contactEmailAddress"_L1, item.toObject().value("value"_L1));
                        break;
                    }
                }
            }
        }
        // closedFlag follows the status; closedDate marks when it first closed.
        const Record *status =
            store.find(Kind::Status, out.value("status"_L1).toObject().value("id"_L1).toInt());
        const bool closed = status && status->object.value("closedStatus"_L1).toBool();
        out.insert("closedFlag"_L1, closed);
        const bool wasClosed = existing && existing->object.value("closedFlag"_L1).toBool();
        if (closed) {
            out.insert("closedDate"_L1, wasClosed && existing->object.contains("closedDate"_L1)
                                            ? existing->object.value("closedDate"_L1)
                                            : QJsonValue(isoUtc(QDateTime::currentDateTimeUtc())));
            out.insert("closedBy"_L1, wasClosed && existing->object.contains("closedBy"_L1)
                                          ? existing->object.value("closedBy"_L1)
                                          : QJsonValue(kApiMember));
        } else {
            out.remove("closedDate"_L1);
            out.remove("closedBy"_L1);
        }
        if (out.contains("customFields"_L1)) {
            loadCustomFieldDefs();
            QJsonArray fields;
            for (const QJsonValue &f : out.value("customFields"_L1).toArray()) {
                if (!f.isObject()) {
                    errors.append(
                        {u"InvalidField"_s,
                         tr("Each custom field must be an object with an id and a value."),
                         u"customFields"_s});
                    break;
                }
                QJsonObject field = customFieldDefs.value(f.toObject().value("id"_L1).toInt());
                const QJsonObject given = f.toObject();
                for (auto it = given.begin(); it != given.end(); ++it)
                    field.insert(it.key(), it.value());
                fields.append(field);
            }
            out.insert("customFields"_L1, fields);
        }
        // Write-only fields of the real API: acted on, never stored.
        for (const char *f : {"initialDescription", "initialInternalAnalysis", "initialResolution",
                              "initialDescriptionFrom", "processNotifications", "skipCallback",
                              "contactEmailLookup"})
            out.remove(QLatin1StringView(f));
        break;
    }
    case Kind::Note: {
        out.insert("ticketId"_L1, parentId);
        if (out.value("text"_L1).toString().trimmed().isEmpty() && !hasError("text"))
            errors.append(
                {u"MissingRequiredField"_s, tr("The text field is required."), u"text"_s});
        const bool detail = out.value("detailDescriptionFlag"_L1).toBool();
        const bool internal = out.value("internalAnalysisFlag"_L1).toBool();
        const bool resolution = out.value("resolutionFlag"_L1).toBool();
        if (!detail && !internal && !resolution)
            errors.append(
                {u"MissingRequiredField"_s,
                 tr("One of detailDescriptionFlag, internalAnalysisFlag or resolutionFlag "
                    "must be true."),
                 u"detailDescriptionFlag"_s});
        for (const char *f : {"detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag",
                              "issueFlag", "customerUpdatedFlag"}) {
            if (!out.contains(QLatin1StringView(f)))
                out.insert(QLatin1StringView(f), false);
        }
        if (!out.contains("internalFlag"_L1))
            out.insert("internalFlag"_L1, internal);
        if (!out.contains("externalFlag"_L1))
            out.insert("externalFlag"_L1, detail || resolution);
        out.insert("dateCreated"_L1, existing
                                         ? existing->object.value("dateCreated"_L1)
                                         : QJsonValue(isoUtc(QDateTime::currentDateTimeUtc())));
        out.insert("createdBy"_L1,
                   existing ? existing->object.value("createdBy"_L1) : QJsonValue(kApiMember));
        out.remove("processNotifications"_L1);
        break;
    }
    case Kind::Task:
        out.insert("ticketId"_L1, parentId);
        if (!out.contains("closedFlag"_L1))
            out.insert("closedFlag"_L1, false);
        if (!out.contains("priority"_L1))
            out.insert("priority"_L1, 1);
        break;
    case Kind::Board: {
        const QString name = out.value("name"_L1).toString();
        for (const auto &[id, r] : store.records(Kind::Board)) {
            if ((!existing || id != existing->id) && !name.isEmpty() &&
                r.object.value("name"_L1).toString().compare(name, Qt::CaseInsensitive) == 0) {
                errors.append({u"ObjectExists"_s, tr("A board named %1 already exists.").arg(name),
                               u"name"_s});
                break;
            }
        }
        // location and department are required by the real server; default them from the
        // first board so a quick POST {"name": …} works against the sandbox.
        if (const Record *first = store.records(Kind::Board).empty()
                                      ? nullptr
                                      : &store.records(Kind::Board).begin()->second) {
            for (const char *f : {"location", "department"}) {
                if (!out.contains(QLatin1StringView(f)) &&
                    first->object.contains(QLatin1StringView(f)))
                    out.insert(QLatin1StringView(f), first->object.value(QLatin1StringView(f)));
            }
        }
        for (const char *f : {"inactiveFlag", "projectFlag"}) {
            if (!out.contains(QLatin1StringView(f)))
                out.insert(QLatin1StringView(f), false);
        }
        break;
    }
    case Kind::Status:
    case Kind::Type:
    case Kind::SubType:
        out.insert("board"_L1, store.reference(Kind::Board, parentId));
        if (c.kind == Kind::Status) {
            if (!out.contains("sortOrder"_L1)) {
                int maxSort = 0;
                for (int id : store.childIds(Kind::Status, parentId))
                    maxSort = std::max(
                        maxSort,
                        store.find(Kind::Status, id)->object.value("sortOrder"_L1).toInt());
                out.insert("sortOrder"_L1, maxSort + 1);
            }
            for (const char *f : {"closedStatus", "defaultFlag", "inactive", "displayOnBoard"}) {
                if (!out.contains(QLatin1StringView(f)))
                    out.insert(QLatin1StringView(f), QLatin1StringView(f) == "displayOnBoard"_L1);
            }
        }
        break;
    case Kind::Team:
        out.insert("boardId"_L1, parentId);
        setDefaultRef("teamLeader", Kind::Member);
        break;
    case Kind::KbArticle:
        out.insert("dateCreated"_L1, existing
                                         ? existing->object.value("dateCreated"_L1)
                                         : QJsonValue(isoUtc(QDateTime::currentDateTimeUtc())));
        out.insert("createdBy"_L1,
                   existing ? existing->object.value("createdBy"_L1) : QJsonValue(kApiMember));
        break;
    case Kind::Callback: {
        const QUrl url(out.value("url"_L1).toString(), QUrl::StrictMode);
        const QString host = url.host();
        const bool loopback = CallbackUrlPolicy::isLoopback(url);
        if (out.contains("url"_L1) &&
            (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
             host.isEmpty()))
            errors.append({u"InvalidField"_s, tr("Invalid URL"), u"url"_s});
        else if (out.contains("url"_L1) && !loopback)
            errors.append({u"InvalidField"_s,
                           tr("Invalid URL: the sandbox only calls back loopback addresses "
                              "(127.0.0.1, localhost, ::1)."),
                           u"url"_s});
        const QString type = out.value("type"_L1).toString().toLower();
        const QString level = out.value("level"_L1).toString().toLower();
        static const QStringList ticketLevels = {u"owner"_s, u"board"_s, u"status"_s, u"company"_s};
        if (out.contains("type"_L1) && type != "ticket"_L1)
            errors.append({u"InvalidObject"_s,
                           tr("Unrecognized type; the sandbox supports ticket callbacks."),
                           u"type"_s});
        else if (out.contains("level"_L1) && !ticketLevels.contains(level))
            errors.append({u"InvalidObject"_s,
                           tr("Unrecognized level for type, see documentation for supported levels "
                              "for each type"),
                           u"level"_s});
        for (const auto &[id, r] : store.records(Kind::Callback)) {
            if ((!existing || id != existing->id) &&
                r.object.value("url"_L1).toString() == out.value("url"_L1).toString() &&
                r.object.value("type"_L1).toString().toLower() == type &&
                r.object.value("level"_L1).toString().toLower() == level &&
                r.object.value("objectId"_L1).toInt() == out.value("objectId"_L1).toInt()) {
                errors.append({u"ObjectExists"_s, tr("A matching callback entry already exists"),
                               u"objectId"_s});
                break;
            }
        }
        if (!out.contains("memberId"_L1) && !store.records(Kind::Member).empty())
            out.insert("memberId"_L1, store.records(Kind::Member).begin()->first);
        out.insert("connectWiseID"_L1,
                   existing ? existing->object.value("connectWiseID"_L1)
                            : QJsonValue(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        for (const char *f : {"inactiveFlag", "isSoapCallbackFlag", "isSelfSuppressedFlag"}) {
            if (!out.contains(QLatin1StringView(f)))
                out.insert(QLatin1StringView(f), false);
        }
        if (!out.contains("payloadVersion"_L1))
            out.insert("payloadVersion"_L1, u"3.0.0"_s);
        break;
    }
    default:
        break;
    }
}

HttpResponse ApiHandler::Private::linkConfiguration(const QJsonObject &body, int ticketId)
{
    int configId = 0;
    if (body.value("id"_L1).isDouble())
        configId = body.value("id"_L1).toInt();
    else if (body.value("configuration"_L1).toObject().value("id"_L1).isDouble())
        configId = body.value("configuration"_L1).toObject().value("id"_L1).toInt();
    else if (body.value("deviceIdentifier"_L1).isString()) {
        for (const auto &[id, r] : store.records(Kind::Configuration)) {
            if (r.object.value("deviceIdentifier"_L1)
                    .toString()
                    .compare(body.value("deviceIdentifier"_L1).toString(), Qt::CaseInsensitive) ==
                0) {
                configId = id;
                break;
            }
        }
    }
    const QString resource = u"configuration"_s;
    if (!configId)
        return ApiResponse::invalid(
            resource, {{u"MissingRequiredField"_s,
                        tr("The id of the configuration to link is required."), u"id"_s}});
    if (!store.find(Kind::Configuration, configId))
        return ApiResponse::invalid(
            resource,
            {{u"InvalidField"_s, tr("Configuration %1 not found").arg(configId), u"id"_s}});
    for (int key : store.childIds(Kind::TicketConfiguration, ticketId)) {
        if (store.find(Kind::TicketConfiguration, key)->object.value("id"_L1).toInt() == configId)
            return ApiResponse::invalid(resource,
                                        {{u"ObjectExists"_s,
                                          tr("Configuration %1 is already linked to ticket %2.")
                                              .arg(configId)
                                              .arg(ticketId),
                                          u"id"_s}});
    }
    QJsonObject link = store.reference(Kind::Configuration, configId);
    QJsonObject info = link.value("_info"_L1).toObject();
    info.insert("lastUpdated"_L1, store.nextTimestamp());
    info.insert("updatedBy"_L1, kApiMember);
    link.insert("_info"_L1, info);
    const int key = store.insert(Kind::TicketConfiguration, link, ticketId);
    if (!key)
        return ApiResponse::error(500, u"ConnectWiseApi"_s,
                                  tr("The record could not be saved: %1").arg(store.lastError()));
    return ApiResponse::json(201, store.find(Kind::TicketConfiguration, key)->json);
}

HttpResponse ApiHandler::Private::write(const HttpRequest &request, const Collection &c,
                                        int parentId, int id)
{
    const Record *existing = nullptr;
    if (id) {
        existing = findChild(c, parentId, id);
        if (!existing)
            return ApiResponse::notFound(c.kind, id);
    }
    const QByteArray contentType = request.header("content-type").toLower();
    const bool jsonType = contentType.contains("json");
    if (!contentType.isEmpty() && !jsonType)
        return ApiResponse::unsupportedMediaType(contentType);
    const JsonBody::Result parsed = JsonBody::parse(request.body, options.limits.maxJsonDepth);
    if (parsed.refusal) {
        if (parsed.notJson && !jsonType)
            return ApiResponse::error(
                415, u"UnsupportedMediaType"_s,
                tr("The request body is not JSON; send JSON with Content-Type: application/json."));
        return *parsed.refusal;
    }
    const QJsonDocument &doc = parsed.document;
    const bool patch = request.method == "PATCH";
    if (patch ? !doc.isArray() : !doc.isObject())
        return ApiResponse::error(
            400, u"InvalidObject"_s,
            patch ? tr("A PATCH body must be a JSON array of operations such as "
                       "[{\"op\": \"replace\", \"path\": \"summary\", \"value\": \"…\"}].")
                  : tr("The request body must be a JSON object."));

    if (c.kind == Kind::TicketConfiguration)
        return linkConfiguration(doc.object(), parentId);

    QJsonObject input = doc.object();
    if (patch) {
        const RecordPatcher patcher(options.limits.maxPatchOperations,
                                    options.limits.maxPatchPathDepth);
        QString limitMessage, limitField;
        if (!patcher.checkLimits(doc.array(), &limitMessage, &limitField))
            return ApiResponse::error(400, u"InvalidObject"_s, limitMessage,
                                      {{u"InvalidField"_s, limitMessage, limitField}},
                                      u"patchOperation"_s);
        // A path must name a property of the record's model; ignoring it would be a false 200.
        const SchemaTable *schema = schemaFor(c.kind);
        for (const QJsonValue &op : doc.array()) {
            const QString path = op.toObject().value("path"_L1).toString();
            const QString first = path.mid(path.startsWith(u'/') ? 1 : 0).section(u'/', 0, 0);
            if (first.isEmpty() || !schema)
                continue;
            const bool known = std::any_of(
                schema->properties.begin(), schema->properties.end(), [&](const SchemaProperty &p) {
                    return first.compare(QLatin1StringView(p.name), Qt::CaseInsensitive) == 0;
                });
            if (!known || first == "id"_L1 || first == "_info"_L1) {
                const QString message =
                    tr("The patch path %1 does not name a writable %2 property.")
                        .arg(path, QLatin1StringView(c.resource));
                return ApiResponse::error(400, u"InvalidObject"_s, message,
                                          {{u"InvalidField"_s, message, first}},
                                          QLatin1StringView(c.resource));
            }
        }
        input = existing->object;
        QString message;
        if (!patcher.apply(input, doc.array(), &message))
            return ApiResponse::error(400, u"InvalidObject"_s, message,
                                      {{u"InvalidField"_s, message, u"path"_s}},
                                      u"patchOperation"_s);
    }
    QList<FieldError> errors;
    QJsonObject record = normalize(c, input, existing, parentId, errors);
    if (!errors.isEmpty())
        return ApiResponse::invalid(QLatin1StringView(c.resource), errors);
    // A patch can nest a value below a path: what is stored must be as shallow as a body, or the
    // next start could not read it back.
    if (patch && JsonBody::depth(ApiResponse::toJson(record)) > options.limits.maxJsonDepth)
        return JsonBody::tooDeep(options.limits.maxJsonDepth);

    store.beginBulk();
    int newId = id;
    bool saved;
    if (existing) {
        saved = store.update(c.kind, id, record);
    } else {
        newId = store.insert(c.kind, record, parentId);
        saved = newId != 0;
    }
    if (saved && c.kind == Kind::Status && record.value("defaultFlag"_L1).toBool()) {
        // One default status per board.
        for (int sid : store.childIds(Kind::Status, parentId)) {
            const Record *other = store.find(Kind::Status, sid);
            if (sid != newId && other->object.value("defaultFlag"_L1).toBool()) {
                QJsonObject o = other->object;
                o.insert("defaultFlag"_L1, false);
                saved = saved && store.update(Kind::Status, sid, o);
            }
        }
    }
    if (saved && !existing && c.kind == Kind::Ticket) {
        // POST-only initial notes become the ticket's first notes.
        const struct
        {
            const char *field;
            const char *flag;
        } initial[] = {{"initialDescription", "detailDescriptionFlag"},
                       {"initialInternalAnalysis", "internalAnalysisFlag"},
                       {"initialResolution", "resolutionFlag"}};
        for (const auto &n : initial) {
            const QString text = input.value(QLatin1StringView(n.field)).toString();
            if (text.trimmed().isEmpty())
                continue;
            QList<FieldError> noteErrors;
            const Collection &notes =
                *std::find_if(std::begin(kCollections), std::end(kCollections),
                              [](const Collection &k) { return k.kind == Kind::Note; });
            const QJsonObject note =
                normalize(notes, QJsonObject{{u"text"_s, text}, {QLatin1StringView(n.flag), true}},
                          nullptr, newId, noteErrors);
            saved = saved && noteErrors.isEmpty() && store.insert(Kind::Note, note, newId) != 0;
        }
    }
    store.endBulk();
    if (!saved)
        return ApiResponse::error(500, u"ConnectWiseApi"_s,
                                  tr("The record could not be saved: %1").arg(store.lastError()));
    // Invalidate the cached condition field types for this kind: new fields may have appeared.
    catalogs[size_t(c.kind)].add(record);
    catalogs[size_t(c.kind)].scanned.clear();
    if (c.kind == Kind::Ticket && !input.value("skipCallback"_L1).toBool())
        emitTicket(existing ? u"updated"_s : u"added"_s, newId);
    return ApiResponse::json(existing ? 200 : 201, store.find(c.kind, newId)->json);
}

HttpResponse ApiHandler::Private::remove(const Collection &c, int parentId, int id)
{
    const Record *r = findChild(c, parentId, id);
    if (!r)
        return ApiResponse::notFound(c.kind, id);
    auto inUse = [&](const char *field, int refId) {
        int n = 0;
        for (const auto &[tid, t] : store.records(Kind::Ticket)) {
            if (t.object.value(QLatin1StringView(field)).toObject().value("id"_L1).toInt() == refId)
                ++n;
        }
        return n;
    };
    if (c.kind == Kind::Board || c.kind == Kind::Status) {
        const char *field = c.kind == Kind::Board ? "board" : "status";
        if (const int n = inUse(field, id))
            return ApiResponse::error(
                400, u"InvalidObject"_s,
                tr("%1 %2 is in use by %3 tickets and cannot be deleted.")
                    .arg(kindName(c.kind))
                    .arg(id)
                    .arg(n),
                {{u"InUse"_s, tr("Move or delete its tickets first."), u"id"_s}},
                QLatin1StringView(c.resource));
    }
    const QJsonObject gone = r->object;
    store.beginBulk();
    bool ok = true;
    if (c.kind == Kind::Board) {
        for (Kind child : {Kind::Status, Kind::Type, Kind::SubType, Kind::Team}) {
            for (int cid : store.childIds(child, id))
                ok = ok && store.remove(child, cid);
        }
    }
    ok = ok && store.remove(c.kind, r->id);
    store.endBulk();
    if (!ok)
        return ApiResponse::error(500, u"ConnectWiseApi"_s,
                                  tr("The record could not be deleted: %1").arg(store.lastError()));
    if (c.kind == Kind::Ticket) {
        auto refId = [&](const char *field) {
            return gone.value(QLatin1StringView(field)).toObject().value("id"_L1).toInt();
        };
        Q_EMIT q->ticketChanged(u"deleted"_s, id, {}, refId("board"), refId("status"),
                                refId("company"));
    }
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace cw::sandbox
