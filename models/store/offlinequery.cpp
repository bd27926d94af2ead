// A conditions + orderBy query over the cached tickets, answered as the server would: compiled to
// SQL where SqlCompiler can, otherwise filtered and sorted in memory with the evaluator's rules.
#include "offlinequery.h"

#include "cache.h"
#include "ticketcolumns.h"

#include "query/sqlitefunctions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// SQL sorts numbers, flags and instants like the server (NULL first ascending); text needs the
// evaluator's Unicode folding and mixed kinds, so those keys are sorted in memory.
bool sortsInSql(const TicketColumns::Column &column)
{
    return column.kind != query::SqlColumn::Kind::Text &&
           column.kind != query::SqlColumn::Kind::Json;
}

} // namespace

OfflineQuery::OfflineQuery(Cache *cache)
    : m_cache(cache)
{
    m_fragment.where = u"1"_s;
}

std::optional<query::SqlColumn> OfflineQuery::resolveTicketColumn(const QStringList &path)
{
    return TicketColumns::resolve(path);
}

bool OfflineQuery::registerFunctions(Cache *cache, QString *error)
{
    // The cache registers them once when it opens. Registering again on every query would
    // expire every prepared statement of the connection (SQLite re-prepares them all).
    if (cache->sqlFunctionsAvailable())
        return true;
    if (error)
        *error = QObject::tr("The offline cache could not install its query functions.");
    return false;
}

query::SqlFragment OfflineQuery::compileTickets(const query::Conditions &conditions)
{
    const query::SqlCompiler compiler(&OfflineQuery::resolveTicketColumn);
    return compiler.compile(conditions);
}

bool OfflineQuery::setConditions(const QString &conditions, query::Error *error)
{
    query::Error parseError;
    const query::Conditions parsed = query::Conditions::parse(conditions, &parseError);
    if (error)
        *error = parseError;
    if (parseError.isError())
        return false;
    m_conditions = parsed;
    m_fragment = compileTickets(parsed);
    return true;
}

bool OfflineQuery::setOrderBy(const QString &orderBy, query::Error *error)
{
    query::Error parseError;
    const query::OrderBy parsed = query::OrderBy::parse(orderBy, &parseError);
    if (error)
        *error = parseError;
    if (parseError.isError())
        return false;
    m_orderBy = parsed;
    m_sqlOrder.reset();
    QStringList terms;
    for (const query::SortKey &key : parsed.keys()) {
        const TicketColumns::Column *column = TicketColumns::find(key.path);
        if (!column || !sortsInSql(*column))
            return true;
        terms.append(column->column + (key.descending ? u" DESC"_s : u" ASC"_s));
    }
    m_sqlOrder = terms.join(u", "_s);
    return true;
}

QString OfflineQuery::fallbackReason() const
{
    QStringList reasons;
    if (!m_fragment.exact)
        reasons.append(m_fragment.error);
    if (!m_orderBy.isEmpty() && !m_sqlOrder)
        reasons.append(QObject::tr("orderBy is sorted in memory"));
    return reasons.join(u"; "_s);
}

bool OfflineQuery::run(QList<QByteArray> *raw, QList<int> *ids, QString *error) const
{
    if (!registerFunctions(m_cache, error))
        return false;
    const bool sqlOnly = m_fragment.exact && (m_orderBy.isEmpty() || m_sqlOrder);
    const QString orderSql = m_orderBy.isEmpty() ? u"id ASC"_s : m_sqlOrder.value_or(QString());
    if (sqlOnly) {
        QString sqlError;
        if (raw) {
            *raw = m_cache->rawRecords(RecordKind::Ticket, m_fragment.where, m_fragment.bindings,
                                       orderSql, m_limit, m_offset, &sqlError);
        } else if (m_orderBy.isEmpty() && m_limit < 0 && m_offset == 0) {
            // Without ORDER BY the planner is free to answer from an index alone; the server's
            // id order is restored here, which costs less than sorting rows in SQL.
            *ids = m_cache->ids(RecordKind::Ticket, m_fragment.where, m_fragment.bindings,
                                Cache::unordered(), -1, 0, &sqlError);
            std::sort(ids->begin(), ids->end());
        } else {
            *ids = m_cache->ids(RecordKind::Ticket, m_fragment.where, m_fragment.bindings, orderSql,
                                m_limit, m_offset, &sqlError);
        }
        if (error)
            *error = sqlError;
        return sqlError.isEmpty();
    }

    // The SQL selects a superset (or everything); the evaluator has the last word.
    QString sqlError;
    const QList<QByteArray> candidates =
        m_cache->rawRecords(RecordKind::Ticket, m_fragment.where, m_fragment.bindings,
                            m_sqlOrder.value_or(u"id ASC"_s), -1, 0, &sqlError);
    if (!sqlError.isEmpty()) {
        if (error)
            *error = sqlError;
        return false;
    }
    QList<QJsonObject> objects;
    QList<QByteArray> kept;
    for (const QByteArray &bytes : candidates) {
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        if (m_fragment.exact || m_conditions.matches(object)) {
            objects.append(object);
            kept.append(bytes);
        }
    }
    QList<qsizetype> order;
    if (!m_orderBy.isEmpty() && !m_sqlOrder) {
        order = m_orderBy.sortedIndices(objects);
    } else {
        order.reserve(objects.size());
        for (qsizetype i = 0; i < objects.size(); ++i)
            order.append(i);
    }
    const qsizetype first = qMax(0, m_offset);
    const qsizetype end =
        m_limit < 0 ? order.size() : qMin(order.size(), first + qsizetype(m_limit));
    for (qsizetype i = first; i < end; ++i) {
        const qsizetype index = order.at(i);
        if (raw)
            raw->append(kept.at(index));
        else
            ids->append(objects.at(index).value(u"id"_s).toInt());
    }
    return true;
}

QList<int> OfflineQuery::ids(QString *error) const
{
    QList<int> result;
    if (!run(nullptr, &result, error))
        return {};
    return result;
}

QList<Ticket> OfflineQuery::tickets(QString *error) const
{
    QList<QByteArray> raw;
    if (!run(&raw, nullptr, error))
        return {};
    QList<Ticket> result;
    result.reserve(raw.size());
    for (const QByteArray &bytes : raw)
        result.append(Ticket::fromJson(bytes));
    return result;
}

int OfflineQuery::count(QString *error) const
{
    if (!registerFunctions(m_cache, error))
        return -1;
    if (m_fragment.exact)
        return m_cache->count(RecordKind::Ticket, m_fragment.where, m_fragment.bindings, error);
    OfflineQuery all(*this);
    all.m_limit = -1;
    all.m_offset = 0;
    all.m_orderBy = query::OrderBy();
    all.m_sqlOrder.reset();
    QString runError;
    const QList<int> found = all.ids(&runError);
    if (error)
        *error = runError;
    return runError.isEmpty() ? int(found.size()) : -1;
}

} // namespace cw
