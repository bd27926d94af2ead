// The caps that keep one client from exhausting or crashing the sandbox, as one value type. Each is
// a cwdesk-sandbox option (see --help) and each is enforced in exactly one place, named below.
#pragma once

#include <QtGlobal>

namespace cw::sandbox {

struct RequestLimits
{
    // ConnectionGuard, from a request's first bytes, before anything is buffered for parsing:
    qint64 maxBodyBytes = 2 * 1024 * 1024; // larger declared bodies: 413, connection closed
    qint64 maxHeaderBytes = 32 * 1024;     // request line + headers; more: 431, connection closed
    int idleTimeoutMs = 30'000;            // a connection silent this long is closed
    // JsonBody, before a body is parsed (and on each record a PATCH produces):
    int maxJsonDepth = 32; // nesting of arrays and objects; deeper: 400
    // Listing:
    int maxOrderByKeys = 10; // comma-separated orderBy keys; more: 400
    // RecordPatcher:
    int maxPatchOperations = 1000; // operations in one PATCH body; more: 400
    int maxPatchPathDepth = 16;    // segments of one patch path; more: 400

    // Qt's JSON parser refuses documents nested deeper than 1024, so a stored record must stay
    // well below that or it would be unreadable on the next start.
    static constexpr int kMaxJsonDepthCeiling = 512;
};

} // namespace cw::sandbox
