#include "outbox.h"

#include "cache.h"
#include "outboxlogging.h"
#include "transaction.h"

#include "api/apipaths.h"
#include "api/jsonpatch.h"
#include "api/listjob.h"
#include "api/listquery.h"
#include "api/manageclient.h"
#include "api/recordjob.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// How far the server's clock may lag ours when a create is looked for after an interruption.
constexpr qint64 ClockSkewMs = 5 * 60 * 1000;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &raw)
{
    return QJsonDocument::fromJson(raw).object();
}

QString text(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(compact(object));
}

QString text(const QJsonArray &array)
{
    return array.isEmpty() ? QString()
                           : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

qint64 isoMs(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QString lastUpdated(const QJsonObject &record)
{
    return record.value(u"_info"_s).toObject().value(u"lastUpdated"_s).toString();
}

// The value of a top-level field, its name matched as the server matches it (any case).
QJsonValue fieldValue(const QJsonObject &record, const QString &field)
{
    const auto found = record.constFind(field);
    if (found != record.constEnd())
        return *found;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (it.key().compare(field, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue::Undefined;
}

// Equal as the server stores them: references by id/identifier/name, absent equals null.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNone = a.isNull() || a.isUndefined();
    const bool bNone = b.isNull() || b.isUndefined();
    if (aNone || bNone)
        return aNone && bNone;
    if (a.isObject() && b.isObject() && JsonPatch::isReference(a.toObject()) &&
        JsonPatch::isReference(b.toObject()))
        return JsonPatch::sameReference(a.toObject(), b.toObject());
    if (a.isDouble() && b.isDouble())
        return qFuzzyCompare(1.0 + a.toDouble(), 1.0 + b.toDouble());
    return a == b;
}

// Unreachable, or answering but not now: the change waits for a later push.
bool isNetworkError(const ApiError &error)
{
    if (error.isUnreachable())
        return true;
    switch (error.kind()) {
    case ApiError::Kind::Tls:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Cancelled:
    // A 2xx answer cut short or garbled on the way: the server did it, the answer was lost
    // like a dropped connection's, so the entry waits (a create is looked up before a resend).
    case ApiError::Kind::InvalidJson:
        return true;
    default:
        return false;
    }
}

const QString &selectColumns()
{
    static const QString sql =
        u"SELECT o.seq, o.created_ms, o.updated_ms, o.kind, o.operation, o.record_id, "
        "o.parent_id, o.base, o.edited, o.patch, o.state, o.attempts, o.last_error, "
        "o.server_id, o.marker, c.theirs, c.fields FROM outbox o "
        "LEFT JOIN outbox_conflicts c ON c.seq = o.seq"_s;
    return sql;
}

} // namespace

// The record changes of one transaction, reported through the cache's signals after the commit.
struct Outbox::Writer
{
    QList<std::tuple<RecordKind, int, QList<int>>> changed;
    QList<std::tuple<RecordKind, int, QList<int>>> removed;
};

Outbox::Outbox(Cache *cache, ManageClient *client, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_client(client)
{
    qRegisterMetaType<cw::OutboxEntry>();
    qRegisterMetaType<cw::Outbox::PushResult>();
}

Outbox::~Outbox() = default;

bool Outbox::fail(const QString &message, QString *error)
{
    m_lastError = message;
    if (error)
        *error = message;
    qCWarning(lcOutbox) << message;
    return false;
}

bool Outbox::write(const std::function<bool(Writer &)> &work, QString *error)
{
    if (!m_cache || !m_cache->isOpen())
        return fail(tr("The offline cache is not open; changes cannot be queued."), error);
    Transaction transaction = m_cache->writeTransaction();
    if (!transaction.begin())
        return fail(m_cache->describe(transaction.error()), error);
    Writer writer;
    if (!work(writer))
        return false;
    if (!transaction.commit())
        return fail(m_cache->describe(transaction.error()), error);
    // One signal per kind and parent: a bulk change of 500 tickets is one change batch for the
    // models, not 500.
    const auto merged = [](const QList<std::tuple<RecordKind, int, QList<int>>> &lists) {
        QList<std::tuple<RecordKind, int, QList<int>>> out;
        for (const auto &[kind, parent, ids] : lists) {
            if (ids.isEmpty())
                continue;
            auto same = std::find_if(out.begin(), out.end(), [&](const auto &entry) {
                return std::get<0>(entry) == kind && std::get<1>(entry) == parent;
            });
            if (same == out.end())
                out.append({kind, parent, ids});
            else
                std::get<2>(*same).append(ids);
        }
        return out;
    };
    for (const auto &[kind, parent, ids] : merged(writer.removed))
        Q_EMIT m_cache->recordsRemoved(kind, ids, parent);
    for (const auto &[kind, parent, ids] : merged(writer.changed))
        Q_EMIT m_cache->recordsChanged(kind, ids, parent);
    return true;
}

bool Outbox::execSql(const QString &sql, const QVariantList &bindings, QString *error,
                     qint64 *lastInsertId, int *rowsAffected)
{
    Statement *statement = m_cache->statement(sql, error);
    if (!statement)
        return fail(error ? *error : m_cache->lastError(), nullptr);
    {
        Statement::Run run(*statement);
        for (const QVariant &value : bindings)
            run.add(value);
        if (!run.exec()) {
            m_cache->fail(run.error(), error);
            return fail(m_cache->lastError(), nullptr);
        }
        if (rowsAffected)
            *rowsAffected = run.numRowsAffected();
    }
    if (lastInsertId) {
        Statement *rowid = m_cache->statement(u"SELECT last_insert_rowid()"_s, error);
        if (!rowid)
            return false;
        Statement::Run run(*rowid);
        if (!run.exec() || !run.next())
            return m_cache->fail(run.error(), error);
        *lastInsertId = run.value(0).toLongLong();
    }
    return true;
}

QList<OutboxEntry>
Outbox::query(const QString &sql, const QVariantList &bindings,
              const std::function<OutboxEntry(const Statement::Run &)> &read) const
{
    QList<OutboxEntry> list;
    if (!m_cache || !m_cache->isOpen())
        return list;
    Statement *statement = m_cache->statement(sql, nullptr);
    if (!statement)
        return list;
    Statement::Run run(*statement);
    for (const QVariant &value : bindings)
        run.add(value);
    if (!run.exec()) {
        m_cache->fail(run.error(), nullptr);
        return list;
    }
    while (run.next())
        list.append(read(run));
    return list;
}

QStringList Outbox::conflictFieldsOf(const QVariant &json)
{
    QStringList fields;
    for (const QJsonValue &field : QJsonDocument::fromJson(json.toString().toUtf8()).array())
        fields.append(field.toString());
    return fields;
}

QList<OutboxEntry> Outbox::select(const QString &whereSql, const QVariantList &bindings) const
{
    return query(selectColumns() + u" WHERE "_s + whereSql + u" ORDER BY o.seq"_s, bindings,
                 [](const Statement::Run &run) {
                     OutboxEntry e;
                     e.seq = run.value(0).toLongLong();
                     e.createdMs = run.value(1).toLongLong();
                     e.updatedMs = run.value(2).toLongLong();
                     OutboxEntry::parseKind(run.value(3).toString(), &e.kind);
                     OutboxEntry::parseOperation(run.value(4).toString(), &e.operation);
                     e.recordId = run.value(5).toInt();
                     e.parentId = run.value(6).toInt();
                     e.base = parseObject(run.value(7).toString().toUtf8());
                     e.edited = parseObject(run.value(8).toString().toUtf8());
                     e.patch = QJsonDocument::fromJson(run.value(9).toString().toUtf8()).array();
                     OutboxEntry::parseState(run.value(10).toString(), &e.state);
                     e.attempts = run.value(11).toInt();
                     e.lastError = run.value(12).toString();
                     e.serverId = run.value(13).toInt();
                     e.marker = run.value(14).toString();
                     e.theirs = parseObject(run.value(15).toString().toUtf8());
                     e.conflictFields = conflictFieldsOf(run.value(16));
                     return e;
                 });
}

QList<OutboxEntry> Outbox::entries(bool includeSent) const
{
    return includeSent ? select(u"1"_s, {}) : select(u"o.state != 'sent'"_s, {});
}

std::optional<OutboxEntry> Outbox::entry(qint64 seq) const
{
    const QList<OutboxEntry> list = select(u"o.seq = ?"_s, {seq});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<OutboxEntry> Outbox::pendingSummaries() const
{
    return selectSummaries(u"o.state != 'sent'"_s, {});
}

std::optional<OutboxEntry> Outbox::entrySummary(qint64 seq) const
{
    const QList<OutboxEntry> list = selectSummaries(u"o.seq = ?"_s, {seq});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<OutboxEntry> Outbox::selectSummaries(const QString &whereSql,
                                           const QVariantList &bindings) const
{
    return query(u"SELECT o.seq, o.kind, o.operation, o.record_id, o.parent_id, o.state, "
                 "o.attempts, o.last_error, o.server_id, c.fields FROM outbox o LEFT JOIN "
                 "outbox_conflicts c ON c.seq = o.seq WHERE "_s +
                     whereSql + u" ORDER BY o.seq"_s,
                 bindings, [](const Statement::Run &run) {
                     OutboxEntry e;
                     e.seq = run.value(0).toLongLong();
                     OutboxEntry::parseKind(run.value(1).toString(), &e.kind);
                     OutboxEntry::parseOperation(run.value(2).toString(), &e.operation);
                     e.recordId = run.value(3).toInt();
                     e.parentId = run.value(4).toInt();
                     OutboxEntry::parseState(run.value(5).toString(), &e.state);
                     e.attempts = run.value(6).toInt();
                     e.lastError = run.value(7).toString();
                     e.serverId = run.value(8).toInt();
                     e.conflictFields = conflictFieldsOf(run.value(9));
                     return e;
                 });
}

QList<OutboxEntry> Outbox::conflicts() const
{
    return select(u"o.state = 'conflict'"_s, {});
}

int Outbox::pendingCount() const
{
    // Counted in SQL: the status bar asks after every step of a push.
    if (!m_cache || !m_cache->isOpen())
        return 0;
    Statement *statement =
        m_cache->statement(u"SELECT count(*) FROM outbox WHERE state != 'sent'"_s, nullptr);
    if (!statement)
        return 0;
    Statement::Run run(*statement);
    if (!run.exec() || !run.next()) {
        m_cache->fail(run.error(), nullptr);
        return 0;
    }
    return run.value(0).toInt();
}

// --- Queueing -----------------------------------------------------------------------------------

qint64 Outbox::insertEntry(Writer &, OutboxEntry e, QString *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 seq = 0;
    if (!execSql(u"INSERT INTO outbox (created_ms, updated_ms, kind, operation, record_id, "
                 "parent_id, base, edited, patch, state, attempts, marker) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?)"_s,
                 {now, now, OutboxEntry::kindName(e.kind), OutboxEntry::operationName(e.operation),
                  e.recordId, e.parentId, text(e.base), text(e.edited), text(e.patch),
                  QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 error, &seq))
        return 0;
    return seq;
}

bool Outbox::showRecord(Writer &writer, RecordKind kind, int id, int parentId, QJsonObject record,
                        qint64 afterSeq, QString *error)
{
    // Later changes of the same record that are still waiting stay visible on top of it.
    const QList<OutboxEntry> later =
        select(u"o.kind = ? AND o.record_id = ? AND o.seq > ? AND o.state != 'sent'"_s,
               {OutboxEntry::kindName(kind), id, afterSeq});
    for (const OutboxEntry &e : later) {
        if (e.operation == OutboxEntry::Operation::Delete) {
            QList<int> removed;
            if (!m_cache->removeIds(kind, {id}, parentId, &removed, error))
                return fail(m_cache->lastError(), nullptr);
            writer.removed.append({kind, parentId, removed});
            return true;
        }
        if (e.operation == OutboxEntry::Operation::Update)
            record = JsonPatch::apply(record, e.patch);
    }
    QList<int> stored;
    QList<int> changed;
    if (!m_cache->upsertBatch(kind, {compact(record)}, parentId, &stored, &changed, error))
        return fail(m_cache->lastError(), nullptr);
    writer.changed.append({kind, parentId, changed});
    return true;
}

qint64 Outbox::queueCreate(RecordKind kind, int parentId, const QJsonObject &record, QString *error)
{
    if (OutboxEntry::kindName(kind).isEmpty() || (kind != RecordKind::Ticket && parentId == 0)) {
        fail(tr("Only tickets, and notes, tasks and configuration links of a ticket, can be "
                "queued."),
             error);
        return 0;
    }
    qint64 seq = 0;
    const bool ok = write(
        [&](Writer &writer) {
            int localId = 0;
            if (kind == RecordKind::TicketConfiguration && record.value(u"id"_s).toInt() > 0) {
                localId = record.value(u"id"_s).toInt();
            } else {
                // Local ids count down from -1 and are never reused, even after the entry went.
                localId = m_cache->syncState(u"outbox.lastLocalId"_s).toInt() - 1;
                if (localId >= 0)
                    localId = -1;
                if (!m_cache->setSyncState(u"outbox.lastLocalId"_s, QString::number(localId),
                                           error))
                    return false;
            }
            OutboxEntry e;
            e.kind = kind;
            e.operation = OutboxEntry::Operation::Create;
            e.recordId = localId;
            e.parentId = parentId;
            e.edited = record;
            seq = insertEntry(writer, e, error);
            if (!seq)
                return false;
            QJsonObject local = record;
            local.insert(u"id"_s, localId);
            if (kind == RecordKind::Note || kind == RecordKind::Task)
                local.insert(u"ticketId"_s, parentId);
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            local.insert(u"_info"_s, QJsonObject{{u"dateEntered"_s, now}, {u"lastUpdated"_s, now}});
            if (kind == RecordKind::Note)
                local.insert(u"dateCreated"_s, now);
            return showRecord(writer, kind, localId, parentId, local, seq, error);
        },
        error);
    if (!ok)
        return 0;
    qCDebug(lcOutbox) << "queued create" << seq;
    Q_EMIT stepReached(seq, Step::Queued);
    return seq;
}

qint64 Outbox::queueUpdate(RecordKind kind, int id, int parentId, const QJsonObject &base,
                           const QJsonArray &operations, QString *error)
{
    if (OutboxEntry::kindName(kind).isEmpty() || operations.isEmpty()) {
        fail(tr("Nothing to change."), error);
        return 0;
    }
    qint64 seq = 0;
    const bool ok = write(
        [&](Writer &writer) {
            seq = writeUpdate(writer, kind, id, parentId, base, operations, error);
            return seq != 0;
        },
        error);
    if (!ok)
        return 0;
    qCDebug(lcOutbox) << "queued update" << seq << "of" << id;
    Q_EMIT stepReached(seq, Step::Queued);
    return seq;
}

qint64 Outbox::writeUpdate(Writer &writer, RecordKind kind, int id, int parentId,
                           const QJsonObject &base, const QJsonArray &operations, QString *error,
                           bool *applies)
{
    QJsonObject current = parseObject(m_cache->rawRecord(kind, id, parentId));
    if (current.isEmpty())
        current = base;
    QString patchError;
    const QJsonObject edited = JsonPatch::apply(current, operations, &patchError);
    if (!patchError.isEmpty()) {
        if (applies)
            *applies = false;
        fail(patchError, error);
        return 0;
    }
    OutboxEntry e;
    e.kind = kind;
    e.operation = OutboxEntry::Operation::Update;
    e.recordId = id;
    e.parentId = parentId;
    e.base = base;
    e.edited = edited;
    e.patch = operations;
    const qint64 seq = insertEntry(writer, e, error);
    if (!seq)
        return 0;
    if (current.isEmpty())
        return seq; // nothing cached to show it on
    return showRecord(writer, kind, id, parentId, edited, seq, error) ? seq : 0;
}

qint64 Outbox::queueEdit(RecordKind kind, int id, int parentId, const QJsonObject &base,
                         const QJsonObject &edited, QString *error)
{
    return queueUpdate(kind, id, parentId, base, JsonPatch::diff(base, edited), error);
}

int Outbox::queueEdits(const QList<Edit> &edits, QList<qint64> *seqs, QStringList *errors)
{
    QList<qint64> done(edits.size(), 0);
    QStringList why(edits.size());
    QString batchError;
    // A SQL failure ends the transaction for all (nothing of it is stored); an edit that cannot
    // be applied only fails itself.
    const bool ok = write(
        [&](Writer &writer) {
            for (qsizetype i = 0; i < edits.size(); ++i) {
                const Edit &edit = edits.at(i);
                const QJsonArray operations =
                    edit.patch.isEmpty() ? JsonPatch::diff(edit.base, edit.edited) : edit.patch;
                if (OutboxEntry::kindName(edit.kind).isEmpty() || operations.isEmpty()) {
                    why[i] = tr("Nothing to change.");
                    continue;
                }
                // An edit's own failure (its patch does not apply) comes before it writes
                // anything, so the batch goes on without it; a SQL failure ends the batch.
                QString error;
                bool applies = true;
                done[i] = writeUpdate(writer, edit.kind, edit.id, edit.parentId, edit.base,
                                      operations, &error, &applies);
                if (!done[i] && !applies) {
                    why[i] = error;
                    continue;
                }
                if (!done[i]) {
                    batchError = error;
                    return false;
                }
            }
            return true;
        },
        &batchError);
    int queued = 0;
    for (qsizetype i = 0; i < edits.size(); ++i) {
        if (!ok) {
            done[i] = 0;
            if (why.at(i).isEmpty())
                why[i] = batchError;
        }
        queued += done.at(i) != 0;
    }
    if (seqs)
        *seqs = done;
    if (errors)
        *errors = why;
    for (const qint64 seq : std::as_const(done)) {
        if (seq)
            Q_EMIT stepReached(seq, Step::Queued);
    }
    return queued;
}

qint64 Outbox::queueDelete(RecordKind kind, int id, int parentId, const QJsonObject &base,
                           QString *error)
{
    if (OutboxEntry::kindName(kind).isEmpty()) {
        fail(tr("Only tickets, notes, tasks and configuration links can be queued."), error);
        return 0;
    }
    qint64 seq = 0;
    const bool ok = write(
        [&](Writer &writer) {
            QJsonObject current = parseObject(m_cache->rawRecord(kind, id, parentId));
            OutboxEntry e;
            e.kind = kind;
            e.operation = OutboxEntry::Operation::Delete;
            e.recordId = id;
            e.parentId = parentId;
            e.base = current.isEmpty() ? base : current;
            seq = insertEntry(writer, e, error);
            if (!seq)
                return false;
            QList<int> removed;
            if (!m_cache->removeIds(kind, {id}, parentId, &removed, error))
                return fail(m_cache->lastError(), nullptr);
            writer.removed.append({kind, parentId, removed});
            return true;
        },
        error);
    if (!ok)
        return 0;
    Q_EMIT stepReached(seq, Step::Queued);
    return seq;
}

// --- Changing entries ---------------------------------------------------------------------------

bool Outbox::discard(qint64 seq, QString *error)
{
    const std::optional<OutboxEntry> found = entry(seq);
    if (!found)
        return fail(tr("There is no outbox entry %1.").arg(seq), error);
    const OutboxEntry e = *found;
    if (e.state == OutboxEntry::State::Sent)
        return fail(tr("Outbox entry %1 was sent already; there is nothing to discard.").arg(seq),
                    error);
    if (e.state == OutboxEntry::State::Sending)
        return fail(tr("Outbox entry %1 may have reached the server already; run `outbox push` "
                       "to find out before discarding it.")
                        .arg(seq),
                    error);
    return write(
        [&](Writer &writer) {
            const QString kind = OutboxEntry::kindName(e.kind);
            if (!execSql(u"DELETE FROM outbox WHERE seq = ?"_s, {seq}, error))
                return false;
            switch (e.operation) {
            case OutboxEntry::Operation::Create: {
                // What was queued for the record that never came to be goes with it.
                if (!execSql(u"DELETE FROM outbox WHERE state != 'sent' AND ((kind = ? AND "
                             "record_id = ?) OR (? = 'ticket' AND parent_id = ?))"_s,
                             {kind, e.recordId, kind, e.recordId}, error))
                    return false;
                QList<int> removed;
                if (!m_cache->removeIds(e.kind, {e.recordId}, e.parentId, &removed, error))
                    return fail(m_cache->lastError(), nullptr);
                writer.removed.append({e.kind, e.parentId, removed});
                return true;
            }
            case OutboxEntry::Operation::Update:
            case OutboxEntry::Operation::Delete: {
                if (e.base.isEmpty())
                    return true;
                // The base, with the other waiting changes of the record on top.
                QJsonObject record = e.base;
                const QList<OutboxEntry> others =
                    select(u"o.kind = ? AND o.record_id = ? AND o.state != 'sent' AND "
                           "o.operation = 'update' AND o.seq < ?"_s,
                           {kind, e.recordId, seq});
                for (const OutboxEntry &other : others)
                    record = JsonPatch::apply(record, other.patch);
                return showRecord(writer, e.kind, e.recordId, e.parentId, record, seq, error);
            }
            }
            return true;
        },
        error);
}

bool Outbox::resolve(qint64 seq, Choice choice, const QHash<QString, Choice> &perField,
                     QString *error)
{
    const std::optional<OutboxEntry> found = entry(seq);
    if (!found || found->state != OutboxEntry::State::Conflict)
        return fail(tr("Outbox entry %1 is not a conflict.").arg(seq), error);
    const OutboxEntry e = *found;
    for (auto it = perField.constBegin(); it != perField.constEnd(); ++it) {
        if (!e.conflictFields.contains(it.key()))
            return fail(tr("\"%1\" is not a conflicting field of entry %2 (those are: %3).")
                            .arg(it.key())
                            .arg(seq)
                            .arg(e.conflictFields.join(u", "_s)),
                        error);
    }
    QJsonArray operations;
    for (const QJsonValue &op : e.patch) {
        const QString field = OutboxEntry::topField(op.toObject().value(u"path"_s).toString());
        const bool conflicting = e.conflictFields.contains(field);
        if (!conflicting || perField.value(field, choice) == Choice::Mine)
            operations.append(op);
    }
    return write(
        [&](Writer &writer) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // Judged against their copy from now on: what the user has seen and settled.
            if (!execSql(u"UPDATE outbox SET state = ?, base = ?, edited = ?, patch = ?, "
                         "last_error = NULL, updated_ms = ? WHERE seq = ?"_s,
                         {operations.isEmpty() ? u"sent"_s : u"queued"_s, text(e.theirs),
                          text(JsonPatch::apply(e.theirs, operations)), text(operations), now, seq},
                         error) ||
                !execSql(u"DELETE FROM outbox_conflicts WHERE seq = ?"_s, {seq}, error))
                return false;
            return showRecord(writer, e.kind, e.recordId, e.parentId,
                              JsonPatch::apply(e.theirs, operations), seq, error);
        },
        error);
}

// --- Sending ------------------------------------------------------------------------------------

void Outbox::push()
{
    if (m_pushing)
        return;
    m_pushing = true;
    m_result = PushResult();
    m_tried.clear();
    QTimer::singleShot(0, this, &Outbox::sendNext);
}

void Outbox::sendNext()
{
    if (!m_client) {
        m_result.stopped = true;
        m_result.error = ApiError::configuration(tr("No connection to send the outbox with."));
        finishPush();
        return;
    }
    // Records held back by an entry that cannot go now, and local tickets whose create is held
    // (their children cannot go before them; a refused change of a ticket holds back only that).
    QSet<QString> blocked;
    QSet<int> heldTickets;
    auto key = [](RecordKind kind, int id) -> QString {
        return OutboxEntry::kindName(kind) + u':' + QString::number(id);
    };
    const QList<OutboxEntry> pending = entries(false);
    for (const OutboxEntry &e : pending) {
        // A delete of a record the server has goes even behind a refused change of it: once it
        // is gone, that change is moot (and the user may be deleting it for that reason).
        const bool deletesServerRecord =
            e.operation == OutboxEntry::Operation::Delete && e.recordId > 0;
        const bool held =
            (!deletesServerRecord && blocked.contains(key(e.kind, e.recordId))) ||
            (e.kind != RecordKind::Ticket && (e.parentId < 0 || heldTickets.contains(e.parentId)));
        if (held || e.state == OutboxEntry::State::Failed ||
            e.state == OutboxEntry::State::Conflict || m_tried.contains(e.seq)) {
            blocked.insert(key(e.kind, e.recordId));
            if (e.kind == RecordKind::Ticket && e.operation == OutboxEntry::Operation::Create)
                heldTickets.insert(e.recordId);
            continue;
        }
        m_tried.insert(e.seq);
        sendEntry(e, e.state == OutboxEntry::State::Sending || e.attempts > 0);
        return;
    }
    finishPush();
}

void Outbox::finishPush()
{
    for (const OutboxEntry &e : entries(false)) {
        if (e.state == OutboxEntry::State::Queued || e.state == OutboxEntry::State::Sending)
            ++m_result.remaining;
    }
    m_pushing = false;
    m_lastResult = m_result;
    Q_EMIT pushFinished(m_lastResult);
}

void Outbox::sendEntry(const OutboxEntry &entry, bool interrupted)
{
    QString error;
    // Claimed only if nobody changed the entry since it was read: another program pushing the
    // same outbox (the app next to the CLI) that claimed it first sends it, not this one.
    int claimed = 0;
    if (!execSql(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_ms = ? "
                 "WHERE seq = ? AND attempts = ? AND state = ?"_s,
                 {QDateTime::currentMSecsSinceEpoch(), entry.seq, entry.attempts,
                  OutboxEntry::stateName(entry.state)},
                 &error, nullptr, &claimed)) {
        m_result.stopped = true;
        m_result.error = ApiError::configuration(error);
        finishPush();
        return;
    }
    if (claimed == 0) {
        qCDebug(lcOutbox) << "entry" << entry.seq << "was claimed by another program";
        QTimer::singleShot(0, this, &Outbox::sendNext);
        return;
    }
    qCDebug(lcOutbox) << "sending" << entry.seq << OutboxEntry::operationName(entry.operation)
                      << entry.describe() << (interrupted ? "(after an interruption)" : "");
    Q_EMIT stepReached(entry.seq, Step::Sending);
    switch (entry.operation) {
    case OutboxEntry::Operation::Create:
        if (interrupted)
            lookUpCreated(entry);
        else
            post(entry);
        return;
    case OutboxEntry::Operation::Update:
        sendUpdate(entry);
        return;
    case OutboxEntry::Operation::Delete: {
        RecordJob *job = m_client->remove(entry.path());
        const qint64 seq = entry.seq;
        connect(job, &RecordJob::succeeded, this, [this, seq] { answered(seq, {}); });
        connect(job, &ManageJob::failed, this, [this, seq, interrupted](const ApiError &e) {
            // Gone already: deleted by us before an interruption. (A first try that finds
            // nothing is reported, see failed().)
            if (e.kind() == ApiError::Kind::NotFound && interrupted)
                answered(seq, {});
            else
                failed(seq, e);
        });
        return;
    }
    }
}

void Outbox::post(const OutboxEntry &entry)
{
    QJsonObject body = entry.edited;
    body.remove(u"_info"_s);
    if (entry.kind != RecordKind::TicketConfiguration)
        body.remove(u"id"_s);
    if (entry.kind == RecordKind::Note || entry.kind == RecordKind::Task)
        body.insert(u"ticketId"_s, entry.parentId);
    RecordJob *job = m_client->create(entry.path(), body);
    const qint64 seq = entry.seq;
    connect(job, &RecordJob::succeeded, this,
            [this, seq](const QByteArray &raw) { answered(seq, raw); });
    connect(job, &ManageJob::failed, this, [this, seq](const ApiError &e) { failed(seq, e); });
}

void Outbox::lookUpCreated(const OutboxEntry &entry)
{
    // The POST may have been carried out before the process died or the line dropped: look for
    // the record it would have made before making another.
    ListQuery query;
    query.pageSize = ListQuery::MaxPageSize;
    QString path;
    if (entry.kind == RecordKind::Ticket) {
        path = ApiPaths::tickets();
        const int company = entry.edited.value(u"company"_s).toObject().value(u"id"_s).toInt();
        if (company > 0)
            query.conditions = u"company/id=%1"_s.arg(company);
        query.orderBy = u"id desc"_s;
        query.pageSize = 100;
        query.allPages = false;
    } else {
        path = entry.path();
    }
    // Records other entries adopted already are not this one's.
    QSet<int> taken;
    for (const OutboxEntry &e : select(u"o.kind = ? AND o.server_id IS NOT NULL AND o.seq != ?"_s,
                                       {OutboxEntry::kindName(entry.kind), entry.seq}))
        taken.insert(e.serverId);
    ListJob *job = m_client->list(path, query);
    const qint64 seq = entry.seq;
    connect(job, &ListJob::recordsFetched, this,
            [this, entry, taken](const QList<QByteArray> &records) {
                const qint64 since = entry.createdMs - ClockSkewMs;
                for (const QByteArray &raw : records) {
                    const QJsonObject r = parseObject(raw);
                    const int id = r.value(u"id"_s).toInt();
                    if (taken.contains(id))
                        continue;
                    const QJsonObject info = r.value(u"_info"_s).toObject();
                    qint64 created = isoMs(info.value(u"dateEntered"_s).toString());
                    if (!created)
                        created = isoMs(r.value(u"dateCreated"_s).toString());
                    if (!created)
                        created = isoMs(info.value(u"lastUpdated"_s).toString());
                    bool match = false;
                    switch (entry.kind) {
                    case RecordKind::Ticket:
                        match = created >= since && r.value(u"summary"_s).toString() ==
                                                        entry.edited.value(u"summary"_s).toString();
                        break;
                    case RecordKind::Note:
                        match = created >= since && r.value(u"text"_s).toString() ==
                                                        entry.edited.value(u"text"_s).toString();
                        break;
                    case RecordKind::Task:
                        match = created >= since &&
                                r.value(u"notes"_s).toString() ==
                                    entry.edited.value(u"notes"_s).toString() &&
                                r.value(u"summary"_s).toString() ==
                                    entry.edited.value(u"summary"_s)
                                        .toString(r.value(u"summary"_s).toString());
                        break;
                    case RecordKind::TicketConfiguration: {
                        const int wanted = entry.edited.value(u"id"_s).toInt();
                        const QString device = entry.edited.value(u"deviceIdentifier"_s).toString();
                        match = (wanted > 0 && id == wanted) ||
                                (!device.isEmpty() &&
                                 r.value(u"deviceIdentifier"_s)
                                         .toString()
                                         .compare(device, Qt::CaseInsensitive) == 0);
                        break;
                    }
                    default:
                        break;
                    }
                    if (match) {
                        qCDebug(lcOutbox) << "entry" << entry.seq << "had been created as" << id;
                        answered(entry.seq, raw);
                        return;
                    }
                }
                post(entry);
            });
    connect(job, &ManageJob::failed, this, [this, seq](const ApiError &e) { failed(seq, e); });
}

void Outbox::sendUpdate(const OutboxEntry &entry)
{
    // Their copy first: a change made elsewhere since the base must not be overwritten silently.
    RecordJob *get = m_client->get(entry.path());
    const qint64 seq = entry.seq;
    connect(get, &ManageJob::failed, this, [this, seq](const ApiError &e) { failed(seq, e); });
    connect(get, &RecordJob::succeeded, this, [this, entry](const QByteArray &raw) {
        const QJsonObject theirs = parseObject(raw);
        const QJsonObject mine = JsonPatch::apply(theirs, entry.patch);
        const bool moved = !entry.base.isEmpty() && lastUpdated(theirs) != lastUpdated(entry.base);
        QStringList conflicting;
        QJsonArray operations;
        for (const QJsonValue &op : entry.patch) {
            const QString field = OutboxEntry::topField(op.toObject().value(u"path"_s).toString());
            const QJsonValue theirValue = fieldValue(theirs, field);
            const QJsonValue myValue = fieldValue(mine, field);
            if (sameValue(theirValue, myValue))
                continue; // the server has it already (or they made the same change)
            if (moved && !sameValue(fieldValue(entry.base, field), theirValue)) {
                if (!conflicting.contains(field))
                    conflicting.append(field);
                continue;
            }
            operations.append(op);
        }
        if (!conflicting.isEmpty()) {
            QString error;
            const bool ok = write(
                [&](Writer &) {
                    const QJsonArray fields = QJsonArray::fromStringList(conflicting);
                    return execSql(
                               u"UPDATE outbox SET state = 'conflict', last_error = ?, "
                               "updated_ms = ? WHERE seq = ?"_s,
                               {tr("Changed on the server too: %1").arg(conflicting.join(u", "_s)),
                                QDateTime::currentMSecsSinceEpoch(), entry.seq},
                               &error) &&
                           execSql(u"INSERT INTO outbox_conflicts (seq, detected_ms, theirs, "
                                   "fields) VALUES (?, ?, ?, ?) ON CONFLICT (seq) DO UPDATE SET "
                                   "detected_ms = excluded.detected_ms, theirs = "
                                   "excluded.theirs, fields = excluded.fields"_s,
                                   {entry.seq, QDateTime::currentMSecsSinceEpoch(),
                                    QString::fromUtf8(raw), text(fields)},
                                   &error);
                },
                &error);
            if (!ok) {
                failed(entry.seq, ApiError::configuration(error));
                return;
            }
            qCDebug(lcOutbox) << "entry" << entry.seq << "conflicts on" << conflicting;
            ++m_result.conflicts;
            if (const auto settled = this->entry(entry.seq))
                Q_EMIT entryFinished(*settled);
            QTimer::singleShot(0, this, &Outbox::sendNext);
            return;
        }
        if (operations.isEmpty()) {
            answered(entry.seq, raw);
            return;
        }
        RecordJob *patch = m_client->patch(entry.path(), operations);
        connect(patch, &RecordJob::succeeded, this,
                [this, seq = entry.seq](const QByteArray &answer) { answered(seq, answer); });
        connect(patch, &ManageJob::failed, this,
                [this, seq = entry.seq](const ApiError &e) { failed(seq, e); });
    });
}

void Outbox::answered(qint64 seq, const QByteArray &raw)
{
    Q_EMIT stepReached(seq, Step::Answered);
    const std::optional<OutboxEntry> found = entry(seq);
    QString error;
    if (!found || !recordAnswer(*found, raw, &error)) {
        // The server has the change; the cache could not take the answer. The entry stays
        // `sending`, so the next push finds the change on the server instead of repeating it.
        m_result.stopped = true;
        m_result.error = ApiError::configuration(error);
        finishPush();
        return;
    }
    Q_EMIT stepReached(seq, Step::Recorded);
    ++m_result.sent;
    if (const auto settled = entry(seq))
        Q_EMIT entryFinished(*settled);
    QTimer::singleShot(0, this, &Outbox::sendNext);
}

bool Outbox::recordAnswer(const OutboxEntry &e, const QByteArray &raw, QString *error)
{
    const QJsonObject record = parseObject(raw);
    const int serverId =
        e.operation == OutboxEntry::Operation::Create ? record.value(u"id"_s).toInt() : e.recordId;
    const QString kind = OutboxEntry::kindName(e.kind);
    return write(
        [&](Writer &writer) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (!execSql(u"UPDATE outbox SET state = 'sent', server_id = ?, last_error = NULL, "
                         "updated_ms = ? WHERE seq = ?"_s,
                         {serverId, now, e.seq}, error))
                return false;
            switch (e.operation) {
            case OutboxEntry::Operation::Delete: {
                QList<int> removed;
                if (!m_cache->removeIds(e.kind, {e.recordId}, e.parentId, &removed, error))
                    return fail(m_cache->lastError(), nullptr);
                writer.removed.append({e.kind, e.parentId, removed});
                return true;
            }
            case OutboxEntry::Operation::Update:
                return record.isEmpty() ||
                       showRecord(writer, e.kind, e.recordId, e.parentId, record, e.seq, error);
            case OutboxEntry::Operation::Create:
                break;
            }
            if (serverId == 0)
                return fail(tr("The server's answer to %1 has no id.").arg(e.describe()), error);
            if (serverId != e.recordId) {
                // The local id is replaced everywhere: later entries of the record (judged
                // against the server's record from now on) and the ticket's children.
                if (!execSql(u"UPDATE outbox SET record_id = ?, base = CASE WHEN operation != "
                             "'create' THEN ? ELSE base END WHERE kind = ? AND record_id = ? "
                             "AND state != 'sent'"_s,
                             {serverId, QString::fromUtf8(raw), kind, e.recordId}, error))
                    return false;
                if (e.kind == RecordKind::Ticket) {
                    if (!execSql(u"UPDATE outbox SET parent_id = ? WHERE parent_id = ? AND kind "
                                 "!= 'ticket' AND state != 'sent'"_s,
                                 {serverId, e.recordId}, error))
                        return false;
                    for (const RecordKind child :
                         {RecordKind::Note, RecordKind::Task, RecordKind::TicketConfiguration}) {
                        const QList<QByteArray> children = m_cache->rawRecords(
                            child, u"ticket_id = ?"_s, {e.recordId}, {}, -1, 0, error);
                        QList<QByteArray> moved;
                        for (const QByteArray &bytes : children) {
                            QJsonObject c = parseObject(bytes);
                            if (child != RecordKind::TicketConfiguration)
                                c.insert(u"ticketId"_s, serverId);
                            moved.append(compact(c));
                        }
                        QList<int> stored;
                        QList<int> changed;
                        if (!moved.isEmpty() &&
                            !m_cache->upsertBatch(child, moved, serverId, &stored, &changed, error))
                            return fail(m_cache->lastError(), nullptr);
                        if (child == RecordKind::TicketConfiguration && !moved.isEmpty()) {
                            QList<int> removed;
                            for (const int id : stored)
                                m_cache->removeIds(child, {id}, e.recordId, &removed, error);
                        }
                        writer.changed.append({child, serverId, changed});
                    }
                }
                QList<int> removed;
                if (!m_cache->removeIds(e.kind, {e.recordId}, e.parentId, &removed, error))
                    return fail(m_cache->lastError(), nullptr);
                writer.removed.append({e.kind, e.parentId, removed});
            }
            return showRecord(writer, e.kind, serverId, e.parentId, record, e.seq, error);
        },
        error);
}

void Outbox::failed(qint64 seq, const ApiError &apiError)
{
    const bool network = isNetworkError(apiError);
    const bool auth = apiError.kind() == ApiError::Kind::Unauthorized ||
                      apiError.kind() == ApiError::Kind::Forbidden;
    QString message = apiError.message();
    for (const ApiError::FieldError &field : apiError.fieldErrors()) {
        if (!field.message.isEmpty() && !message.contains(field.message))
            message += u"\n"_s + (field.field.isEmpty() ? QString() : field.field + u": "_s) +
                       field.message;
    }
    m_errors.insert(seq, apiError);
    const std::optional<OutboxEntry> current = entry(seq);
    // Deleting what is not there leaves nothing to do, but the user is told.
    const bool gone = apiError.kind() == ApiError::Kind::NotFound && current &&
                      current->operation == OutboxEntry::Operation::Delete;
    QString error;
    // Network and authentication failures leave the entry waiting; `attempts` tells the next
    // send that a create may have arrived. What the server refused stays visible as failed.
    execSql(u"UPDATE outbox SET state = ?, last_error = ?, updated_ms = ? WHERE seq = ?"_s,
            {network || auth ? u"queued"_s
             : gone          ? u"sent"_s
                             : u"failed"_s,
             message, QDateTime::currentMSecsSinceEpoch(), seq},
            &error);
    qCDebug(lcOutbox) << "entry" << seq << "failed:" << apiError;
    if (const auto settled = entry(seq))
        Q_EMIT entryFinished(*settled);
    if (network || auth) {
        m_result.stopped = true;
        m_result.error = apiError;
        finishPush();
        return;
    }
    if (!gone)
        ++m_result.failed;
    QTimer::singleShot(0, this, &Outbox::sendNext);
}

} // namespace cw
