// What the user sees of a model's fetch states: "Loading…" only once a node (or the whole model)
// has been loading for a short delay, so fast answers never flash; the raw models never say it.
#pragma once

#include "fetchstate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIdentityProxyModel>
#include <QPersistentModelIndex>
#include <QSet>

class QTimer;

namespace cw {

// Nodes report FetchStateRole; the proxy adds LoadingShownRole and, once shown, a "Loading…"
// display text. A source model with a fetchStateChanged(cw::FetchState) signal and a
// fetchState() method (the ticket table, the board tree) also gets loadingShown() for the view's
// empty-state label.
class PresentationProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit PresentationProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    // 300 ms by default.
    void setLoadingDelay(int ms);
    int loadingDelay() const { return m_delay; }

    // The whole model has been loading for longer than the delay.
    bool loadingShown() const { return m_modelShown; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingShownChanged(bool shown);

private Q_SLOTS:
    void sourceFetchStateChanged(cw::FetchState state);

private:
    void scan(const QModelIndex &parent, int first, int last);
    void track(const QModelIndex &sourceIndex);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void timeout();
    void restartTimer();
    void forgetAll();

    int m_delay = 300;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    // Source nodes loading, with the time (m_clock) they started.
    QHash<QPersistentModelIndex, qint64> m_loading;
    QSet<QPersistentModelIndex> m_shown;
    bool m_modelLoading = false;
    qint64 m_modelSince = 0;
    bool m_modelShown = false;
};

} // namespace cw
