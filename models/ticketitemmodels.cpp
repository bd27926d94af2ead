#include "ticketitemmodels.h"

#include "desk/desk.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QMimeData>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

const QString TaskMime = u"application/x-cwdesk-task-ids"_s;

QList<QJsonObject> childRecords(Cache *cache, RecordKind kind, int ticketId)
{
    QList<QJsonObject> rows;
    if (!cache || ticketId == 0)
        return rows;
    // The table's own order (notes by creation, tasks by priority; then id).
    const QList<QByteArray> raw = cache->rawRecords(kind, u"ticket_id = ?"_s, {ticketId});
    rows.reserve(raw.size());
    for (const QByteArray &bytes : raw)
        rows.append(QJsonDocument::fromJson(bytes).object());
    return rows;
}

QString referenceName(const QJsonObject &record, const QString &field)
{
    const QJsonObject reference = record.value(field).toObject();
    const QString name = reference.value(u"name"_s).toString();
    return name.isEmpty() ? reference.value(u"identifier"_s).toString() : name;
}

} // namespace

// --- TicketItemModel -----------------------------------------------------------------------------

TicketItemModel::TicketItemModel(Desk *desk, RecordKind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_desk(desk)
    , m_kind(kind)
{
    m_cache = desk ? desk->cache() : nullptr;
    if (m_cache) {
        connect(m_cache, &Cache::recordsChanged, this, &TicketItemModel::recordsTouched);
        connect(m_cache, &Cache::recordsRemoved, this, &TicketItemModel::recordsTouched);
    }
    if (Outbox *outbox = desk ? desk->outbox() : nullptr) {
        // A bulk change queues hundreds of entries at once: the marks are read once after them.
        connect(outbox, &Outbox::stepReached, this, [this] {
            if (m_pendingScheduled)
                return;
            m_pendingScheduled = true;
            QTimer::singleShot(0, this, [this] {
                if (m_pendingScheduled)
                    refreshPending();
            });
        });
        connect(outbox, &Outbox::entryFinished, this, &TicketItemModel::refreshPending);
        connect(outbox, &Outbox::pushFinished, this, &TicketItemModel::refreshPending);
    }
}

void TicketItemModel::setTicket(int ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    beginResetModel();
    m_rows = load();
    m_ids.clear();
    for (const QJsonObject &row : std::as_const(m_rows))
        m_ids.append(row.value(u"id"_s).toInt());
    m_pending.clear();
    endResetModel();
    refreshPending();
}

int TicketItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketItemModel::idAt(int row) const
{
    return m_ids.value(row);
}

QVariant TicketItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int id = m_ids.at(index.row());
    switch (role) {
    case IdRole:
        return id;
    case PendingRole:
        return m_pending.contains(id);
    case ErrorTextRole:
        return m_pending.value(id);
    default:
        return itemData(m_rows.at(index.row()), role);
    }
}

QHash<int, QByteArray> TicketItemModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PendingRole, "pending");
    names.insert(ErrorTextRole, "errorText");
    return names;
}

void TicketItemModel::reload()
{
    applyRows(load());
    refreshPending();
}

void TicketItemModel::recordsTouched(RecordKind kind, const QList<int> &ids, int parentId)
{
    if (kind != m_kind || m_ticketId == 0)
        return;
    bool mine = parentId == m_ticketId || parentId == 0;
    for (int i = 0; !mine && i < ids.size(); ++i)
        mine = m_ids.contains(ids.at(i));
    if (mine)
        reload();
}

// Keeps rows (and so a view's selection) where the records stay in the same order: rows that went
// are removed, new ones inserted, the rest updated; a new order resets the model.
void TicketItemModel::applyRows(QList<QJsonObject> rows)
{
    QList<int> ids;
    ids.reserve(rows.size());
    for (const QJsonObject &row : std::as_const(rows))
        ids.append(row.value(u"id"_s).toInt());
    QList<int> kept;
    for (int id : std::as_const(m_ids)) {
        if (ids.contains(id))
            kept.append(id);
    }
    QList<int> keptInNew;
    for (int id : std::as_const(ids)) {
        if (m_ids.contains(id))
            keptInNew.append(id);
    }
    if (kept != keptInNew) {
        beginResetModel();
        m_rows = std::move(rows);
        m_ids = std::move(ids);
        endResetModel();
        return;
    }
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_ids.at(row))) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < ids.size(); ++row) {
        if (row < m_ids.size() && m_ids.at(row) == ids.at(row)) {
            if (m_rows.at(row) != rows.at(row)) {
                m_rows[row] = rows.at(row);
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_ids.insert(row, ids.at(row));
        m_rows.insert(row, rows.at(row));
        endInsertRows();
    }
}

void TicketItemModel::refreshPending()
{
    m_pendingScheduled = false;
    QHash<int, QString> pending;
    Outbox *outbox = m_desk ? m_desk->outbox() : nullptr;
    if (outbox && m_ticketId != 0) {
        for (const OutboxEntry &entry : outbox->pendingSummaries()) {
            if (entry.kind != m_kind || entry.parentId != m_ticketId || !entry.isPending())
                continue;
            QString error;
            if (entry.state == OutboxEntry::State::Failed)
                error = entry.lastError.isEmpty() ? tr("The server refused this change.")
                                                  : entry.lastError;
            else if (entry.state == OutboxEntry::State::Conflict)
                error = tr("Changed on the server too: %1.").arg(entry.conflictFields.join(u", "_s));
            QString &slot = pending[entry.recordId];
            if (slot.isEmpty())
                slot = error;
        }
    }
    if (pending == m_pending)
        return;
    QSet<int> touched;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (m_pending.value(it.key(), u"\x01"_s) != it.value())
            touched.insert(it.key());
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!pending.contains(it.key()))
            touched.insert(it.key());
    }
    m_pending = std::move(pending);
    for (int id : std::as_const(touched)) {
        const int row = rowOfId(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {PendingRole, ErrorTextRole});
    }
}

// --- NoteListModel --------------------------------------------------------------------------------

NoteListModel::NoteListModel(Desk *desk, QObject *parent)
    : TicketItemModel(desk, RecordKind::Note, parent)
{
}

NoteListModel::Kinds NoteListModel::kindsOf(const QJsonObject &note)
{
    Kinds kinds;
    if (note.value(u"detailDescriptionFlag"_s).toBool())
        kinds |= Discussion;
    if (note.value(u"internalAnalysisFlag"_s).toBool())
        kinds |= Internal;
    if (note.value(u"resolutionFlag"_s).toBool())
        kinds |= Resolution;
    return kinds;
}

void NoteListModel::setKindFilter(Kinds kinds)
{
    if (kinds == m_filter)
        return;
    m_filter = kinds;
    reload();
}

QList<QJsonObject> NoteListModel::load() const
{
    QList<QJsonObject> rows = childRecords(cache(), RecordKind::Note, ticketId());
    if (m_filter != Kinds(AllKinds))
        rows.removeIf([this](const QJsonObject &note) { return !(kindsOf(note) & m_filter); });
    return rows;
}

QVariant NoteListModel::itemData(const QJsonObject &note, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return note.value(u"text"_s).toString();
    case Qt::ToolTipRole:
        return QString(note.value(u"text"_s).toString().left(500));
    case MemberRole: {
        QString name = referenceName(note, u"member"_s);
        if (name.isEmpty())
            name = referenceName(note, u"contact"_s);
        if (name.isEmpty())
            name = note.value(u"createdBy"_s).toString();
        return name;
    }
    case DateRole: {
        QDateTime when = QDateTime::fromString(note.value(u"dateCreated"_s).toString(), Qt::ISODate);
        return when.isValid() ? QVariant(when.toLocalTime()) : QVariant();
    }
    case SortRole:
        return note.value(u"dateCreated"_s).toString();
    case KindsRole:
        return int(kindsOf(note));
    default:
        return {};
    }
}

QHash<int, QByteArray> NoteListModel::roleNames() const
{
    QHash<int, QByteArray> names = TicketItemModel::roleNames();
    names.insert(MemberRole, "member");
    names.insert(DateRole, "date");
    names.insert(KindsRole, "kinds");
    names.insert(TextRole, "text");
    return names;
}

// --- TaskListModel --------------------------------------------------------------------------------

TaskListModel::TaskListModel(Desk *desk, QObject *parent)
    : TicketItemModel(desk, RecordKind::Task, parent)
{
}

QList<QJsonObject> TaskListModel::load() const
{
    return childRecords(cache(), RecordKind::Task, ticketId());
}

QVariant TaskListModel::itemData(const QJsonObject &task, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString summary = task.value(u"summary"_s).toString();
        return summary.isEmpty() ? task.value(u"notes"_s).toString() : summary;
    }
    case Qt::EditRole:
        return task.value(u"summary"_s).toString();
    case Qt::ToolTipRole:
        return task.value(u"notes"_s).toString();
    case Qt::CheckStateRole:
        return task.value(u"closedFlag"_s).toBool() ? Qt::Checked : Qt::Unchecked;
    case NotesRole:
        return task.value(u"notes"_s).toString();
    case ResolutionRole:
        return task.value(u"resolution"_s).toString();
    case PriorityRole:
    case SortRole:
        return task.value(u"priority"_s).toInt();
    case DoneRole:
        return task.value(u"closedFlag"_s).toBool();
    default:
        return {};
    }
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemIsDragEnabled;
}

bool TaskListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done == data(index, DoneRole).toBool())
        return false;
    Q_EMIT doneRequested(idAt(index.row()), done);
    return true;
}

Qt::DropActions TaskListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TaskListModel::mimeTypes() const
{
    return {TaskMime};
}

QMimeData *TaskListModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            bytes += QByteArray::number(idAt(index.row())) + ' ';
    }
    auto *mime = new QMimeData;
    mime->setData(TaskMime, bytes.trimmed());
    return mime;
}

bool TaskListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(TaskMime);
}

bool TaskListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const QList<QByteArray> parts = data->data(TaskMime).split(' ');
    if (parts.size() != 1)
        return false;
    const int taskId = parts.first().toInt();
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    // Dropped below its own row: the row it leaves shifts the target up by one.
    const int from = rowOfId(taskId);
    if (from < 0)
        return false;
    const int target = from < row ? row - 1 : row;
    if (target == from)
        return false;
    Q_EMIT reorderRequested(orderWithMove(taskId, target));
    // The rows move when the cache has the new priorities; nothing for the view to remove.
    return false;
}

QList<int> TaskListModel::orderWithMove(int taskId, int row) const
{
    QList<int> order = ids();
    const int from = order.indexOf(taskId);
    if (from < 0)
        return order;
    order.removeAt(from);
    order.insert(std::clamp(row, 0, int(order.size())), taskId);
    return order;
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    QHash<int, QByteArray> names = TicketItemModel::roleNames();
    names.insert(NotesRole, "notes");
    names.insert(ResolutionRole, "resolution");
    names.insert(PriorityRole, "priority");
    names.insert(DoneRole, "done");
    return names;
}

// --- TicketConfigurationModel ---------------------------------------------------------------------

TicketConfigurationModel::TicketConfigurationModel(Desk *desk, QObject *parent)
    : TicketItemModel(desk, RecordKind::TicketConfiguration, parent)
{
}

QList<QJsonObject> TicketConfigurationModel::load() const
{
    QList<QJsonObject> rows = childRecords(cache(), RecordKind::TicketConfiguration, ticketId());
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"deviceIdentifier"_s).toString().localeAwareCompare(
                   b.value(u"deviceIdentifier"_s).toString()) < 0;
    });
    return rows;
}

QVariant TicketConfigurationModel::itemData(const QJsonObject &link, int role) const
{
    const QString device = link.value(u"deviceIdentifier"_s).toString();
    const QString name = link.value(u"name"_s).toString();
    switch (role) {
    case Qt::DisplayRole: {
        const QString type = referenceName(link, u"type"_s);
        const QString shown = device.isEmpty() ? (name.isEmpty() ? tr("Configuration %1")
                                                                       .arg(link.value(u"id"_s)
                                                                                .toInt())
                                                                 : name)
                                               : device;
        return type.isEmpty() ? shown : tr("%1 (%2)").arg(shown, type);
    }
    case DeviceRole:
        return device;
    case TypeRole:
        return referenceName(link, u"type"_s);
    case SerialRole:
        return link.value(u"serialNumber"_s).toString();
    case Qt::ToolTipRole:
        return name;
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketConfigurationModel::roleNames() const
{
    QHash<int, QByteArray> names = TicketItemModel::roleNames();
    names.insert(DeviceRole, "device");
    names.insert(TypeRole, "type");
    names.insert(SerialRole, "serial");
    return names;
}

} // namespace cw
