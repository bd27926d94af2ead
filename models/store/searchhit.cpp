#include "searchhit.h"

using namespace Qt::StringLiterals;

namespace cw {

QString SearchHit::snippetHtml() const
{
    QString html = snippet.toHtmlEscaped();
    html.replace(MatchStart, u"<b>"_s);
    html.replace(MatchEnd, u"</b>"_s);
    return html;
}

QString SearchHit::snippetText() const
{
    QString text = snippet;
    text.remove(MatchStart);
    text.remove(MatchEnd);
    return text;
}

} // namespace cw
