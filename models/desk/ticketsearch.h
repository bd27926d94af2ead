// "Search the server": the tickets the server has for a conditions query, stored in the offline
// cache so that the same query answered from the cache lists them too, including tickets the sync
// does not keep (other boards, closed long ago). One page of at most `limit` tickets, newest first.
#pragma once

#include "deskerror.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace cw {

class Desk;
class ListJob;

class TicketSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultLimit = 1000; // ConnectWise's largest page

    // Starts from the event loop; ends with exactly one of finished() or failed(), then deletes
    // itself. `orderBy` empty: "id desc".
    static TicketSearch *start(Desk *desk, const QString &conditions, const QString &orderBy = {},
                               int limit = DefaultLimit);

    QString conditions() const { return m_conditions; }
    // Stops the request; neither signal follows, the search deletes itself.
    void cancel();

Q_SIGNALS:
    // `found` tickets are in the cache now; `more` when the server has further matches beyond
    // the limit.
    void finished(int found, bool more);
    void failed(const cw::DeskError &error);

private:
    TicketSearch(Desk *desk, const QString &conditions, const QString &orderBy, int limit);
    void run();
    void fail(const DeskError &error);

    Desk *m_desk;
    QString m_conditions;
    QString m_orderBy;
    int m_limit;
    QPointer<ListJob> m_job;
    bool m_done = false;
};

} // namespace cw
