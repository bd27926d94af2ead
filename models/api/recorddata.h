// The shared, immutable state behind a Record value: the server's bytes plus the fields every
// record has; each record type derives its own data struct from it with the typed fields.
#pragma once

#include <QByteArray>
#include <QSharedData>

namespace cw {

struct RecordData : QSharedData
{
    // Virtual: a Record deletes its data through this base.
    virtual ~RecordData() = default;

    QByteArray raw;
    int id = 0;
    qint64 lastUpdatedMs = 0; // _info.lastUpdated
    qint64 dateEnteredMs = 0; // _info.dateEntered
};

} // namespace cw
