// Helpers of the model tests: a real cache synced from a real cwdesk-sandbox process (through the
// desk core), tickets changed in that cache, whole-model text dumps and their golden files.
#pragma once

#include "sandboxprocess.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QAbstractItemModel;

namespace cw {
class Cache;
class Desk;
} // namespace cw

namespace cw::test {

// A sandbox process with `tickets` generated tickets (fixed seed) and a desk whose cache was
// fully synced from it.
class SyncedSandbox
{
public:
    SyncedSandbox();
    ~SyncedSandbox();

    bool start(int tickets, QString *error);
    Desk *desk() const { return m_desk.get(); }
    Cache *cache() const;
    QString cachePath() const;

    // The instant the sandbox's generated data ends at (its dates lead up to it).
    static QDateTime anchor();

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    std::unique_ptr<Desk> m_desk;
};

// The cached record of ticket `id` with `edit` applied, stored back (as a sync would). False when
// the ticket is not cached or the upsert fails.
bool editCachedTicket(Cache *cache, int id, const std::function<void(QJsonObject &)> &edit);
QJsonObject cachedTicket(Cache *cache, int id);
// Stores `record` as a ticket (as a sync bringing a new ticket would).
bool storeTicket(Cache *cache, const QJsonObject &record);

// Every row (recursively) and column of `model`, one line per row: `roles` of each cell as text,
// then `rowRoles` of the row's first cell in brackets (roles other than Qt::DisplayRole only where
// set, by role name). Deterministic for a fixed clock.
QString dumpModel(const QAbstractItemModel *model, const QList<int> &roles,
                  const QList<int> &rowRoles = {});
QString formatValue(const QVariant &value);

// Compares `actual` with tests/data/models/<name>; with CW_UPDATE_GOLDEN=1 in the environment
// writes the file instead. On a mismatch *message names the first differing line and the actual
// text is left next to the golden file as <name>.actual.
bool matchesGolden(const QString &name, const QString &actual, QString *message);

} // namespace cw::test
