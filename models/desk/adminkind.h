// The records the admin views change (boards and each board's statuses, types, subtypes and
// teams, priorities, SLAs, sources, service locations, callbacks): their API paths and cache kinds.
#pragma once

#include "store/recordkind.h"

#include <QString>

#include <optional>

namespace cw {

enum class AdminKind {
    Board,
    BoardStatus, // the four below are children of a board
    BoardType,
    BoardSubType,
    BoardTeam,
    Priority,
    Sla,
    Source,
    Location, // service locations
    Callback,
};

namespace AdminKinds {

// Statuses, types, subtypes and teams live under a board.
bool isBoardChild(AdminKind kind);
// The collection's path ("/service/boards/3/statuses"); `boardId` only for board children.
QString path(AdminKind kind, int boardId = 0);
QString recordPath(AdminKind kind, int boardId, int id);
// The kind of the offline cache's rows (callbacks are not cached).
std::optional<RecordKind> cacheKind(AdminKind kind);
// "board #3", "status #7 of board #3" … for messages (translated).
QString describe(AdminKind kind, int boardId, int id);

} // namespace AdminKinds

} // namespace cw
