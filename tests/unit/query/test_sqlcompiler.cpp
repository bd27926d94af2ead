// SqlCompiler must select exactly what Conditions::matches() accepts: a few hundred varied tickets
// in an in-memory SQLite table, hand-written and seeded random conditions, both answers compared.
#include "query/conditions.h"
#include "query/lookup.h"
#include "query/sqlcompiler.h"
#include "query/sqlfunctions.h"
#include "query/sqlitefunctions.h"

#include "ticketdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <optional>

using namespace cw::query;
using namespace Qt::StringLiterals;

namespace {

const QString kConnection = u"test_sqlcompiler"_s;

// Text that trips case folding, trimming, wildcards and UTF-16 vs UTF-8 order.
const QStringList kTexts{
    u"Schedule and Execute Conversion"_s,
    u"schedule and execute conversion  "_s,
    u"Printer offline in O'Brien's office"_s,
    u"Test ticket for 50% discount_code \"VIP\""_s,
    u"ÄÖÜ äöü"_s,
    u"äöü"_s,
    u"STRASSE"_s,
    u"Straße"_s,
    u"straße"_s,
    u"\u1E9E"_s, // capital sharp s, folds to ß
    u"İstanbul"_s,
    u"istanbul"_s,
    u"ıstanbul"_s,
    u"ISTANBUL"_s,
    u"Kelvin \u212A"_s, // Kelvin sign folds to k
    u"kelvin k"_s,
    u"\u017F long s"_s, // long s folds to s
    u"S LONG S"_s,
    u"\U00010400 Deseret"_s, // folds to U+10428
    u"\U00010428 deseret"_s,
    u"\U0001F600 smile"_s,
    u"\uFF21 fullwidth"_s,
    u"\uFF41 fullwidth"_s,
    u"\uE000 private"_s,
    u"Σίσυφος"_s,
    u"ΣΊΣΥΦΟΣ"_s,
    u"ς"_s,
    u"\u01C4\u01C5\u01C6"_s,
    u"\uFB00 ligature"_s,
    QString(),
    u" "_s,
    u"   "_s,
    u"New"_s,
    u"new "_s,
    u"42"_s,
    u" 42 "_s,
    u"4.2e1"_s,
    u"0042"_s,
    u"nan"_s,
    u"inf"_s,
    u"2024-03-01T10:00:00Z"_s,
    u"2024-03-01"_s,
    u"2024-03-01T12:00:00+02:00"_s,
    u"not a date"_s,
    u"a*b"_s,
    u"a%b"_s,
    u"a_b"_s,
    u"q?"_s,
    u"[x]"_s,
    u"back\\slash"_s,
    u"Zürich"_s,
    u"ZÜRICH"_s,
    u"Help Desk"_s,
    u"help desk"_s,
    u"Service A"_s,
    u"Acme Corp"_s,
    u"ACME corp "_s,
};

const QStringList kDates{
    u"2016-03-08T21:59:20Z"_s,
    u"2024-03-01T10:00:00Z"_s,
    u"2024-03-01T12:00:00+02:00"_s,
    u"2024-05-05T12:00:00.000Z"_s,
    u"2023-12-31T22:00:00Z"_s,
    u"2024-01-01T00:00:00.000+02:00"_s,
    u"2024-02-29"_s,
    u"2005-05-27T17:30:19Z"_s,
    u"2024-03-01T10:00:00.250Z"_s,
    u"2024-03-01t10:00:00z"_s,
};

const QStringList kNumbers{u"0"_s,    u"1"_s,    u"2"_s,     u"3"_s,  u"5"_s,
                           u"8"_s,    u"30"_s,   u"31"_s,    u"69"_s, u"1000"_s,
                           u"1005"_s, u"1100"_s, u"33880"_s, u"-1"_s, u"2.5"_s,
                           u"0.1"_s,  u"7.25"_s, u"2.50"_s,  u"3."_s, u"100000000000000000000"_s};

const QStringList kOwners{u"jdoe"_s,       u"JDoe"_s,    u"jdoe  "_s,       u"User1"_s,
                          u"user1"_s,      u"İlker"_s,   u"ilker"_s,        u"ılker"_s,
                          u"Strauß"_s,     u"STRAUSS"_s, u"\U00010400bc"_s, u"\U00010428bc"_s,
                          u"\U0001F600"_s, u""_s};

const QStringList kStatuses{
    u"New"_s,       u"new "_s,     u"NEW"_s,    u"In Progress"_s,      u"Closed"_s,
    u"CLOSED"_s,    u"Résolu"_s,   u"RÉSOLU"_s, u"Waiting Customer"_s, u""_s,
    u"Ölwechsel"_s, u"ölwechsel"_s};

const QStringList kCompanies{u"Acme Corp"_s, u"ACME corp "_s,  u"acme"_s,      u"Ärzte GmbH"_s,
                             u"Bäckerei"_s,  u"Ölfirma"_s,     u"İnci A.Ş."_s, u"ınci"_s,
                             u"Straße AG"_s, u"50% Off Ltd"_s, u"a_b Inc"_s,   u"TestCompany"_s};

const QStringList kCities{
    u"Zürich"_s,     u"ZÜRICH"_s,     u"zürich "_s, u"İzmir"_s,  u"izmir"_s,  u"IZMIR"_s,
    u"ızmir"_s,      u"Straße"_s,     u"STRASSE"_s, u"\u1E9E"_s, u"ß"_s,      u"\U00010400"_s,
    u"\U00010428"_s, u"\U0001F600"_s, u"\uFF21"_s,  u"\uFF41"_s, u"\uE000"_s, u"\uFFFD"_s,
    u"Σ"_s,          u"σ"_s,          u"ς"_s,       u"Tampa"_s};

const QStringList kPoNumbers{
    u"50%_off"_s, u"a*b"_s, u"[x]"_s, u"q?"_s,  u"O'Brien"_s, u"C:\\temp\\po-7"_s,
    u""_s,        u"   "_s, u"a_b"_s, u"A_B"_s, u"%"_s,       u"_"_s};

// All literal text the generator draws from: what the records hold, and then some.
QStringList allTexts()
{
    QStringList all = kTexts + kOwners + kStatuses + kCompanies + kCities + kPoNumbers + kDates;
    all.removeDuplicates();
    return all;
}

// The typed columns a cache would keep, and where each lives in the JSON.
struct TypedField
{
    QString path; // lower case, '/'-separated
    SqlColumn column;
};

QList<TypedField> typedFields()
{
    // Qualified: inside json_each(…) a bare `json` names json_each's own hidden column.
    const QString json = u"tickets.json"_s;
    return {
        {u"id"_s, SqlColumn::typed(SqlColumn::Kind::Integer, u"id"_s).withJson(json, {u"id"_s})},
        {u"summary"_s,
         SqlColumn::text(u"summary"_s, u"summary_ci"_s).withJson(json, {u"summary"_s})},
        {u"board/id"_s, SqlColumn::typed(SqlColumn::Kind::Integer, u"board_id"_s)
                            .withJson(json, {u"board"_s, u"id"_s})},
        {u"status/name"_s,
         SqlColumn::text(QString(), u"status_name_ci"_s).withJson(json, {u"status"_s, u"name"_s})},
        {u"closedflag"_s, SqlColumn::typed(SqlColumn::Kind::Boolean, u"closed_flag"_s)
                              .withJson(json, {u"closedFlag"_s})},
        {u"lastupdated"_s, SqlColumn::typed(SqlColumn::Kind::DateTime, u"last_updated_ms"_s)
                               .withJson(json, {u"lastUpdated"_s}, {u"_info"_s, u"lastUpdated"_s})},
        {u"_info/lastupdated"_s, SqlColumn::typed(SqlColumn::Kind::DateTime, u"last_updated_ms"_s)
                                     .withJson(json, {u"_info"_s, u"lastUpdated"_s})},
        {u"budgethours"_s, SqlColumn::typed(SqlColumn::Kind::Real, u"budget_hours"_s)
                               .withJson(json, {u"budgetHours"_s})},
        {u"owner/identifier"_s, SqlColumn::text(u"owner_identifier"_s, u"owner_identifier_ci"_s)
                                    .withJson(json, {u"owner"_s, u"identifier"_s})},
        {u"company/name"_s,
         SqlColumn::text(u"company_name"_s, QString()).withJson(json, {u"company"_s, u"name"_s})},
    };
}

using IdList = QList<int>;

// Cutting text at random places can split a surrogate pair; SQLite cannot hold half of one.
QString withoutLoneSurrogates(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out.append(s[i]);
            out.append(s[++i]);
        } else if (!s[i].isSurrogate()) {
            out.append(s[i]);
        }
    }
    return out;
}

} // namespace

class TestSqlCompiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foldingMatchesQt();
    void handWritten_data();
    void handWritten();
    void randomTyped();
    void randomJsonOnly();
    void randomWithoutFunctions();
    void literalsAreBound();
    void usesIndexes_data();
    void usesIndexes();
    void emptyAndInvalid();
    void longChains();
    void cleanupTestCase();

private:
    // Records
    QJsonObject makeRecord(int index);
    void insert(const QJsonObject &record);
    // Queries
    QString randomExpression(int depth);
    QString randomComparison();
    QString randomLiteral(int hint);
    QString randomText();
    std::optional<SqlColumn> resolve(const QStringList &path, bool typed) const;
    // Compiles, runs and evaluates `text`; on a difference appends a report to m_failures.
    // Returns false if the text does not parse.
    bool check(const QString &text, const SqlCompiler &compiler, SqlFragment *compiled = nullptr,
               qsizetype *matched = nullptr);
    IdList evaluate(const Conditions &conditions) const;
    IdList select(const SqlFragment &fragment, QString *error) const;
    void runRandom(const SqlCompiler &compiler, int count, int minExactPercent);

    QSqlDatabase m_db;
    QRandomGenerator m_random;
    QList<QJsonObject> m_records;
    QHash<QString, QString> m_keySpelling; // lower-case JSON key -> as stored
    QStringList m_failures;
    SqlCompiler m_typed{[this](const QStringList &p) {
        return resolve(p, true);
    }};
    SqlCompiler m_jsonOnly{[this](const QStringList &p) {
        return resolve(p, false);
    }};

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(m_random.bounded(quint32(list.size()))));
    }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
};

// ---------------------------------------------------------------------------------------------
// Records

QJsonObject TestSqlCompiler::makeRecord(int index)
{
    static const QJsonObject base = [] {
        // The recorded ticket, with owner, company, type … as the references a listing carries
        // rather than whole records: about 3.5 KB, as the cache stores them.
        QJsonObject t = testdata::ticket69();
        t.insert(u"owner"_s, QJsonObject{{u"id"_s, 176},
                                         {u"identifier"_s, u"User1"_s},
                                         {u"name"_s, u"Training User1"_s}});
        QJsonObject company = t.value(u"company"_s).toObject();
        t.insert(u"company"_s, QJsonObject{{u"id"_s, company.value(u"id"_s)},
                                           {u"identifier"_s, company.value(u"identifier"_s)},
                                           {u"name"_s, company.value(u"name"_s)},
                                           {u"types"_s, company.value(u"types"_s)}});
        for (const QString &key : {u"type"_s, u"item"_s, u"sla"_s, u"team"_s}) {
            const QJsonObject o = t.value(key).toObject();
            t.insert(key,
                     QJsonObject{{u"id"_s, o.value(u"id"_s)}, {u"name"_s, o.value(u"name"_s)}});
        }
        return t;
    }();
    QJsonObject t = base;
    // A missing field is removed; a null one stays as null.
    auto put = [&](QJsonObject &o, const QString &key, int nullPercent, int missingPercent,
                   const std::function<QJsonValue()> &value) {
        const int roll = int(m_random.bounded(100));
        if (roll < missingPercent)
            o.remove(key);
        else if (roll < missingPercent + nullPercent)
            o.insert(key, QJsonValue::Null);
        else
            o.insert(key, value());
    };
    auto text = [this](const QStringList &pool) {
        return [this, pool] {
            return QJsonValue(pick(pool));
        };
    };
    auto ref = [](int id, const QString &name) {
        return QJsonObject{{u"id"_s, id}, {u"name"_s, name}};
    };
    auto wild = [&]() -> QJsonValue {
        switch (m_random.bounded(9)) {
        case 0:
            return pick(kNumbers).toDouble();
        case 1:
            return pick(kNumbers);
        case 2:
            return chance(50);
        case 3:
            return pick(kDates);
        case 4:
            return QJsonArray{pick(kTexts), pick(kNumbers).toDouble()};
        case 5:
            return QJsonValue::Null;
        case 6:
            return QJsonObject{{u"id"_s, pick(kNumbers).toDouble()}, {u"name"_s, pick(kTexts)}};
        default:
            return pick(kTexts);
        }
    };

    t.insert(u"id"_s, 1000 + index);
    // Typed columns: the JSON keeps to the column's kind (or is null or missing).
    put(t, u"summary"_s, 8, 4, text(kTexts));
    put(t, u"board"_s, 8, 4, [&]() -> QJsonValue {
        static const QStringList names{u"Service A"_s, u"Help Desk"_s, u"ÄÖÜ Board"_s,
                                       u"İstanbul Desk"_s, u"help desk  "_s};
        if (chance(5))
            return QJsonObject{{u"name"_s, u"No id"_s}};
        const int id = 1 + int(m_random.bounded(5));
        return ref(id, names.at(id - 1));
    });
    put(t, u"status"_s, 8, 4, [&]() -> QJsonValue {
        if (chance(5))
            return QJsonObject{{u"id"_s, 7}};
        return ref(1 + int(m_random.bounded(12)), pick(kStatuses));
    });
    put(t, u"closedFlag"_s, 10, 5, [&] { return QJsonValue(chance(50)); });
    put(t, u"budgetHours"_s, 15, 10, [&] { return QJsonValue(pick(kNumbers).toDouble()); });
    put(t, u"owner"_s, 10, 5, [&]() -> QJsonValue {
        if (chance(5))
            return QJsonObject{{u"id"_s, 9}, {u"name"_s, u"No Identifier"_s}};
        QJsonObject owner{{u"id"_s, 176}, {u"name"_s, u"Somebody"_s}};
        put(owner, u"identifier"_s, 5, 5, text(kOwners));
        return owner;
    });
    put(t, u"company"_s, 8, 3, [&]() -> QJsonValue {
        QJsonObject company{{u"id"_s, 2 + int(m_random.bounded(4))},
                            {u"identifier"_s, pick(kCompanies).left(6)}};
        put(company, u"name"_s, 5, 5, text(kCompanies));
        put(company, u"types"_s, 10, 10, [&]() -> QJsonValue {
            static const QList<QJsonObject> types{
                QJsonObject{{u"id"_s, 5}, {u"name"_s, u"Partner"_s}},
                QJsonObject{{u"id"_s, 6}, {u"name"_s, u"Vendor"_s}},
                QJsonObject{{u"id"_s, 7}, {u"name"_s, u"Ärzte"_s}}};
            QJsonArray a;
            for (int n = int(m_random.bounded(3)); n > 0; --n)
                a.append(pick(types));
            return a;
        });
        return company;
    });
    QJsonObject info = t.value(u"_info"_s).toObject();
    put(info, u"lastUpdated"_s, 8, 5, text(kDates));
    put(info, u"dateEntered"_s, 5, 10, [&]() -> QJsonValue {
        switch (m_random.bounded(6)) {
        case 0:
            return u"not a date"_s;
        case 1:
            return 20240101;
        case 2:
            return u"2024-02-30"_s;
        default:
            return pick(kDates);
        }
    });
    put(info, u"updatedBy"_s, 10, 5, text(kOwners));
    if (chance(3))
        t.remove(u"_info"_s);
    else
        t.insert(u"_info"_s, info);

    // JSON-only fields: any type at all.
    put(t, u"zip"_s, 5, 5, [&]() -> QJsonValue {
        static const QList<QJsonValue> zips{u"33880"_s,
                                            33880,
                                            u" 33880 "_s,
                                            u"3.388e4"_s,
                                            u"nan"_s,
                                            u"inf"_s,
                                            u""_s,
                                            true,
                                            QJsonArray{u"33880"_s, 1},
                                            QJsonObject{{u"name"_s, u"33880"_s}, {u"id"_s, 33880}},
                                            u"33880.0"_s,
                                            u"-0"_s};
        return pick(zips);
    });
    put(t, u"severity"_s, 8, 5, text(kTexts));
    put(t, u"contactName"_s, 5, 5, [&]() -> QJsonValue {
        static const QStringList names{
            u"Gregg Kegle"_s, u"gregg kegle   "_s, u"GREGG KEGLE"_s, u""_s, u"Zoë"_s, u"ZOË"_s};
        return pick(names);
    });
    put(t, u"city"_s, 5, 5,
        [&]() -> QJsonValue { return chance(5) ? QJsonValue(42) : QJsonValue(pick(kCities)); });
    put(t, u"requiredDate"_s, 8, 5, [&]() -> QJsonValue {
        switch (m_random.bounded(6)) {
        case 0:
            return u"not a date"_s;
        case 1:
            return 20170303;
        case 2:
            return u"2024-02-30"_s;
        default:
            return pick(kDates);
        }
    });
    put(t, u"customFields"_s, 5, 10, [&]() -> QJsonValue {
        static const QStringList captions{u"Story Points"_s, u"Region"_s, u"Renewal Date"_s,
                                          u"REGION"_s, u"Outage ID"_s};
        QJsonArray fields;
        for (int n = int(m_random.bounded(4)); n > 0; --n) {
            QJsonObject field{{u"id"_s, 1 + int(m_random.bounded(5))},
                              {u"caption"_s, pick(captions)}};
            put(field, u"value"_s, 10, 10, wild);
            fields.append(field);
        }
        if (chance(5))
            fields.append(QJsonValue::Null);
        return fields;
    });
    put(t, u"subType"_s, 5, 5, [&]() -> QJsonValue {
        static const QList<QJsonValue> ids{QJsonArray{30, 31},
                                           QJsonArray{},
                                           QJsonArray{QJsonValue::Null},
                                           QJsonArray{QJsonArray{31}, 3},
                                           QJsonArray{u"31"_s},
                                           QJsonValue::Null,
                                           QJsonArray{31.0, u"x"_s, true},
                                           31};
        QJsonObject sub{{u"id"_s, 1}, {u"name"_s, u"Repair"_s}};
        if (!chance(10))
            sub.insert(u"typeAssociationIds"_s, pick(ids));
        return sub;
    });
    put(t, u"priority"_s, 10, 5, [&]() -> QJsonValue {
        const int id = 1 + int(m_random.bounded(4));
        switch (m_random.bounded(10)) {
        case 0:
            return u"High"_s;
        case 1:
            return 3;
        case 2:
            return QJsonArray{ref(1, u"Priority 1 - Emergency"_s), QJsonObject{{u"id"_s, 2}}};
        default:
            return ref(id, u"Priority %1 - Response"_s.arg(id));
        }
    });
    put(t, u"contact"_s, 10, 5, [&]() -> QJsonValue {
        switch (m_random.bounded(6)) {
        case 0:
            return QJsonArray{ref(2, u"Arnie Bellini"_s),
                              QJsonObject{{u"name"_s, QJsonValue::Null}}, 5};
        case 1:
            return u"Arnie"_s;
        default:
            return ref(2, pick(kTexts));
        }
    });
    put(t, u"tags"_s, 10, 30, [&]() -> QJsonValue {
        QJsonArray tags;
        for (int n = int(m_random.bounded(4)); n > 0; --n)
            tags.append(pick(kTexts));
        if (chance(10))
            tags.append(QJsonArray{pick(kTexts)});
        if (chance(10))
            tags.append(QJsonValue::Null);
        return tags;
    });
    put(t, u"approved"_s, 10, 5, [&]() -> QJsonValue {
        return chance(10) ? QJsonValue(u"true"_s) : QJsonValue(chance(50));
    });
    put(t, u"resolveMinutes"_s, 10, 5, [&]() -> QJsonValue {
        return chance(30) ? QJsonValue(pick(kNumbers)) : QJsonValue(pick(kNumbers).toDouble());
    });
    put(t, u"poNumber"_s, 10, 5, text(kPoNumbers));
    return t;
}

void TestSqlCompiler::insert(const QJsonObject &t)
{
    // What the cache writes: typed values only when the JSON holds that kind, else NULL.
    auto at = [&](const QStringList &path) {
        QJsonValue v = t;
        for (const QString &key : path)
            v = v.isObject() ? v.toObject().value(key) : QJsonValue(QJsonValue::Undefined);
        return v;
    };
    auto text = [](const QJsonValue &v) {
        return v.isString() ? QVariant(v.toString()) : QVariant();
    };
    auto folded = [](const QJsonValue &v) {
        return v.isString() ? QVariant(SqlFunctions::foldedKey(v.toString())) : QVariant();
    };
    auto number = [](const QJsonValue &v) {
        return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
    };
    const QJsonValue lastUpdated = at({u"_info"_s, u"lastUpdated"_s});
    QVariant lastUpdatedMs;
    if (lastUpdated.isString()) {
        const std::optional<qint64> ms = SqlFunctions::msecs(lastUpdated.toString());
        QVERIFY2(ms, "the generator writes only valid dates into _info/lastUpdated");
        lastUpdatedMs = *ms;
    }
    const QJsonValue closed = at({u"closedFlag"_s});

    QSqlQuery q(m_db);
    QVERIFY(q.prepare(
        u"INSERT INTO tickets (id, summary, summary_ci, board_id, status_name_ci, closed_flag, "
        u"last_updated_ms, budget_hours, owner_identifier, owner_identifier_ci, company_name, "
        u"json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    q.addBindValue(t.value(u"id"_s).toInt());
    q.addBindValue(text(at({u"summary"_s})));
    q.addBindValue(folded(at({u"summary"_s})));
    q.addBindValue(number(at({u"board"_s, u"id"_s})));
    q.addBindValue(folded(at({u"status"_s, u"name"_s})));
    q.addBindValue(closed.isBool() ? QVariant(int(closed.toBool())) : QVariant());
    q.addBindValue(lastUpdatedMs);
    q.addBindValue(number(at({u"budgetHours"_s})));
    q.addBindValue(text(at({u"owner"_s, u"identifier"_s})));
    q.addBindValue(folded(at({u"owner"_s, u"identifier"_s})));
    q.addBindValue(text(at({u"company"_s, u"name"_s})));
    q.addBindValue(QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact)));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestSqlCompiler::initTestCase()
{
    const quint32 seed = qEnvironmentVariableIsSet("CW_SQL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("CW_SQL_SEED"))
                             : 20240601u;
    qInfo("seed %u (set CW_SQL_SEED to change)", seed);
    m_random.seed(seed);
    QVERIFY(!testdata::ticket69().isEmpty());

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, kConnection);
    m_db.setDatabaseName(u":memory:"_s);
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    const QVariant handle = m_db.driver()->handle();
    QVERIFY(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    QVERIFY(db);
    QCOMPARE(registerSqliteFunctions(db), SQLITE_OK);

    QSqlQuery q(m_db);
    QVERIFY2(q.exec(u"CREATE TABLE tickets (id INTEGER PRIMARY KEY, summary TEXT, summary_ci TEXT, "
                    u"board_id INTEGER, status_name_ci TEXT, closed_flag INTEGER, "
                    u"last_updated_ms INTEGER, budget_hours REAL, owner_identifier TEXT, "
                    u"owner_identifier_ci TEXT, company_name TEXT, json TEXT NOT NULL)"_s),
             qPrintable(q.lastError().text()));
    for (const QString &index :
         {u"summary_ci"_s, u"board_id, status_name_ci"_s, u"status_name_ci"_s, u"closed_flag"_s,
          u"last_updated_ms"_s, u"owner_identifier_ci"_s}) {
        const QString name = u"tickets_"_s + QString(index).replace(u", "_s, u"_"_s);
        QVERIFY(q.exec(u"CREATE INDEX %1 ON tickets (%2)"_s.arg(name, index)));
    }

    QVERIFY(m_db.transaction());
    // The recorded fixture tickets first, then generated variants.
    for (const QJsonObject &t : testdata::tickets()) {
        m_records.append(t);
        insert(t);
    }
    for (int i = 0; i < 400; ++i) {
        m_records.append(makeRecord(i));
        insert(m_records.last());
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(m_db.commit());

    // The cache's resolver knows how the API spells each key.
    std::function<void(const QJsonValue &)> learn = [&](const QJsonValue &v) {
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                learn(e);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                m_keySpelling.insert(it.key().toLower(), it.key());
                learn(it.value());
            }
        }
    };
    for (const QJsonObject &r : std::as_const(m_records))
        learn(r);
}

// ---------------------------------------------------------------------------------------------
// Checking

std::optional<SqlColumn> TestSqlCompiler::resolve(const QStringList &path, bool typed) const
{
    const QString key = path.join(u'/').toLower();
    if (typed) {
        static const QList<TypedField> fields = typedFields();
        for (const TypedField &f : fields) {
            if (f.path == key)
                return f.column;
        }
    }
    QStringList spelled;
    for (const QString &segment : path)
        spelled.append(m_keySpelling.value(segment.toLower(), segment));
    // A one-key path falls back to _info/<key>, as the evaluator reads lastUpdated.
    return SqlColumn::jsonPath(u"tickets.json"_s, spelled,
                               spelled.size() == 1 ? QStringList{u"_info"_s, spelled.front()}
                                                   : QStringList());
}

IdList TestSqlCompiler::evaluate(const Conditions &conditions) const
{
    IdList ids;
    for (const QJsonObject &r : m_records) {
        if (conditions.matches(r))
            ids.append(r.value(u"id"_s).toInt());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

IdList TestSqlCompiler::select(const SqlFragment &fragment, QString *error) const
{
    QSqlQuery q(m_db);
    IdList ids;
    if (!q.prepare(u"SELECT id FROM tickets WHERE "_s + fragment.where + u" ORDER BY id"_s)) {
        *error = q.lastError().text();
        return ids;
    }
    for (const QVariant &v : fragment.bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toInt());
    return ids;
}

bool TestSqlCompiler::check(const QString &text, const SqlCompiler &compiler, SqlFragment *compiled,
                            qsizetype *matched)
{
    Error parseError;
    const Conditions conditions = Conditions::parse(text, &parseError);
    if (parseError.isError()) {
        m_failures.append(u"does not parse: %1: %2"_s.arg(text, parseError.message));
        return false;
    }
    const SqlFragment fragment = compiler.compile(conditions);
    if (compiled)
        *compiled = fragment;
    const IdList expected = evaluate(conditions);
    if (matched)
        *matched = expected.size();
    QString error;
    const IdList actual = select(fragment, &error);
    if (!error.isEmpty()) {
        m_failures.append(u"%1\n  SQL error %2\n  SQL: %3"_s.arg(text, error, fragment.where));
        return true;
    }
    IdList missing; // matched in memory, not selected
    for (int id : expected) {
        if (!std::binary_search(actual.begin(), actual.end(), id))
            missing.append(id);
    }
    IdList extra; // selected, not matched in memory; allowed only for an inexact fragment
    for (int id : actual) {
        if (!std::binary_search(expected.begin(), expected.end(), id))
            extra.append(id);
    }
    if (missing.isEmpty() && (extra.isEmpty() || !fragment.exact))
        return true;
    QString report = u"%1\n  SQL: %2\n"_s.arg(text, fragment.where);
    auto show = [&](const char *what, const IdList &ids) {
        for (int id : ids.mid(0, 3)) {
            for (const QJsonObject &r : std::as_const(m_records)) {
                if (r.value(u"id"_s).toInt() != id)
                    continue;
                QJsonObject fields;
                for (const QStringList &path : conditions.fieldPaths())
                    fields.insert(path.join(u'/'), lookup(r, path));
                report += u"  %1 id %2: %3\n"_s.arg(QLatin1StringView(what))
                              .arg(id)
                              .arg(QString::fromUtf8(
                                  QJsonDocument(fields).toJson(QJsonDocument::Compact)));
            }
        }
    };
    show("missing", missing);
    show("extra", extra);
    m_failures.append(report);
    return true;
}

void TestSqlCompiler::foldingMatchesQt()
{
    // The premise of cw_fold and the …_ci columns: comparing folded text as code units is
    // QString's case-insensitive comparison, and so is finding folded text in folded text.
    const QList<char32_t> alphabet{
        u'a',    u'A',   u'z',   u' ',   u'_',    0xC4,    0xE4,  0xDF,  0x1E9E, 0x130,   0x131,
        u'i',    u'I',   0x212A, u'k',   0x17F,   u's',    0x3A3, 0x3C3, 0x3C2,  0x10400, 0x10428,
        0x1F600, 0xFF21, 0xFF41, 0xE000, 0x1E900, 0x1E922, 0x345, 0x3B9, 0x1FBE, 0x1C4,   0x1C5};
    auto random = [&] {
        QString s;
        for (int n = int(m_random.bounded(5)); n > 0; --n) {
            const char32_t c = pick(alphabet);
            s.append(QString::fromUcs4(&c, 1));
        }
        return s;
    };
    auto sign = [](int x) {
        return x < 0 ? -1 : (x > 0 ? 1 : 0);
    };
    for (int i = 0; i < 200000; ++i) {
        const QString a = random();
        const QString b = random();
        const QString fa = SqlFunctions::fold(a);
        const QString fb = SqlFunctions::fold(b);
        QCOMPARE(fa.size(), a.size());
        QCOMPARE(sign(fa.compare(fb, Qt::CaseSensitive)), sign(a.compare(b, Qt::CaseInsensitive)));
        QCOMPARE(fa.contains(fb), a.contains(b, Qt::CaseInsensitive));
    }
    QCOMPARE(SqlFunctions::foldedKey(u"ÄrZTE  "_s), u"ärzte"_s);
    QCOMPARE(SqlFunctions::numberText(2.5), u"2.5"_s);
    QVERIFY(!SqlFunctions::number(u"12abc"_s));
    QCOMPARE(SqlFunctions::msecs(u"1970-01-01T00:00:01Z"_s), std::optional<qint64>(1000));
}

void TestSqlCompiler::handWritten_data()
{
    QTest::addColumn<QString>("conditions");
    const QStringList rows{
        // Numbers, typed and in JSON
        u"id = 1005"_s,
        u"id != 1005"_s,
        u"id < 1010"_s,
        u"id <= 1010"_s,
        u"id > 1390"_s,
        u"id >= 1390"_s,
        u"id = \"1005\""_s,
        u"id = '1005.0'"_s,
        u"id = 'nan'"_s,
        u"id != 'nan'"_s,
        u"id < 'inf'"_s,
        u"id in (69, 70, 1000, '1001', 'x', null)"_s,
        u"id not in (69, 70, 1000)"_s,
        u"id not in (69, null)"_s,
        u"id in ('nan')"_s,
        u"id contains '10'"_s,
        u"id like '10_5'"_s,
        u"id like '100%'"_s,
        u"id = true"_s,
        u"id = [2024-01-01]"_s,
        u"budgetHours = 2.5"_s,
        u"budgetHours > -1"_s,
        u"budgetHours != 2.5"_s,
        u"budgetHours = null"_s,
        u"budgetHours != null"_s,
        u"budgetHours < null"_s,
        u"budgetHours contains '.'"_s,
        u"budgetHours like '1000000%'"_s,
        u"budgetHours in (2.5, 8, null)"_s,
        u"board/id = 3"_s,
        u"board/id in (1, 2)"_s,
        u"board/id not in (1, 2)"_s,
        u"board/id != 1"_s,
        u"board/id = null"_s,
        u"board = 2"_s,
        u"board = 'help desk'"_s,
        u"board != 'help desk'"_s,
        u"board contains 'DESK'"_s,
        u"board like 'İstanbul%'"_s,
        u"board in (1, 'help desk', true)"_s,
        u"board = null"_s,
        u"board != null"_s,
        u"resolveMinutes = 5"_s,
        u"resolveMinutes > '2'"_s,
        u"resolveMinutes = 'nan'"_s,
        u"resolveMinutes contains '2.5'"_s,
        u"resolveMinutes like '1%'"_s,
        u"zip = 33880"_s,
        u"zip != 33880"_s,
        u"zip > 30000"_s,
        u"zip = '33880'"_s,
        u"zip < 'a'"_s,
        u"zip = 0"_s,
        u"zip = 'nan'"_s,
        u"zip contains '3.3'"_s,
        u"zip like '%880'"_s,
        u"zip = true"_s,
        u"zip in (33880, '33880', null)"_s,
        u"zip not in (33880, 'x')"_s,
        u"zip = null"_s,
        u"zip != null"_s,
        // Text: case, trailing spaces, Unicode
        u"summary = 'schedule and execute conversion'"_s,
        u"summary = 'STRASSE'"_s,
        u"summary = 'straße'"_s,
        u"summary = 'ss'"_s,
        u"summary = 'istanbul'"_s,
        u"summary = 'İSTANBUL'"_s,
        u"summary = 'kelvin k'"_s,
        u"summary = 's long s'"_s,
        u"summary = '\U00010428 DESERET'"_s,
        u"summary = '\U0001F600 SMILE'"_s,
        u"summary = 'σίσυφος'"_s,
        u"summary = ''"_s,
        u"summary = '   '"_s,
        u"summary != ''"_s,
        u"summary < 'm'"_s,
        u"summary >= 'New'"_s,
        u"summary > ''"_s,
        u"summary < '\uFF41'"_s,
        u"summary > '\U0001F600'"_s,
        u"summary = '42'"_s,
        u"summary = 42"_s,
        u"summary > 41.5"_s,
        u"summary = 'nan'"_s,
        u"summary = 'NaN'"_s,
        u"summary = [2024-03-01T10:00:00Z]"_s,
        u"summary = '2024-03-01T12:00:00+02:00'"_s,
        u"summary > '2024-01-01'"_s,
        u"summary = true"_s,
        u"summary = null"_s,
        u"summary != null"_s,
        u"summary in ('new', 'STRASSE', 'x', null)"_s,
        u"summary in ('new', 42, '2024-03-01')"_s,
        u"summary not in ('new', 'äöü')"_s,
        u"status/name = 'new'"_s,
        u"status/name != 'closed'"_s,
        u"status/name in ('new', 'in progress')"_s,
        u"status/name not in ('closed')"_s,
        u"status/name < 'n'"_s,
        u"status/name = 'ÖLWECHSEL'"_s,
        u"status/name = ''"_s,
        u"status/name contains 'LOS'"_s,
        u"status/name contains 'new '"_s,
        u"status/name like '%é%'"_s,
        u"status/name like 'new'"_s,
        u"status/name like 'ne_'"_s,
        u"status/name = 42"_s,
        u"status/name = null"_s,
        u"status = null"_s,
        u"status contains 'prog'"_s,
        u"owner/identifier = 'jdoe'"_s,
        u"owner/identifier != 'jdoe'"_s,
        u"owner/identifier = 'ILKER'"_s,
        u"owner/identifier = 'strauss'"_s,
        u"owner/identifier = '\U00010428BC'"_s,
        u"owner/identifier like '\U00010428%'"_s,
        u"owner/identifier like '_bc'"_s,
        u"owner/identifier like '__bc'"_s,
        u"owner/identifier contains ' '"_s,
        u"owner/identifier = null"_s,
        u"owner = null"_s,
        u"owner/identifier in ('jdoe', 'user1')"_s,
        u"company/name = 'acme corp'"_s,
        u"company/name like 'acme%'"_s,
        u"company/name like 'ACME%'"_s,
        u"company/name like '%corp'"_s,
        u"company/name like '%corp%'"_s,
        u"company/name like '%Corp '"_s,
        u"company/name like '50*'"_s,
        u"company/name like '50\\%%'"_s,
        u"company/name like 'a_b%'"_s,
        u"company/name contains 'ß'"_s,
        u"company/name contains 'SS'"_s,
        u"company/name not contains 'a'"_s,
        u"company/name < 'b'"_s,
        u"company/name = null"_s,
        u"company = null"_s,
        u"company/identifier = 'acme c'"_s,
        u"city = 'zürich'"_s,
        u"city = 'IZMIR'"_s,
        u"city = 'ızmir'"_s,
        u"city = 'ss'"_s,
        u"city = 'ß'"_s,
        u"city = '\U00010428'"_s,
        u"city < '\uFF41'"_s,
        u"city > 'z'"_s,
        u"city >= '\U0001F600'"_s,
        u"city like '_'"_s,
        u"city like '__'"_s,
        u"city like '%'"_s,
        u"city like '\U00010400'"_s,
        u"city like '\U00010428%'"_s,
        u"city contains 'Σ'"_s,
        u"city = 42"_s,
        u"city = 'σ'"_s,
        u"city = 'ς'"_s,
        u"contactName = 'gregg kegle'"_s,
        u"contactName like '%kegle'"_s,
        u"contactName like '%kegle %'"_s,
        u"contactName like '%kegle%'"_s,
        u"contactName contains 'kegle '"_s,
        u"contactName contains ''"_s,
        u"contactName like '%E'"_s,
        u"severity = ''"_s,
        u"severity like ''"_s,
        u"severity like '%'"_s,
        u"severity like '_'"_s,
        // Like and contains with special characters
        u"poNumber like '50\\%\\_off'"_s,
        u"poNumber like '50%_off'"_s,
        u"poNumber like 'a*b'"_s,
        u"poNumber like 'a%b'"_s,
        u"poNumber like '[x]'"_s,
        u"poNumber like '[%'"_s,
        u"poNumber like 'q?'"_s,
        u"poNumber like '%?'"_s,
        u"poNumber like '%\\\\%'"_s,
        u"poNumber like '%'"_s,
        u"poNumber like '_'"_s,
        u"poNumber like '%%%'"_s,
        u"poNumber like '%_'"_s,
        u"poNumber like ' %'"_s,
        u"poNumber = '   '"_s,
        u"poNumber = ''"_s,
        u"poNumber contains '%'"_s,
        u"poNumber contains '_'"_s,
        u"poNumber contains '['"_s,
        u"poNumber contains '\\\\'"_s,
        u"poNumber contains \"o'b\""_s,
        u"poNumber not like '%b'"_s,
        u"poNumber like 'A_B'"_s,
        // Booleans
        u"closedFlag = true"_s,
        u"closedFlag = false"_s,
        u"closedFlag != true"_s,
        u"closedFlag > false"_s,
        u"closedFlag = 1"_s,
        u"closedFlag = 'true'"_s,
        u"closedFlag in (true, null)"_s,
        u"closedFlag not in (true)"_s,
        u"closedFlag contains 'tr'"_s,
        u"closedFlag = null"_s,
        u"closedFlag != null"_s,
        u"approved = true"_s,
        u"approved = 'true'"_s,
        u"approved != false"_s,
        // Dates
        u"lastUpdated > [2020-01-01T00:00:00Z]"_s,
        u"lastUpdated < [2020-01-01]"_s,
        u"lastUpdated = [2024-03-01T12:00:00+02:00]"_s,
        u"lastUpdated = '2024-03-01T10:00:00Z'"_s,
        u"lastUpdated >= '2024-03-01'"_s,
        u"lastUpdated = 'not a date'"_s,
        u"lastUpdated < 'a'"_s,
        u"lastUpdated contains '2024'"_s,
        u"lastUpdated like '2024-03-01t%'"_s,
        u"lastUpdated = 5"_s,
        u"lastUpdated = null"_s,
        u"lastUpdated != null"_s,
        u"lastUpdated in ([2024-03-01T10:00:00Z], '2016-03-08T21:59:20Z', null)"_s,
        u"lastUpdated in ([2024-03-01T10:00:00Z], 'x')"_s,
        u"_info/lastUpdated > [2024-01-01T00:00:00Z] and _info/lastUpdated < [2024-04-01]"_s,
        u"LASTUPDATED < [2020-01-01]"_s,
        u"dateEntered = [2005-05-27T17:30:19Z]"_s,
        u"dateEntered > [2020-01-01]"_s,
        u"dateEntered = 'not a date'"_s,
        u"dateEntered = 20240101"_s,
        u"dateEntered != null"_s,
        u"_info/dateEntered < [2024-03-01]"_s,
        u"updatedBy = 'user1'"_s,
        u"requiredDate = [2023-12-31T22:00:00Z]"_s,
        u"requiredDate < [2024-01-01T00:00:00Z]"_s,
        u"requiredDate = '2017-03-03T00:00:00.000Z'"_s,
        u"requiredDate = 20170303"_s,
        u"requiredDate > 'm'"_s,
        u"requiredDate contains 't'"_s,
        // Arrays and paths through them
        u"customFields/value = 5"_s,
        u"customFields/value != 5"_s,
        u"customFields/value = null"_s,
        u"customFields/value != null"_s,
        u"customFields/value in (null)"_s,
        u"customFields/value not in (null)"_s,
        u"customFields/caption = 'region'"_s,
        u"customFields/value contains 'a'"_s,
        u"customFields/value > [2020-01-01]"_s,
        u"customFields = null"_s,
        u"customFields != null"_s,
        u"customFields = 1"_s,
        u"subType/typeAssociationIds = 31"_s,
        u"subType/typeAssociationIds != 31"_s,
        u"subType/typeAssociationIds = '31'"_s,
        u"subType/typeAssociationIds = null"_s,
        u"subType/typeAssociationIds != null"_s,
        u"subType/typeAssociationIds in (3, null)"_s,
        u"subType/typeAssociationIds not in (30)"_s,
        u"subType/typeAssociationIds = true"_s,
        u"subType/typeAssociationIds contains '3'"_s,
        u"company/types/name = 'partner'"_s,
        u"company/types/name != 'partner'"_s,
        u"company/types/id in (5, 7)"_s,
        u"company/types = 5"_s,
        u"company/types = 'ärzte'"_s,
        u"company/types = null"_s,
        u"company/types/name = null"_s,
        u"tags = 'new'"_s,
        u"tags != 'new'"_s,
        u"tags contains 'STRASSE'"_s,
        u"tags like '%e'"_s,
        u"tags = null"_s,
        u"tags in (null)"_s,
        u"tags not in ('new')"_s,
        u"priority = 'high'"_s,
        u"priority = 3"_s,
        u"priority/id = 2"_s,
        u"priority/id = null"_s,
        u"priority/name like 'priority 1%'"_s,
        u"priority/name = null"_s,
        u"contact/name = 'arnie bellini'"_s,
        u"contact/name = null"_s,
        u"contact/name != 'x'"_s,
        u"contact = 'arnie'"_s,
        u"contact contains 'arn'"_s,
        // Missing fields and references
        u"noSuchField = null"_s,
        u"noSuchField != null"_s,
        u"noSuchField = 'x'"_s,
        u"noSuchField != 'x'"_s,
        u"noSuchField not like 'x%'"_s,
        u"noSuchField in ('x', null)"_s,
        u"board/noSuch = null"_s,
        u"owner/identifier/x = null"_s,
        // Precedence and parentheses
        u"closedFlag = true or id = 1005 and id = 1006"_s,
        u"(closedFlag = true or id = 1005) and id = 1006"_s,
        u"board/id = 1 and (status/name = 'new' or summary contains 'a') or city = 'ß'"_s,
        u"((id < 1100) or ((id > 1300))) and not_a_field = null"_s,
        u"board/id in (1, 2) and closedFlag = false and priority/name like 'Priority 1%'"_s,
        u"owner/identifier != 'jdoe' and lastUpdated <= [2024-05-01]"_s,
    };
    for (const QString &row : rows)
        QTest::newRow(qPrintable(row)) << row;
}

void TestSqlCompiler::handWritten()
{
    QFETCH(QString, conditions);
    m_failures.clear();
    for (const SqlCompiler *compiler : {&m_typed, &m_jsonOnly}) {
        SqlFragment fragment;
        check(conditions, *compiler, &fragment);
        if (!fragment.exact)
            m_failures.append(u"not exact: "_s +
                              compiler->compile(Conditions::parse(conditions, nullptr)).error);
    }
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u"\n"_s)));
}

// ---------------------------------------------------------------------------------------------
// Random conditions

QString TestSqlCompiler::randomText()
{
    static const QStringList texts = allTexts();
    QString s = pick(texts);
    switch (m_random.bounded(8)) {
    case 0:
        s = s.toUpper(); // full case mapping: ß -> SS, which folding does not equate
        break;
    case 1:
        s = s.toLower();
        break;
    case 2:
        s.append(u"  "_s);
        break;
    case 3:
        if (!s.isEmpty())
            s = s.mid(int(m_random.bounded(quint32(s.size()))));
        break;
    default:
        break;
    }
    return withoutLoneSurrogates(s);
}

QString TestSqlCompiler::randomLiteral(int hint)
{
    auto quoted = [&](const QString &s) -> QString {
        QString out = chance(50) ? u"\""_s : u"'"_s;
        const QChar quote = out.front();
        for (const QChar c : s) {
            if (c == quote || c == u'\\')
                out.append(u'\\');
            out.append(c);
        }
        return out + quote;
    };
    if (chance(7))
        return u"null"_s;
    if (hint < 0 || chance(25))
        hint = int(m_random.bounded(5));
    switch (hint) {
    case 0: // text
        return quoted(randomText());
    case 1: // number, or a string that holds one
        return chance(80) ? pick(kNumbers) : quoted(pick(kNumbers));
    case 2:
        return chance(50) ? u"true"_s : u"false"_s;
    case 3: // a date, or a string that holds one
        return chance(80) ? QString(u'[' + pick(kDates) + u']') : quoted(pick(kDates));
    default:
        return quoted(chance(50) ? u"nan"_s : u" 42 "_s);
    }
}

QString TestSqlCompiler::randomComparison()
{
    struct Field
    {
        const char16_t *path;
        int hint; // randomLiteral(): 0 text, 1 number, 2 boolean, 3 date, -1 anything
    };
    static const Field fields[] = {
        {u"id", 1},
        {u"summary", 0},
        {u"Summary", 0},
        {u"board/id", 1},
        {u"Board/Name", 0},
        {u"board", -1},
        {u"status/name", 0},
        {u"status", -1},
        {u"closedFlag", 2},
        {u"lastUpdated", 3},
        {u"_info/lastUpdated", 3},
        {u"dateEntered", 3},
        {u"budgetHours", 1},
        {u"owner/identifier", 0},
        {u"owner", -1},
        {u"company/name", 0},
        {u"company/identifier", 0},
        {u"company/types/name", 0},
        {u"company/types/id", 1},
        {u"company/types", -1},
        {u"zip", -1},
        {u"severity", 0},
        {u"contactName", 0},
        {u"city", 0},
        {u"requiredDate", 3},
        {u"customFields/value", -1},
        {u"customFields/caption", 0},
        {u"customFields", -1},
        {u"subType/typeAssociationIds", 1},
        {u"priority/name", 0},
        {u"priority/id", 1},
        {u"priority", -1},
        {u"contact/name", 0},
        {u"contact", -1},
        {u"tags", 0},
        {u"approved", 2},
        {u"resolveMinutes", 1},
        {u"poNumber", 0},
        {u"noSuchField", -1},
        {u"updatedBy", 0},
        {u"board/noSuch", -1},
    };
    const Field &f = fields[m_random.bounded(quint32(std::size(fields)))];
    const QString path = QString::fromUtf16(f.path);
    static const QStringList ops{u"="_s,    u"!="_s,       u"<"_s,        u"<="_s,
                                 u">"_s,    u">="_s,       u"contains"_s, u"not contains"_s,
                                 u"like"_s, u"not like"_s, u"in"_s,       u"not in"_s};
    const QString op = pick(ops);
    if (op.endsWith(u"contains"_s) || op.endsWith(u"like"_s)) {
        QString s = randomText();
        if (op.endsWith(u"like"_s)) {
            // Wildcards at random places, sometimes in place of a character.
            for (int n = int(m_random.bounded(3)); n > 0; --n) {
                static const QStringList wild{u"%"_s, u"*"_s, u"_"_s};
                const int at = int(m_random.bounded(quint32(s.size() + 1)));
                if (chance(30) && at < s.size())
                    s.replace(at, 1, pick(wild));
                else
                    s.insert(at, pick(wild));
            }
        } else if (!s.isEmpty() && chance(60)) {
            const int from = int(m_random.bounded(quint32(s.size())));
            s = s.mid(from, 1 + int(m_random.bounded(quint32(s.size() - from))));
        }
        QString out = u"\""_s;
        for (const QChar c : withoutLoneSurrogates(s)) {
            if (c == u'"' || c == u'\\')
                out.append(u'\\');
            out.append(c);
        }
        return path + u' ' + op + u' ' + out + u'"';
    }
    if (op.endsWith(u"in"_s)) {
        QStringList values;
        for (int n = 1 + int(m_random.bounded(4)); n > 0; --n)
            values.append(randomLiteral(f.hint));
        return path + u' ' + op + u" ("_s + values.join(u", "_s) + u')';
    }
    return path + u' ' + op + u' ' + randomLiteral(f.hint);
}

QString TestSqlCompiler::randomExpression(int depth)
{
    if (depth == 0 || chance(35))
        return randomComparison();
    QString out;
    for (int n = 2 + int(m_random.bounded(2)); n > 0; --n) {
        if (!out.isEmpty())
            out += chance(50) ? u" and "_s : u" or "_s;
        const QString child = randomExpression(depth - 1);
        out += chance(40) ? u'(' + child + u')' : child;
    }
    return out;
}

void TestSqlCompiler::runRandom(const SqlCompiler &compiler, int count, int minExactPercent)
{
    m_failures.clear();
    int exactCount = 0;
    int someButNotAll = 0; // the condition splits the records: the check has teeth
    QMap<QString, int> reasons;
    for (int i = 0; i < count; ++i) {
        const QString text = randomExpression(3);
        SqlFragment fragment;
        qsizetype matched = 0;
        if (!check(text, compiler, &fragment, &matched))
            continue;
        exactCount += fragment.exact ? 1 : 0;
        if (!fragment.exact) // "not compiled: '<comparison>': <reason>"
            ++reasons[fragment.error.mid(fragment.error.indexOf(u"': "_s) + 3)];
        someButNotAll += matched > 0 && matched < m_records.size() ? 1 : 0;
        if (m_failures.size() >= 10)
            break;
    }
    qInfo("%d random conditions over %d records: %d compiled exactly, %d split the records, "
          "%d differ",
          count, int(m_records.size()), exactCount, someButNotAll, int(m_failures.size()));
    QList<std::pair<int, QString>> byCount;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.rbegin(), byCount.rend());
    for (const auto &[n, reason] : byCount.mid(0, 5))
        qInfo("  %4d left to memory: %s", n, qPrintable(reason));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u"\n"_s)));
    QVERIFY(exactCount * 100 >= count * minExactPercent);
    QVERIFY(someButNotAll * 2 >= count);
}

void TestSqlCompiler::randomTyped()
{
    runRandom(m_typed, 1600, 95);
}

void TestSqlCompiler::randomJsonOnly()
{
    runRandom(m_jsonOnly, 600, 95);
}

void TestSqlCompiler::randomWithoutFunctions()
{
    // Without cw_* only plain SQL: the fragment must still never miss a record.
    SqlCompiler compiler([this](const QStringList &p) { return resolve(p, true); });
    compiler.setFunctionsAvailable(false);
    runRandom(compiler, 500, 0);
    // Typed columns alone need no functions for the everyday queries.
    for (const QString &text :
         {u"board/id in (1, 2) and closedFlag = false"_s, u"status/name = 'new'"_s,
          u"summary contains 'printer'"_s, u"owner/identifier like 'jd%'"_s,
          u"owner/identifier != 'jdoe'"_s, u"lastUpdated > [2024-01-01T00:00:00Z]"_s}) {
        const SqlFragment f = compiler.compile(Conditions::parse(text, nullptr));
        QVERIFY2(f.exact, qPrintable(text + u": "_s + f.error));
        QVERIFY2(!f.where.contains(u"cw_"_s), qPrintable(f.where));
    }
}

// ---------------------------------------------------------------------------------------------
// Other properties

void TestSqlCompiler::literalsAreBound()
{
    const QString evil = u"x'); DROP TABLE tickets; --"_s;
    const SqlFragment f = m_typed.compile(
        Conditions::parse(u"summary = \"%1\" or zip like \"%1%\""_s.arg(evil), nullptr));
    QVERIFY(f.exact);
    QVERIFY(!f.where.contains(u"DROP"_s));
    QVERIFY(f.bindings.contains(QVariant(SqlFunctions::foldedKey(evil))));
    QCOMPARE(f.where.count(u'?'), f.bindings.size());
    QString error;
    QCOMPARE(select(f, &error), IdList());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery q(u"SELECT count(*) FROM tickets"_s, m_db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(m_records.size()));

    // Column and key names come from the resolver, but are still checked.
    SqlCompiler hostile([](const QStringList &) {
        return std::optional<SqlColumn>(SqlColumn::typed(SqlColumn::Kind::Integer, u"id; --"_s));
    });
    const SqlFragment h = hostile.compile(Conditions::parse(u"id = 1"_s, nullptr));
    QVERIFY(!h.exact);
    QCOMPARE(h.where, u"1"_s);
    SqlCompiler quoteKey([](const QStringList &) {
        return std::optional<SqlColumn>(SqlColumn::jsonPath(u"json"_s, {u"a\"b"_s}));
    });
    QVERIFY(!quoteKey.compile(Conditions::parse(u"x = 1"_s, nullptr)).exact);
}

void TestSqlCompiler::usesIndexes_data()
{
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<QString>("index");
    QTest::newRow("board") << u"board/id = 3"_s << u"tickets_board_id_status_name_ci"_s;
    QTest::newRow("board in") << u"board/id in (1, 2)"_s << u"tickets_board_id_status_name_ci"_s;
    QTest::newRow("board and status")
        << u"board/id = 3 and status/name = 'New'"_s << u"tickets_board_id_status_name_ci"_s;
    QTest::newRow("status") << u"status/name in ('new', 'in progress')"_s
                            << u"tickets_status_name_ci"_s;
    QTest::newRow("summary") << u"summary = 'x'"_s << u"tickets_summary_ci"_s;
    QTest::newRow("summary like prefix") << u"summary like 'Sched%'"_s << u"tickets_summary_ci"_s;
    QTest::newRow("owner") << u"owner/identifier = 'jdoe'"_s << u"tickets_owner_identifier_ci"_s;
    QTest::newRow("lastUpdated range")
        << u"lastUpdated >= [2024-01-01] and lastUpdated < [2024-02-01]"_s
        << u"tickets_last_updated_ms"_s;
    QTest::newRow("_info/lastUpdated")
        << u"_info/lastUpdated > [2024-05-01]"_s << u"tickets_last_updated_ms"_s;
    QTest::newRow("id") << u"id in (1001, 1002)"_s << u"INTEGER PRIMARY KEY"_s;
}

void TestSqlCompiler::usesIndexes()
{
    QFETCH(QString, conditions);
    QFETCH(QString, index);
    const SqlFragment f = m_typed.compile(Conditions::parse(conditions, nullptr));
    QVERIFY(f.exact);
    QSqlQuery q(m_db);
    QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE "_s + f.where));
    for (const QVariant &v : f.bindings)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    const QString text = plan.join(u"; "_s);
    QVERIFY2(text.contains(u"SEARCH"_s) && text.contains(index), qPrintable(text));
}

void TestSqlCompiler::emptyAndInvalid()
{
    QCOMPARE(m_typed.compile(Conditions()).where, u"1"_s);
    QCOMPARE(m_typed.compile(Conditions::parse(u"  "_s, nullptr)).where, u"1"_s);
    const SqlFragment invalid = m_typed.compile(Conditions::parse(u"id = "_s, nullptr));
    QCOMPARE(invalid.where, u"0"_s);
    QVERIFY(invalid.exact);
    QVERIFY(invalid.bindings.isEmpty());

    SqlCompiler none([](const QStringList &) { return std::optional<SqlColumn>(); });
    const SqlFragment unknown = none.compile(Conditions::parse(u"a = 1 and b = 2"_s, nullptr));
    QVERIFY(!unknown.exact);
    QVERIFY(unknown.error.contains(u"a = 1"_s));
    QCOMPARE(unknown.where, u"((1) AND (1))"_s);

    // Half a surrogate pair has no UTF-8 form: that comparison stays in memory.
    const QString half = u"summary = \"x"_s + QChar(0xD800) + u"\" and board/id = 1"_s;
    const SqlFragment lone = m_typed.compile(Conditions::parse(half, nullptr));
    QVERIFY(!lone.exact);
    QVERIFY(lone.where.startsWith(u"((1) AND "_s));
    m_failures.clear();
    QVERIFY(check(half, m_typed));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u"\n"_s)));
}

void TestSqlCompiler::longChains()
{
    // The server takes an `or` chain of any length; SQLite refuses an expression more than
    // 1,000 levels deep. 1,500 terms, mixing ids with random comparisons of every kind, must
    // compile and select exactly what the evaluator selects, as must an `and` chain.
    QStringList orTerms, andTerms;
    for (int i = 0; i < 1500; ++i) {
        orTerms.append(i % 10 == 0 ? randomComparison() : u"id = %1"_s.arg(1000 + i * 7));
        andTerms.append(i % 3 == 0 ? u"id != %1"_s.arg(1000 + i) : u"id != %1"_s.arg(i));
    }
    const QString orChain = orTerms.join(u" or "_s);
    const QString andChain = andTerms.join(u" AND "_s);
    m_failures.clear();
    for (const QString &text : {orChain, andChain, u"(%1) and (%2)"_s.arg(orChain, andChain)}) {
        for (const SqlCompiler *compiler : {&m_typed, &m_jsonOnly}) {
            SqlFragment fragment;
            qsizetype matched = 0;
            QVERIFY2(check(text, *compiler, &fragment, &matched), "parses");
            QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u"\n"_s).left(2000)));
            QVERIFY(matched > 0);
        }
    }
    // Only the chain of ids: all of it in SQL, and still the evaluator's answer.
    QStringList ids;
    for (int i = 0; i < 1500; ++i)
        ids.append(u"id = %1"_s.arg(1000 + i));
    SqlFragment fragment;
    qsizetype matched = 0;
    QVERIFY(check(ids.join(u" or "_s), m_typed, &fragment, &matched));
    QVERIFY(fragment.exact);
    QVERIFY(matched > 0 && matched < m_records.size());
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u"\n"_s).left(2000)));

    // Nesting is what recursion follows, and it is capped: 1,500 parentheses deep is a clear
    // error, not a stack overflow.
    Error error;
    const QString deep = QString(1500, u'(') + u"id = 1"_s + QString(1500, u')');
    const Conditions nested = Conditions::parse(deep, &error);
    QVERIFY(error.isError());
    QCOMPARE(m_typed.compile(nested).where, u"0"_s);
}

void TestSqlCompiler::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(kConnection);
}

QTEST_GUILESS_MAIN(TestSqlCompiler)
#include "test_sqlcompiler.moc"
