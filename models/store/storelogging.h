// The logging category of the offline cache (cw.store): opening, migrations, moved-aside files and
// failed statements; never record contents, which can hold customer data.
#pragma once

#include <QLoggingCategory>

namespace cw {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace cw
