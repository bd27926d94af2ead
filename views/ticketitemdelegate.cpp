#include "ticketitemdelegate.h"

#include "models/itemroles.h"
#include "models/tickettablemodel.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace cw {

void TicketItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == TicketTableModel::Sla && index.data(BreachedRole).toBool()) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, option, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->font.setBold(true);
    }
    if (index.data(PendingRole).toBool()) {
        // Until the server accepts the change the row reads as provisional.
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::PlaceholderText));
    }
}

} // namespace cw
