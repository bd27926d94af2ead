// In-memory record store of the sandbox with optional write-through SQLite persistence.
// Records are kept as their compact JSON bytes (what a GET answers) and parsed on demand, whole or
// only the members a reader needs (see Record).
#pragma once

#include "jsonmembers.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <memory>

namespace cw::sandbox {

enum class Kind {
    Ticket,
    Note,                // parent: ticket
    Task,                // parent: ticket
    TicketConfiguration, // parent: ticket; JSON "id" is the linked Configuration's id, while the
                         // store keys the link by a synthetic id of its own (see insert())
    Board,
    Status,  // parent: board
    Type,    // parent: board
    SubType, // parent: board
    Team,    // parent: board
    Priority,
    Sla,
    Source,
    Location,
    KbArticle,
    Callback,
    Company,
    Contact,       // parent: company
    Site,          // parent: company
    Configuration, // parent: company
    Member,
    Item,  // parent: board (after Member: kinds are stored by number)
    Count_ // number of kinds; not a kind
};

// One stored record. Its compact JSON is kept as bytes in which the base URL of every href is a
// single mark byte (so a record is smaller and a new base URL costs nothing), and parsed when
// read: tickets, notes, tasks and configuration links (the kinds that grow with the data) keep
// nothing else; the few records of the other kinds also keep their parsed object, as every ticket
// write reads them.
class Record
{
public:
    int id = 0;
    int parentId = 0;

    // The record as served (hrefs under the current base URL).
    QByteArray json() const;
    void appendJson(QByteArray *out) const;
    // The whole record, parsed.
    QJsonObject object() const;
    // Only the top-level members `names` wants (each whole), parsed: far cheaper than object()
    // when a listing reads one or two fields of each of thousands of records.
    QJsonObject object(const MemberNames &names) const;
    // Size in bytes of the stored form.
    qsizetype storedSize() const { return m_bytes.size(); }

private:
    friend class Store;
    QByteArray m_bytes; // compact JSON, the base URL replaced by the mark
    // Where each top-level member starts, for the bulk kinds (records under 64 KiB): with the
    // shared key list, a cut-down read finds its members without scanning the bytes.
    std::unique_ptr<quint16[]> m_starts;
    const RecordShape *m_shape = nullptr;
    QJsonObject m_parsed;               // the parsed record, for the small kinds only
    const QByteArray *m_base = nullptr; // the store's base URL (UTF-8)
};

class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Absolute URL prefix used in `_info` hrefs, e.g.
    // "http://127.0.0.1:4000/v4_6_release/apis/3.0".
    void setBaseUrl(const QString &baseUrl);
    QString baseUrl() const { return m_baseUrl; }

    // Opens (creating if needed) the SQLite file; loads any records it holds. Empty path: memory
    // only.
    bool open(const QString &path, QString *error);
    bool isEmpty() const;

    // Batch many writes in one SQLite transaction (no-op without a file).
    void beginBulk();
    void endBulk();

    // Tickets read through these two carry slaStatus/isInSla as of now(): a ticket whose SLA
    // deadline has passed reads as breached (conditions see the same live value).
    const Record *find(Kind kind, int id) const;
    const std::map<int, Record> &records(Kind kind) const;
    QList<int> childIds(Kind kind, int parentId) const; // ascending

    // Inserts `object`. Assigns the next id when object has no positive "id" (always, for a
    // TicketConfiguration link, whose JSON id is left as given). Adds `_info`
    // (dateEntered, enteredBy, lastUpdated, updatedBy) when object has none. Returns the id, or 0
    // when the file could not be written (see lastError(); memory is then unchanged).
    int insert(Kind kind, QJsonObject object, int parentId = 0);
    // Replaces a record (id kept). `_info` is taken from `object` as given. False on a write error.
    bool update(Kind kind, int id, QJsonObject object);
    // Removes a record and, for a ticket, its notes, tasks and configuration links.
    bool remove(Kind kind, int id);
    QString lastError() const;

    // `{id, name[, identifier][, sort], _info: {<kind>_href: …}}` as the real API embeds it.
    QJsonObject reference(Kind kind, int id) const;
    QString href(Kind kind, int id) const;
    // Adds the links a real record's `_info` carries to its children (a ticket's notes_href,
    // tasks_href, configurations_href); nothing for kinds without children.
    void addChildLinks(Kind kind, int id, QJsonObject *info) const;

    // The sandbox's "now" (seconds since the epoch): the real clock, or the instant pinned by
    // --now, so that generated data and SLA deadlines are reproducible.
    qint64 now() const;
    void setPinnedNow(qint64 secsSinceEpoch); // 0: follow the real clock

    // Monotonic write clock: every call returns an instant later than the previous one (second
    // resolution, ISO-8601 UTC "yyyy-MM-ddTHH:mm:ssZ"), from now() on.
    QString nextTimestamp();

    int nextId(Kind kind) const;

    // Grows on every change to any record (writes, SLA catch-up, a new base URL or clock), so a
    // result derived from the records stays valid while it is unchanged. Read it after
    // records() or find(), which may catch up SLA states first.
    quint64 generation() const;

private:
    qint64 writeTime(const QJsonObject &object) const; // when a ticket write happens

    struct Private;
    std::unique_ptr<Private> d;
    QString m_baseUrl;
};

QString kindName(Kind kind);

} // namespace cw::sandbox
