// A pointer from one ConnectWise record to another ({id, identifier, name}, as in `board`,
// `company`, `owner`): what lists show and what a PATCH sends to change the link.
#pragma once

#include <QJsonObject>
#include <QString>

namespace cw {

struct Reference
{
    int id = 0;
    QString identifier; // set on company, member and department references
    QString name;
    // Where the referenced status or priority sorts (PriorityReference and
    // ServiceStatusReference carry it), so lists can order by it without a lookup; 0 if absent.
    int sort = 0;

    bool isNull() const { return id <= 0 && identifier.isEmpty() && name.isEmpty(); }

    // What a write sends: {"id": id} when the id is known, else {"identifier": …} or
    // {"name": …}; the server resolves the rest (and ignores a name next to an id anyway).
    QJsonObject toJson() const;
    static Reference fromJson(const QJsonObject &object);

    friend bool operator==(const Reference &a, const Reference &b)
    {
        return a.id == b.id && a.identifier == b.identifier && a.name == b.name;
    }
    friend bool operator!=(const Reference &a, const Reference &b) { return !(a == b); }
};

} // namespace cw
