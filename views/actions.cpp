#include "actions.h"

#include "icons.h"
#include "mainwindow.h"

#include "ticketdispatcher.h"

#include "models/api/boardstatus.h"
#include "models/api/boardteam.h"
#include "models/api/member.h"
#include "models/api/priority.h"
#include "models/api/profilestore.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"
#include "models/store/cache.h"
#include "models/tickettablemodel.h"
#include "translations/translations.h"

#include <QAction>
#include <QDockWidget>
#include <QActionGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QInputDialog>
#include <QMap>
#include <QTableView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>
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
    , m_newTicket(new QAction(tr("&New Ticket…"), this))
    , m_closeTab(new QAction(tr("&Close Ticket Tab"), this))
    , m_showOutbox(new QAction(Icons::icon(Icons::Name::Outbox), tr("&Outbox"), this))
    , m_nextPane(new QAction(tr("Next &Pane"), this))
    , m_previousPane(new QAction(tr("Pre&vious Pane"), this))
    , m_reload(new QAction(tr("&Reload Lists"), this))
    , m_newConnection(new QAction(Icons::icon(Icons::Name::Profile), tr("&New Connection…"), this))
    , m_administration(new QAction(tr("&Administration…"), this))
    , m_quit(new QAction(tr("&Quit"), this))
    , m_setStatus(new QAction(tr("Set &Status"), this))
    , m_assignOwner(new QAction(tr("&Assign To"), this))
    , m_setPriority(new QAction(tr("Set &Priority"), this))
    , m_setTeam(new QAction(tr("Set &Team"), this))
    , m_deleteTickets(new QAction(tr("&Delete…"), this))
    , m_copyNumber(new QAction(tr("&Copy Number"), this))
{
    m_syncNow->setObjectName(u"actionSyncNow"_s);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Send queued changes and fetch what changed on the server"));
    m_find->setObjectName(u"actionFind"_s);
    m_find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::Find});
    m_goToTicket->setObjectName(u"actionGoToTicket"_s);
    m_goToTicket->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_newTicket->setObjectName(u"actionNewTicket"_s);
    m_newTicket->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_closeTab->setObjectName(u"actionCloseTicketTab"_s);
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
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
    m_administration->setObjectName(u"actionAdministration"_s);
    m_administration->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_administration->setToolTip(
        tr("Boards, priorities, SLAs, sources, service locations and callbacks of the site"));
    connect(m_administration, &QAction::triggered, this, &Actions::showAdministration);
    m_quit->setObjectName(u"actionQuit"_s);
    // QKeySequence::Quit is empty on some platforms (Windows, offscreen).
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    m_setStatus->setObjectName(u"actionSetStatus"_s);
    m_setStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_assignOwner->setObjectName(u"actionAssignOwner"_s);
    m_assignOwner->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_setPriority->setObjectName(u"actionSetPriority"_s);
    m_setPriority->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_setTeam->setObjectName(u"actionSetTeam"_s);
    m_setTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_deleteTickets->setObjectName(u"actionDeleteTickets"_s);
    m_deleteTickets->setShortcut(QKeySequence::Delete);
    m_copyNumber->setObjectName(u"actionCopyNumber"_s);
    m_copyNumber->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_statusMenu = choiceMenu(m_setStatus, u"statusMenu"_s);
    m_ownerMenu = choiceMenu(m_assignOwner, u"ownerMenu"_s);
    m_priorityMenu = choiceMenu(m_setPriority, u"priorityMenu"_s);
    m_teamMenu = choiceMenu(m_setTeam, u"teamMenu"_s);
    connect(m_deleteTickets, &QAction::triggered, m_window,
            [this] { m_window->deleteSelected(); });
    connect(m_copyNumber, &QAction::triggered, m_window, [this] {
        QStringList numbers;
        for (const int id : m_window->selectedTicketIds())
            numbers.append(QString::number(id));
        if (!numbers.isEmpty())
            QGuiApplication::clipboard()->setText(numbers.join(u'\n'));
    });
    if (QTableView *view = m_window->ticketView()) {
        if (view->selectionModel()) {
            connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &Actions::updateTicketActions);
        }
    }
    updateTicketActions();

    connect(m_syncNow, &QAction::triggered, m_desk, [this] { m_desk->syncNow(); });
    connect(m_find, &QAction::triggered, m_window, &MainWindow::focusQuery);
    connect(m_goToTicket, &QAction::triggered, this, &Actions::askTicketNumber);
    connect(m_showOutbox, &QAction::triggered, m_window, &MainWindow::showOutbox);
    connect(m_newTicket, &QAction::triggered, m_window, &MainWindow::newTicket);
    connect(m_closeTab, &QAction::triggered, m_window,
            [this] { m_window->closeTicketTab(m_window->tabs()->currentIndex()); });
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
    return {m_syncNow,      m_find,      m_goToTicket,   m_showOutbox,  m_nextPane,
            m_previousPane, m_reload,    m_newConnection, m_quit,       m_setStatus,
            m_assignOwner,  m_setPriority, m_setTeam,     m_deleteTickets, m_copyNumber,
            m_newTicket,    m_closeTab,  m_administration};
}

QMenu *Actions::choiceMenu(QAction *action, const QString &objectName)
{
    auto *menu = new QMenu(m_window);
    menu->setObjectName(objectName);
    menu->setAccessibleName(action->text().remove(u'&'));
    action->setMenu(menu);
    // The choices depend on the selection's board and on what the cache holds now.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillChoices(menu); });
    // From the shortcut the menu opens at the current ticket.
    connect(action, &QAction::triggered, this, [this, menu] { popUpChoices(menu); });
    return menu;
}

void Actions::popUpChoices(QMenu *menu)
{
    QTableView *view = m_window->ticketView();
    if (m_window->selectedTicketIds().isEmpty())
        return;
    const QRect rect = view->visualRect(view->currentIndex());
    menu->popup(view->viewport()->mapToGlobal(rect.isValid() ? rect.bottomLeft() : QPoint()));
}

QMap<int, QList<int>> Actions::selectionByBoard() const
{
    QMap<int, QList<int>> byBoard;
    TicketTableModel *model = m_window->ticketModel();
    for (const int ticket : m_window->selectedTicketIds()) {
        const int row = model ? model->rowOfTicket(ticket) : -1;
        byBoard[row >= 0 ? model->index(row, 0).data(BoardIdRole).toInt() : 0].append(ticket);
    }
    return byBoard;
}

QList<QPair<QString, int>> Actions::boardChoices(Cache *cache, bool status, int board)
{
    QList<QPair<QString, int>> choices;
    if (status) {
        for (const BoardStatus &s : cache->statuses(board))
            if (!s.inactive())
                choices.append({s.name(), s.id()});
    } else {
        for (const BoardTeam &team : cache->boardTeams(board))
            choices.append({team.name(), team.id()});
    }
    return choices;
}

void Actions::fillChoices(QMenu *menu)
{
    menu->clear();
    Cache *cache = m_desk->cache();
    if (!cache || m_window->selectedTicketIds().isEmpty())
        return;
    if (menu == m_statusMenu || menu == m_teamMenu) {
        fillBoardChoices(menu, cache, menu == m_statusMenu);
        return;
    }
    TicketDispatcher::Field field = TicketDispatcher::Field::Owner;
    QList<QPair<QString, int>> choices;
    if (menu == m_ownerMenu) {
        for (const Member &member : cache->members()) {
            if (!member.inactiveFlag())
                choices.append({member.fullName(), member.id()});
        }
        std::sort(choices.begin(), choices.end());
    } else if (menu == m_priorityMenu) {
        field = TicketDispatcher::Field::Priority;
        QList<Priority> priorities = cache->priorities();
        std::sort(priorities.begin(), priorities.end(), [](const Priority &a, const Priority &b) {
            return a.sortOrder() < b.sortOrder();
        });
        for (const Priority &priority : priorities)
            choices.append({priority.name(), priority.id()});
    }
    if (choices.isEmpty()) {
        menu->addAction(tr("Nothing to choose from in the offline cache"))->setEnabled(false);
        return;
    }
    for (const auto &[name, id] : std::as_const(choices)) {
        QAction *choice = menu->addAction(name);
        choice->setData(id);
        const int referenceId = id;
        connect(choice, &QAction::triggered, this, [this, field, referenceId] {
            m_window->dispatcher()->setField(m_window->selectedTicketIds(), field, referenceId);
        });
    }
}

void Actions::fillBoardChoices(QMenu *menu, Cache *cache, bool status)
{
    // Statuses and teams belong to a board: a selection across boards is offered the names all
    // its boards share (in the first board's order), and each ticket gets its own board's status
    // (or team) of that name.
    const QMap<int, QList<int>> byBoard = selectionByBoard();
    QList<QPair<QString, int>> choices = boardChoices(cache, status, byBoard.firstKey());
    for (auto it = std::next(byBoard.cbegin()); it != byBoard.cend(); ++it) {
        QSet<QString> names;
        for (const auto &choice : boardChoices(cache, status, it.key()))
            names.insert(choice.first);
        choices.removeIf([&names](const auto &choice) { return !names.contains(choice.first); });
    }
    if (choices.isEmpty()) {
        menu->addAction(byBoard.size() == 1 ? tr("Nothing to choose from in the offline cache")
                        : status            ? tr("The selected tickets' boards share no status")
                                            : tr("The selected tickets' boards share no team"))
            ->setEnabled(false);
        return;
    }
    for (const auto &[name, id] : std::as_const(choices)) {
        QAction *choice = menu->addAction(name);
        choice->setData(byBoard.size() == 1 ? QVariant(id) : QVariant(name));
        const QString chosen = name;
        connect(choice, &QAction::triggered, this,
                [this, chosen, status] { setByName(status, chosen); });
    }
}

void Actions::setByName(bool status, const QString &name)
{
    const auto field = status ? TicketDispatcher::Field::Status : TicketDispatcher::Field::Team;
    Cache *cache = m_desk->cache();
    if (!cache)
        return;
    // The selection when chosen, grouped by board; each board's own reference of that name.
    const QMap<int, QList<int>> byBoard = selectionByBoard();
    for (auto it = byBoard.cbegin(); it != byBoard.cend(); ++it) {
        for (const auto &[choice, id] : boardChoices(cache, status, it.key())) {
            if (choice == name) {
                m_window->dispatcher()->setField(it.value(), field, id);
                break;
            }
        }
    }
}

void Actions::updateTicketActions()
{
    const bool any = !m_window->selectedTicketIds().isEmpty();
    for (QAction *action :
         {m_setStatus, m_assignOwner, m_setPriority, m_setTeam, m_deleteTickets, m_copyNumber})
        action->setEnabled(any);
}

QMenu *Actions::ticketContextMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"ticketContextMenu"_s);
    menu->setAccessibleName(tr("Ticket"));
    menu->addAction(m_setStatus);
    menu->addAction(m_assignOwner);
    menu->addAction(m_setPriority);
    menu->addAction(m_setTeam);
    menu->addSeparator();
    menu->addAction(m_copyNumber);
    menu->addAction(m_deleteTickets);
    return menu;
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

    QMenu *ticket = bar->addMenu(tr("&Ticket"));
    ticket->setObjectName(u"ticketMenu"_s);
    ticket->addAction(m_newTicket);
    ticket->addAction(m_closeTab);
    ticket->addSeparator();
    ticket->addAction(m_setStatus);
    ticket->addAction(m_assignOwner);
    ticket->addAction(m_setPriority);
    ticket->addAction(m_setTeam);
    ticket->addSeparator();
    ticket->addAction(m_copyNumber);
    ticket->addAction(m_deleteTickets);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_reload);
    view->addAction(m_showOutbox);
    if (QDockWidget *kb = m_window->kbDock())
        view->addAction(kb->toggleViewAction());
    view->addSeparator();
    fillLanguages(view->addMenu(tr("&Language")));

    QMenu *tools = bar->addMenu(tr("T&ools"));
    tools->setObjectName(u"toolsMenu"_s);
    tools->addAction(m_administration);
}

void Actions::showAdministration()
{
    if (!m_adminWindow) {
        m_adminWindow = new AdminWindow(m_desk, m_window);
        m_adminWindow->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_adminWindow->show();
    m_adminWindow->raise();
    m_adminWindow->activateWindow();
}

void Actions::fillLanguages(QMenu *menu)
{
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString chosen = QSettings().value(Translations::settingsKey()).toString();
    auto add = [this, menu, group, &chosen](const QString &text, const QString &language) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"language-"_s + (language.isEmpty() ? u"system"_s : language));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            QSettings().setValue(Translations::settingsKey(), language);
            m_window->statusBar()->showMessage(
                tr("The language changes the next time CW Desk starts."), 10000);
        });
    };
    add(tr("System Language"), QString());
    for (const QString &language : Translations::languages()) {
        const QLocale locale(language);
        // Each language by its own name (as one who reads it looks for it).
        QString name = language == u"en"_s ? QLocale::languageToString(QLocale::English)
                                           : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = locale.toUpper(name.left(1)).at(0);
        add(name, language);
    }
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
    // The ticket opens in its own tab; the dispatch list keeps its query.
    if (ok)
        m_window->openTicket(id);
}

} // namespace cw
