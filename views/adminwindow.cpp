#include "adminwindow.h"

#include "adminpage.h"

#include "models/adminlistmodel.h"
#include "models/desk/desk.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

AdminWindow::AdminWindow(Desk *desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_banner(new QLabel)
    , m_tabs(new QTabWidget)
    , m_boardTabs(new QTabWidget)
    , m_boardLabel(new QLabel)
{
    setObjectName(u"adminWindow"_s);
    setWindowTitle(tr("Administration"));
    setAccessibleName(tr("Administration"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    m_banner->setObjectName(u"adminOfflineBanner"_s);
    m_banner->setAccessibleName(tr("Why settings cannot be changed"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->hide();

    m_tabs->setObjectName(u"adminTabs"_s);
    m_tabs->setAccessibleName(tr("Kinds of settings"));
    m_boardTabs->setObjectName(u"adminBoardTabs"_s);
    m_boardTabs->setAccessibleName(tr("The selected board's settings"));
    m_tabs->tabBar()->setAccessibleName(m_tabs->accessibleName());
    m_boardTabs->tabBar()->setAccessibleName(m_boardTabs->accessibleName());
    m_boardLabel->setObjectName(u"adminBoardLabel"_s);
    m_boardLabel->setTextFormat(Qt::PlainText);

    auto *boards = new AdminPage(desk, AdminKind::Board);
    m_pages.insert(AdminKind::Board, boards);
    for (AdminKind kind : {AdminKind::BoardStatus, AdminKind::BoardType, AdminKind::BoardSubType,
                           AdminKind::BoardTeam}) {
        auto *page = new AdminPage(desk, kind);
        m_pages.insert(kind, page);
        m_boardTabs->addTab(page, AdminListModel::title(kind));
    }
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_boardLabel);
    lowerLayout->addWidget(m_boardTabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"adminBoardSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(boards);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_tabs->addTab(splitter, AdminListModel::title(AdminKind::Board));
    for (AdminKind kind : {AdminKind::Priority, AdminKind::Sla, AdminKind::Source,
                           AdminKind::Location, AdminKind::Callback}) {
        auto *page = new AdminPage(desk, kind);
        m_pages.insert(kind, page);
        m_tabs->addTab(page, AdminListModel::title(kind));
    }

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->setObjectName(u"adminClose"_s);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the administration window"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);

    connect(boards, &AdminPage::currentChanged, this, &AdminWindow::boardChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdminWindow::loadVisible);
    connect(m_boardTabs, &QTabWidget::currentChanged, this, &AdminWindow::loadVisible);
    if (m_desk)
        connect(m_desk, &Desk::stateChanged, this, &AdminWindow::updateBanner);
    boardChanged(0);
    updateBanner();
    loadVisible();
    resize(sizeHint().expandedTo(
        QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36)));
}

void AdminWindow::showPage(AdminKind kind)
{
    AdminPage *page = m_pages.value(kind);
    if (!page)
        return;
    if (AdminKinds::isBoardChild(kind)) {
        m_tabs->setCurrentIndex(0);
        m_boardTabs->setCurrentWidget(page);
    } else if (kind == AdminKind::Board) {
        m_tabs->setCurrentIndex(0);
    } else {
        m_tabs->setCurrentWidget(page);
    }
    loadVisible();
    page->view()->setFocus();
}

void AdminWindow::loadVisible()
{
    QList<AdminPage *> visible;
    if (m_tabs->currentIndex() == 0) {
        visible = {m_pages.value(AdminKind::Board),
                   qobject_cast<AdminPage *>(m_boardTabs->currentWidget())};
    } else {
        visible = {qobject_cast<AdminPage *>(m_tabs->currentWidget())};
    }
    for (AdminPage *page : visible) {
        // A board child loads when its board is chosen; a page once, then on Reload.
        if (!page || m_loaded.value(page) || AdminKinds::isBoardChild(page->model()->kind()))
            continue;
        m_loaded.insert(page, true);
        page->reload();
    }
    if (auto *child = qobject_cast<AdminPage *>(m_boardTabs->currentWidget()))
        child->model()->setBoardId(m_pages.value(AdminKind::Board)->currentId());
}

void AdminWindow::boardChanged(int boardId)
{
    const QJsonObject board = m_pages.value(AdminKind::Board)->model()->recordOfId(boardId);
    m_boardLabel->setText(boardId > 0 ? tr("Board “%1” (#%2):")
                                            .arg(board.value(u"name"_s).toString())
                                            .arg(boardId)
                                      : tr("Choose a board to see its statuses, types, subtypes "
                                           "and teams."));
    // Only the tab in view asks the server; the others follow when shown.
    if (auto *child = qobject_cast<AdminPage *>(m_boardTabs->currentWidget()))
        child->model()->setBoardId(boardId);
}

void AdminWindow::updateBanner()
{
    QString why;
    const bool can = m_desk && m_desk->canChangeSettings(&why);
    m_banner->setText(why);
    m_banner->setVisible(!can);
    for (AdminPage *page : std::as_const(m_pages))
        page->updateActions();
}

} // namespace cw
