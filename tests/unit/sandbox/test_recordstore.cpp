// The sandbox store keeps each record as its JSON bytes (the base URL as one mark byte) and parses
// on demand: whole, or only the top-level members a reader names (sandbox/jsonmembers.cpp). These
// tests hold the cut-down reads to the whole record's answers, the hrefs to the current base URL
// across a restart on another port, and the scanner to not crashing on anything.
#include "sandbox/datagenerator.h"
#include "sandbox/jsonmembers.h"
#include "sandbox/store.h"

#include "query/conditions.h"
#include "query/fieldselection.h"
#include "query/orderby.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cw::sandbox::DataGenerator;
using cw::sandbox::Kind;
using cw::sandbox::MemberNames;
using cw::sandbox::Record;
using cw::sandbox::Store;

namespace {

QByteArray select(QByteArrayView object, const MemberNames &names)
{
    return cw::sandbox::JsonMembers::select(object, names);
}

const QString kBase = u"http://127.0.0.1:4000/v4_6_release/apis/3.0"_s;

MemberNames names(std::initializer_list<QString> list)
{
    MemberNames n;
    for (const QString &s : list)
        n.add(s);
    return n;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(json, &e).object();
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << json;
    return o;
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectPicksWholeMembersCaseInsensitively()
    {
        // {"_info":{…},"Board":{"id":3,"name":"a \"quoted\" {brace} [x] \\"},"closedFlag":…}
        const QByteArray json =
            "{\"_info\":{\"lastUpdated\":\"2026-01-01T00:00:00Z\"},"
            "\"Board\":{\"id\":3,\"name\":\"a \\\"quoted\\\" {brace} [x] \\\\\"},"
            "\"closedFlag\":false,\"customFields\":[{\"id\":1,\"value\":\"}]\"}],"
            "\"id\":17,\"summary\":\"ends with a backslash \\\\\",\"zeta\":null}";
        QCOMPARE(parse(select(json, names({u"board"_s}))),
                 QJsonObject({{u"Board"_s, parse(json).value("Board"_L1)}}));
        const QJsonObject some =
            parse(select(json, names({u"ID"_s, u"summary"_s, u"zeta"_s, u"nope"_s})));
        QCOMPARE(some.keys(), QStringList({u"id"_s, u"summary"_s, u"zeta"_s}));
        QCOMPARE(some.value("summary"_L1).toString(), u"ends with a backslash \\"_s);
        QCOMPARE(some.value("zeta"_L1), QJsonValue(QJsonValue::Null));
        QCOMPARE(parse(select(json, names({u"customfields"_s})))
                     .value("customFields"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("value"_L1)
                     .toString(),
                 u"}]"_s);
        QCOMPARE(parse(select(json, MemberNames::all())), parse(json));
        QCOMPARE(select(json, MemberNames()), QByteArray("{}"));
        // Whitespace, as a hand-written data file may hold, and an escaped key.
        const QByteArray spaced = "{ \"a\" : [ 1 , 2 ] ,\n\t\"n\\u0061me\" : \"x\" , \"b\":true }";
        QCOMPARE(parse(select(spaced, names({u"NAME"_s, u"b"_s}))),
                 QJsonObject({{u"name"_s, u"x"_s}, {u"b"_s, true}}));
        const QByteArray unicode = "{\"gr\xc3\xb6\xc3\x9f"
                                   "e\":1,\"x\":2}"; // größe
        QCOMPARE(parse(select(unicode, names({u"GRÖSSE"_s, u"größe"_s}))),
                 QJsonObject({{u"größe"_s, 1}}));
    }

    void selectSurvivesBadInput()
    {
        const QByteArray json =
            "{\"a\":{\"b\":[1,\"}\"]},\"c\":\"d\\\"e\",\"f\":12.5e3,\"g\":true}";
        const MemberNames wanted = names({u"a"_s, u"c"_s, u"f"_s, u"g"_s});
        // Every prefix, and every single-byte change: no crash, and the answer is JSON or the
        // members read before the fault.
        for (qsizetype n = 0; n <= json.size(); ++n)
            select(QByteArrayView(json).first(n), wanted);
        QRandomGenerator random(7);
        for (int i = 0; i < 5000; ++i) {
            QByteArray spoiled = json;
            spoiled[random.bounded(int(spoiled.size()))] = char(random.bounded(256));
            select(spoiled, wanted);
        }
        for (const char *bad :
             {"", "[1,2]", "{", "{\"a\"", "{\"a\":", "{\"a\":}", "\"x\"", "{\"a\\"})
            QCOMPARE(parse(select(QByteArrayView(bad), wanted)).size() <= 1, true);
    }

    // The store notes where each member of a compact record starts (JsonMembers::index) and
    // reads members through those offsets: the same answer as the scan, and no crash on anything.
    void indexedSelectAgreesWithScan()
    {
        const QByteArray json =
            "{\"_info\":{\"lastUpdated\":\"2026-01-01T00:00:00Z\"},\"Board\":{\"id\":3,"
            "\"name\":\"a \\\"q\\\" {b} [x] \\\\\"},\"closedFlag\":false,\"customFields\":"
            "[{\"id\":1,\"value\":\"}]\"}],\"id\":17,\"n\\u0061me\":\"x\",\"zeta\":null}";
        const QList<MemberNames> wanted = {
            names({u"board"_s}),
            names({u"ID"_s, u"zeta"_s, u"nope"_s}),
            names({u"name"_s, u"_info"_s, u"customFields"_s, u"closedflag"_s}),
            MemberNames(),
        };
        // Whether `object` is indexed, and then whether every selection agrees with the scan.
        auto check = [&](QByteArrayView object) {
            QList<qsizetype> starts;
            QList<QByteArrayView> keys;
            if (!cw::sandbox::JsonMembers::index(object, &starts, &keys))
                return false;
            if (starts.size() != keys.size())
                return false;
            cw::sandbox::RecordShape shape;
            static quint64 serial = 1000000;
            shape.serial = ++serial;
            for (QByteArrayView k : std::as_const(keys)) {
                const QByteArray lower = MemberNames::lowerKey(k);
                if (shape.lowerKeys.contains(lower))
                    return true; // a repeated key: the scan stops at the first
                shape.lowerKeys.append(lower);
            }
            std::vector<quint16> offsets;
            for (qsizetype at : std::as_const(starts))
                offsets.push_back(quint16(at));
            for (const MemberNames &n : wanted) {
                const QByteArray indexed =
                    cw::sandbox::JsonMembers::select(object, offsets.data(), shape, n);
                if (indexed != select(object, n)) {
                    qWarning() << "indexed" << indexed << "scanned" << select(object, n);
                    return false;
                }
            }
            return true;
        };
        QVERIFY(check(json));
        QVERIFY(check("{}"));
        QCOMPARE(parse(cw::sandbox::JsonMembers::select(json, nullptr, cw::sandbox::RecordShape(),
                                                        names({u"id"_s}))),
                 QJsonObject());
        // Not compact, or not one object: not indexed.
        for (const char *notCompact : {"{ \"a\":1}", "{\"a\" :1}", "{\"a\":1 }", "[1]",
                                       "{\"a\":1,}", "{\"a\":1}x", "", "{"}) {
            QList<qsizetype> starts;
            QList<QByteArrayView> keys;
            QVERIFY2(!cw::sandbox::JsonMembers::index(QByteArrayView(notCompact), &starts, &keys),
                     notCompact);
        }
        // Every prefix and random single-byte changes: either not indexed, or the same answers.
        for (qsizetype n = 0; n < json.size(); ++n)
            QVERIFY(!check(QByteArrayView(json).first(n)));
        QRandomGenerator random(11);
        int indexed = 0;
        for (int i = 0; i < 5000; ++i) {
            QByteArray spoiled = json;
            spoiled[random.bounded(int(spoiled.size()))] = char(random.bounded(256));
            QList<qsizetype> starts;
            QList<QByteArrayView> keys;
            if (cw::sandbox::JsonMembers::index(spoiled, &starts, &keys)) {
                ++indexed;
                QVERIFY2(check(spoiled), spoiled.constData());
            }
        }
        QVERIFY(indexed > 0); // many changes (inside strings) leave it readable
    }

    // A one-segment condition field may be looked up under _info (lastUpdated): a record that
    // has the member itself is read without its _info, one that lacks it with.
    void infoReadOnlyWhenLookedUpThere()
    {
        Store store;
        store.setBaseUrl(kBase);
        const int id = store.insert(Kind::Ticket, {{u"summary"_s, u"printer jam"_s}});
        const Record *r = store.find(Kind::Ticket, id);
        QVERIFY(r);
        QVERIFY(r->object().contains("_info"_L1));
        MemberNames summary;
        summary.addPath({u"Summary"_s});
        QCOMPARE(r->object(summary).keys(), QStringList({u"summary"_s}));
        MemberNames updated;
        updated.addPath({u"lastUpdated"_s});
        updated.addPath({u"summary"_s});
        QCOMPARE(r->object(updated).keys(), QStringList({u"_info"_s, u"summary"_s}));
        MemberNames info;
        info.addPath({u"_info"_s, u"lastUpdated"_s});
        QCOMPARE(r->object(info).keys(), QStringList({u"_info"_s}));
        cw::query::Error err;
        const auto c = cw::query::Conditions::parse(
            u"lastUpdated > [2000-01-01T00:00:00Z] and summary contains 'jam'"_s, &err);
        QVERIFY2(!err.isError(), qPrintable(err.message));
        MemberNames read;
        read.addPaths(c.fieldPaths());
        QVERIFY(c.matches(r->object(read)));
    }

    void hrefsFollowTheBaseUrl()
    {
        Store store;
        store.setBaseUrl(kBase);
        const int board = store.insert(Kind::Board, {{u"name"_s, u"Help Desk"_s}});
        const QJsonObject ref = store.reference(Kind::Board, board);
        const QString text = u"see "_s + kBase + u" and \u0001 too"_s;
        const int id = store.insert(Kind::Ticket, {{u"summary"_s, text}, {u"board"_s, ref}});
        const Record *r = store.find(Kind::Ticket, id);
        QVERIFY(r);
        const QString href = kBase + u"/service/boards/%1"_s.arg(board);
        QCOMPARE(r->object()
                     .value("board"_L1)
                     .toObject()
                     .value("_info"_L1)
                     .toObject()
                     .value("board_href"_L1),
                 QJsonValue(href));
        QCOMPARE(r->object().value("summary"_L1).toString(), text);
        QVERIFY(r->json().contains(href.toUtf8()));
        QVERIFY(r->storedSize() < r->json().size());
        QByteArray appended = "x";
        r->appendJson(&appended);
        QCOMPARE(appended, "x" + r->json());
        QCOMPARE(r->object(names({u"board"_s})).value("board"_L1), r->object().value("board"_L1));

        const QString other = u"https://[::1]:5555/v4_6_release/apis/3.0"_s;
        store.setBaseUrl(other);
        r = store.find(Kind::Ticket, id);
        const QString moved = other + u"/service/boards/%1"_s.arg(board);
        QCOMPARE(parse(r->json())
                     .value("board"_L1)
                     .toObject()
                     .value("_info"_L1)
                     .toObject()
                     .value("board_href"_L1),
                 QJsonValue(moved));
        QCOMPARE(r->object(names({u"BOARD"_s}))
                     .value("board"_L1)
                     .toObject()
                     .value("_info"_L1)
                     .toObject()
                     .value("board_href"_L1),
                 QJsonValue(moved));
        QCOMPARE(r->object().value("summary"_L1).toString(),
                 u"see "_s + other + u" and \u0001 too"_s);
        // A small kind keeps its parsed object, which follows the base too.
        QCOMPARE(store.find(Kind::Board, board)->object(),
                 parse(store.find(Kind::Board, board)->json()));
        QCOMPARE(
            store.reference(Kind::Board, board).value("_info"_L1).toObject().value("board_href"_L1),
            QJsonValue(moved));
    }

    void dataFileKeepsRecordsAcrossPorts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"data.sqlite"_s);
        int id = 0;
        QJsonObject written;
        const qint64 now = DataGenerator::anchorSecsSinceEpoch();
        {
            Store store;
            store.setPinnedNow(now);
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            store.setBaseUrl(kBase);
            const int board = store.insert(Kind::Board, {{u"name"_s, u"Help Desk"_s}});
            id = store.insert(Kind::Ticket, {{u"summary"_s, u"ctl \u0001 char"_s},
                                             {u"board"_s, store.reference(Kind::Board, board)}});
            QVERIFY(id > 0);
            written = store.find(Kind::Ticket, id)->object();
        }
        {
            // On disk: no port, the placeholder instead.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT json FROM records WHERE kind = 0"_s));
            QVERIFY(q.next());
            const QByteArray disk = q.value(0).toByteArray();
            QVERIFY2(disk.contains("cwsandbox://base/service/boards/"), disk.constData());
            QVERIFY2(!disk.contains("127.0.0.1"), disk.constData());
            QVERIFY2(!disk.contains('\x01'), disk.constData());
            // A hand-written record (spaces, keys out of order) and one that is not JSON.
            QVERIFY(q.exec(u"INSERT INTO records VALUES(0, 999, 0, '{ \"summary\" : \"by hand\" ,"
                           " \"id\" : 999 }')"_s));
            QVERIFY(q.exec(u"INSERT INTO records VALUES(0, 1000, 0, '{\"id\": 1000, ')"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        Store store;
        store.setPinnedNow(now);
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const QString other = u"http://127.0.0.1:4111/v4_6_release/apis/3.0"_s;
        store.setBaseUrl(other);
        const Record *r = store.find(Kind::Ticket, id);
        QVERIFY(r);
        QByteArray expected = QJsonDocument(written).toJson(QJsonDocument::Compact);
        expected.replace(kBase.toUtf8(), other.toUtf8());
        QCOMPARE(r->json(), expected);
        QCOMPARE(r->object().value("summary"_L1).toString(), u"ctl \u0001 char"_s);
        const Record *byHand = store.find(Kind::Ticket, 999);
        QVERIFY(byHand);
        QCOMPARE(byHand->object(names({u"summary"_s})).value("summary"_L1).toString(),
                 u"by hand"_s);
        QCOMPARE(parse(byHand->json()).value("id"_L1).toInt(), 999);
        QVERIFY(!store.find(Kind::Ticket, 1000));
    }

    // What a listing reads through the cut-down records (conditions, orderBy, fields) is what it
    // reads from whole records, over generated tickets, notes and tasks.
    void cutDownReadsAgreeWithWholeRecords_data()
    {
        QTest::addColumn<QString>("conditions");
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QString>("fields");
        QTest::newRow("closed or recent")
            << u"closedFlag = false or closedDate > [2026-06-01T00:00:00Z]"_s
            << u"closedDate desc, id"_s << u"id,closedDate"_s;
        QTest::newRow("lastUpdated via _info") << u"lastUpdated > [2026-09-01T00:00:00Z]"_s
                                               << u"lastUpdated"_s << u"id,_info/lastUpdated"_s;
        QTest::newRow("nested references")
            << u"board/name like 'Service%' and status/name != 'Closed' and company/id > 3"_s
            << u"company/name, board/id desc"_s << u"board/name,company"_s;
        QTest::newRow("spelling") << u"SUMMARY contains 'e' or Priority/Name = 'x'"_s
                                  << u"SUMMARY"_s << u"Summary,PRIORITY/name"_s;
        QTest::newRow("in and null") << u"owner/identifier in ('kreyes','jdoe') or owner = null"_s
                                     << u"owner"_s << u"owner/identifier"_s;
        QTest::newRow("missing field")
            << u"noSuchField = 1 or id < 10050"_s << u"noSuchField"_s << u"noSuchField,id"_s;
    }

    void cutDownReadsAgreeWithWholeRecords()
    {
        QFETCH(QString, conditions);
        QFETCH(QString, orderBy);
        QFETCH(QString, fields);
        static std::unique_ptr<Store> store = [] {
            auto s = std::make_unique<Store>();
            s->setBaseUrl(kBase);
            s->setPinnedNow(DataGenerator::anchorSecsSinceEpoch());
            DataGenerator(*s, {600, 3, DataGenerator::anchorSecsSinceEpoch()}).run();
            return s;
        }();
        cw::query::Error err;
        const auto c = cw::query::Conditions::parse(conditions, &err);
        QVERIFY2(!err.isError(), qPrintable(err.message));
        const auto o = cw::query::OrderBy::parse(orderBy, &err);
        QVERIFY2(!err.isError(), qPrintable(err.message));
        const auto f = cw::query::FieldSelection::parse(fields, &err);
        QVERIFY2(!err.isError(), qPrintable(err.message));
        MemberNames conditionNames, orderNames, fieldNames;
        conditionNames.addPaths(c.fieldPaths());
        for (const auto &key : o.keys())
            orderNames.addPath(key.path);
        for (const QStringList &path : f.paths())
            fieldNames.add(path.front());
        for (Kind kind : {Kind::Ticket, Kind::Note, Kind::Task}) {
            int matched = 0;
            QList<QJsonObject> whole, cut;
            for (const auto &[id, r] : store->records(kind)) {
                const QJsonObject all = r.object();
                const bool expected = c.matches(all);
                QCOMPARE(c.matches(r.object(conditionNames)), expected);
                matched += expected;
                QCOMPARE(f.apply(r.object(fieldNames)), f.apply(all));
                whole.append(all);
                cut.append(r.object(orderNames));
            }
            QCOMPARE(o.sortedIndices(cut), o.sortedIndices(whole));
            if (kind == Kind::Ticket && !conditions.startsWith(u"noSuch"_s))
                QVERIFY2(matched > 0 && matched < whole.size(),
                         qPrintable(u"%1 of %2"_s.arg(matched).arg(whole.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "test_recordstore.moc"
