#include "actions.h"

#include "icons.h"
#include "mainwindow.h"

#include "models/api/profilestore.h"
#include "models/desk/desk.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>

#include <limits>

using namespace Qt::StringLiterals;

namespace cw {

Actions::Actions(MainWindow *window, Desk *desk)
    : QObject(window)
    , m_window(window)
    , m_desk(desk)
    , m_syncNow(new QAction(Icons::icon(Icons::Name::Sync), tr("&Sync Now"), this))
    , m_find(new QAction(Icons::icon(Icons::Name::Query), tr("&Find Tickets…"), this))
    , m_goToTicket(new QAction(tr("&Go to Ticket…"), this))
    , m_showOutbox(new QAction(Icons::icon(Icons::Name::Outbox), tr("&Outbox"), this))
    , m_nextPane(new QAction(tr("Next &Pane"), this))
    , m_previousPane(new QAction(tr("Pre&vious Pane"), this))
    , m_reload(new QAction(tr("&Reload Lists"), this))
    , m_newConnection(new QAction(Icons::icon(Icons::Name::Profile), tr("&New Connection…"), this))
    , m_quit(new QAction(tr("&Quit"), this))
{
    m_syncNow->setObjectName(u"actionSyncNow"_s);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Send queued changes and fetch what changed on the server"));
    m_find->setObjectName(u"actionFind"_s);
    m_find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::Find});
    m_goToTicket->setObjectName(u"actionGoToTicket"_s);
    m_goToTicket->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_showOutbox->setObjectName(u"actionOutbox"_s);
    m_showOutbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_nextPane->setObjectName(u"actionNextPane"_s);
    m_nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    m_previousPane->setObjectName(u"actionPreviousPane"_s);
    m_previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_reload->setObjectName(u"actionReload"_s);
    m_reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_newConnection->setObjectName(u"actionNewConnection"_s);
    m_newConnection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_quit->setObjectName(u"actionQuit"_s);
    // QKeySequence::Quit is empty on some platforms (Windows, offscreen).
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    connect(m_syncNow, &QAction::triggered, m_desk, [this] { m_desk->syncNow(); });
    connect(m_find, &QAction::triggered, m_window, &MainWindow::focusQuery);
    connect(m_goToTicket, &QAction::triggered, this, &Actions::askTicketNumber);
    connect(m_showOutbox, &QAction::triggered, m_window, &MainWindow::showOutbox);
    connect(m_nextPane, &QAction::triggered, m_window, [this] { m_window->focusPane(1); });
    connect(m_previousPane, &QAction::triggered, m_window, [this] { m_window->focusPane(-1); });
    connect(m_reload, &QAction::triggered, m_window, &MainWindow::reload);
    connect(m_newConnection, &QAction::triggered, this, &Actions::newConnectionRequested);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    // Shortcuts work wherever the focus is in the window, menu bar shown or not.
    for (QAction *action : all())
        m_window->addAction(action);
}

QList<QAction *> Actions::all() const
{
    return {m_syncNow,      m_find,   m_goToTicket,    m_showOutbox, m_nextPane,
            m_previousPane, m_reload, m_newConnection, m_quit};
}

void Actions::fillMenuBar(QMenuBar *bar)
{
    QMenu *connection = bar->addMenu(tr("&Connection"));
    connection->setObjectName(u"connectionMenu"_s);
    connection->addAction(m_syncNow);
    connection->addAction(m_showOutbox);
    connection->addSeparator();
    QMenu *profiles = connection->addMenu(Icons::icon(Icons::Name::Profile), tr("&Profiles"));
    profiles->setObjectName(u"profilesMenu"_s);
    // Read when opened: cwdesk-cli login may have added one meanwhile.
    connect(profiles, &QMenu::aboutToShow, this, [this, profiles] { fillProfiles(profiles); });
    fillProfiles(profiles);
    connection->addAction(m_newConnection);
    connection->addSeparator();
    connection->addAction(m_quit);

    QMenu *go = bar->addMenu(tr("&Go"));
    go->addAction(m_find);
    go->addAction(m_goToTicket);
    go->addSeparator();
    go->addAction(m_nextPane);
    go->addAction(m_previousPane);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(m_reload);
    view->addAction(m_showOutbox);
}

void Actions::fillProfiles(QMenu *menu)
{
    menu->clear();
    ProfileStore store(m_profileDirectory);
    const QList<ConnectionProfile> profiles = store.profiles();
    if (profiles.isEmpty()) {
        QAction *none = menu->addAction(tr("No saved profiles"));
        none->setEnabled(false);
        return;
    }
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = m_desk->profile().name();
    for (const ConnectionProfile &profile : profiles) {
        QAction *action = menu->addAction(profile.name());
        action->setCheckable(true);
        action->setChecked(profile.name() == current);
        action->setToolTip(
            tr("%1 at %2", "company at site").arg(profile.company(), profile.site()));
        group->addAction(action);
        const QString name = profile.name();
        connect(action, &QAction::triggered, this, [this, name, current] {
            if (name != current)
                Q_EMIT profileSwitchRequested(name);
        });
    }
}

void Actions::askTicketNumber()
{
    bool ok = false;
    const int id = QInputDialog::getInt(m_window, tr("Go to Ticket"), tr("Ticket &number:"), 0, 1,
                                        std::numeric_limits<int>::max(), 1, &ok);
    if (ok)
        m_window->goToTicket(id);
}

} // namespace cw
