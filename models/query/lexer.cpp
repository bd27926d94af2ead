#include "lexer.h"

#include "isodatetime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cw::query {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QString positionedError(QueryPart part, int position, const QString &detail)
{
    switch (part) {
    case QueryPart::OrderBy:
        return QCoreApplication::translate("cw::query", "Invalid orderBy at position %1: %2")
            .arg(position)
            .arg(detail);
    case QueryPart::Fields:
        return QCoreApplication::translate("cw::query", "Invalid fields at position %1: %2")
            .arg(position)
            .arg(detail);
    case QueryPart::Conditions:
        break;
    }
    return QCoreApplication::translate("cw::query", "Invalid condition at position %1: %2")
        .arg(position)
        .arg(detail);
}

QString describeToken(QStringView text, const Token &token)
{
    if (token.kind == Token::Kind::End)
        return QCoreApplication::translate("cw::query", "end of text");
    QStringView shown = text.mid(token.position, token.length);
    const bool cut = shown.size() > 40;
    if (cut)
        shown = shown.left(40);
    const QString body = shown.toString() + (cut ? u"…"_s : QString());
    if (token.kind == Token::Kind::String || token.kind == Token::Kind::DateTime)
        return body;
    return u"'"_s + body + u"'"_s;
}

bool Token::isWord(QLatin1StringView keyword) const
{
    return kind == Kind::Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
}

Token Lexer::single(Token::Kind kind, int length)
{
    Token t;
    t.kind = kind;
    t.position = int(m_pos);
    t.length = length;
    m_pos += length;
    return t;
}

Token Lexer::invalid(int position, int length, const QString &detail)
{
    Token t;
    t.kind = Token::Kind::Invalid;
    t.position = position;
    t.length = length;
    t.text = positionedError(m_part, position, detail);
    m_pos = m_text.size(); // nothing after a lexical error is worth reading
    return t;
}

Token Lexer::next()
{
    while (m_pos < m_text.size() && m_text[m_pos].isSpace())
        ++m_pos;
    if (m_pos >= m_text.size()) {
        Token t;
        t.position = int(m_text.size());
        return t;
    }
    const QChar c = m_text[m_pos];
    const QChar n = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : QChar();
    switch (c.unicode()) {
    case u'(':
        return single(Token::Kind::LeftParen, 1);
    case u')':
        return single(Token::Kind::RightParen, 1);
    case u',':
        return single(Token::Kind::Comma, 1);
    case u'=':
        return single(Token::Kind::Equal, 1);
    case u'!':
        if (n == u'=')
            return single(Token::Kind::NotEqual, 2);
        break;
    case u'<':
        return n == u'=' ? single(Token::Kind::LessEqual, 2) : single(Token::Kind::Less, 1);
    case u'>':
        return n == u'=' ? single(Token::Kind::GreaterEqual, 2) : single(Token::Kind::Greater, 1);
    case u'"':
    case u'\'':
        return lexString();
    case u'[':
        return lexDateTime();
    case u'-':
        if (isDigit(n))
            return lexNumber();
        return invalid(int(m_pos), 1,
                       QCoreApplication::translate("cw::query", "expected digits after '-'."));
    default:
        if (isDigit(c))
            return lexNumber();
        if (isWordStart(c))
            return lexWord();
        break;
    }
    const bool pair = c.isHighSurrogate() && n.isLowSurrogate();
    const QString shown = m_text.mid(m_pos, pair ? 2 : 1).toString();
    return invalid(
        int(m_pos), pair ? 2 : 1,
        QCoreApplication::translate("cw::query", "unexpected character '%1'.").arg(shown));
}

Token Lexer::lexString()
{
    const qsizetype start = m_pos;
    const QChar quote = m_text[m_pos];
    QString value;
    qsizetype i = m_pos + 1;
    while (i < m_text.size()) {
        const QChar c = m_text[i];
        if (c == u'\\') {
            if (i + 1 >= m_text.size())
                break;
            value.append(m_text[i + 1]);
            i += 2;
        } else if (c == quote) {
            // A doubled quote is an escaped quote ('O''Brien'), as in SQL.
            if (i + 1 < m_text.size() && m_text[i + 1] == quote) {
                value.append(quote);
                i += 2;
                continue;
            }
            Token t;
            t.kind = Token::Kind::String;
            t.position = int(start);
            t.length = int(i + 1 - start);
            t.text = value;
            m_pos = i + 1;
            return t;
        } else {
            value.append(c);
            ++i;
        }
    }
    return invalid(
        int(start), int(m_text.size() - start),
        QCoreApplication::translate("cw::query", "the string that starts here has no closing %1.")
            .arg(quote));
}

Token Lexer::lexNumber()
{
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    if (m_text[i] == u'-')
        ++i;
    while (i < m_text.size() && isDigit(m_text[i]))
        ++i;
    if (i < m_text.size() && m_text[i] == u'.') {
        ++i;
        while (i < m_text.size() && isDigit(m_text[i]))
            ++i;
    }
    Token t;
    t.kind = Token::Kind::Number;
    t.position = int(start);
    t.length = int(i - start);
    t.text = m_text.mid(start, i - start).toString();
    QString forParse = t.text;
    if (forParse.endsWith(u'.'))
        forParse.append(u'0');
    bool ok = false;
    t.number = forParse.toDouble(&ok);
    if (!ok)
        return invalid(
            int(start), t.length,
            QCoreApplication::translate("cw::query", "'%1' is not a number.").arg(t.text.left(40)));
    m_pos = i;
    return t;
}

Token Lexer::lexDateTime()
{
    const qsizetype start = m_pos;
    const qsizetype close = m_text.indexOf(u']', start + 1);
    if (close < 0) {
        return invalid(int(start), int(m_text.size() - start),
                       QCoreApplication::translate(
                           "cw::query", "the date-time that starts here has no closing ']'."));
    }
    const QStringView inner = m_text.mid(start + 1, close - start - 1);
    Token t;
    t.kind = Token::Kind::DateTime;
    t.position = int(start);
    t.length = int(close + 1 - start);
    t.text = inner.trimmed().toString();
    if (!parseIsoDateTime(inner, &t.msecs)) {
        return invalid(
            int(start), t.length,
            QCoreApplication::translate(
                "cw::query", "'%1' is not a valid date-time; write it like [2024-01-31T13:45:00Z].")
                .arg(inner.left(40)));
    }
    m_pos = close + 1;
    return t;
}

Token Lexer::lexWord()
{
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    for (;;) {
        while (i < m_text.size() && isWordPart(m_text[i]))
            ++i;
        if (i < m_text.size() && m_text[i] == u'/') {
            if (i + 1 < m_text.size() && isWordStart(m_text[i + 1])) {
                i += 1;
                continue;
            }
            const QString found = i + 1 < m_text.size()
                                      ? u"'"_s + m_text.mid(i + 1, 1).toString() + u"'"_s
                                      : QCoreApplication::translate("cw::query", "end of text");
            return invalid(int(i + 1), 1,
                           QCoreApplication::translate(
                               "cw::query", "expected a field name after '/' but found %1.")
                               .arg(found));
        }
        break;
    }
    Token t;
    t.kind = Token::Kind::Word;
    t.position = int(start);
    t.length = int(i - start);
    t.text = m_text.mid(start, i - start).toString();
    m_pos = i;
    return t;
}

} // namespace cw::query
