#include "apilogging.h"

namespace cw {
Q_LOGGING_CATEGORY(lcApi, "cw.api", QtWarningMsg)
} // namespace cw
