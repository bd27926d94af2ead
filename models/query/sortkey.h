// One key of an orderBy parameter: a field path and its direction.
// OrderBy::keys() returns them in the order they were written.
#pragma once

#include <QStringList>

namespace cw::query {

struct SortKey
{
    QStringList path;
    bool descending = false;

    friend bool operator==(const SortKey &, const SortKey &) = default;
};

} // namespace cw::query
