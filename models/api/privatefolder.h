// Folders that hold CW Desk's own files (settings, saved connections, the cache, logs) are
// created private to their owner, every level of them: QDir::mkpath() would make the missing
// parents (such as ~/.local/share on a new account, or ~/.cache/cwdesk) world-listable with the
// process's umask, and the XDG base directory specification asks for 0700.
#pragma once

#include <QString>

namespace cw {

class PrivateFolder
{
public:
    // Creates `path` and each missing folder above it with mode 0700. Folders that exist already
    // are left as they are (the user's choice). True when `path` exists afterwards; otherwise
    // false with *failed set to the folder that could not be created.
    static bool make(const QString &path, QString *failed = nullptr);
};

} // namespace cw
