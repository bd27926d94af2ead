// AdminListModel against a real cwdesk-sandbox process over HTTP, under QAbstractItemModelTester:
// every kind lists what the server lists (a board's children per board), priorities carry their
// colour; created, edited and deleted records are read back from the server and followed by the
// offline cache; a refusal carries the server's message; offline the list comes from the cache
// and a change fails at once with an explanation, nothing sent.
#include "modeltestsupport.h"

#include "models/adminlistmodel.h"
#include "models/api/apipaths.h"
#include "models/api/ticket.h"
#include "models/api/listjob.h"
#include "models/api/manageclient.h"
#include "models/api/recordjob.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"
#include "models/store/cache.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int WaitMs = 60000;

QList<QJsonObject> serverList(Desk *desk, const QString &path)
{
    ListQuery query;
    query.pageSize = 1000;
    ListJob *job = desk->client()->list(path, query);
    QList<QJsonObject> records;
    QObject::connect(job, &ListJob::recordsFetched, job, [&](const QList<QByteArray> &raw) {
        for (const QByteArray &bytes : raw)
            records.append(QJsonDocument::fromJson(bytes).object());
    });
    QSignalSpy finished(job, &ManageJob::finished);
    finished.wait(WaitMs);
    return records;
}

// The record at `path` on the server now; empty when it is not there (404).
QJsonObject serverRecord(Desk *desk, const QString &path)
{
    RecordJob *job = desk->client()->get(path);
    QByteArray raw;
    QObject::connect(job, &RecordJob::succeeded, job, [&raw](const QByteArray &answer) { raw = answer; });
    QSignalSpy finished(job, &ManageJob::finished);
    finished.wait(WaitMs);
    return QJsonDocument::fromJson(raw).object();
}

bool load(AdminListModel &model)
{
    QSignalSpy loaded(&model, &AdminListModel::loaded);
    model.reload();
    return loaded.count() > 0 || loaded.wait(WaitMs);
}

} // namespace

class TestAdminList : public QObject
{
    Q_OBJECT

private:
    SyncedSandbox m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(40, &error), qPrintable(error));
    }

    void everyKindListsTheServersRecords_data()
    {
        QTest::addColumn<int>("kind");
        for (AdminKind kind : {AdminKind::Board, AdminKind::BoardStatus, AdminKind::BoardType,
                               AdminKind::BoardSubType, AdminKind::BoardTeam, AdminKind::Priority,
                               AdminKind::Sla, AdminKind::Source, AdminKind::Location,
                               AdminKind::Callback})
            QTest::newRow(qPrintable(AdminListModel::title(kind))) << int(kind);
    }

    void everyKindListsTheServersRecords()
    {
        QFETCH(int, kind);
        const auto adminKind = AdminKind(kind);
        Desk *desk = m_sandbox.desk();
        AdminListModel model(desk, adminKind);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int board = 0;
        if (AdminKinds::isBoardChild(adminKind)) {
            QVERIFY(load(model)); // no board: nothing, and says so
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(!model.canChange());
            board = desk->cache()->boards().first().id();
            QSignalSpy loaded(&model, &AdminListModel::loaded);
            model.setBoardId(board);
            QVERIFY(loaded.wait(WaitMs));
        } else {
            QVERIFY(load(model));
        }
        QCOMPARE(model.source(), AdminListModel::Source::Server);
        const QList<QJsonObject> server = serverList(desk, AdminKinds::path(adminKind, board));
        QCOMPARE(model.rowCount(), server.size());
        if (adminKind != AdminKind::Callback)
            QVERIFY(model.rowCount() > 0);
        for (const QJsonObject &record : server)
            QVERIFY(model.rowOfId(record.value(u"id"_s).toInt()) >= 0);
        QVERIFY(model.columnCount() >= 2);
        QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.fields().isEmpty());
        if (adminKind == AdminKind::Priority) {
            const int row = model.rowCount() - 1;
            const QColor color = model.index(row, 0).data(ColorRole).value<QColor>();
            QCOMPARE(color, QColor::fromString(model.record(row).value(u"color"_s).toString()));
            QVERIFY(color.isValid());
        }
        if (adminKind == AdminKind::BoardTeam)
            QVERIFY(!model.referenceChoices(u"teamLeader"_s).isEmpty());
        if (adminKind == AdminKind::Board)
            QVERIFY(!model.referenceChoices(u"location"_s).isEmpty());
    }

    // A source created, renamed and deleted through the model: each step on the server, the
    // cache following; the rows follow without a reload.
    void createEditDeleteOnTheServer()
    {
        Desk *desk = m_sandbox.desk();
        AdminListModel model(desk, AdminKind::Source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        const int before = model.rowCount();
        QSignalSpy changed(&model, &AdminListModel::changed);
        QSignalSpy failed(&model, &AdminListModel::changeFailed);
        QJsonObject record = model.newRecord();
        record.insert(u"name"_s, u"Walk-in"_s);
        QVERIFY(model.create(record));
        QVERIFY(model.isBusy());
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(failed.count(), 0);
        const int id = changed.takeFirst().at(0).toInt();
        QVERIFY(id > 0);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(serverRecord(desk, AdminKinds::recordPath(AdminKind::Source, 0, id))
                     .value(u"name"_s)
                     .toString(),
                 u"Walk-in"_s);
        QVERIFY(!desk->cache()->rawRecord(RecordKind::Source, id).isEmpty());

        QJsonObject edited = model.recordOfId(id);
        edited.insert(u"name"_s, u"Walk-in desk"_s);
        QVERIFY(model.edit(id, edited));
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(model.index(model.rowOfId(id), 0).data().toString(), u"Walk-in desk"_s);
        QCOMPARE(serverRecord(desk, AdminKinds::recordPath(AdminKind::Source, 0, id))
                     .value(u"name"_s)
                     .toString(),
                 u"Walk-in desk"_s);

        QVERIFY(model.remove(id));
        QVERIFY(changed.wait(WaitMs));
        QCOMPARE(model.rowOfId(id), -1);
        QCOMPARE(model.rowCount(), before);
        QVERIFY(serverRecord(desk, AdminKinds::recordPath(AdminKind::Source, 0, id)).isEmpty());
        QVERIFY(desk->cache()->rawRecord(RecordKind::Source, id).isEmpty());
        QVERIFY(!model.isBusy());
    }

    // The server refuses to delete a board its tickets use: the refusal carries its sentence.
    void refusalCarriesTheServersMessage()
    {
        Desk *desk = m_sandbox.desk();
        AdminListModel model(desk, AdminKind::Board);
        QVERIFY(load(model));
        const int used = desk->cache()->tickets().first().board().id;
        QSignalSpy failed(&model, &AdminListModel::changeFailed);
        QVERIFY(model.remove(used));
        QVERIFY(failed.wait(WaitMs));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(u"is in use by"_s), qPrintable(message));
        QVERIFY(model.rowOfId(used) >= 0);
        QVERIFY(!serverRecord(desk, ApiPaths::board(used)).isEmpty());
    }

    // Working offline: the boards come from the cache; a change fails at once and says why.
    void offlineReadsTheCacheAndRefusesChanges()
    {
        Desk offline;
        Desk::Options options;
        options.cachePath = m_sandbox.cachePath();
        options.offline = true;
        offline.setOptions(options);
        offline.setProfile(m_sandbox.desk()->profile());
        AdminListModel model(&offline, AdminKind::Board);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        QCOMPARE(model.source(), AdminListModel::Source::Cache);
        QCOMPARE(model.rowCount(), offline.cache()->boards().size());
        QVERIFY(model.statusText().contains(u"offline cache"_s));
        QString why;
        QVERIFY(!model.canChange(&why));
        QVERIFY2(why.contains(u"offline"_s), qPrintable(why));
        QSignalSpy failed(&model, &AdminListModel::changeFailed);
        QVERIFY(!model.create(QJsonObject{{u"name"_s, u"Never sent"_s}}));
        QCOMPARE(failed.count(), 1);
        for (const QJsonObject &board : serverList(m_sandbox.desk(), ApiPaths::boards()))
            QVERIFY(board.value(u"name"_s).toString() != u"Never sent"_s);

        // Callbacks are not cached: offline the list is empty and says so.
        AdminListModel callbacks(&offline, AdminKind::Callback);
        QVERIFY(load(callbacks));
        QCOMPARE(callbacks.rowCount(), 0);
        QVERIFY(callbacks.statusText().contains(u"server only"_s));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestAdminList)
#include "test_adminlist.moc"
