// Builds ConnectWise PATCH bodies (JSON Patch operations) from a record as loaded and as edited,
// and applies such bodies to a local copy the way the server does (for optimistic updates).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

namespace cw {

class JsonPatch
{
public:
    // One `replace` per changed top-level property, sorted by path, in the forms the real server
    // accepts: references as {"id": N} (else identifier, else name), customFields and other
    // arrays and objects whole, never a path inside a property. Properties in ignoredFields()
    // are skipped. Empty when nothing the server would store has changed.
    static QJsonArray diff(const QJsonObject &before, const QJsonObject &after);
    // The same with another list of properties to skip (records other than tickets, notes and
    // tasks may need one).
    static QJsonArray diff(const QJsonObject &before, const QJsonObject &after,
                           const QSet<QString> &ignored);

    // A body of one operation: [{"op": "replace", "path": path, "value": value}].
    static QJsonArray replace(const QString &path, const QJsonValue &value);

    // What to send for a reference: {"id": N}, else {"identifier": …}, else {"name": …}; an
    // object without any of those is returned unchanged.
    static QJsonValue referenceValue(const QJsonObject &ref);
    // An object that names a record by id, identifier or name (status, owner, company …).
    static bool isReference(const QJsonObject &object);
    // Whether two references name the same record: compared by id, else identifier, else name
    // (the first key both carry); display names and _info do not matter.
    static bool sameReference(const QJsonObject &a, const QJsonObject &b);

    // Properties the server owns (bookkeeping and computed values); diff() never sends them.
    static const QSet<QString> &ignoredFields();

    // Applies add/replace/remove operations to `record` as the server would: paths with or
    // without a leading slash, property names matched case-insensitively, a reference replaced
    // by exactly what was sent, `ref/id` replacing the whole reference. On a bad operation
    // returns `record` unchanged and sets *error (when given); on success clears it. A path has
    // at most MaxPathDepth segments (no record is that deep; a longer one is refused).
    static constexpr int MaxPathDepth = 32;
    static QJsonObject apply(const QJsonObject &record, const QJsonArray &ops,
                             QString *error = nullptr);
};

} // namespace cw
