// Turns what a user types into a search box into an FTS5 MATCH expression that cannot be a syntax
// error: every word becomes a quoted phrase, so quotes, hyphens, `*`, NEAR, AND/OR/NOT mean
// nothing.
#pragma once

#include <QString>

namespace cw {

class FtsQuery
{
public:
    // All words must match (in any column); the last is a prefix unless the text ends in a space,
    // so results follow typing. Empty when the text has no letter or digit (nothing to search).
    static QString fromUserText(const QString &text);

    // Any of the words in the title is enough (best matches first by rank): for suggestions
    // from a text such as a ticket's summary. Words shorter than three characters and common
    // English words are left out; empty when nothing is left.
    static QString anyWordOf(const QString &text);

    // More words than this are ignored: each one is another pass over the index.
    static constexpr int MaxWords = 16;
};

} // namespace cw
