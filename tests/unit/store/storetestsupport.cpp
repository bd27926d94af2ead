#include "storetestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QJsonObject fixtures()
{
    static const QJsonObject all = [] {
        QFile file(QStringLiteral(CW_REFERENCE_DIR "/django-connectwise-fixtures.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object().value(u"fixtures"_s).toObject();
    }();
    return all;
}

} // namespace

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject fixtureObject(const QString &key)
{
    return fixtures().value(key).toObject();
}

QByteArray fixtureRaw(const QString &key)
{
    const QJsonObject object = fixtureObject(key);
    return object.isEmpty() ? QByteArray() : compact(object);
}

QList<QByteArray> fixtureList(const QString &key)
{
    QList<QByteArray> list;
    for (const QJsonValue &value : fixtures().value(key).toArray())
        list.append(compact(value.toObject()));
    return list;
}

RawConnection::RawConnection(const QString &path)
{
    static std::atomic<int> serial{0};
    m_name = u"cw.test.raw-%1"_s.arg(++serial);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    // Fails at once when the cache holds a lock: the tests decide what waiting means.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
    if (!m_db.open())
        m_lastError = m_db.lastError().text();
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QVariant RawConnection::value(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QVariantMap RawConnection::row(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return {};
    }
    QVariantMap map;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        map.insert(record.fieldName(i), query.value(i));
    return map;
}

} // namespace cw::test
