// One queued change of the outbox as stored in SQLite: what it changes (kind, record, parent), how
// (create, update, delete), the record as loaded and as edited, and where it is in its send.
#pragma once

#include "recordkind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cw {

struct OutboxEntry
{
    Q_DECLARE_TR_FUNCTIONS(cw::OutboxEntry)

public:
    enum class Operation { Create, Update, Delete };
    // queued → sending → sent; sending → failed (the server refused it: 400 …) or conflict (the
    // server's copy changed a field this change also changes); failed/conflict → queued when the
    // user edits or resolves it. A `sending` entry found later was interrupted: its answer is
    // unknown.
    enum class State { Queued, Sending, Sent, Failed, Conflict };

    qint64 seq = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    RecordKind kind = RecordKind::Ticket;
    Operation operation = Operation::Create;
    // The record's id: a local negative one for a create not yet sent; for configuration links
    // the configuration's id.
    int recordId = 0;
    // The ticket of a note, task or configuration link (negative while that ticket is local).
    int parentId = 0;
    // The record as loaded when the edit began (updates, deletes); what a discard restores and
    // what conflicts are judged against.
    QJsonObject base;
    // Create: the body to POST. Update: the record as edited (base with the patch applied).
    QJsonObject edited;
    // Update: the JSON Patch operations of this change only (one per changed top-level field).
    QJsonArray patch;
    State state = State::Queued;
    int attempts = 0;
    QString lastError;
    int serverId = 0;
    // A random marker per entry, to tell entries apart in logs and de-duplication.
    QString marker;
    // Conflict: the server's copy and the fields both sides changed.
    QJsonObject theirs;
    QStringList conflictFields;

    bool isNull() const { return seq == 0; }
    bool isPending() const { return state != State::Sent; }
    // The top-level fields this change sets (updates).
    QStringList changedFields() const;
    // The API path the change goes to (the collection for a create).
    QString path() const;
    // "note on ticket #12", "ticket #-3" … for messages.
    QString describe() const;

    static QString operationName(Operation operation);
    static QString stateName(State state);
    static QString kindName(RecordKind kind);
    static bool parseOperation(const QString &text, Operation *operation);
    static bool parseState(const QString &text, State *state);
    static bool parseKind(const QString &text, RecordKind *kind);
    // The top-level field a JSON Patch path names ("/status/id" → "status").
    static QString topField(const QString &path);
};

} // namespace cw
