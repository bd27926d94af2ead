// Case-insensitive lookup of a field path (board/name) in a ConnectWise record.
// A one-segment path missing on the record falls back to _info/<segment> (lastUpdated …).
#pragma once

#include <QStringList>

class QJsonObject;
class QJsonValue;

namespace cw::query {

// Undefined when a segment is missing or the path runs through an array; Null when it runs through
// a null reference (board/name with board = null).
QJsonValue lookup(const QJsonObject &record, const QStringList &path);

} // namespace cw::query
