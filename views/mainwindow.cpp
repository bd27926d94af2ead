#include "mainwindow.h"

#include "actions.h"
#include "deskstatuswidget.h"
#include "offlinebanner.h"
#include "outboxpanel.h"
#include "querybar.h"

#include "models/api/manageclient.h"
#include "models/boardlistmodel.h"
#include "models/desk/desk.h"
#include "models/sortproxymodel.h"
#include "models/ticketlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

constexpr int SaveDelayMs = 500;
constexpr auto GeometryKey = "mainWindow/geometry"_L1;
constexpr auto StateKey = "mainWindow/state"_L1;
constexpr auto SplitterKey = "mainWindow/splitter"_L1;
constexpr auto TicketHeaderKey = "mainWindow/ticketHeader"_L1;
// Bump when the docks or toolbars change, so an old layout is not forced onto new ones.
constexpr int StateVersion = 1;

} // namespace

MainWindow::MainWindow(Desk *desk, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_boards(new BoardListModel(desk->client(), this))
    , m_tickets(new TicketListModel(desk->client(), this))
    , m_ticketProxy(new SortProxyModel(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("CW Desk"));
    m_ticketProxy->setSourceModel(m_tickets);
    m_ticketProxy->setSortRole(TicketListModel::SortRole);

    setupViews();
    setupStatusBar();
    m_actions = new Actions(this, m_desk);
    m_actions->fillMenuBar(menuBar());

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveSession);

    connect(m_boards, &BoardListModel::fetchStateChanged, this, &MainWindow::onBoardsStateChanged);
    connect(m_tickets, &TicketListModel::fetchStateChanged, this, &MainWindow::updateStatus);
    connect(m_tickets, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_tickets, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_boardView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentBoardChanged);
    connect(m_desk, &Desk::connected, this, &MainWindow::reload);
    connect(m_desk, &Desk::connectFailed, this, [this](const DeskError &error) {
        m_notice = error.message();
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
    // Before connecting there is nothing to ask; Desk::connected reloads.
    if (m_desk->client()->hasCredentials())
        m_boards->reload(); // answers arrive from the event loop, after the caller set up
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A change made just before the window goes must not be lost.
    if (m_saveTimer->isActive())
        saveSession();
}

void MainWindow::setupViews()
{
    m_boardView = new QTreeView;
    m_boardView->setObjectName(u"boardView"_s);
    m_boardView->setAccessibleName(tr("Service boards"));
    m_boardView->setModel(m_boards);
    m_boardView->setRootIsDecorated(false);
    m_boardView->setItemsExpandable(false);
    m_boardView->setUniformRowHeights(true);
    m_boardView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_boardView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_boardView->header()->setStretchLastSection(true);
    m_boardView->header()->setSectionsClickable(false);

    m_ticketView = new QTableView;
    m_ticketView->setObjectName(u"ticketView"_s);
    m_ticketView->setAccessibleName(tr("Tickets"));
    m_ticketView->setModel(m_ticketProxy);
    m_ticketView->setSortingEnabled(true);
    m_ticketView->sortByColumn(TicketListModel::NumberColumn, Qt::DescendingOrder);
    m_ticketView->setAlternatingRowColors(true);
    m_ticketView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ticketView->setSelectionMode(QAbstractItemView::SingleSelection);
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
    m_splitter->addWidget(m_boardView);
    m_splitter->addWidget(m_ticketView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    const int charWidth = fontMetrics().averageCharWidth();
    m_splitter->setSizes({26 * charWidth, 180 * charWidth});
    m_splitter->setObjectName(u"listsSplitter"_s);

    m_queryBar = new QueryBar(m_desk);
    m_banner = new OfflineBanner(m_desk);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_queryBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setTabOrder(m_queryBar->textEdit(), m_boardView);
    setTabOrder(m_boardView, m_ticketView);

    m_outboxPanel = new OutboxPanel(m_desk, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxPanel);
    m_outboxPanel->hide();

    // The session is saved a moment after it changes, not only at quit (a crash keeps it).
    connect(m_splitter, &QSplitter::splitterMoved, this, &MainWindow::scheduleSave);
    connect(header, &QHeaderView::sectionResized, this, &MainWindow::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, &MainWindow::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::scheduleSave);
    connect(m_outboxPanel, &QDockWidget::visibilityChanged, this, &MainWindow::scheduleSave);
    connect(m_outboxPanel, &QDockWidget::dockLocationChanged, this, &MainWindow::scheduleSave);
    connect(m_outboxPanel, &QDockWidget::topLevelChanged, this, &MainWindow::scheduleSave);
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
        // The proxy sorts by what the header shows.
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
    QList<QWidget *> list{m_queryBar->queryEdit(), m_boardView, m_ticketView};
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
    list.at(next)->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::goToTicket(int id)
{
    for (int row = 0; row < m_tickets->rowCount(); ++row) {
        if (m_tickets->ticketId(row) == id) {
            const QModelIndex index = m_ticketProxy->mapFromSource(m_tickets->index(row, 0));
            m_ticketView->setCurrentIndex(index);
            m_ticketView->scrollTo(index);
            m_ticketView->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    m_notice = tr("Ticket #%1 is not in the list of this board.").arg(id);
    updateStatus();
    return false;
}

void MainWindow::applyQuery(const QString &conditions, bool server)
{
    // Recorded until the cache-backed ticket model takes conditions; the old list cannot filter.
    m_appliedQuery = conditions;
    if (conditions.isEmpty())
        m_notice.clear();
    else if (server)
        m_notice = tr("Server search: %1").arg(conditions);
    else
        m_notice = tr("Query: %1").arg(conditions);
    updateStatus();
}

void MainWindow::applyColumnWidths()
{
    // Widths in characters of the current font, so they follow fonts and scaling.
    const QFontMetrics metrics = m_ticketView->horizontalHeader()->fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) +
                        style()->pixelMetric(QStyle::PM_HeaderMarkSize) +
                        2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin);
    const int charWidth = metrics.averageCharWidth();
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    QHeaderView *header = m_ticketView->horizontalHeader();
    header->setMinimumSectionSize(metrics.horizontalAdvance(u"0000"_s) + padding);
    auto set = [&](int column, int width) {
        header->resizeSection(column, width + padding);
    };
    set(TicketListModel::NumberColumn, metrics.horizontalAdvance(u"000000"_s));
    set(TicketListModel::StatusColumn, 13 * charWidth);
    set(TicketListModel::CompanyColumn, 20 * charWidth);
    set(TicketListModel::PriorityColumn, 18 * charWidth);
    set(TicketListModel::OwnerColumn, 14 * charWidth);
    set(TicketListModel::UpdatedColumn, metrics.horizontalAdvance(sampleDate));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TicketListModel::SummaryColumn, QHeaderView::Stretch);
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
    m_boards->reload();
    m_tickets->reload();
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

void MainWindow::onBoardsStateChanged()
{
    if (m_boards->fetchState() == FetchState::Loaded) {
        const int current = m_tickets->boardId();
        const int row = current > 0 ? m_boards->rowOf(current) : -1;
        if (row >= 0)
            m_boardView->setCurrentIndex(m_boards->index(row, 0));
        else if (m_boards->rowCount() > 0)
            m_boardView->setCurrentIndex(m_boards->index(0, 0));
        else
            m_tickets->setBoard(0);
    }
    updateStatus();
}

void MainWindow::onCurrentBoardChanged()
{
    const QModelIndex current = m_boardView->currentIndex();
    const int id = current.isValid() ? current.data(BoardListModel::IdRole).toInt() : 0;
    if (id != m_tickets->boardId() || m_tickets->fetchState() == FetchState::Idle)
        m_tickets->setBoard(id);
}

void MainWindow::updateStatus()
{
    const int row = m_boards->rowOf(m_tickets->boardId());
    const QString boardName = row >= 0 ? m_boards->boardName(row) : QString();
    QString message;
    QString tooltip;
    if (m_boards->fetchState() == FetchState::Error) {
        message = m_boards->errorText().section(u'\n', 0, 0);
        tooltip = m_boards->errorText();
    } else if (m_boards->fetchState() == FetchState::Loading && m_boards->rowCount() == 0) {
        message = tr("Loading boards…");
    } else {
        switch (m_tickets->fetchState()) {
        case FetchState::Idle:
            message = m_boards->rowCount() == 0 && m_boards->fetchState() == FetchState::Loaded
                          ? tr("This site has no service boards.")
                          : QString();
            break;
        case FetchState::Loading:
            message = tr("Loading the tickets of %1…").arg(boardName);
            break;
        case FetchState::Loaded:
            message = boardName;
            break;
        case FetchState::Error:
            message = m_tickets->errorText().section(u'\n', 0, 0);
            tooltip = m_tickets->errorText();
            break;
        }
    }
    // A notice (the applied query, a connection failure) wins over the board name.
    if (!m_notice.isEmpty() && (message.isEmpty() || message == boardName)) {
        message = m_notice;
        tooltip.clear();
    }
    m_messageLabel->setText(message);
    m_messageLabel->setToolTip(tooltip.isEmpty() ? message : tooltip);

    const int tickets = m_tickets->rowCount();
    QString count;
    // No "%n ticket(s)": without a loaded translation Qt would show the "(s)" as is.
    if (m_tickets->fetchState() == FetchState::Loaded)
        count = tr("Tickets: %L1").arg(tickets);
    else if (m_tickets->fetchState() == FetchState::Loading && tickets > 0)
        count = tr("Tickets: %L1 so far").arg(tickets);
    else if (m_tickets->fetchState() == FetchState::Error && tickets > 0)
        count = tr("Tickets: %L1 (incomplete)").arg(tickets);
    m_countLabel->setText(count);
    m_countLabel->setVisible(!count.isEmpty());
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (m_tickets->rowCount() == 0) {
        if (m_boards->fetchState() == FetchState::Error)
            text = m_boards->errorText();
        else if (m_boards->fetchState() == FetchState::Loading && m_boards->rowCount() == 0)
            text = tr("Loading boards…");
        else if (m_tickets->fetchState() == FetchState::Loading)
            text = tr("Loading tickets…");
        else if (m_tickets->fetchState() == FetchState::Error)
            text = m_tickets->errorText();
        else if (m_tickets->fetchState() == FetchState::Loaded)
            text = tr("There are no tickets on this board.");
    }
    m_placeholder->setText(text);
    m_placeholder->setGeometry(m_ticketView->viewport()->rect());
    m_placeholder->setVisible(!text.isEmpty());
}

} // namespace cw
