#include "adminkind.h"

#include "api/apipaths.h"

#include <QCoreApplication>

namespace cw::AdminKinds {

bool isBoardChild(AdminKind kind)
{
    return kind == AdminKind::BoardStatus || kind == AdminKind::BoardType ||
           kind == AdminKind::BoardSubType || kind == AdminKind::BoardTeam;
}

QString path(AdminKind kind, int boardId)
{
    switch (kind) {
    case AdminKind::Board:
        return ApiPaths::boards();
    case AdminKind::BoardStatus:
        return ApiPaths::statuses(boardId);
    case AdminKind::BoardType:
        return ApiPaths::types(boardId);
    case AdminKind::BoardSubType:
        return ApiPaths::subtypes(boardId);
    case AdminKind::BoardTeam:
        return ApiPaths::teams(boardId);
    case AdminKind::Priority:
        return ApiPaths::priorities();
    case AdminKind::Sla:
        return ApiPaths::slas();
    case AdminKind::Source:
        return ApiPaths::sources();
    case AdminKind::Location:
        return ApiPaths::locations();
    case AdminKind::Callback:
        return ApiPaths::callbacks();
    }
    return {};
}

QString recordPath(AdminKind kind, int boardId, int id)
{
    return ApiPaths::record(path(kind, boardId), id);
}

std::optional<RecordKind> cacheKind(AdminKind kind)
{
    switch (kind) {
    case AdminKind::Board:
        return RecordKind::Board;
    case AdminKind::BoardStatus:
        return RecordKind::BoardStatus;
    case AdminKind::BoardType:
        return RecordKind::BoardType;
    case AdminKind::BoardSubType:
        return RecordKind::BoardSubType;
    case AdminKind::BoardTeam:
        return RecordKind::BoardTeam;
    case AdminKind::Priority:
        return RecordKind::Priority;
    case AdminKind::Sla:
        return RecordKind::Sla;
    case AdminKind::Source:
        return RecordKind::Source;
    case AdminKind::Location:
        return RecordKind::Location;
    case AdminKind::Callback:
        break;
    }
    return std::nullopt;
}

QString describe(AdminKind kind, int boardId, int id)
{
    switch (kind) {
    case AdminKind::Board:
        return QCoreApplication::translate("cw::AdminKinds", "board #%1").arg(id);
    case AdminKind::BoardStatus:
        return QCoreApplication::translate("cw::AdminKinds", "status #%1 of board #%2").arg(id).arg(boardId);
    case AdminKind::BoardType:
        return QCoreApplication::translate("cw::AdminKinds", "type #%1 of board #%2").arg(id).arg(boardId);
    case AdminKind::BoardSubType:
        return QCoreApplication::translate("cw::AdminKinds", "subtype #%1 of board #%2").arg(id).arg(boardId);
    case AdminKind::BoardTeam:
        return QCoreApplication::translate("cw::AdminKinds", "team #%1 of board #%2").arg(id).arg(boardId);
    case AdminKind::Priority:
        return QCoreApplication::translate("cw::AdminKinds", "priority #%1").arg(id);
    case AdminKind::Sla:
        return QCoreApplication::translate("cw::AdminKinds", "SLA #%1").arg(id);
    case AdminKind::Source:
        return QCoreApplication::translate("cw::AdminKinds", "source #%1").arg(id);
    case AdminKind::Location:
        return QCoreApplication::translate("cw::AdminKinds", "service location #%1").arg(id);
    case AdminKind::Callback:
        return QCoreApplication::translate("cw::AdminKinds", "callback #%1").arg(id);
    }
    return {};
}

} // namespace cw::AdminKinds
