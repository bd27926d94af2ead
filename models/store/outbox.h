// The durable queue of the user's changes: each is stored together with its optimistic effect on
// the cache (one transaction), then sent in order, replacing the optimistic record with the
// server's.
#pragma once

#include "outboxentry.h"
#include "recordkind.h"
#include "statement.h"

#include "api/apierror.h"

#include <functional>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace cw {

class Cache;
class ManageClient;

// Synchronous queueing, asynchronous sending; belongs to the cache's thread. The state machine
// lives in the cache file (tables outbox and outbox_conflicts), so a process that dies at any
// point resumes where it stopped: an entry left `sending` is never blindly resent (a create first
// looks on the server for the record it would have made).
class Outbox : public QObject
{
    Q_OBJECT
public:
    // Points of a send the outbox reports (stepReached), for progress and crash tests.
    enum class Step {
        Queued,   // the entry and its optimistic effect are committed
        Sending,  // marked `sending`, the request is about to go out
        Answered, // the server answered; nothing of the answer is stored yet
        Recorded, // the answer and the server's record are committed
    };
    Q_ENUM(Step)
    enum class Choice { Mine, Theirs };

    struct PushResult
    {
        int sent = 0;
        int failed = 0;
        int conflicts = 0;
        int remaining = 0; // still queued (blocked, or not reached after a stop)
        // The push stopped early: the server could not be reached (network) or refused the keys.
        bool stopped = false;
        ApiError error;
    };

    Outbox(Cache *cache, ManageClient *client, QObject *parent = nullptr);
    ~Outbox() override;

    Cache *cache() const { return m_cache; }
    ManageClient *client() const { return m_client; }
    QString lastError() const { return m_lastError; }

    // --- Queueing: each returns the entry's seq (> 0), or 0 with *error. ---------------------
    // A new record (`record` is the body to POST); in the cache it gets a local negative id
    // (configuration links: the configuration's id when the body names it).
    qint64 queueCreate(RecordKind kind, int parentId, const QJsonObject &record,
                       QString *error = nullptr);
    // A change of `id` as JSON Patch operations against `base`, the record as loaded (empty when
    // unknown: then no conflict can be seen). The cache's copy gets the operations applied.
    qint64 queueUpdate(RecordKind kind, int id, int parentId, const QJsonObject &base,
                       const QJsonArray &operations, QString *error = nullptr);
    // The same from the record as loaded and as edited (JsonPatch::diff).
    qint64 queueEdit(RecordKind kind, int id, int parentId, const QJsonObject &base,
                     const QJsonObject &edited, QString *error = nullptr);
    // Many edits at once (a bulk change): one transaction and one recordsChanged for all of
    // them. Each gets its seq, or 0 with its error in *errors (same order as `edits`); an edit
    // that cannot be applied does not stop the others. Returns how many were queued.
    struct Edit
    {
        RecordKind kind = RecordKind::Ticket;
        int id = 0;
        int parentId = 0;
        QJsonObject base;
        QJsonObject edited;
        QJsonArray patch; // JsonPatch::diff(base, edited) when the caller has it already
    };
    int queueEdits(const QList<Edit> &edits, QList<qint64> *seqs, QStringList *errors = nullptr);
    qint64 queueDelete(RecordKind kind, int id, int parentId, const QJsonObject &base,
                       QString *error = nullptr);

    // --- Reading ------------------------------------------------------------------------------
    // In order; sent entries only with `includeSent`.
    QList<OutboxEntry> entries(bool includeSent = false) const;
    // The unsent entries without their bodies (base, edited, patch and theirs left empty): what
    // marks pending rows, read without parsing every queued record.
    QList<OutboxEntry> pendingSummaries() const;
    std::optional<OutboxEntry> entry(qint64 seq) const;
    // One entry without its bodies, as pendingSummaries() lists them (what a change reports).
    std::optional<OutboxEntry> entrySummary(qint64 seq) const;
    QList<OutboxEntry> conflicts() const;
    int pendingCount() const;

    // --- Changing entries ---------------------------------------------------------------------
    // Removes an unsent entry and undoes its optimistic effect in the cache (from its base;
    // a discarded create takes the changes queued for its children along).
    bool discard(qint64 seq, QString *error = nullptr);
    // Settles a conflict: `choice` for every conflicting field unless `perField` names it. Mine:
    // my value is sent over theirs; theirs: my change of that field is dropped. The entry is
    // queued again (or done, when nothing of mine is left); push() sends it.
    bool resolve(qint64 seq, Choice choice, const QHash<QString, Choice> &perField = {},
                 QString *error = nullptr);

    // --- Sending ------------------------------------------------------------------------------
    // Sends every pending entry in order (one at a time; a failed or conflicting entry holds back
    // the later entries of its record). Ends with pushFinished().
    void push();
    bool isPushing() const { return m_pushing; }
    // The error of `seq`'s last send in this process (none when it had none or ran elsewhere).
    ApiError lastApiError(qint64 seq) const { return m_errors.value(seq); }
    // What the last finished push did.
    const PushResult &lastPushResult() const { return m_lastResult; }

Q_SIGNALS:
    // Emitted synchronously at each point of a send (and after queueing).
    void stepReached(qint64 seq, cw::Outbox::Step step);
    // An entry's send ended (sent, failed, conflict, or queued again after a network failure).
    void entryFinished(const cw::OutboxEntry &entry);
    void pushFinished(const cw::Outbox::PushResult &result);

private:
    struct Writer;
    bool write(const std::function<bool(Writer &)> &work, QString *error);
    bool execSql(const QString &sql, const QVariantList &bindings, QString *error,
                 qint64 *lastInsertId = nullptr, int *rowsAffected = nullptr);
    // The entries `sql` selects, each made by `read` from its row.
    QList<OutboxEntry> query(const QString &sql, const QVariantList &bindings,
                             const std::function<OutboxEntry(const Statement::Run &)> &read) const;
    static QStringList conflictFieldsOf(const QVariant &json);
    QList<OutboxEntry> select(const QString &whereSql, const QVariantList &bindings) const;
    QList<OutboxEntry> selectSummaries(const QString &whereSql, const QVariantList &bindings) const;
    qint64 insertEntry(Writer &writer, OutboxEntry entry, QString *error);
    // Within write(): the entry of one update and its effect on the cached record; 0 on
    // failure, with *applies false when the patch does not apply (nothing was written then).
    qint64 writeUpdate(Writer &writer, RecordKind kind, int id, int parentId,
                       const QJsonObject &base, const QJsonArray &operations, QString *error,
                       bool *applies = nullptr);
    bool fail(const QString &message, QString *error);

    void sendNext();
    void sendEntry(const OutboxEntry &entry, bool interrupted);
    void lookUpCreated(const OutboxEntry &entry);
    void post(const OutboxEntry &entry);
    void sendUpdate(const OutboxEntry &entry);
    void answered(qint64 seq, const QByteArray &raw);
    void failed(qint64 seq, const ApiError &error);
    void finishPush();
    bool recordAnswer(const OutboxEntry &entry, const QByteArray &raw, QString *error);
    // The record in the cache becomes `record` with the later pending changes of it applied.
    bool showRecord(Writer &writer, RecordKind kind, int id, int parentId, QJsonObject record,
                    qint64 afterSeq, QString *error);

    Cache *m_cache;
    ManageClient *m_client;
    QString m_lastError;
    bool m_pushing = false;
    PushResult m_result;
    PushResult m_lastResult;
    QSet<qint64> m_tried;
    QHash<qint64, ApiError> m_errors;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::OutboxEntry)
Q_DECLARE_METATYPE(cw::Outbox::PushResult)
