#include "likepattern.h"

#include <QStringView>

namespace cw::query {

namespace {

char16_t fold(char16_t c)
{
    return c < 0x80 ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c)
                    : QChar(c).toCaseFolded().unicode();
}

} // namespace

LikePattern::LikePattern(const QString &pattern)
{
    m_items.reserve(size_t(pattern.size()));
    for (const QChar ch : pattern) {
        const char16_t c = ch.unicode();
        if (c == u'*' || c == u'%') {
            m_hasWildcards = true;
            if (m_items.empty() || m_items.back().kind != Kind::AnyRun)
                m_items.push_back({0, Kind::AnyRun});
        } else if (c == u'_') {
            m_hasWildcards = true;
            m_items.push_back({0, Kind::AnyOne});
        } else {
            m_items.push_back({fold(c), Kind::Char});
        }
    }
}

bool LikePattern::matches(QStringView text) const
{
    const size_t m = m_items.size();
    const qsizetype n = text.size();
    size_t p = 0;
    qsizetype t = 0;
    size_t starP = size_t(-1);
    qsizetype starT = 0;
    // Classic wildcard matching: on a mismatch, let the last * swallow one more character.
    // Worst case O(n * m), never recursive.
    while (t < n) {
        if (p < m) {
            const Item &item = m_items[p];
            if (item.kind == Kind::AnyRun) {
                starP = p++;
                starT = t;
                continue;
            }
            if (item.kind == Kind::AnyOne || item.folded == fold(text[t].unicode())) {
                ++p;
                ++t;
                continue;
            }
        }
        if (starP == size_t(-1))
            return false;
        p = starP + 1;
        t = ++starT;
    }
    while (p < m && m_items[p].kind == Kind::AnyRun)
        ++p;
    return p == m;
}

} // namespace cw::query
