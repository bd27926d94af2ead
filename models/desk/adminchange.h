// A change to the site's settings from the admin views: a board or one of its statuses, types,
// subtypes or teams, a priority, SLA, source, service location or callback created, edited or
// deleted. Online only: sent straight to the server, never queued in the outbox.
#pragma once

#include "adminkind.h"
#include "deskchange.h"

#include <QJsonObject>

namespace cw {

// Ends with sent() (the server's record; empty for a delete) or failed(): offline, or the
// server's refusal (DeskError::api() keeps its message). After a success the offline cache
// follows (the kinds it holds), so pickers and menus offer the new choice at once.
class AdminChange : public DeskChange
{
    Q_OBJECT
public:
    static AdminChange *create(Desk *desk, AdminKind kind, int boardId, const QJsonObject &record);
    // Only the fields that differ between `loaded` and `edited` are sent (JSON Patch).
    static AdminChange *edit(Desk *desk, AdminKind kind, int boardId, int id,
                             const QJsonObject &loaded, const QJsonObject &edited);
    static AdminChange *remove(Desk *desk, AdminKind kind, int boardId, int id);

    // Whether `desk` can change settings now; `why` says what to do when not (translated).
    static bool canRun(const Desk *desk, QString *why = nullptr);

protected:
    void run() override;

private:
    enum class Verb { Create, Edit, Remove };
    AdminChange(Desk *desk, Verb verb, AdminKind kind, int boardId, int id);
    void updateCache(const QByteArray &raw);

    Verb m_verb;
    AdminKind m_kind;
    int m_boardId;
    int m_id;
    QJsonObject m_loaded;
    QJsonObject m_edited;
};

} // namespace cw
