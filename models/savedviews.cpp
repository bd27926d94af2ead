// The saved ticket views of the user (persisted in QSettings as they change) and the built-in
// ones (My open tickets, Unassigned, Breaching SLA, one per board), for the board tree.
#include "savedviews.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cw {

SavedViews::SavedViews(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    reload();
}

QString SavedViews::openConditions()
{
    return u"closedFlag=false"_s;
}

QString SavedViews::myOpenConditions()
{
    return u"owner/identifier=%1 and closedFlag=false"_s.arg(
        QString::fromUtf16(SavedView::MeToken));
}

QString SavedViews::unassignedConditions()
{
    return u"owner/id=null and closedFlag=false"_s;
}

QString SavedViews::breachingConditions()
{
    // The JSON field last: SQLite reads it only for the open tickets.
    return u"closedFlag=false and isInSla=false"_s;
}

QString SavedViews::boardConditions(int boardId)
{
    return u"board/id=%1 and closedFlag=false"_s.arg(boardId);
}

QList<SavedView> SavedViews::builtIns(const QList<Board> &boards)
{
    QList<SavedView> views;
    views.append({u"builtin:my-open"_s, tr("My open tickets"), myOpenConditions(), {}, {}, true});
    views.append({u"builtin:unassigned"_s, tr("Unassigned"), unassignedConditions(), {}, {}, true});
    views.append(
        {u"builtin:breaching"_s, tr("Breaching SLA"), breachingConditions(), {}, {}, true});
    for (const Board &board : boards) {
        if (board.inactiveFlag())
            continue;
        views.append({u"builtin:board:%1"_s.arg(board.id()),
                      tr("Open on %1").arg(board.name()),
                      boardConditions(board.id()),
                      {},
                      {},
                      true});
    }
    return views;
}

QString SavedViews::save(SavedView view)
{
    view.builtIn = false;
    if (view.id.isEmpty())
        view.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool replaced = false;
    for (SavedView &existing : m_views) {
        if (existing.id == view.id) {
            existing = view;
            replaced = true;
        }
    }
    if (!replaced)
        m_views.append(view);
    write();
    Q_EMIT viewsChanged();
    return view.id;
}

bool SavedViews::remove(const QString &id)
{
    const qsizetype removed =
        m_views.removeIf([&id](const SavedView &view) { return view.id == id; });
    if (removed == 0)
        return false;
    write();
    Q_EMIT viewsChanged();
    return true;
}

void SavedViews::reload()
{
    m_views.clear();
    if (!m_settings)
        return;
    const int count = m_settings->beginReadArray(u"savedViews"_s);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SavedView view;
        view.id = m_settings->value(u"id"_s).toString();
        view.name = m_settings->value(u"name"_s).toString();
        view.conditions = m_settings->value(u"conditions"_s).toString();
        view.columns = m_settings->value(u"columns"_s).toStringList();
        view.orderBy = m_settings->value(u"orderBy"_s).toString();
        if (!view.id.isEmpty())
            m_views.append(view);
    }
    m_settings->endArray();
}

void SavedViews::write()
{
    if (!m_settings)
        return;
    // Saved when they change, not at quit.
    m_settings->remove(u"savedViews"_s);
    m_settings->beginWriteArray(u"savedViews"_s, int(m_views.size()));
    for (int i = 0; i < m_views.size(); ++i) {
        const SavedView &view = m_views.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"id"_s, view.id);
        m_settings->setValue(u"name"_s, view.name);
        m_settings->setValue(u"conditions"_s, view.conditions);
        m_settings->setValue(u"columns"_s, view.columns);
        m_settings->setValue(u"orderBy"_s, view.orderBy);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace cw
