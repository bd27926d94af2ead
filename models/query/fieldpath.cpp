#include "fieldpath.h"

#include <QJsonValue>

#include <atomic>

using namespace Qt::StringLiterals;

namespace cw::query {

// Until a record has shown how a key is spelled, lookups try it as typed, with a lower-case first
// letter (LastUpdated -> lastUpdated) and all in lower case, each a binary search, then scan every
// key (a QString per key, so that must stay the exception). The first spelling found is kept and
// from then on is the only one tried: records of one API spell a field one way, so a record
// without that spelling lacks the field.
struct FieldPath::Segment
{
    QString name;
    QString camel;
    QString lower;
    mutable std::atomic<const QString *> found{nullptr};

    ~Segment() { delete found.load(); }

    void setName(const QString &text)
    {
        name = text;
        QString c = text;
        if (!c.isEmpty())
            c[0] = c[0].toLower();
        if (c != name)
            camel = c;
        const QString l = text.toLower();
        if (l != name && l != camel)
            lower = l;
    }

    const QString *learned() const { return found.load(std::memory_order_acquire); }

    void learn(const QString &spelling) const
    {
        if (learned())
            return;
        auto *copy = new QString(spelling);
        const QString *expected = nullptr;
        if (!found.compare_exchange_strong(expected, copy, std::memory_order_acq_rel))
            delete copy;
    }
};

FieldPath::FieldPath() = default;

FieldPath::FieldPath(const QStringList &segments)
    : m_names(segments)
    , m_segments(std::make_unique<Segment[]>(size_t(segments.size())))
{
    for (qsizetype i = 0; i < segments.size(); ++i)
        m_segments[size_t(i)].setName(segments.at(i));
    if (segments.size() >= 1) {
        m_info = std::make_unique<Segment>();
        m_info->setName(u"_info"_s);
    }
}

FieldPath::FieldPath(FieldPath &&other) noexcept
    : m_names(std::move(other.m_names))
    , m_segments(std::move(other.m_segments))
    , m_info(std::move(other.m_info))
    , m_inInfo(other.m_inInfo.load())
{
}

FieldPath &FieldPath::operator=(FieldPath &&other) noexcept
{
    m_names = std::move(other.m_names);
    m_segments = std::move(other.m_segments);
    m_info = std::move(other.m_info);
    m_inInfo = other.m_inInfo.load();
    return *this;
}
FieldPath::~FieldPath() = default;

QJsonObject::const_iterator FieldPath::findFast(const QJsonObject &object,
                                                const Segment &segment) const
{
    if (const QString *spelling = segment.learned())
        return object.constFind(*spelling);
    const auto end = object.constEnd();
    for (const QString *candidate : {&segment.name, &segment.camel, &segment.lower}) {
        if (candidate->isEmpty())
            continue;
        const auto it = object.constFind(*candidate);
        if (it != end) {
            segment.learn(*candidate);
            return it;
        }
    }
    return end;
}

QJsonObject::const_iterator FieldPath::findSlow(const QJsonObject &object,
                                                const Segment &segment) const
{
    const auto end = object.constEnd();
    // findFast() tried the one spelling records use, unless another thread learned it since:
    // then that spelling, once (evaluating from several threads must not miss a field).
    if (const QString *spelling = segment.learned())
        return object.constFind(*spelling);
    for (auto it = object.constBegin(); it != end; ++it) {
        const QString key = it.key();
        if (key.size() == segment.name.size() &&
            key.compare(segment.name, Qt::CaseInsensitive) == 0) {
            segment.learn(key);
            return it;
        }
    }
    return end;
}

QJsonObject::const_iterator FieldPath::find(const QJsonObject &object, int index) const
{
    const Segment &segment = m_segments[size_t(index)];
    const auto it = findFast(object, segment);
    if (it != object.constEnd())
        return it;
    return findSlow(object, segment);
}

std::optional<QJsonValue> FieldPath::findInInfo(const QJsonObject &object, const Segment &segment,
                                                bool scan) const
{
    auto info = findFast(object, *m_info);
    if (info == object.constEnd() && scan)
        info = findSlow(object, *m_info);
    if (info == object.constEnd() || !info.value().isObject())
        return std::nullopt;
    const QJsonObject inner = info.value().toObject();
    auto found = findFast(inner, segment);
    if (found == inner.constEnd() && scan)
        found = findSlow(inner, segment);
    if (found == inner.constEnd())
        return std::nullopt;
    return QJsonValue(found.value());
}

QJsonValue FieldPath::findWithFallback(const QJsonObject &object, int index) const
{
    const Segment &segment = m_segments[size_t(index)];
    // Once a record has shown the field under _info rather than on the record itself
    // (lastUpdated), look there first: one binary search fewer per record.
    const bool infoFirst = m_inInfo.load(std::memory_order_relaxed);
    if (infoFirst) {
        if (std::optional<QJsonValue> v = findInInfo(object, segment, false))
            return *v;
    }
    auto it = findFast(object, segment);
    if (it != object.constEnd())
        return it.value();
    if (!infoFirst) {
        if (std::optional<QJsonValue> v = findInInfo(object, segment, false)) {
            m_inInfo.store(true, std::memory_order_relaxed);
            return *v;
        }
    }
    // Neither common spelling is there: scan the keys (until a spelling has been learned).
    it = findSlow(object, segment);
    if (it != object.constEnd())
        return it.value();
    if (std::optional<QJsonValue> v = findInInfo(object, segment, true))
        return *v;
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue FieldPath::resolve(const QJsonObject &root, int skip) const
{
    const int last = size() - 1;
    if (skip > last)
        return QJsonValue(QJsonValue::Undefined);
    if (skip == last)
        return findWithFallback(root, skip);
    QJsonObject current = root;
    for (int i = skip; i < last; ++i) {
        const auto it = find(current, i);
        if (it == current.constEnd())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue v = it.value();
        if (!v.isObject())
            return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonValue::Undefined);
        current = v.toObject();
    }
    const auto it = find(current, last);
    return it == current.constEnd() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(it.value());
}

} // namespace cw::query
