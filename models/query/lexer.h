// Splits conditions, orderBy and fields text into tokens, one at a time, with their offsets.
// Internal to cwquery; a malformed string, number or date becomes an Invalid token with a message.
#pragma once

#include <QString>
#include <QStringView>

namespace cw::query {

struct Token
{
    enum class Kind : quint8 {
        End,
        Word, // field path or keyword: letters, digits, _ and / between segments
        String,
        Number,
        DateTime,
        LeftParen,
        RightParen,
        Comma,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Invalid,
    };

    Kind kind = Kind::End;
    int position = 0;
    int length = 0;
    QString text; // decoded string, word, number as written, or the Invalid token's message
    double number = 0;
    qint64 msecs = 0; // DateTime

    bool isWord(QLatin1StringView keyword) const;
};

// Which parameter is being read; it names the parameter in error messages.
enum class QueryPart : quint8 { Conditions, OrderBy, Fields };

// "Invalid condition at position 14: <detail>" (or orderBy / fields), translated.
QString positionedError(QueryPart part, int position, const QString &detail);
// How a token is quoted in "… but found %1": 'word', "string", or "end of text".
QString describeToken(QStringView text, const Token &token);

class Lexer
{
public:
    explicit Lexer(QStringView text, QueryPart part = QueryPart::Conditions)
        : m_text(text)
        , m_part(part)
    {
    }

    Token next();
    int position() const { return int(m_pos); }

private:
    Token single(Token::Kind kind, int length);
    Token invalid(int position, int length, const QString &detail);
    Token lexString();
    Token lexNumber();
    Token lexDateTime();
    Token lexWord();

    QStringView m_text;
    QueryPart m_part;
    qsizetype m_pos = 0;
};

} // namespace cw::query
