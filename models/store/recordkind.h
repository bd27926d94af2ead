// The kinds of record the offline cache keeps, one table each: what upsert(), remove(), count()
// and the change signals name.
#pragma once

#include <QMetaType>

namespace cw {

enum class RecordKind : quint8 {
    Ticket,
    Note,                // child of a ticket
    Task,                // child of a ticket
    TicketConfiguration, // link of a ticket to a configuration, keyed by both ids
    Board,
    BoardStatus, // child of a board, like the four below
    BoardType,
    BoardSubType,
    BoardItem,
    BoardTeam,
    Priority,
    Sla,
    Source,
    Location, // service locations (/service/locations)
    Member,
    Company,
    Contact,
    Site,
    Configuration,
    KbArticle,
};

inline constexpr int RecordKindCount = int(RecordKind::KbArticle) + 1;

} // namespace cw

Q_DECLARE_METATYPE(cw::RecordKind)
