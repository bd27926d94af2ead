#include "sqlcompiler.h"

#include "conditions.h"
#include "sqlfunctions.h"
#include "syntaxnode.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cw::query {

namespace {

// An SQL expression and the values of its ? placeholders, in order.
struct Sql
{
    QString text;
    QVariantList binds;
};

Sql sql(const QString &text)
{
    return {text, {}};
}

// A literal's value: text is always bound; a whole number (ids, epoch ms, 0/1 for booleans) is
// written into the SQL as an integer literal, which cannot carry anything but digits and a sign.
// Bound or written, SQLite compares it alike (neither has an affinity; INTEGER and REAL compare
// by value), but every `?` costs: Qt's driver rewrites each into a named parameter that SQLite
// looks up in a list, and SQLite checks each constant against those it already holds, so
// preparing a statement is quadratic in its placeholders (a 1,500-term `or` chain over JSON
// fields took ~10 s, 27,000 placeholders). Equal literals written alike are one constant.
// A fractional or huge double stays bound: its decimal form need not parse back to the same bits.
Sql param(const QVariant &value)
{
    constexpr double exactIntegers = 9007199254740992.0; // 2^53
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return {QString::number(value.toLongLong()), {}};
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < exactIntegers)
            return {QString::number(qint64(d)), {}};
        break;
    }
    default:
        break;
    }
    return {u"?"_s, {value}};
}

// Substitutes %1 … %9 in `pattern`; an argument used twice contributes its bindings twice, so
// the bindings always follow the placeholders' order in the text.
Sql fmt(QStringView pattern, std::initializer_list<Sql> args)
{
    Sql out;
    out.text.reserve(pattern.size() + 64);
    const Sql *arg = args.begin();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern[i];
        if (ch == u'%' && i + 1 < pattern.size() && pattern[i + 1] >= u'1' &&
            pattern[i + 1] <= u'9') {
            const Sql &a = arg[pattern[i + 1].unicode() - u'1'];
            out.text += a.text;
            out.binds += a.binds;
            ++i;
        } else {
            out.text += ch;
        }
    }
    return out;
}

// Up to this many operands are joined flat; longer chains are split in halves, each in
// parentheses. SQLite parses `a OR b OR c …` into a left-deep tree one level per operand and
// refuses more than 1,000 levels ("Expression tree is too large"); the server takes a chain of
// any length, so a balanced tree (depth ~log2 n) keeps the same meaning within SQLite's limit.
// AND and OR are associative in SQL's three-valued logic too, so the grouping changes nothing.
constexpr size_t FlatJoinLimit = 16;

void appendJoined(Sql *out, const std::vector<Sql> &parts, size_t begin, size_t end,
                  const QString &glue)
{
    if (end - begin <= FlatJoinLimit) {
        for (size_t i = begin; i < end; ++i) {
            if (i > begin)
                out->text += glue;
            out->text += u'(' + parts[i].text + u')';
            out->binds += parts[i].binds;
        }
        return;
    }
    const size_t middle = begin + (end - begin) / 2;
    out->text += u'(';
    appendJoined(out, parts, begin, middle, glue);
    out->text += u')' + glue + u'(';
    appendJoined(out, parts, middle, end, glue);
    out->text += u')';
}

Sql joined(const std::vector<Sql> &parts, const QString &glue)
{
    Sql out;
    appendJoined(&out, parts, 0, parts.size(), glue);
    return out;
}

QString opSql(Operator op)
{
    switch (op) {
    case Operator::Less:
        return u"<"_s;
    case Operator::LessEqual:
        return u"<="_s;
    case Operator::Greater:
        return u">"_s;
    case Operator::GreaterEqual:
        return u">="_s;
    default:
        return u"="_s;
    }
}

// The evaluator's fromOrder() for a comparison it found equal (a NaN on either side).
bool equalOutcome(Operator op)
{
    return op == Operator::Equal || op == Operator::LessEqual || op == Operator::GreaterEqual ||
           op == Operator::In;
}

bool isNullTest(const Comparison &c)
{
    return c.op == Operator::Equal && c.values.front().type == ValueType::Null;
}

// `x < null` and friends: the evaluator never finds them true, negated or not.
bool isOrderingWithNull(const Comparison &c)
{
    return c.op != Operator::Equal && c.op != Operator::In &&
           c.values.front().type == ValueType::Null;
}

bool hasNullLiteral(const Comparison &c)
{
    for (const Literal &lit : c.values) {
        if (lit.type == ValueType::Null)
            return true;
    }
    return false;
}

bool isNumeric(const Literal &lit)
{
    return lit.type == ValueType::Number || (lit.type == ValueType::String && lit.stringIsNumber);
}

bool isDate(const Literal &lit)
{
    return lit.type == ValueType::DateTime || (lit.type == ValueType::String && lit.stringIsDate);
}

// SQLite stores UTF-8 and compares it byte-wise, i.e. in code point order; QString compares
// UTF-16 code units. The two orders differ only between a character above U+FFFF and one in
// U+E000..U+FFFF, so byte order (which the index has) is exact when the literal has no code unit
// from U+D800 up; otherwise the comparison takes the cw_utf16 collation.
bool hasHighUnits(QStringView s)
{
    for (const QChar ch : s) {
        if (ch.unicode() >= 0xD800)
            return true;
    }
    return false;
}

// Text SQLite cannot hold as given: a NUL ends strings in its functions, and an unpaired
// surrogate has no UTF-8 form (it would be bound as U+FFFD).
bool isStorableText(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s[i];
        if (ch.unicode() == 0)
            return false;
        if (ch.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s[i + 1].isLowSurrogate())
                return false;
            ++i;
        } else if (ch.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$"_s);
    return re.match(name).hasMatch();
}

// A JSON path of quoted keys; SQLite's path syntax has no escape for '"' inside a key.
std::optional<QString> jsonPath(const QStringList &keys)
{
    QString out = u"$"_s;
    for (const QString &key : keys) {
        if (key.contains(u'"') || !isStorableText(key))
            return std::nullopt;
        out += u".\""_s + key + u'"';
    }
    return out;
}

enum class Kind : quint8 { Boolean, Number, Text, Msecs };

// SQL for one value of a known kind. Text has up to three readings; an empty one is derived from
// another with SQL or with the cw_* functions, or is unavailable.
struct Value
{
    Kind kind = Kind::Text;
    Sql expr;       // Boolean 1/0, Number, Msecs; Text: the raw string (empty text: not available)
    Sql folded;     // Text: SqlFunctions::foldedKey() of the value
    Sql foldedFull; // Text: SqlFunctions::fold() of the value, trailing spaces kept
};

Value valueOf(Kind kind, const Sql &expr)
{
    Value v;
    v.kind = kind;
    v.expr = expr;
    return v;
}

class Compilation
{
public:
    Compilation(const SqlCompiler::ColumnResolver &resolver, bool functions)
        : m_resolver(resolver)
        , m_functions(functions)
    {
    }

    Sql node(const SyntaxNode &node);
    const QString &error() const { return m_error; }

private:
    void orChain(const SyntaxNode &node, std::vector<Sql> *parts);
    std::optional<Sql> comparison(const Comparison &c);
    std::optional<Sql> typedComparison(const Comparison &c, const SqlColumn &column);
    std::optional<Sql> jsonComparison(const Comparison &c, const SqlJsonLocation &location);
    std::optional<Sql> leafTest(const Comparison &c, const QString &alias);
    std::optional<Sql> scalarTest(const Comparison &c, const QString &alias);
    std::optional<Sql> objectTruth(const Comparison &c, const Sql &object);

    // The un-negated truth of a comparison with one non-null value: NULL for the evaluator's
    // Unknown, so that NOT keeps it false, as the evaluator's three-valued logic does.
    std::optional<Sql> truth(const Comparison &c, const Value &v);
    std::optional<Sql> compare(Operator op, const Literal &lit, const Value &v);
    std::optional<Sql> inList(const Comparison &c, const Value &v);
    std::optional<Sql> textual(const Comparison &c, const Value &v);

    std::optional<Sql> foldedOf(const Value &v);
    std::optional<Sql> foldedFullOf(const Value &v);
    std::optional<Sql> call(const char *function, std::initializer_list<Sql> args);
    Sql constant(bool value);
    std::nullopt_t fail(const QString &why);
    QString alias() { return u"cwj"_s + QString::number(++m_aliases); }

    const SqlCompiler::ColumnResolver &m_resolver;
    const bool m_functions;
    QString m_failure;       // why the comparison being compiled cannot be
    QString m_error;         // the first comparison that could not be compiled
    bool m_constant = false; // a constant was emitted: a NULL column would not give NULL
    int m_aliases = 0;
};

std::nullopt_t Compilation::fail(const QString &why)
{
    if (m_failure.isEmpty())
        m_failure = why;
    return std::nullopt;
}

Sql Compilation::constant(bool value)
{
    m_constant = true;
    return sql(value ? u"1"_s : u"0"_s);
}

std::optional<Sql> Compilation::call(const char *function, std::initializer_list<Sql> args)
{
    if (!m_functions)
        return fail(u"needs the SQL function %1, which the connection does not have"_s.arg(
            QLatin1StringView(function)));
    Sql out = sql(QLatin1StringView(function) + u'(');
    bool first = true;
    for (const Sql &a : args) {
        if (!first)
            out.text += u", "_s;
        first = false;
        out.text += a.text;
        out.binds += a.binds;
    }
    out.text += u')';
    return out;
}

Sql Compilation::node(const SyntaxNode &node)
{
    if (node.kind == SyntaxNode::Kind::Comparison) {
        m_failure.clear();
        if (std::optional<Sql> s = comparison(*node.comparison))
            return *s;
        if (m_error.isEmpty()) {
            m_error = u"not compiled: '%1': %2"_s.arg(node.toString(), m_failure);
        }
        // No negation sits above a comparison, so reading this one as true over-selects.
        return sql(u"1"_s);
    }
    std::vector<Sql> parts;
    parts.reserve(node.children.size());
    if (node.kind == SyntaxNode::Kind::Or) {
        orChain(node, &parts);
        return joined(parts, u" OR "_s);
    }
    for (const SyntaxNode &child : node.children)
        parts.push_back(this->node(child));
    return joined(parts, u" AND "_s);
}

void Compilation::orChain(const SyntaxNode &node, std::vector<Sql> *parts)
{
    // `a = 1 or a = 2 or …` is `a in (1, 2, …)` for the evaluator (for an array too: some element
    // equals one of them), and SQLite plans one IN list in linear time where it compares every
    // pair of OR terms: a 1,500-term chain of ids took seconds. (`a != 1 and a != 2` is not `a
    // not in (1, 2)` for an array, so AND chains stay as they are.)
    auto mergeable = [](const SyntaxNode &child) {
        const Comparison *c = child.comparison.get();
        return child.kind == SyntaxNode::Kind::Comparison && c && c->op == Operator::Equal &&
               !c->negated && c->values.size() == 1 && c->values.front().type != ValueType::Null;
    };
    QHash<QString, std::vector<const Comparison *>> groups;
    for (const SyntaxNode &child : node.children) {
        if (mergeable(child))
            groups[child.comparison->path.segments().join(u'/')].push_back(child.comparison.get());
    }
    for (const SyntaxNode &child : node.children) {
        if (!mergeable(child)) {
            parts->push_back(this->node(child));
            continue;
        }
        const std::vector<const Comparison *> &group =
            groups.value(child.comparison->path.segments().join(u'/'));
        if (group.size() < 2) {
            parts->push_back(this->node(child));
            continue;
        }
        if (group.front() != child.comparison.get())
            continue; // compiled with the first of its group
        SyntaxNode in;
        in.comparison = std::make_unique<Comparison>();
        in.comparison->path = FieldPath(child.comparison->path.segments());
        in.comparison->op = Operator::In;
        in.comparison->position = child.comparison->position;
        for (const Comparison *c : group)
            in.comparison->values.push_back(c->values.front());
        parts->push_back(this->node(in));
    }
}

std::optional<Sql> Compilation::comparison(const Comparison &c)
{
    for (const Literal &lit : c.values) {
        if (lit.type == ValueType::String && !isStorableText(lit.text))
            return fail(u"the text holds a NUL or an unpaired surrogate"_s);
    }
    const std::optional<SqlColumn> column = m_resolver(c.path.segments());
    if (!column)
        return fail(u"no column for this field"_s);
    if (column->kind == SqlColumn::Kind::Json) {
        if (!column->json)
            return fail(u"a Json column without a JSON location"_s);
        return jsonComparison(c, *column->json);
    }
    if (std::optional<Sql> s = typedComparison(c, *column))
        return s;
    if (!column->json)
        return std::nullopt;
    // The typed column cannot answer this one exactly; the JSON can.
    const QString why = m_failure;
    m_failure.clear();
    if (std::optional<Sql> s = jsonComparison(c, *column->json))
        return s;
    m_failure = why + u"; from JSON: "_s + m_failure;
    return std::nullopt;
}

std::optional<Sql> Compilation::typedComparison(const Comparison &c, const SqlColumn &column)
{
    const bool hasColumn = !column.column.isEmpty();
    const bool hasFolded = column.kind == SqlColumn::Kind::Text && !column.foldedColumn.isEmpty();
    if ((hasColumn && !isIdentifier(column.column)) ||
        (hasFolded && !isIdentifier(column.foldedColumn)))
        return fail(u"a column name is not a plain SQL identifier"_s);
    if (!hasColumn && !hasFolded)
        return fail(u"the column has no name"_s);
    const Sql nullCheck = sql(hasColumn ? column.column : column.foldedColumn);

    Value v;
    switch (column.kind) {
    case SqlColumn::Kind::Text:
        v.kind = Kind::Text;
        if (hasColumn)
            v.expr = sql(column.column);
        if (hasFolded)
            v.folded = sql(column.foldedColumn);
        if (hasColumn && hasFolded) {
            // The folded key plus the raw value's own trailing spaces, in plain SQL.
            v.foldedFull =
                fmt(u"(%1 || substr(%2, length(rtrim(%2, ' ')) + 1))", {v.folded, v.expr});
        }
        break;
    case SqlColumn::Kind::Integer:
    case SqlColumn::Kind::Real:
        v = valueOf(Kind::Number, nullCheck);
        break;
    case SqlColumn::Kind::Boolean:
        v = valueOf(Kind::Boolean, nullCheck);
        break;
    case SqlColumn::Kind::DateTime:
        v = valueOf(Kind::Msecs, nullCheck);
        break;
    case SqlColumn::Kind::Json:
        return fail(u"not a typed column"_s);
    }

    if (isNullTest(c))
        return fmt(c.negated ? u"%1 IS NOT NULL" : u"%1 IS NULL", {nullCheck});
    if (isOrderingWithNull(c))
        return sql(u"0"_s);
    m_constant = false;
    std::optional<Sql> t = truth(c, v);
    if (!t)
        return std::nullopt;
    Sql p = *t;
    if (m_constant) // a constant would answer for a NULL column too
        p = fmt(u"CASE WHEN %1 IS NOT NULL THEN %2 END", {nullCheck, p});
    if (c.negated)
        return fmt(u"NOT (%1)", {p});
    if (c.op == Operator::In && hasNullLiteral(c))
        return fmt(u"(%1 OR %2 IS NULL)", {p, nullCheck});
    return p;
}

std::optional<Sql> Compilation::jsonComparison(const Comparison &c, const SqlJsonLocation &location)
{
    if (!isIdentifier(location.column))
        return fail(u"the JSON column name is not a plain SQL identifier"_s);
    // Inside FROM json_each(…) a bare name is first looked up among json_each's own columns:
    // `json` would silently read json_each's hidden argument column, not the record's.
    static const QStringList jsonEachColumns{u"key"_s,  u"value"_s,  u"type"_s,    u"atom"_s,
                                             u"id"_s,   u"parent"_s, u"fullkey"_s, u"path"_s,
                                             u"json"_s, u"root"_s};
    if (!location.column.contains(u'.') &&
        jsonEachColumns.contains(location.column, Qt::CaseInsensitive))
        return fail(u"the JSON column '%1' must be qualified with its table (t.%1): json_each "
                    u"has a column of that name"_s.arg(location.column));
    const QStringList &path = location.path;
    if (path.isEmpty())
        return fail(u"an empty JSON path"_s);
    if (!location.fallbackPath.isEmpty() && path.size() != 1)
        return fail(u"a fallback JSON path needs a one-key path"_s);
    const Sql json = sql(location.column);

    // One row per value the evaluator reaches: `->` parses the record once and keeps missing
    // (SQL NULL) apart from null; wrapping in an array gives exactly one row either way.
    const std::optional<QString> first = jsonPath({path.front()});
    if (!first)
        return fail(u"a JSON key holds a double quote"_s);
    Sql value = fmt(u"%1 -> %2", {json, param(*first)});
    if (!location.fallbackPath.isEmpty()) {
        const std::optional<QString> fallback = jsonPath(location.fallbackPath);
        if (!fallback)
            return fail(u"a JSON key holds a double quote"_s);
        value = fmt(u"coalesce(%1, %2 -> %3)", {value, json, param(*fallback)});
    }
    QString current = alias();
    Sql from = fmt(u"json_each(json_array(%1)) AS %2", {value, sql(current)});
    std::vector<Sql> where;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const std::optional<QString> key = jsonPath({path.at(i)});
        if (!key)
            return fail(u"a JSON key holds a double quote"_s);
        // The evaluator walks objects, every object of an array, and reads anything else as
        // null: an empty object stands in for it, so the key below is missing, i.e. null too.
        const QString object = alias();
        const QString next = alias();
        from = fmt(u"%1, json_each(CASE %2.type WHEN 'array' THEN %2.value WHEN 'object' THEN "
                   u"json_array(json(%2.value)) ELSE '[{}]' END) AS %3, "
                   u"json_each(json_array(%3.value -> %4)) AS %5",
                   {from, sql(current), sql(object), param(*key), sql(next)});
        where.push_back(sql(object + u".type = 'object'"_s));
        current = next;
    }
    const std::optional<Sql> leaf = leafTest(c, current);
    if (!leaf)
        return std::nullopt;
    where.push_back(*leaf);
    return fmt(u"EXISTS (SELECT 1 FROM %1 WHERE %2)", {from, joined(where, u" AND "_s)});
}

// testValue(): null, an array (each element on its own), or a scalar or reference.
std::optional<Sql> Compilation::leafTest(const Comparison &c, const QString &alias)
{
    const Sql type = sql(alias + u".type"_s);
    if (isNullTest(c)) // an array is not null either
        return fmt(c.negated ? u"%1 <> 'null'" : u"%1 = 'null'", {type});
    if (isOrderingWithNull(c))
        return sql(u"0"_s);
    const Sql onNull =
        sql(c.op == Operator::In && !c.negated && hasNullLiteral(c) ? u"1"_s : u"0"_s);
    const std::optional<Sql> scalar = scalarTest(c, alias);
    if (!scalar)
        return std::nullopt;
    const QString element = this->alias();
    const std::optional<Sql> elementScalar = scalarTest(c, element);
    if (!elementScalar)
        return std::nullopt;
    // Inside an array a nested array never matches.
    const Sql array = fmt(u"EXISTS (SELECT 1 FROM json_each(%1.value) AS %2 WHERE CASE %2.type "
                          u"WHEN 'null' THEN %3 WHEN 'array' THEN 0 ELSE %4 END)",
                          {sql(alias), sql(element), onNull, *elementScalar});
    return fmt(u"CASE %1 WHEN 'null' THEN %2 WHEN 'array' THEN %3 ELSE %4 END",
               {type, onNull, array, *scalar});
}

// A non-null, non-array JSON value: dispatch on its JSON type.
std::optional<Sql> Compilation::scalarTest(const Comparison &c, const QString &alias)
{
    const Sql type = sql(alias + u".type"_s);
    const Sql value = sql(alias + u".value"_s);
    struct Branch
    {
        QString when;
        std::optional<Sql> then;
    };
    Branch branches[] = {
        {u"IN ('true', 'false')"_s, truth(c, valueOf(Kind::Boolean, value))},
        {u"IN ('integer', 'real')"_s, truth(c, valueOf(Kind::Number, value))},
        {u"= 'text'"_s, truth(c, valueOf(Kind::Text, value))},
        {u"= 'object'"_s, objectTruth(c, value)},
    };
    Sql p = sql(u"CASE"_s);
    bool any = false;
    for (const Branch &b : branches) {
        if (!b.then)
            return std::nullopt;
        if (b.then->text == u"NULL"_s)
            continue;
        p = fmt(u"%1 WHEN %2 %3 THEN %4", {p, type, sql(b.when), *b.then});
        any = true;
    }
    if (!any)
        return sql(u"NULL"_s);
    p.text += u" END"_s;
    return c.negated ? fmt(u"NOT (%1)", {p}) : p;
}

// A reference compared with a number means its id, with text its name (compareScalar()).
std::optional<Sql> Compilation::objectTruth(const Comparison &c, const Sql &object)
{
    const Sql idType = fmt(u"json_type(%1, '$.\"id\"')", {object});
    const Sql nameType = fmt(u"json_type(%1, '$.\"name\"')", {object});
    const Value id = valueOf(Kind::Number, fmt(u"json_extract(%1, '$.\"id\"')", {object}));
    const Value name = valueOf(Kind::Text, fmt(u"json_extract(%1, '$.\"name\"')", {object}));
    if (c.op == Operator::Contains || c.op == Operator::Like) {
        const std::optional<Sql> t = textual(c, name);
        if (!t)
            return std::nullopt;
        return fmt(u"CASE WHEN %1 = 'text' THEN %2 END", {nameType, *t});
    }
    std::vector<Sql> parts;
    for (const Literal &lit : c.values) {
        const Operator op = c.op == Operator::In ? Operator::Equal : c.op;
        if (lit.type == ValueType::Number) {
            const std::optional<Sql> t = compare(op, lit, id);
            if (!t)
                return std::nullopt;
            parts.push_back(fmt(u"CASE WHEN %1 IN ('integer', 'real') THEN %2 END", {idType, *t}));
        } else if (lit.type == ValueType::String) {
            const std::optional<Sql> t = compare(op, lit, name);
            if (!t)
                return std::nullopt;
            parts.push_back(fmt(u"CASE WHEN %1 = 'text' THEN %2 END", {nameType, *t}));
        } else {
            parts.push_back(sql(u"NULL"_s));
        }
        if (c.op != Operator::In)
            break;
    }
    if (parts.size() == 1)
        return parts.front();
    return joined(parts, u" OR "_s);
}

std::optional<Sql> Compilation::truth(const Comparison &c, const Value &v)
{
    switch (c.op) {
    case Operator::Contains:
    case Operator::Like:
        return textual(c, v);
    case Operator::In:
        return inList(c, v);
    default:
        return compare(c.op, c.values.front(), v);
    }
}

std::optional<Sql> Compilation::foldedOf(const Value &v)
{
    if (!v.folded.text.isEmpty())
        return v.folded;
    if (v.expr.text.isEmpty())
        return fail(u"needs the raw text, and the column has only its folded form"_s);
    const std::optional<Sql> f = call(SqlFunctions::FoldName, {v.expr});
    if (!f)
        return std::nullopt;
    return fmt(u"rtrim(%1, ' ')", {*f});
}

std::optional<Sql> Compilation::foldedFullOf(const Value &v)
{
    if (!v.foldedFull.text.isEmpty())
        return v.foldedFull;
    if (v.expr.text.isEmpty())
        return fail(u"needs the raw text with its trailing spaces"_s);
    return call(SqlFunctions::FoldName, {v.expr});
}

std::optional<Sql> Compilation::compare(Operator op, const Literal &lit, const Value &v)
{
    const Sql o = sql(opSql(op));
    const Sql unknown = sql(u"NULL"_s);
    switch (v.kind) {
    case Kind::Boolean:
        if (lit.type != ValueType::Boolean)
            return unknown;
        return fmt(u"%1 %2 %3", {v.expr, o, param(int(lit.boolean))});
    case Kind::Number:
        if (!isNumeric(lit))
            return unknown;
        if (std::isnan(lit.number)) // the evaluator finds NaN equal to every number
            return constant(equalOutcome(op));
        return fmt(u"%1 %2 %3", {v.expr, o, param(lit.number)});
    case Kind::Msecs:
        if (isDate(lit))
            return fmt(u"%1 %2 %3", {v.expr, o, param(lit.msecs)});
        if (lit.type == ValueType::String)
            return fail(u"a date column compared with text that is not a date needs the text"_s);
        return unknown; // a date string is never a number or a boolean
    case Kind::Text:
        break;
    }
    switch (lit.type) {
    case ValueType::String: {
        const QString key = SqlFunctions::fold(lit.trimmed);
        const std::optional<Sql> folded = foldedOf(v);
        if (!folded)
            return std::nullopt;
        Sql text = fmt(u"%1 %2 %3", {*folded, o, param(key)});
        if (op != Operator::Equal && hasHighUnits(key)) {
            if (!m_functions)
                return fail(
                    u"text ordering against characters from U+D800 up needs the "
                    u"collation %1"_s.arg(QLatin1StringView(SqlFunctions::Utf16CollationName)));
            text.text += u" COLLATE "_s + QLatin1StringView(SqlFunctions::Utf16CollationName);
        }
        if (!lit.stringIsDate)
            return text;
        // A date-like literal compares instants with values that are dates, text otherwise.
        if (v.expr.text.isEmpty())
            return fail(u"a date-like literal needs the raw text"_s);
        const std::optional<Sql> ms = call(SqlFunctions::MsecsName, {v.expr});
        if (!ms)
            return std::nullopt;
        return fmt(u"CASE WHEN %1 IS NOT NULL THEN %1 %2 %3 ELSE %4 END",
                   {*ms, o, param(lit.msecs), text});
    }
    case ValueType::Number: {
        if (v.expr.text.isEmpty())
            return fail(u"a number literal needs the raw text"_s);
        // A literal never lexes as NaN; the stand-in makes a "nan" value compare equal.
        const std::optional<Sql> n = call(SqlFunctions::NumberName, {v.expr, param(lit.number)});
        if (!n)
            return std::nullopt;
        return fmt(u"%1 %2 %3", {*n, o, param(lit.number)});
    }
    case ValueType::DateTime: {
        if (v.expr.text.isEmpty())
            return fail(u"a date literal needs the raw text"_s);
        const std::optional<Sql> ms = call(SqlFunctions::MsecsName, {v.expr});
        if (!ms)
            return std::nullopt;
        return fmt(u"%1 %2 %3", {*ms, o, param(lit.msecs)});
    }
    default:
        return unknown;
    }
}

// In is an OR of equalities with SQL's own three-valued logic: true if one is, else unknown if
// one is (a null or mismatched literal), else false. `x IN (…, NULL)` is exactly that.
std::optional<Sql> Compilation::inList(const Comparison &c, const Value &v)
{
    if (c.values.size() == 1) {
        if (c.values.front().type == ValueType::Null)
            return sql(u"NULL"_s);
        return compare(Operator::Equal, c.values.front(), v);
    }
    // Fast path, index-friendly: one left-hand side, a list of bound values.
    std::optional<Sql> lhs;
    QVariantList values;
    bool simple = true;
    for (const Literal &lit : c.values) {
        QVariant value;
        bool unknown = lit.type == ValueType::Null;
        switch (v.kind) {
        case Kind::Boolean:
            if (lit.type == ValueType::Boolean)
                value = int(lit.boolean);
            else
                unknown = true;
            break;
        case Kind::Number:
            if (isNumeric(lit) && !std::isnan(lit.number))
                value = lit.number;
            else if (isNumeric(lit))
                simple = false;
            else
                unknown = true;
            break;
        case Kind::Msecs:
            if (isDate(lit))
                value = lit.msecs;
            else if (lit.type == ValueType::String)
                simple = false;
            else
                unknown = true;
            break;
        case Kind::Text:
            if (lit.type == ValueType::String && !lit.stringIsDate)
                value = SqlFunctions::fold(lit.trimmed);
            else if (lit.type != ValueType::Boolean && lit.type != ValueType::Null)
                simple = false;
            else
                unknown = true;
            break;
        }
        if (!simple)
            break;
        values.append(unknown ? QVariant() : value);
    }
    if (simple) {
        lhs = v.kind == Kind::Text ? foldedOf(v) : std::optional<Sql>(v.expr);
        if (!lhs)
            return std::nullopt;
        Sql list = fmt(u"%1 IN (", {*lhs});
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                list.text += u", "_s;
            if (values.at(i).isNull()) {
                list.text += u"NULL"_s;
            } else {
                const Sql value = param(values.at(i));
                list.text += value.text;
                list.binds += value.binds;
            }
        }
        list.text += u')';
        return list;
    }
    std::vector<Sql> parts;
    for (const Literal &lit : c.values) {
        if (lit.type == ValueType::Null) {
            parts.push_back(sql(u"NULL"_s));
            continue;
        }
        const std::optional<Sql> t = compare(Operator::Equal, lit, v);
        if (!t)
            return std::nullopt;
        parts.push_back(*t);
    }
    return joined(parts, u" OR "_s);
}

std::optional<Sql> Compilation::textual(const Comparison &c, const Value &value)
{
    Value v = value;
    switch (v.kind) {
    case Kind::Boolean:
        return sql(u"NULL"_s);
    case Kind::Msecs:
        return fail(u"contains/like on a date column needs the text"_s);
    case Kind::Number: {
        // The evaluator matches a number's numberText(); cw_fold() writes the same.
        const std::optional<Sql> f = call(SqlFunctions::FoldName, {v.expr});
        if (!f)
            return std::nullopt;
        v.kind = Kind::Text;
        v.folded = *f;
        v.foldedFull = *f;
        break;
    }
    case Kind::Text:
        break;
    }
    const Literal &lit = c.values.front();
    if (c.op == Operator::Contains) {
        const QString needle = SqlFunctions::fold(lit.text);
        // Without a trailing space in the needle, trailing spaces in the value cannot matter.
        const std::optional<Sql> haystack = needle.endsWith(u' ') ? foldedFullOf(v) : foldedOf(v);
        if (!haystack)
            return std::nullopt;
        return fmt(u"instr(%1, %2) > 0", {*haystack, param(needle)});
    }
    if (!c.pattern.hasWildcards()) {
        const std::optional<Sql> folded = foldedOf(v);
        if (!folded)
            return std::nullopt;
        return fmt(u"%1 = %2", {*folded, param(SqlFunctions::fold(lit.trimmed))});
    }
    // GLOB over folded text is the evaluator's match unless the pattern has _ (one UTF-16 unit
    // for LikePattern, one code point for GLOB) or characters above U+FFFF (LikePattern does
    // not fold those; the folded value does).
    bool globSafe = !lit.text.contains(u'_');
    for (const QChar ch : lit.text) {
        if (ch.isSurrogate())
            globSafe = false;
    }
    if (!globSafe) {
        if (v.expr.text.isEmpty())
            return fail(u"a like pattern with _ needs the raw text"_s);
        return call(SqlFunctions::LikeName, {v.expr, param(lit.text)});
    }
    QString glob;
    for (const QChar ch : SqlFunctions::fold(lit.text)) {
        if (ch == u'%' || ch == u'*')
            glob += u'*';
        else if (ch == u'?')
            glob += u"[?]"_s;
        else if (ch == u'[')
            glob += u"[[]"_s;
        else
            glob += ch;
    }
    // A pattern ending in a run wildcard after a non-space character matches a value exactly
    // when it matches the value without its trailing spaces: then the indexed key will do.
    qsizetype end = lit.text.size();
    while (end > 0 && (lit.text[end - 1] == u'%' || lit.text[end - 1] == u'*'))
        --end;
    const bool trailingBlind = end < lit.text.size() && (end == 0 || lit.text[end - 1] != u' ');
    const std::optional<Sql> subject = trailingBlind ? foldedOf(v) : foldedFullOf(v);
    if (!subject)
        return std::nullopt;
    return fmt(u"%1 GLOB %2", {*subject, param(glob)});
}

} // namespace

SqlColumn SqlColumn::jsonPath(const QString &jsonColumn, const QStringList &path,
                              const QStringList &fallbackPath)
{
    SqlColumn c;
    c.kind = Kind::Json;
    c.json = SqlJsonLocation{jsonColumn, path, fallbackPath};
    return c;
}

SqlColumn SqlColumn::text(const QString &column, const QString &foldedColumn)
{
    SqlColumn c;
    c.kind = Kind::Text;
    c.column = column;
    c.foldedColumn = foldedColumn;
    return c;
}

SqlColumn SqlColumn::typed(Kind kind, const QString &column)
{
    SqlColumn c;
    c.kind = kind;
    c.column = column;
    return c;
}

SqlColumn SqlColumn::withJson(const QString &jsonColumn, const QStringList &path,
                              const QStringList &fallbackPath) const
{
    SqlColumn c = *this;
    c.json = SqlJsonLocation{jsonColumn, path, fallbackPath};
    return c;
}

SqlCompiler::SqlCompiler(ColumnResolver resolver)
    : m_resolver(std::move(resolver))
{
}

void SqlCompiler::setFunctionsAvailable(bool available)
{
    m_functions = available;
}

SqlFragment SqlCompiler::compile(const Conditions &conditions) const
{
    SqlFragment out;
    if (!conditions.isValid()) {
        out.where = u"0"_s; // an invalid Conditions matches nothing
        return out;
    }
    const SyntaxNode *root = conditions.syntaxTree();
    if (!root) {
        out.where = u"1"_s;
        return out;
    }
    Compilation compilation(m_resolver, m_functions);
    const Sql s = compilation.node(*root);
    // Parenthesized at the top too, so that a caller's "x AND " + where keeps its meaning.
    out.where = root->kind == SyntaxNode::Kind::Comparison ? s.text : u'(' + s.text + u')';
    out.bindings = s.binds;
    out.error = compilation.error();
    out.exact = out.error.isEmpty();
    return out;
}

} // namespace cw::query
