// The query part of a collection GET (conditions, orderBy, fields, paging) as one value,
// encoded the same way for every call so that `+`, `&` and `=` inside conditions survive.
#pragma once

#include <QString>
#include <QStringList>

namespace cw {

struct ListQuery
{
    QString conditions;   // ConnectWise conditions language, e.g. board/id=3
    QString orderBy;      // e.g. "id desc"
    QStringList fields;   // sparse records: only these (nested with '/')
    int pageSize = 0;     // 0: the server's default (25); ConnectWise allows at most 1000
    int page = 1;         // first page to fetch, 1-based
    bool allPages = true; // follow the Link header (or page numbers) to the last page

    // e.g. "conditions=board/id%3D3&orderBy=id%20desc&fields=id,summary&page=1&pageSize=100"
    QString toQueryString() const;

    static constexpr int MaxPageSize = 1000;
    // Percent-encodes a query value, keeping '/' and ',' readable.
    static QString encodeValue(const QString &value);
};

} // namespace cw
