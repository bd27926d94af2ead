// One result of the cache's full-text search: which record matched (ticket, note or knowledge-base
// article), where it belongs, and a snippet of the matching text with the matches marked.
#pragma once

#include <QString>

namespace cw {

struct SearchHit
{
    enum class Kind { Ticket = 1, Note = 2, Article = 3 };

    // Around each match in `snippet` (control characters never found in records).
    static constexpr QChar MatchStart = QChar(0x02);
    static constexpr QChar MatchEnd = QChar(0x03);

    Kind kind = Kind::Ticket;
    int id = 0;       // the ticket, note or article id
    int ticketId = 0; // the ticket of a ticket or note hit; 0 for articles
    // The ticket's summary (for a note, its ticket's summary when cached) or the article's title.
    QString title;
    QString snippet;
    double rank = 0; // bm25: lower is better

    // `snippet` HTML-escaped, the matches in <b>…</b>: safe for a rich-text label.
    QString snippetHtml() const;
    // `snippet` without the markers.
    QString snippetText() const;
};

} // namespace cw
