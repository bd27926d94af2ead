// How ticket ids travel in a drag: the ticket table encodes them, the members/teams model
// (dispatch dock) decodes them when tickets are dropped onto a member or a team.
#include "ticketmime.h"

#include <QMimeData>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace cw {

QString TicketMime::mimeType()
{
    return u"application/x-cwdesk-ticket-ids"_s;
}

QMimeData *TicketMime::encode(const QList<int> &ticketIds)
{
    QStringList ids;
    QStringList text;
    for (int id : ticketIds) {
        ids.append(QString::number(id));
        text.append(u"#"_s + QString::number(id));
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(u',').toUtf8());
    data->setText(text.join(u' '));
    return data;
}

QList<int> TicketMime::decode(const QMimeData *data)
{
    QList<int> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    const QList<QByteArray> parts = data->data(mimeType()).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (ok && id != 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace cw
