#include "evaluator.h"

#include "isodatetime.h"
#include "syntaxnode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace cw::query {

namespace {

// SQL's three-valued logic: Unknown (a null, or values that cannot be compared) makes both a
// comparison and its negation false.
enum class Truth : quint8 { False, True, Unknown };

Truth truth(bool b)
{
    return b ? Truth::True : Truth::False;
}

QStringView rightTrimmed(QStringView s)
{
    qsizetype n = s.size();
    while (n > 0 && s[n - 1] == u' ')
        --n;
    return s.left(n);
}

template<typename T> int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

Truth fromOrder(Operator op, int cmp)
{
    switch (op) {
    case Operator::Less:
        return truth(cmp < 0);
    case Operator::LessEqual:
        return truth(cmp <= 0);
    case Operator::Greater:
        return truth(cmp > 0);
    case Operator::GreaterEqual:
        return truth(cmp >= 0);
    default:
        return truth(cmp == 0);
    }
}

// Compares a non-null scalar or reference with one literal using an ordering/equality operator.
Truth compareScalar(Operator op, const Literal &lit, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        if (lit.type != ValueType::Boolean)
            return Truth::Unknown;
        return fromOrder(op, threeWay(int(v.toBool()), int(lit.boolean)));
    case QJsonValue::Double:
        if (lit.type == ValueType::Number)
            return fromOrder(op, threeWay(v.toDouble(), lit.number));
        if (lit.type == ValueType::String && lit.stringIsNumber)
            return fromOrder(op, threeWay(v.toDouble(), lit.number));
        return Truth::Unknown;
    case QJsonValue::String: {
        const QString s = v.toString();
        switch (lit.type) {
        case ValueType::String:
            if (lit.stringIsDate) {
                qint64 ms = 0;
                if (parseIsoDateTime(s, &ms))
                    return fromOrder(op, threeWay(ms, lit.msecs));
            }
            return fromOrder(op, rightTrimmed(s).compare(lit.trimmed, Qt::CaseInsensitive));
        case ValueType::DateTime: {
            qint64 ms = 0;
            if (!parseIsoDateTime(s, &ms))
                return Truth::Unknown;
            return fromOrder(op, threeWay(ms, lit.msecs));
        }
        case ValueType::Number: {
            bool ok = false;
            const double d = QStringView(s).trimmed().toDouble(&ok);
            if (!ok)
                return Truth::Unknown;
            return fromOrder(op, threeWay(d, lit.number));
        }
        default:
            return Truth::Unknown;
        }
    }
    case QJsonValue::Object: {
        // Lenient: a reference compared with a number means its id, with text its name.
        const QJsonObject o = v.toObject();
        if (lit.type == ValueType::Number) {
            const QJsonValue id = o.value("id"_L1);
            return id.isDouble() ? compareScalar(op, lit, id) : Truth::Unknown;
        }
        if (lit.type == ValueType::String) {
            const QJsonValue name = o.value("name"_L1);
            return name.isString() ? compareScalar(op, lit, name) : Truth::Unknown;
        }
        return Truth::Unknown;
    }
    default:
        return Truth::Unknown;
    }
}

// contains / like: the field as text.
Truth matchText(const Comparison &c, const QJsonValue &v)
{
    QString s;
    switch (v.type()) {
    case QJsonValue::String:
        s = v.toString();
        break;
    case QJsonValue::Double:
        s = QString::number(v.toDouble(), 'g', 15);
        break;
    case QJsonValue::Object: {
        const QJsonValue name = v.toObject().value("name"_L1);
        if (!name.isString())
            return Truth::Unknown;
        s = name.toString();
        break;
    }
    default:
        return Truth::Unknown;
    }
    const Literal &lit = c.values.front();
    if (c.op == Operator::Contains)
        return truth(QStringView(s).contains(lit.text, Qt::CaseInsensitive));
    if (!c.pattern.hasWildcards())
        return truth(rightTrimmed(s).compare(lit.trimmed, Qt::CaseInsensitive) == 0);
    return truth(c.pattern.matches(s));
}

// The un-negated comparison of a non-null, non-array value.
Truth positive(const Comparison &c, const QJsonValue &v)
{
    switch (c.op) {
    case Operator::Contains:
    case Operator::Like:
        return matchText(c, v);
    case Operator::In: {
        Truth result = Truth::False;
        for (const Literal &lit : c.values) {
            const Truth t = lit.type == ValueType::Null ? Truth::Unknown
                                                        : compareScalar(Operator::Equal, lit, v);
            if (t == Truth::True)
                return t;
            if (t == Truth::Unknown)
                result = Truth::Unknown;
        }
        return result;
    }
    default:
        break;
    }
    const Literal &lit = c.values.front();
    if (lit.type == ValueType::Null) // = null is IS NULL; the value is not null
        return c.op == Operator::Equal ? Truth::False : Truth::Unknown;
    return compareScalar(c.op, lit, v);
}

bool isNullTest(const Comparison &c)
{
    return c.op == Operator::Equal && c.values.front().type == ValueType::Null;
}

bool testValue(const Comparison &c, const QJsonValue &v, bool insideArray)
{
    if (v.isNull() || v.isUndefined()) {
        if (isNullTest(c))
            return !c.negated;
        if (c.op == Operator::In && !c.negated) {
            for (const Literal &lit : c.values) {
                if (lit.type == ValueType::Null)
                    return true;
            }
        }
        return false;
    }
    if (v.isArray()) {
        if (isNullTest(c)) // the array itself is not null
            return c.negated;
        if (insideArray)
            return false;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &element : array) {
            if (testValue(c, element, true))
                return true;
        }
        return false;
    }
    const Truth t = positive(c, v);
    if (t == Truth::Unknown)
        return false;
    return (t == Truth::True) != c.negated;
}

// Walks the path from segment `index`, existentially through arrays.
bool testPath(const Comparison &c, const QJsonObject &object, int index, int skip)
{
    const int last = c.path.size() - 1;
    if (index == last) {
        const QJsonValue v = index == skip ? c.path.findWithFallback(object, index) : [&] {
            const auto it = c.path.find(object, index);
            return it == object.constEnd() ? QJsonValue(QJsonValue::Undefined)
                                           : QJsonValue(it.value());
        }();
        return testValue(c, v, false);
    }
    const auto it = c.path.find(object, index);
    if (it == object.constEnd())
        return testValue(c, QJsonValue(QJsonValue::Undefined), false);
    const QJsonValue v = it.value();
    if (v.isObject())
        return testPath(c, v.toObject(), index + 1, skip);
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        for (const QJsonValue &element : array) {
            if (element.isObject() && testPath(c, element.toObject(), index + 1, skip))
                return true;
        }
        return false;
    }
    // A null (or scalar) reference: everything below it is null.
    return testValue(c, QJsonValue(QJsonValue::Null), false);
}

} // namespace

bool Evaluator::matches(const SyntaxNode &node, const QJsonObject &object, int skip)
{
    switch (node.kind) {
    case SyntaxNode::Kind::And:
        for (const SyntaxNode &child : node.children) {
            if (!matches(child, object, skip))
                return false;
        }
        return true;
    case SyntaxNode::Kind::Or:
        for (const SyntaxNode &child : node.children) {
            if (matches(child, object, skip))
                return true;
        }
        return false;
    case SyntaxNode::Kind::Comparison:
        break;
    }
    const Comparison &c = *node.comparison;
    if (skip >= c.path.size())
        return testValue(c, QJsonValue(QJsonValue::Undefined), false);
    return testPath(c, object, skip, skip);
}

} // namespace cw::query
