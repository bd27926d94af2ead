#include "ftsquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace cw {

QString FtsQuery::fromUserText(const QString &text)
{
    QStringList words;
    QString word;
    // Returns whether the word was kept.
    const auto flush = [&] {
        // A word without a letter or digit ("-", "*", "\"") would be an empty phrase.
        // (Surrogates count: letters outside the BMP are letters.)
        bool searchable = false;
        for (const QChar c : std::as_const(word)) {
            if (c.isLetterOrNumber() || c.isSurrogate()) {
                searchable = true;
                break;
            }
        }
        const bool kept = searchable && words.size() < MaxWords;
        if (kept)
            words.append(word);
        word.clear();
        return kept;
    };
    for (const QChar c : text) {
        if (c.isSpace()) {
            flush();
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            // Invisible characters only confuse the tokenizer; they separate nothing.
            continue;
        } else {
            word.append(c);
        }
    }
    const bool endsInWord = !word.isEmpty();
    const bool lastKept = flush();
    if (words.isEmpty())
        return {};
    QStringList phrases;
    phrases.reserve(words.size());
    for (QString &w : words) {
        // Inside an FTS5 string a double quote is written twice; nothing else is special.
        w.replace(u'"', u"\"\""_s);
        phrases.append(u'"' + w + u'"');
    }
    if (endsInWord && lastKept)
        phrases.last().append(u'*');
    return phrases.join(u' ');
}

} // namespace cw
