// How ticket ids travel in a drag: the ticket table encodes them, the members/teams model
// (dispatch dock) decodes them when tickets are dropped onto a member or a team.
#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace cw {

class TicketMime
{
public:
    // "application/x-cwdesk-ticket-ids": the ids as comma-separated decimal text.
    static QString mimeType();
    // Also sets text/plain ("#12 #15") for drops into other programs. The caller owns it.
    static QMimeData *encode(const QList<int> &ticketIds);
    // Empty when `data` carries no ticket ids.
    static QList<int> decode(const QMimeData *data);
};

} // namespace cw
