// Every command of the main window as a QAction with its shortcut, and the menus that show them;
// what each does lives here (Trojitá's MessageActionHandler), so the window only lays out panes.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QMenuBar;

namespace cw {

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
    QAction *showOutbox() const { return m_showOutbox; }
    QAction *nextPane() const { return m_nextPane; }
    QAction *previousPane() const { return m_previousPane; }
    QAction *reload() const { return m_reload; }
    QAction *newConnection() const { return m_newConnection; }
    QAction *quit() const { return m_quit; }
    QList<QAction *> all() const;

    // Where profiles.json lives (empty: the default), for the Connection menu's profile list.
    void setProfileDirectory(const QString &directory) { m_profileDirectory = directory; }
    void fillMenuBar(QMenuBar *bar);

Q_SIGNALS:
    // The user chose another saved profile in the Connection menu.
    void profileSwitchRequested(const QString &name);
    void newConnectionRequested();

private:
    void fillProfiles(QMenu *menu);
    void askTicketNumber();

    MainWindow *m_window;
    Desk *m_desk;
    QString m_profileDirectory;
    QAction *m_syncNow;
    QAction *m_find;
    QAction *m_goToTicket;
    QAction *m_showOutbox;
    QAction *m_nextPane;
    QAction *m_previousPane;
    QAction *m_reload;
    QAction *m_newConnection;
    QAction *m_quit;
};

} // namespace cw
