// Which callback URLs the sandbox will ever call: http(s) to a literal loopback address
// (127.0.0.0/8, ::1) or `localhost`, never a name that DNS could point elsewhere.
#pragma once

#include <QUrl>

namespace cw::sandbox {

class CallbackUrlPolicy
{
public:
    // Checked when a callback is registered and again before each delivery (a data file may
    // hold entries written by an older, laxer sandbox).
    static bool isLoopback(const QUrl &url);
};

} // namespace cw::sandbox
