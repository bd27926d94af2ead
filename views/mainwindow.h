// The main window: the query bar and an offline banner over the service boards (left) and the
// selected board's tickets (right), the outbox as a dock and the desk's state in the status bar.
// Lays out panes and keeps its session; commands live in Actions, state in the panes.
#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTableView;
class QTimer;
class QTreeView;

namespace cw {

class Actions;
class BoardListModel;
class Desk;
class DeskStatusWidget;
class OfflineBanner;
class OutboxPanel;
class QueryBar;
class SortProxyModel;
class TicketListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Desk *desk, QWidget *parent = nullptr);
    ~MainWindow() override;

    Desk *desk() const { return m_desk; }
    Actions *actions() const { return m_actions; }
    BoardListModel *boardModel() const { return m_boards; }
    TicketListModel *ticketModel() const { return m_tickets; }
    SortProxyModel *ticketProxy() const { return m_ticketProxy; }
    QTreeView *boardView() const { return m_boardView; }
    QTableView *ticketView() const { return m_ticketView; }
    QueryBar *queryBar() const { return m_queryBar; }
    OfflineBanner *offlineBanner() const { return m_banner; }
    OutboxPanel *outboxPanel() const { return m_outboxPanel; }
    DeskStatusWidget *deskStatus() const { return m_deskStatus; }
    QSplitter *splitter() const { return m_splitter; }
    // The text of the status bar's message, count and connection parts (for tests and a11y).
    QString statusMessage() const;
    QString countText() const;
    QString connectionText() const;
    // The text shown over an empty ticket table ("Loading…", an error, "No tickets"), or empty.
    QString placeholderText() const;
    // The conditions last applied from the query bar (until the cache models take them).
    QString appliedQuery() const { return m_appliedQuery; }

    QSize sizeHint() const override;

public Q_SLOTS:
    void reload();
    void focusQuery();
    void showOutbox();
    // F6 / Shift+F6: the next (+1) or previous (-1) pane gets the focus.
    void focusPane(int step);
    // Selects ticket `id` when the list holds it; false (and a status message) otherwise.
    bool goToTicket(int id);
    // Writes geometry, dock layout, splitter and column state now (normally a moment after a
    // change).
    void saveSession();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setupViews();
    void setupStatusBar();
    void restoreSession();
    void scheduleSave();
    void applyColumnWidths();
    void applyQuery(const QString &conditions, bool server);
    void onBoardsStateChanged();
    void onCurrentBoardChanged();
    void updateStatus();
    void updatePlaceholder();
    QList<QWidget *> panes() const;

    Desk *m_desk;
    BoardListModel *m_boards;
    TicketListModel *m_tickets;
    SortProxyModel *m_ticketProxy;
    Actions *m_actions = nullptr;
    QueryBar *m_queryBar = nullptr;
    OfflineBanner *m_banner = nullptr;
    OutboxPanel *m_outboxPanel = nullptr;
    DeskStatusWidget *m_deskStatus = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_boardView = nullptr;
    QTableView *m_ticketView = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_saveTimer = nullptr;
    bool m_restoring = false;
    QString m_appliedQuery;
    QString m_notice;
};

} // namespace cw
