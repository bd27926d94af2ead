// Reading a few top-level members of a record's JSON bytes without parsing the rest: what a
// condition, an orderBy or a fields= selection needs from each of many thousand stored records.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw::sandbox {

// The top-level member names a reader needs, matched case-insensitively as cwquery's field paths
// match keys. all() stands for every member.
class MemberNames
{
public:
    static MemberNames all();

    void add(const QString &name);
    // What a field path reads: its first segment, and for a one-segment path also _info (cwquery
    // looks a missing `lastUpdated` up as `_info/lastUpdated`).
    void addPath(const QStringList &path);
    void addPaths(const QList<QStringList> &paths);

    bool isAll() const { return m_all; }
    bool isEmpty() const { return !m_all && m_names.isEmpty(); }
    qsizetype size() const { return m_names.size(); }
    // Whether a member whose key is `rawKey` (the bytes between the quotes, as written in JSON)
    // is wanted; its index among the names, or -1.
    qsizetype indexOf(QByteArrayView rawKey) const;

private:
    bool m_all = false;
    QList<QByteArray> m_names; // lower-case UTF-8, each once
};

namespace JsonMembers {

// The JSON object `{…}` holding only those top-level members of `object` (the bytes of one JSON
// object, as QJsonDocument writes them) that `names` wants, each copied as written. The scan stops
// once every name has been found. Malformed input gives whatever was read before the fault.
QByteArray select(QByteArrayView object, const MemberNames &names);

} // namespace JsonMembers

} // namespace cw::sandbox
