// A team of a board (/service/boards/{id}/teams; schema `BoardTeam`): its leader and the
// members tickets can be routed to.
#pragma once

#include "record.h"
#include "reference.h"

#include <QList>
#include <QString>

namespace cw {

class BoardTeam : public Record
{
public:
    BoardTeam() = default;

    // A null BoardTeam (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static BoardTeam fromJson(const QByteArray &raw, QString *error = nullptr);
    static BoardTeam fromJson(const QJsonObject &object);

    const QString &name() const;
    // the schema has boardId here, not a board reference
    int boardId() const;
    const Reference &teamLeader() const;
    // member ids
    const QList<int> &members() const;
    bool defaultFlag() const;

private:
    using Record::Record;
};

} // namespace cw
