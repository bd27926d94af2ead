#include "adminlistmodel.h"

#include "api/fetchalljob.h"
#include "api/manageclient.h"
#include "api/member.h"
#include "desk/adminchange.h"
#include "desk/desk.h"
#include "desk/deskchange.h"
#include "store/cache.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

using Type = AdminListModel::Field::Type;

QString orderOf(AdminKind kind)
{
    switch (kind) {
    case AdminKind::BoardStatus:
    case AdminKind::Priority:
        return u"sortOrder"_s;
    case AdminKind::Callback:
        return u"id"_s;
    default:
        return u"name"_s;
    }
}

// The sort a cached list gets (the server's orderBy, done here): by sort order, then name.
void sortRows(QList<QJsonObject> &rows, AdminKind kind)
{
    const QString key = orderOf(kind);
    std::stable_sort(rows.begin(), rows.end(), [&key](const QJsonObject &a, const QJsonObject &b) {
        if (key == u"name"_s)
            return QString::localeAwareCompare(a.value(key).toString(), b.value(key).toString()) <
                   0;
        return a.value(key).toDouble() < b.value(key).toDouble();
    });
}

} // namespace

AdminListModel::AdminListModel(Desk *desk, AdminKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
    , m_kind(kind)
{
    m_columns = columns();
}

AdminListModel::~AdminListModel()
{
    cancel();
}

QString AdminListModel::title(AdminKind kind)
{
    switch (kind) {
    case AdminKind::Board:
        return tr("Boards");
    case AdminKind::BoardStatus:
        return tr("Statuses");
    case AdminKind::BoardType:
        return tr("Types");
    case AdminKind::BoardSubType:
        return tr("Subtypes");
    case AdminKind::BoardTeam:
        return tr("Teams");
    case AdminKind::Priority:
        return tr("Priorities");
    case AdminKind::Sla:
        return tr("SLAs");
    case AdminKind::Source:
        return tr("Sources");
    case AdminKind::Location:
        return tr("Service Locations");
    case AdminKind::Callback:
        return tr("Callbacks");
    }
    return {};
}

QString AdminListModel::singular(AdminKind kind)
{
    switch (kind) {
    case AdminKind::Board:
        return tr("board");
    case AdminKind::BoardStatus:
        return tr("status");
    case AdminKind::BoardType:
        return tr("type");
    case AdminKind::BoardSubType:
        return tr("subtype");
    case AdminKind::BoardTeam:
        return tr("team");
    case AdminKind::Priority:
        return tr("priority");
    case AdminKind::Sla:
        return tr("SLA");
    case AdminKind::Source:
        return tr("source");
    case AdminKind::Location:
        return tr("service location");
    case AdminKind::Callback:
        return tr("callback");
    }
    return {};
}

QList<AdminListModel::Column> AdminListModel::columns() const
{
    const Column name{u"name"_s, tr("Name")};
    const Column isDefault{u"defaultFlag"_s, tr("Default"), true};
    switch (m_kind) {
    case AdminKind::Board:
        return {name,
                {u"location/name"_s, tr("Location")},
                {u"department/name"_s, tr("Department")},
                {u"inactiveFlag"_s, tr("Inactive"), true}};
    case AdminKind::BoardStatus:
        return {name,
                {u"sortOrder"_s, tr("Order"), false, true},
                {u"closedStatus"_s, tr("Closed"), true},
                isDefault,
                {u"inactive"_s, tr("Inactive"), true}};
    case AdminKind::BoardType:
        return {name, {u"category"_s, tr("Category")}, isDefault,
                {u"inactiveFlag"_s, tr("Inactive"), true}};
    case AdminKind::BoardSubType:
        return {name, {u"inactiveFlag"_s, tr("Inactive"), true}};
    case AdminKind::BoardTeam:
        return {name, {u"teamLeader/name"_s, tr("Team leader")}, isDefault};
    case AdminKind::Priority:
        return {name,
                {u"color"_s, tr("Colour")},
                {u"sortOrder"_s, tr("Order"), false, true},
                {u"level"_s, tr("Level")},
                isDefault};
    case AdminKind::Sla:
        return {name,
                {u"basedOn"_s, tr("Based on")},
                {u"respondHours"_s, tr("Respond (h)"), false, true},
                {u"planWithin"_s, tr("Plan within (h)"), false, true},
                {u"resolutionHours"_s, tr("Resolve (h)"), false, true},
                isDefault};
    case AdminKind::Source:
        return {name, isDefault};
    case AdminKind::Location:
        return {name, {u"where"_s, tr("Where")}, isDefault};
    case AdminKind::Callback:
        return {{u"description"_s, tr("Description")},
                {u"url"_s, tr("URL")},
                {u"type"_s, tr("Type")},
                {u"level"_s, tr("Level")},
                {u"objectId"_s, tr("Object"), false, true},
                {u"inactiveFlag"_s, tr("Inactive"), true}};
    }
    return {name};
}

QList<AdminListModel::Field> AdminListModel::fields() const
{
    auto name = [](int maxLength) {
        return Field{u"name"_s, tr("&Name:"), Type::Text, true, maxLength, {}};
    };
    const Field isDefault{u"defaultFlag"_s, tr("&Default"), Type::Flag};
    switch (m_kind) {
    case AdminKind::Board:
        return {name(50),
                {u"location"_s, tr("&Location:"), Type::Reference, true},
                {u"department"_s, tr("De&partment:"), Type::Reference, true},
                {u"inactiveFlag"_s, tr("&Inactive"), Type::Flag}};
    case AdminKind::BoardStatus:
        return {name(50),
                {u"sortOrder"_s, tr("&Order:"), Type::Integer},
                {u"displayOnBoard"_s, tr("&Shown on the board"), Type::Flag},
                {u"closedStatus"_s, tr("&Closes the ticket"), Type::Flag},
                isDefault,
                {u"inactive"_s, tr("&Inactive"), Type::Flag}};
    case AdminKind::BoardType:
        return {name(50),
                {u"category"_s, tr("&Category:"), Type::Choice, false, 0,
                 {u"Reactive"_s, u"Proactive"_s}},
                isDefault,
                {u"inactiveFlag"_s, tr("&Inactive"), Type::Flag}};
    case AdminKind::BoardSubType:
        return {name(50), {u"inactiveFlag"_s, tr("&Inactive"), Type::Flag}};
    case AdminKind::BoardTeam:
        return {name(30), {u"teamLeader"_s, tr("Team &leader:"), Type::Reference, true},
                isDefault};
    case AdminKind::Priority:
        return {name(50),
                {u"color"_s, tr("&Colour:"), Type::Choice, true, 0,
                 {u"Black"_s, u"Blue"_s, u"Cyan"_s, u"Gray"_s, u"Green"_s, u"Lime"_s, u"Orange"_s,
                  u"Pink"_s, u"Purple"_s, u"Red"_s, u"White"_s, u"Yellow"_s, u"Custom"_s}},
                {u"sortOrder"_s, tr("&Order:"), Type::Integer},
                {u"level"_s, tr("&Level:"), Type::Text},
                isDefault};
    case AdminKind::Sla:
        return {name(25),
                {u"basedOn"_s, tr("&Based on:"), Type::Choice, true, 0,
                 {u"AllHours"_s, u"Customer"_s, u"MyCalendar"_s, u"Custom"_s}},
                {u"respondHours"_s, tr("&Respond within (hours):"), Type::Number},
                {u"planWithin"_s, tr("&Plan within (hours):"), Type::Number},
                {u"resolutionHours"_s, tr("Re&solve within (hours):"), Type::Number},
                isDefault};
    case AdminKind::Source:
        return {name(50), isDefault};
    case AdminKind::Location:
        return {name(30),
                {u"where"_s, tr("&Where:"), Type::Choice, true, 0,
                 {u"OnSite"_s, u"Remote"_s, u"InHouse"_s}},
                isDefault};
    case AdminKind::Callback:
        return {{u"description"_s, tr("&Description:"), Type::Text, false, 100, {}},
                {u"url"_s, tr("&URL:"), Type::Text, true, 0, {}},
                {u"type"_s, tr("&Type:"), Type::Choice, true, 0,
                 {u"ticket"_s, u"company"_s, u"contact"_s, u"configuration"_s, u"project"_s,
                  u"opportunity"_s, u"activity"_s}},
                {u"level"_s, tr("&Level:"), Type::Choice, true, 0,
                 {u"owner"_s, u"board"_s, u"status"_s, u"company"_s}},
                {u"objectId"_s, tr("&Object id:"), Type::Integer, true},
                {u"inactiveFlag"_s, tr("&Inactive"), Type::Flag}};
    }
    return {name(50)};
}

QList<AdminListModel::ReferenceChoice> AdminListModel::referenceChoices(const QString &key) const
{
    QList<ReferenceChoice> choices;
    if (m_kind == AdminKind::Board && (key == u"location"_s || key == u"department"_s)) {
        // The API offers no list of these in the Service module: the ones boards use.
        QList<int> seen;
        for (const QJsonObject &row : m_rows) {
            const QJsonObject ref = row.value(key).toObject();
            const int id = ref.value(u"id"_s).toInt();
            if (id > 0 && !seen.contains(id)) {
                seen.append(id);
                choices.append({ref.value(u"name"_s).toString(),
                                QJsonObject{{u"id"_s, id}, {u"name"_s, ref.value(u"name"_s)}}});
            }
        }
        if (choices.isEmpty() && m_desk && m_desk->cache()) {
            for (const Record &board : m_desk->cache()->boards()) {
                const QJsonObject ref = board.json().value(key).toObject();
                const int id = ref.value(u"id"_s).toInt();
                if (id > 0 && !seen.contains(id)) {
                    seen.append(id);
                    choices.append({ref.value(u"name"_s).toString(),
                                    QJsonObject{{u"id"_s, id}, {u"name"_s, ref.value(u"name"_s)}}});
                }
            }
        }
    } else if (m_kind == AdminKind::BoardTeam && key == u"teamLeader"_s && m_desk &&
               m_desk->cache()) {
        for (const Member &member : m_desk->cache()->members()) {
            if (member.inactiveFlag())
                continue;
            const QString name =
                member.fullName().isEmpty() ? member.identifier() : member.fullName();
            choices.append({name, QJsonObject{{u"id"_s, member.id()},
                                              {u"identifier"_s, member.identifier()},
                                              {u"name"_s, name}}});
        }
    }
    std::sort(choices.begin(), choices.end(), [](const ReferenceChoice &a, const ReferenceChoice &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return choices;
}

QJsonObject AdminListModel::newRecord() const
{
    QJsonObject record;
    for (const Field &field : fields()) {
        switch (field.type) {
        case Type::Choice:
            if (field.required && !field.choices.isEmpty())
                record.insert(field.key, field.choices.first());
            break;
        case Type::Reference:
            if (const auto choices = referenceChoices(field.key); !choices.isEmpty())
                record.insert(field.key, choices.first().second);
            break;
        case Type::Flag:
            record.insert(field.key, field.key == u"displayOnBoard"_s);
            break;
        default:
            break;
        }
    }
    if (m_kind == AdminKind::Callback) {
        record.insert(u"objectId"_s, 1);
        record.insert(u"payloadVersion"_s, u"3.0.0"_s);
    }
    return record;
}

void AdminListModel::setBoardId(int boardId)
{
    if (boardId == m_boardId && m_source != Source::None)
        return;
    m_boardId = boardId;
    reload();
}

void AdminListModel::cancel()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_job = nullptr;
}

void AdminListModel::reload()
{
    cancel();
    if (!m_desk || (AdminKinds::isBoardChild(m_kind) && m_boardId <= 0)) {
        setRows({}, Source::None,
                AdminKinds::isBoardChild(m_kind) ? tr("Choose a board.") : QString());
        Q_EMIT loaded();
        return;
    }
    if (m_desk->options().offline || m_desk->state() == Desk::State::Offline ||
        m_desk->state() == Desk::State::SignedOut) {
        loadFromCache(m_desk->options().offline ? tr("Working offline") : tr("Offline"));
        return;
    }
    ListQuery query;
    query.orderBy = orderOf(m_kind);
    query.pageSize = 1000;
    FetchAllJob *job = m_desk->client()->fetchAll(AdminKinds::path(m_kind, m_boardId), query);
    job->setAccumulate(true);
    m_job = job;
    connect(job, &FetchAllJob::failed, this, [this](const ApiError &error) {
        m_job = nullptr;
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (error.isUnreachable()) {
            loadFromCache(tr("The server cannot be reached"));
            return;
        }
        Q_EMIT loadFailed(error.message());
    });
    connect(job, &FetchAllJob::finished, this, [this](FetchAllJob *finished) {
        if (finished->error().isError() || m_job != finished)
            return;
        m_job = nullptr;
        QList<QJsonObject> rows;
        rows.reserve(finished->records().size());
        for (const QByteArray &raw : finished->records())
            rows.append(QJsonDocument::fromJson(raw).object());
        setRows(std::move(rows), Source::Server, QString());
        Q_EMIT loaded();
    });
}

void AdminListModel::loadFromCache(const QString &why)
{
    const std::optional<RecordKind> kind = AdminKinds::cacheKind(m_kind);
    Cache *cache = kind && m_desk ? m_desk->cache() : nullptr;
    if (!cache) {
        setRows({}, Source::None,
                tr("%1: %2 are read from the server only.").arg(why, title(m_kind)));
        Q_EMIT loaded();
        return;
    }
    QList<QJsonObject> rows;
    auto add = [&rows](const auto &records) {
        for (const Record &r : records)
            rows.append(r.json());
    };
    switch (m_kind) {
    case AdminKind::BoardStatus:
        add(cache->statuses(m_boardId));
        break;
    case AdminKind::BoardType:
        add(cache->boardTypes(m_boardId));
        break;
    case AdminKind::BoardSubType:
        add(cache->boardSubTypes(m_boardId));
        break;
    case AdminKind::BoardTeam:
        add(cache->boardTeams(m_boardId));
        break;
    default:
        for (const QByteArray &raw : cache->rawRecords(*kind))
            rows.append(QJsonDocument::fromJson(raw).object());
        break;
    }
    sortRows(rows, m_kind);
    setRows(std::move(rows), Source::Cache, why);
    Q_EMIT loaded();
}

void AdminListModel::setRows(QList<QJsonObject> rows, Source source, const QString &status)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_source = source;
    m_statusText = status;
    endResetModel();
}

QString AdminListModel::statusText() const
{
    const int n = int(m_rows.size());
    switch (m_source) {
    case Source::None:
        break;
    case Source::Server:
        return tr("%n record(s) on the server", nullptr, n);
    case Source::Cache:
        return tr("%1: %n record(s) from the offline cache", nullptr, n).arg(m_statusText);
    }
    return m_statusText;
}

bool AdminListModel::canChange(QString *why) const
{
    if (AdminKinds::isBoardChild(m_kind) && m_boardId <= 0) {
        if (why)
            *why = tr("Choose a board first.");
        return false;
    }
    if (!m_desk) {
        if (why)
            *why = tr("No connection.");
        return false;
    }
    return m_desk->canChangeSettings(why);
}

bool AdminListModel::start(DeskChange *change, int id, bool removing)
{
    ++m_busy;
    if (m_busy == 1)
        Q_EMIT busyChanged(true);
    connect(change, &DeskChange::sent, this, [this, id, removing](const QByteArray &raw) {
        if (removing) {
            const int row = rowOfId(id);
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
            Q_EMIT changed(id);
            return;
        }
        const QJsonObject record = QJsonDocument::fromJson(raw).object();
        placeRecord(record);
        Q_EMIT changed(record.value(u"id"_s).toInt());
    });
    connect(change, &DeskChange::failed, this,
            [this](const DeskError &error) { Q_EMIT changeFailed(messageOf(error)); });
    connect(change, &DeskChange::finished, this, [this] {
        if (--m_busy == 0)
            Q_EMIT busyChanged(false);
    });
    return true;
}

void AdminListModel::placeRecord(const QJsonObject &record)
{
    const int id = record.value(u"id"_s).toInt();
    const int row = rowOfId(id);
    if (row >= 0) {
        m_rows[row] = record;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(record);
    endInsertRows();
}

bool AdminListModel::create(const QJsonObject &record)
{
    QString why;
    if (!canChange(&why)) {
        Q_EMIT changeFailed(why);
        return false;
    }
    return start(m_desk->createSetting(m_kind, m_boardId, record), 0, false);
}

bool AdminListModel::edit(int id, const QJsonObject &edited)
{
    QString why;
    const QJsonObject loaded = recordOfId(id);
    if (loaded.isEmpty())
        why = tr("The %1 #%2 is not in the list any more.").arg(singular(m_kind)).arg(id);
    if (!why.isEmpty() || !canChange(&why)) {
        Q_EMIT changeFailed(why);
        return false;
    }
    return start(m_desk->editSetting(m_kind, m_boardId, id, loaded, edited), id, false);
}

bool AdminListModel::remove(int id)
{
    QString why;
    if (!canChange(&why)) {
        Q_EMIT changeFailed(why);
        return false;
    }
    return start(m_desk->deleteSetting(m_kind, m_boardId, id), id, true);
}

QString AdminListModel::messageOf(const DeskError &error)
{
    if (error.api().isError() && !error.api().isUnreachable())
        return error.api().message();
    return error.message();
}

int AdminListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdminListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant AdminListModel::valueAt(const QJsonObject &record, const QString &key)
{
    const int slash = int(key.indexOf(u'/'));
    if (slash < 0)
        return record.value(key).toVariant();
    const QJsonObject ref = record.value(key.left(slash)).toObject();
    QJsonValue value = ref.value(key.mid(slash + 1));
    if (value.isUndefined() || value.toString().isEmpty())
        value = ref.value(u"identifier"_s);
    return value.toVariant();
}

QVariant AdminListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &record = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QVariant value = valueAt(record, column.key);
        if (column.flag)
            return value.toBool() ? tr("Yes") : (role == Qt::DisplayRole ? QString() : tr("No"));
        if (column.number && value.isValid() && !value.isNull())
            return QLocale().toString(value.toDouble());
        return value.toString();
    }
    case Qt::TextAlignmentRole:
        if (column.number)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ColorRole:
        if (m_kind == AdminKind::Priority && index.column() == 0) {
            const QColor color = QColor::fromString(record.value(u"color"_s).toString());
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (m_kind == AdminKind::Callback && column.key == u"url"_s)
            return record.value(u"url"_s).toString();
        return {};
    case IdRole:
        return record.value(u"id"_s).toInt();
    case SortRole: {
        const QVariant value = valueAt(record, column.key);
        return column.number ? QVariant(value.toDouble()) : value;
    }
    case BoardIdRole:
        return m_boardId;
    case RecordRole:
        return record;
    default:
        return {};
    }
}

QVariant AdminListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    return {};
}

QHash<int, QByteArray> AdminListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(ColorRole, "color");
    names.insert(RecordRole, "record");
    return names;
}

QJsonObject AdminListModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

QJsonObject AdminListModel::recordOfId(int id) const
{
    return record(rowOfId(id));
}

int AdminListModel::idAt(int row) const
{
    return record(row).value(u"id"_s).toInt();
}

int AdminListModel::rowOfId(int id) const
{
    if (id <= 0)
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(u"id"_s).toInt() == id)
            return row;
    }
    return -1;
}

} // namespace cw
