#include "adminchange.h"

#include "desk.h"

#include "api/manageclient.h"
#include "api/record.h"
#include "api/recordjob.h"
#include "store/cache.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw {

AdminChange::AdminChange(Desk *desk, Verb verb, AdminKind kind, int boardId, int id)
    : DeskChange(desk)
    , m_verb(verb)
    , m_kind(kind)
    , m_boardId(boardId)
    , m_id(id)
{
}

AdminChange *AdminChange::create(Desk *desk, AdminKind kind, int boardId, const QJsonObject &record)
{
    auto *change = new AdminChange(desk, Verb::Create, kind, boardId, 0);
    change->m_edited = record;
    return change;
}

AdminChange *AdminChange::edit(Desk *desk, AdminKind kind, int boardId, int id,
                               const QJsonObject &loaded, const QJsonObject &edited)
{
    auto *change = new AdminChange(desk, Verb::Edit, kind, boardId, id);
    change->m_loaded = loaded;
    change->m_edited = edited;
    return change;
}

AdminChange *AdminChange::remove(Desk *desk, AdminKind kind, int boardId, int id)
{
    return new AdminChange(desk, Verb::Remove, kind, boardId, id);
}

bool AdminChange::canRun(const Desk *desk, QString *why)
{
    QString reason;
    if (!desk)
        reason = tr("No connection.");
    else if (desk->options().offline)
        reason = tr("Working offline: settings are changed on the server only. Connect to change "
                    "them.");
    else if (desk->state() == Desk::State::Offline)
        reason = tr("The server cannot be reached: settings are changed on the server only. "
                    "Retry when it can be reached.");
    else if (desk->state() == Desk::State::SignedOut || desk->state() == Desk::State::AuthFailed)
        reason = tr("Not signed in: settings are changed on the server only. Connect first.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void AdminChange::run()
{
    QString why;
    if (!canRun(desk(), &why)) {
        fail(DeskError::failure(why));
        return;
    }
    if (AdminKinds::isBoardChild(m_kind) && m_boardId <= 0) {
        fail(DeskError::invalid(tr("Choose a board first.")));
        return;
    }
    ManageClient *client = desk()->client();
    RecordJob *job = nullptr;
    switch (m_verb) {
    case Verb::Create:
        job = client->create(AdminKinds::path(m_kind, m_boardId), m_edited);
        break;
    case Verb::Edit:
        job = client->update(AdminKinds::recordPath(m_kind, m_boardId, m_id), m_loaded, m_edited);
        break;
    case Verb::Remove:
        job = client->remove(AdminKinds::recordPath(m_kind, m_boardId, m_id));
        break;
    }
    follow(job, [this](const QByteArray &raw) {
        updateCache(raw);
        succeed(raw);
    });
}

void AdminChange::updateCache(const QByteArray &raw)
{
    const std::optional<RecordKind> kind = AdminKinds::cacheKind(m_kind);
    Cache *cache = kind ? desk()->cache() : nullptr;
    if (!cache)
        return;
    const int parent = AdminKinds::isBoardChild(m_kind) ? m_boardId : 0;
    // The server has it already: a cache that cannot follow is mended by the next sync.
    if (m_verb != Verb::Remove) {
        cache->upsert(*kind, {raw}, parent);
        return;
    }
    if (m_kind == AdminKind::Board) {
        // The server removed the board's statuses, types, subtypes, items and teams with it.
        auto ids = [](const auto &records) {
            QList<int> list;
            for (const Record &r : records)
                list.append(r.id());
            return list;
        };
        cache->remove(RecordKind::BoardStatus, ids(cache->statuses(m_id)), m_id);
        cache->remove(RecordKind::BoardType, ids(cache->boardTypes(m_id)), m_id);
        cache->remove(RecordKind::BoardSubType, ids(cache->boardSubTypes(m_id)), m_id);
        cache->remove(RecordKind::BoardItem, ids(cache->boardItems(m_id)), m_id);
        cache->remove(RecordKind::BoardTeam, ids(cache->boardTeams(m_id)), m_id);
    }
    cache->remove(*kind, {m_id}, parent);
}

} // namespace cw
