#include "conditions.h"

#include "evaluator.h"
#include "isodatetime.h"
#include "parser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::query {

class ConditionsData
{
public:
    std::optional<SyntaxNode> root;
    bool valid = true;
    QList<QStringList> fieldPaths;
    std::optional<FieldPath> childArray; // the shared first segment of every path, if any
    FieldPath customFields{QStringList{u"customFields"_s}};
};

namespace {

void collect(const SyntaxNode &node, std::vector<const Comparison *> *out)
{
    if (node.kind == SyntaxNode::Kind::Comparison) {
        out->push_back(node.comparison.get());
        return;
    }
    for (const SyntaxNode &child : node.children)
        collect(child, out);
}

std::vector<const Comparison *> comparisons(const ConditionsData &d)
{
    std::vector<const Comparison *> out;
    if (d.root)
        collect(*d.root, &out);
    return out;
}

QString typeWord(ValueType type)
{
    switch (type) {
    case ValueType::Boolean:
        return u"boolean"_s;
    case ValueType::Number:
        return u"numeric"_s;
    case ValueType::DateTime:
        return u"datetime"_s;
    default:
        return u"string"_s;
    }
}

QString typeMismatch(ValueType expected, ValueType found)
{
    // ConnectWise's own wording, so a client sees the same text from the sandbox and the server.
    return QCoreApplication::translate(
               "cw::query",
               "Expected a %1 value, not a %2. String values should be enclosed with double or "
               "single quotes; DateTime values should be enclosed in square brackets; numbers "
               "should consist of only digits, and optionally a decimal point and a negation "
               "sign; boolean values should be indicated with the keywords true or false; null "
               "values should be indicated by the keyword null.")
        .arg(typeWord(expected), typeWord(found));
}

// Empty if the literal suits a field of type `field`.
QString checkLiteral(ValueType field, const Literal &lit)
{
    if (lit.type == ValueType::Null)
        return {};
    switch (field) {
    case ValueType::Null:  // known field that is never set: anything goes
    case ValueType::Array: // existential over elements of unknown type
        return {};
    case ValueType::Object: // lenient: a reference's id (number) or name (text)
        if (lit.type == ValueType::Number || lit.type == ValueType::String)
            return {};
        return typeMismatch(ValueType::Number, lit.type);
    case ValueType::DateTime:
        if (lit.type == ValueType::DateTime || (lit.type == ValueType::String && lit.stringIsDate))
            return {};
        return typeMismatch(field, lit.type);
    case ValueType::Boolean:
    case ValueType::Number:
    case ValueType::String:
        break;
    }
    return lit.type == field ? QString() : typeMismatch(field, lit.type);
}

const ConditionsData &emptyData()
{
    static const ConditionsData data;
    return data;
}

} // namespace

Conditions::Conditions() = default;
Conditions::~Conditions() = default;
Conditions::Conditions(const Conditions &) = default;
Conditions &Conditions::operator=(const Conditions &) = default;

Conditions Conditions::parse(const QString &text, Error *error)
{
    auto data = std::make_shared<ConditionsData>();
    Error e;
    if (!text.trimmed().isEmpty()) {
        Parser parser(text);
        data->root = parser.parse(&e);
        data->valid = !e.isError();
    }
    if (error)
        *error = e;
    if (data->root) {
        const auto all = comparisons(*data);
        bool sharedArray = true;
        for (const Comparison *c : all) {
            const QStringList &segments = c->path.segments();
            const bool seen = std::any_of(
                data->fieldPaths.cbegin(), data->fieldPaths.cend(), [&](const QStringList &p) {
                    return p.join(u'/').compare(segments.join(u'/'), Qt::CaseInsensitive) == 0;
                });
            if (!seen)
                data->fieldPaths.append(segments);
            if (segments.size() < 2 ||
                segments.front().compare(all.front()->path.segments().front(),
                                         Qt::CaseInsensitive) != 0)
                sharedArray = false;
        }
        if (sharedArray)
            data->childArray.emplace(QStringList{all.front()->path.segments().front()});
    }
    Conditions result;
    result.d = std::move(data);
    return result;
}

bool Conditions::isEmpty() const
{
    return !d || !d->root;
}

bool Conditions::isValid() const
{
    return !d || d->valid;
}

bool Conditions::matches(const QJsonObject &record) const
{
    if (!isValid())
        return false;
    if (isEmpty())
        return true;
    return Evaluator::matches(*d->root, record);
}

bool Conditions::matchesCustomFields(const QJsonObject &record) const
{
    if (!isValid())
        return false;
    if (isEmpty())
        return true;
    const auto it = d->customFields.find(record, 0);
    if (it == record.constEnd() || !it.value().isArray())
        return false;
    const QJsonArray fields = it.value().toArray();
    for (const QJsonValue &field : fields) {
        if (field.isObject() && Evaluator::matches(*d->root, field.toObject()))
            return true;
    }
    return false;
}

bool Conditions::matchesChildren(const QJsonObject &record) const
{
    if (!isValid())
        return false;
    if (isEmpty())
        return true;
    if (d->childArray) {
        const auto it = d->childArray->find(record, 0);
        if (it != record.constEnd() && it.value().isArray()) {
            const QJsonArray children = it.value().toArray();
            for (const QJsonValue &child : children) {
                if (child.isObject() && Evaluator::matches(*d->root, child.toObject(), 1))
                    return true;
            }
            return false;
        }
    }
    return Evaluator::matches(*d->root, record);
}

Error Conditions::validate(const FieldTypeResolver &resolver) const
{
    Error error;
    if (!isValid() || isEmpty() || !resolver)
        return error;
    for (const Comparison *c : comparisons(*d)) {
        const std::optional<ValueType> type = resolver(c->path.segments());
        if (!type) {
            const QString path = c->path.segments().join(u'/');
            error.position = c->position;
            error.message = positionedError(
                QueryPart::Conditions, c->position,
                QCoreApplication::translate("cw::query", "unknown field '%1'.").arg(path));
            return error;
        }
        for (const Literal &lit : c->values) {
            const QString message = checkLiteral(*type, lit);
            if (!message.isEmpty()) {
                error.position = lit.position;
                error.message = message;
                return error;
            }
        }
    }
    return error;
}

QList<QStringList> Conditions::fieldPaths() const
{
    return d ? d->fieldPaths : QList<QStringList>();
}

QString Conditions::toString() const
{
    return isEmpty() ? QString() : d->root->toString();
}

bool Conditions::operator==(const Conditions &other) const
{
    const ConditionsData &a = d ? *d : emptyData();
    const ConditionsData &b = other.d ? *other.d : emptyData();
    if (a.valid != b.valid || a.root.has_value() != b.root.has_value())
        return false;
    return !a.root || a.root->sameTree(*b.root);
}

const SyntaxNode *Conditions::syntaxTree() const
{
    return isValid() && d && d->root ? &*d->root : nullptr;
}

} // namespace cw::query
