// A sort proxy that orders text the way people expect in the user's language (case-insensitive,
// accents in place, "Item 2" before "Item 10"); numbers and dates keep their natural order.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace cw {

class SortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SortProxyModel(QObject *parent = nullptr);

    // The collator used for text (default: the current locale, or English for the C locale;
    // case-insensitive, numeric).
    const QCollator &collator() const { return m_collator; }
    void setCollator(const QCollator &collator);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace cw
