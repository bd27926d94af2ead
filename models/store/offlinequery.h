// A conditions + orderBy query over the cached tickets, answered as the server would: compiled to
// SQL where SqlCompiler can, otherwise filtered and sorted in memory with the evaluator's rules.
#pragma once

#include "api/ticket.h"
#include "query/conditions.h"
#include "query/error.h"
#include "query/orderby.h"
#include "query/sqlcompiler.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace cw {

class Cache;

class OfflineQuery
{
public:
    explicit OfflineQuery(Cache *cache);

    // Conditions as the API takes them; blank matches every ticket. False with *error on a
    // syntax error (nothing is run then).
    bool setConditions(const QString &conditions, query::Error *error = nullptr);
    // "priority/sort asc, id desc"; blank keeps the cache's id order (the server's default).
    bool setOrderBy(const QString &orderBy, query::Error *error = nullptr);
    void setLimit(int limit) { m_limit = limit; }
    void setOffset(int offset) { m_offset = offset; }

    // True when the conditions compiled to SQL exactly (no in-memory filtering needed).
    bool conditionsCompiled() const { return m_fragment.exact; }
    // True when the orderBy is done by SQL (every key has a column that sorts like the server).
    bool orderCompiled() const { return m_sqlOrder.has_value(); }
    // Why a part falls back to memory (empty when everything compiled).
    QString fallbackReason() const;
    const query::SqlFragment &fragment() const { return m_fragment; }

    QList<int> ids(QString *error = nullptr) const;
    QList<Ticket> tickets(QString *error = nullptr) const;
    // Ignores limit and offset; -1 on error.
    int count(QString *error = nullptr) const;

    // How the ticket table answers a field path (TicketColumns::resolve).
    static std::optional<query::SqlColumn> resolveTicketColumn(const QStringList &path);
    // Registers SqlCompiler's SQL functions on the cache's connection (once per connection).
    static bool registerFunctions(Cache *cache, QString *error = nullptr);
    // Compiles `conditions` for the ticket table (for scopes such as the sync's).
    static query::SqlFragment compileTickets(const query::Conditions &conditions);

private:
    // The matching records' bytes in the final order, limit and offset applied.
    bool run(QList<QByteArray> *raw, QList<int> *ids, QString *error) const;

    Cache *m_cache;
    query::Conditions m_conditions;
    query::SqlFragment m_fragment;
    query::OrderBy m_orderBy;
    std::optional<QString> m_sqlOrder; // the ORDER BY fragment when SQL can sort
    int m_limit = -1;
    int m_offset = 0;
};

} // namespace cw
