// What one sync run did: records added, changed and removed per kind, and how long it took.
// Carried by SyncEngine::finished(); toText() is the CLI's closing line.
#pragma once

#include "recordkind.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace cw {

struct SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(cw::SyncSummary)
public:
    struct Counts
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
    };

    QMap<RecordKind, Counts> kinds; // only kinds that something happened to
    qint64 durationMs = 0;
    // Time spent in the page handlers (typed read + store of each page): the client's share of
    // a listing, beside the split of the pages the jobs do as they arrive.
    qint64 storeNs = 0;
    int records = 0;      // records received in listings
    bool full = false;    // a first (or forced full) sync
    bool swept = false;   // the deletion sweep ran
    int resumedAfter = 0; // the whole ticket listing went on after this id (0: from the start)

    Counts total() const;
    Counts of(RecordKind kind) const { return kinds.value(kind); }
    // One line per kind with changes, then the totals and the duration.
    QString toText() const;
    static QString kindName(RecordKind kind);
};

} // namespace cw

Q_DECLARE_METATYPE(cw::SyncSummary)
