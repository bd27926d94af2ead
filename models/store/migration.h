// One step of the cache's schema (v0→v1, v1→v2 …) and the list this build knows. The cache runs
// each missing step in its own transaction and records it in PRAGMA user_version.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace cw {

struct Migration
{
    // The user_version once the step has run; the steps of a list are 1, 2, 3 … in order.
    int version = 0;
    QString name;
    // Runs inside the step's transaction; false and *error set to abort the step.
    std::function<bool(QSqlDatabase &db, QString *error)> apply;

    // This build's steps. A step, once released, never changes: a schema change is a new step.
    static QList<Migration> all();
    // The version all() ends at.
    static int latestVersion();

    // Runs `statements` one by one (QSqlQuery takes one statement at a time).
    static bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);
};

} // namespace cw
