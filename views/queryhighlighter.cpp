#include "queryhighlighter.h"

#include "models/query/lexer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTextCharFormat>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

bool isKeyword(const query::Token &token)
{
    for (const auto word : {"and"_L1, "or"_L1, "not"_L1, "contains"_L1, "like"_L1, "in"_L1,
                            "true"_L1, "false"_L1, "null"_L1}) {
        if (token.isWord(word))
            return true;
    }
    return false;
}

} // namespace

QueryHighlighter::QueryHighlighter(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
    connect(edit, &QLineEdit::textChanged, this, &QueryHighlighter::rehighlight);
    // A palette change (dark mode) must recolour.
    edit->installEventFilter(this);
}

void QueryHighlighter::setErrorPosition(int position)
{
    if (m_errorPosition == position)
        return;
    m_errorPosition = position;
    rehighlight();
}

bool QueryHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && !m_applying &&
        (event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange))
        rehighlight();
    return QObject::eventFilter(watched, event);
}

void QueryHighlighter::rehighlight()
{
    const QString text = m_edit->text();
    const QPalette palette = m_edit->palette();
    QTextCharFormat field;
    field.setForeground(palette.color(QPalette::Link));
    QTextCharFormat keyword;
    keyword.setFontWeight(QFont::Bold);
    QTextCharFormat literal;
    literal.setForeground(palette.color(QPalette::LinkVisited));
    QTextCharFormat number;
    number.setForeground(palette.color(QPalette::LinkVisited));
    number.setFontItalic(true);

    // QLineEdit keeps format ranges relative to the cursor when they arrive as an input method
    // event without text; that is its only public way to style parts of its text.
    const int cursor = m_edit->cursorPosition();
    QList<QInputMethodEvent::Attribute> attributes;
    auto add = [&](int start, int length, const QTextCharFormat &format) {
        if (length > 0)
            attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                           start - cursor, length, format));
    };
    query::Lexer lexer(text);
    for (int guard = 0; guard <= text.size(); ++guard) {
        const query::Token token = lexer.next();
        if (token.kind == query::Token::Kind::End || token.kind == query::Token::Kind::Invalid)
            break;
        switch (token.kind) {
        case query::Token::Kind::Word:
            add(token.position, token.length, isKeyword(token) ? keyword : field);
            break;
        case query::Token::Kind::String:
            add(token.position, token.length, literal);
            break;
        case query::Token::Kind::Number:
        case query::Token::Kind::DateTime:
            add(token.position, token.length, number);
            break;
        default:
            break;
        }
    }
    if (m_errorPosition >= 0 && m_errorPosition <= text.size()) {
        QTextCharFormat error;
        error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        error.setUnderlineColor(palette.color(QPalette::Highlight));
        // An error at the end (a missing value) still needs something to underline.
        const int start = qMin(m_errorPosition, qMax(0, int(text.size()) - 1));
        add(start, int(text.size()) - start, error);
    }
    m_applying = true;
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
    m_applying = false;
}

} // namespace cw
