#include "ticketeditmodel.h"

#include "api/board.h"
#include "api/boarditem.h"
#include "api/boardstatus.h"
#include "api/boardsubtype.h"
#include "api/boardteam.h"
#include "api/boardtype.h"
#include "api/company.h"
#include "api/contact.h"
#include "api/jsonpatch.h"
#include "api/member.h"
#include "api/priority.h"
#include "api/servicelocation.h"
#include "api/site.h"
#include "api/source.h"
#include "desk/desk.h"
#include "desk/deskchange.h"
#include "desk/fieldassignment.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// The address a ticket copies from its site.
const QStringList &addressFields()
{
    static const QStringList fields{u"siteName"_s, u"addressLine1"_s,    u"addressLine2"_s,
                                    u"city"_s,     u"stateIdentifier"_s, u"zip"_s,
                                    u"country"_s};
    return fields;
}

QString fieldLabel(const QString &field)
{
    if (field == u"subType"_s)
        return TicketEditModel::tr("subtype");
    if (field == u"serviceLocation"_s)
        return TicketEditModel::tr("service location");
    return field;
}

} // namespace

// One undoable edit: the values of some top-level fields before and after (an absent field is
// Undefined). Typing into the same field merges into one step.
class TicketEditCommand : public QUndoCommand
{
public:
    TicketEditCommand(TicketEditModel *model, const QString &text, const QJsonObject &before,
                      const QJsonObject &after, const QString &mergeKey,
                      const QStringList &absentBefore)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(before)
        , m_after(after)
        , m_mergeKey(mergeKey)
        , m_absentBefore(absentBefore)
    {
    }

    void undo() override
    {
        for (auto it = m_before.constBegin(); it != m_before.constEnd(); ++it)
            m_model->applyValue(it.key(), m_absentBefore.contains(it.key())
                                              ? QJsonValue(QJsonValue::Undefined)
                                              : it.value());
        m_model->updateDirty();
    }
    void redo() override
    {
        for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it)
            m_model->applyValue(it.key(), it.value());
        m_model->updateDirty();
    }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const TicketEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    TicketEditModel *m_model;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_mergeKey;
    QStringList m_absentBefore;
};

TicketEditModel::TicketEditModel(Desk *desk, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_undo(new QUndoStack(this))
{
    if (Outbox *outbox = m_desk->outbox())
        connect(outbox, &Outbox::entryFinished, this, &TicketEditModel::entryFinished);
    if (Cache *cache = m_desk->cache()) {
        // A sync (or another window's change) shows at once while nothing is edited here.
        connect(cache, &Cache::recordsChanged, this,
                [this](RecordKind kind, const QList<int> &ids, int) {
                    if (kind == RecordKind::Ticket && !m_new && ids.contains(m_id) &&
                        m_state == State::Clean && !isDirty())
                        reloadFromCache();
                });
    }
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateDirty(); });
}

TicketEditModel::~TicketEditModel() = default;

bool TicketEditModel::load(int id)
{
    Cache *cache = m_desk->cache();
    const QByteArray raw = cache ? cache->rawRecord(RecordKind::Ticket, id) : QByteArray();
    if (raw.isEmpty())
        return false;
    m_id = id;
    m_new = false;
    m_loaded = QJsonDocument::fromJson(raw).object();
    m_edited = m_loaded;
    m_fieldErrors.clear();
    m_lastError.clear();
    m_undo->clear();
    // A change of this ticket still waiting in the outbox shows as pending.
    qint64 pending = 0;
    if (Outbox *outbox = m_desk->outbox()) {
        for (const OutboxEntry &entry : outbox->entries()) {
            if (entry.kind == RecordKind::Ticket && entry.recordId == id) {
                pending = entry.seq;
                if (entry.state == OutboxEntry::State::Conflict) {
                    m_conflictSeq = entry.seq;
                    m_conflictFields = entry.conflictFields;
                    m_theirs = entry.theirs;
                    m_mine = entry.edited;
                }
            }
        }
    }
    setPending(pending);
    setState(m_conflictSeq ? State::Conflict : State::Clean);
    m_wasDirty = false;
    Q_EMIT reloaded();
    return true;
}

void TicketEditModel::startNew()
{
    m_id = 0;
    m_new = true;
    m_loaded = {};
    m_edited = {{u"recordType"_s, u"ServiceTicket"_s}};
    // The site's custom fields, empty, so that the form offers them as on any ticket.
    if (Cache *cache = m_desk ? m_desk->cache() : nullptr) {
        const QJsonArray definitions = cache->customFieldDefinitions();
        if (!definitions.isEmpty())
            m_edited.insert(u"customFields"_s, definitions);
    }
    m_loaded = m_edited;
    m_undo->clear();
    m_fieldErrors.clear();
    setState(State::Clean);
    Q_EMIT reloaded();
}

void TicketEditModel::reloadFromCache()
{
    Cache *cache = m_desk->cache();
    const QByteArray raw = cache ? cache->rawRecord(RecordKind::Ticket, m_id) : QByteArray();
    if (raw.isEmpty())
        return;
    m_loaded = QJsonDocument::fromJson(raw).object();
    m_edited = m_loaded;
    m_undo->clear();
    updateDirty();
    Q_EMIT reloaded();
}

void TicketEditModel::applyValue(const QString &field, const QJsonValue &value)
{
    if (value.isUndefined())
        m_edited.remove(field);
    else
        m_edited.insert(field, value);
    if (m_fieldErrors.remove(field))
        Q_EMIT fieldErrorsChanged();
    Q_EMIT valueChanged(field);
}

void TicketEditModel::setValue(const QString &field, const QJsonValue &value)
{
    const QJsonValue old = m_edited.value(field);
    if (old == value)
        return;
    QJsonObject before{{field, old}};
    QJsonObject after{{field, value}};
    QStringList absent;
    if (old.isUndefined())
        absent.append(field);
    QString text = tr("Change %1").arg(fieldLabel(field));
    QString mergeKey;
    if (value.isString() && (old.isString() || old.isUndefined() || old.isNull()))
        mergeKey = field;
    if (field == u"site"_s && value.isObject()) {
        // The address follows the site: from the cached site, else from a cached ticket there.
        const int siteId = value.toObject().value(u"id"_s).toInt();
        const int companyId = m_edited.value(u"company"_s).toObject().value(u"id"_s).toInt();
        QJsonObject address;
        if (Cache *cache = m_desk->cache()) {
            QJsonObject site =
                QJsonDocument::fromJson(cache->rawRecord(RecordKind::Site, siteId)).object();
            if (site.isEmpty() && companyId > 0) {
                for (const QByteArray &raw : cache->rawRecords(
                         RecordKind::Ticket, u"company_id = ?"_s, {companyId}, {}, 500)) {
                    const QJsonObject ticket = QJsonDocument::fromJson(raw).object();
                    if (ticket.value(u"site"_s).toObject().value(u"id"_s).toInt() == siteId) {
                        site = ticket;
                        break;
                    }
                }
            } else if (!site.isEmpty()) {
                site.insert(u"siteName"_s, site.value(u"name"_s));
            }
            for (const QString &f : addressFields()) {
                if (site.contains(f))
                    address.insert(f, site.value(f));
            }
        }
        for (auto it = address.constBegin(); it != address.constEnd(); ++it) {
            if (!m_edited.contains(it.key()))
                absent.append(it.key());
            before.insert(it.key(), m_edited.value(it.key()));
            after.insert(it.key(), it.value());
        }
        mergeKey.clear();
    }
    if (field == u"customFields"_s)
        text = tr("Change custom field");
    m_undo->push(new TicketEditCommand(this, text, before, after, mergeKey, absent));
}

void TicketEditModel::setReference(const QString &field, int id)
{
    if (id <= 0) {
        setValue(field, QJsonValue::Null);
        return;
    }
    const QList<Choice> list = choices(field);
    for (const Choice &choice : list) {
        if (choice.id == id) {
            QJsonObject reference{{u"id"_s, id}, {u"name"_s, choice.name}};
            if (field == u"owner"_s || field == u"company"_s)
                reference = {
                    {u"id"_s, id}, {u"identifier"_s, choice.detail}, {u"name"_s, choice.name}};
            setValue(field, reference);
            return;
        }
    }
    setValue(field, QJsonObject{{u"id"_s, id}});
}

void TicketEditModel::setCustomField(int id, const QJsonValue &value)
{
    QJsonArray fields = m_edited.value(u"customFields"_s).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields.at(i).toObject();
        if (field.value(u"id"_s).toInt() != id)
            continue;
        if (field.value(u"value"_s) == value)
            return;
        field.insert(u"value"_s, value);
        fields.replace(i, field);
        setValue(u"customFields"_s, fields);
        return;
    }
}

QJsonValue TicketEditModel::customFieldValue(int id) const
{
    for (const QJsonValue &field : m_edited.value(u"customFields"_s).toArray()) {
        if (field.toObject().value(u"id"_s).toInt() == id)
            return field.toObject().value(u"value"_s);
    }
    return QJsonValue::Undefined;
}

bool TicketEditModel::isDirty() const
{
    if (m_new)
        return m_edited != m_loaded;
    return !JsonPatch::diff(m_loaded, m_edited).isEmpty();
}

QStringList TicketEditModel::dirtyFields() const
{
    QStringList fields;
    for (const QJsonValue &op : patch())
        fields.append(OutboxEntry::topField(op.toObject().value(u"path"_s).toString()));
    return fields;
}

QJsonArray TicketEditModel::patch() const
{
    return JsonPatch::diff(m_loaded, m_edited);
}

void TicketEditModel::revert()
{
    if (!isDirty())
        return;
    QJsonObject before;
    QJsonObject after;
    QStringList absent;
    QSet<QString> keys;
    for (auto it = m_edited.constBegin(); it != m_edited.constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = m_loaded.constBegin(); it != m_loaded.constEnd(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        if (m_edited.value(key) == m_loaded.value(key))
            continue;
        if (!m_edited.contains(key))
            absent.append(key);
        before.insert(key, m_edited.value(key));
        after.insert(key, m_loaded.contains(key) ? m_loaded.value(key)
                                                 : QJsonValue(QJsonValue::Undefined));
    }
    m_undo->push(new TicketEditCommand(this, tr("Revert"), before, after, {}, absent));
}

void TicketEditModel::updateDirty()
{
    const bool dirty = isDirty();
    if (m_state == State::Clean || m_state == State::Dirty)
        setState(dirty ? State::Dirty : State::Clean);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void TicketEditModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TicketEditModel::setPending(qint64 seq)
{
    if (m_pendingSeq == seq)
        return;
    const bool was = m_pendingSeq != 0;
    m_pendingSeq = seq;
    if (was != (seq != 0))
        Q_EMIT pendingChanged(seq != 0);
}

QStringList TicketEditModel::boardScoped()
{
    return {u"status"_s, u"type"_s, u"subType"_s, u"item"_s, u"team"_s};
}

QStringList TicketEditModel::companyScoped()
{
    return {u"contact"_s, u"site"_s};
}

QStringList TicketEditModel::referenceFields()
{
    return {u"board"_s,    u"status"_s,  u"type"_s,           u"subType"_s, u"item"_s,
            u"team"_s,     u"company"_s, u"contact"_s,        u"site"_s,    u"owner"_s,
            u"priority"_s, u"source"_s,  u"serviceLocation"_s};
}

QList<TicketEditModel::Choice> TicketEditModel::choices(const QString &field) const
{
    QList<Choice> list;
    Cache *cache = m_desk->cache();
    if (!cache)
        return list;
    const int board = m_edited.value(u"board"_s).toObject().value(u"id"_s).toInt();
    const int company = m_edited.value(u"company"_s).toObject().value(u"id"_s).toInt();
    auto add = [&list](int id, const QString &name, const QString &detail = {},
                       const QString &color = {}) {
        list.append({id, name, detail, color});
    };
    if (field == u"board"_s) {
        for (const Board &b : cache->boards())
            add(b.id(), b.name());
    } else if (field == u"status"_s) {
        for (const BoardStatus &s : cache->statuses(board))
            if (!s.inactive())
                add(s.id(), s.name());
    } else if (field == u"type"_s) {
        for (const BoardType &t : cache->boardTypes(board))
            if (!t.inactiveFlag())
                add(t.id(), t.name());
    } else if (field == u"subType"_s) {
        for (const BoardSubType &t : cache->boardSubTypes(board))
            if (!t.inactiveFlag())
                add(t.id(), t.name());
    } else if (field == u"item"_s) {
        for (const BoardItem &t : cache->boardItems(board))
            if (!t.inactiveFlag())
                add(t.id(), t.name());
    } else if (field == u"team"_s) {
        for (const BoardTeam &t : cache->boardTeams(board))
            add(t.id(), t.name());
    } else if (field == u"company"_s) {
        for (const Company &c : cache->records<Company>(RecordKind::Company))
            add(c.id(), c.name(), c.identifier());
    } else if (field == u"contact"_s) {
        if (company > 0) {
            for (const Contact &c :
                 cache->records<Contact>(RecordKind::Contact, u"company_id = ?"_s, {company}))
                if (!c.inactiveFlag())
                    add(c.id(), c.fullName(), c.title());
        }
    } else if (field == u"site"_s) {
        if (company > 0) {
            QSet<int> seen;
            for (const Site &s :
                 cache->records<Site>(RecordKind::Site, u"company_id = ?"_s, {company})) {
                seen.insert(s.id());
                add(s.id(), s.name(), s.city());
            }
            // The sites of a company the cache has no site list for: those its tickets name.
            for (const QByteArray &raw :
                 cache->rawRecords(RecordKind::Ticket, u"company_id = ?"_s, {company}, {}, 500)) {
                const QJsonObject ticket = QJsonDocument::fromJson(raw).object();
                const QJsonObject site = ticket.value(u"site"_s).toObject();
                const int id = site.value(u"id"_s).toInt();
                if (id > 0 && !seen.contains(id)) {
                    seen.insert(id);
                    add(id, site.value(u"name"_s).toString(), ticket.value(u"city"_s).toString());
                }
            }
        }
    } else if (field == u"owner"_s) {
        for (const Member &m : cache->members())
            if (!m.inactiveFlag())
                add(m.id(), m.fullName(), m.identifier());
    } else if (field == u"priority"_s) {
        QList<Priority> priorities = cache->priorities();
        std::sort(priorities.begin(), priorities.end(), [](const Priority &a, const Priority &b) {
            return a.sortOrder() < b.sortOrder();
        });
        for (const Priority &p : priorities)
            add(p.id(), p.name(), {}, p.color());
        return list;
    } else if (field == u"source"_s) {
        for (const Source &s : cache->sources())
            add(s.id(), s.name());
    } else if (field == u"serviceLocation"_s) {
        for (const ServiceLocation &s : cache->locations())
            add(s.id(), s.name());
    }
    std::sort(list.begin(), list.end(), [](const Choice &a, const Choice &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

QHash<QString, QString> TicketEditModel::misfits() const
{
    QHash<QString, QString> result;
    const QString board = displayText(m_edited.value(u"board"_s));
    const QString company = displayText(m_edited.value(u"company"_s));
    auto check = [&](const QString &field, const QString &where) {
        const QJsonObject ref = m_edited.value(field).toObject();
        const int id = ref.value(u"id"_s).toInt();
        if (id <= 0)
            return;
        const QList<Choice> list = choices(field);
        const bool fits =
            std::any_of(list.begin(), list.end(), [id](const Choice &c) { return c.id == id; });
        if (!fits)
            result.insert(field, where);
    };
    for (const QString &field : boardScoped())
        check(field, tr("Not a %1 of board %2: choose another.").arg(fieldLabel(field), board));
    for (const QString &field : companyScoped()) {
        // Sites are only known by the tickets that name them: a site not seen is no misfit.
        if (field == u"site"_s && choices(field).isEmpty())
            continue;
        check(field, tr("Not a %1 of company %2: choose another.").arg(fieldLabel(field), company));
    }
    return result;
}

void TicketEditModel::save()
{
    if (m_state == State::Saving)
        return;
    if (m_new) {
        saveNew();
        return;
    }
    if (!isDirty()) {
        Q_EMIT saved(m_id);
        return;
    }
    m_fieldErrors.clear();
    m_lastError.clear();
    Q_EMIT fieldErrorsChanged();
    setState(State::Saving);
    DeskChange *change = m_desk->editTicket(m_id, m_loaded, m_edited);
    connect(change, &DeskChange::sent, this, &TicketEditModel::acceptSaved);
    connect(change, &DeskChange::queued, this,
            [this, change](const QByteArray &, const QString &reason) {
                // The edits are the new baseline; the entry is pending until accepted.
                m_loaded = m_edited;
                m_undo->clear();
                setPending(change->seq());
                setState(State::Clean);
                updateDirty();
                Q_EMIT queued(m_id, reason);
            });
    connect(change, &DeskChange::failed, this, &TicketEditModel::changeFinishedAsFailed);
}

void TicketEditModel::saveNew()
{
    m_fieldErrors.clear();
    m_lastError.clear();
    const int board = m_edited.value(u"board"_s).toObject().value(u"id"_s).toInt();
    const int company = m_edited.value(u"company"_s).toObject().value(u"id"_s).toInt();
    const QString summary = m_edited.value(u"summary"_s).toString().trimmed();
    if (board <= 0)
        m_fieldErrors.insert(u"board"_s, tr("A new ticket needs a board."));
    if (company <= 0)
        m_fieldErrors.insert(u"company"_s, tr("A new ticket needs a company."));
    if (summary.isEmpty())
        m_fieldErrors.insert(u"summary"_s, tr("A new ticket needs a summary."));
    Q_EMIT fieldErrorsChanged();
    if (!m_fieldErrors.isEmpty()) {
        Q_EMIT saveFailed(tr("Fill in the fields marked."));
        return;
    }
    // Every other field as an assignment: references by id, values as JSON.
    QList<FieldAssignment> assignments;
    const QStringList references = referenceFields();
    for (auto it = m_edited.constBegin(); it != m_edited.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == u"board"_s || key == u"company"_s || key == u"summary"_s ||
            key == u"customFields"_s || it.value().isNull())
            continue;
        QString text;
        if (references.contains(key)) {
            const int id = it.value().toObject().value(u"id"_s).toInt();
            if (id <= 0)
                continue;
            // A number is taken as the id (FIELD.id=N is refused by TicketChange).
            text = key + u'=' + QString::number(id);
        } else {
            const QByteArray json =
                QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
            text = key + u'=' + QString::fromUtf8(json.mid(1, json.size() - 2));
        }
        FieldAssignment assignment;
        QString error;
        if (FieldAssignment::parse(text, &assignment, &error))
            assignments.append(assignment);
    }
    // Custom fields given a value, by id (TicketChange converts them by their type).
    for (const QJsonValue &entry : m_edited.value(u"customFields"_s).toArray()) {
        const QJsonObject field = entry.toObject();
        const QJsonValue value = field.value(u"value"_s);
        const int id = field.value(u"id"_s).toInt();
        if (id <= 0 || value.isNull() || value.isUndefined())
            continue;
        const QString text = value.isBool()     ? (value.toBool() ? u"true"_s : u"false"_s)
                             : value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                                : value.toString();
        FieldAssignment assignment;
        QString error;
        if (FieldAssignment::parse(u"customField.%1=%2"_s.arg(id).arg(text), &assignment, &error))
            assignments.append(assignment);
    }
    setState(State::Saving);
    DeskChange *change = m_desk->createTicket(QString::number(board), QString::number(company),
                                              summary, assignments);
    connect(change, &DeskChange::sent, this, [this](const QByteArray &raw) {
        const QJsonObject record = QJsonDocument::fromJson(raw).object();
        m_new = false;
        m_id = record.value(u"id"_s).toInt();
        acceptSaved(raw);
    });
    connect(change, &DeskChange::queued, this,
            [this, change](const QByteArray &raw, const QString &reason) {
                const QJsonObject record = QJsonDocument::fromJson(raw).object();
                m_new = false;
                m_id = record.value(u"id"_s).toInt();
                m_loaded = m_edited = record;
                m_undo->clear();
                setPending(change->seq());
                setState(State::Clean);
                updateDirty();
                Q_EMIT reloaded();
                Q_EMIT queued(m_id, reason);
            });
    connect(change, &DeskChange::failed, this, &TicketEditModel::changeFinishedAsFailed);
}

void TicketEditModel::acceptSaved(const QByteArray &raw)
{
    QJsonObject record = QJsonDocument::fromJson(raw).object();
    if (record.isEmpty()) {
        Cache *cache = m_desk->cache();
        record = QJsonDocument::fromJson(cache ? cache->rawRecord(RecordKind::Ticket, m_id)
                                               : QByteArray())
                     .object();
    }
    m_loaded = record;
    m_edited = record;
    m_undo->clear();
    m_conflictSeq = 0;
    m_conflictFields.clear();
    setPending(0);
    setState(State::Clean);
    updateDirty();
    Q_EMIT reloaded();
    Q_EMIT saved(m_id);
}

void TicketEditModel::changeFinishedAsFailed(const DeskError &error)
{
    m_fieldErrors.clear();
    m_lastError.clear();
    const ApiError &api = error.api();
    if (error.kind() == DeskError::Kind::Conflict) {
        Outbox *outbox = m_desk->outbox();
        const std::optional<OutboxEntry> entry = outbox ? outbox->entry(error.seq()) : std::nullopt;
        m_conflictSeq = error.seq();
        m_conflictFields = error.conflictFields();
        if (entry) {
            m_theirs = entry->theirs;
            m_mine = entry->edited;
        }
        setPending(error.seq());
        m_lastError = error.message();
        setState(State::Conflict);
        Q_EMIT conflictFound();
        Q_EMIT saveFailed(error.message());
        return;
    }
    for (const ApiError::FieldError &fieldError : api.fieldErrors()) {
        QString field = fieldError.field.section(u'/', 0, 0);
        if (field.isEmpty()) {
            m_lastError = fieldError.message;
            continue;
        }
        // As the record spells it ("subtype" → "subType").
        for (auto it = m_edited.constBegin(); it != m_edited.constEnd(); ++it) {
            if (it.key().compare(field, Qt::CaseInsensitive) == 0)
                field = it.key();
        }
        const QString before = m_fieldErrors.value(field);
        m_fieldErrors.insert(field, before.isEmpty() ? fieldError.message
                                                     : before + u' ' + fieldError.message);
    }
    if (m_fieldErrors.isEmpty() && m_lastError.isEmpty())
        m_lastError = error.message();
    // A refused entry would hold back the next save of this ticket: the edits live here now.
    if (error.kind() == DeskError::Kind::Refused && error.seq() > 0) {
        if (Outbox *outbox = m_desk->outbox())
            outbox->discard(error.seq());
    }
    setPending(0);
    setState(State::Clean);
    updateDirty();
    Q_EMIT fieldErrorsChanged();
    Q_EMIT saveFailed(m_fieldErrors.isEmpty() ? m_lastError
                                              : tr("The server refused some fields."));
}

void TicketEditModel::entryFinished(const OutboxEntry &entry)
{
    if (entry.seq != m_pendingSeq || m_state == State::Saving)
        return;
    switch (entry.state) {
    case OutboxEntry::State::Sent:
        if (entry.serverId && m_id < 0)
            m_id = entry.serverId;
        setPending(0);
        if (m_state == State::Conflict) {
            m_conflictSeq = 0;
            m_conflictFields.clear();
            setState(State::Clean);
        }
        if (!isDirty())
            reloadFromCache();
        Q_EMIT saved(m_id);
        return;
    case OutboxEntry::State::Failed: {
        // Sent later (on reconnect) and refused: the edits come back here, marked.
        m_loaded = entry.base;
        m_edited = entry.edited;
        DeskError refused(DeskError::Kind::Refused, entry.lastError);
        refused.setApi(m_desk->outbox()->lastApiError(entry.seq));
        refused.setSeq(entry.seq);
        Q_EMIT reloaded();
        changeFinishedAsFailed(refused);
        return;
    }
    case OutboxEntry::State::Conflict: {
        DeskError conflict(
            DeskError::Kind::Conflict,
            tr("The server's copy changed meanwhile: %1.").arg(entry.conflictFields.join(u", "_s)));
        conflict.setSeq(entry.seq);
        conflict.setConflictFields(entry.conflictFields);
        changeFinishedAsFailed(conflict);
        return;
    }
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Sending:
        return;
    }
}

bool TicketEditModel::resolveConflict(const QHash<QString, bool> &keepMine)
{
    Outbox *outbox = m_desk->outbox();
    if (!outbox || !m_conflictSeq)
        return false;
    QHash<QString, Outbox::Choice> perField;
    for (const QString &field : std::as_const(m_conflictFields))
        perField.insert(field, keepMine.value(field, true) ? Outbox::Choice::Mine
                                                           : Outbox::Choice::Theirs);
    QString error;
    const qint64 seq = m_conflictSeq;
    if (!outbox->resolve(seq, Outbox::Choice::Mine, perField, &error)) {
        m_lastError = error;
        Q_EMIT saveFailed(error);
        return false;
    }
    m_conflictSeq = 0;
    m_conflictFields.clear();
    setState(State::Clean);
    const std::optional<OutboxEntry> entry = outbox->entry(seq);
    reloadFromCache();
    if (!entry || !entry->isPending()) {
        setPending(0);
        Q_EMIT saved(m_id);
        return true;
    }
    setPending(seq);
    if (!m_desk->options().offline)
        outbox->push();
    return true;
}

QString TicketEditModel::valueText(const QString &field, const QJsonValue &value) const
{
    const QJsonObject reference = value.toObject();
    if (value.isObject() && reference.value(u"name"_s).toString().isEmpty() &&
        reference.contains(u"id"_s)) {
        const int id = reference.value(u"id"_s).toInt();
        for (const Choice &choice : choices(field)) {
            if (choice.id == id)
                return choice.name;
        }
    }
    return displayText(value);
}

QString TicketEditModel::title() const
{
    if (m_new)
        return tr("New ticket");
    const QString summary = m_edited.value(u"summary"_s).toString();
    return m_id < 0 ? tr("New ticket · %1").arg(summary) : tr("#%1 · %2").arg(m_id).arg(summary);
}

QString TicketEditModel::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (const char16_t *key : {u"name", u"identifier", u"caption"}) {
            const QString text = object.value(QString::fromUtf16(key)).toString();
            if (!text.isEmpty())
                return text;
        }
        const int id = object.value(u"id"_s).toInt();
        return id ? u"#"_s + QString::number(id) : QString();
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        // ISO dates from the server, shown in local time.
        if (text.size() >= 19 && text.at(4) == u'-' && text.at(10) == u'T') {
            const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
            if (when.isValid())
                return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
        }
        return text;
    }
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(displayText(v));
        return parts.join(u", "_s);
    }
    default:
        return {};
    }
}

} // namespace cw
