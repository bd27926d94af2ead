// The configurations linked to a ticket; attach one found by searching the company's
// configurations as you type (online), or by its id; detach the selected one. Through the desk
// (the outbox offline), a link waiting to be sent marked.
#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace cw {

class Desk;
class ListJob;
class TicketConfigurationModel;

class ConfigurationsPane : public QWidget
{
    Q_OBJECT
public:
    ConfigurationsPane(Desk *desk, int ticketId, QWidget *parent = nullptr);

    void setTicket(int ticketId);
    int ticketId() const { return m_ticketId; }
    TicketConfigurationModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    // The company's configurations the last search found (rows: text; IdRole: id).
    QStandardItemModel *candidates() const { return m_candidates; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Searches the ticket's company's configurations for `text` now (normally as you type).
    void searchCandidates(const QString &text);
    // Attaches the configuration chosen in the search (or whose id was typed).
    void attachChosen();
    void attach(int configurationId);
    void detach(int configurationId);

Q_SIGNALS:
    void candidatesFound();

private:
    int companyId() const;
    void updateButtons();

    Desk *m_desk;
    int m_ticketId = 0;
    int m_chosen = 0;
    TicketConfigurationModel *m_model;
    QListView *m_view;
    QLineEdit *m_search;
    QCompleter *m_completer;
    QStandardItemModel *m_candidates;
    QPushButton *m_attach;
    QPushButton *m_detach;
    QLabel *m_status;
    QTimer *m_typing;
    ListJob *m_job = nullptr;
};

} // namespace cw
