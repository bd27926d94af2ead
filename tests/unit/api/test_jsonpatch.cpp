// JsonPatch::diff must send only what changed, in the forms the real ConnectWise accepts (whole
// references by id, whole customFields, replace with null), in a stable order; apply must
// reproduce the edited record from those operations. `before` is a real-shaped recorded ticket.
#include "api/jsonpatch.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QJsonObject op(const QString &path, const QJsonValue &value)
{
    return QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, path}, {u"value"_s, value}};
}

QJsonObject genericOp(const QString &kind, const QString &path, const QJsonValue &value = {})
{
    QJsonObject o{{u"op"_s, kind}, {u"path"_s, path}};
    if (kind != u"remove"_s)
        o.insert(u"value"_s, value);
    return o;
}

QStringList pathsOf(const QJsonArray &ops)
{
    QStringList paths;
    for (const QJsonValue &o : ops)
        paths.append(o.toObject().value(u"path"_s).toString());
    return paths;
}

QString show(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonObject loadFixture(const QString &name)
{
    QFile file(QStringLiteral(CW_REFERENCE_DIR) + u"/django-connectwise-fixtures.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(u"fixtures"_s)
        .toObject()
        .value(name)
        .toObject();
}

// Differences between `expected` and `actual` on what a server stores: references by identity,
// custom fields by value, null and absent alike, server-owned properties skipped.
QStringList modelledDifferences(const QJsonObject &expected, const QJsonObject &actual)
{
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    QStringList problems;
    for (const QString &key : std::as_const(keys)) {
        if (JsonPatch::ignoredFields().contains(key))
            continue;
        const QJsonValue e = expected.value(key);
        const QJsonValue a = actual.value(key);
        const bool eNull = e.isNull() || e.isUndefined();
        const bool aNull = a.isNull() || a.isUndefined();
        bool same;
        if (key == u"customFields"_s) {
            // By id and value; no array and entries without a value both mean "no values".
            auto values = [](const QJsonValue &list) {
                QHash<int, QJsonValue> byId;
                for (const QJsonValue &f : list.toArray()) {
                    const QJsonValue v = f.toObject().value(u"value"_s);
                    if (!v.isNull() && !v.isUndefined())
                        byId.insert(f.toObject().value(u"id"_s).toInt(), v);
                }
                return byId;
            };
            same = values(e) == values(a);
        } else if (eNull || aNull) {
            same = eNull && aNull;
        } else if (e.isObject() && JsonPatch::isReference(e.toObject())) {
            same = a.isObject() && JsonPatch::sameReference(e.toObject(), a.toObject());
        } else {
            same = e == a;
        }
        if (!same)
            problems.append(u"%1: expected %2, got %3"_s.arg(key, show(e), show(a)));
    }
    return problems;
}

} // namespace

class TestJsonPatch : public QObject
{
    Q_OBJECT

    QJsonObject m_ticket;

    // The recorded ticket with a second custom field, so "the whole array" means something.
    QJsonObject ticket() const { return m_ticket; }

    static QJsonArray withCustomValue(QJsonArray fields, int id, const QJsonValue &value)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QJsonObject f = fields.at(i).toObject();
            if (f.value(u"id"_s).toInt() == id) {
                f.insert(u"value"_s, value);
                fields.replace(i, f);
            }
        }
        return fields;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ticket = loadFixture(u"API_SERVICE_TICKET"_s);
        QVERIFY2(m_ticket.value(u"id"_s).toInt() == 69, "recorded ticket fixture not found");
        QJsonArray fields = m_ticket.value(u"customFields"_s).toArray();
        QCOMPARE(fields.size(), 1);
        fields.append(QJsonObject{{u"id"_s, 7},
                                  {u"caption"_s, u"Region"_s},
                                  {u"type"_s, u"Text"_s},
                                  {u"entryMethod"_s, u"List"_s},
                                  {u"numberOfDecimals"_s, 0},
                                  {u"value"_s, u"East"_s}});
        m_ticket.insert(u"customFields"_s, fields);
    }

    void noChange()
    {
        QCOMPARE(JsonPatch::diff(ticket(), ticket()), QJsonArray());
        // A copy that went through text (as the cache stores it) is still no change.
        const QJsonObject copy = QJsonDocument::fromJson(QJsonDocument(ticket()).toJson()).object();
        QCOMPARE(JsonPatch::diff(ticket(), copy), QJsonArray());
        QCOMPARE(JsonPatch::diff({}, {}), QJsonArray());
    }

    void summaryChange()
    {
        QJsonObject after = ticket();
        after.insert(u"summary"_s, u"Conversion rescheduled"_s);
        QCOMPARE(JsonPatch::diff(ticket(), after),
                 QJsonArray{op(u"summary"_s, u"Conversion rescheduled"_s)});
    }

    void referenceDisplayChangeIsNoChange()
    {
        QJsonObject after = ticket();
        after.insert(u"status"_s, QJsonObject{{u"id"_s, 1},
                                              {u"name"_s, u"New (renamed)"_s},
                                              {u"_info"_s, QJsonObject{{u"x"_s, u"y"_s}}}});
        // Same owner, given with less detail and another spelling of the identifier.
        after.insert(u"owner"_s, QJsonObject{{u"identifier"_s, u"user1"_s}});
        // The board as the board list has it (a full record), not as the ticket embeds it.
        QJsonObject board = ticket().value(u"board"_s).toObject();
        board.remove(u"_info"_s);
        board.insert(u"locationId"_s, 1);
        board.insert(u"inactiveFlag"_s, false);
        after.insert(u"board"_s, board);
        QCOMPARE(JsonPatch::diff(ticket(), after), QJsonArray());
    }

    void referenceIdChange()
    {
        QJsonObject after = ticket();
        after.insert(u"status"_s,
                     QJsonObject{{u"id"_s, 2},
                                 {u"name"_s, u"In Progress"_s},
                                 {u"_info"_s, QJsonObject{{u"status_href"_s, u"https://x/2"_s}}}});
        QCOMPARE(JsonPatch::diff(ticket(), after),
                 QJsonArray{op(u"status"_s, QJsonObject{{u"id"_s, 2}})});
        // Never a path inside the reference.
        for (const QString &path : pathsOf(JsonPatch::diff(ticket(), after)))
            QVERIFY2(!path.contains(u'/'), qPrintable(path));
    }

    void referenceByIdentifierOrName()
    {
        QJsonObject after = ticket();
        after.insert(u"owner"_s, QJsonObject{{u"identifier"_s, u"User10"_s}});
        QCOMPARE(JsonPatch::diff(ticket(), after),
                 QJsonArray{op(u"owner"_s, QJsonObject{{u"identifier"_s, u"User10"_s}})});

        after = ticket();
        after.insert(u"company"_s,
                     QJsonObject{{u"identifier"_s, u"OtherCo"_s}, {u"name"_s, u"Other Company"_s}});
        QCOMPARE(JsonPatch::diff(ticket(), after),
                 QJsonArray{op(u"company"_s, QJsonObject{{u"identifier"_s, u"OtherCo"_s}})});

        after = ticket();
        after.insert(u"source"_s, QJsonObject{{u"name"_s, u"Email"_s}});
        QCOMPARE(JsonPatch::diff(ticket(), after),
                 QJsonArray{op(u"source"_s, QJsonObject{{u"name"_s, u"Email"_s}})});

        // An id wins over the other keys, whatever else the edited reference carries.
        after = ticket();
        after.insert(
            u"priority"_s,
            QJsonObject{{u"id"_s, 7}, {u"name"_s, u"Priority 1 - Emergency"_s}, {u"sort"_s, 1}});
        QCOMPARE(JsonPatch::diff(ticket(), after),
                 QJsonArray{op(u"priority"_s, QJsonObject{{u"id"_s, 7}})});
    }

    void referenceSetAndCleared()
    {
        QJsonObject after = ticket();
        QVERIFY(ticket().value(u"agreement"_s).isNull());
        QVERIFY(!ticket().contains(u"workRole"_s));
        after.insert(u"agreement"_s, QJsonObject{{u"id"_s, 12}, {u"name"_s, u"MSP"_s}});
        after.insert(u"workRole"_s, QJsonObject{{u"name"_s, u"Engineer"_s}});
        after.insert(u"team"_s, QJsonValue::Null);
        after.remove(u"site"_s);
        QCOMPARE(JsonPatch::diff(ticket(), after),
                 (QJsonArray{op(u"agreement"_s, QJsonObject{{u"id"_s, 12}}),
                             op(u"site"_s, QJsonValue::Null), op(u"team"_s, QJsonValue::Null),
                             op(u"workRole"_s, QJsonObject{{u"name"_s, u"Engineer"_s}})}));
    }

    void customFieldChange()
    {
        QJsonObject after = ticket();
        const QJsonArray fields =
            withCustomValue(ticket().value(u"customFields"_s).toArray(), 1, 8);
        after.insert(u"customFields"_s, fields);
        const QJsonArray ops = JsonPatch::diff(ticket(), after);
        QCOMPARE(ops, QJsonArray{op(u"customFields"_s, fields)});
        QCOMPARE(ops.at(0).toObject().value(u"value"_s).toArray().size(), 2); // the whole array

        // A value given to a field that had none.
        QJsonObject before = ticket();
        QJsonArray empty = ticket().value(u"customFields"_s).toArray();
        QJsonObject region = empty.at(1).toObject();
        region.remove(u"value"_s);
        empty.replace(1, region);
        before.insert(u"customFields"_s, empty);
        QCOMPARE(JsonPatch::diff(before, ticket()),
                 QJsonArray{op(u"customFields"_s, ticket().value(u"customFields"_s))});
    }

    void customFieldsUnchanged()
    {
        QJsonObject after = ticket();
        QJsonArray fields = ticket().value(u"customFields"_s).toArray();
        // Other order, other caption, 5 as 5.0, an absent value that was null: no value changed.
        QJsonObject first = fields.at(0).toObject();
        first.insert(u"caption"_s, u"Points"_s);
        first.insert(u"value"_s, 5.0);
        QJsonArray reordered{fields.at(1), first};
        after.insert(u"customFields"_s, reordered);
        QCOMPARE(JsonPatch::diff(ticket(), after), QJsonArray());

        QJsonObject before = ticket();
        QJsonArray withNull = fields;
        withNull.append(QJsonObject{{u"id"_s, 9}, {u"value"_s, QJsonValue::Null}});
        before.insert(u"customFields"_s, withNull);
        QCOMPARE(JsonPatch::diff(before, ticket()), QJsonArray());
    }

    void customFieldsCleared()
    {
        QJsonObject after = ticket();
        after.remove(u"customFields"_s);
        const QJsonArray ops = JsonPatch::diff(ticket(), after);
        QCOMPARE(pathsOf(ops), QStringList{u"customFields"_s});
        const QJsonArray sent = ops.at(0).toObject().value(u"value"_s).toArray();
        QCOMPARE(sent.size(), 2);
        for (const QJsonValue &f : sent) {
            QVERIFY(f.toObject().contains(u"id"_s));
            QVERIFY(f.toObject().value(u"value"_s).isNull());
        }
    }

    void serverOwnedFieldsIgnored_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *f : {"id",
                              "_info",
                              "dateEntered",
                              "enteredBy",
                              "closedDate",
                              "closedBy",
                              "actualHours",
                              "lastUpdated",
                              "updatedBy",
                              "isInSla",
                              "resolveMinutes",
                              "respondMinutes",
                              "resPlanMinutes",
                              "dateResolved",
                              "dateResplan",
                              "dateResponded",
                              "mobileGuid",
                              "hasChildTicket",
                              "hasMergedChildTicketFlag",
                              "slaStatus",
                              "dateCreated",
                              "createdBy"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void serverOwnedFieldsIgnored()
    {
        QFETCH(QString, field);
        QVERIFY(JsonPatch::ignoredFields().contains(field));
        QJsonObject changed = ticket();
        changed.insert(field, u"changed"_s);
        QCOMPARE(JsonPatch::diff(ticket(), changed), QJsonArray());
        QJsonObject dropped = ticket();
        dropped.remove(field);
        QCOMPARE(JsonPatch::diff(ticket(), dropped), QJsonArray());
        // With another list, the same change is sent.
        QCOMPARE(pathsOf(JsonPatch::diff(ticket(), changed, {})), QStringList{field});
    }

    void ignoredFieldsCoverTheSpecsReadOnlyProperties()
    {
        // The list is kept by hand; the 2015 swagger is the only reference that marks readOnly.
        QFile file(QStringLiteral(CW_REFERENCE_DIR) +
                   u"/connectwise-service-api-2015-swagger2.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject definitions =
            QJsonDocument::fromJson(file.readAll()).object().value(u"definitions"_s).toObject();
        int seen = 0;
        for (const QString &schema : {u"Ticket"_s, u"ServiceNote"_s, u"Task"_s}) {
            const QJsonObject properties =
                definitions.value(schema).toObject().value(u"properties"_s).toObject();
            QVERIFY2(!properties.isEmpty(), qPrintable(schema));
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (!it.value().toObject().value(u"readOnly"_s).toBool())
                    continue;
                ++seen;
                if (it.key() == u"closedFlag"_s)
                    continue; // writable on tasks; see ignoredFields()
                QVERIFY2(JsonPatch::ignoredFields().contains(it.key()),
                         qPrintable(schema + u'.' + it.key() + u" is readOnly but not ignored"_s));
            }
        }
        QVERIFY(seen > 20);
        // closedFlag is how a task is ticked off, so it must be sent.
        const QJsonObject task{{u"id"_s, 3}, {u"closedFlag"_s, false}, {u"notes"_s, u"x"_s}};
        QJsonObject done = task;
        done.insert(u"closedFlag"_s, true);
        QCOMPARE(JsonPatch::diff(task, done), QJsonArray{op(u"closedFlag"_s, true)});
    }

    void nullHandling()
    {
        QJsonObject after = ticket();
        QVERIFY(ticket().value(u"budgetHours"_s).isNull());
        after.insert(u"budgetHours"_s, 4.5);
        QCOMPARE(JsonPatch::diff(ticket(), after), QJsonArray{op(u"budgetHours"_s, 4.5)});

        // null to absent, absent to null: nothing to send.
        after = ticket();
        after.remove(u"budgetHours"_s);
        after.insert(u"neverThere"_s, QJsonValue::Null);
        QCOMPARE(JsonPatch::diff(ticket(), after), QJsonArray());

        // A value set to null or dropped is sent as replace with null (not remove).
        after = ticket();
        after.insert(u"addressLine2"_s, QJsonValue::Null);
        after.remove(u"requiredDate"_s);
        const QJsonArray ops = JsonPatch::diff(ticket(), after);
        QCOMPARE(ops, (QJsonArray{op(u"addressLine2"_s, QJsonValue::Null),
                                  op(u"requiredDate"_s, QJsonValue::Null)}));
        for (const QJsonValue &o : ops)
            QVERIFY(o.toObject().contains(u"value"_s));

        // An empty string is a value, not null.
        after = ticket();
        after.insert(u"poNumber"_s, u""_s);
        QCOMPARE(JsonPatch::diff(ticket(), after), QJsonArray{op(u"poNumber"_s, u""_s)});
    }

    void arraysAndObjectsWhole()
    {
        QJsonObject before = ticket();
        before.insert(u"integratorTags"_s, QJsonArray{u"a"_s});
        before.insert(u"settings"_s, QJsonObject{{u"colour"_s, u"red"_s}, {u"size"_s, 2}});
        QJsonObject after = before;
        after.insert(u"integratorTags"_s, QJsonArray{u"a"_s, u"b"_s});
        after.insert(u"settings"_s, QJsonObject{{u"colour"_s, u"blue"_s}, {u"size"_s, 2}});
        QCOMPARE(JsonPatch::diff(before, after),
                 (QJsonArray{op(u"integratorTags"_s, QJsonArray{u"a"_s, u"b"_s}),
                             op(u"settings"_s, after.value(u"settings"_s))}));
        QCOMPARE(JsonPatch::diff(before, before), QJsonArray());
    }

    void stableOrder()
    {
        QJsonObject after = ticket();
        after.insert(u"summary"_s, u"S"_s);
        after.insert(u"budgetHours"_s, 2);
        after.insert(u"status"_s, QJsonObject{{u"id"_s, 5}});
        after.insert(u"zip"_s, u"10001"_s);
        after.insert(u"customFields"_s,
                     withCustomValue(ticket().value(u"customFields"_s).toArray(), 7, u"West"_s));
        after.insert(u"addressLine1"_s, QJsonValue::Null);
        after.insert(u"owner"_s, QJsonObject{{u"identifier"_s, u"User10"_s}});
        // Properties the loaded record lacks sort among the others.
        QVERIFY(!ticket().contains(u"billingMethod"_s) && !ticket().contains(u"department"_s));
        after.insert(u"billingMethod"_s, u"FixedFee"_s);
        after.insert(u"department"_s, QJsonObject{{u"id"_s, 10}});
        const QJsonArray ops = JsonPatch::diff(ticket(), after);
        const QStringList expected{u"addressLine1"_s, u"billingMethod"_s, u"budgetHours"_s,
                                   u"customFields"_s, u"department"_s,    u"owner"_s,
                                   u"status"_s,       u"summary"_s,       u"zip"_s};
        QCOMPARE(pathsOf(ops), expected);
        // The same edit built in another order gives the same body.
        QJsonObject other = ticket();
        for (qsizetype i = ops.size() - 1; i >= 0; --i) {
            const QString key = ops.at(i).toObject().value(u"path"_s).toString();
            other.insert(key, after.value(key));
        }
        QCOMPARE(JsonPatch::diff(ticket(), other), ops);
        for (const QJsonValue &o : ops)
            QCOMPARE(o.toObject().value(u"op"_s).toString(), u"replace"_s);
    }

    void applyReproducesTheEdit_data()
    {
        QTest::addColumn<QJsonObject>("after");
        QJsonObject t = ticket();
        QTest::newRow("nothing") << t;
        QJsonObject a = t;
        a.insert(u"summary"_s, u"New summary"_s);
        QTest::newRow("summary") << a;
        a = t;
        a.insert(u"status"_s, QJsonObject{{u"id"_s, 9}, {u"name"_s, u"Closed"_s}});
        a.insert(u"owner"_s, QJsonObject{{u"identifier"_s, u"User10"_s}});
        a.insert(u"contact"_s, QJsonValue::Null);
        QTest::newRow("references") << a;
        a = t;
        a.insert(u"customFields"_s,
                 withCustomValue(t.value(u"customFields"_s).toArray(), 7, u"West"_s));
        a.insert(u"budgetHours"_s, 12.25);
        a.remove(u"poNumber"_s);
        a.remove(u"requiredDate"_s);
        a.insert(u"integratorTags"_s, QJsonArray{u"x"_s});
        a.insert(u"a/b~c"_s, u"escaped"_s);
        QTest::newRow("values") << a;
        a = t;
        a.remove(u"customFields"_s);
        a.insert(u"actualHours"_s, 99); // server-owned: neither sent nor expected
        QTest::newRow("cleared") << a;
    }

    void applyReproducesTheEdit()
    {
        QFETCH(QJsonObject, after);
        const QJsonArray ops = JsonPatch::diff(ticket(), after);
        QString error = u"not cleared"_s;
        const QJsonObject applied = JsonPatch::apply(ticket(), ops, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList problems = modelledDifferences(after, applied);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        // Applied again, the edit has nothing left to send.
        QCOMPARE(JsonPatch::diff(applied, after), QJsonArray());
        // Server-owned properties stay as loaded.
        QCOMPARE(applied.value(u"_info"_s), ticket().value(u"_info"_s));
        QCOMPARE(applied.value(u"actualHours"_s), ticket().value(u"actualHours"_s));
        QCOMPARE(applied.value(u"id"_s), ticket().value(u"id"_s));
    }

    void applyReferenceKeepsWhatWasSent()
    {
        const QJsonObject t = ticket();
        QJsonObject r =
            JsonPatch::apply(t, JsonPatch::replace(u"status"_s, QJsonObject{{u"id"_s, 4}}));
        QCOMPARE(r.value(u"status"_s), QJsonValue(QJsonObject{{u"id"_s, 4}}));
        // status/id replaces the whole reference too (name and _info of the old one are gone).
        r = JsonPatch::apply(t, QJsonArray{genericOp(u"replace"_s, u"/status/id"_s, 4)});
        QCOMPARE(r.value(u"status"_s), QJsonValue(QJsonObject{{u"id"_s, 4}}));
        // ...but a deeper path only changes that member.
        r = JsonPatch::apply(t, QJsonArray{genericOp(u"replace"_s, u"sla/customCalendar/id"_s, 2)});
        QCOMPARE(r.value(u"sla"_s).toObject().value(u"customCalendar"_s).toObject().value(u"id"_s),
                 QJsonValue(2));
        QCOMPARE(
            r.value(u"sla"_s).toObject().value(u"customCalendar"_s).toObject().value(u"name"_s),
            QJsonValue(u"Standard Calendar"_s));
    }

    void applyOperations()
    {
        QJsonObject contact{
            {u"id"_s, 1},
            {u"firstName"_s, u"Emma"_s},
            {u"communicationItems"_s,
             QJsonArray{QJsonObject{{u"value"_s, u"a@x"_s}}, QJsonObject{{u"value"_s, u"1"_s}}}}};
        // amp-labs' recorded body: JSON Pointer paths into an array, and an append.
        QString error;
        QJsonObject r = JsonPatch::apply(
            contact,
            QJsonArray{genericOp(u"replace"_s, u"/communicationItems/1/value"_s, u"+380"_s),
                       genericOp(u"add"_s, u"/communicationItems/2"_s,
                                 QJsonObject{{u"value"_s, u"+777"_s}}),
                       genericOp(u"add"_s, u"/communicationItems/-"_s,
                                 QJsonObject{{u"value"_s, u"end"_s}}),
                       genericOp(u"remove"_s, u"communicationItems/0"_s)},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.value(u"communicationItems"_s),
                 QJsonValue(QJsonArray{QJsonObject{{u"value"_s, u"+380"_s}},
                                       QJsonObject{{u"value"_s, u"+777"_s}},
                                       QJsonObject{{u"value"_s, u"end"_s}}}));
        // Names match case-insensitively and keep the record's spelling; add on a property sets
        // it; remove drops it; replacing a missing property adds it.
        r = JsonPatch::apply(contact,
                             QJsonArray{genericOp(u"replace"_s, u"FIRSTNAME"_s, u"Em"_s),
                                        genericOp(u"add"_s, u"lastName"_s, u"Diaz"_s),
                                        genericOp(u"Replace"_s, u"title"_s, u"CTO"_s),
                                        genericOp(u"remove"_s, u"/communicationItems"_s)},
                             &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r, (QJsonObject{{u"id"_s, 1},
                                 {u"firstName"_s, u"Em"_s},
                                 {u"lastName"_s, u"Diaz"_s},
                                 {u"title"_s, u"CTO"_s}}));
    }

    void applyRejectsBadOperations_data()
    {
        QTest::addColumn<QJsonArray>("ops");
        QTest::newRow("unknown op") << QJsonArray{genericOp(u"move"_s, u"summary"_s, u"x"_s)};
        QTest::newRow("no path") << QJsonArray{genericOp(u"replace"_s, u""_s, u"x"_s)};
        QTest::newRow("no value") << QJsonArray{
            QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"summary"_s}}};
        QTest::newRow("not an object") << QJsonArray{u"replace summary"_s};
        QTest::newRow("id") << QJsonArray{genericOp(u"replace"_s, u"id"_s, 5)};
        QTest::newRow("_info") << QJsonArray{genericOp(u"replace"_s, u"_info/lastUpdated"_s, 5)};
        QTest::newRow("index out of range")
            << QJsonArray{genericOp(u"replace"_s, u"customFields/5/value"_s, 1)};
        QTest::newRow("not an index")
            << QJsonArray{genericOp(u"replace"_s, u"customFields/x/value"_s, 1)};
        QTest::newRow("through a scalar")
            << QJsonArray{genericOp(u"replace"_s, u"summary/first"_s, 1)};
        // A path deeper than any record (the fuzzer's 20,000-segment path overflowed the stack
        // of the recursive walk): refused before walking.
        QTest::newRow("20000 segments")
            << QJsonArray{genericOp(u"add"_s, u"/a"_s.repeated(20000), 1)};
        QTest::newRow("33 segments") << QJsonArray{genericOp(u"add"_s, u"/a"_s.repeated(33), 1)};
        // The first operation is fine, the second is not: nothing is applied.
        QTest::newRow("second of two") << QJsonArray{genericOp(u"replace"_s, u"summary"_s, u"ok"_s),
                                                     genericOp(u"remove"_s, u"customFields/9"_s)};
    }

    void applyRejectsBadOperations()
    {
        QFETCH(QJsonArray, ops);
        QString error;
        const QJsonObject r = JsonPatch::apply(ticket(), ops, &error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(r, ticket());
        // The error pointer is optional.
        QCOMPARE(JsonPatch::apply(ticket(), ops), ticket());
    }

    void applyAcceptsThirtyTwoSegments()
    {
        QString error;
        const QJsonObject r =
            JsonPatch::apply(ticket(), {genericOp(u"add"_s, u"/a"_s.repeated(32), 1)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QJsonValue node = r;
        for (int i = 0; i < 32; ++i)
            node = node.toObject().value(u"a"_s);
        QCOMPARE(node, QJsonValue(1));
    }

    void helpers()
    {
        QCOMPARE(JsonPatch::replace(u"summary"_s, u"x"_s), QJsonArray{op(u"summary"_s, u"x"_s)});
        QCOMPARE(JsonPatch::replace(u"owner"_s, QJsonValue()),
                 QJsonArray{op(u"owner"_s, QJsonValue::Null)});
        QCOMPARE(JsonPatch::replace(u"owner"_s, QJsonValue(QJsonValue::Undefined)),
                 QJsonArray{op(u"owner"_s, QJsonValue::Null)});

        const QJsonObject owner = ticket().value(u"owner"_s).toObject();
        QCOMPARE(JsonPatch::referenceValue(owner), QJsonValue(QJsonObject{{u"id"_s, 176}}));
        QCOMPARE(JsonPatch::referenceValue(
                     QJsonObject{{u"identifier"_s, u"User1"_s}, {u"name"_s, u"Training"_s}}),
                 QJsonValue(QJsonObject{{u"identifier"_s, u"User1"_s}}));
        QCOMPARE(JsonPatch::referenceValue(
                     QJsonObject{{u"id"_s, QJsonValue::Null}, {u"name"_s, u"Phone"_s}}),
                 QJsonValue(QJsonObject{{u"name"_s, u"Phone"_s}}));
        const QJsonObject plain{{u"colour"_s, u"red"_s}};
        QCOMPARE(JsonPatch::referenceValue(plain), QJsonValue(plain));

        QVERIFY(JsonPatch::isReference(owner));
        QVERIFY(!JsonPatch::isReference(plain));
        QVERIFY(!JsonPatch::isReference(QJsonObject{{u"id"_s, QJsonValue::Null}}));
        QVERIFY(JsonPatch::sameReference(owner, QJsonObject{{u"id"_s, 176}}));
        QVERIFY(JsonPatch::sameReference(QJsonObject{{u"id"_s, u"176"_s}}, owner));
        QVERIFY(!JsonPatch::sameReference(owner, QJsonObject{{u"id"_s, 177}}));
        // The first key both carry decides, even when a later one differs.
        QVERIFY(JsonPatch::sameReference(owner, QJsonObject{{u"id"_s, 176}, {u"name"_s, u"X"_s}}));
        QVERIFY(!JsonPatch::sameReference(owner, QJsonObject{{u"identifier"_s, u"User2"_s}}));
        QVERIFY(!JsonPatch::sameReference(owner, plain));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestJsonPatch)
#include "test_jsonpatch.moc"
