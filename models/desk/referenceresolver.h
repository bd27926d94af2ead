// Turns what a user typed for a linked record (an id, a name, an identifier) into its id by asking
// the server, so commands take `status.name="In Progress"` or `--board "Service Desk"`.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace cw {

class ApiError;

class CliContext;

class ReferenceResolver : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString what;     // for messages: "status", "board", "member"
        QString path;     // the collection searched, e.g. /service/boards/3/statuses
        QStringList keys; // fields compared with the text, preferred first ("identifier", "name");
                          // "fullName" means firstName and lastName ("Hannah Perez")
        QString where;    // for messages: "on board “Service Desk”"; empty when global
        QString filter;   // more conditions, and-ed: "company/id=94"
    };
    using Resolved = std::function<void(int id)>;

    explicit ReferenceResolver(CliContext *context, QObject *parent = nullptr);

    // A number is taken as the id without a request. Otherwise one listing finds the record;
    // nothing found or an ambiguous text ends the run with a usage error that names the
    // candidates, so `done` is only called with a real id.
    void resolve(const Target &target, const QString &text, const Resolved &done);

    // `text` as a string literal of the conditions language.
    static QString quoted(const QString &text);
    // The conditions that find `text` by `keys`.
    static QString conditionsFor(const QStringList &keys, const QString &text);

private:
    // Chooses among the records whose keys match `text` (an exact match wins) and calls `done`,
    // or fails the command with what was ambiguous or missing.
    void pick(const Target &target, const QString &text, const QList<QJsonObject> &records,
              const Resolved &done);
    static bool unreachable(const ApiError &error);
    // The cached records of `path` (lookups, boards and their children) that match
    // `conditions`; empty when the cache keeps none.
    QList<QJsonObject> cachedMatches(const QString &path, const QString &conditions) const;

    CliContext *m_context;
};

} // namespace cw
