// libFuzzer target: the conditions language. Any text is parsed; what parses is printed back,
// re-parsed, evaluated against a record and compiled to SQL with both a typed and a JSON-only
// column resolver, as the cache does. Only crashes and sanitizer reports are findings here; the
// unit tests (tests/unit/query) check that the answers are right.
#include "query/conditions.h"
#include "query/sqlcompiler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using cw::query::Conditions;
using cw::query::SqlColumn;
using cw::query::SqlCompiler;

namespace {

const QJsonObject &record()
{
    static const QJsonObject r = QJsonDocument::fromJson(R"({
        "id": 42, "summary": "Printer on fire", "closedFlag": false, "budgetHours": 1.5,
        "board": {"id": 1, "name": "Help Desk"}, "status": {"id": 7, "name": "New"},
        "lastUpdated": "2024-03-01T10:00:00Z", "_info": {"lastUpdated": "2024-03-01T10:00:00Z"},
        "customFields": [{"id": 3, "caption": "Asset", "value": "A-17"}],
        "tasks": [{"id": 1, "notes": "call back"}]})")
                                     .object();
    return r;
}

std::optional<SqlColumn> typed(const QStringList &path)
{
    const QString key = path.join(u'/').toLower();
    const QString json = u"tickets.json"_s;
    if (key == "id"_L1)
        return SqlColumn::typed(SqlColumn::Kind::Integer, u"id"_s).withJson(json, {u"id"_s});
    if (key == "summary"_L1)
        return SqlColumn::text(u"summary"_s, u"summary_ci"_s).withJson(json, {u"summary"_s});
    if (key == "closedflag"_L1)
        return SqlColumn::typed(SqlColumn::Kind::Boolean, u"closed_flag"_s)
            .withJson(json, {u"closedFlag"_s});
    if (key == "lastupdated"_L1)
        return SqlColumn::typed(SqlColumn::Kind::DateTime, u"last_updated_ms"_s)
            .withJson(json, {u"lastUpdated"_s}, {u"_info"_s, u"lastUpdated"_s});
    if (key == "budgethours"_L1)
        return SqlColumn::typed(SqlColumn::Kind::Real, u"budget_hours"_s)
            .withJson(json, {u"budgetHours"_s});
    return SqlColumn::jsonPath(json, path);
}

std::optional<SqlColumn> jsonOnly(const QStringList &path)
{
    return SqlColumn::jsonPath(u"tickets.json"_s, path,
                               path.size() == 1 ? QStringList{u"_info"_s, path.front()}
                                                : QStringList());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    cw::query::Error error;
    const Conditions conditions = Conditions::parse(text, &error);
    if (!conditions.isValid())
        return 0;
    (void)conditions.matches(record());
    (void)conditions.matchesCustomFields(record());
    (void)conditions.matchesChildren(record());
    (void)conditions.fieldPaths();
    (void)conditions.validate([](const QStringList &) { return std::nullopt; });
    cw::query::Error again;
    (void)Conditions::parse(conditions.toString(), &again);

    static const SqlCompiler typedCompiler(typed);
    static const SqlCompiler jsonCompiler(jsonOnly);
    (void)typedCompiler.compile(conditions);
    (void)jsonCompiler.compile(conditions);
    SqlCompiler noFunctions(jsonOnly);
    noFunctions.setFunctionsAvailable(false);
    (void)noFunctions.compile(conditions);
    return 0;
}
