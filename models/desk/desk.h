// One connected profile for the desktop app and cwdesk-cli: it owns the client, the offline
// cache, the sync engine and the outbox, knows the connection state, and makes every change.
#pragma once

#include "adminkind.h"
#include "deskerror.h"

#include "api/connectionprofile.h"
#include "api/manageclient.h"
#include "store/syncengine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace cw {

class Cache;
class DeskChange;
class FieldAssignment;
class ManageJob;
class Outbox;
class SecretStore;
struct SyncSummary;

// Lives on the thread that created it (the GUI thread in the app); every call is asynchronous
// where it touches the network and reports through signals, never through a nested event loop.
class Desk : public QObject
{
    Q_OBJECT
public:
    // The connection state the UI binds to; the client's, except that --offline and a site that
    // could not be reached at connect time read as Offline.
    using State = ManageClient::State;

    struct Options
    {
        QString cachePath;     // empty: Cache::defaultPath() of the profile
        bool useOutbox = true; // false: changes go straight to the server, never queued
        bool offline = false;  // never talk to the server; changes queue in the outbox
        int timeoutMs = 0;     // transfer inactivity timeout; 0 keeps the client's default
    };

    // `network` is used when given (tests inject faults through it), else the desk owns one.
    explicit Desk(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~Desk() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    ManageClient *client() const { return m_client; }
    SecretStore *secrets() const { return m_secrets; }
    const ConnectionProfile &profile() const { return m_profile; }

    // --- Connecting ------------------------------------------------------------------------
    // The profile without connecting (enough for the offline cache).
    void setProfile(const ConnectionProfile &profile) { m_profile = profile; }
    // Takes `profile` and its private key (empty: read from the keychain), sets the credentials
    // and, when the codebase is unknown, asks /login/companyinfo. Ends with connected() (also
    // when the site cannot be reached but the offline cache can serve: state() is then Offline)
    // or connectFailed().
    void connectToSite(const ConnectionProfile &profile, const QString &privateKey = {});
    State state() const;
    QString stateText() const;
    // The error behind the current state (none when online).
    ApiError lastError() const;
    // The one answer to "the server cannot be reached" for every caller: DNS, refused, dropped,
    // timed out, other transport failures. A TLS refusal or an HTTP error is an answer.
    static bool isUnreachable(const ApiError &error);

    // --- The offline cache ----------------------------------------------------------------
    // Opened on first use; null when it cannot be opened (cacheError() says why).
    Cache *cache();
    QString cacheError() const { return m_cacheError; }
    // Null without a cache or when options().useOutbox is false.
    Outbox *outbox();
    // Created on first use; null without a cache.
    SyncEngine *sync();
    // The end of the last sync that completed, from the cache (null when never).
    QDateTime lastSync();
    // Syncs now (and pushes the outbox first); ignored while a sync runs or offline().
    void syncNow(SyncEngine::Mode mode = SyncEngine::Mode::Auto);
    // A sync (after an outbox push) every `intervalMs` while connected.
    void startBackgroundSync(int intervalMs = 60000);
    void stopBackgroundSync();

    // --- Changes: each returns a change that starts from the event loop; connect to it at once.
    // Through the outbox unless options().useOutbox is false; when the server cannot be
    // reached the change stays queued (DeskChange::queued).
    DeskChange *createTicket(const QString &board, const QString &company, const QString &summary,
                             const QList<FieldAssignment> &assignments);
    // Reads the ticket (the cached copy when the server cannot be reached), applies
    // `assignments` (reference names resolved to ids, custom fields converted by type) and
    // sends only what changed.
    DeskChange *updateTicket(int ticketId, const QList<FieldAssignment> &assignments);
    // The same for a ticket already loaded and edited (an editor, a bulk change).
    DeskChange *editTicket(int ticketId, const QJsonObject &loaded, const QJsonObject &edited);
    // A bulk change: one change per ticket as editTicket() makes it, queued in the outbox in one
    // transaction (500 tickets in one commit instead of 500).
    struct TicketEdit
    {
        int ticketId = 0;
        QJsonObject loaded;
        QJsonObject edited;
    };
    QList<DeskChange *> editTickets(const QList<TicketEdit> &edits);
    DeskChange *deleteTicket(int ticketId);
    struct NoteFlags
    {
        bool discussion = true;
        bool internal = false;
        bool resolution = false;
    };
    DeskChange *addNote(int ticketId, const QString &text, NoteFlags flags);
    // Only the text and flags that differ from the cached note are sent.
    DeskChange *editNote(int ticketId, int noteId, const QString &text, NoteFlags flags);
    DeskChange *deleteNote(int ticketId, int noteId);
    DeskChange *addTask(int ticketId, const QString &notes, const QString &summary = {});
    // `fields`: the task's top-level fields to set (summary, notes, closedFlag, resolution,
    // priority …); only those that differ from the cached task are sent.
    DeskChange *editTask(int ticketId, int taskId, const QJsonObject &fields);
    DeskChange *setTaskDone(int ticketId, int taskId, bool done);
    DeskChange *deleteTask(int ticketId, int taskId);
    // The tasks get priorities 1, 2, 3 … in the order of `taskIds` (one update per task moved).
    DeskChange *reorderTasks(int ticketId, const QList<int> &taskIds);
    DeskChange *completeTask(int ticketId, int taskId, const QString &resolution = {});
    // `configuration`: the configuration's id or its device identifier.
    DeskChange *attachConfiguration(int ticketId, const QString &configuration);
    DeskChange *detachConfiguration(int ticketId, const QString &configuration);

    // --- Settings (the admin views): online only, straight to the server, never queued; the
    // offline cache follows a success. `boardId` for a board's statuses, types, subtypes, teams.
    // Whether settings can be changed now; `why` says what to do when not.
    bool canChangeSettings(QString *why = nullptr) const;
    DeskChange *createSetting(AdminKind kind, int boardId, const QJsonObject &record);
    // Only what differs between `loaded` and `edited` is sent.
    DeskChange *editSetting(AdminKind kind, int boardId, int id, const QJsonObject &loaded,
                            const QJsonObject &edited);
    DeskChange *deleteSetting(AdminKind kind, int boardId, int id);

    // Every job the desk starts passes through here (jobStarted), so a front end can cancel
    // them (Ctrl-C) or show retries; requests also move the connection state.
    void track(ManageJob *job);

Q_SIGNALS:
    void connected();
    void connectFailed(const cw::DeskError &error);
    void stateChanged(cw::ManageClient::State state);
    void jobStarted(cw::ManageJob *job);
    void syncStarted();
    void syncFinished(const cw::SyncSummary &summary);
    void syncFailed(const cw::ApiError &error);
    void lastSyncChanged(const QDateTime &when);
    // A message the user should see (the cache was damaged and replaced …).
    void notice(const QString &message);

private:
    void useKey(const QString &privateKey);
    void setUnreachable(bool unreachable);
    void backgroundTick();

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    ManageClient *m_client;
    SecretStore *m_secrets;
    ConnectionProfile m_profile;
    std::unique_ptr<Cache> m_cache;
    QString m_cacheError;
    bool m_cacheTried = false;
    Outbox *m_outbox = nullptr;
    bool m_outboxTried = false;
    SyncEngine *m_sync = nullptr;
    QTimer *m_backgroundTimer = nullptr;
    bool m_unreachableAtConnect = false;
};

} // namespace cw
