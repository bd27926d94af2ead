// Compiles a conditions expression into an SQLite WHERE clause with bound values that selects
// exactly the records Conditions::matches() accepts, so the offline cache answers like the server.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace cw::query {

class Conditions;

// Where a field sits in a record's raw JSON: object keys from the root, spelled as stored (JSON
// keys are case-sensitive in SQL; the resolver maps the user's spelling to the stored one).
struct SqlJsonLocation
{
    // The column holding the record's JSON text. Qualify it ("tickets.json") when its name is
    // one of json_each's columns (json, key, value, type, id …), which the SQL reads it beside.
    QString column;
    QStringList path; // e.g. {"board", "name"}; arrays on the way are searched existentially
    // Read when a one-key `path` is absent, as the evaluator does: {"_info", "lastUpdated"}.
    QStringList fallbackPath;
};

// How SQL reads one field. A typed column must be the exact image of the JSON value the evaluator
// finds at that path (never through an array; a one-key path includes the _info fallback): NULL
// when it is null or missing, otherwise a value of that kind. A value of another JSON type breaks
// that promise, so the cache must check each record it writes (and resolve such a field to Json).
// Text is compared through a pre-folded companion column rather than COLLATE NOCASE, which folds
// ASCII only where the evaluator folds all of Unicode (Ä/ä, Σ/σ/ς, K/k …).
struct SqlColumn
{
    enum class Kind : quint8 {
        Json,     // only `json`: everything is read from the record's JSON
        Text,     // a JSON string: `column` raw and/or `foldedColumn` = SqlFunctions::foldedKey()
        Integer,  // a JSON number (Integer and Real behave alike)
        Real,     // a JSON number
        Boolean,  // JSON true/false as 1/0
        DateTime, // a JSON string that is an ISO date-time, as ms since the epoch
    };

    Kind kind = Kind::Json;
    QString column;       // the typed column (Text: the raw string; may be empty if folded is set)
    QString foldedColumn; // Text: indexed companion; =, in, like and ranges compare here
    // Typed kinds: optional; the field's place in the JSON, used for what the typed column cannot
    // answer exactly (a DateTime compared with non-date text, contains on a date …).
    std::optional<SqlJsonLocation> json;

    static SqlColumn jsonPath(const QString &jsonColumn, const QStringList &path,
                              const QStringList &fallbackPath = {});
    static SqlColumn text(const QString &column, const QString &foldedColumn);
    static SqlColumn typed(Kind kind, const QString &column);
    SqlColumn withJson(const QString &jsonColumn, const QStringList &path,
                       const QStringList &fallbackPath = {}) const;
};

struct SqlFragment
{
    // An SQL boolean expression with ? placeholders, safe to AND with other conditions. It may
    // yield NULL for false: use coalesce(where, 0) before negating it.
    QString where;
    // In placeholder order: QString, or a double that is not a whole number. Whole numbers are
    // written into `where` as integer literals (see param() in sqlcompiler.cpp).
    QVariantList bindings;

    // False when some comparison could not be expressed (`error` says which and why): `where`
    // then selects a superset (that comparison reads as true), and the caller must keep only the
    // records Conditions::matches() accepts. where = "1" means: evaluate everything in memory.
    bool exact = true;
    QString error;
};

class SqlCompiler
{
public:
    // nullopt: no column for this field, so comparisons on it are not compiled.
    using ColumnResolver = std::function<std::optional<SqlColumn>(const QStringList &path)>;

    explicit SqlCompiler(ColumnResolver resolver);

    // Whether the connection has SqlFunctions' functions and collation (registered with
    // registerSqliteFunctions() from sqlitefunctions.h); default true. When false, only what
    // plain SQLite answers exactly is compiled: typed columns, mostly; JSON text needs cw_fold.
    void setFunctionsAvailable(bool available);
    bool functionsAvailable() const { return m_functions; }

    // Never fails outright: an invalid Conditions gives "0", an empty one "1".
    SqlFragment compile(const Conditions &conditions) const;

private:
    ColumnResolver m_resolver;
    bool m_functions = true;
};

} // namespace cw::query
