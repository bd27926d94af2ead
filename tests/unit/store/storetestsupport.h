// Helpers of the cache tests: the django-connectwise fixture records as raw JSON, and a second,
// independent SQLite connection to look at (or lock) a cache file the way another program would.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace cw::test {

// The fixture named `key` (e.g. "API_SERVICE_TICKET") as compact JSON; a list fixture as its
// elements. Fails the calling test (QVERIFY in the caller) when the file is missing: empty.
QJsonObject fixtureObject(const QString &key);
QByteArray fixtureRaw(const QString &key);
QList<QByteArray> fixtureList(const QString &key);

// A JSON object's compact bytes.
QByteArray compact(const QJsonObject &object);

// Its own QSqlDatabase connection (removed on destruction).
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    ~RawConnection();

    bool isOpen() const { return m_db.isOpen(); }
    // Runs one statement; false (and the message in lastError()) when it fails.
    bool exec(const QString &sql);
    // The first column of the first row of `sql` (invalid when none or on error).
    QVariant value(const QString &sql, const QVariantList &bindings = {});
    // Every column of the first row, by name.
    QVariantMap row(const QString &sql, const QVariantList &bindings = {});
    QString lastError() const { return m_lastError; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace cw::test
