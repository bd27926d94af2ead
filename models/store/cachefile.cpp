#include "cachefile.h"

#include "api/privatefolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QStringList CacheFile::sidecars(const QString &path)
{
    return {path + u"-wal"_s, path + u"-shm"_s};
}

QString CacheFile::damageMarker(const QString &path)
{
    return path + u".damaged"_s;
}

bool CacheFile::makePrivate(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    // The folder of a new cache is private too, with every folder above it that it needed;
    // an existing folder is the user's choice.
    QString failed;
    if (!dir.exists() && !PrivateFolder::make(dir.absolutePath(), &failed)) {
        *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(failed));
        return false;
    }
    if (!info.exists()) {
        // Created with the final mode, so the data is never readable by others, even briefly.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile)) {
            *error = tr("Could not create %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
    }
    if (!QFile::setPermissions(path, PrivateFile)) {
        *error = tr("Could not make %1 private to its owner.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    for (const QString &sidecar : sidecars(path)) {
        if (QFileInfo::exists(sidecar))
            QFile::setPermissions(sidecar, PrivateFile);
    }
    return true;
}

bool CacheFile::looksIntact(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return true; // not ours to judge: opening will report it
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    const auto be16 = [&](int at) {
        return qFromBigEndian<quint16>(header.constData() + at);
    };
    const auto be32 = [&](int at) {
        return qFromBigEndian<quint32>(header.constData() + at);
    };
    const quint32 pageSize = be16(16) == 1 ? 65536u : be16(16);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return false;
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.size() > 0)
        return true;
    if (size % pageSize != 0)
        return false;
    // The in-header page count is valid only when its "version valid for" matches the change
    // counter (older writers did not maintain it).
    const quint32 pages = be32(28);
    if (pages != 0 && be32(92) == be32(24) && qint64(pages) * pageSize > size)
        return false;
    return true;
}

QString CacheFile::moveAside(const QString &path, const QString &reason, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = u"%1.%2-%3"_s.arg(path, reason, stamp);
    // Two moves within a second (a test, a crash loop) must not overwrite the first.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = u"%1.%2-%3-%4"_s.arg(path, reason, stamp).arg(n);
    QFile file(path);
    if (file.exists() && !file.rename(target)) {
        *error = tr("Could not rename %1 to %2: %3")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target),
                          file.errorString());
        return {};
    }
    // The WAL goes with its database: left behind, SQLite would replay it into the new file.
    const QStringList from = sidecars(path);
    const QStringList to = sidecars(target);
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (QFileInfo::exists(from.at(i)) && !QFile::rename(from.at(i), to.at(i)))
            QFile::remove(from.at(i));
    }
    QFile::remove(damageMarker(path));
    return target;
}

} // namespace cw
