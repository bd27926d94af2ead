#include "orderby.h"

#include "fieldpath.h"
#include "isodatetime.h"
#include "lexer.h"
#include "parser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace cw::query {

class OrderByData
{
public:
    std::vector<FieldPath> paths;
    QList<SortKey> keys;
};

namespace {

// One record's value for one key, reduced to what ordering needs.
struct SortValue
{
    enum Rank : quint8 { Null, Boolean, Number, Date, Text, Reference, Array };
    Rank rank = Null;
    double number = 0; // Boolean 0/1, Number, Reference id
    qint64 msecs = 0;
    QString text; // Text, Reference name
};

SortValue sortValue(const QJsonValue &v)
{
    SortValue s;
    switch (v.type()) {
    case QJsonValue::Bool:
        s.rank = SortValue::Boolean;
        s.number = v.toBool() ? 1 : 0;
        break;
    case QJsonValue::Double:
        s.rank = SortValue::Number;
        s.number = v.toDouble();
        break;
    case QJsonValue::String:
        s.text = v.toString();
        if (looksLikeIsoDate(s.text) && parseIsoDateTime(s.text, &s.msecs)) {
            s.rank = SortValue::Date;
            s.text.clear();
        } else {
            s.rank = SortValue::Text;
        }
        break;
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        s.rank = SortValue::Reference;
        s.text = o.value("name"_L1).toString();
        s.number = o.value("id"_L1).toDouble();
        break;
    }
    case QJsonValue::Array:
        s.rank = SortValue::Array;
        break;
    default:
        break;
    }
    return s;
}

int compareValues(const SortValue &a, const SortValue &b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank ? -1 : 1;
    auto threeWay = [](auto x, auto y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (a.rank) {
    case SortValue::Boolean:
    case SortValue::Number:
        return threeWay(a.number, b.number);
    case SortValue::Date:
        return threeWay(a.msecs, b.msecs);
    case SortValue::Text:
        return a.text.compare(b.text, Qt::CaseInsensitive);
    case SortValue::Reference:
        if (const int c = a.text.compare(b.text, Qt::CaseInsensitive))
            return c;
        return threeWay(a.number, b.number);
    case SortValue::Null:
    case SortValue::Array:
        break;
    }
    return 0;
}

} // namespace

OrderBy::OrderBy() = default;
OrderBy::~OrderBy() = default;
OrderBy::OrderBy(const OrderBy &) = default;
OrderBy &OrderBy::operator=(const OrderBy &) = default;

OrderBy OrderBy::parse(const QString &text, Error *error)
{
    auto data = std::make_shared<OrderByData>();
    const Error e = Parser::parsePathList(
        text, QueryPart::OrderBy,
        [&](const QStringList &path, const Token &word, Lexer &lexer, Token *next, Error *err) {
            SortKey key;
            key.path = path;
            if (next->isWord("desc"_L1) || next->isWord("asc"_L1)) {
                key.descending = next->isWord("desc"_L1);
                *next = lexer.next();
            } else if (next->kind == Token::Kind::Word) {
                err->position = next->position;
                err->message = positionedError(
                    QueryPart::OrderBy, next->position,
                    QCoreApplication::translate("cw::query",
                                                "expected 'asc' or 'desc' after '%1' but found %2.")
                        .arg(word.text, describeToken(text, *next)));
                return false;
            }
            data->paths.emplace_back(key.path);
            data->keys.append(key);
            return true;
        });
    if (error)
        *error = e;
    OrderBy result;
    if (!e.isError())
        result.d = std::move(data);
    return result;
}

QList<SortKey> OrderBy::keys() const
{
    return d ? d->keys : QList<SortKey>();
}

bool OrderBy::isEmpty() const
{
    return !d || d->keys.isEmpty();
}

int OrderBy::compare(const QJsonObject &a, const QJsonObject &b) const
{
    if (!d)
        return 0;
    for (size_t i = 0; i < d->paths.size(); ++i) {
        const FieldPath &path = d->paths[i];
        const int c = compareValues(sortValue(path.resolve(a)), sortValue(path.resolve(b)));
        if (c != 0)
            return d->keys.at(qsizetype(i)).descending ? -c : c;
    }
    return 0;
}

QList<qsizetype> OrderBy::sortedIndices(const QList<QJsonObject> &records) const
{
    QList<qsizetype> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    if (isEmpty() || records.size() < 2)
        return order;
    const size_t keyCount = d->paths.size();
    std::vector<SortValue> values(size_t(records.size()) * keyCount);
    for (qsizetype r = 0; r < records.size(); ++r) {
        for (size_t k = 0; k < keyCount; ++k)
            values[size_t(r) * keyCount + k] = sortValue(d->paths[k].resolve(records.at(r)));
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        for (size_t k = 0; k < keyCount; ++k) {
            const int c =
                compareValues(values[size_t(x) * keyCount + k], values[size_t(y) * keyCount + k]);
            if (c != 0)
                return d->keys.at(qsizetype(k)).descending ? c > 0 : c < 0;
        }
        return false;
    });
    return order;
}

void OrderBy::sort(QList<QJsonObject> &records) const
{
    if (isEmpty() || records.size() < 2)
        return;
    const QList<qsizetype> order = sortedIndices(records);
    QList<QJsonObject> sorted;
    sorted.reserve(records.size());
    for (qsizetype i : order)
        sorted.append(std::move(records[i]));
    records = std::move(sorted);
}

} // namespace cw::query
