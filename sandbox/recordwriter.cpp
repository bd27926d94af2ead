#include "recordwriter.h"

#include "apiresponse.h"
#include "collection.h"
#include "jsonbody.h"
#include "listing.h"
#include "recordpatcher.h"
#include "recordvalidator.h"
#include "sandboxoptions.h"
#include "schematable.h"
#include "store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

RecordWriter::RecordWriter(Store &store, const SandboxOptions &options, RecordValidator &validator,
                           Listing &listing, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_validator(validator)
    , m_listing(listing)
{
}

void RecordWriter::emitTicket(const QString &action, int id)
{
    const Record *r = m_store.find(Kind::Ticket, id);
    const QJsonObject o = r ? r->object() : QJsonObject{};
    Q_EMIT ticketChanged(action, id, r ? r->json() : QByteArray(),
                         o.value("board"_L1).toObject().value("id"_L1).toInt(),
                         o.value("status"_L1).toObject().value("id"_L1).toInt(),
                         o.value("company"_L1).toObject().value("id"_L1).toInt());
}

HttpResponse RecordWriter::linkConfiguration(const QJsonObject &body, int ticketId)
{
    int configId = 0;
    if (body.value("id"_L1).isDouble())
        configId = body.value("id"_L1).toInt();
    else if (body.value("configuration"_L1).toObject().value("id"_L1).isDouble())
        configId = body.value("configuration"_L1).toObject().value("id"_L1).toInt();
    else if (body.value("deviceIdentifier"_L1).isString()) {
        for (const auto &[id, r] : m_store.records(Kind::Configuration)) {
            if (r.object()
                    .value("deviceIdentifier"_L1)
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
    if (!m_store.find(Kind::Configuration, configId))
        return ApiResponse::invalid(
            resource,
            {{u"InvalidField"_s, tr("Configuration %1 not found").arg(configId), u"id"_s}});
    for (int key : m_store.childIds(Kind::TicketConfiguration, ticketId)) {
        if (m_store.find(Kind::TicketConfiguration, key)->object().value("id"_L1).toInt() ==
            configId)
            return ApiResponse::invalid(resource,
                                        {{u"ObjectExists"_s,
                                          tr("Configuration %1 is already linked to ticket %2.")
                                              .arg(configId)
                                              .arg(ticketId),
                                          u"id"_s}});
    }
    QJsonObject link = m_store.reference(Kind::Configuration, configId);
    QJsonObject info = link.value("_info"_L1).toObject();
    info.insert("lastUpdated"_L1, m_store.nextTimestamp());
    info.insert("updatedBy"_L1, RecordValidator::kApiMember);
    link.insert("_info"_L1, info);
    const int key = m_store.insert(Kind::TicketConfiguration, link, ticketId);
    if (!key)
        return ApiResponse::serverError(
            tr("The record could not be saved: %1").arg(m_store.lastError()));
    return ApiResponse::json(201, m_store.find(Kind::TicketConfiguration, key)->json());
}

HttpResponse RecordWriter::write(const HttpRequest &request, const Collection &c, int parentId,
                                 int id)
{
    const Record *existing = nullptr;
    if (id) {
        existing = Collections::find(m_store, c, parentId, id);
        if (!existing)
            return ApiResponse::notFound(c.kind, id);
    }
    const QByteArray contentType = request.header("content-type").toLower();
    const bool jsonType = contentType.contains("json");
    if (!contentType.isEmpty() && !jsonType)
        return ApiResponse::unsupportedMediaType(contentType);
    const JsonBody::Result parsed = JsonBody::parse(request.body, m_options.limits.maxJsonDepth);
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
        const RecordPatcher patcher(m_options.limits.maxPatchOperations,
                                    m_options.limits.maxPatchPathDepth);
        QString limitMessage, limitField;
        if (!patcher.checkLimits(doc.array(), &limitMessage, &limitField))
            return ApiResponse::error(400, u"InvalidObject"_s, limitMessage,
                                      {{u"InvalidField"_s, limitMessage, limitField}},
                                      u"patchOperation"_s);
        // A path must name a property of the record's model; ignoring it would be a false 200.
        const SchemaTable *schema = Collections::schemaFor(c.kind);
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
        input = existing->object();
        QString message;
        if (!patcher.apply(input, doc.array(), &message))
            return ApiResponse::error(400, u"InvalidObject"_s, message,
                                      {{u"InvalidField"_s, message, u"path"_s}},
                                      u"patchOperation"_s);
    }
    QList<FieldError> errors;
    QJsonObject record = m_validator.normalize(c, input, existing, parentId, errors);
    if (!errors.isEmpty())
        return ApiResponse::invalid(QLatin1StringView(c.resource), errors);
    // A patch can nest a value below a path: what is stored must be as shallow as a body, or the
    // next start could not read it back.
    if (patch && JsonBody::depth(ApiResponse::toJson(record)) > m_options.limits.maxJsonDepth)
        return JsonBody::tooDeep(m_options.limits.maxJsonDepth);

    m_store.beginBulk();
    int newId = id;
    bool saved;
    if (existing) {
        saved = m_store.update(c.kind, id, record);
    } else {
        newId = m_store.insert(c.kind, record, parentId);
        saved = newId != 0;
    }
    if (saved && c.kind == Kind::Status && record.value("defaultFlag"_L1).toBool()) {
        // One default status per board.
        for (int sid : m_store.childIds(Kind::Status, parentId)) {
            const Record *other = m_store.find(Kind::Status, sid);
            if (sid != newId && other->object().value("defaultFlag"_L1).toBool()) {
                QJsonObject o = other->object();
                o.insert("defaultFlag"_L1, false);
                saved = saved && m_store.update(Kind::Status, sid, o);
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
            const Collection &notes = Collections::forKind(Kind::Note);
            const QJsonObject note = m_validator.normalize(
                notes, QJsonObject{{u"text"_s, text}, {QLatin1StringView(n.flag), true}}, nullptr,
                newId, noteErrors);
            saved = saved && noteErrors.isEmpty() && m_store.insert(Kind::Note, note, newId) != 0;
        }
    }
    m_store.endBulk();
    if (!saved)
        return ApiResponse::serverError(
            tr("The record could not be saved: %1").arg(m_store.lastError()));
    // Invalidate the cached condition field types for this kind: new fields may have appeared.
    m_listing.recordWritten(c.kind, record);
    if (c.kind == Kind::Ticket && !input.value("skipCallback"_L1).toBool())
        emitTicket(existing ? u"updated"_s : u"added"_s, newId);
    return ApiResponse::json(existing ? 200 : 201, m_store.find(c.kind, newId)->json());
}

HttpResponse RecordWriter::remove(const Collection &c, int parentId, int id)
{
    const Record *r = Collections::find(m_store, c, parentId, id);
    if (!r)
        return ApiResponse::notFound(c.kind, id);
    auto inUse = [&](const char *field, int refId) {
        int n = 0;
        MemberNames names;
        names.add(QLatin1StringView(field));
        for (const auto &[tid, t] : m_store.records(Kind::Ticket)) {
            if (t.object(names).value(QLatin1StringView(field)).toObject().value("id"_L1).toInt() ==
                refId)
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
    const QJsonObject gone = r->object();
    m_store.beginBulk();
    bool ok = true;
    if (c.kind == Kind::Board) {
        for (Kind child : {Kind::Status, Kind::Type, Kind::SubType, Kind::Team, Kind::Item}) {
            for (int cid : m_store.childIds(child, id))
                ok = ok && m_store.remove(child, cid);
        }
    }
    ok = ok && m_store.remove(c.kind, r->id);
    m_store.endBulk();
    if (!ok)
        return ApiResponse::serverError(
            tr("The record could not be deleted: %1").arg(m_store.lastError()));
    if (c.kind == Kind::Ticket) {
        auto refId = [&](const char *field) {
            return gone.value(QLatin1StringView(field)).toObject().value("id"_L1).toInt();
        };
        Q_EMIT ticketChanged(u"deleted"_s, id, {}, refId("board"), refId("status"),
                             refId("company"));
    }
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace cw::sandbox
