#include "apihandler.h"

#include "apiresponse.h"
#include "collection.h"
#include "credentialcheck.h"
#include "jsonbody.h"
#include "listing.h"
#include "recordvalidator.h"
#include "recordwriter.h"
#include "sandboxoptions.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

struct ApiHandler::Private
{
    Store &store;
    const SandboxOptions &options;
    Listing listing;
    RecordValidator validator;
    RecordWriter writer;

    Private(Store &s, const SandboxOptions &o)
        : store(s)
        , options(o)
        , listing(s, o)
        , validator(s)
        , writer(s, o, validator, listing)
    {
    }

    HttpResponse handle(const HttpRequest &request);
    bool authorized(const HttpRequest &request, HttpResponse *refusal) const;
    HttpResponse companyInfo(const QString &company) const;
    HttpResponse systemInfo() const;
};

ApiHandler::ApiHandler(Store &store, const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(store, options))
{
    connect(&d->writer, &RecordWriter::ticketChanged, this, &ApiHandler::ticketChanged);
}

ApiHandler::~ApiHandler() = default;

HttpResponse ApiHandler::handle(const HttpRequest &request)
{
    return d->handle(request);
}

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

    QueryParams params;
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

    const Collection *coll = Collections::top(top);
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
        const Collection *child = Collections::child(coll->kind, segs[3]);
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
            return listing.list(request, *coll, parentId, params, false);
        if (method == "POST" && coll->writable)
            return writer.write(request, *coll, parentId, 0);
        return notAllowed(writeMethods);
    }
    if (tail != 1)
        return ApiResponse::endpointMissing();
    const QString last = segs[rest];
    if (last.compare("count"_L1, Qt::CaseInsensitive) == 0)
        return method == "GET" ? listing.list(request, *coll, parentId, params, true)
                               : notAllowed("GET");
    if (last.compare("search"_L1, Qt::CaseInsensitive) == 0 &&
        (coll->kind == Kind::Ticket || coll->kind == Kind::KbArticle)) {
        if (method == "GET")
            return listing.list(request, *coll, parentId, params, false);
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
        return listing.list(request, *coll, parentId, params, false);
    }
    int id = 0;
    if (!parseId(last, &id))
        return ApiResponse::endpointMissing();
    const bool linkKind = coll->kind == Kind::TicketConfiguration;
    const QByteArray itemMethods = !coll->writable ? QByteArray("GET")
                                   : linkKind      ? QByteArray("GET, DELETE")
                                                   : QByteArray("GET, PUT, PATCH, DELETE");
    if (method == "GET")
        return listing.getOne(*coll, parentId, id, params);
    if (coll->writable && method == "DELETE")
        return writer.remove(*coll, parentId, id);
    if (coll->writable && !linkKind && (method == "PUT" || method == "PATCH"))
        return writer.write(request, *coll, parentId, id);
    return notAllowed(itemMethods);
}

} // namespace cw::sandbox
