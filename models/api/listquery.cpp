#include "listquery.h"

#include "apierror.h"
#include "fieldcatalog.h"
#include "query/conditions.h"
#include "query/fieldselection.h"
#include "query/orderby.h"

#include <QJsonObject>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

QStringList pagingItems(const ListQuery &q)
{
    QStringList items;
    if (!q.fields.isEmpty())
        items << u"fields="_s + ListQuery::encodeValue(q.fields.join(u','));
    if (q.forwardOnly) {
        if (q.pageId > 0)
            items << u"pageId="_s + QString::number(q.pageId);
    } else {
        items << u"page="_s + QString::number(std::max(1, q.page));
    }
    if (q.pageSize > 0)
        items << u"pageSize="_s +
                     QString::number(std::min(q.pageSize, int(ListQuery::MaxPageSize)));
    return items;
}

ApiError checkConditions(const QString &name, const QString &text,
                         const query::Conditions::FieldTypeResolver &resolver = {})
{
    if (text.trimmed().isEmpty())
        return {};
    query::Error error;
    const query::Conditions parsed = query::Conditions::parse(text, &error);
    if (!error.isError() && resolver)
        error = parsed.validate(resolver);
    if (error.isError())
        return ApiError::invalidQuery(name, error.position, error.message);
    return {};
}

} // namespace

QString ListQuery::encodeValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/,"));
}

QString ListQuery::toQueryString() const
{
    QStringList items;
    if (!conditions.isEmpty())
        items << u"conditions="_s + encodeValue(conditions);
    if (!childConditions.isEmpty())
        items << u"childConditions="_s + encodeValue(childConditions);
    if (!customFieldConditions.isEmpty())
        items << u"customFieldConditions="_s + encodeValue(customFieldConditions);
    if (!orderBy.isEmpty() && !forwardOnly)
        items << u"orderBy="_s + encodeValue(orderBy);
    items << pagingItems(*this);
    return items.join(u'&');
}

QString ListQuery::toSearchQueryString() const
{
    return pagingItems(*this).join(u'&');
}

QJsonObject ListQuery::toSearchBody() const
{
    QJsonObject body;
    if (!conditions.isEmpty())
        body.insert(u"conditions"_s, conditions);
    if (!orderBy.isEmpty() && !forwardOnly)
        body.insert(u"orderBy"_s, orderBy);
    if (!childConditions.isEmpty())
        body.insert(u"childConditions"_s, childConditions);
    if (!customFieldConditions.isEmpty())
        body.insert(u"customFieldConditions"_s, customFieldConditions);
    return body;
}

bool ListQuery::needsSearch() const
{
    return toQueryString().size() > MaxQueryLength;
}

ApiError ListQuery::validate(const QString &collectionPath) const
{
    const auto resolver = collectionPath.isEmpty() ? query::Conditions::FieldTypeResolver()
                                                   : FieldCatalog::resolverFor(collectionPath);
    if (ApiError error = checkConditions(u"conditions"_s, conditions, resolver); error.isError())
        return error;
    for (const auto &[name, text] :
         {std::pair{u"childConditions"_s, childConditions},
          std::pair{u"customFieldConditions"_s, customFieldConditions}}) {
        if (ApiError error = checkConditions(name, text); error.isError())
            return error;
    }
    query::Error error;
    if (!orderBy.trimmed().isEmpty()) {
        if (forwardOnly)
            return ApiError::invalidQuery(
                u"orderBy"_s, -1,
                ApiError::tr("forward-only paging always returns records in id order, so it "
                             "cannot be combined with a sort order."));
        query::OrderBy::parse(orderBy, &error);
        if (error.isError())
            return ApiError::invalidQuery(u"orderBy"_s, error.position, error.message);
    }
    if (!fields.isEmpty()) {
        const QString joined = fields.join(u',');
        query::FieldSelection::parse(joined, &error);
        if (error.isError())
            return ApiError::invalidQuery(u"fields"_s, error.position, error.message);
    }
    if (pageSize < 0 || pageSize > MaxPageSize)
        return ApiError::invalidQuery(
            u"pageSize"_s, -1,
            ApiError::tr("the page size must be between 1 and %1.").arg(MaxPageSize));
    return {};
}

} // namespace cw
