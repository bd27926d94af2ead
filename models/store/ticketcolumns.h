// Where the ticket fields that lists filter and sort on live in the cache, for SqlCompiler: a
// conditions field path (board/id, status/name, lastUpdated …) → a typed column of `tickets`.
#pragma once

#include "query/sqlcompiler.h"
#include "query/valuetype.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

class TicketColumns
{
public:
    struct Column
    {
        QString fieldPath; // as the API spells it (the JSON keys), e.g. "company/identifier"
        QString column;    // e.g. "company_identifier"
        // Boolean: INTEGER 0/1. Number: INTEGER (ids) or REAL (hours). String: TEXT, with
        // `<column>_ci` = SqlFunctions::foldedKey(value). DateTime: INTEGER ms since the epoch.
        query::ValueType type;
        // The same, as SqlCompiler names it.
        query::SqlColumn::Kind kind;

        QStringList jsonPath() const { return fieldPath.split(u'/'); }
    };

    // The typed columns. Each is NULL exactly when the JSON value is null or missing, with two
    // approximations the reader forces: a missing closedFlag reads 0, and inside a reference
    // (board, owner …) an id of 0 or an empty name counts as missing (ConnectWise has neither).
    // `priority_sort` is not among them: it comes from the cached priorities (for ORDER BY), not
    // from the ticket's own JSON.
    static const QList<Column> &all();
    // The column for a field path ("company/identifier"), matched case-insensitively like the
    // server ("lastUpdated" is "_info/lastUpdated"); nullptr when the field has no column.
    static const Column *find(const QString &fieldPath);
    static const Column *find(const QStringList &path) { return find(path.join(u'/')); }
    // "<column>_ci" of a String column.
    static QString foldedColumn(const Column &column) { return column.column + u"_ci"; }
    // SqlCompiler's resolver for the `tickets` table: the typed column with its JSON place, or
    // the path in the record's JSON (keys spelled as the API does) for any other field.
    static std::optional<query::SqlColumn> resolve(const QStringList &path);

    static constexpr const char16_t *JsonColumn = u"tickets.json";
};

} // namespace cw
