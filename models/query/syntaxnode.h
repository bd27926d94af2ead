// The compiled syntax tree of a conditions expression: and/or groups over comparisons.
// Internal to cwquery; literals are digested once at parse time (trimmed, dates as instants).
#pragma once

#include "fieldpath.h"
#include "likepattern.h"
#include "valuetype.h"

#include <memory>
#include <vector>

namespace cw::query {

enum class Operator : quint8 { Equal, Less, LessEqual, Greater, GreaterEqual, Contains, Like, In };

struct Literal
{
    ValueType type = ValueType::Null;
    bool boolean = false;
    double number = 0; // Number; a String's value when stringIsNumber
    qint64 msecs = 0;  // DateTime; a String's instant when stringIsDate
    bool stringIsDate = false;
    bool stringIsNumber = false;
    QString text;    // String: decoded value; Number: as written
    QString trimmed; // String without trailing spaces, for = and ordering
    int position = -1;

    bool sameValue(const Literal &other) const;
    QString toString() const;
};

struct Comparison
{
    FieldPath path;
    Operator op = Operator::Equal;
    bool negated = false; // != , not contains, not like, not in
    std::vector<Literal> values;
    LikePattern pattern;
    int position = -1;

    QString operatorText() const;
};

struct SyntaxNode
{
    enum class Kind : quint8 { And, Or, Comparison };

    Kind kind = Kind::Comparison;
    std::vector<SyntaxNode> children;
    std::unique_ptr<Comparison> comparison;

    bool sameTree(const SyntaxNode &other) const;
    QString toString() const;
};

} // namespace cw::query
