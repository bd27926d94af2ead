// Turns what a user typed for a linked record (an id, a name, an identifier) into its id by asking
// the server (or, when it cannot be reached, the offline cache): `status.name="In Progress"`.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace cw {

class Desk;
class DeskError;

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
    using Failed = std::function<void(const DeskError &error)>;

    ReferenceResolver(Desk *desk, QObject *parent);

    // A number is taken as the id without a request. Otherwise one listing finds the record;
    // nothing found or an ambiguous text calls `failed` with an Invalid error that names the
    // candidates, so `done` is only called with a real id.
    void resolve(const Target &target, const QString &text, const Resolved &done,
                 const Failed &failed);

    // `text` as a string literal of the conditions language.
    static QString quoted(const QString &text);
    // The conditions that find `text` by `keys`.
    static QString conditionsFor(const QStringList &keys, const QString &text);

private:
    // Chooses among the records whose keys match `text` (an exact match wins) and calls `done`,
    // or `failed` with what was ambiguous or missing.
    static void pick(const Target &target, const QString &text, const QList<QJsonObject> &records,
                     const Resolved &done, const Failed &failed);
    // The cached records of `path` (lookups, boards and their children) that match
    // `conditions`; empty when the cache keeps none.
    QList<QJsonObject> cachedMatches(const QString &path, const QString &conditions) const;

    Desk *m_desk;
};

} // namespace cw
