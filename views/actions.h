// Every command of the main window as a QAction with its shortcut, and the menus that show them;
// what each does lives here (Trojitá's MessageActionHandler), so the window only lays out panes.
#pragma once

#include "adminwindow.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QMenuBar;

namespace cw {

class Cache;
class Desk;
class MainWindow;

class Actions : public QObject
{
    Q_OBJECT
public:
    Actions(MainWindow *window, Desk *desk);

    QAction *syncNow() const { return m_syncNow; }
    QAction *find() const { return m_find; }
    QAction *goToTicket() const { return m_goToTicket; }
    QAction *newTicket() const { return m_newTicket; }
    QAction *closeTab() const { return m_closeTab; }
    QAction *showOutbox() const { return m_showOutbox; }
    QAction *nextPane() const { return m_nextPane; }
    QAction *previousPane() const { return m_previousPane; }
    QAction *reload() const { return m_reload; }
    QAction *newConnection() const { return m_newConnection; }
    // Tools ▸ Administration… (Ctrl+Shift+M): boards, priorities, SLAs, sources, service
    // locations and callbacks.
    QAction *administration() const { return m_administration; }
    // The administration window once opened (null before).
    AdminWindow *adminWindow() const { return m_adminWindow; }
    // Opens the administration window (or brings it to the front).
    void showAdministration();
    QAction *quit() const { return m_quit; }
    // Dispatching the selected tickets: each opens its menu of choices (from the cache).
    QAction *setStatus() const { return m_setStatus; }
    QAction *assignOwner() const { return m_assignOwner; }
    QAction *setPriority() const { return m_setPriority; }
    QAction *setTeam() const { return m_setTeam; }
    QAction *deleteTickets() const { return m_deleteTickets; }
    QAction *copyNumber() const { return m_copyNumber; }
    QMenu *statusMenu() const { return m_statusMenu; }
    QMenu *ownerMenu() const { return m_ownerMenu; }
    QMenu *priorityMenu() const { return m_priorityMenu; }
    QMenu *teamMenu() const { return m_teamMenu; }
    QList<QAction *> all() const;
    // The ticket list's context menu (the Ticket menu's commands).
    QMenu *ticketContextMenu(QWidget *parent) const;

    // Where profiles.json lives (empty: the default), for the Connection menu's profile list.
    void setProfileDirectory(const QString &directory) { m_profileDirectory = directory; }
    void fillMenuBar(QMenuBar *bar);

Q_SIGNALS:
    // The user chose another saved profile in the Connection menu.
    void profileSwitchRequested(const QString &name);
    void newConnectionRequested();

private:
    void fillProfiles(QMenu *menu);
    // View ▸ Language: the system's or one of CW Desk's; kept in the settings for the next start.
    void fillLanguages(QMenu *menu);
    void askTicketNumber();
    QMenu *choiceMenu(QAction *action, const QString &objectName);
    void fillChoices(QMenu *menu);
    // The status (or team) menu: the names the selected tickets' boards share.
    void fillBoardChoices(QMenu *menu, Cache *cache, bool status);
    // The selected tickets grouped by their board (0: not in the list).
    QMap<int, QList<int>> selectionByBoard() const;
    // A board's active statuses (or its teams): name and id, in the cache's order.
    static QList<QPair<QString, int>> boardChoices(Cache *cache, bool status, int board);
    // Sets the selected tickets' status (or team) of this name, each from its own board's.
    void setByName(bool status, const QString &name);
    void popUpChoices(QMenu *menu);
    void updateTicketActions();

    MainWindow *m_window;
    Desk *m_desk;
    QString m_profileDirectory;
    QAction *m_syncNow;
    QAction *m_find;
    QAction *m_goToTicket;
    QAction *m_newTicket;
    QAction *m_closeTab;
    QAction *m_showOutbox;
    QAction *m_nextPane;
    QAction *m_previousPane;
    QAction *m_reload;
    QAction *m_newConnection;
    QAction *m_administration;
    QPointer<AdminWindow> m_adminWindow;
    QAction *m_quit;
    QAction *m_setStatus;
    QAction *m_assignOwner;
    QAction *m_setPriority;
    QAction *m_setTeam;
    QAction *m_deleteTickets;
    QAction *m_copyNumber;
    QMenu *m_statusMenu = nullptr;
    QMenu *m_ownerMenu = nullptr;
    QMenu *m_priorityMenu = nullptr;
    QMenu *m_teamMenu = nullptr;
};

} // namespace cw
