// The query part of a collection GET (conditions, orderBy, fields, paging) as one value,
// encoded the same way for every call so that `+`, `&` and `=` inside conditions survive.
#pragma once

#include <QString>
#include <QStringList>

class QJsonObject;

namespace cw {

class ApiError;

struct ListQuery
{
    QString conditions;            // ConnectWise conditions language, e.g. board/id=3
    QString childConditions;       // over arrays such as communicationItems
    QString customFieldConditions; // over customFields, e.g. caption="Region" and value="North"
    QString orderBy;               // e.g. "id desc"
    QStringList fields;            // sparse records: only these (nested with '/')
    int pageSize = 0;              // 0: the server's default (25); ConnectWise allows at most 1000
    int page = 1;                  // first page to fetch, 1-based
    bool allPages = true;          // follow the Link header (or page numbers) to the last page
    // Forward-only paging (header `pagination-type: forward-only`, `pageId`): records in id
    // order, stable while others edit; no orderBy. For full listings.
    bool forwardOnly = false;
    int pageId = 0; // forward-only: start after this id

    // e.g. "conditions=board/id%3D3&orderBy=id%20desc&fields=id,summary&page=1&pageSize=100"
    QString toQueryString() const;
    // Only what a POST …/search URL carries: fields, page, pageSize (pageId).
    QString toSearchQueryString() const;
    // The body of POST …/search: {"conditions", "orderBy", "childConditions",
    // "customFieldConditions"} (only those set).
    QJsonObject toSearchBody() const;
    // True when a GET with every parameter in the URL would be longer than servers accept.
    bool needsSearch() const;

    // Checks the syntax of every parameter with models/query, and for collections the catalog
    // knows (`collectionPath`, e.g. "/service/tickets") the field names and literal types of the
    // conditions, so a typo is reported with its position without a round trip. None on success.
    ApiError validate(const QString &collectionPath = {}) const;

    static constexpr int MaxPageSize = 1000;
    // Longest query string we put in a GET; beyond it the filters go in a POST body.
    static constexpr int MaxQueryLength = 2000;
    // Percent-encodes a query value, keeping '/' and ',' readable.
    static QString encodeValue(const QString &value);
};

} // namespace cw
