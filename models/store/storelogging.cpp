#include "storelogging.h"

namespace cw {
Q_LOGGING_CATEGORY(lcStore, "cw.store", QtWarningMsg)
} // namespace cw
