#include "ticketchange.h"

#include "desk.h"

#include "api/apipaths.h"
#include "api/jsonpatch.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

enum class Scope { None, Board, Company };

struct ReferenceField
{
    const char16_t *field; // as ConnectWise spells it
    Scope scope;
};

// The ticket's references an assignment can set by name; they are sent as {"id": N}.
constexpr ReferenceField kReferences[] = {
    {u"board", Scope::None},           {u"status", Scope::Board},  {u"type", Scope::Board},
    {u"subType", Scope::Board},        {u"item", Scope::Board},    {u"team", Scope::Board},
    {u"company", Scope::None},         {u"site", Scope::Company},  {u"contact", Scope::Company},
    {u"owner", Scope::None},           {u"priority", Scope::None}, {u"source", Scope::None},
    {u"serviceLocation", Scope::None}, {u"sla", Scope::None},
};

QString referenceName(const QJsonObject &reference)
{
    const QString name = reference.value(u"name"_s).toString();
    if (!name.isEmpty())
        return u'"' + name + u'"';
    const QString identifier = reference.value(u"identifier"_s).toString();
    if (!identifier.isEmpty())
        return u'"' + identifier + u'"';
    return u'#' + QString::number(reference.value(u"id"_s).toInt());
}

} // namespace

TicketChange::TicketChange(Desk *desk, Verb verb, int ticketId)
    : DeskChange(desk)
    , m_verb(verb)
    , m_id(ticketId)
    , m_resolver(new ReferenceResolver(desk, this))
{
}

TicketChange *TicketChange::create(Desk *desk, const QString &board, const QString &company,
                                   const QString &summary,
                                   const QList<FieldAssignment> &assignments)
{
    auto *change = new TicketChange(desk, Verb::Create, 0);
    change->m_board = board.trimmed();
    change->m_company = company.trimmed();
    change->m_summary = summary.trimmed();
    change->m_assignments = ordered(assignments);
    return change;
}

TicketChange *TicketChange::update(Desk *desk, int ticketId,
                                   const QList<FieldAssignment> &assignments)
{
    auto *change = new TicketChange(desk, Verb::Update, ticketId);
    change->m_assignments = ordered(assignments);
    return change;
}

TicketChange *TicketChange::edit(Desk *desk, int ticketId, const QJsonObject &loaded,
                                 const QJsonObject &edited)
{
    auto *change = new TicketChange(desk, Verb::Edit, ticketId);
    change->m_loaded = loaded;
    change->m_edited = edited;
    return change;
}

TicketChange *TicketChange::remove(Desk *desk, int ticketId)
{
    return new TicketChange(desk, Verb::Delete, ticketId);
}

struct TicketChange::Batch
{
    QList<Outbox::Edit> edits;
    QList<qint64> seqs;
    QStringList errors;
    bool queued = false;
};

QList<TicketChange *> TicketChange::editMany(Desk *desk, const QList<Edit> &edits)
{
    auto batch = std::make_shared<Batch>();
    QList<TicketChange *> changes;
    changes.reserve(edits.size());
    for (const Edit &edit : edits) {
        auto *change = new TicketChange(desk, Verb::Edit, edit.ticketId);
        change->m_loaded = edit.loaded;
        change->m_edited = edit.edited;
        change->m_batch = batch;
        change->m_batchIndex = batch->edits.size();
        batch->edits.append({RecordKind::Ticket, edit.ticketId, 0, edit.loaded, edit.edited, {}});
        changes.append(change);
    }
    return changes;
}

void TicketChange::queueBatch(Desk *desk, Batch *batch)
{
    batch->queued = true;
    Outbox *outbox = desk->outbox();
    // Edits that change nothing are not queued (send() answers them as one change would).
    QList<Outbox::Edit> changing;
    QList<qsizetype> at;
    for (qsizetype i = 0; i < batch->edits.size(); ++i) {
        Outbox::Edit edit = batch->edits.at(i);
        edit.patch = JsonPatch::diff(edit.base, edit.edited);
        if (!edit.patch.isEmpty()) {
            changing.append(edit);
            at.append(i);
        }
    }
    batch->seqs = QList<qint64>(batch->edits.size(), 0);
    batch->errors = QStringList(batch->edits.size());
    QList<qint64> seqs;
    QStringList errors;
    outbox->queueEdits(changing, &seqs, &errors);
    for (qsizetype j = 0; j < at.size(); ++j) {
        batch->seqs[at.at(j)] = seqs.value(j);
        batch->errors[at.at(j)] = errors.value(j);
    }
}

QList<FieldAssignment> TicketChange::ordered(QList<FieldAssignment> assignments)
{
    std::stable_sort(assignments.begin(), assignments.end(),
                     [](const FieldAssignment &a, const FieldAssignment &b) {
                         auto rank = [](const FieldAssignment &x) {
                             const QString f = x.field().toLower();
                             return f == u"board"_s ? 0 : f == u"company"_s ? 1 : 2;
                         };
                         return rank(a) < rank(b);
                     });
    return assignments;
}

QStringList TicketChange::referenceFields()
{
    QStringList fields;
    for (const ReferenceField &reference : kReferences)
        fields.append(QString::fromUtf16(reference.field));
    return fields;
}

bool TicketChange::referenceTarget(const QString &field, const QString &key,
                                   const QJsonObject &ticket, ReferenceResolver::Target *target,
                                   QString *canonical, DeskError *error)
{
    const ReferenceField *found = nullptr;
    for (const ReferenceField &reference : kReferences) {
        if (field.compare(QString::fromUtf16(reference.field), Qt::CaseInsensitive) == 0)
            found = &reference;
    }
    if (!found)
        return false;
    const QString name = QString::fromUtf16(found->field);
    *canonical = name;
    const QJsonObject board = ticket.value(u"board"_s).toObject();
    const QJsonObject company = ticket.value(u"company"_s).toObject();
    const int boardId = board.value(u"id"_s).toInt();
    const int companyId = company.value(u"id"_s).toInt();

    ReferenceResolver::Target result;
    result.what = name;
    QStringList keys{u"name"_s};
    if (name == u"board"_s) {
        result.path = ApiPaths::boards();
    } else if (found->scope == Scope::Board) {
        if (boardId <= 0) {
            *error = DeskError::invalid(tr("Set the ticket's board before its %1.").arg(name));
            return false;
        }
        result.path = name == u"status"_s    ? ApiPaths::statuses(boardId)
                      : name == u"type"_s    ? ApiPaths::types(boardId)
                      : name == u"subType"_s ? ApiPaths::subtypes(boardId)
                      : name == u"item"_s    ? ApiPaths::items(boardId)
                                             : ApiPaths::teams(boardId);
        result.where = tr("on board %1").arg(referenceName(board));
    } else if (name == u"company"_s) {
        result.path = ApiPaths::companies();
        keys = {u"identifier"_s, u"name"_s};
    } else if (name == u"site"_s) {
        if (companyId <= 0) {
            *error = DeskError::invalid(tr("Set the ticket's company before its site."));
            return false;
        }
        result.path = ApiPaths::sites(companyId);
        result.where = tr("at company %1").arg(referenceName(company));
    } else if (name == u"contact"_s) {
        result.path = ApiPaths::contacts();
        keys = {u"fullName"_s};
        if (companyId > 0) {
            result.filter = u"company/id="_s + QString::number(companyId);
            result.where = tr("at company %1").arg(referenceName(company));
        }
    } else if (name == u"owner"_s) {
        result.path = ApiPaths::members();
        result.what = tr("member");
        keys = {u"identifier"_s, u"fullName"_s};
    } else if (name == u"priority"_s) {
        result.path = ApiPaths::priorities();
    } else if (name == u"source"_s) {
        result.path = ApiPaths::sources();
    } else if (name == u"serviceLocation"_s) {
        result.path = ApiPaths::locations();
        result.what = tr("service location");
    } else if (name == u"sla"_s) {
        result.path = ApiPaths::slas();
        result.what = tr("SLA");
    }

    if (!key.isEmpty()) {
        // name means a person's full name for members and contacts.
        const bool person = keys.contains(u"fullName"_s);
        if (key.compare(u"id"_s, Qt::CaseInsensitive) == 0) {
            // By id: the caller checks that the value is a number, which the resolver takes as
            // the id (the server refuses an id that does not exist).
        } else if (key.compare(u"name"_s, Qt::CaseInsensitive) == 0) {
            keys = {person ? u"fullName"_s : u"name"_s};
        } else if (key.compare(u"identifier"_s, Qt::CaseInsensitive) == 0 &&
                   keys.contains(u"identifier"_s)) {
            keys = {u"identifier"_s};
        } else {
            QStringList forms{name + u".id=N"_s};
            for (const QString &k : std::as_const(keys))
                forms.append(name + u'.' + (k == u"fullName"_s ? u"name"_s : k) + u"=TEXT"_s);
            *error = DeskError::invalid(tr("%1.%2 cannot be set; a %1 is set by id or name: %3.")
                                            .arg(name, key, forms.join(u", "_s)));
            return false;
        }
    }
    result.keys = keys;
    *target = result;
    return true;
}

void TicketChange::run()
{
    switch (m_verb) {
    case Verb::Update:
        load();
        return;
    case Verb::Create:
        resolveCreateReferences();
        return;
    case Verb::Edit:
        send();
        return;
    case Verb::Delete:
        sendDelete();
        return;
    }
}

void TicketChange::load()
{
    auto useCached = [this](const QByteArray &cached) {
        m_loaded = QJsonDocument::fromJson(cached).object();
        m_edited = m_loaded;
        m_next = 0;
        applyNext();
    };
    if (desk()->options().offline) {
        Cache *cache = desk()->outbox() ? desk()->cache() : nullptr;
        const QByteArray cached = cache ? cache->rawRecord(RecordKind::Ticket, m_id) : QByteArray();
        if (cached.isEmpty()) {
            fail(DeskError::invalid(tr("Ticket #%1 is not in the offline cache.").arg(m_id)));
            return;
        }
        useCached(cached);
        return;
    }
    RecordJob *job = desk()->client()->get(ApiPaths::ticket(m_id));
    desk()->track(job);
    connect(job, &ManageJob::failed, this, [this, useCached](const ApiError &e) {
        // Offline, the change can still be queued against the cached copy.
        Cache *cache = Desk::isUnreachable(e) && desk()->outbox() ? desk()->cache() : nullptr;
        const QByteArray cached = cache ? cache->rawRecord(RecordKind::Ticket, m_id) : QByteArray();
        if (cached.isEmpty()) {
            fail(DeskError::fromApi(e));
            return;
        }
        Q_EMIT notice(tr("The server cannot be reached (%1); the change is made to the cached "
                         "copy of ticket #%2.")
                          .arg(e.headline())
                          .arg(m_id));
        useCached(cached);
    });
    connect(job, &RecordJob::succeeded, this, [this](const QByteArray &raw) {
        m_loaded = QJsonDocument::fromJson(raw).object();
        m_edited = m_loaded;
        m_next = 0;
        applyNext();
    });
}

void TicketChange::resolveCreateReferences()
{
    ReferenceResolver::Target board;
    QString field;
    DeskError error;
    referenceTarget(u"board"_s, {}, {}, &board, &field, &error);
    const auto failed = [this](const DeskError &e) {
        fail(e);
    };
    m_resolver->resolve(
        board, m_board,
        [this, failed](int boardId) {
            QJsonObject boardReference{{u"id"_s, boardId}};
            if (!m_board.front().isDigit())
                boardReference.insert(u"name"_s, m_board); // for messages about its statuses
            m_edited.insert(u"board"_s, boardReference);
            ReferenceResolver::Target company;
            QString unusedField;
            DeskError unused;
            referenceTarget(u"company"_s, {}, {}, &company, &unusedField, &unused);
            m_resolver->resolve(
                company, m_company,
                [this](int companyId) {
                    QJsonObject companyReference{{u"id"_s, companyId}};
                    if (!m_company.front().isDigit())
                        companyReference.insert(u"name"_s, m_company);
                    m_edited.insert(u"company"_s, companyReference);
                    m_edited.insert(u"summary"_s, m_summary);
                    // The site's custom fields, as cached tickets carry them, so that
                    // customField.CAPTION=… works on a new ticket as on an existing one.
                    if (Cache *cache = desk()->cache();
                        cache && !m_edited.contains(u"customFields"_s)) {
                        const QJsonArray definitions = cache->customFieldDefinitions();
                        if (!definitions.isEmpty())
                            m_edited.insert(u"customFields"_s, definitions);
                    }
                    m_next = 0;
                    applyNext();
                },
                failed);
        },
        failed);
}

void TicketChange::applyNext()
{
    if (isFinished())
        return;
    if (m_next >= m_assignments.size()) {
        send();
        return;
    }
    const FieldAssignment assignment = m_assignments.at(m_next++);
    DeskError error;
    if (assignment.isCustomField()) {
        if (!applyCustomField(assignment, &error)) {
            fail(error);
            return;
        }
        applyNext();
        return;
    }
    const QStringList path = assignment.path();
    ReferenceResolver::Target target;
    QString field;
    const QString key = path.size() == 2 ? path.at(1) : QString();
    if (path.size() <= 2 && referenceTarget(path.first(), key, m_edited, &target, &field, &error)) {
        const QJsonValue value = assignment.value();
        if (value.isNull()) {
            m_edited.insert(field, QJsonValue::Null);
            applyNext();
            return;
        }
        const bool byId = key.compare(u"id"_s, Qt::CaseInsensitive) == 0;
        const QString text = value.isDouble()   ? QString::number(qint64(value.toDouble()))
                             : value.isString() ? value.toString().trimmed()
                                                : assignment.rawValue().trimmed();
        if (text.isEmpty() || (byId && !value.isDouble())) {
            fail(DeskError::invalid(
                byId ? tr("%1 needs a number, not \"%2\".").arg(path.join(u'.'), text)
                     : tr("%1 needs a value: an id or a name (or null to clear it).")
                           .arg(path.join(u'.'))));
            return;
        }
        m_resolver->resolve(
            target, text,
            [this, field, text](int id) {
                QJsonObject reference{{u"id"_s, id}};
                if (!text.front().isDigit())
                    reference.insert(u"name"_s, text); // only for messages; diff() sends the id
                m_edited.insert(field, reference);
                applyNext();
            },
            [this](const DeskError &e) { fail(e); });
        return;
    }
    if (error.isError()) {
        fail(error);
        return;
    }
    applyPlain(assignment);
    applyNext();
}

void TicketChange::applyPlain(const FieldAssignment &assignment)
{
    // Keys as the record spells them, so "SUMMARY=x" changes summary rather than adding a key.
    QStringList path = assignment.path();
    QJsonObject level = m_edited;
    for (qsizetype i = 0; i < path.size(); ++i) {
        for (auto it = level.constBegin(); it != level.constEnd(); ++it) {
            if (it.key().compare(path.at(i), Qt::CaseInsensitive) == 0) {
                path[i] = it.key();
                break;
            }
        }
        level = level.value(path.at(i)).toObject();
    }
    const QJsonValue existing = FieldAssignment::valueAt(m_edited, path);
    m_edited = FieldAssignment::withValue(m_edited, path, assignment.valueFor(existing));
}

bool TicketChange::applyCustomField(const FieldAssignment &assignment, DeskError *error)
{
    const QString caption = assignment.path().at(1);
    QJsonArray fields = m_edited.value(u"customFields"_s).toArray();
    bool isId = false;
    const int id = caption.toInt(&isId);
    qsizetype index = -1;
    QStringList known;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonObject field = fields.at(i).toObject();
        known.append(field.value(u"caption"_s).toString());
        if ((isId && field.value(u"id"_s).toInt() == id) ||
            field.value(u"caption"_s).toString().compare(caption, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0) {
        const bool creating = m_verb == Verb::Create; // the fields are the cache's, not a ticket's
        QString message;
        if (known.isEmpty() && creating)
            message = tr("No custom fields are known yet: sync once, so that "
                         "the cache has tickets that carry them.");
        else if (known.isEmpty())
            message = tr("Ticket #%1 has no custom fields.").arg(m_id);
        else if (creating)
            message = tr("There is no custom field \"%1\"; tickets have: %2.")
                          .arg(caption, known.join(u", "_s));
        else
            message = tr("Ticket #%1 has no custom field \"%2\"; it has: %3.")
                          .arg(m_id)
                          .arg(caption, known.join(u", "_s));
        *error = DeskError::invalid(message);
        return false;
    }
    QJsonObject field = fields.at(index).toObject();
    const QString type = field.value(u"type"_s).toString();
    const QString raw = assignment.rawValue().trimmed();
    QJsonValue value = assignment.value();
    if (value.isNull() || raw.isEmpty()) {
        value = QJsonValue::Null;
    } else if (type == u"Number"_s) {
        bool ok = false;
        const double number = raw.toDouble(&ok);
        if (!ok) {
            *error = DeskError::invalid(
                tr("The custom field \"%1\" takes a number, not \"%2\".").arg(caption, raw));
            return false;
        }
        value = number;
    } else if (type == u"Checkbox"_s) {
        const QString lower = raw.toLower();
        if (lower == u"true"_s || lower == u"yes"_s || lower == u"1"_s)
            value = true;
        else if (lower == u"false"_s || lower == u"no"_s || lower == u"0"_s)
            value = false;
        else {
            *error = DeskError::invalid(
                tr("The custom field \"%1\" takes true or false, not \"%2\".").arg(caption, raw));
            return false;
        }
    } else {
        value = value.isString() ? value : QJsonValue(raw);
    }
    field.insert(u"value"_s, value);
    fields.replace(index, field);
    m_edited.insert(u"customFields"_s, fields);
    return true;
}

void TicketChange::send()
{
    Outbox *outbox = desk()->outbox();
    if (m_verb == Verb::Create) {
        // The display names were only kept for messages.
        QJsonObject record = m_edited;
        for (const ReferenceField &reference : kReferences) {
            const QString field = QString::fromUtf16(reference.field);
            const QJsonObject ref = record.value(field).toObject();
            if (ref.contains(u"id"_s))
                record.insert(field, QJsonObject{{u"id"_s, ref.value(u"id"_s)}});
        }
        // Only the custom fields given a value.
        QJsonArray customFields;
        for (const QJsonValue &field : record.value(u"customFields"_s).toArray()) {
            const QJsonValue value = field.toObject().value(u"value"_s);
            if (!value.isNull() && !value.isUndefined())
                customFields.append(field);
        }
        if (customFields.isEmpty())
            record.remove(u"customFields"_s);
        else
            record.insert(u"customFields"_s, customFields);
        if (outbox) {
            QString error;
            const qint64 seq = outbox->queueCreate(RecordKind::Ticket, 0, record, &error);
            if (!seq) {
                fail(DeskError::failure(error));
                return;
            }
            pushQueued(seq);
            return;
        }
        follow(desk()->client()->create(ApiPaths::tickets(), record));
        return;
    }
    const bool changed = !JsonPatch::diff(m_loaded, m_edited).isEmpty();
    if (outbox && changed && m_batch) {
        // The first change of a bulk edit to run queues all of them in one transaction.
        if (!m_batch->queued)
            queueBatch(desk(), m_batch.get());
        const qint64 seq = m_batch->seqs.value(m_batchIndex);
        if (!seq) {
            fail(DeskError::failure(m_batch->errors.value(m_batchIndex)));
            return;
        }
        pushQueued(seq);
        return;
    }
    if (outbox && changed) {
        QString error;
        const qint64 seq =
            outbox->queueEdit(RecordKind::Ticket, m_id, 0, m_loaded, m_edited, &error);
        if (!seq) {
            fail(DeskError::failure(error));
            return;
        }
        pushQueued(seq);
        return;
    }
    if (!changed && desk()->options().offline) {
        succeed(QJsonDocument(m_loaded).toJson(QJsonDocument::Compact));
        return;
    }
    // Nothing changed: update() reads the record, so the caller still gets the server's copy.
    follow(desk()->client()->update(ApiPaths::ticket(m_id), m_loaded, m_edited));
}

void TicketChange::sendDelete()
{
    if (Outbox *outbox = desk()->outbox()) {
        QString error;
        const qint64 seq = outbox->queueDelete(RecordKind::Ticket, m_id, 0, {}, &error);
        if (!seq) {
            fail(DeskError::failure(error));
            return;
        }
        pushQueued(seq);
        return;
    }
    follow(desk()->client()->remove(ApiPaths::ticket(m_id)),
           [this](const QByteArray &) { succeed({}); });
}

} // namespace cw
