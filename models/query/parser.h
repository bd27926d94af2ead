// Recursive-descent parser for the conditions language, producing a compiled SyntaxNode tree.
// Internal to cwquery; nesting depth and text length are capped so no input can exhaust the stack.
#pragma once

#include "error.h"
#include "lexer.h"
#include "syntaxnode.h"

#include <functional>
#include <optional>

namespace cw::query {

class Parser
{
public:
    static constexpr int MaxDepth = 64;
    static constexpr int MaxLength = 100000;
    static constexpr int MaxPathSegments = 32;

    explicit Parser(QStringView text);

    // An empty optional with *error unset means blank text.
    std::optional<SyntaxNode> parse(Error *error);

    // Splits and checks a field path word (segment count); used by orderBy and fields too.
    static bool checkPath(const Token &word, QStringList *segments, QueryPart part, Error *error);

    // Parses a comma-separated list whose items start with a field path ("a/b asc, c"), as
    // orderBy and fields are written. For each item `item` gets the path and the token after
    // it; it may read further tokens (asc/desc) and must leave *next on the token that ends the
    // item, or return false after setting *error. Returns the first error; blank text is fine.
    using PathItem = std::function<bool(const QStringList &path, const Token &word, Lexer &lexer,
                                        Token *next, Error *error)>;
    static Error parsePathList(const QString &text, QueryPart part, const PathItem &item);

private:
    // `and` binds tighter than `or`: each is a run of operands joined by its keyword.
    using Operand = std::optional<SyntaxNode> (Parser::*)(int depth);
    std::optional<SyntaxNode> parseGroup(SyntaxNode::Kind kind, QLatin1StringView word, int depth,
                                         Operand operand);
    std::optional<SyntaxNode> parseOr(int depth);
    std::optional<SyntaxNode> parseAnd(int depth);
    std::optional<SyntaxNode> parsePrimary(int depth);
    std::optional<SyntaxNode> parseComparison();
    bool parseValue(const QString &after, bool stringOnly, Literal *out);
    bool parseList(Comparison *comparison);

    void advance() { m_token = m_lexer.next(); }
    bool fail(int position, const QString &detail);
    bool failToken(); // the current token is Invalid: adopt its message
    // The current token is not what the grammar wants here: its own message if it is Invalid,
    // else `detail` at its position.
    bool failUnexpected(const QString &detail);
    QString found() const { return describeToken(m_text, m_token); }

    QStringView m_text;
    Lexer m_lexer;
    Token m_token;
    Error m_error;
};

} // namespace cw::query
