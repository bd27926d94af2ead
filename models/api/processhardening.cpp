#include "processhardening.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace cw {

bool ProcessHardening::disableCoreDumps(QString *error)
{
    bool ok = true;
    QStringList problems;
#if defined(Q_OS_UNIX)
    // Soft and hard limit: a child (or a later setrlimit) cannot raise it again.
    const struct rlimit none = {0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        ok = false;
        problems.append(QCoreApplication::translate("cw::ProcessHardening",
                                                    "core dumps could not be limited: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
#endif
#if defined(Q_OS_LINUX)
    // Also covers what RLIMIT_CORE does not: a core_pattern pipe to a crash handler, ptrace by
    // other processes of the same user, and reading /proc/<pid>/mem or environ.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        ok = false;
        problems.append(QCoreApplication::translate("cw::ProcessHardening",
                                                    "the process could not be made undumpable: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
#endif
    if (!ok && error)
        *error = problems.join(u"; ");
    return ok;
}

QString ProcessHardening::takePrivateKeyFromEnvironment()
{
    char *value = std::getenv(PrivateKeyVariable);
    if (!value)
        return {};
    const QString key = QString::fromLocal8Bit(value);
    // Variables present at start point into the block the kernel shows as /proc/<pid>/environ;
    // unsetting only unlinks them from environ, so the bytes are overwritten first.
    std::memset(value, 0, std::strlen(value));
    qunsetenv(PrivateKeyVariable);
    return key;
}

} // namespace cw
