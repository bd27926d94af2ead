#include "fieldcatalog.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

QString patternOf(const QString &path)
{
    QStringList segments = path.toLower().split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : segments) {
        bool isNumber = false;
        segment.toInt(&isNumber);
        if (isNumber)
            segment = u"{}"_s;
    }
    return u'/' + segments.join(u'/');
}

// Names the real server accepts in conditions on every collection although no schema lists
// them: the record's _info properties, also written without the "_info/" prefix (ConnectWise's
// developer guide: `lastUpdated > [2016-08-20T18:04:26Z]`). Kept by hand here, not in the
// generated tables, which only hold what the OpenAPI extract says. A collection's own field of
// the same name (Source has dateEntered and enteredBy) wins.
struct ConditionOnlyField
{
    const char *name; // lower case
    FieldCatalog::FieldType type;
};
constexpr ConditionOnlyField kConditionOnlyFields[] = {
    {"lastupdated", FieldCatalog::FieldType::DateTime},
    {"dateentered", FieldCatalog::FieldType::DateTime},
    {"enteredby", FieldCatalog::FieldType::String},
    {"updatedby", FieldCatalog::FieldType::String},
};

std::optional<FieldCatalog::FieldType> conditionOnlyType(const QString &lowerName)
{
    for (const ConditionOnlyField &field : kConditionOnlyFields) {
        if (lowerName == QLatin1StringView(field.name))
            return field.type;
    }
    return std::nullopt;
}

std::optional<query::ValueType> valueTypeOf(FieldCatalog::FieldType type)
{
    using T = FieldCatalog::FieldType;
    using V = query::ValueType;
    switch (type) {
    case T::Number:
        return V::Number;
    case T::String:
        return V::String;
    case T::DateTime:
        return V::DateTime;
    case T::Boolean:
        return V::Boolean;
    case T::Array:
        return V::Array;
    case T::Object:
        return V::Object;
    case T::Any:
        return V::Null; // known, but any literal may be compared with it
    }
    return std::nullopt;
}

} // namespace

const FieldCatalog::Collection *FieldCatalog::find(const QString &collectionPath)
{
    const QString pattern = patternOf(collectionPath);
    for (const Collection &c : collections()) {
        if (pattern == QLatin1StringView(c.pattern))
            return &c;
    }
    return nullptr;
}

query::Conditions::FieldTypeResolver FieldCatalog::resolverFor(const QString &collectionPath)
{
    const Collection *collection = find(collectionPath);
    if (!collection)
        return {};
    // Field names are case-insensitive on the server.
    auto types = std::make_shared<QHash<QString, FieldType>>();
    for (const Field &field : collection->fields)
        types->insert(QString::fromLatin1(field.path).toLower(), field.type);

    return [types](const QStringList &path) -> std::optional<query::ValueType> {
        if (path.isEmpty())
            return std::nullopt;
        const QString first = path.first().toLower();
        if (first == "_info"_L1) {
            const QString leaf = path.size() == 2 ? path.at(1).toLower() : QString();
            if (const auto type = conditionOnlyType(leaf))
                return valueTypeOf(*type);
            return query::ValueType::Null; // the *_href links and whatever a server adds
        }
        const QString key = path.join(u'/').toLower();
        if (const auto it = types->constFind(key); it != types->constEnd())
            return valueTypeOf(*it);
        if (path.size() == 1) {
            if (const auto type = conditionOnlyType(first))
                return valueTypeOf(*type);
        }
        // Inside arrays (customFields, members …) and below a reference's own references the
        // extract says too little: let the server judge.
        for (qsizetype n = path.size() - 1; n >= 1; --n) {
            const QString prefix = path.mid(0, n).join(u'/').toLower();
            if (const auto it = types->constFind(prefix); it != types->constEnd()) {
                if (*it == FieldType::Array || *it == FieldType::Any)
                    return query::ValueType::Null;
                break;
            }
        }
        return std::nullopt;
    };
}

} // namespace cw
