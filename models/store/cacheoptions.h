// How a Cache opens its file: whose file it is, the schema steps it knows and how long it waits
// for a lock held by another connection. The defaults are the application's own default file.
#pragma once

#include "migration.h"

#include <QList>

namespace cw {

struct CacheOptions
{
    enum class Origin {
        // The application chose the path (Cache::defaultPath): a file it cannot use (damaged,
        // not a database, written by a newer version) is moved aside and a new one started.
        Application,
        // The user named the file (cwdesk-cli --cache FILE): it may be anything, so nothing is
        // ever moved, replaced or created in its place. A file that is not a CW Desk cache
        // (not SQLite, another program's database, damaged, newer) is refused with a message
        // and left exactly as it was. A missing or empty file becomes a new cache.
        UserGiven,
    };

    // The options for a path the user gave.
    static CacheOptions userGiven()
    {
        CacheOptions options;
        options.origin = Origin::UserGiven;
        return options;
    }

    Origin origin = Origin::Application;
    QList<Migration> migrations = Migration::all();
    // How long a write waits for another connection's lock before failing with "busy".
    int busyTimeoutMs = 5000;
};

} // namespace cw
