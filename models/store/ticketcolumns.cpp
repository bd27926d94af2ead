#include "ticketcolumns.h"

using namespace Qt::StringLiterals;

namespace cw {

const QList<TicketColumns::Column> &TicketColumns::all()
{
    using T = query::ValueType;
    using K = query::SqlColumn::Kind;
    static const QList<Column> columns{
        {u"id"_s, u"id"_s, T::Number, K::Integer},
        {u"summary"_s, u"summary"_s, T::String, K::Text},
        {u"recordType"_s, u"record_type"_s, T::String, K::Text},
        {u"board/id"_s, u"board_id"_s, T::Number, K::Integer},
        {u"status/id"_s, u"status_id"_s, T::Number, K::Integer},
        {u"status/name"_s, u"status_name"_s, T::String, K::Text},
        {u"company/id"_s, u"company_id"_s, T::Number, K::Integer},
        {u"company/name"_s, u"company_name"_s, T::String, K::Text},
        {u"company/identifier"_s, u"company_identifier"_s, T::String, K::Text},
        {u"contact/id"_s, u"contact_id"_s, T::Number, K::Integer},
        {u"contactName"_s, u"contact_name"_s, T::String, K::Text},
        {u"owner/id"_s, u"owner_id"_s, T::Number, K::Integer},
        {u"owner/identifier"_s, u"owner_identifier"_s, T::String, K::Text},
        {u"owner/name"_s, u"owner_name"_s, T::String, K::Text},
        {u"priority/id"_s, u"priority_id"_s, T::Number, K::Integer},
        {u"priority/name"_s, u"priority_name"_s, T::String, K::Text},
        {u"closedFlag"_s, u"closed_flag"_s, T::Boolean, K::Boolean},
        {u"closedDate"_s, u"closed_date_ms"_s, T::DateTime, K::DateTime},
        {u"_info/lastUpdated"_s, u"last_updated_ms"_s, T::DateTime, K::DateTime},
        {u"_info/dateEntered"_s, u"date_entered_ms"_s, T::DateTime, K::DateTime},
        {u"requiredDate"_s, u"required_date_ms"_s, T::DateTime, K::DateTime},
        {u"budgetHours"_s, u"budget_hours"_s, T::Number, K::Real},
        {u"severity"_s, u"severity"_s, T::String, K::Text},
        {u"impact"_s, u"impact"_s, T::String, K::Text},
        {u"team/id"_s, u"team_id"_s, T::Number, K::Integer},
        {u"type/id"_s, u"type_id"_s, T::Number, K::Integer},
        {u"subType/id"_s, u"subtype_id"_s, T::Number, K::Integer},
        {u"item/id"_s, u"item_id"_s, T::Number, K::Integer},
        {u"source/id"_s, u"source_id"_s, T::Number, K::Integer},
        {u"serviceLocation/id"_s, u"location_id"_s, T::Number, K::Integer},
        {u"site/id"_s, u"site_id"_s, T::Number, K::Integer},
        {u"sla/id"_s, u"sla_id"_s, T::Number, K::Integer},
        {u"slaStatus"_s, u"sla_status"_s, T::String, K::Text},
        {u"parentTicketId"_s, u"parent_ticket_id"_s, T::Number, K::Integer},
        {u"resources"_s, u"resources"_s, T::String, K::Text},
    };
    return columns;
}

const TicketColumns::Column *TicketColumns::find(const QString &fieldPath)
{
    QString path = fieldPath.trimmed();
    // The server finds _info fields by their bare name too.
    if (path.compare(u"lastUpdated"_s, Qt::CaseInsensitive) == 0 ||
        path.compare(u"dateEntered"_s, Qt::CaseInsensitive) == 0)
        path.prepend(u"_info/"_s);
    for (const Column &column : all()) {
        if (column.fieldPath.compare(path, Qt::CaseInsensitive) == 0)
            return &column;
    }
    return nullptr;
}

std::optional<query::SqlColumn> TicketColumns::resolve(const QStringList &path)
{
    using query::SqlColumn;
    const QString json = QString::fromUtf16(JsonColumn);
    if (const Column *column = find(path)) {
        if (column->kind == SqlColumn::Kind::Text)
            return SqlColumn::text(column->column, foldedColumn(*column))
                .withJson(json, column->jsonPath());
        return SqlColumn::typed(column->kind, column->column).withJson(json, column->jsonPath());
    }
    // Any other field from the record's JSON: keys as the API spells them (camelCase), a bare
    // key also under _info, as the evaluator looks it up.
    QStringList spelled;
    for (const QString &segment : path)
        spelled.append(segment.left(1).toLower() + segment.mid(1));
    return SqlColumn::jsonPath(json, spelled,
                               spelled.size() == 1 ? QStringList{u"_info"_s, spelled.constFirst()}
                                                   : QStringList());
}

} // namespace cw
