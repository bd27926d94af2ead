// The read side of the Service API for a collection: lists (conditions, orderBy, fields, both
// paging styles, Link), counts and single records, and the field catalog conditions are checked on.
#pragma once

#include "httpmessage.h"
#include "store.h"

#include "query/valuetype.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace cw::query {
class Conditions;
class FieldSelection;
class OrderBy;
} // namespace cw::query

namespace cw::sandbox {

struct Collection;
struct SandboxOptions;

// A request's query parameters (and a search body's fields), by lower-case name.
struct QueryParams
{
    QHash<QString, QString> values;
    QString value(const char *name) const { return values.value(QString::fromLatin1(name)); }
    bool has(const char *name) const { return values.contains(QString::fromLatin1(name)); }
};

class Listing
{
public:
    Listing(Store &store, const SandboxOptions &options);

    HttpResponse list(const HttpRequest &request, const Collection &c, int parentId,
                      const QueryParams &params, bool countOnly);
    HttpResponse getOne(const Collection &c, int parentId, int id, const QueryParams &params);

    // A record of `kind` was written: its fields join the catalog, and fields not found by an
    // earlier scan may exist now.
    void recordWritten(Kind kind, const QJsonObject &record);

private:
    // Field names and types seen on the records of one kind, for validating conditions.
    struct FieldCatalog
    {
        int sampled = 0;
        QHash<QString, query::ValueType> types; // lower-case path "board/name"
        QHash<QString, bool> scanned;           // lower-case path -> found by a full scan
        void add(const QJsonObject &o, const QString &prefix = {});
    };

    FieldCatalog &catalog(Kind kind);
    void sortRows(const Collection &c, const query::OrderBy &orderBy,
                  std::vector<const Record *> *rows);
    HttpResponse forwardPage(const HttpRequest &request, const Collection &c,
                             const query::Conditions &conditions, const query::Conditions &child,
                             const query::Conditions &custom, const query::FieldSelection &fields,
                             int pageId, int pageSize);
    std::optional<query::ValueType> fieldType(Kind kind, const QStringList &path);

    // The filtered, ordered rows of a numbered listing, kept while no record changes, so the
    // pages of one listing (page=1, 2, …) evaluate the conditions and sort once, not per page.
    struct CachedRows
    {
        quint64 generation = 0;
        qint64 madeMs = 0;
        std::vector<const Record *> rows;
    };

    Store &m_store;
    const SandboxOptions &m_options;
    std::array<FieldCatalog, int(Kind::Count_)> m_catalogs;
    QHash<QString, CachedRows> m_rowCache;
    QElapsedTimer m_clock;
};

} // namespace cw::sandbox
