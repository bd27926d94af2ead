#include "listquery.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

QString ListQuery::encodeValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/,"));
}

QString ListQuery::toQueryString() const
{
    QStringList items;
    if (!conditions.isEmpty())
        items << u"conditions="_s + encodeValue(conditions);
    if (!orderBy.isEmpty())
        items << u"orderBy="_s + encodeValue(orderBy);
    if (!fields.isEmpty())
        items << u"fields="_s + encodeValue(fields.join(u','));
    items << u"page="_s + QString::number(std::max(1, page));
    if (pageSize > 0)
        items << u"pageSize="_s + QString::number(std::min(pageSize, int(MaxPageSize)));
    return items.join(u'&');
}

} // namespace cw
