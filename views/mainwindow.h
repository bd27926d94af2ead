// The main window: the query bar and an offline banner over the dispatch tree (left), the tickets
// of its node (middle) and the current ticket's detail (right), members and teams as a dock.
// Lays out panes and keeps its session; commands live in Actions, state in the panes.
#pragma once

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QListView;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace cw {

class Actions;
class AssigneeModel;
class ConfigurationsPane;
class KbPane;
class NotesPane;
class TasksPane;
class BoardTreeModel;
class Cache;
class CacheReader;
class Desk;
class DeskStatusWidget;
class OfflineBanner;
class OutboxPanel;
class PresentationProxyModel;
class QueryBar;
class TicketDetailPanel;
class TicketDispatcher;
class TicketEditor;
class TicketSearch;
class TicketTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Desk *desk, QWidget *parent = nullptr);
    ~MainWindow() override;

    Desk *desk() const { return m_desk; }
    Actions *actions() const { return m_actions; }
    // The models over the offline cache; null when the cache cannot be opened.
    BoardTreeModel *boardModel() const { return m_boards; }
    PresentationProxyModel *boardProxy() const { return m_boardProxy; }
    TicketTableModel *ticketModel() const { return m_tickets; }
    AssigneeModel *assigneeModel() const { return m_assignees; }
    TicketDetailPanel *detailPanel() const { return m_detail; }
    // The current ticket's panes (tabs under its detail) and the knowledge base (a dock).
    NotesPane *notesPane() const { return m_notes; }
    TasksPane *tasksPane() const { return m_tasks; }
    ConfigurationsPane *configurationsPane() const { return m_configurations; }
    KbPane *kbPane() const { return m_kb; }
    QDockWidget *kbDock() const { return m_kbDock; }
    QListView *assigneeView() const { return m_assigneeView; }
    QDockWidget *assigneeDock() const { return m_assigneeDock; }
    TicketDispatcher *dispatcher() const { return m_dispatcher; }
    // The selected tickets' ids in list order (the current one when nothing is selected).
    QList<int> selectedTicketIds() const;
    QTreeView *boardView() const { return m_boardView; }
    QTableView *ticketView() const { return m_ticketView; }
    QueryBar *queryBar() const { return m_queryBar; }
    OfflineBanner *offlineBanner() const { return m_banner; }
    OutboxPanel *outboxPanel() const { return m_outboxPanel; }
    DeskStatusWidget *deskStatus() const { return m_deskStatus; }
    QSplitter *splitter() const { return m_splitter; }
    // The central tabs: the dispatch view first (never closed), then one editor per open ticket.
    QTabWidget *tabs() const { return m_tabs; }
    // The editor of ticket `id` when open, else null; the open ones in tab order.
    TicketEditor *ticketEditor(int id) const;
    QList<TicketEditor *> ticketEditors() const;
    // The text of the status bar's message, count and connection parts (for tests and a11y).
    QString statusMessage() const;
    QString countText() const;
    QString connectionText() const;
    // The text shown over an empty ticket table ("Loading…", an error, "No tickets"), or empty.
    QString placeholderText() const;
    // The conditions last applied from the query bar (combined with the tree node's).
    QString appliedQuery() const { return m_appliedQuery; }

    QSize sizeHint() const override;

public Q_SLOTS:
    void reload();
    void focusQuery();
    void showOutbox();
    // Shows the knowledge-base dock and puts the focus in its search (Ctrl+Shift+K).
    void showKnowledgeBase();
    // F6 / Shift+F6: the next (+1) or previous (-1) pane gets the focus.
    void focusPane(int step);
    // Selects ticket `id` when the list holds it; when only the cache does, lists it alone and
    // selects it once listed. False (and a status message) when the cache does not know it.
    bool goToTicket(int id);
    // Opens ticket `id` from the cache in its own tab (or shows its tab); false (and a status
    // message) when the cache does not know it.
    bool openTicket(int id);
    // Closes the editor tab at `index` (not the dispatch tab); with unsaved edits it asks first
    // unless `confirm` is false. False when it stayed open.
    bool closeTicketTab(int index, bool confirm = true);
    // Ticket ▸ New Ticket: the new-ticket dialog (not modal); the created ticket opens in a tab.
    void newTicket();
    // Writes geometry, dock layout, splitter and column state now (normally a moment after a
    // change).
    void saveSession();
    // Deletes the selected tickets after asking (`confirm` false: without asking).
    void deleteSelected(bool confirm = true);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setupViews();
    void setupStatusBar();
    void restoreSession();
    void restoreTickets();
    void scheduleSave();
    void setupModels();
    void applyColumnWidths();
    void applyQuery(const QString &conditions, bool server);
    void showColumnMenu(const QPoint &position);
    void ensureCurrentNode();
    void onCurrentNodeChanged();
    void onCurrentTicketChanged();
    void onRowsUpdated();
    void updateTicketQuery();
    // The list's conditions: the tree node's and the applied query's together.
    QString listConditions(QString *orderBy = nullptr) const;
    void searchServer();
    void updateStatus();
    void updatePlaceholder();
    QList<QWidget *> panes() const;

    Desk *m_desk;
    Cache *m_cache = nullptr;
    CacheReader *m_reader = nullptr;
    BoardTreeModel *m_boards = nullptr;
    PresentationProxyModel *m_boardProxy = nullptr;
    TicketTableModel *m_tickets = nullptr;
    AssigneeModel *m_assignees = nullptr;
    TicketDetailPanel *m_detail = nullptr;
    NotesPane *m_notes = nullptr;
    TasksPane *m_tasks = nullptr;
    ConfigurationsPane *m_configurations = nullptr;
    KbPane *m_kb = nullptr;
    QDockWidget *m_kbDock = nullptr;
    QDockWidget *m_assigneeDock = nullptr;
    QListView *m_assigneeView = nullptr;
    QTimer *m_timeTimer = nullptr;
    TicketDispatcher *m_dispatcher = nullptr;
    int m_pendingGoTo = 0;
    // A tree node was current once (chosen by the user or picked automatically).
    bool m_nodeChosen = false;
    Actions *m_actions = nullptr;
    QueryBar *m_queryBar = nullptr;
    OfflineBanner *m_banner = nullptr;
    OutboxPanel *m_outboxPanel = nullptr;
    DeskStatusWidget *m_deskStatus = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_boardView = nullptr;
    QTableView *m_ticketView = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_saveTimer = nullptr;
    bool m_restoring = false;
    QString m_appliedQuery;
    QPointer<TicketSearch> m_search;
    QString m_notice;
    // Why the last sync failed (cleared by the next one that completes).
    QString m_syncError;
};

} // namespace cw
