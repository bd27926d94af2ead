// Who tickets can be routed to from the dispatch dock: a member (by id and identifier) or a
// team of a board.
#pragma once

#include <QMetaType>
#include <QString>

namespace cw {

struct Assignee
{
    enum class Kind { Member, Team };

    Kind kind = Kind::Member;
    int id = 0;
    QString identifier; // members
    QString name;
    int boardId = 0; // teams

    bool operator==(const Assignee &other) const = default;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::Assignee)
