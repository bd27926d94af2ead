// Registers the SQL functions and the collation that SqlCompiler's output uses (cw_fold, cw_number,
// cw_msecs, cw_like, cw_utf16) on an SQLite connection, e.g. the handle behind a QSQLITE
// QSqlDatabase.
#pragma once

// Header-only on purpose: cwquery itself never includes this file, so it stays QtCore-only. The
// cache (or a test) includes it and links the system libsqlite3, the same library Qt's QSQLITE
// driver uses, so the driver's handle can be passed straight in.
#include "query/likepattern.h"
#include "query/sqlfunctions.h"

#include <sqlite3.h>

#include <cmath>

namespace cw::query {

namespace sqlitefunctions_detail {

inline QStringView text16(sqlite3_value *value)
{
    const auto *data = static_cast<const char16_t *>(sqlite3_value_text16(value));
    const int bytes = sqlite3_value_bytes16(value);
    return data ? QStringView(data, bytes / 2) : QStringView();
}

inline void resultText(sqlite3_context *context, const QString &text)
{
    sqlite3_result_text16(context, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

// Text as the evaluator reads it for contains/like: a string as is, a number as numberText().
inline bool textOf(sqlite3_value *value, QString *out)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_TEXT:
        *out = text16(value).toString();
        return true;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        *out = SqlFunctions::numberText(sqlite3_value_double(value));
        return true;
    default:
        return false;
    }
}

inline void fold(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_TEXT) { // the common case, without a copy
        resultText(context, SqlFunctions::fold(text16(argv[0])));
        return;
    }
    QString text;
    if (!textOf(argv[0], &text)) {
        sqlite3_result_null(context);
        return;
    }
    resultText(context, SqlFunctions::fold(text));
}

inline void number(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_null(context);
        return;
    }
    const std::optional<double> d = SqlFunctions::number(text16(argv[0]));
    if (!d)
        sqlite3_result_null(context);
    else if (std::isnan(*d)) // SQLite turns NaN into NULL; the caller's stand-in compares equal
        sqlite3_result_value(context, argv[1]);
    else
        sqlite3_result_double(context, *d);
}

inline void msecs(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_null(context);
        return;
    }
    const std::optional<qint64> ms = SqlFunctions::msecs(text16(argv[0]));
    if (ms)
        sqlite3_result_int64(context, *ms);
    else
        sqlite3_result_null(context);
}

inline void like(sqlite3_context *context, int, sqlite3_value **argv)
{
    QString text;
    if (!textOf(argv[0], &text) || sqlite3_value_type(argv[1]) != SQLITE_TEXT) {
        sqlite3_result_null(context);
        return;
    }
    // The pattern is a bound value, constant for the statement: compile it once per statement.
    auto *pattern = static_cast<LikePattern *>(sqlite3_get_auxdata(context, 1));
    if (!pattern) {
        pattern = new LikePattern(text16(argv[1]).toString());
        sqlite3_set_auxdata(context, 1, pattern,
                            [](void *p) { delete static_cast<LikePattern *>(p); });
        pattern = static_cast<LikePattern *>(sqlite3_get_auxdata(context, 1));
        if (!pattern) { // SQLite may drop auxdata at once (out of memory); match uncached
            sqlite3_result_int(context, LikePattern(text16(argv[1]).toString()).matches(text));
            return;
        }
    }
    sqlite3_result_int(context, pattern->matches(text) ? 1 : 0);
}

inline int compareUtf16(void *, int aBytes, const void *a, int bBytes, const void *b)
{
    const QStringView x(static_cast<const char16_t *>(a), aBytes / 2);
    const QStringView y(static_cast<const char16_t *>(b), bBytes / 2);
    return x.compare(y, Qt::CaseSensitive);
}

} // namespace sqlitefunctions_detail

// Returns SQLITE_OK or the first error code. Call once per connection, before running compiled
// SQL.
inline int registerSqliteFunctions(sqlite3 *db)
{
    namespace d = sqlitefunctions_detail;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    struct Entry
    {
        const char *name;
        int arity;
        void (*function)(sqlite3_context *, int, sqlite3_value **);
    };
    const Entry entries[] = {{SqlFunctions::FoldName, 1, d::fold},
                             {SqlFunctions::NumberName, 2, d::number},
                             {SqlFunctions::MsecsName, 1, d::msecs},
                             {SqlFunctions::LikeName, 2, d::like}};
    for (const Entry &e : entries) {
        const int rc = sqlite3_create_function_v2(db, e.name, e.arity, flags, nullptr, e.function,
                                                  nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return rc;
    }
    // SQLITE_UTF16 hands over native-endian UTF-16, so the comparison needs no conversion.
    return sqlite3_create_collation_v2(db, SqlFunctions::Utf16CollationName, SQLITE_UTF16, nullptr,
                                       d::compareUtf16, nullptr);
}

} // namespace cw::query
