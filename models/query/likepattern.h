// A compiled `like` pattern: * and % match any run of characters, _ exactly one; case-insensitive.
// Matching is iterative (greedy with one backtrack point), so no pattern can make it blow up.
#pragma once

#include <QString>

#include <vector>

class QStringView;

namespace cw::query {

class LikePattern
{
public:
    LikePattern() = default;
    explicit LikePattern(const QString &pattern);

    bool hasWildcards() const { return m_hasWildcards; }
    bool matches(QStringView text) const;

private:
    enum class Kind : quint8 { Char, AnyOne, AnyRun };
    struct Item
    {
        char16_t folded;
        Kind kind;
    };
    std::vector<Item> m_items;
    bool m_hasWildcards = false;
};

} // namespace cw::query
