// PATCH bodies built by JsonPatch::diff against a real cwdesk-sandbox over HTTP: a ticket, a note
// and a task are loaded, edited the way an editor would (references from pick lists, by id or by
// identifier, custom fields, numbers, cleared values), sent as diff(), and read back: the edited
// fields hold the new values, every other field is as it was, the PATCH answer is the record.
#include "api/jsonpatch.h"
#include "conformance.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QString show(const QJsonValue &v)
{
    return v.isUndefined() ? u"(absent)"_s : QString::fromUtf8(toJson(v));
}

bool nullish(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

// Custom field values by id; an entry without a value has none.
QMap<int, QJsonValue> customValues(const QJsonValue &fields)
{
    QMap<int, QJsonValue> values;
    for (const QJsonValue &f : fields.toArray()) {
        const QJsonValue v = f.toObject().value(u"value"_s);
        if (!nullish(v))
            values.insert(f.toObject().value(u"id"_s).toInt(), v);
    }
    return values;
}

// Whether the server holds what the edit asked for: references by identity, custom fields by
// value, null and absent alike.
bool holdsEdit(const QString &key, const QJsonValue &wanted, const QJsonValue &got)
{
    if (key == u"customFields"_s)
        return customValues(wanted) == customValues(got);
    if (nullish(wanted) || nullish(got))
        return nullish(wanted) && nullish(got);
    if (wanted.isObject() && JsonPatch::isReference(wanted.toObject()))
        return got.isObject() && JsonPatch::sameReference(wanted.toObject(), got.toObject());
    return wanted == got;
}

QStringList pathsOf(const QJsonArray &ops)
{
    QStringList paths;
    for (const QJsonValue &o : ops)
        paths.append(o.toObject().value(u"path"_s).toString());
    return paths;
}

} // namespace

class TestPatchSandbox : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    HttpClient m_http;
    QJsonArray m_tickets;
    QMap<int, QJsonObject> m_members;
    QMap<int, QJsonObject> m_priorities;
    QMap<int, QJsonObject> m_sources;

    QMap<int, QJsonObject> fetchMap(const QString &path)
    {
        QJsonArray all;
        QString error;
        if (!fetchAll(m_http, path, &all, &error))
            qWarning("%s", qPrintable(error));
        return byId(all);
    }

    // Sends diff(before, after) to `path` and checks the outcome; *result gets the record as
    // read back. Callers return when QTest::currentTestFailed().
    void patchAndVerify(const QString &path, const QJsonObject &before, const QJsonObject &after,
                        QStringList expectedPaths, QJsonObject *result)
    {
        const QJsonArray ops = JsonPatch::diff(before, after);
        expectedPaths.sort();
        QCOMPARE(pathsOf(ops), expectedPaths);
        for (const QJsonValue &o : ops) {
            QCOMPARE(o.toObject().value(u"op"_s).toString(), u"replace"_s);
            const QJsonValue value = o.toObject().value(u"value"_s);
            if (value.isObject() && JsonPatch::isReference(value.toObject()))
                QCOMPARE(value.toObject().size(), 1); // {"id": N} or one other key
        }

        const HttpResult patched = m_http.patch(path, ops, {{"Content-Type", "application/json"}});
        CW_CHECK_STATUS(patched, 200);
        const HttpResult read = m_http.get(path);
        CW_CHECK_STATUS(read, 200);
        const QJsonObject got = read.object();
        // The PATCH answer is the record as stored.
        QCOMPARE(patched.object(), got);

        QStringList keys = before.keys() + after.keys() + got.keys();
        keys.removeDuplicates();
        QStringList problems;
        for (const QString &key : std::as_const(keys)) {
            if (key == u"_info"_s)
                continue; // bookkeeping, checked below
            if (expectedPaths.contains(key)) {
                if (!holdsEdit(key, after.value(key), got.value(key)))
                    problems.append(u"%1 should be %2, is %3"_s.arg(key, show(after.value(key)),
                                                                    show(got.value(key))));
            } else if (!(before.value(key) == got.value(key) ||
                         (nullish(before.value(key)) && nullish(got.value(key))))) {
                problems.append(u"%1 changed from %2 to %3 without being edited"_s.arg(
                    key, show(before.value(key)), show(got.value(key))));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        QCOMPARE(valueAt(got, u"_info/dateEntered"_s), valueAt(before, u"_info/dateEntered"_s));
        QVERIFY(parseInstant(valueAt(got, u"_info/lastUpdated"_s).toString()) >
                parseInstant(valueAt(before, u"_info/lastUpdated"_s).toString()));

        // The server now holds exactly the edit: nothing is left to send.
        const QJsonArray rest = JsonPatch::diff(got, after);
        QVERIFY2(rest.isEmpty(), qPrintable(u"left to send: "_s + show(rest)));
        // The local prediction (the optimistic cache) agrees with the server.
        QString error;
        const QJsonObject predicted = JsonPatch::apply(before, ops, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &key : std::as_const(keys)) {
            if (JsonPatch::ignoredFields().contains(key))
                continue;
            QVERIFY2(holdsEdit(key, predicted.value(key), got.value(key)),
                     qPrintable(u"apply() predicted %1 = %2, the server has %3"_s.arg(
                         key, show(predicted.value(key)), show(got.value(key)))));
        }
        *result = got;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startSandbox(m_sandbox, m_http, {u"--tickets"_s, u"150"_s, u"--seed"_s, u"11"_s},
                              &error),
                 qPrintable(error));
        QVERIFY2(fetchAll(m_http, u"/service/tickets"_s, &m_tickets, &error), qPrintable(error));
        m_members = fetchMap(u"/system/members"_s);
        m_priorities = fetchMap(u"/service/priorities"_s);
        m_sources = fetchMap(u"/service/sources"_s);
        QVERIFY(m_members.size() >= 2 && m_priorities.size() >= 2 && m_sources.size() >= 2);
    }

    void cleanupTestCase() { QVERIFY2(m_sandbox.stop(), qPrintable(m_sandbox.errorString())); }

    void ticket()
    {
        // An open ticket with an owner, a team, a due date and a Text custom field.
        QJsonObject listed;
        int textField = 0;
        for (const QJsonValue &t : std::as_const(m_tickets)) {
            const QJsonObject o = t.toObject();
            if (o.value(u"closedFlag"_s).toBool() || !o.value(u"owner"_s).isObject() ||
                !o.value(u"team"_s).isObject() || !o.value(u"requiredDate"_s).isString())
                continue;
            for (const QJsonValue &f : o.value(u"customFields"_s).toArray()) {
                if (f.toObject().value(u"type"_s).toString() == u"Text"_s)
                    textField = f.toObject().value(u"id"_s).toInt();
            }
            if (textField) {
                listed = o;
                break;
            }
        }
        QVERIFY2(!listed.isEmpty(), "no open ticket with owner, team, due date and Text field");
        const QString path = u"/service/tickets/%1"_s.arg(listed.value(u"id"_s).toInt());
        const HttpResult loaded = m_http.get(path);
        CW_CHECK_STATUS(loaded, 200);
        const QJsonObject before = loaded.object();

        // Another open status of the same board, as the board's status list gives it.
        const int board = valueAt(before, u"board/id"_s).toInt();
        const int statusId = valueAt(before, u"status/id"_s).toInt();
        QJsonObject status;
        for (const QJsonObject &s : fetchMap(u"/service/boards/%1/statuses"_s.arg(board))) {
            if (s.value(u"id"_s).toInt() != statusId && !s.value(u"closedStatus"_s).toBool() &&
                !s.value(u"inactive"_s).toBool()) {
                status = s;
                break;
            }
        }
        QVERIFY2(!status.isEmpty(), "the board has no other open status");
        QJsonObject owner; // another member, given by identifier only
        for (const QJsonObject &m : std::as_const(m_members)) {
            if (m.value(u"id"_s) != valueAt(before, u"owner/id"_s) &&
                !m.value(u"identifier"_s).toString().isEmpty()) {
                owner = m;
                break;
            }
        }
        QVERIFY(!owner.isEmpty());
        QJsonObject priority; // another priority, as the priority list gives it
        for (const QJsonObject &p : std::as_const(m_priorities)) {
            if (p.value(u"id"_s) != valueAt(before, u"priority/id"_s)) {
                priority = p;
                break;
            }
        }
        QVERIFY(!priority.isEmpty());

        QJsonObject after = before;
        after.insert(u"summary"_s, u"Printer still offline after driver update"_s);
        after.insert(u"status"_s, status);
        after.insert(u"owner"_s, QJsonObject{{u"identifier"_s, owner.value(u"identifier"_s)}});
        after.insert(u"priority"_s, priority);
        QJsonArray fields = before.value(u"customFields"_s).toArray();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QJsonObject f = fields.at(i).toObject();
            if (f.value(u"id"_s).toInt() == textField) {
                QVERIFY(f.value(u"value"_s) != QJsonValue(u"Set through a diff"_s));
                f.insert(u"value"_s, u"Set through a diff"_s);
                fields.replace(i, f);
            }
        }
        after.insert(u"customFields"_s, fields);
        const double budget = before.value(u"budgetHours"_s).toDouble() + 1.5;
        after.insert(u"budgetHours"_s, budget);
        after.insert(u"team"_s, QJsonValue::Null); // cleared in the editor
        after.remove(u"requiredDate"_s);           // dropped by the editor
        // Server-owned fields an editor might carry along changed: never sent.
        after.insert(u"actualHours"_s, 99);
        after.insert(u"dateResponded"_s, u"2001-01-01T00:00:00Z"_s);

        QJsonObject got;
        patchAndVerify(path, before, after,
                       {u"summary"_s, u"status"_s, u"owner"_s, u"priority"_s, u"customFields"_s,
                        u"budgetHours"_s, u"team"_s, u"requiredDate"_s},
                       &got);
        if (QTest::currentTestFailed())
            return;
        // Spelled out, in case the generic comparison missed something.
        QCOMPARE(got.value(u"summary"_s).toString(),
                 u"Printer still offline after driver update"_s);
        QCOMPARE(valueAt(got, u"status/id"_s), status.value(u"id"_s));
        QCOMPARE(valueAt(got, u"status/name"_s), status.value(u"name"_s));
        QCOMPARE(valueAt(got, u"owner/id"_s), owner.value(u"id"_s));
        QCOMPARE(valueAt(got, u"priority/id"_s), priority.value(u"id"_s));
        QCOMPARE(customValues(got.value(u"customFields"_s)).value(textField),
                 QJsonValue(u"Set through a diff"_s));
        QCOMPARE(got.value(u"budgetHours"_s).toDouble(), budget);
        QVERIFY(nullish(got.value(u"team"_s)));
        QVERIFY(nullish(got.value(u"requiredDate"_s)));
        QCOMPARE(got.value(u"actualHours"_s), before.value(u"actualHours"_s));
        QCOMPARE(got.value(u"closedFlag"_s), QJsonValue(false));

        // A second edit of the record as now loaded: reference by name, flags, an enum, the
        // Checkbox custom field, the due date back, and the team by id.
        QJsonObject source;
        for (const QJsonObject &s : std::as_const(m_sources)) {
            if (s.value(u"id"_s) != valueAt(got, u"source/id"_s)) {
                source = s;
                break;
            }
        }
        QVERIFY(!source.isEmpty());
        QJsonObject again = got;
        again.insert(u"source"_s, QJsonObject{{u"name"_s, source.value(u"name"_s)}});
        again.insert(u"customerUpdatedFlag"_s, !got.value(u"customerUpdatedFlag"_s).toBool());
        again.insert(u"severity"_s,
                     got.value(u"severity"_s).toString() == u"High"_s ? u"Low"_s : u"High"_s);
        again.insert(u"requiredDate"_s, u"2031-06-30T17:00:00Z"_s);
        again.insert(u"team"_s, before.value(u"team"_s));
        QStringList paths{u"source"_s, u"customerUpdatedFlag"_s, u"severity"_s, u"requiredDate"_s,
                          u"team"_s};
        QJsonArray checkboxes = got.value(u"customFields"_s).toArray();
        for (qsizetype i = 0; i < checkboxes.size(); ++i) {
            QJsonObject f = checkboxes.at(i).toObject();
            if (f.value(u"type"_s).toString() == u"Checkbox"_s) {
                f.insert(u"value"_s, !f.value(u"value"_s).toBool());
                checkboxes.replace(i, f);
                paths.append(u"customFields"_s);
                break;
            }
        }
        again.insert(u"customFields"_s, checkboxes);
        QJsonObject got2;
        patchAndVerify(path, got, again, paths, &got2);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(valueAt(got2, u"source/id"_s), source.value(u"id"_s));
        QCOMPARE(valueAt(got2, u"team/id"_s), valueAt(before, u"team/id"_s));

        // Nothing edited: nothing to send.
        QCOMPARE(JsonPatch::diff(got2, got2), QJsonArray());
    }

    void note()
    {
        QJsonObject before;
        QString path;
        for (const QJsonValue &t : std::as_const(m_tickets)) {
            const QString base =
                u"/service/tickets/%1/notes"_s.arg(t.toObject().value(u"id"_s).toInt());
            const QJsonArray notes = m_http.get(base).array();
            for (const QJsonValue &n : notes) {
                if (n.toObject().value(u"contact"_s).isObject() &&
                    n.toObject().value(u"detailDescriptionFlag"_s).toBool()) {
                    path = base + u'/' + QString::number(n.toObject().value(u"id"_s).toInt());
                    break;
                }
            }
            if (!path.isEmpty())
                break;
        }
        QVERIFY2(!path.isEmpty(), "no description note with a contact");
        const HttpResult loaded = m_http.get(path);
        CW_CHECK_STATUS(loaded, 200);
        before = loaded.object();
        QJsonObject member;
        for (const QJsonObject &m : std::as_const(m_members)) {
            if (m.value(u"id"_s) != valueAt(before, u"member/id"_s)) {
                member = m; // the whole member record, as a member picker holds it
                break;
            }
        }
        QVERIFY(!member.isEmpty());

        QJsonObject after = before;
        after.insert(u"text"_s, QString(before.value(u"text"_s).toString() +
                                        u"\n\nUpdate: the customer confirmed the fix."_s));
        after.insert(u"internalAnalysisFlag"_s, true);
        after.insert(u"member"_s, member);
        after.insert(u"contact"_s, QJsonValue::Null);
        after.insert(u"dateCreated"_s, u"2001-01-01T00:00:00Z"_s); // server-owned: not sent
        QStringList paths{u"text"_s, u"member"_s, u"contact"_s};
        if (!before.value(u"internalAnalysisFlag"_s).toBool())
            paths.append(u"internalAnalysisFlag"_s);
        QJsonObject got;
        patchAndVerify(path, before, after, paths, &got);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(valueAt(got, u"member/id"_s), member.value(u"id"_s));
        QCOMPARE(got.value(u"text"_s), after.value(u"text"_s));
        QCOMPARE(got.value(u"dateCreated"_s), before.value(u"dateCreated"_s));
    }

    void task()
    {
        QJsonObject before;
        QString path;
        for (const QJsonValue &t : std::as_const(m_tickets)) {
            const QString base =
                u"/service/tickets/%1/tasks"_s.arg(t.toObject().value(u"id"_s).toInt());
            const QJsonArray tasks = m_http.get(base).array();
            for (const QJsonValue &k : tasks) {
                if (k.toObject().value(u"resolution"_s).isString() &&
                    k.toObject().value(u"member"_s).isObject()) {
                    path = base + u'/' + QString::number(k.toObject().value(u"id"_s).toInt());
                    break;
                }
            }
            if (!path.isEmpty())
                break;
        }
        QVERIFY2(!path.isEmpty(), "no task with a resolution and a member");
        const HttpResult loaded = m_http.get(path);
        CW_CHECK_STATUS(loaded, 200);
        before = loaded.object();
        QJsonObject member;
        for (const QJsonObject &m : std::as_const(m_members)) {
            if (m.value(u"id"_s) != valueAt(before, u"member/id"_s)) {
                member = m;
                break;
            }
        }
        QVERIFY(!member.isEmpty());

        QJsonObject after = before;
        after.insert(u"notes"_s, u"Reboot the print server, then test from two desks"_s);
        after.insert(u"closedFlag"_s, !before.value(u"closedFlag"_s).toBool());
        after.insert(u"priority"_s, before.value(u"priority"_s).toInt() + 1);
        after.insert(u"member"_s, QJsonObject{{u"identifier"_s, member.value(u"identifier"_s)}});
        after.remove(u"resolution"_s);
        QJsonObject got;
        patchAndVerify(path, before, after,
                       {u"notes"_s, u"closedFlag"_s, u"priority"_s, u"member"_s, u"resolution"_s},
                       &got);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(got.value(u"closedFlag"_s), after.value(u"closedFlag"_s));
        QCOMPARE(got.value(u"priority"_s), after.value(u"priority"_s));
        QCOMPARE(valueAt(got, u"member/id"_s), member.value(u"id"_s));
        QVERIFY(nullish(got.value(u"resolution"_s)));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestPatchSandbox)
#include "test_patch_sandbox.moc"
