// What the user sees of a model's fetch states: "Loading…" only once a node (or the whole model)
// has been loading for a short delay, so fast answers never flash; the raw models never say it.
#include "presentationproxymodel.h"

#include "itemroles.h"

#include <QTimer>

#include <limits>

namespace cw {

PresentationProxyModel::PresentationProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<cw::FetchState>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PresentationProxyModel::timeout);
    m_clock.start();
}

void PresentationProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetAll();
    QIdentityProxyModel::setSourceModel(source);
    if (!source)
        return;
    connect(source, &QAbstractItemModel::dataChanged, this,
            &PresentationProxyModel::sourceDataChanged);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) { scan(parent, first, last); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        forgetAll();
        if (sourceModel()->rowCount() > 0)
            scan({}, 0, sourceModel()->rowCount() - 1);
    });
    if (source->metaObject()->indexOfSignal("fetchStateChanged(cw::FetchState)") >= 0) {
        connect(source, SIGNAL(fetchStateChanged(cw::FetchState)), this,
                SLOT(sourceFetchStateChanged(cw::FetchState)));
        FetchState state = FetchState::Idle;
        QMetaObject::invokeMethod(source, "fetchState", Qt::DirectConnection,
                                  Q_RETURN_ARG(cw::FetchState, state));
        sourceFetchStateChanged(state);
    }
    if (source->rowCount() > 0)
        scan({}, 0, source->rowCount() - 1);
}

void PresentationProxyModel::setLoadingDelay(int ms)
{
    m_delay = ms;
    restartTimer();
}

QVariant PresentationProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == LoadingShownRole || (role == Qt::DisplayRole && index.isValid())) {
        const QModelIndex source = mapToSource(index);
        const bool shown = m_shown.contains(QPersistentModelIndex(source));
        if (role == LoadingShownRole)
            return shown;
        if (shown)
            return tr("%1 — Loading…").arg(source.data(Qt::EditRole).toString());
    }
    return QIdentityProxyModel::data(index, role);
}

void PresentationProxyModel::sourceFetchStateChanged(FetchState state)
{
    const bool loading = state == FetchState::Loading;
    if (loading == m_modelLoading)
        return;
    m_modelLoading = loading;
    m_modelSince = m_clock.elapsed();
    if (!loading && m_modelShown) {
        m_modelShown = false;
        Q_EMIT loadingShownChanged(false);
    }
    restartTimer();
}

void PresentationProxyModel::scan(const QModelIndex &parent, int first, int last)
{
    QAbstractItemModel *source = sourceModel();
    // Models without per-node fetch states (a flat table) answer no FetchStateRole: one look.
    if (!source->index(first, 0, parent).data(FetchStateRole).isValid())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = source->index(row, 0, parent);
        track(index);
        const int children = source->rowCount(index);
        if (children > 0)
            scan(index, 0, children - 1);
    }
}

void PresentationProxyModel::track(const QModelIndex &sourceIndex)
{
    const QPersistentModelIndex key(sourceIndex);
    const bool loading = sourceIndex.data(FetchStateRole).toInt() == int(NodeFetchState::Loading);
    if (loading) {
        if (!m_loading.contains(key)) {
            m_loading.insert(key, m_clock.elapsed());
            restartTimer();
        }
        return;
    }
    m_loading.remove(key);
    if (m_shown.remove(key)) {
        const QModelIndex at = mapFromSource(sourceIndex);
        Q_EMIT dataChanged(at, at, {Qt::DisplayRole, LoadingShownRole});
    }
}

void PresentationProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                               const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (!roles.isEmpty() && !roles.contains(FetchStateRole))
        return;
    if (!topLeft.data(FetchStateRole).isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        track(topLeft.siblingAtRow(row).siblingAtColumn(0));
}

void PresentationProxyModel::timeout()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_loading.begin(); it != m_loading.end();) {
        if (!it.key().isValid()) {
            it = m_loading.erase(it);
            continue;
        }
        if (now - it.value() >= m_delay && !m_shown.contains(it.key())) {
            m_shown.insert(it.key());
            const QModelIndex at = mapFromSource(it.key());
            Q_EMIT dataChanged(at, at, {Qt::DisplayRole, LoadingShownRole});
        }
        ++it;
    }
    if (m_modelLoading && !m_modelShown && now - m_modelSince >= m_delay) {
        m_modelShown = true;
        Q_EMIT loadingShownChanged(true);
    }
    restartTimer();
}

void PresentationProxyModel::restartTimer()
{
    const qint64 now = m_clock.elapsed();
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_loading.cbegin(); it != m_loading.cend(); ++it) {
        if (!m_shown.contains(it.key()))
            next = std::min(next, it.value() + m_delay);
    }
    if (m_modelLoading && !m_modelShown)
        next = std::min(next, m_modelSince + m_delay);
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(std::max<qint64>(0, next - now)));
}

void PresentationProxyModel::forgetAll()
{
    m_loading.clear();
    m_shown.clear();
    restartTimer();
}

} // namespace cw
