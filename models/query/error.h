// A parse or validation failure in a query parameter: where it happened and a translated message.
// An Error with an empty message means success.
#pragma once

#include <QString>

namespace cw::query {

struct Error
{
    int position = -1; // 0-based offset into the parsed text; -1 when not tied to a place
    QString message;

    bool isError() const { return !message.isEmpty(); }
};

} // namespace cw::query
