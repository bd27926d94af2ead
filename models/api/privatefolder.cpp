#include "privatefolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace cw {

bool PrivateFolder::make(const QString &path, QString *failed)
{
    constexpr QFileDevice::Permissions OwnerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    // The missing folders, deepest first, up to the first that exists.
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo(current).exists()) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        // Created with the final mode (mkdir(2) with 0700), never briefly open to others. A
        // folder another process made meanwhile is fine.
        if (!QDir().mkdir(folder, OwnerOnly) && !QFileInfo(folder).isDir()) {
            if (failed)
                *failed = folder;
            return false;
        }
    }
    if (!QFileInfo(path).isDir()) {
        if (failed)
            *failed = path;
        return false;
    }
    return true;
}

} // namespace cw
