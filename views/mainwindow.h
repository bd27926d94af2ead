// The main window: service boards on the left, the selected board's tickets on the right and a
// status bar with the connection state, counts and errors. Talks only to models, never HTTP.
#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTableView;
class QTreeView;

namespace cw {

class BoardListModel;
class ManageClient;
class SortProxyModel;
class TicketListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ManageClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    BoardListModel *boardModel() const { return m_boards; }
    TicketListModel *ticketModel() const { return m_tickets; }
    SortProxyModel *ticketProxy() const { return m_ticketProxy; }
    QTreeView *boardView() const { return m_boardView; }
    QTableView *ticketView() const { return m_ticketView; }
    // The text of the status bar's message, count and connection parts (for tests and a11y).
    QString statusMessage() const;
    QString countText() const;
    QString connectionText() const;
    // The text shown over an empty ticket table ("Loading…", an error, "No tickets"), or empty.
    QString placeholderText() const;

    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    void reload();

private:
    void setupViews();
    void setupActions();
    void setupStatusBar();
    void applyColumnWidths();
    void onBoardsStateChanged();
    void onCurrentBoardChanged();
    void updateStatus();
    void updateConnection();
    void updatePlaceholder();

    ManageClient *m_client;
    BoardListModel *m_boards;
    TicketListModel *m_tickets;
    SortProxyModel *m_ticketProxy;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_boardView = nullptr;
    QTableView *m_ticketView = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace cw
