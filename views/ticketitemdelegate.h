// Draws the ticket list's marks the model only reports: a breached SLA (the style's warning
// icon and the palette's link-visited role) and a change waiting in the outbox (italic, dimmed).
#pragma once

#include <QStyledItemDelegate>

namespace cw {

// Marks come from palette roles and the style, so dark palettes and scaling keep them legible.
class TicketItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cw
