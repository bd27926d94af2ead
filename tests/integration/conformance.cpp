#include "conformance.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::test {

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue current = object;
    for (const QString &part : path.split(u'/')) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject o = current.toObject();
        if (!o.contains(part))
            return QJsonValue(QJsonValue::Undefined);
        current = o.value(part);
    }
    return current;
}

bool fetchAll(HttpClient &http, const QString &path, QJsonArray *out, QString *error,
              const Params &extra)
{
    *out = {};
    for (int page = 1; page < 1000; ++page) {
        Params params = extra;
        params.append({u"pageSize"_s, u"1000"_s});
        params.append({u"page"_s, QString::number(page)});
        const HttpResult result = http.get(path, params);
        bool ok = false;
        const QJsonValue json = result.json(&ok);
        if (result.status != 200 || !ok || !json.isArray()) {
            *error = u"listing failed: "_s + result.describe();
            return false;
        }
        const QJsonArray items = json.toArray();
        for (const auto &item : items)
            out->append(item);
        if (items.size() < 1000)
            return true;
    }
    *error = u"more than 1000 pages?"_s;
    return false;
}

QList<int> idsOf(const QJsonArray &array)
{
    QList<int> ids;
    ids.reserve(array.size());
    for (const auto &item : array)
        ids.append(item.toObject().value(u"id"_s).toInt());
    return ids;
}

QSet<int> idSetOf(const QJsonArray &array)
{
    QSet<int> ids;
    for (const auto &item : array)
        ids.insert(item.toObject().value(u"id"_s).toInt());
    return ids;
}

QMap<int, QJsonObject> byId(const QJsonArray &array)
{
    QMap<int, QJsonObject> map;
    for (const auto &item : array)
        map.insert(item.toObject().value(u"id"_s).toInt(), item.toObject());
    return map;
}

static QString idList(QSet<int> ids, int max = 20)
{
    QList<int> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size() && i < max; ++i)
        parts.append(QString::number(sorted[i]));
    if (sorted.size() > max)
        parts.append(u"… (%1 in all)"_s.arg(sorted.size()));
    return u"{"_s + parts.join(u","_s) + u"}"_s;
}

QString compareIdSets(const QSet<int> &expected, const QSet<int> &actual)
{
    if (expected == actual)
        return {};
    return u"expected %1 ids, got %2; missing %3, unexpected %4"_s.arg(expected.size())
        .arg(actual.size())
        .arg(idList(expected - actual), idList(actual - expected));
}

QDateTime parseInstant(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() || text.size() < 19)
        return {};
    return dt.toUTC();
}

QStringList infoProblems(const QJsonObject &record, const QString &where)
{
    QStringList problems;
    const QJsonValue info = record.value(u"_info"_s);
    if (!info.isObject()) {
        problems.append(where + u": no _info object"_s);
        return problems;
    }
    const QJsonObject o = info.toObject();
    for (const QString &key :
         {u"dateEntered"_s, u"enteredBy"_s, u"lastUpdated"_s, u"updatedBy"_s}) {
        if (!o.value(key).isString() || o.value(key).toString().isEmpty())
            problems.append(where + u": _info."_s + key + u" missing or not a non-empty string"_s);
    }
    const QDateTime entered = parseInstant(o.value(u"dateEntered"_s).toString());
    const QDateTime updated = parseInstant(o.value(u"lastUpdated"_s).toString());
    if (o.contains(u"dateEntered"_s) && !entered.isValid())
        problems.append(where + u": _info.dateEntered is not ISO-8601: "_s +
                        o.value(u"dateEntered"_s).toString());
    if (o.contains(u"lastUpdated"_s) && !updated.isValid())
        problems.append(where + u": _info.lastUpdated is not ISO-8601: "_s +
                        o.value(u"lastUpdated"_s).toString());
    if (entered.isValid() && updated.isValid() && updated < entered)
        problems.append(where + u": _info.lastUpdated is before dateEntered"_s);
    return problems;
}

QStringList referenceProblems(const QJsonValue &ref, const QString &where, bool needsIdentifier)
{
    QStringList problems;
    if (!ref.isObject()) {
        problems.append(where + u": reference is not an object"_s);
        return problems;
    }
    const QJsonObject o = ref.toObject();
    const double id = o.value(u"id"_s).toDouble(-1);
    if (!o.value(u"id"_s).isDouble() || id <= 0 || id != double(qint64(id)))
        problems.append(where + u": reference id missing or not a positive integer"_s);
    if (needsIdentifier) {
        if (!o.value(u"identifier"_s).isString() || o.value(u"identifier"_s).toString().isEmpty())
            problems.append(where + u": reference has no identifier"_s);
    }
    if (!o.value(u"name"_s).isString() || o.value(u"name"_s).toString().isEmpty())
        problems.append(where + u": reference has no name"_s);
    if (!o.value(u"_info"_s).isObject())
        problems.append(where + u": reference has no _info object"_s);
    return problems;
}

bool startSandbox(SandboxProcess &sandbox, HttpClient &http, const QStringList &args,
                  QString *error)
{
    if (!sandbox.start(args)) {
        *error = sandbox.errorString();
        return false;
    }
    http.setBaseUrl(sandbox.baseUrl());
    return true;
}

int trailingPageNumber(const QString &url)
{
    static const QRegularExpression re(u"[?&]page=(\\d+)$"_s);
    const auto match = re.match(url);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace cw::test
