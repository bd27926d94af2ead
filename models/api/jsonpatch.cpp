#include "jsonpatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

constexpr QLatin1StringView kIdentityKeys[] = {"id"_L1, "identifier"_L1, "name"_L1};

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::JsonPatch", text);
}

bool isNullish(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

// JSON Pointer escaping (RFC 6901); ConnectWise property names never need it, but a path built
// from an arbitrary key must still name that key.
QString escapeKey(QString key)
{
    return key.replace(u'~', "~0"_L1).replace(u'/', "~1"_L1);
}

QString unescapeKey(QString key)
{
    return key.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
}

QJsonObject operation(const QString &path, const QJsonValue &value)
{
    // Inserting an undefined value would drop the "value" member; the server needs it.
    return QJsonObject{{u"op"_s, u"replace"_s},
                       {u"path"_s, path},
                       {u"value"_s, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value}};
}

QString keyText(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
}

// Ids compare as numbers (some clients send "26" for 26); identifiers and names compare
// case-insensitively because the server looks them up that way (SQL Server collation).
bool sameKey(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if ((!a.isDouble() && !a.isString()) || (!b.isDouble() && !b.isString()))
        return a == b;
    return keyText(a).compare(keyText(b), Qt::CaseInsensitive) == 0;
}

// Custom field values by id; an entry without a value (the server omits empty ones) is null.
QHash<QString, QJsonValue> customFieldValues(const QJsonValue &list)
{
    QHash<QString, QJsonValue> values;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject o = entry.toObject();
        const QJsonValue id = o.value("id"_L1);
        if (isNullish(id))
            continue; // the server cannot match an entry without an id either
        const QJsonValue value = o.value("value"_L1);
        values.insert(keyText(id), isNullish(value) ? QJsonValue(QJsonValue::Null) : value);
    }
    return values;
}

// ConnectWise takes customFields only as the whole array, and only a change of some entry's
// value matters: captions, types and order are the server's.
std::optional<QJsonValue> customFieldsChange(const QJsonValue &was, const QJsonValue &now)
{
    if (!now.isArray() && !isNullish(now))
        return now == was ? std::nullopt : std::optional<QJsonValue>(now);
    const QHash<QString, QJsonValue> before = customFieldValues(was);
    const QHash<QString, QJsonValue> after = customFieldValues(now);
    bool changed = false;
    for (auto it = before.begin(); it != before.end() && !changed; ++it)
        changed = after.value(it.key(), QJsonValue(QJsonValue::Null)) != it.value();
    for (auto it = after.begin(); it != after.end() && !changed; ++it)
        changed = before.value(it.key(), QJsonValue(QJsonValue::Null)) != it.value();
    if (!changed)
        return std::nullopt;
    if (now.isArray())
        return now;
    // Dropping the array means clearing every value; an empty array would not clear anything
    // (connectwise-api-notes §4), so send the loaded entries with null values.
    QJsonArray cleared;
    for (const QJsonValue &entry : was.toArray()) {
        QJsonObject o = entry.toObject();
        o.insert("value"_L1, QJsonValue(QJsonValue::Null));
        cleared.append(o);
    }
    return cleared;
}

std::optional<QJsonValue> changedValue(const QString &key, const QJsonValue &was,
                                       const QJsonValue &now)
{
    if (key == "customFields"_L1)
        return customFieldsChange(was, now);
    if (now.isObject() && JsonPatch::isReference(now.toObject())) {
        if (was.isObject() && JsonPatch::sameReference(was.toObject(), now.toObject()))
            return std::nullopt;
        return JsonPatch::referenceValue(now.toObject());
    }
    // A cleared property is sent as replace with null rather than remove: ConnectWise records
    // always carry every property (remove is for array elements), the documented examples only
    // use replace, and the sandbox treats both alike (its PATCH stores nothing for null).
    if (isNullish(now))
        return isNullish(was) ? std::nullopt : std::optional<QJsonValue>(QJsonValue::Null);
    if (now == was)
        return std::nullopt;
    return now;
}

// The key of `object` that matches `key` case-insensitively (the server's model binder ignores
// case), or `key` itself when there is none.
QString actualKey(const QJsonObject &object, const QString &key)
{
    if (object.contains(key))
        return key;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return key;
}

bool isIdentityKey(const QString &key)
{
    return std::any_of(
        std::begin(kIdentityKeys), std::end(kIdentityKeys),
        [&](QLatin1StringView k) { return key.compare(k, Qt::CaseInsensitive) == 0; });
}

struct Operation
{
    QString kind; // "add", "replace" or "remove"
    QString path; // as sent, for messages
    QStringList parts;
    QJsonValue value;
};

bool applyAt(QJsonValue &node, const Operation &op, qsizetype i, QString *error)
{
    const QString &key = op.parts.at(i);
    const bool last = i == op.parts.size() - 1;
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = key != "-"_L1;
        const qsizetype index = ok ? key.toLongLong(&ok) : array.size();
        const bool append = key == "-"_L1 && last && op.kind == "add"_L1;
        const bool inRange =
            ok && index >= 0 &&
            (index < array.size() || (index == array.size() && last && op.kind == "add"_L1));
        if (!append && !inRange) {
            *error = tr("The patch path %1 does not exist.").arg(op.path);
            return false;
        }
        if (last) {
            if (op.kind == "remove"_L1)
                array.removeAt(index);
            else if (op.kind == "add"_L1)
                array.insert(index, op.value);
            else
                array.replace(index, op.value);
        } else {
            QJsonValue child = array.at(index);
            if (!applyAt(child, op, i + 1, error))
                return false;
            array.replace(index, child);
        }
        node = array;
        return true;
    }
    if (!node.isObject() && !isNullish(node)) {
        *error = tr("The patch path %1 does not exist.").arg(op.path);
        return false;
    }
    QJsonObject object = node.toObject();
    const QString name = actualKey(object, key);
    if (last) {
        // Replacing a property the record lacks adds it: a sparse record (fields=…) still has
        // every property on the server.
        if (op.kind == "remove"_L1)
            object.remove(name);
        else
            object.insert(name, op.value);
    } else {
        QJsonValue child = object.value(name);
        // A reference of the record changed through one of its keys (status/id) is a new
        // reference: the server resolves it afresh, so the old name and _info no longer apply.
        if (i == 0 && op.kind != "remove"_L1 && child.isObject() &&
            JsonPatch::isReference(child.toObject()) && i + 1 == op.parts.size() - 1 &&
            isIdentityKey(op.parts.at(i + 1)))
            child = QJsonObject();
        if (!applyAt(child, op, i + 1, error))
            return false;
        object.insert(name, child);
    }
    node = object;
    return true;
}

} // namespace

const QSet<QString> &JsonPatch::ignoredFields()
{
    // Hand-kept: the 2025 OpenAPI extract in tests/data marks nothing readOnly. Sources:
    // the readOnly properties of Ticket, ServiceNote and Task in the 2015 Service API swagger
    // (tests/data/connectwise-service-api-2015-swagger2.json; test_jsonpatch checks this
    // list still covers them), plus the bookkeeping and SLA fields the 2025 schema adds.
    // closedFlag is deliberately absent although the 2015 Ticket marks it: a task is ticked off
    // with it, and on a ticket the server derives it from the status anyway.
    static const QSet<QString> fields = {
        // every record
        u"id"_s,
        u"_info"_s,
        u"lastUpdated"_s,
        u"updatedBy"_s,
        u"dateEntered"_s,
        u"enteredBy"_s,
        // Ticket
        u"closedDate"_s,
        u"closedBy"_s,
        u"actualHours"_s,
        u"approved"_s,
        u"subBillingMethod"_s,
        u"subBillingAmount"_s,
        u"subDateAccepted"_s,
        u"dateResolved"_s,
        u"dateResplan"_s,
        u"dateResponded"_s,
        u"resolveMinutes"_s,
        u"resPlanMinutes"_s,
        u"respondMinutes"_s,
        u"isInSla"_s,
        u"knowledgeBaseLinkId"_s,
        u"knowledgeBaseLinkType"_s,
        u"resources"_s,
        u"parentTicketId"_s,
        u"hasChildTicket"_s,
        u"hasMergedChildTicketFlag"_s,
        u"mobileGuid"_s,
        u"slaStatus"_s,
        // ServiceNote
        u"dateCreated"_s,
        u"createdBy"_s,
        u"internalFlag"_s,
        u"externalFlag"_s,
        // Task
        u"childTicketId"_s,
    };
    return fields;
}

QJsonArray JsonPatch::diff(const QJsonObject &before, const QJsonObject &after)
{
    return diff(before, after, ignoredFields());
}

QJsonArray JsonPatch::diff(const QJsonObject &before, const QJsonObject &after,
                           const QSet<QString> &ignored)
{
    QStringList keys = before.keys();
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()))
            keys.append(it.key());
    }
    // Sorted by property name (which is the path of a top-level operation), so the same edit
    // always gives the same body: the outbox can compare and merge queued edits.
    std::sort(keys.begin(), keys.end());
    QJsonArray ops;
    for (const QString &key : std::as_const(keys)) {
        if (ignored.contains(key))
            continue;
        if (const auto value = changedValue(key, before.value(key), after.value(key)))
            ops.append(operation(escapeKey(key), *value));
    }
    return ops;
}

QJsonArray JsonPatch::replace(const QString &path, const QJsonValue &value)
{
    return QJsonArray{operation(path, value)};
}

QJsonValue JsonPatch::referenceValue(const QJsonObject &ref)
{
    for (QLatin1StringView key : kIdentityKeys) {
        const QJsonValue v = ref.value(key);
        if (!isNullish(v))
            return QJsonObject{{key, v}};
    }
    return ref;
}

bool JsonPatch::isReference(const QJsonObject &object)
{
    return std::any_of(std::begin(kIdentityKeys), std::end(kIdentityKeys),
                       [&](QLatin1StringView key) { return !isNullish(object.value(key)); });
}

bool JsonPatch::sameReference(const QJsonObject &a, const QJsonObject &b)
{
    for (QLatin1StringView key : kIdentityKeys) {
        const QJsonValue x = a.value(key);
        const QJsonValue y = b.value(key);
        if (!isNullish(x) && !isNullish(y))
            return sameKey(x, y);
    }
    return false;
}

QJsonObject JsonPatch::apply(const QJsonObject &record, const QJsonArray &ops, QString *error)
{
    QString message;
    QJsonValue root = record;
    for (const QJsonValue &opValue : ops) {
        const QJsonObject o = opValue.toObject();
        Operation op;
        op.kind = o.value("op"_L1).toString().toLower();
        op.path = o.value("path"_L1).toString();
        op.value = o.value("value"_L1);
        QString path = op.path.startsWith(u'/') ? op.path.mid(1) : op.path;
        if (!opValue.isObject() || path.isEmpty()) {
            message = tr("Each patch operation needs an op and a path.");
            break;
        }
        if (op.kind != "add"_L1 && op.kind != "replace"_L1 && op.kind != "remove"_L1) {
            message = tr("Unsupported patch operation '%1'; use add, replace or remove.")
                          .arg(o.value("op"_L1).toString());
            break;
        }
        if (op.kind != "remove"_L1 && !o.contains("value"_L1)) {
            message = tr("The %1 operation on %2 needs a value.").arg(op.kind, op.path);
            break;
        }
        // Counted before splitting: the walk below recurses once per segment.
        if (const qsizetype depth = path.count(u'/') + 1; depth > MaxPathDepth) {
            message = tr("A patch path may have at most %1 segments; this one has %2.")
                          .arg(MaxPathDepth)
                          .arg(depth);
            break;
        }
        for (const QString &part : path.split(u'/'))
            op.parts.append(unescapeKey(part));
        // The server refuses to write its own bookkeeping rather than ignore it.
        const QString first = op.parts.constFirst();
        if (first.compare("id"_L1, Qt::CaseInsensitive) == 0 ||
            first.compare("_info"_L1, Qt::CaseInsensitive) == 0) {
            message = tr("The patch path %1 does not name a writable property.").arg(op.path);
            break;
        }
        if (!applyAt(root, op, 0, &message))
            break;
    }
    if (error)
        *error = message;
    return message.isEmpty() ? root.toObject() : record;
}

} // namespace cw
