// A named ticket list the user keeps: its conditions, columns and sort. Built-in views are made
// by SavedViews from the boards; the user's own are persisted.
#pragma once

#include <QString>
#include <QStringList>

namespace cw {

struct SavedView
{
    QString id; // stable key: "builtin:my-open", "builtin:board:12", or a user view's uuid
    QString name;
    QString conditions;  // may contain SavedView::MeToken, replaced with the member identifier
    QStringList columns; // TicketTableModel column ids; empty: the view's default columns
    QString orderBy;     // "priority/sort asc, id desc"; empty: the list's default order
    bool builtIn = false;

    // Stands for the signed-in member's identifier in conditions ("owner/identifier=[me]").
    static constexpr const char16_t *MeToken = u"[me]";
    // `conditions` with the token replaced by `memberIdentifier`, quoted for the conditions
    // language (a view for "me" without an identifier matches nothing).
    QString resolvedConditions(const QString &memberIdentifier) const;

    bool operator==(const SavedView &other) const = default;
};

} // namespace cw
