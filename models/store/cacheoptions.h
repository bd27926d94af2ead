// How a Cache opens its file: the schema steps it knows and how long it waits for a lock held by
// another connection. The defaults are the application's; tests shorten the wait or add steps.
#pragma once

#include "migration.h"

#include <QList>

namespace cw {

struct CacheOptions
{
    QList<Migration> migrations = Migration::all();
    // How long a write waits for another connection's lock before failing with "busy".
    int busyTimeoutMs = 5000;
};

} // namespace cw
