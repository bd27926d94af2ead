#include "mainwindow.h"

#include "actions.h"
#include "configurationspane.h"
#include "deskstatuswidget.h"
#include "kbpane.h"
#include "newticketdialog.h"
#include "notespane.h"
#include "offlinebanner.h"
#include "outboxpanel.h"
#include "querybar.h"
#include "taskspane.h"
#include "ticketdetailpanel.h"
#include "ticketdispatcher.h"
#include "ticketeditor.h"
#include "ticketform.h"
#include "ticketitemdelegate.h"
#include "widgetteardown.h"

#include "models/api/manageclient.h"
#include "models/assigneemodel.h"
#include "models/boardtreemodel.h"
#include "models/desk/cachereader.h"
#include "models/desk/desk.h"
#include "models/desk/ticketsearch.h"
#include "models/itemroles.h"
#include "models/presentationproxymodel.h"
#include "models/store/cache.h"
#include "models/ticketeditmodel.h"
#include "models/tickettablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

constexpr int SaveDelayMs = 500;
// Ages and SLA time left move on by the minute.
constexpr int TimeRefreshMs = 60000;
constexpr auto GeometryKey = "mainWindow/geometry"_L1;
constexpr auto StateKey = "mainWindow/state"_L1;
constexpr auto SplitterKey = "mainWindow/splitter"_L1;
// The cache-backed table has other columns than the old list: its own key.
constexpr auto TicketHeaderKey = "mainWindow/ticketTableHeader"_L1;
// The tickets open in editor tabs, in tab order, and the tab that was current.
constexpr auto OpenTicketsKey = "mainWindow/openTickets"_L1;
constexpr auto CurrentTabKey = "mainWindow/currentTab"_L1;
// Bump when the docks or toolbars change, so an old layout is not forced onto new ones.
constexpr int StateVersion = 3;

} // namespace

MainWindow::MainWindow(Desk *desk, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("CW Desk"));

    m_dispatcher = new TicketDispatcher(m_desk, this);
    setupModels();
    setupViews();
    setupStatusBar();
    m_actions = new Actions(this, m_desk);
    m_actions->fillMenuBar(menuBar());
    m_ticketView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ticketView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = m_actions->ticketContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_ticketView->viewport()->mapToGlobal(pos));
    });
    connect(m_dispatcher, &TicketDispatcher::message, this,
            [this](const QString &text, bool failed) {
                m_notice = text;
                updateStatus();
                // A refused change is listed with the server's answer in the outbox.
                if (failed && m_outboxPanel->isVisible())
                    m_outboxPanel->refresh();
            });

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveSession);

    if (m_boards) {
        connect(m_boards, &BoardTreeModel::fetchStateChanged, this, &MainWindow::ensureCurrentNode);
        connect(m_boards, &QAbstractItemModel::rowsInserted, this, &MainWindow::ensureCurrentNode);
        connect(m_tickets, &TicketTableModel::fetchStateChanged, this, &MainWindow::updateStatus);
        connect(m_tickets, &TicketTableModel::rowsUpdated, this, &MainWindow::onRowsUpdated);
        connect(m_tickets, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
        connect(m_tickets, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
        connect(m_tickets, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
        connect(m_boardView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &MainWindow::onCurrentNodeChanged);
        connect(m_ticketView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &MainWindow::onCurrentTicketChanged);
        // A drop of tickets on a member or team of the dock assigns them.
        connect(m_assignees, &AssigneeModel::assignRequested, m_dispatcher,
                &TicketDispatcher::assign);
        // Ticket data changing in place (a sync, a queued change) shows in the detail too.
        connect(m_tickets, &QAbstractItemModel::modelReset, this,
                &MainWindow::onCurrentTicketChanged);
    }
    connect(m_desk, &Desk::connected, this, &MainWindow::reload);
    connect(m_desk, &Desk::connectFailed, this, [this](const DeskError &error) {
        m_notice = error.message();
        updateStatus();
    });
    connect(m_desk, &Desk::syncFailed, this, [this](const ApiError &error) {
        m_syncError = error.message();
        updateStatus();
    });
    connect(m_desk, &Desk::syncFinished, this, [this] {
        m_syncError.clear();
        updateStatus();
    });
    connect(m_desk, &Desk::notice, this, [this](const QString &message) {
        m_notice = message;
        updateStatus();
    });
    connect(m_outboxPanel, &OutboxPanel::outboxChanged, m_deskStatus,
            &DeskStatusWidget::refreshOutbox);
    connect(m_deskStatus, &DeskStatusWidget::outboxRequested, this, &MainWindow::showOutbox);
    connect(m_queryBar, &QueryBar::querySubmitted, this,
            [this](const QString &conditions) { applyQuery(conditions, false); });
    connect(m_queryBar, &QueryBar::serverSearchRequested, this,
            [this](const QString &conditions) { applyQuery(conditions, true); });

    restoreSession();
    restoreTickets();
    // The cache serves before (and without) a connection; answers arrive from the event loop.
    reload();
    updateStatus();
}

void MainWindow::setupModels()
{
    m_cache = m_desk->cache();
    if (!m_cache)
        return;
    m_reader = new CacheReader(m_cache->filePath(), this);
    m_boards = new BoardTreeModel(m_cache, m_reader, nullptr, this);
    m_boardProxy = new PresentationProxyModel(this);
    m_boardProxy->setSourceModel(m_boards);
    m_tickets = new TicketTableModel(m_cache, m_reader, this);
    m_tickets->setOutbox(m_desk->outbox());
    m_assignees = new AssigneeModel(m_cache, this);
    m_timeTimer = new QTimer(this);
    m_timeTimer->setInterval(TimeRefreshMs);
    connect(m_timeTimer, &QTimer::timeout, m_tickets, &TicketTableModel::refreshTimes);
    m_timeTimer->start();
}

MainWindow::~MainWindow()
{
    // A change made just before the window goes must not be lost.
    if (m_saveTimer->isActive())
        saveSession();
    // A dock's visibilityChanged as QWidget's destructor hides it must not call scheduleSave.
    disconnectFromChildren(this);
}

void MainWindow::setupViews()
{
    m_boardView = new QTreeView;
    m_boardView->setObjectName(u"boardView"_s);
    m_boardView->setAccessibleName(tr("Service boards"));
    m_boardView->setModel(m_boardProxy);
    m_boardView->setUniformRowHeights(true);
    m_boardView->setHeaderHidden(true);
    m_boardView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_boardView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_boardView->header()->setStretchLastSection(true);
    m_boardView->header()->setSectionsClickable(false);

    m_ticketView = new QTableView;
    m_ticketView->setObjectName(u"ticketView"_s);
    m_ticketView->setAccessibleName(tr("Tickets"));
    // The model sorts (and keeps later inserts in order): no sort proxy.
    m_ticketView->setModel(m_tickets);
    m_ticketView->setItemDelegate(new TicketItemDelegate(m_ticketView));
    m_ticketView->setSortingEnabled(true);
    m_ticketView->sortByColumn(TicketTableModel::Number, Qt::DescendingOrder);
    m_ticketView->setAlternatingRowColors(true);
    m_ticketView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ticketView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ticketView->setDragEnabled(true);
    m_ticketView->setDragDropMode(QAbstractItemView::DragOnly);
    m_ticketView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ticketView->setShowGrid(false);
    m_ticketView->setWordWrap(false);
    m_ticketView->setCornerButtonEnabled(false);
    m_ticketView->verticalHeader()->hide();
    // One row height for all rows, from the style's item size for one line of text: compact,
    // follows font and scaling, and never measures thousands of rows.
    QStyleOptionViewItem option;
    option.initFrom(m_ticketView);
    option.features = QStyleOptionViewItem::HasDisplay;
    option.text = u"Xg"_s;
    const int rowHeight =
        style()
            ->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_ticketView)
            .height() +
        2 * style()->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, m_ticketView);
    m_ticketView->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_ticketView->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ticketView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_ticketView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    applyColumnWidths();

    // Empty states ("Loading…", errors) are drawn over the table by the view, not faked as rows.
    m_placeholder = new QLabel(m_ticketView->viewport());
    m_placeholder->setObjectName(u"ticketPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    m_placeholder->setContentsMargins(margin, margin, margin, margin);
    m_placeholder->hide();
    m_ticketView->viewport()->installEventFilter(this);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_detail = new TicketDetailPanel(m_cache);
    // Every ticket editor opened from now on gets the same panes for its ticket.
    static bool panesRegistered = false;
    if (!panesRegistered) {
        panesRegistered = true;
        TicketEditor::registerPane(tr("&Notes"), [](Desk *desk, int id, QWidget *parent) {
            return new NotesPane(desk, id, parent);
        });
        TicketEditor::registerPane(tr("T&asks"), [](Desk *desk, int id, QWidget *parent) {
            return new TasksPane(desk, id, parent);
        });
        TicketEditor::registerPane(tr("&Configurations"), [](Desk *desk, int id, QWidget *parent) {
            return new ConfigurationsPane(desk, id, parent);
        });
    }
    m_notes = new NotesPane(m_desk, 0);
    m_tasks = new TasksPane(m_desk, 0);
    m_configurations = new ConfigurationsPane(m_desk, 0);
    m_detail->addPane(m_notes, tr("&Notes"));
    m_detail->addPane(m_tasks, tr("T&asks"));
    m_detail->addPane(m_configurations, tr("&Configurations"));
    auto *detailScroll = new QScrollArea;
    detailScroll->setObjectName(u"detailScroll"_s);
    detailScroll->setAccessibleName(tr("Ticket details"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(m_boardView);
    m_splitter->addWidget(m_ticketView);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    const int charWidth = fontMetrics().averageCharWidth();
    m_splitter->setSizes({30 * charWidth, 120 * charWidth, 60 * charWidth});
    m_splitter->setObjectName(u"listsSplitter"_s);

    m_queryBar = new QueryBar(m_desk);
    m_banner = new OfflineBanner(m_desk);
    auto *central = new QWidget;
    central->setObjectName(u"dispatchPage"_s);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_queryBar);
    layout->addWidget(m_splitter, 1);
    // The dispatch view is the first tab and stays; each open ticket gets a tab beside it.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"centralTabs"_s);
    m_tabs->setAccessibleName(tr("Dispatch and open tickets"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(central, tr("Dispatch"));
    m_tabs->tabBar()->setAccessibleName(tr("Open tabs"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closeTicketTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::scheduleSave);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &MainWindow::scheduleSave);
    setCentralWidget(m_tabs);
    // Enter or a double-click on a ticket opens it in its tab.
    connect(m_ticketView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openTicket(index.data(IdRole).toInt()); });
    connect(m_ticketView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openTicket(index.data(IdRole).toInt()); });
    setTabOrder(m_queryBar->textEdit(), m_boardView);
    setTabOrder(m_boardView, m_ticketView);

    m_outboxPanel = new OutboxPanel(m_desk, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxPanel);
    m_outboxPanel->hide();

    m_assigneeView = new QListView;
    m_assigneeView->setObjectName(u"assigneeView"_s);
    m_assigneeView->setAccessibleName(tr("Members and teams"));
    m_assigneeView->setModel(m_assignees);
    m_assigneeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assigneeView->setUniformItemSizes(true);
    // Tickets dragged from the list are dropped on a row (AssigneeModel::assignRequested).
    m_assigneeView->setDragDropMode(QAbstractItemView::DropOnly);
    m_assigneeView->setAcceptDrops(true);
    m_assigneeView->setDropIndicatorShown(true);
    m_assigneeDock = new QDockWidget(tr("Members and teams"), this);
    m_assigneeDock->setObjectName(u"assigneeDock"_s);
    m_assigneeDock->setAccessibleName(tr("Members and teams"));
    m_assigneeDock->setWidget(m_assigneeView);
    addDockWidget(Qt::RightDockWidgetArea, m_assigneeDock);
    // Wide enough for names, so the tickets keep the room (a saved session restores its own).
    resizeDocks({m_assigneeDock}, {24 * fontMetrics().averageCharWidth()}, Qt::Horizontal);

    m_kb = new KbPane(m_desk);
    m_kb->setReader(m_reader);
    m_kbDock = new QDockWidget(tr("Knowledge Base"), this);
    m_kbDock->setObjectName(u"kbDock"_s);
    m_kbDock->setAccessibleName(tr("Knowledge base"));
    m_kbDock->setWidget(m_kb);
    addDockWidget(Qt::RightDockWidgetArea, m_kbDock);
    m_kbDock->hide(); // View ▸ Knowledge Base (Ctrl+Shift+K)
    m_kbDock->toggleViewAction()->setObjectName(u"actionKnowledgeBase"_s);
    m_kbDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    // The shortcut also focuses the search when the dock is already shown.
    connect(m_kbDock->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showKnowledgeBase();
    });
    connect(m_kb, &KbPane::insertAsNoteRequested, this, [this](const QString &text) {
        // Into the ticket tab in front when it has a notes pane, else under the detail.
        if (auto *editor =
                m_tabs ? qobject_cast<TicketEditor *>(m_tabs->currentWidget()) : nullptr) {
            if (auto *notes = editor->findChild<NotesPane *>()) {
                notes->insertText(text);
                if (editor->panes())
                    editor->panes()->setCurrentWidget(notes);
                return;
            }
        }
        m_notes->insertText(text);
        m_detail->paneTabs()->setCurrentWidget(m_notes);
    });
    // The KB suggests for the ticket in front: an editor tab's, else the list's current one.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *editor = qobject_cast<TicketEditor *>(m_tabs->currentWidget()))
            m_kb->setTicket(editor->ticketId());
        else
            onCurrentTicketChanged();
    });
    connect(m_kbDock, &QDockWidget::visibilityChanged, this, &MainWindow::scheduleSave);
    connect(m_kbDock, &QDockWidget::dockLocationChanged, this, &MainWindow::scheduleSave);

    // The session is saved a moment after it changes, not only at quit (a crash keeps it).
    connect(m_splitter, &QSplitter::splitterMoved, this, &MainWindow::scheduleSave);
    connect(header, &QHeaderView::sectionResized, this, &MainWindow::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, &MainWindow::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::scheduleSave);
    connect(m_outboxPanel, &QDockWidget::visibilityChanged, this, &MainWindow::scheduleSave);
    connect(m_outboxPanel, &QDockWidget::dockLocationChanged, this, &MainWindow::scheduleSave);
    connect(m_outboxPanel, &QDockWidget::topLevelChanged, this, &MainWindow::scheduleSave);
    connect(header, &QHeaderView::sectionCountChanged, this, &MainWindow::scheduleSave);
    connect(m_assigneeDock, &QDockWidget::visibilityChanged, this, &MainWindow::scheduleSave);
    connect(m_assigneeDock, &QDockWidget::dockLocationChanged, this, &MainWindow::scheduleSave);
}

void MainWindow::restoreSession()
{
    m_restoring = true;
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray(), StateVersion);
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    const QByteArray header = settings.value(TicketHeaderKey).toByteArray();
    if (!header.isEmpty()) {
        QHeaderView *view = m_ticketView->horizontalHeader();
        view->restoreState(header);
        // The model sorts by what the header shows.
        m_ticketView->sortByColumn(view->sortIndicatorSection(), view->sortIndicatorOrder());
    }
    m_restoring = false;
}

void MainWindow::scheduleSave()
{
    if (!m_restoring)
        m_saveTimer->start();
}

void MainWindow::saveSession()
{
    m_saveTimer->stop();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(StateVersion));
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(TicketHeaderKey, m_ticketView->horizontalHeader()->saveState());
    QVariantList open;
    for (TicketEditor *editor : ticketEditors()) {
        // A new ticket still queued has no number the server knows: it is not kept.
        if (editor->ticketId() > 0)
            open.append(editor->ticketId());
    }
    settings.setValue(OpenTicketsKey, open);
    settings.setValue(CurrentTabKey, m_tabs->currentIndex());
}

void MainWindow::restoreTickets()
{
    if (!m_cache)
        return;
    m_restoring = true;
    const QSettings settings;
    for (const QVariant &id : settings.value(OpenTicketsKey).toList())
        openTicket(id.toInt());
    const int current = settings.value(CurrentTabKey, 0).toInt();
    m_tabs->setCurrentIndex(current >= 0 && current < m_tabs->count() ? current : 0);
    m_restoring = false;
}

TicketEditor *MainWindow::ticketEditor(int id) const
{
    for (TicketEditor *editor : ticketEditors()) {
        if (editor->ticketId() == id)
            return editor;
    }
    return nullptr;
}

QList<TicketEditor *> MainWindow::ticketEditors() const
{
    QList<TicketEditor *> editors;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<TicketEditor *>(m_tabs->widget(i)))
            editors.append(editor);
    }
    return editors;
}

bool MainWindow::openTicket(int id)
{
    if (!m_cache || id == 0)
        return false;
    if (TicketEditor *open = ticketEditor(id)) {
        m_tabs->setCurrentWidget(open);
        return true;
    }
    auto *editor = new TicketEditor(m_desk);
    if (!editor->openTicket(id)) {
        delete editor;
        m_notice = tr("Ticket #%1 is not in the offline cache.").arg(id);
        updateStatus();
        return false;
    }
    const int index = m_tabs->addTab(editor, editor->tabTitle());
    m_tabs->setTabToolTip(index, editor->model()->title());
    if (QWidget *close = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide))
        close->setAccessibleName(tr("Close ticket #%1").arg(id));
    connect(editor, &TicketEditor::titleChanged, this, [this, editor](const QString &title) {
        const int at = m_tabs->indexOf(editor);
        if (at >= 0) {
            m_tabs->setTabText(at, title);
            m_tabs->setTabToolTip(at, editor->model()->title());
        }
    });
    m_tabs->setCurrentIndex(index);
    scheduleSave();
    return true;
}

bool MainWindow::closeTicketTab(int index, bool confirm)
{
    auto *editor = qobject_cast<TicketEditor *>(m_tabs->widget(index));
    if (!editor)
        return false;
    if (confirm && editor->model()->isDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Close Ticket"),
            tr("Ticket %1 has unsaved changes. Save them before closing?")
                .arg(editor->model()->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save)
            editor->model()->save();
    }
    m_tabs->removeTab(index);
    editor->deleteLater();
    scheduleSave();
    return true;
}

void MainWindow::newTicket()
{
    auto *dialog = new NewTicketDialog(m_desk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTicketDialog::ticketCreated, this, [this](int id, bool queued) {
        m_notice =
            queued ? tr("The new ticket waits in the outbox.") : tr("Ticket #%1 created.").arg(id);
        updateStatus();
        openTicket(id);
    });
    dialog->open();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    scheduleSave();
}

void MainWindow::moveEvent(QMoveEvent *event)
{
    QMainWindow::moveEvent(event);
    scheduleSave();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::focusQuery()
{
    m_queryBar->focusQuery();
}

void MainWindow::showOutbox()
{
    if (m_outboxPanel->isHidden() && !m_outboxPanel->isFloating()) {
        // A dozen lines: enough for the queue without hiding the tickets. A session that saved
        // a size of its own restores it instead (restoreState).
        const bool sized = QSettings().contains(StateKey);
        m_outboxPanel->show();
        if (!sized)
            resizeDocks({m_outboxPanel}, {12 * fontMetrics().lineSpacing()}, Qt::Vertical);
    }
    m_outboxPanel->show();
    m_outboxPanel->raise();
    m_outboxPanel->refresh();
    m_outboxPanel->entryList()->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> MainWindow::panes() const
{
    QList<QWidget *> list;
    // A ticket's tab: the tab bar, its form, its panes; the dispatch tab: query, tree, list and
    // the detail (its scroll area takes the focus, so the keyboard scrolls it).
    if (m_tabs && m_tabs->currentIndex() > 0) {
        list.append(m_tabs->tabBar());
        if (auto *editor = qobject_cast<TicketEditor *>(m_tabs->currentWidget())) {
            list.append(editor->form());
            if (editor->panes() && editor->panes()->isVisible())
                list.append(editor->panes());
        } else if (m_tabs->currentWidget()) {
            list.append(m_tabs->currentWidget());
        }
    } else {
        list = {m_queryBar->queryEdit(), m_boardView, m_ticketView};
        if (auto *detail = findChild<QWidget *>(u"detailScroll"_s); detail && detail->isVisible())
            list.append(detail);
    }
    if (m_assigneeView && m_assigneeView->isVisible())
        list.append(m_assigneeView);
    if (m_kbDock->isVisible())
        list.append(m_kb->searchEdit());
    if (m_outboxPanel->isVisible())
        list.append(m_outboxPanel->entryList());
    if (m_banner->isVisible())
        list.prepend(m_banner->retryButton());
    return list;
}

void MainWindow::focusPane(int step)
{
    const QList<QWidget *> list = panes();
    QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (focus && (focus == list.at(i) || list.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const int count = int(list.size());
    const int next = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
    QWidget *pane = list.at(next);
    // A container (the editor's form) takes no focus itself: its first control does.
    if (pane->focusPolicy() == Qt::NoFocus) {
        for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
            if (!pane->isAncestorOf(w))
                continue;
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(this) && w->isEnabled()) {
                pane = w;
                break;
            }
        }
    }
    pane->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::goToTicket(int id)
{
    if (!m_tickets)
        return false;
    const int row = m_tickets->rowOfTicket(id);
    if (row >= 0) {
        const QModelIndex index = m_tickets->index(row, 0);
        m_ticketView->setCurrentIndex(index);
        m_ticketView->scrollTo(index);
        m_ticketView->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (m_cache->rawRecord(RecordKind::Ticket, id).isEmpty()) {
        m_notice = tr("Ticket #%1 is not in the offline cache.").arg(id);
        updateStatus();
        return false;
    }
    // Not in this view: list it alone and select it once the answer is merged.
    m_pendingGoTo = id;
    m_boardView->selectionModel()->clearCurrentIndex();
    m_tickets->setQuery(u"id = %1"_s.arg(id));
    m_notice = tr("Ticket #%1").arg(id);
    updateStatus();
    return true;
}

QList<int> MainWindow::selectedTicketIds() const
{
    QList<int> ids;
    if (!m_tickets)
        return ids;
    QModelIndexList rows = m_ticketView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(IdRole).toInt());
    if (ids.isEmpty() && m_ticketView->currentIndex().isValid())
        ids.append(m_ticketView->currentIndex().data(IdRole).toInt());
    return ids;
}

void MainWindow::deleteSelected(bool confirm)
{
    const QList<int> ids = selectedTicketIds();
    if (ids.isEmpty())
        return;
    if (confirm) {
        const QString question =
            ids.size() == 1
                ? tr("Delete ticket #%1? This cannot be undone.").arg(ids.first())
                : tr("Delete %Ln tickets? This cannot be undone.", nullptr, int(ids.size()));
        if (QMessageBox::question(this, tr("Delete Tickets"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    m_dispatcher->deleteTickets(ids);
}

void MainWindow::applyQuery(const QString &conditions, bool server)
{
    m_appliedQuery = conditions;
    m_notice = conditions.isEmpty() ? QString() : tr("Query: %1").arg(conditions);
    // The cache answers at once; a server search adds what the sync does not keep.
    updateTicketQuery();
    if (server)
        searchServer();
    updateStatus();
}

void MainWindow::searchServer()
{
    if (!m_tickets)
        return;
    if (m_search)
        m_search->cancel();
    QString orderBy;
    const QString conditions = listConditions(&orderBy);
    m_search = TicketSearch::start(m_desk, conditions, orderBy);
    m_notice = tr("Searching the server…");
    connect(m_search, &TicketSearch::finished, this, [this](int found, bool more) {
        // The tickets found are in the cache now: the list's live query shows them.
        // No "%n ticket(s)": without a loaded translation Qt would show the "(s)" as is.
        m_notice = more ? tr("Server search: the server has more tickets than the %L1 listed; "
                             "narrow the query to see the rest.")
                              .arg(found)
                        : tr("Server search: tickets found: %L1.").arg(found);
        updateStatus();
    });
    connect(m_search, &TicketSearch::failed, this, [this](const DeskError &error) {
        m_notice =
            tr("Server search failed: %1 The list shows the offline cache.").arg(error.message());
        updateStatus();
    });
}

QString MainWindow::listConditions(QString *orderBy) const
{
    const QModelIndex node = m_boardView->currentIndex();
    const QString nodeConditions =
        node.isValid() ? node.data(ConditionsRole).toString() : QString();
    if (orderBy)
        *orderBy = node.isValid() ? node.data(OrderByRole).toString() : QString();
    if (!nodeConditions.isEmpty() && !m_appliedQuery.isEmpty())
        return u"(%1) and (%2)"_s.arg(nodeConditions, m_appliedQuery);
    return nodeConditions.isEmpty() ? m_appliedQuery : nodeConditions;
}

void MainWindow::updateTicketQuery()
{
    if (!m_tickets)
        return;
    QString orderBy;
    const QString conditions = listConditions(&orderBy);
    m_pendingGoTo = 0;
    m_tickets->setQuery(conditions, orderBy);
    // A column the user sorted by stays the order; the node's orderBy otherwise.
    const QHeaderView *header = m_ticketView->horizontalHeader();
    if (orderBy.isEmpty() && header->sortIndicatorSection() >= 0)
        m_tickets->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_ticketView->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    menu.setAccessibleName(tr("Columns"));
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(TicketTableModel::columnName(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot go: the list would have nothing to click.
        action->setEnabled(header->isSectionHidden(column) ||
                           header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            scheduleSave();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void MainWindow::applyColumnWidths()
{
    // Widths in characters of the current font, so they follow fonts and scaling.
    const QFontMetrics metrics = m_ticketView->horizontalHeader()->fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) +
                        style()->pixelMetric(QStyle::PM_HeaderMarkSize) +
                        2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin);
    const int charWidth = metrics.averageCharWidth();
    QHeaderView *header = m_ticketView->horizontalHeader();
    if (header->count() == 0)
        return;
    header->setMinimumSectionSize(metrics.horizontalAdvance(u"0000"_s) + padding);
    auto set = [&](int column, int width) {
        header->resizeSection(column, width + padding);
    };
    set(TicketTableModel::Number, metrics.horizontalAdvance(u"000000"_s));
    set(TicketTableModel::Summary, 40 * charWidth);
    set(TicketTableModel::Status, 13 * charWidth);
    set(TicketTableModel::Company, 20 * charWidth);
    set(TicketTableModel::Contact, 14 * charWidth);
    set(TicketTableModel::Priority, 16 * charWidth);
    set(TicketTableModel::Owner, 10 * charWidth);
    set(TicketTableModel::Team, 12 * charWidth);
    set(TicketTableModel::Type, 12 * charWidth);
    set(TicketTableModel::Age, 6 * charWidth);
    set(TicketTableModel::LastUpdate, 12 * charWidth);
    set(TicketTableModel::Sla, 12 * charWidth);
    // Less used columns start hidden; the header's context menu brings them back.
    header->setSectionHidden(TicketTableModel::Contact, true);
    header->setSectionHidden(TicketTableModel::Type, true);
    header->setSectionHidden(TicketTableModel::LastUpdate, true);
    header->setSectionResizeMode(QHeaderView::Interactive);
}

void MainWindow::setupStatusBar()
{
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(u"statusMessage"_s);
    m_messageLabel->setTextFormat(Qt::PlainText);
    // Long error texts must not widen the window; the full text is in the tooltip.
    m_messageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"ticketCount"_s);
    m_deskStatus = new DeskStatusWidget(m_desk);
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_deskStatus);
}

QSize MainWindow::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {210 * metrics.averageCharWidth(), 46 * metrics.lineSpacing()};
}

void MainWindow::reload()
{
    if (!m_boards)
        return;
    m_boards->reload();
    m_assignees->reload();
}

QString MainWindow::statusMessage() const
{
    return m_messageLabel->text();
}

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

QString MainWindow::connectionText() const
{
    return m_deskStatus->stateText();
}

QString MainWindow::placeholderText() const
{
    return m_placeholder->isVisibleTo(m_ticketView) ? m_placeholder->text() : QString();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ticketView->viewport() && event->type() == QEvent::Resize)
        m_placeholder->setGeometry(m_ticketView->viewport()->rect());
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::ensureCurrentNode()
{
    // The first board once the tree has one (after the first sync on an empty cache); only
    // until a node was current once: rows the tree adds later must not undo a cleared choice.
    if (m_boardView->currentIndex().isValid() || m_pendingGoTo > 0 || m_nodeChosen) {
        updateStatus();
        return;
    }
    for (int row = 0; row < m_boardProxy->rowCount(); ++row) {
        const QModelIndex index = m_boardProxy->index(row, 0);
        if (index.data(NodeTypeRole).toInt() == int(BoardTreeModel::NodeType::Board)) {
            m_boardView->setCurrentIndex(index);
            break;
        }
    }
    updateStatus();
}

void MainWindow::onCurrentNodeChanged()
{
    if (!m_boardView->currentIndex().isValid())
        return;
    m_nodeChosen = true;
    updateTicketQuery();
    updateStatus();
}

void MainWindow::onCurrentTicketChanged()
{
    const QModelIndex current = m_ticketView->currentIndex();
    const int id = current.isValid() ? current.data(IdRole).toInt() : 0;
    m_detail->setTicket(id);
    m_notes->setTicket(id);
    m_tasks->setTicket(id);
    m_configurations->setTicket(id);
    m_kb->setTicket(id);
}

void MainWindow::showKnowledgeBase()
{
    if (m_kbDock->isHidden() && !m_kbDock->property("cwdesk.shownOnce").toBool()) {
        // Wide enough for titles and snippets the first time (a saved session keeps its own).
        m_kbDock->setProperty("cwdesk.shownOnce", true);
        m_kbDock->show();
        resizeDocks({m_kbDock}, {50 * fontMetrics().averageCharWidth()}, Qt::Horizontal);
    }
    m_kbDock->show();
    m_kbDock->raise();
    m_kb->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_kb->searchEdit()->selectAll();
}

void MainWindow::onRowsUpdated()
{
    if (m_pendingGoTo > 0 && m_tickets->rowOfTicket(m_pendingGoTo) >= 0) {
        const int id = m_pendingGoTo;
        m_pendingGoTo = 0;
        goToTicket(id);
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QModelIndex node = m_boardView->currentIndex();
    const QString nodeName = node.isValid() ? node.data(Qt::DisplayRole).toString() : QString();
    QString message = nodeName;
    QString tooltip;
    if (!m_tickets) {
        message = m_desk->cacheError();
    } else if (m_tickets->fetchState() == FetchState::Error) {
        message = m_tickets->errorText().section(u'\n', 0, 0);
        tooltip = m_tickets->errorText();
    } else if (!m_syncError.isEmpty()) {
        message = m_syncError.section(u'\n', 0, 0);
        tooltip = m_syncError;
    }
    // A notice (the applied query, a connection failure) wins over the node's name.
    if (!m_notice.isEmpty() && (message.isEmpty() || message == nodeName)) {
        message = m_notice;
        tooltip.clear();
    }
    m_messageLabel->setText(message);
    m_messageLabel->setToolTip(tooltip.isEmpty() ? message : tooltip);

    QString count;
    // No "%n ticket(s)": without a loaded translation Qt would show the "(s)" as is.
    if (m_tickets && m_tickets->fetchState() == FetchState::Loaded)
        count = tr("Tickets: %L1").arg(m_tickets->rowCount());
    m_countLabel->setText(count);
    m_countLabel->setVisible(!count.isEmpty());
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (!m_tickets) {
        text = m_desk->cacheError();
    } else if (m_tickets->rowCount() == 0) {
        // The fixed nodes (My tickets …) are there even in an empty cache: look for a board.
        bool boards = false;
        for (int row = 0; row < m_boardProxy->rowCount() && !boards; ++row) {
            boards = m_boardProxy->index(row, 0).data(NodeTypeRole).toInt() ==
                     int(BoardTreeModel::NodeType::Board);
        }
        if (m_tickets->fetchState() == FetchState::Error)
            text = m_tickets->errorText();
        else if (!boards && !m_syncError.isEmpty())
            text = m_syncError;
        else if (!boards)
            text = m_desk->lastSync().isValid()
                       ? tr("This site has no service boards.")
                       : tr("Nothing is cached yet: waiting for the first sync…");
        else if (m_tickets->fetchState() == FetchState::Loaded)
            text = tr("No tickets match.");
    }
    m_placeholder->setText(text);
    m_placeholder->setGeometry(m_ticketView->viewport()->rect());
    m_placeholder->setVisible(!text.isEmpty());
}

} // namespace cw
