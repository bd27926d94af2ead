// A parsed ConnectWise conditions expression (conditions, childConditions, customFieldConditions).
// It validates what a user typed, re-renders it, and evaluates it over records as the server does.
#pragma once

#include "error.h"
#include "lookup.h"
#include "valuetype.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;

namespace cw::query {

class ConditionsData;
struct SyntaxNode;

// A value type, cheap to copy: copies share one immutable compiled tree. Safe to evaluate from
// several threads at once.
class Conditions
{
public:
    // nullopt = unknown field
    using FieldTypeResolver = std::function<std::optional<ValueType>(const QStringList &path)>;

    Conditions(); // empty: matches everything
    ~Conditions();
    Conditions(const Conditions &);
    Conditions &operator=(const Conditions &);

    // Blank text gives an empty, valid Conditions. On failure the result is invalid, matches
    // nothing, and *error (if given) says where and why; on success *error is cleared.
    static Conditions parse(const QString &text, Error *error);

    bool isEmpty() const;
    bool isValid() const;

    bool matches(const QJsonObject &record) const;
    // customFieldConditions: true if any element of the record's customFields array satisfies the
    // expression, with caption, value, id, type … as the fields.
    bool matchesCustomFields(const QJsonObject &record) const;
    // childConditions: if every path starts with the same array field (communicationItems/value),
    // true if one element satisfies the whole expression; otherwise each comparison is existential
    // over arrays on its own.
    bool matchesChildren(const QJsonObject &record) const;

    // Unknown field, or a literal whose type the field cannot take: the first such error.
    Error validate(const FieldTypeResolver &resolver) const;
    // Each distinct path once (case-insensitively), in order of appearance.
    QList<QStringList> fieldPaths() const;
    // Canonical text: parse(toString()) gives an equal tree.
    QString toString() const;

    bool operator==(const Conditions &other) const;

    // The compiled tree, for other cwquery code (SqlCompiler); nullptr when empty or invalid.
    const SyntaxNode *syntaxTree() const;

private:
    std::shared_ptr<const ConditionsData> d;
};

} // namespace cw::query
