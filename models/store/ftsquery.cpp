#include "ftsquery.h"

#include <QSet>
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

QString FtsQuery::anyWordOf(const QString &text)
{
    static const QSet<QString> common = {
        u"the"_s,  u"and"_s,   u"for"_s,  u"with"_s, u"not"_s,  u"from"_s, u"this"_s,
        u"that"_s, u"are"_s,   u"was"_s,  u"has"_s,  u"have"_s, u"can"_s,  u"cannot"_s,
        u"but"_s,  u"after"_s, u"when"_s, u"does"_s, u"into"_s, u"out"_s,  u"all"_s,
        u"new"_s,  u"our"_s,   u"their"_s, u"will"_s, u"please"_s};
    QStringList phrases;
    QSet<QString> seen;
    QString word;
    const auto flush = [&] {
        const QString folded = word.toCaseFolded();
        word.clear();
        if (folded.size() < 3 || common.contains(folded) || seen.contains(folded) ||
            phrases.size() >= MaxWords)
            return;
        seen.insert(folded);
        phrases.append(u'"' + folded + u'"');
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isSurrogate())
            word.append(c);
        else
            flush();
    }
    flush();
    if (phrases.isEmpty())
        return {};
    // Titles only: they say what an article is about, and a short column ranks fast.
    return u"title : ("_s + phrases.join(u" OR "_s) + u')';
}

} // namespace cw
