// Fills an empty sandbox Store with deterministic, realistic MSP service-desk data: members,
// customer companies with sites, contacts and devices, boards with their workflows, tickets with
// notes/tasks, and KB.
#pragma once

#include <QtGlobal>

namespace cw::sandbox {

class Store;

class DataGenerator
{
public:
    struct Options
    {
        int tickets = 2000;
        quint32 seed = 1; // same seed (and now), byte-identical data
        // Where the generated history ends, in seconds since the epoch: the sandbox passes its
        // clock's now, so open tickets are due (or overdue) relative to it. 0: the default anchor.
        qint64 now = 0;
    };

    DataGenerator(Store &store, const Options &options);

    // Inserts everything in one bulk transaction. The store must be empty.
    void run();

    // Every generated history date (_info, entry, response, close, note and install dates) lies at
    // or before Options::now, by default this instant (2026-11-01T00:00:00Z); a store's write clock
    // should start after it so later edits sort after the generated history. Forward-looking values
    // (requiredDate, SLA deadlines, warranty expirations, the "Renewal Date" custom field) may lie
    // after it.
    static qint64 anchorSecsSinceEpoch();

private:
    Store &m_store;
    Options m_options;
};

} // namespace cw::sandbox
