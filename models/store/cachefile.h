// The cache's file on disk, before SQLite sees it: private permissions (0600, the records are
// customer data), a cheap check of the header, and moving an unusable file aside with its WAL.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cw {

class CacheFile
{
    Q_DECLARE_TR_FUNCTIONS(cw::CacheFile)
public:
    // Creates the folder and an empty file if missing, and makes the file and any -wal/-shm
    // 0600 (SQLite gives -wal and -shm the main file's mode when it creates them). On failure
    // *error is a sentence for the user.
    static bool makePrivate(const QString &path, QString *error);

    // False when the file cannot be an SQLite database or was cut short: a wrong magic string,
    // a size that is not a whole number of pages, or fewer bytes than the header's page count
    // (checked only without a WAL, which may legitimately hold the missing pages). A missing or
    // empty file passes: SQLite makes a new database of it.
    static bool looksIntact(const QString &path);

    // Renames the file (and its -wal, -shm, and the damage marker) to
    // `<path>.<reason>-<UTC yyyyMMddTHHmmssZ>`; returns the new name, or empty and *error.
    static QString moveAside(const QString &path, const QString &reason, QString *error);

    // The -wal and -shm files beside `path`.
    static QStringList sidecars(const QString &path);

    // A file beside the cache saying a statement met a damaged page: the next open moves the
    // cache aside instead of trusting it.
    static QString damageMarker(const QString &path);
};

} // namespace cw
