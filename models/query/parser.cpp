#include "parser.h"

#include "isodatetime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cw::query {

namespace {

void append(SyntaxNode::Kind kind, SyntaxNode *group, SyntaxNode &&child)
{
    // Flatten (a and b) and c into one and-group so the tree has one shape per meaning.
    if (child.kind == kind) {
        for (SyntaxNode &grandChild : child.children)
            group->children.push_back(std::move(grandChild));
    } else {
        group->children.push_back(std::move(child));
    }
}

bool isReserved(const Token &t)
{
    for (const auto word : {"and"_L1, "or"_L1, "not"_L1, "contains"_L1, "like"_L1, "in"_L1,
                            "true"_L1, "false"_L1, "null"_L1}) {
        if (t.isWord(word))
            return true;
    }
    return false;
}

int rightTrimmedSize(QStringView s)
{
    qsizetype n = s.size();
    while (n > 0 && s[n - 1] == u' ')
        --n;
    return int(n);
}

} // namespace

Parser::Parser(QStringView text)
    : m_text(text)
    , m_lexer(text, QueryPart::Conditions)
{
}

bool Parser::fail(int position, const QString &detail)
{
    if (!m_error.isError()) {
        m_error.position = position;
        m_error.message = positionedError(QueryPart::Conditions, position, detail);
    }
    return false;
}

bool Parser::failUnexpected(const QString &detail)
{
    return m_token.kind == Token::Kind::Invalid ? failToken() : fail(m_token.position, detail);
}

bool Parser::failToken()
{
    if (!m_error.isError()) {
        m_error.position = m_token.position;
        m_error.message = m_token.text;
    }
    return false;
}

bool Parser::checkPath(const Token &word, QStringList *segments, QueryPart part, Error *error)
{
    *segments = word.text.split(u'/');
    if (segments->size() > MaxPathSegments) {
        error->position = word.position;
        error->message = positionedError(
            part, word.position,
            QCoreApplication::translate("cw::query", "the field path has more than %1 parts.")
                .arg(MaxPathSegments));
        return false;
    }
    return true;
}

std::optional<SyntaxNode> Parser::parse(Error *error)
{
    m_error = Error();
    std::optional<SyntaxNode> result;
    if (m_text.size() > MaxLength) {
        fail(MaxLength, QCoreApplication::translate(
                            "cw::query", "the text is %1 characters long; at most %2 are allowed.")
                            .arg(m_text.size())
                            .arg(MaxLength));
    } else {
        advance();
        if (m_token.kind != Token::Kind::End) {
            result = parseOr(0);
            if (result && m_token.kind != Token::Kind::End) {
                failUnexpected(
                    QCoreApplication::translate(
                        "cw::query", "expected 'and', 'or' or the end of the text but found %1.")
                        .arg(found()));
                result.reset();
            }
        }
    }
    if (m_error.isError())
        result.reset();
    if (error)
        *error = m_error;
    return result;
}

std::optional<SyntaxNode> Parser::parseOr(int depth)
{
    return parseGroup(SyntaxNode::Kind::Or, "or"_L1, depth, &Parser::parseAnd);
}

std::optional<SyntaxNode> Parser::parseAnd(int depth)
{
    return parseGroup(SyntaxNode::Kind::And, "and"_L1, depth, &Parser::parsePrimary);
}

std::optional<SyntaxNode> Parser::parseGroup(SyntaxNode::Kind kind, QLatin1StringView word,
                                             int depth, Operand operand)
{
    std::optional<SyntaxNode> first = (this->*operand)(depth);
    if (!first || !m_token.isWord(word))
        return first;
    SyntaxNode group;
    group.kind = kind;
    append(group.kind, &group, std::move(*first));
    while (m_token.isWord(word)) {
        advance();
        std::optional<SyntaxNode> next = (this->*operand)(depth);
        if (!next)
            return std::nullopt;
        append(group.kind, &group, std::move(*next));
    }
    return group;
}

std::optional<SyntaxNode> Parser::parsePrimary(int depth)
{
    if (m_token.kind == Token::Kind::LeftParen) {
        const int open = m_token.position;
        if (depth >= MaxDepth) {
            fail(open, QCoreApplication::translate(
                           "cw::query", "parentheses are nested more than %1 levels deep.")
                           .arg(MaxDepth));
            return std::nullopt;
        }
        advance();
        std::optional<SyntaxNode> inner = parseOr(depth + 1);
        if (!inner)
            return std::nullopt;
        if (m_token.kind != Token::Kind::RightParen) {
            failUnexpected(QCoreApplication::translate(
                               "cw::query",
                               "expected 'and', 'or' or ')' to close the '(' at position %1 but "
                               "found %2.")
                               .arg(open)
                               .arg(found()));
            return std::nullopt;
        }
        advance();
        return inner;
    }
    if (m_token.kind == Token::Kind::Word && !isReserved(m_token))
        return parseComparison();
    failUnexpected(
        QCoreApplication::translate("cw::query", "expected a field name or '(' but found %1.")
            .arg(found()));
    return std::nullopt;
}

std::optional<SyntaxNode> Parser::parseComparison()
{
    const Token field = m_token;
    QStringList segments;
    if (!checkPath(field, &segments, QueryPart::Conditions, &m_error))
        return std::nullopt;
    auto comparison = std::make_unique<Comparison>();
    comparison->position = field.position;
    comparison->path = FieldPath(segments);
    advance();

    const Token opToken = m_token;
    bool stringOnly = false;
    switch (m_token.kind) {
    case Token::Kind::Equal:
        comparison->op = Operator::Equal;
        break;
    case Token::Kind::NotEqual:
        comparison->op = Operator::Equal;
        comparison->negated = true;
        break;
    case Token::Kind::Less:
        comparison->op = Operator::Less;
        break;
    case Token::Kind::LessEqual:
        comparison->op = Operator::LessEqual;
        break;
    case Token::Kind::Greater:
        comparison->op = Operator::Greater;
        break;
    case Token::Kind::GreaterEqual:
        comparison->op = Operator::GreaterEqual;
        break;
    case Token::Kind::Invalid:
        failToken();
        return std::nullopt;
    default:
        if (m_token.isWord("not"_L1)) {
            comparison->negated = true;
            advance();
            if (!m_token.isWord("contains"_L1) && !m_token.isWord("like"_L1) &&
                !m_token.isWord("in"_L1)) {
                failUnexpected(QCoreApplication::translate(
                                   "cw::query",
                                   "expected 'contains', 'like' or 'in' after 'not' but found %1.")
                                   .arg(found()));
                return std::nullopt;
            }
        }
        if (m_token.isWord("contains"_L1)) {
            comparison->op = Operator::Contains;
            stringOnly = true;
        } else if (m_token.isWord("like"_L1)) {
            comparison->op = Operator::Like;
            stringOnly = true;
        } else if (m_token.isWord("in"_L1)) {
            comparison->op = Operator::In;
        } else {
            fail(m_token.position,
                 QCoreApplication::translate(
                     "cw::query",
                     "expected an operator (=, !=, <, <=, >, >=, contains, like, in or not) "
                     "after '%1' but found %2.")
                     .arg(field.text, found()));
            return std::nullopt;
        }
        break;
    }
    const QString opText =
        m_text.mid(opToken.position, m_token.position + m_token.length - opToken.position)
            .toString()
            .simplified();
    advance();

    if (comparison->op == Operator::In) {
        if (!parseList(comparison.get()))
            return std::nullopt;
    } else {
        Literal literal;
        if (!parseValue(opText, stringOnly, &literal))
            return std::nullopt;
        comparison->values.push_back(std::move(literal));
        if (comparison->op == Operator::Like)
            comparison->pattern = LikePattern(comparison->values.front().text);
    }
    SyntaxNode node;
    node.kind = SyntaxNode::Kind::Comparison;
    node.comparison = std::move(comparison);
    return node;
}

bool Parser::parseList(Comparison *comparison)
{
    if (m_token.kind != Token::Kind::LeftParen) {
        return failUnexpected(
            QCoreApplication::translate("cw::query", "expected '(' and a list of values after '%1' "
                                                     "but found %2.")
                .arg(comparison->operatorText(), found()));
    }
    const int open = m_token.position;
    advance();
    if (m_token.kind == Token::Kind::RightParen)
        return fail(open, QCoreApplication::translate(
                              "cw::query", "the list after '%1' is empty; give at least one value.")
                              .arg(comparison->operatorText()));
    QString after = u"("_s;
    for (;;) {
        Literal literal;
        if (!parseValue(after, false, &literal))
            return false;
        comparison->values.push_back(std::move(literal));
        if (m_token.kind == Token::Kind::RightParen) {
            advance();
            return true;
        }
        if (m_token.kind != Token::Kind::Comma) {
            return failUnexpected(
                QCoreApplication::translate(
                    "cw::query", "expected ',' or ')' in the list that starts at position %1 but "
                                 "found %2.")
                    .arg(open)
                    .arg(found()));
        }
        after = u","_s;
        advance();
    }
}

bool Parser::parseValue(const QString &after, bool stringOnly, Literal *out)
{
    out->position = m_token.position;
    switch (m_token.kind) {
    case Token::Kind::String:
        out->type = ValueType::String;
        out->text = m_token.text;
        out->trimmed = out->text.left(rightTrimmedSize(out->text));
        out->stringIsDate = parseIsoDateTime(out->text, &out->msecs);
        {
            bool ok = false;
            const double n = QStringView(out->text).trimmed().toDouble(&ok);
            if (ok && !out->text.trimmed().isEmpty()) {
                out->stringIsNumber = true;
                out->number = n;
            }
        }
        advance();
        return true;
    case Token::Kind::Invalid:
        return failToken();
    case Token::Kind::End:
        return fail(m_token.position, QCoreApplication::translate(
                                          "cw::query", "expected a value after '%1' but found %2.")
                                          .arg(after, found()));
    default:
        break;
    }
    if (stringOnly) {
        return fail(
            m_token.position,
            QCoreApplication::translate(
                "cw::query", "'%1' needs a text value in double or single quotes but found %2.")
                .arg(after, found()));
    }
    switch (m_token.kind) {
    case Token::Kind::Number:
        out->type = ValueType::Number;
        out->number = m_token.number;
        out->text = m_token.text;
        advance();
        return true;
    case Token::Kind::DateTime:
        out->type = ValueType::DateTime;
        out->msecs = m_token.msecs;
        out->text = m_token.text;
        advance();
        return true;
    case Token::Kind::Word:
        if (m_token.isWord("true"_L1) || m_token.isWord("false"_L1)) {
            out->type = ValueType::Boolean;
            out->boolean = m_token.isWord("true"_L1);
            advance();
            return true;
        }
        if (m_token.isWord("null"_L1)) {
            out->type = ValueType::Null;
            advance();
            return true;
        }
        return fail(m_token.position,
                    QCoreApplication::translate(
                        "cw::query",
                        "expected a value after '%1' but found the bare word %2; put text in "
                        "double or single quotes.")
                        .arg(after, found()));
    default:
        break;
    }
    return fail(m_token.position, QCoreApplication::translate(
                                      "cw::query", "expected a value after '%1' but found %2.")
                                      .arg(after, found()));
}

Error Parser::parsePathList(const QString &text, QueryPart part, const PathItem &item)
{
    Error e;
    auto fail = [&](int position, const QString &detail) {
        e.position = position;
        e.message = positionedError(part, position, detail);
        return e;
    };
    auto adopt = [&](const Token &token) {
        e.position = token.position;
        e.message = token.text;
        return e;
    };
    if (text.size() > MaxLength) {
        return fail(MaxLength,
                    QCoreApplication::translate(
                        "cw::query", "the text is %1 characters long; at most %2 are allowed.")
                        .arg(text.size())
                        .arg(MaxLength));
    }
    if (text.trimmed().isEmpty())
        return e;
    Lexer lexer(text, part);
    Token token = lexer.next();
    for (;;) {
        if (token.kind == Token::Kind::Invalid)
            return adopt(token);
        if (token.kind != Token::Kind::Word) {
            return fail(token.position, QCoreApplication::translate(
                                            "cw::query", "expected a field name but found %1.")
                                            .arg(describeToken(text, token)));
        }
        QStringList path;
        if (!checkPath(token, &path, part, &e))
            return e;
        const Token word = token;
        token = lexer.next();
        if (!item(path, word, lexer, &token, &e))
            return e;
        if (token.kind == Token::Kind::End)
            return e;
        if (token.kind == Token::Kind::Invalid)
            return adopt(token);
        if (token.kind != Token::Kind::Comma) {
            return fail(token.position,
                        QCoreApplication::translate(
                            "cw::query", "expected ',' or the end of the text but found %1.")
                            .arg(describeToken(text, token)));
        }
        token = lexer.next();
    }
}

} // namespace cw::query
