#include "desk.h"

#include "adminchange.h"
#include "deskchange.h"
#include "ticketchange.h"
#include "ticketitemchange.h"

#include "api/companyinfojob.h"
#include "api/managejob.h"
#include "api/secretjob.h"
#include "api/secretstore.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// When the last sync completed, in the cache's sync_state (ISO 8601, UTC).
constexpr auto LastSyncKey = u"desk/last-sync";

} // namespace

Desk::Desk(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
{
    if (!network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_ownNetwork->setStrictTransportSecurityEnabled(true);
        network = m_ownNetwork.get();
    }
    m_client = new ManageClient(network, this);
    m_secrets = new SecretStore(QStringLiteral("CW Desk"), this);
    connect(m_client, &ManageClient::stateChanged, this, [this] {
        if (m_client->state() == State::Online)
            m_unreachableAtConnect = false;
        Q_EMIT stateChanged(state());
    });
}

Desk::~Desk()
{
    // Children that use the cache go before it.
    delete m_sync;
    delete m_outbox;
}

void Desk::setOptions(const Options &options)
{
    m_options = options;
    if (m_options.timeoutMs > 0)
        m_client->setTransferTimeoutMs(m_options.timeoutMs);
}

bool Desk::isUnreachable(const ApiError &error)
{
    return error.isUnreachable();
}

Desk::State Desk::state() const
{
    if (m_options.offline || m_unreachableAtConnect)
        return State::Offline;
    return m_client->state();
}

QString Desk::stateText() const
{
    if (m_options.offline)
        return tr("Working offline");
    if (m_unreachableAtConnect)
        return tr("Offline");
    return m_client->stateText();
}

ApiError Desk::lastError() const
{
    return m_client->lastError();
}

void Desk::setUnreachable(bool unreachable)
{
    if (m_unreachableAtConnect == unreachable)
        return;
    m_unreachableAtConnect = unreachable;
    Q_EMIT stateChanged(state());
}

void Desk::connectToSite(const ConnectionProfile &profile, const QString &privateKey)
{
    m_profile = profile;
    if (!privateKey.isEmpty()) {
        useKey(privateKey);
        return;
    }
    SecretJob *job = m_secrets->read(m_profile.secretKey());
    connect(job, &SecretJob::finished, this, [this](SecretJob *finished) {
        if (finished->isError()) {
            // Offline nothing is sent, so nothing needs the key: the cache serves and changes
            // queue (the key is asked for when the outbox is pushed in a later session).
            if (m_options.offline) {
                Q_EMIT connected();
                return;
            }
            Q_EMIT connectFailed(
                DeskError(DeskError::Kind::NoPrivateKey, finished->errorMessage()));
            return;
        }
        useKey(finished->secret());
    });
}

void Desk::useKey(const QString &privateKey)
{
    QString reason;
    if (!m_client->setCredentials(m_profile.credentials(privateKey), &reason)) {
        Q_EMIT connectFailed(DeskError::invalid(reason));
        return;
    }
    if (!m_profile.codebase().isEmpty() || m_options.offline) {
        Q_EMIT connected();
        return;
    }
    // The API path depends on the codebase serving the company (cloud sites move companies
    // between versions); the lookup is public and cheap.
    CompanyInfoJob *job = m_client->companyInfo(m_profile.companyInfoUrl(), m_profile.company());
    track(job);
    connect(job, &CompanyInfoJob::companyInfoReceived, this,
            [this, privateKey](const QJsonObject &info) {
                QString why;
                if (!m_profile.applyCompanyInfo(info, &why)) {
                    Q_EMIT connectFailed(DeskError::fromApi(ApiError::configuration(why)));
                    return;
                }
                if (!m_client->setCredentials(m_profile.credentials(privateKey), &why)) {
                    Q_EMIT connectFailed(DeskError::invalid(why));
                    return;
                }
                setUnreachable(false);
                Q_EMIT connected();
            });
    connect(job, &ManageJob::failed, this, [this](const ApiError &error) {
        // Offline, the cache still answers and changes queue in the outbox; whatever needs the
        // server fails on its own request with the same network error.
        if (isUnreachable(error) && m_options.useOutbox && cache()) {
            setUnreachable(true);
            Q_EMIT connected();
            return;
        }
        Q_EMIT connectFailed(DeskError::fromApi(error));
    });
}

Cache *Desk::cache()
{
    if (m_cacheTried)
        return m_cache && m_cache->isOpen() ? m_cache.get() : nullptr;
    m_cacheTried = true;
    QString path = m_options.cachePath;
    // A file the user named is never moved aside or replaced: only an unusable default is.
    const CacheOptions origin = path.isEmpty() ? CacheOptions() : CacheOptions::userGiven();
    if (path.isEmpty()) {
        if (m_profile.site().isEmpty()) {
            m_cacheError = tr("No connection is set up, so there is no offline cache.");
            return nullptr;
        }
        path = Cache::defaultPath(m_profile.secretKey());
    }
    m_cache = std::make_unique<Cache>(path, origin);
    if (!m_cache->isOpen()) {
        m_cacheError = m_cache->lastError();
        return nullptr;
    }
    if (!m_cache->lastNotice().isEmpty())
        Q_EMIT notice(m_cache->lastNotice());
    return m_cache.get();
}

Outbox *Desk::outbox()
{
    if (m_outboxTried)
        return m_outbox;
    m_outboxTried = true;
    if (!m_options.useOutbox)
        return nullptr;
    Cache *store = cache();
    if (!store)
        return nullptr;
    m_outbox = new Outbox(store, m_client, this);
    return m_outbox;
}

SyncEngine *Desk::sync()
{
    if (m_sync)
        return m_sync;
    Cache *store = cache();
    if (!store)
        return nullptr;
    m_sync = new SyncEngine(m_client, store, this);
    if (!m_profile.followedBoards().isEmpty())
        m_sync->setBoards(m_profile.followedBoards());
    connect(m_sync, &SyncEngine::started, this, &Desk::syncStarted);
    connect(m_sync, &SyncEngine::failed, this, &Desk::syncFailed);
    connect(m_sync, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_cache)
            m_cache->setSyncState(QString::fromUtf16(LastSyncKey), now.toString(Qt::ISODateWithMs));
        Q_EMIT syncFinished(summary);
        Q_EMIT lastSyncChanged(now);
    });
    return m_sync;
}

QDateTime Desk::lastSync()
{
    Cache *store = cache();
    if (!store)
        return {};
    QDateTime when =
        QDateTime::fromString(store->syncState(QString::fromUtf16(LastSyncKey)), Qt::ISODateWithMs);
    when.setTimeSpec(Qt::UTC);
    return when;
}

void Desk::syncNow(SyncEngine::Mode mode)
{
    if (m_options.offline)
        return;
    SyncEngine *engine = sync();
    if (!engine || engine->isRunning())
        return;
    Outbox *queue = outbox();
    if (!queue || queue->pendingCount() == 0 || queue->isPushing()) {
        engine->start(mode);
        return;
    }
    // Own changes first, so the sync brings back the server's copies of them.
    auto *once = new QObject(this);
    connect(queue, &Outbox::pushFinished, once, [once, engine, mode] {
        once->deleteLater();
        if (!engine->isRunning())
            engine->start(mode);
    });
    queue->push();
}

void Desk::startBackgroundSync(int intervalMs)
{
    if (!m_backgroundTimer) {
        m_backgroundTimer = new QTimer(this);
        connect(m_backgroundTimer, &QTimer::timeout, this, &Desk::backgroundTick);
    }
    m_backgroundTimer->start(intervalMs);
}

void Desk::stopBackgroundSync()
{
    if (m_backgroundTimer)
        m_backgroundTimer->stop();
}

void Desk::backgroundTick()
{
    if (m_client->hasCredentials())
        syncNow(SyncEngine::Mode::Auto);
}

void Desk::track(ManageJob *job)
{
    Q_EMIT jobStarted(job);
}

bool Desk::canChangeSettings(QString *why) const
{
    return AdminChange::canRun(this, why);
}

DeskChange *Desk::createSetting(AdminKind kind, int boardId, const QJsonObject &record)
{
    return AdminChange::create(this, kind, boardId, record);
}

DeskChange *Desk::editSetting(AdminKind kind, int boardId, int id, const QJsonObject &loaded,
                              const QJsonObject &edited)
{
    return AdminChange::edit(this, kind, boardId, id, loaded, edited);
}

DeskChange *Desk::deleteSetting(AdminKind kind, int boardId, int id)
{
    return AdminChange::remove(this, kind, boardId, id);
}

DeskChange *Desk::createTicket(const QString &board, const QString &company, const QString &summary,
                               const QList<FieldAssignment> &assignments)
{
    return TicketChange::create(this, board, company, summary, assignments);
}

DeskChange *Desk::updateTicket(int ticketId, const QList<FieldAssignment> &assignments)
{
    return TicketChange::update(this, ticketId, assignments);
}

DeskChange *Desk::editTicket(int ticketId, const QJsonObject &loaded, const QJsonObject &edited)
{
    return TicketChange::edit(this, ticketId, loaded, edited);
}

QList<DeskChange *> Desk::editTickets(const QList<TicketEdit> &edits)
{
    QList<TicketChange::Edit> batch;
    batch.reserve(edits.size());
    for (const TicketEdit &edit : edits)
        batch.append({edit.ticketId, edit.loaded, edit.edited});
    const QList<TicketChange *> made = TicketChange::editMany(this, batch);
    return {made.cbegin(), made.cend()};
}

DeskChange *Desk::deleteTicket(int ticketId)
{
    return TicketChange::remove(this, ticketId);
}

DeskChange *Desk::addNote(int ticketId, const QString &text, NoteFlags flags)
{
    return TicketItemChange::addNote(this, ticketId, text, flags.discussion, flags.internal,
                                     flags.resolution);
}

DeskChange *Desk::editNote(int ticketId, int noteId, const QString &text, NoteFlags flags)
{
    return TicketItemChange::editItem(this, RecordKind::Note, ticketId, noteId,
                                      {{u"text"_s, text},
                                       {u"detailDescriptionFlag"_s, flags.discussion},
                                       {u"internalAnalysisFlag"_s, flags.internal},
                                       {u"resolutionFlag"_s, flags.resolution}});
}

DeskChange *Desk::deleteNote(int ticketId, int noteId)
{
    return TicketItemChange::removeItem(this, RecordKind::Note, ticketId, noteId);
}

DeskChange *Desk::editTask(int ticketId, int taskId, const QJsonObject &fields)
{
    return TicketItemChange::editItem(this, RecordKind::Task, ticketId, taskId, fields);
}

DeskChange *Desk::setTaskDone(int ticketId, int taskId, bool done)
{
    return editTask(ticketId, taskId, {{u"closedFlag"_s, done}});
}

DeskChange *Desk::deleteTask(int ticketId, int taskId)
{
    return TicketItemChange::removeItem(this, RecordKind::Task, ticketId, taskId);
}

DeskChange *Desk::reorderTasks(int ticketId, const QList<int> &taskIds)
{
    return TicketItemChange::reorderTasks(this, ticketId, taskIds);
}

DeskChange *Desk::addTask(int ticketId, const QString &notes, const QString &summary)
{
    return TicketItemChange::addTask(this, ticketId, notes, summary);
}

DeskChange *Desk::completeTask(int ticketId, int taskId, const QString &resolution)
{
    return TicketItemChange::completeTask(this, ticketId, taskId, resolution);
}

DeskChange *Desk::attachConfiguration(int ticketId, const QString &configuration)
{
    return TicketItemChange::attach(this, ticketId, configuration);
}

DeskChange *Desk::detachConfiguration(int ticketId, const QString &configuration)
{
    return TicketItemChange::detach(this, ticketId, configuration);
}

} // namespace cw
