#include "sortproxymodel.h"

namespace cw {

SortProxyModel::SortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale().language() == QLocale::C
                     // The C locale collates by code point ("Item 10" < "item 2" < "Éclair"
                     // last); people with LANG=C still expect the usual order.
                     ? QLocale(QLocale::English, QLocale::UnitedStates)
                     : QLocale())
{
    // QSortFilterProxyModel's own locale-aware sorting ignores the case setting (and the C locale
    // puts every capital first), hence a collator of our own.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void SortProxyModel::setCollator(const QCollator &collator)
{
    m_collator = collator;
    invalidate();
}

bool SortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cw
