#include "ticketitemchange.h"

#include "desk.h"

#include "api/apipaths.h"
#include "api/jsonpatch.h"
#include "api/listjob.h"
#include "api/listquery.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw {

TicketItemChange::TicketItemChange(Desk *desk, Verb verb, int ticketId)
    : DeskChange(desk)
    , m_verb(verb)
    , m_ticketId(ticketId)
{
}

TicketItemChange *TicketItemChange::addNote(Desk *desk, int ticketId, const QString &text,
                                            bool discussion, bool internal, bool resolution)
{
    auto *change = new TicketItemChange(desk, Verb::NoteAdd, ticketId);
    change->m_record = {{u"text"_s, text},
                        {u"detailDescriptionFlag"_s, discussion},
                        {u"internalAnalysisFlag"_s, internal},
                        {u"resolutionFlag"_s, resolution}};
    return change;
}

TicketItemChange *TicketItemChange::addTask(Desk *desk, int ticketId, const QString &notes,
                                            const QString &summary)
{
    auto *change = new TicketItemChange(desk, Verb::TaskAdd, ticketId);
    change->m_record = {{u"notes"_s, notes}};
    if (!summary.isEmpty())
        change->m_record.insert(u"summary"_s, summary);
    return change;
}

TicketItemChange *TicketItemChange::completeTask(Desk *desk, int ticketId, int taskId,
                                                 const QString &resolution)
{
    auto *change = new TicketItemChange(desk, Verb::TaskDone, ticketId);
    change->m_itemId = taskId;
    change->m_operations = JsonPatch::replace(u"closedFlag"_s, true);
    if (!resolution.isEmpty())
        change->m_operations.append(JsonPatch::replace(u"resolution"_s, resolution).first());
    return change;
}

TicketItemChange *TicketItemChange::editItem(Desk *desk, RecordKind kind, int ticketId,
                                             int itemId, const QJsonObject &fields)
{
    auto *change = new TicketItemChange(desk, Verb::ItemEdit, ticketId);
    change->m_kind = kind;
    change->m_itemId = itemId;
    change->m_fields = fields;
    return change;
}

TicketItemChange *TicketItemChange::removeItem(Desk *desk, RecordKind kind, int ticketId,
                                               int itemId)
{
    auto *change = new TicketItemChange(desk, Verb::ItemRemove, ticketId);
    change->m_kind = kind;
    change->m_itemId = itemId;
    return change;
}

TicketItemChange *TicketItemChange::reorderTasks(Desk *desk, int ticketId,
                                                 const QList<int> &taskIds)
{
    auto *change = new TicketItemChange(desk, Verb::TaskReorder, ticketId);
    change->m_kind = RecordKind::Task;
    change->m_order = taskIds;
    return change;
}

TicketItemChange *TicketItemChange::attach(Desk *desk, int ticketId, const QString &configuration)
{
    auto *change = new TicketItemChange(desk, Verb::ConfigAttach, ticketId);
    change->m_configuration = configuration.trimmed();
    bool isNumber = false;
    const int id = change->m_configuration.toInt(&isNumber);
    change->m_record = isNumber ? QJsonObject{{u"id"_s, id}}
                                : QJsonObject{{u"deviceIdentifier"_s, change->m_configuration}};
    return change;
}

TicketItemChange *TicketItemChange::detach(Desk *desk, int ticketId, const QString &configuration)
{
    auto *change = new TicketItemChange(desk, Verb::ConfigDetach, ticketId);
    change->m_configuration = configuration.trimmed();
    return change;
}

void TicketItemChange::run()
{
    switch (m_verb) {
    case Verb::NoteAdd:
        create(RecordKind::Note, ApiPaths::notes(m_ticketId), m_record);
        return;
    case Verb::TaskAdd:
        create(RecordKind::Task, ApiPaths::tasks(m_ticketId), m_record);
        return;
    case Verb::ConfigAttach:
        create(RecordKind::TicketConfiguration, ApiPaths::ticketConfigurations(m_ticketId),
               m_record);
        return;
    case Verb::TaskDone: {
        if (Outbox *outbox = desk()->outbox()) {
            // The cached task is the base the server's copy is judged against, when there is one.
            const QJsonObject base =
                QJsonDocument::fromJson(
                    desk()->cache()->rawRecord(RecordKind::Task, m_itemId, m_ticketId))
                    .object();
            QString error;
            const qint64 seq = outbox->queueUpdate(RecordKind::Task, m_itemId, m_ticketId, base,
                                                   m_operations, &error);
            if (!seq) {
                fail(DeskError::failure(error));
                return;
            }
            pushQueued(seq);
            return;
        }
        follow(desk()->client()->patch(ApiPaths::task(m_ticketId, m_itemId), m_operations));
        return;
    }
    case Verb::ItemEdit:
        edit();
        return;
    case Verb::ItemRemove:
        removeItem();
        return;
    case Verb::TaskReorder:
        reorder();
        return;
    case Verb::ConfigDetach: {
        bool isNumber = false;
        const int id = m_configuration.toInt(&isNumber);
        if (isNumber) {
            removeLink(id);
            return;
        }
        // A device identifier: the cached links first, then the server's.
        if (Cache *cache = desk()->outbox() ? desk()->cache() : nullptr) {
            for (const TicketConfiguration &link : cache->ticketConfigurations(m_ticketId)) {
                if (link.deviceIdentifier().compare(m_configuration, Qt::CaseInsensitive) == 0) {
                    removeLink(link.id());
                    return;
                }
            }
        }
        findLinkOnServer();
        return;
    }
    }
}

void TicketItemChange::create(RecordKind kind, const QString &path, const QJsonObject &record)
{
    if (Outbox *outbox = desk()->outbox()) {
        // Stored with its effect on the offline cache first, then sent.
        QString error;
        const qint64 seq = outbox->queueCreate(kind, m_ticketId, record, &error);
        if (!seq) {
            fail(DeskError::failure(error));
            return;
        }
        pushQueued(seq);
        return;
    }
    follow(desk()->client()->create(path, record));
}

namespace {

QString itemPath(RecordKind kind, int ticketId, int itemId)
{
    return kind == RecordKind::Note ? ApiPaths::note(ticketId, itemId)
                                    : ApiPaths::task(ticketId, itemId);
}

} // namespace

void TicketItemChange::edit()
{
    if (m_kind != RecordKind::Note && m_kind != RecordKind::Task) {
        fail(DeskError::invalid(tr("Only notes and tasks can be edited here.")));
        return;
    }
    Cache *cache = desk()->cache();
    const QJsonObject base =
        cache ? QJsonDocument::fromJson(cache->rawRecord(m_kind, m_itemId, m_ticketId)).object()
              : QJsonObject();
    QJsonArray operations;
    if (base.isEmpty()) {
        // Nothing cached to compare with: every field is set.
        for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
            operations.append(JsonPatch::replace(it.key(), it.value()).first());
    } else {
        QJsonObject edited = base;
        for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
            edited.insert(it.key(), it.value());
        operations = JsonPatch::diff(base, edited);
    }
    if (operations.isEmpty()) {
        // Nothing changed: the record is as the user wants it.
        succeed(cache ? cache->rawRecord(m_kind, m_itemId, m_ticketId) : QByteArray());
        return;
    }
    if (Outbox *outbox = desk()->outbox()) {
        QString error;
        const qint64 seq =
            outbox->queueUpdate(m_kind, m_itemId, m_ticketId, base, operations, &error);
        if (!seq) {
            fail(DeskError::failure(error));
            return;
        }
        pushQueued(seq);
        return;
    }
    follow(desk()->client()->patch(itemPath(m_kind, m_ticketId, m_itemId), operations));
}

void TicketItemChange::removeItem()
{
    if (m_kind != RecordKind::Note && m_kind != RecordKind::Task) {
        fail(DeskError::invalid(tr("Only notes and tasks can be deleted here.")));
        return;
    }
    if (Outbox *outbox = desk()->outbox()) {
        QString error;
        const qint64 seq = outbox->queueDelete(m_kind, m_itemId, m_ticketId, {}, &error);
        if (!seq) {
            fail(DeskError::failure(error));
            return;
        }
        pushQueued(seq);
        return;
    }
    follow(desk()->client()->remove(itemPath(m_kind, m_ticketId, m_itemId)),
           [this](const QByteArray &) {
               if (Cache *cache = desk()->cache())
                   cache->remove(m_kind, {m_itemId}, m_ticketId);
               succeed({});
           });
}

void TicketItemChange::reorder()
{
    Cache *cache = desk()->cache();
    Outbox *outbox = desk()->outbox();
    if (!cache || !outbox) {
        fail(DeskError::failure(tr("Tasks are reordered through the offline cache, which is not "
                                   "available.")));
        return;
    }
    qint64 last = 0;
    for (int i = 0; i < m_order.size(); ++i) {
        const int taskId = m_order.at(i);
        const QJsonObject base =
            QJsonDocument::fromJson(cache->rawRecord(RecordKind::Task, taskId, m_ticketId))
                .object();
        if (base.isEmpty() || base.value(u"priority"_s).toInt() == i + 1)
            continue;
        QString error;
        const qint64 seq = outbox->queueUpdate(RecordKind::Task, taskId, m_ticketId, base,
                                               JsonPatch::replace(u"priority"_s, i + 1), &error);
        if (!seq) {
            fail(DeskError::failure(error));
            return;
        }
        last = seq;
    }
    if (!last) {
        succeed({});
        return;
    }
    // The last entry's fate stands for the reorder (each is sent in order).
    pushQueued(last);
}

void TicketItemChange::findLinkOnServer()
{
    ListQuery query;
    query.pageSize = ListQuery::MaxPageSize;
    ListJob *list = desk()->client()->list(ApiPaths::ticketConfigurations(m_ticketId), query);
    desk()->track(list);
    connect(list, &ManageJob::failed, this,
            [this](const ApiError &e) { fail(DeskError::fromApi(e)); });
    connect(list, &ListJob::recordsFetched, this, [this](const QList<QByteArray> &records) {
        for (const QByteArray &raw : records) {
            const QJsonObject link = QJsonDocument::fromJson(raw).object();
            if (link.value(u"deviceIdentifier"_s)
                    .toString()
                    .compare(m_configuration, Qt::CaseInsensitive) == 0) {
                removeLink(link.value(u"id"_s).toInt());
                return;
            }
        }
        fail(DeskError::invalid(tr("No configuration \"%1\" is attached to ticket #%2.")
                                    .arg(m_configuration)
                                    .arg(m_ticketId)));
    });
}

void TicketItemChange::removeLink(int configurationId)
{
    m_configurationId = configurationId;
    if (Outbox *outbox = desk()->outbox()) {
        QString error;
        const qint64 seq = outbox->queueDelete(RecordKind::TicketConfiguration, configurationId,
                                               m_ticketId, {}, &error);
        if (!seq) {
            fail(DeskError::failure(error));
            return;
        }
        pushQueued(seq);
        return;
    }
    follow(desk()->client()->remove(ApiPaths::ticketConfiguration(m_ticketId, configurationId)),
           [this](const QByteArray &) { succeed({}); });
}

} // namespace cw
