// The item data roles every model of the app answers (beyond Qt's own), in one place, so views,
// delegates, proxies and tests ask every model the same question the same way.
#pragma once

#include <Qt>

namespace cw {

enum ItemRole {
    IdRole = Qt::UserRole + 1, // int: the record's id (ticket, board, status, member …)
    SortRole,                  // the natural value to sort by (number, date-time, text)
    FetchStateRole,            // int (cw::NodeFetchState): where this node stands in loading
    ErrorTextRole,             // QString: why the last fetch failed (FetchState::Error)
    PendingRole,               // bool: an outbox change of this record waits to be sent
    ColorRole,        // QColor: the server's colour of the item (a priority); invalid when none
    BoldRole,         // bool: show in bold (the customer updated the ticket)
    ConditionsRole,   // QString: the conditions that select the node's tickets
    CountRole,        // int: the number of open tickets under the node; -1 unknown
    NodeTypeRole,     // int: the kind of tree node (each tree model's own enum)
    BoardIdRole,      // int: the board the item belongs to (0 when none)
    IdentifierRole,   // QString: a member's identifier, a company's identifier
    BreachedRole,     // bool: the SLA deadline has passed
    LoadingShownRole, // bool: the presentation proxy shows "Loading…" for the node
    OrderByRole,      // QString: a saved view's sort (orderBy)
    ColumnsRole,      // QStringList: a saved view's column ids
    UserRoleEnd
};

} // namespace cw
