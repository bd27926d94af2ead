// The saved ticket views of the user (persisted in QSettings as they change) and the built-in
// ones (My open tickets, Unassigned, Breaching SLA, one per board), for the board tree.
#pragma once

#include "savedview.h"

#include "api/board.h"

#include <QList>
#include <QObject>

class QSettings;

namespace cw {

class SavedViews : public QObject
{
    Q_OBJECT
public:
    // `settings` (not owned) holds the user's views under the "savedViews" group; null keeps them
    // in memory only.
    explicit SavedViews(QSettings *settings = nullptr, QObject *parent = nullptr);

    // The built-in views for `boards` (active boards only), in the order the tree shows them.
    static QList<SavedView> builtIns(const QList<Board> &boards);
    static QString openConditions();   // closedFlag=false
    static QString myOpenConditions(); // with SavedView::MeToken
    static QString unassignedConditions();
    static QString breachingConditions();
    static QString boardConditions(int boardId);

    // The user's own views, in the order they were added.
    const QList<SavedView> &userViews() const { return m_views; }
    // Adds (a new id when `view.id` is empty) or replaces the view with the same id; returns
    // the id. Saved at once.
    QString save(SavedView view);
    bool remove(const QString &id);
    // Reads the views again from the settings.
    void reload();

Q_SIGNALS:
    void viewsChanged();

private:
    void write();

    QSettings *m_settings;
    QList<SavedView> m_views;
};

} // namespace cw
