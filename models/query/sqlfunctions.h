// The text, number and date rules of the in-memory evaluator, as the SQL functions that compiled
// conditions call (cw_fold, cw_number, cw_msecs, cw_like) and as the companion-column folding.
#pragma once

#include <QString>

#include <optional>

namespace cw::query {

// Plain Qt code, so cwquery needs no SQLite headers: sqlitefunctions.h (header-only, included by
// the cache) registers these on a connection.
class SqlFunctions
{
public:
    // SQL names. Compiled SQL calls exactly these; the cache must register all of them.
    static constexpr char FoldName[] = "cw_fold";     // cw_fold(x)
    static constexpr char NumberName[] = "cw_number"; // cw_number(text, standInForNaN)
    static constexpr char MsecsName[] = "cw_msecs";   // cw_msecs(text)
    static constexpr char LikeName[] = "cw_like";     // cw_like(x, pattern)
    // A collation: UTF-16 code-unit order, as QString compares, where SQLite's own is code point
    // order. Only text ordering against characters from U+D800 up needs it.
    static constexpr char Utf16CollationName[] = "cw_utf16";

    // QString::compare(…, Qt::CaseInsensitive) is a code-unit comparison of exactly this folding
    // (simple case folding, surrogate pairs folded as one character), so comparing two folded
    // strings byte-wise gives the evaluator's answer. Keeps the length: ẞ -> ß, never "ss".
    static QString fold(QStringView text);
    // What a Text column's companion (…_ci) column must hold: fold() of the value without its
    // trailing spaces, as `=` and ordering see it.
    static QString foldedKey(QStringView text);
    // A JSON number as the evaluator turns it into text for contains and like.
    static QString numberText(double value);
    // A string compared with a number literal: trimmed, QString::toDouble(); nullopt if not one.
    // Note "nan" parses (to NaN), which compares as equal to every number.
    static std::optional<double> number(QStringView text);
    // A string compared with a date: the instant in ms since the epoch, nullopt if not a date.
    static std::optional<qint64> msecs(QStringView text);
};

} // namespace cw::query
