// The sandbox's JSON Patch (sandbox/recordpatcher.cpp): array indexes and "-", and what a bad path
// leaves. Inputs the fuzzer found are kept in tests/fuzz/corpus/fuzz_jsonpatch as well.
#include "sandbox/recordpatcher.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class TestRecordPatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applies_data()
    {
        QTest::addColumn<QJsonArray>("ops");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("append with -") << array(R"([{"op":"add","path":"/a/b/-","value":3}])")
                                       << object(R"({"a":{"b":[0,2,3]}})");
        QTest::newRow("add at the end index")
            << array(R"([{"op":"add","path":"/a/b/2","value":3}])")
            << object(R"({"a":{"b":[0,2,3]}})");
        QTest::newRow("replace an element")
            << array(R"([{"op":"replace","path":"a/b/1","value":7}])")
            << object(R"({"a":{"b":[0,7]}})");
        QTest::newRow("remove an element")
            << array(R"([{"op":"remove","path":"/a/b/0"}])") << object(R"({"a":{"b":[2]}})");
    }

    void applies()
    {
        QFETCH(QJsonArray, ops);
        QFETCH(QJsonObject, expected);
        const sandbox::RecordPatcher patcher(1000, 16);
        QJsonObject target = object(R"({"a":{"b":[0,2]}})");
        QString message;
        QVERIFY2(patcher.apply(target, ops, &message), qPrintable(message));
        QCOMPARE(target, expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QJsonArray>("ops");
        // Found by fuzz_jsonpatch (LeakSanitizer): a path going on through "-" wrote an element
        // back at the array's size, past its end.
        QTest::newRow("through -") << array(R"([{"op":"add","path":"/a/b/-/","value":3}])");
        QTest::newRow("through - into a key")
            << array(R"([{"op":"add","path":"/a/b/-/c","value":3}])");
        QTest::newRow("replace at -") << array(R"([{"op":"replace","path":"/a/b/-","value":3}])");
        QTest::newRow("remove at -") << array(R"([{"op":"remove","path":"/a/b/-"}])");
        QTest::newRow("through the end index")
            << array(R"([{"op":"add","path":"/a/b/2/c","value":3}])");
        QTest::newRow("past the end") << array(R"([{"op":"add","path":"/a/b/3","value":3}])");
        QTest::newRow("negative") << array(R"([{"op":"add","path":"/a/b/-1","value":3}])");
        QTest::newRow("not an index") << array(R"([{"op":"add","path":"/a/b/x","value":3}])");
    }

    void refuses()
    {
        QFETCH(QJsonArray, ops);
        const sandbox::RecordPatcher patcher(1000, 16);
        QJsonObject target = object(R"({"a":{"b":[0,2]}})");
        QString message;
        QVERIFY(!patcher.apply(target, ops, &message));
        QVERIFY2(message.contains(u"does not exist"_s), qPrintable(message));
        QCOMPARE(target, object(R"({"a":{"b":[0,2]}})"));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestRecordPatcher)
#include "test_recordpatcher.moc"
