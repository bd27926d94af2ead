// A compiled field path (board/name) that finds its keys in QJsonObjects case-insensitively.
// Internal to cwquery; learns each key's spelling from the records it meets (thread-safely).
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace cw::query {

class FieldPath
{
public:
    FieldPath();
    explicit FieldPath(const QStringList &segments);
    FieldPath(FieldPath &&) noexcept;
    FieldPath &operator=(FieldPath &&) noexcept;
    ~FieldPath();

    int size() const { return int(m_names.size()); }
    const QStringList &segments() const { return m_names; }

    // Finds segment `index` among the keys of `object`; constEnd() if absent. After a spelling has
    // been found on one record, a record without that spelling (or the typed, camelCase or
    // lower-case one) counts as lacking the key: records of one API spell a field one way.
    QJsonObject::const_iterator find(const QJsonObject &object, int index) const;
    // find(), and if `index` is the only segment left to resolve and it is missing,
    // `_info/<segment>`.
    QJsonValue findWithFallback(const QJsonObject &object, int index) const;
    // Resolves the path from segment `skip` on, through objects only (Undefined through an array).
    QJsonValue resolve(const QJsonObject &root, int skip = 0) const;

private:
    struct Segment;
    QJsonObject::const_iterator findFast(const QJsonObject &object, const Segment &segment) const;
    QJsonObject::const_iterator findSlow(const QJsonObject &object, const Segment &segment) const;
    std::optional<QJsonValue> findInInfo(const QJsonObject &object, const Segment &segment,
                                         bool scan) const;

    QStringList m_names;
    std::unique_ptr<Segment[]> m_segments;
    std::unique_ptr<Segment> m_info;
    mutable std::atomic<bool> m_inInfo{false}; // the one-segment field was found under _info
};

} // namespace cw::query
