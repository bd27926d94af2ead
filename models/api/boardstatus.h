// A status of a board (/service/boards/{id}/statuses; schema `BoardStatus`): its order and
// whether tickets in it are shown on the board or count as closed.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class BoardStatus : public Record
{
public:
    BoardStatus() = default;

    // A null BoardStatus (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static BoardStatus fromJson(const QByteArray &raw, QString *error = nullptr);
    static BoardStatus fromJson(const QJsonObject &object);

    const QString &name() const;
    const Reference &board() const;
    int sortOrder() const;
    bool displayOnBoard() const;
    bool inactive() const;
    bool closedStatus() const;
    bool timeEntryNotAllowed() const;
    bool defaultFlag() const;
    // NotResponded, Responded, ResolutionPlan, Resolved or NoEscalation
    const QString &escalationStatus() const;

private:
    using Record::Record;
};

} // namespace cw
