#include "mainwindow.h"

#include "models/api/manageclient.h"
#include "models/boardlistmodel.h"
#include "models/sortproxymodel.h"
#include "models/ticketlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace cw {

MainWindow::MainWindow(ManageClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_boards(new BoardListModel(client, this))
    , m_tickets(new TicketListModel(client, this))
    , m_ticketProxy(new SortProxyModel(this))
{
    setWindowTitle(tr("CW Desk"));
    m_ticketProxy->setSourceModel(m_tickets);
    m_ticketProxy->setSortRole(TicketListModel::SortRole);

    setupViews();
    setupActions();
    setupStatusBar();

    connect(m_boards, &BoardListModel::fetchStateChanged, this, &MainWindow::onBoardsStateChanged);
    connect(m_tickets, &TicketListModel::fetchStateChanged, this, &MainWindow::updateStatus);
    connect(m_tickets, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_tickets, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_client, &ManageClient::stateChanged, this, &MainWindow::updateConnection);
    connect(m_boardView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentBoardChanged);

    updateConnection();
    m_boards->reload(); // answers arrive from the event loop, after the caller set up
}

MainWindow::~MainWindow() = default;

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
    setCentralWidget(m_splitter);
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

void MainWindow::setupActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *reloadAction = viewMenu->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
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
    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(u"connectionState"_s);
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
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
    return m_connectionLabel->text();
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

void MainWindow::updateConnection()
{
    const QString host = m_client->credentials().siteUrl().host();
    m_connectionLabel->setText(
        host.isEmpty()
            ? m_client->stateText()
            : tr("%1 · %2", "connection state · server host").arg(m_client->stateText(), host));
    const QString error = m_client->lastError().message();
    m_connectionLabel->setToolTip(
        error.isEmpty() ? m_client->credentials().siteUrl().toDisplayString() : error);
}

} // namespace cw
