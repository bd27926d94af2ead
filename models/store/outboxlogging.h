// The logging category of the outbox (cw.outbox): queued, sent, failed and conflicting changes
// by entry number and record id; never record contents, which can hold customer data.
#pragma once

#include <QLoggingCategory>

namespace cw {
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
} // namespace cw
