// The administration window (Tools ▸ Administration…): a page per kind of setting — boards with
// the selected board's statuses, types, subtypes and teams, priorities, SLAs, sources, service
// locations and callbacks — changed online only; offline it says so and offers nothing to change.
#pragma once

#include "models/desk/adminkind.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QTabWidget;

namespace cw {

class AdminPage;
class Desk;

class AdminWindow : public QDialog
{
    Q_OBJECT
public:
    explicit AdminWindow(Desk *desk, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The board children's tabs under the boards.
    QTabWidget *boardTabs() const { return m_boardTabs; }
    AdminPage *page(AdminKind kind) const { return m_pages.value(kind); }
    // Why nothing can be changed now (hidden while online).
    QLabel *offlineBanner() const { return m_banner; }
    QLabel *boardLabel() const { return m_boardLabel; }
    // Shows the page of `kind` (a board child: the boards' page with that tab) and loads it.
    void showPage(AdminKind kind);

private:
    void loadVisible();
    void updateBanner();
    void boardChanged(int boardId);

    Desk *m_desk;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    QTabWidget *m_boardTabs;
    QLabel *m_boardLabel;
    QHash<AdminKind, AdminPage *> m_pages;
    QHash<AdminPage *, bool> m_loaded;
};

} // namespace cw
