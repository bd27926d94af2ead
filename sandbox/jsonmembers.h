// Reading a few top-level members of a record's JSON bytes without parsing the rest: what a
// condition, an orderBy or a fields= selection needs from each of many thousand stored records.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw::sandbox {

// The top-level keys of a record, lower-cased, in the order written: one shared by all the
// records of a store spelled alike, so that a record need only say where each member starts.
struct RecordShape
{
    QList<QByteArray> lowerKeys;
    quint64 serial = 0; // unique in the process, for MemberNames' cache
};

// The top-level member names a reader needs, matched case-insensitively as cwquery's field paths
// match keys. all() stands for every member.
class MemberNames
{
public:
    static MemberNames all();

    void add(const QString &name);
    // What a field path reads: its first segment, and for a one-segment path also _info (cwquery
    // looks a missing `lastUpdated` up as `_info/lastUpdated`). Through positionsIn(), _info is
    // read for such a path only from records that lack the member itself (a record that had it
    // both on itself and in _info would answer from itself; no record of the API does).
    void addPath(const QStringList &path);
    void addPaths(const QList<QStringList> &paths);

    bool isAll() const { return m_all; }
    bool isEmpty() const { return !m_all && m_names.isEmpty(); }
    qsizetype size() const { return m_names.size(); }
    // Whether a member whose key is `rawKey` (the bytes between the quotes, as written in JSON)
    // is wanted; its index among the names, or -1.
    qsizetype indexOf(QByteArrayView rawKey) const;
    // The positions in `shape` of the wanted members (worked out once per shape).
    const QList<qsizetype> &positionsIn(const RecordShape &shape) const;

    // A raw JSON key (escapes and all) lower-cased as names are.
    static QByteArray lowerKey(QByteArrayView rawKey);

private:
    void addLower(const QByteArray &lower);

    bool m_all = false;
    QList<QByteArray> m_names;     // lower-case UTF-8, each once
    QList<QByteArray> m_fallbacks; // one-segment paths, which may be read from _info
    bool m_infoNamed = false;      // _info asked for itself, not only as a fallback
    mutable QHash<quint64, QList<qsizetype>> m_positions; // by shape serial
};

namespace JsonMembers {

// The JSON object `{…}` holding only those top-level members of `object` (the bytes of one JSON
// object, as QJsonDocument writes them) that `names` wants, each copied as written. The scan stops
// once every name has been found. Malformed input gives whatever was read before the fault.
QByteArray select(QByteArrayView object, const MemberNames &names);

// Where each top-level member of `object` starts (its key's opening quote) and its raw key.
// False, and nothing to rely on, unless `object` is one JSON object whose members follow each
// other with nothing but a comma between them (as QJsonDocument writes it compactly).
bool index(QByteArrayView object, QList<qsizetype> *starts, QList<QByteArrayView> *rawKeys);

// select() for an object index() has read: `starts` has one entry per member of `shape`.
QByteArray select(QByteArrayView object, const quint16 *starts, const RecordShape &shape,
                  const MemberNames &names);

} // namespace JsonMembers

} // namespace cw::sandbox
