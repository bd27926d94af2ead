// The read-only detail of the current ticket beside the list: summary, status, company, contact,
// priority, owner, team, SLA and counts, read from the cache's full record (the rows keep less).
#pragma once

#include "models/store/recordkind.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace cw {

class Cache;

// Follows the cache's change signals, so a sync or a queued change shows at once.
class TicketDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TicketDetailPanel(Cache *cache, QWidget *parent = nullptr);

    // 0 clears the panel.
    void setTicket(int ticketId);
    int ticketId() const { return m_ticketId; }
    // The shown value of a field ("summary", "status", "owner" …), for tests.
    QString fieldText(const QString &field) const;
    // A pane about the ticket (notes, tasks …) as a tab under the fields; the caller keeps it on
    // the current ticket.
    void addPane(QWidget *pane, const QString &title);
    QTabWidget *paneTabs() const { return m_tabs; }

private:
    void refresh();
    void recordsChanged(RecordKind kind, const QList<int> &ids);
    QLabel *addField(const QString &key, const QString &label);

    Cache *m_cache;
    int m_ticketId = 0;
    QFormLayout *m_form;
    QVBoxLayout *m_layout;
    QTabWidget *m_tabs;
    QLabel *m_title;
    QList<QLabel *> m_values;
};

} // namespace cw
