#include "outboxentry.h"

#include "api/apipaths.h"

using namespace Qt::StringLiterals;

namespace cw {

QString OutboxEntry::topField(const QString &path)
{
    QString p = path;
    while (p.startsWith(u'/'))
        p.remove(0, 1);
    return p.section(u'/', 0, 0);
}

QStringList OutboxEntry::changedFields() const
{
    QStringList fields;
    for (const QJsonValue &op : patch) {
        const QString field = topField(op.toObject().value(u"path"_s).toString());
        if (!field.isEmpty() && !fields.contains(field))
            fields.append(field);
    }
    return fields;
}

QString OutboxEntry::path() const
{
    const bool collection = operation == Operation::Create;
    switch (kind) {
    case RecordKind::Ticket:
        return collection ? ApiPaths::tickets() : ApiPaths::ticket(recordId);
    case RecordKind::Note:
        return collection ? ApiPaths::notes(parentId) : ApiPaths::note(parentId, recordId);
    case RecordKind::Task:
        return collection ? ApiPaths::tasks(parentId) : ApiPaths::task(parentId, recordId);
    case RecordKind::TicketConfiguration:
        return collection ? ApiPaths::ticketConfigurations(parentId)
                          : ApiPaths::ticketConfiguration(parentId, recordId);
    default:
        return {};
    }
}

QString OutboxEntry::describe() const
{
    switch (kind) {
    case RecordKind::Ticket:
        return tr("ticket #%1").arg(recordId);
    case RecordKind::Note:
        return tr("note #%1 on ticket #%2").arg(recordId).arg(parentId);
    case RecordKind::Task:
        return tr("task #%1 on ticket #%2").arg(recordId).arg(parentId);
    case RecordKind::TicketConfiguration:
        return tr("configuration %1 on ticket #%2").arg(recordId).arg(parentId);
    default:
        return tr("record #%1").arg(recordId);
    }
}

QString OutboxEntry::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return u"create"_s;
    case Operation::Update:
        return u"update"_s;
    case Operation::Delete:
        return u"delete"_s;
    }
    return {};
}

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return u"queued"_s;
    case State::Sending:
        return u"sending"_s;
    case State::Sent:
        return u"sent"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Conflict:
        return u"conflict"_s;
    }
    return {};
}

QString OutboxEntry::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Ticket:
        return u"ticket"_s;
    case RecordKind::Note:
        return u"note"_s;
    case RecordKind::Task:
        return u"task"_s;
    case RecordKind::TicketConfiguration:
        return u"ticketConfiguration"_s;
    default:
        return {};
    }
}

bool OutboxEntry::parseOperation(const QString &text, Operation *operation)
{
    for (const Operation o : {Operation::Create, Operation::Update, Operation::Delete}) {
        if (operationName(o) == text) {
            *operation = o;
            return true;
        }
    }
    return false;
}

bool OutboxEntry::parseState(const QString &text, State *state)
{
    for (const State s :
         {State::Queued, State::Sending, State::Sent, State::Failed, State::Conflict}) {
        if (stateName(s) == text) {
            *state = s;
            return true;
        }
    }
    return false;
}

bool OutboxEntry::parseKind(const QString &text, RecordKind *kind)
{
    for (const RecordKind k : {RecordKind::Ticket, RecordKind::Note, RecordKind::Task,
                               RecordKind::TicketConfiguration}) {
        if (kindName(k) == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace cw
