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
