// Keeps secrets out of places other programs or files can read them from: no core dumps (which
// would hold the private key and the cached records), and the private key out of the environment.
#pragma once

#include <QString>

namespace cw {

class ProcessHardening
{
public:
    // The environment variable a private key may come in (CI, scripts).
    static constexpr const char *PrivateKeyVariable = "CWDESK_PRIVATE_KEY";

    // No core file and no ptrace or /proc/<pid>/mem access by other processes of the user
    // (Linux: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0). Call first thing in main(). False, with
    // *error, when a step failed (the process runs on; it is only less protected).
    static bool disableCoreDumps(QString *error = nullptr);

    // Reads the private key from CWDESK_PRIVATE_KEY and removes it from the environment, so
    // child processes do not inherit it and /proc/<pid>/environ no longer shows it. Empty when
    // the variable is not set. Call once, where the key is needed.
    static QString takePrivateKeyFromEnvironment();
};

} // namespace cw
