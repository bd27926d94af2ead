#include "jsonmembers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace cw::sandbox {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

// `p` at an opening quote: one past the closing quote, or nullptr when the string never ends.
const char *skipString(const char *p, const char *end)
{
    const char *from = p + 1;
    while (from < end) {
        const auto *quote = static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
        if (!quote)
            return nullptr;
        // Escaped when preceded by an odd number of backslashes.
        const char *b = quote;
        while (b > p + 1 && b[-1] == '\\')
            --b;
        if ((quote - b) % 2 == 0)
            return quote + 1;
        from = quote + 1;
    }
    return nullptr;
}

// `p` at the first byte of a value: one past its last byte, or nullptr when it never ends.
const char *skipValue(const char *p, const char *end)
{
    if (p >= end)
        return nullptr;
    if (*p == '"')
        return skipString(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                p = skipString(p, end);
                if (!p)
                    return nullptr;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return p + 1;
            }
            ++p;
        }
        return nullptr;
    }
    // A number, true, false or null.
    const char *start = p;
    while (p < end && *p != ',' && *p != '}' && *p != ']' && !isSpace(*p))
        ++p;
    return p == start ? nullptr : p;
}

} // namespace

QByteArray MemberNames::lowerKey(QByteArrayView rawKey)
{
    if (rawKey.contains('\\')) {
        // An escaped key: let the JSON parser decode it.
        const QByteArray doc = "[\"" + rawKey.toByteArray() + "\"]";
        return QJsonDocument::fromJson(doc).array().at(0).toString().toLower().toUtf8();
    }
    return QString::fromUtf8(rawKey).toLower().toUtf8();
}

const QList<qsizetype> &MemberNames::positionsIn(const RecordShape &shape) const
{
    auto it = m_positions.constFind(shape.serial);
    if (it != m_positions.constEnd())
        return *it;
    static const QByteArray info = QByteArrayLiteral("_info");
    // _info, often the largest member with its hrefs, only when the record lacks a field that
    // would be looked up there.
    const bool wantInfo = m_infoNamed || std::any_of(m_fallbacks.cbegin(), m_fallbacks.cend(),
                                                     [&](const QByteArray &n) {
                                                         return !shape.lowerKeys.contains(n);
                                                     });
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < shape.lowerKeys.size(); ++i) {
        const QByteArray &key = shape.lowerKeys.at(i);
        if (m_all || (m_names.contains(key) && (wantInfo || key != info)))
            positions.append(i);
    }
    return *m_positions.insert(shape.serial, positions);
}

MemberNames MemberNames::all()
{
    MemberNames n;
    n.m_all = true;
    return n;
}

void MemberNames::addLower(const QByteArray &lower)
{
    if (!m_names.contains(lower))
        m_names.append(lower);
    m_positions.clear();
}

void MemberNames::add(const QString &name)
{
    const QByteArray lower = name.toLower().toUtf8();
    if (lower == "_info")
        m_infoNamed = true;
    addLower(lower);
}

void MemberNames::addPath(const QStringList &path)
{
    if (path.isEmpty())
        return;
    add(path.front());
    if (path.size() == 1) {
        const QByteArray lower = path.front().toLower().toUtf8();
        if (!m_fallbacks.contains(lower))
            m_fallbacks.append(lower);
        addLower(QByteArrayLiteral("_info"));
    }
}

void MemberNames::addPaths(const QList<QStringList> &paths)
{
    for (const QStringList &p : paths)
        addPath(p);
}

qsizetype MemberNames::indexOf(QByteArrayView rawKey) const
{
    bool plain = true; // ASCII without escapes: compare byte by byte
    for (char c : rawKey) {
        if (uchar(c) >= 0x80 || c == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const QByteArray &n = m_names.at(i);
            if (n.size() != rawKey.size())
                continue;
            qsizetype k = 0;
            while (k < n.size()) {
                char c = rawKey[k];
                if (c >= 'A' && c <= 'Z')
                    c = char(c - 'A' + 'a');
                if (c != n.at(k))
                    break;
                ++k;
            }
            if (k == n.size())
                return i;
        }
        return -1;
    }
    return m_names.indexOf(lowerKey(rawKey));
}

namespace JsonMembers {

QByteArray select(QByteArrayView object, const MemberNames &names)
{
    if (names.isAll())
        return object.toByteArray();
    QByteArray out;
    out += '{';
    const char *p = object.data();
    const char *const end = p + object.size();
    p = skipSpace(p, end);
    if (p >= end || *p != '{' || names.isEmpty())
        return out += '}';
    ++p;
    qsizetype wanted = names.size();
    QList<bool> found(names.size(), false);
    bool first = true;
    while (wanted > 0) {
        p = skipSpace(p, end);
        if (p >= end || *p != '"')
            break;
        const char *keyStart = p;
        const char *keyEnd = skipString(p, end);
        if (!keyEnd)
            break;
        p = skipSpace(keyEnd, end);
        if (p >= end || *p != ':')
            break;
        p = skipSpace(p + 1, end);
        const char *valueEnd = skipValue(p, end);
        if (!valueEnd)
            break;
        const qsizetype index =
            names.indexOf(QByteArrayView(keyStart + 1, keyEnd - 1 - (keyStart + 1)));
        if (index >= 0) {
            if (!first)
                out += ',';
            first = false;
            out.append(keyStart, valueEnd - keyStart);
            if (!found[index]) {
                found[index] = true;
                --wanted;
            }
        }
        p = skipSpace(valueEnd, end);
        if (p >= end || *p != ',')
            break;
        ++p;
    }
    return out += '}';
}

bool index(QByteArrayView object, QList<qsizetype> *starts, QList<QByteArrayView> *rawKeys)
{
    starts->clear();
    rawKeys->clear();
    const char *const begin = object.data();
    const char *const end = begin + object.size();
    if (object.size() < 2 || *begin != '{' || end[-1] != '}')
        return false;
    const char *p = begin + 1;
    if (p == end - 1)
        return true; // {}
    while (true) {
        if (*p != '"')
            return false;
        const char *keyEnd = skipString(p, end);
        if (!keyEnd || keyEnd >= end || *keyEnd != ':')
            return false;
        const char *valueEnd = skipValue(keyEnd + 1, end);
        if (!valueEnd || valueEnd >= end)
            return false;
        starts->append(p - begin);
        rawKeys->append(QByteArrayView(p + 1, keyEnd - 1 - (p + 1)));
        if (valueEnd == end - 1)
            return true;
        if (*valueEnd != ',')
            return false;
        p = valueEnd + 1;
    }
}

QByteArray select(QByteArrayView object, const quint16 *starts, const RecordShape &shape,
                  const MemberNames &names)
{
    const QList<qsizetype> &positions = names.positionsIn(shape);
    const qsizetype count = shape.lowerKeys.size();
    qsizetype size = 2;
    auto span = [&](qsizetype i) {
        const qsizetype from = starts[i];
        const qsizetype to = i + 1 < count ? qsizetype(starts[i + 1]) - 1 : object.size() - 1;
        return object.sliced(from, to - from);
    };
    for (qsizetype i : positions)
        size += span(i).size() + 1;
    QByteArray out;
    out.reserve(size);
    out += '{';
    for (qsizetype i : positions) {
        if (out.size() > 1)
            out += ',';
        out += span(i);
    }
    return out += '}';
}

} // namespace JsonMembers

} // namespace cw::sandbox
