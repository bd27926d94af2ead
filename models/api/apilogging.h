// The logging category of the network client (cw.api). Requests, statuses and retries go here;
// never headers, keys or bodies that could carry them.
#pragma once

#include <QLoggingCategory>

namespace cw {
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace cw
