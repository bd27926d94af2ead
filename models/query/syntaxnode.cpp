#include "syntaxnode.h"

#include "isodatetime.h"

using namespace Qt::StringLiterals;

namespace cw::query {

bool Literal::sameValue(const Literal &other) const
{
    if (type != other.type)
        return false;
    switch (type) {
    case ValueType::Null:
        return true;
    case ValueType::Boolean:
        return boolean == other.boolean;
    case ValueType::Number:
        return number == other.number;
    case ValueType::DateTime:
        return msecs == other.msecs;
    case ValueType::String:
    case ValueType::Object:
    case ValueType::Array:
        break;
    }
    return text == other.text;
}

QString Literal::toString() const
{
    switch (type) {
    case ValueType::Null:
        return u"null"_s;
    case ValueType::Boolean:
        return boolean ? u"true"_s : u"false"_s;
    case ValueType::Number:
        return text;
    case ValueType::DateTime:
        return u'[' + formatIsoDateTime(msecs) + u']';
    case ValueType::String:
    case ValueType::Object:
    case ValueType::Array:
        break;
    }
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out.append(u'\\');
        out.append(c);
    }
    out.append(u'"');
    return out;
}

QString Comparison::operatorText() const
{
    switch (op) {
    case Operator::Equal:
        return negated ? u"!="_s : u"="_s;
    case Operator::Less:
        return u"<"_s;
    case Operator::LessEqual:
        return u"<="_s;
    case Operator::Greater:
        return u">"_s;
    case Operator::GreaterEqual:
        return u">="_s;
    case Operator::Contains:
        return negated ? u"not contains"_s : u"contains"_s;
    case Operator::Like:
        return negated ? u"not like"_s : u"like"_s;
    case Operator::In:
        break;
    }
    return negated ? u"not in"_s : u"in"_s;
}

bool SyntaxNode::sameTree(const SyntaxNode &other) const
{
    if (kind != other.kind || children.size() != other.children.size())
        return false;
    if (kind == Kind::Comparison) {
        const Comparison &a = *comparison;
        const Comparison &b = *other.comparison;
        if (a.path.segments() != b.path.segments() || a.op != b.op || a.negated != b.negated ||
            a.values.size() != b.values.size())
            return false;
        for (size_t i = 0; i < a.values.size(); ++i) {
            if (!a.values[i].sameValue(b.values[i]))
                return false;
        }
        return true;
    }
    for (size_t i = 0; i < children.size(); ++i) {
        if (!children[i].sameTree(other.children[i]))
            return false;
    }
    return true;
}

QString SyntaxNode::toString() const
{
    if (kind == Kind::Comparison) {
        const Comparison &c = *comparison;
        QString out = c.path.segments().join(u'/') + u' ' + c.operatorText() + u' ';
        if (c.op != Operator::In)
            return out + c.values.front().toString();
        out.append(u'(');
        for (size_t i = 0; i < c.values.size(); ++i) {
            if (i > 0)
                out.append(u", "_s);
            out.append(c.values[i].toString());
        }
        out.append(u')');
        return out;
    }
    const QString glue = kind == Kind::And ? u" and "_s : u" or "_s;
    QString out;
    for (size_t i = 0; i < children.size(); ++i) {
        if (i > 0)
            out.append(glue);
        // Only an or-group inside an and-group needs parentheses; the tree keeps no others.
        if (kind == Kind::And && children[i].kind == Kind::Or)
            out.append(u'(' + children[i].toString() + u')');
        else
            out.append(children[i].toString());
    }
    return out;
}

} // namespace cw::query
