#include "recordvalidator.h"

#include "callbackurlpolicy.h"
#include "collection.h"
#include "schematable.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

namespace {

using S = RecordValidator::Scope;

struct RefRule
{
    Kind owner;
    const char *field;
    Kind target;
    RecordValidator::Scope scope;
};

const RefRule kRefRules[] = {
    {Kind::Ticket, "board", Kind::Board, S::None},
    {Kind::Ticket, "status", Kind::Status, S::Board},
    {Kind::Ticket, "company", Kind::Company, S::None},
    {Kind::Ticket, "site", Kind::Site, S::Company},
    {Kind::Ticket, "contact", Kind::Contact, S::Company},
    {Kind::Ticket, "type", Kind::Type, S::Board},
    {Kind::Ticket, "subType", Kind::SubType, S::Board},
    {Kind::Ticket, "team", Kind::Team, S::Board},
    {Kind::Ticket, "item", Kind::Item, S::Board},
    {Kind::Ticket, "owner", Kind::Member, S::None},
    {Kind::Ticket, "priority", Kind::Priority, S::None},
    {Kind::Ticket, "serviceLocation", Kind::Location, S::None},
    {Kind::Ticket, "source", Kind::Source, S::None},
    {Kind::Ticket, "sla", Kind::Sla, S::None},
    {Kind::Note, "member", Kind::Member, S::None},
    {Kind::Note, "contact", Kind::Contact, S::None},
    {Kind::Task, "member", Kind::Member, S::None},
    {Kind::Board, "dispatchMember", Kind::Member, S::None},
    {Kind::Board, "serviceManagerMember", Kind::Member, S::None},
    {Kind::Board, "dutyManagerMember", Kind::Member, S::None},
    {Kind::Board, "oncallMember", Kind::Member, S::None},
    {Kind::Team, "teamLeader", Kind::Member, S::None},
    {Kind::KbArticle, "board", Kind::Board, S::None},
};

} // namespace

const QString RecordValidator::kApiMember = u"APIMember"_s;

QString RecordValidator::isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

RecordValidator::RecordValidator(Store &store)
    : m_store(store)
{
}

int RecordValidator::defaultRecord(Kind kind, int parentId) const
{
    int first = 0;
    auto pick = [&](const Record &r) {
        if (r.object().value("inactiveFlag"_L1).toBool() ||
            r.object().value("inactive"_L1).toBool())
            return false;
        if (!first)
            first = r.id;
        return r.object().value("defaultFlag"_L1).toBool();
    };
    if (parentId) {
        for (int id : m_store.childIds(kind, parentId)) {
            if (const Record *r = m_store.find(kind, id); r && pick(*r))
                return r->id;
        }
    } else {
        for (const auto &[id, r] : m_store.records(kind)) {
            if (pick(r))
                return id;
        }
    }
    return first;
}

std::optional<QJsonObject> RecordValidator::resolveRef(Kind target, const QJsonValue &v,
                                                       Scope scope, int scopeId,
                                                       QString *message) const
{
    const QJsonObject o = v.toObject();
    int id = 0;
    const QJsonValue idValue = o.value("id"_L1);
    if (idValue.isDouble()) {
        id = idValue.toInt();
        if (!m_store.find(target, id)) {
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
        for (const auto &[rid, r] : m_store.records(target)) {
            const QString have = key == "name"_L1 && !r.object().contains("name"_L1)
                                     ? m_store.reference(target, rid).value("name"_L1).toString()
                                     : r.object().value(key).toString();
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
    const Record *r = m_store.find(target, id);
    if (scope != Scope::None && r->parentId != scopeId) {
        *message = tr("%1 %2 does not belong to %3 %4")
                       .arg(kindName(target))
                       .arg(id)
                       .arg(scope == Scope::Board ? u"board"_s : u"company"_s)
                       .arg(scopeId);
        return std::nullopt;
    }
    return m_store.reference(target, id);
}

void RecordValidator::resolveRefs(Kind kind, QJsonObject &out, bool scoped,
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

void RecordValidator::loadCustomFieldDefs()
{
    if (m_customFieldDefsLoaded)
        return;
    m_customFieldDefsLoaded = true;
    int seen = 0;
    for (const auto &[id, r] : m_store.records(Kind::Ticket)) {
        for (const QJsonValue &f : r.object().value("customFields"_L1).toArray()) {
            QJsonObject def = f.toObject();
            def.remove("value"_L1);
            m_customFieldDefs.insert(def.value("id"_L1).toInt(), def);
        }
        if (++seen > 50)
            break;
    }
}

QJsonObject RecordValidator::normalize(const Collection &c, const QJsonObject &in,
                                       const Record *existing, int parentId,
                                       QList<FieldError> &errors)
{
    QJsonObject out;
    const SchemaTable *schema = Collections::schemaFor(c.kind);
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
    const QString now = m_store.nextTimestamp();
    QJsonObject info = existing ? existing->object().value("_info"_L1).toObject() : QJsonObject();
    if (!existing) {
        info.insert("dateEntered"_L1, now);
        info.insert("enteredBy"_L1, kApiMember);
    }
    info.insert("lastUpdated"_L1, now);
    info.insert("updatedBy"_L1, kApiMember);
    m_store.addChildLinks(c.kind, existing ? existing->id : m_store.nextId(c.kind), &info);
    out.insert("_info"_L1, info);
    return out;
}

void RecordValidator::applyKindRules(const Collection &c, QJsonObject &out, const Record *existing,
                                     int parentId, QList<FieldError> &errors)
{
    switch (c.kind) {
    case Kind::Ticket:
        ticketRules(out, existing, errors);
        break;
    case Kind::Note:
        noteRules(out, existing, parentId, errors);
        break;
    case Kind::Task:
        taskRules(out, parentId);
        break;
    case Kind::Board:
        boardRules(out, existing, errors);
        break;
    case Kind::Status:
    case Kind::Type:
    case Kind::SubType:
    case Kind::Item:
        boardChildRules(c.kind, out, parentId);
        break;
    case Kind::Team:
        teamRules(out, parentId, errors);
        break;
    case Kind::KbArticle:
        kbArticleRules(out, existing);
        break;
    case Kind::Callback:
        callbackRules(out, existing, errors);
        break;
    default:
        break;
    }
}

bool RecordValidator::hasError(const QList<FieldError> &errors, const char *field)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const FieldError &e) { return e.field == QLatin1StringView(field); });
}

void RecordValidator::setDefaultRef(QJsonObject &out, const QList<FieldError> &errors,
                                    const char *field, Kind kind, int parent) const
{
    const QString f = QLatin1StringView(field);
    if (out.contains(f) || hasError(errors, field))
        return;
    if (const int id = defaultRecord(kind, parent))
        out.insert(f, m_store.reference(kind, id));
}

void RecordValidator::ticketRules(QJsonObject &out, const Record *existing,
                                  QList<FieldError> &errors)
{
    setDefaultRef(out, errors, "board", Kind::Board);
    resolveRefs(Kind::Ticket, out, true, errors);
    if (const int boardId = out.value("board"_L1).toObject().value("id"_L1).toInt())
        setDefaultRef(out, errors, "status", Kind::Status, boardId);
    setDefaultRef(out, errors, "priority", Kind::Priority);
    setDefaultRef(out, errors, "serviceLocation", Kind::Location);
    setDefaultRef(out, errors, "source", Kind::Source);
    if (!out.contains("recordType"_L1))
        out.insert("recordType"_L1, u"ServiceTicket"_s);
    for (const char *f : {"severity", "impact"}) {
        if (!out.contains(QLatin1StringView(f)))
            out.insert(QLatin1StringView(f), u"Medium"_s);
    }
    if (const Record *site =
            m_store.find(Kind::Site, out.value("site"_L1).toObject().value("id"_L1).toInt());
        site && !out.contains("siteName"_L1))
        out.insert("siteName"_L1, site->object().value("name"_L1));
    if (const Record *contact = m_store.find(
            Kind::Contact, out.value("contact"_L1).toObject().value("id"_L1).toInt())) {
        if (!out.contains("contactName"_L1))
            out.insert("contactName"_L1,
                       m_store.reference(Kind::Contact, contact->id).value("name"_L1));
        if (!out.contains("contactPhoneNumber"_L1) &&
            contact->object().contains("defaultPhoneNbr"_L1))
            out.insert("contactPhoneNumber"_L1, contact->object().value("defaultPhoneNbr"_L1));
        if (!out.contains("contactEmailAddress"_L1)) {
            for (const QJsonValue &item :
                 contact->object().value("communicationItems"_L1).toArray()) {
                if (item.toObject().value("communicationType"_L1).toString() == "Email"_L1) {
                    out.insert("contactEmailAddress"_L1, item.toObject().value("value"_L1));
                    break;
                }
            }
        }
    }
    // closedFlag follows the status; closedDate marks when it first closed.
    const Record *status =
        m_store.find(Kind::Status, out.value("status"_L1).toObject().value("id"_L1).toInt());
    const bool closed = status && status->object().value("closedStatus"_L1).toBool();
    out.insert("closedFlag"_L1, closed);
    const bool wasClosed = existing && existing->object().value("closedFlag"_L1).toBool();
    if (closed) {
        out.insert("closedDate"_L1, wasClosed && existing->object().contains("closedDate"_L1)
                                        ? existing->object().value("closedDate"_L1)
                                        : QJsonValue(isoUtc(QDateTime::currentDateTimeUtc())));
        out.insert("closedBy"_L1, wasClosed && existing->object().contains("closedBy"_L1)
                                      ? existing->object().value("closedBy"_L1)
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
                errors.append({u"InvalidField"_s,
                               tr("Each custom field must be an object with an id and a value."),
                               u"customFields"_s});
                break;
            }
            QJsonObject field = m_customFieldDefs.value(f.toObject().value("id"_L1).toInt());
            const QJsonObject given = f.toObject();
            for (auto it = given.begin(); it != given.end(); ++it)
                field.insert(it.key(), it.value());
            fields.append(field);
        }
        out.insert("customFields"_L1, fields);
    }
    // Write-only fields of the real API: acted on, never stored.
    for (const char *f :
         {"initialDescription", "initialInternalAnalysis", "initialResolution",
          "initialDescriptionFrom", "processNotifications", "skipCallback", "contactEmailLookup"})
        out.remove(QLatin1StringView(f));
}

void RecordValidator::noteRules(QJsonObject &out, const Record *existing, int parentId,
                                QList<FieldError> &errors) const
{
    out.insert("ticketId"_L1, parentId);
    if (out.value("text"_L1).toString().trimmed().isEmpty() && !hasError(errors, "text"))
        errors.append({u"MissingRequiredField"_s, tr("The text field is required."), u"text"_s});
    const bool detail = out.value("detailDescriptionFlag"_L1).toBool();
    const bool internal = out.value("internalAnalysisFlag"_L1).toBool();
    const bool resolution = out.value("resolutionFlag"_L1).toBool();
    if (!detail && !internal && !resolution)
        errors.append({u"MissingRequiredField"_s,
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
    out.insert("dateCreated"_L1, existing ? existing->object().value("dateCreated"_L1)
                                          : QJsonValue(isoUtc(QDateTime::currentDateTimeUtc())));
    out.insert("createdBy"_L1,
               existing ? existing->object().value("createdBy"_L1) : QJsonValue(kApiMember));
    out.remove("processNotifications"_L1);
}

void RecordValidator::taskRules(QJsonObject &out, int parentId) const
{
    out.insert("ticketId"_L1, parentId);
    if (!out.contains("closedFlag"_L1))
        out.insert("closedFlag"_L1, false);
    if (!out.contains("priority"_L1))
        out.insert("priority"_L1, 1);
}

void RecordValidator::boardRules(QJsonObject &out, const Record *existing,
                                 QList<FieldError> &errors) const
{
    const QString name = out.value("name"_L1).toString();
    for (const auto &[id, r] : m_store.records(Kind::Board)) {
        if ((!existing || id != existing->id) && !name.isEmpty() &&
            r.object().value("name"_L1).toString().compare(name, Qt::CaseInsensitive) == 0) {
            errors.append(
                {u"ObjectExists"_s, tr("A board named %1 already exists.").arg(name), u"name"_s});
            break;
        }
    }
    // location and department are required by the real server; default them from the
    // first board so a quick POST {"name": …} works against the sandbox.
    if (const Record *first = m_store.records(Kind::Board).empty()
                                  ? nullptr
                                  : &m_store.records(Kind::Board).begin()->second) {
        for (const char *f : {"location", "department"}) {
            if (!out.contains(QLatin1StringView(f)) &&
                first->object().contains(QLatin1StringView(f)))
                out.insert(QLatin1StringView(f), first->object().value(QLatin1StringView(f)));
        }
    }
    for (const char *f : {"inactiveFlag", "projectFlag"}) {
        if (!out.contains(QLatin1StringView(f)))
            out.insert(QLatin1StringView(f), false);
    }
}

void RecordValidator::boardChildRules(Kind kind, QJsonObject &out, int parentId) const
{
    out.insert("board"_L1, m_store.reference(Kind::Board, parentId));
    if (kind == Kind::Status) {
        if (!out.contains("sortOrder"_L1)) {
            int maxSort = 0;
            for (int id : m_store.childIds(Kind::Status, parentId))
                maxSort = std::max(
                    maxSort,
                    m_store.find(Kind::Status, id)->object().value("sortOrder"_L1).toInt());
            out.insert("sortOrder"_L1, maxSort + 1);
        }
        for (const char *f : {"closedStatus", "defaultFlag", "inactive", "displayOnBoard"}) {
            if (!out.contains(QLatin1StringView(f)))
                out.insert(QLatin1StringView(f), QLatin1StringView(f) == "displayOnBoard"_L1);
        }
    }
}

void RecordValidator::teamRules(QJsonObject &out, int parentId, QList<FieldError> &errors) const
{
    out.insert("boardId"_L1, parentId);
    setDefaultRef(out, errors, "teamLeader", Kind::Member);
}

void RecordValidator::kbArticleRules(QJsonObject &out, const Record *existing) const
{
    out.insert("dateCreated"_L1, existing ? existing->object().value("dateCreated"_L1)
                                          : QJsonValue(isoUtc(QDateTime::currentDateTimeUtc())));
    out.insert("createdBy"_L1,
               existing ? existing->object().value("createdBy"_L1) : QJsonValue(kApiMember));
}

void RecordValidator::callbackRules(QJsonObject &out, const Record *existing,
                                    QList<FieldError> &errors) const
{
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
                       tr("Unrecognized type; the sandbox supports ticket callbacks."), u"type"_s});
    else if (out.contains("level"_L1) && !ticketLevels.contains(level))
        errors.append({u"InvalidObject"_s,
                       tr("Unrecognized level for type, see documentation for supported levels "
                          "for each type"),
                       u"level"_s});
    for (const auto &[id, r] : m_store.records(Kind::Callback)) {
        if ((!existing || id != existing->id) &&
            r.object().value("url"_L1).toString() == out.value("url"_L1).toString() &&
            r.object().value("type"_L1).toString().toLower() == type &&
            r.object().value("level"_L1).toString().toLower() == level &&
            r.object().value("objectId"_L1).toInt() == out.value("objectId"_L1).toInt()) {
            errors.append(
                {u"ObjectExists"_s, tr("A matching callback entry already exists"), u"objectId"_s});
            break;
        }
    }
    if (!out.contains("memberId"_L1) && !m_store.records(Kind::Member).empty())
        out.insert("memberId"_L1, m_store.records(Kind::Member).begin()->first);
    out.insert("connectWiseID"_L1,
               existing ? existing->object().value("connectWiseID"_L1)
                        : QJsonValue(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    for (const char *f : {"inactiveFlag", "isSoapCallbackFlag", "isSelfSuppressedFlag"}) {
        if (!out.contains(QLatin1StringView(f)))
            out.insert(QLatin1StringView(f), false);
    }
    if (!out.contains("payloadVersion"_L1))
        out.insert("payloadVersion"_L1, u"3.0.0"_s);
}

} // namespace cw::sandbox
