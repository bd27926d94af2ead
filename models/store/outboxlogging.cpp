#include "outboxlogging.h"

namespace cw {
Q_LOGGING_CATEGORY(lcOutbox, "cw.outbox", QtWarningMsg)
} // namespace cw
