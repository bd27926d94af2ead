// The Service API collections the sandbox serves (URL path, parent collection, record kind, the
// resource name its errors use, whether it takes writes) and the lookups routing needs on them.
#pragma once

#include "store.h"

#include <QString>

namespace cw::sandbox {

struct SchemaTable;

struct Collection
{
    const char *path; // lower case, below the API root; for children: the child segment
    Kind parent;      // Collections::kTop for top-level collections
    Kind kind;
    const char *resource; // as in ConnectWise's "<resource> object is invalid"
    bool writable;
};

class Collections
{
public:
    static constexpr Kind kTop = Kind::Count_;

    // "service/tickets" (lower case) -> the top-level collection, or nullptr.
    static const Collection *top(const QString &path);
    // The child collection `segment` (any case) of a parent kind, or nullptr.
    static const Collection *child(Kind parent, const QString &segment);
    // The first collection holding records of `kind`.
    static const Collection &forKind(Kind kind);
    // Record `id` of `c` under parentId (a configuration link by the linked configuration's id).
    static const Record *find(const Store &store, const Collection &c, int parentId, int id);
    static const SchemaTable *schemaFor(Kind kind);
};

} // namespace cw::sandbox
