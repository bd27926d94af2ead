// Helpers of the model tests: a real cache synced from a real cwdesk-sandbox process (through the
// desk core), tickets changed in that cache, whole-model text dumps and their golden files.
#include "modeltestsupport.h"

#include "desk/desk.h"
#include "store/cache.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace cw::test {

SyncedSandbox::SyncedSandbox() = default;

SyncedSandbox::~SyncedSandbox()
{
    m_desk.reset();
    m_sandbox.stop();
}

Cache *SyncedSandbox::cache() const
{
    return m_desk ? m_desk->cache() : nullptr;
}

QString SyncedSandbox::cachePath() const
{
    return m_dir.filePath(u"cache.sqlite"_s);
}

QDateTime SyncedSandbox::anchor()
{
    // The sandbox's clock, pinned with --now so that generated dates and SLA deadlines do not
    // move with the wall clock (the golden snapshots depend on them).
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

bool SyncedSandbox::start(int tickets, QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    if (!m_sandbox.start({u"--tickets"_s, QString::number(tickets), u"--seed"_s, u"3"_s,
                          u"--now"_s, anchor().toString(Qt::ISODate)})) {
        *error = m_sandbox.errorString();
        return false;
    }
    m_desk = std::make_unique<Desk>();
    Desk::Options options;
    options.cachePath = cachePath();
    options.timeoutMs = 10000;
    m_desk->setOptions(options);
    ConnectionProfile profile;
    profile.setName(u"models"_s);
    profile.setSite(u"http://127.0.0.1:%1"_s.arg(m_sandbox.port()));
    profile.setCompany(u"sandbox"_s);
    profile.setPublicKey(u"sandbox-public"_s);
    profile.setClientId(u"cwdesk-tests"_s);
    QSignalSpy connected(m_desk.get(), &Desk::connected);
    QSignalSpy failed(m_desk.get(), &Desk::connectFailed);
    m_desk->connectToSite(profile, u"sandbox-private"_s);
    if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 30000) ||
        !failed.isEmpty()) {
        *error = u"the desk did not connect"_s;
        return false;
    }
    QSignalSpy finished(m_desk.get(), &Desk::syncFinished);
    QSignalSpy syncFailed(m_desk.get(), &Desk::syncFailed);
    m_desk->syncNow(SyncEngine::Mode::Full);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !syncFailed.isEmpty(); }, 240000) ||
        !syncFailed.isEmpty()) {
        *error = u"the sync failed"_s;
        return false;
    }
    return cache() != nullptr;
}

QJsonObject cachedTicket(Cache *cache, int id)
{
    return QJsonDocument::fromJson(cache->rawRecord(RecordKind::Ticket, id)).object();
}

bool storeTicket(Cache *cache, const QJsonObject &record)
{
    return cache->upsertTickets({QJsonDocument(record).toJson(QJsonDocument::Compact)});
}

bool editCachedTicket(Cache *cache, int id, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject record = cachedTicket(cache, id);
    if (record.isEmpty())
        return false;
    edit(record);
    return storeTicket(cache, record);
}

QString formatValue(const QVariant &value)
{
    if (!value.isValid())
        return u"-"_s;
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QColor:
        return value.value<QColor>().name();
    case QMetaType::QFont:
        return value.value<QFont>().bold() ? u"bold"_s : u"normal"_s;
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::QStringList:
        return u"["_s + value.toStringList().join(u',') + u"]"_s;
    default:
        return value.toString();
    }
}

namespace {

QStringList roleValues(const QModelIndex &index, const QList<int> &roles,
                       const QHash<int, QByteArray> &names)
{
    QStringList values;
    for (int role : roles) {
        const QVariant value = index.data(role);
        if (role == Qt::DisplayRole) {
            values.append(formatValue(value));
            continue;
        }
        // Other roles only where they say something, by name.
        if (!value.isValid() || (value.metaType().id() == QMetaType::Bool && !value.toBool()))
            continue;
        const QString name = QString::fromUtf8(names.value(role, QByteArray::number(role)));
        values.append(value.metaType().id() == QMetaType::Bool ? name
                                                               : name + u'=' + formatValue(value));
    }
    return values;
}

void dumpRows(const QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &roles,
              const QList<int> &rowRoles, int depth, QString *out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QStringList values = roleValues(index, roles, model->roleNames());
            cells.append(values.join(u" ; "_s));
        }
        const QStringList rowValues =
            roleValues(model->index(row, 0, parent), rowRoles, model->roleNames());
        QString line = QString(depth * 2, u' ') + cells.join(u" | "_s);
        if (!rowValues.isEmpty())
            line += u" [" + rowValues.join(u", "_s) + u']';
        out->append(line + u'\n');
        dumpRows(model, model->index(row, 0, parent), roles, rowRoles, depth + 1, out);
    }
}

} // namespace

QString dumpModel(const QAbstractItemModel *model, const QList<int> &roles,
                  const QList<int> &rowRoles)
{
    QString out;
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header.append(model->headerData(column, Qt::Horizontal).toString());
    out.append(u"# "_s + header.join(u" | "_s) + u'\n');
    dumpRows(model, {}, roles, rowRoles, 0, &out);
    return out;
}

bool matchesGolden(const QString &name, const QString &actual, QString *message)
{
    const QString dir = QStringLiteral(CW_SOURCE_DIR) + u"/tests/data/models"_s;
    const QString path = dir + u'/' + name;
    if (qEnvironmentVariableIntValue("CW_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(dir);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *message = u"cannot write "_s + path;
            return false;
        }
        file.write(actual.toUtf8());
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = u"no golden file %1 (run with CW_UPDATE_GOLDEN=1 to create it)"_s.arg(path);
        return false;
    }
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected == actual)
        return true;
    QFile actualFile(path + u".actual"_s);
    if (actualFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        actualFile.write(actual.toUtf8());
    const QStringList a = actual.split(u'\n');
    const QStringList e = expected.split(u'\n');
    for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i)) {
            *message = u"%1 line %2:\n expected: %3\n actual:   %4"_s.arg(name).arg(i + 1).arg(
                e.value(i), a.value(i));
            return false;
        }
    }
    *message = name + u" differs"_s;
    return false;
}

} // namespace cw::test
