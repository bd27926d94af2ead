// The models' small parts without a cache: SLA text parsing and time left, saved views and their
// persistence, ticket ids in a drag, and the presentation proxy's delayed "Loading…".
#include "fetchstate.h"
#include "itemroles.h"
#include "presentationproxymodel.h"
#include "savedviews.h"
#include "slastate.h"
#include "ticketmime.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestModelUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slaParsesTheServersText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QDateTime>("deadline");
        const QDateTime jan = QDateTime(QDate(2025, 1, 27), QTime(12, 0), Qt::UTC);
        using S = SlaState::Stage;
        QTest::newRow("respond") << u"Respond by Mon 01/27 4:00 PM UTC-08"_s << jan
                                 << int(S::Respond)
                                 << QDateTime(QDate(2025, 1, 28), QTime(0, 0), Qt::UTC);
        QTest::newRow("plan, no weekday")
            << u"Plan by 01/27 9:30 AM UTC+01"_s << jan << int(S::Plan)
            << QDateTime(QDate(2025, 1, 27), QTime(8, 30), Qt::UTC);
        QTest::newRow("resolve, lower case, extra spaces")
            << u"  resolve   by  tue 01/28  12:05 am utc-0530 "_s << jan << int(S::Resolve)
            << QDateTime(QDate(2025, 1, 28), QTime(5, 35), Qt::UTC);
        QTest::newRow("no zone is UTC")
            << u"Resolve by Wed 01/29 3:00 PM"_s << jan << int(S::Resolve)
            << QDateTime(QDate(2025, 1, 29), QTime(15, 0), Qt::UTC);
        QTest::newRow("24-hour clock") << u"Respond by 01/27 16:45 UTC"_s << jan << int(S::Respond)
                                       << QDateTime(QDate(2025, 1, 27), QTime(16, 45), Qt::UTC);
        QTest::newRow("year boundary")
            << u"Resolve by Thu 01/02 8:00 AM UTC-08"_s
            << QDateTime(QDate(2025, 12, 30), QTime(12, 0), Qt::UTC) << int(S::Resolve)
            << QDateTime(QDate(2026, 1, 2), QTime(16, 0), Qt::UTC);
        QTest::newRow("waiting") << u"Waiting"_s << jan << int(S::Waiting) << QDateTime();
        QTest::newRow("resolved") << u"Resolved"_s << jan << int(S::Resolved) << QDateTime();
        QTest::newRow("unreadable date")
            << u"Respond by someday"_s << jan << int(S::Respond) << QDateTime();
        QTest::newRow("empty") << QString() << jan << int(S::None) << QDateTime();
    }
    void slaParsesTheServersText()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, now);
        QFETCH(int, stage);
        QFETCH(QDateTime, deadline);
        const SlaState sla = SlaState::parse(text, now);
        QCOMPARE(int(sla.stage()), stage);
        QCOMPARE(sla.deadline(), deadline);
    }

    void slaTimeLeftAndBreach()
    {
        const QDateTime now(QDate(2025, 1, 27), QTime(22, 45), Qt::UTC);
        const SlaState sla = SlaState::parse(u"Respond by Mon 01/27 4:00 PM UTC-08"_s, now);
        QCOMPARE(sla.secondsLeft(now), 75 * 60);
        QVERIFY(!sla.isBreached(now));
        QCOMPARE(sla.text(now), u"Respond · 1h 15m"_s);
        const QDateTime late = now.addSecs(3 * 3600);
        QVERIFY(sla.isBreached(late));
        QCOMPARE(sla.secondsLeft(late), -105 * 60);
        QCOMPARE(sla.text(late), u"Respond · −1h 45m (breached)"_s);
        QCOMPARE(SlaState::formatDuration(3 * 86400 + 4 * 3600 + 59), u"3d 4h"_s);
        // Without a readable slaStatus an open ticket resolves against its requiredDate.
        const SlaState fallback =
            SlaState::forTicket({}, false, now.addSecs(-600).toMSecsSinceEpoch(), now);
        QCOMPARE(fallback.stage(), SlaState::Stage::Resolve);
        QVERIFY(fallback.isBreached(now));
        QCOMPARE(SlaState::forTicket({}, true, 0, now).stage(), SlaState::Stage::Resolved);
    }

    void savedViewsPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"views.ini"_s);
        QString id;
        {
            QSettings settings(path, QSettings::IniFormat);
            SavedViews views(&settings);
            QSignalSpy changed(&views, &SavedViews::viewsChanged);
            id = views.save({{},
                             u"Mine, urgent"_s,
                             u"owner/identifier=[me] and priority/id=1"_s,
                             {u"number"_s, u"summary"_s},
                             u"id desc"_s,
                             false});
            QCOMPARE(changed.size(), 1);
            QVERIFY(!id.isEmpty());
        }
        QSettings settings(path, QSettings::IniFormat);
        SavedViews views(&settings);
        QCOMPARE(views.userViews().size(), 1);
        const SavedView view = views.userViews().first();
        QCOMPARE(view.id, id);
        QCOMPARE(view.columns, QStringList({u"number"_s, u"summary"_s}));
        QCOMPARE(view.orderBy, u"id desc"_s);
        QCOMPARE(view.resolvedConditions(u"J\"Doe"_s),
                 u"owner/identifier=\"J\\\"Doe\" and priority/id=1"_s);
        QVERIFY(views.remove(id));
        QVERIFY(!views.remove(id));
        QSettings again(path, QSettings::IniFormat);
        QCOMPARE(SavedViews(&again).userViews().size(), 0);
    }

    void builtInViews()
    {
        Board active = Board::fromJson(QByteArray(R"({"id":4,"name":"Help Desk"})"));
        Board inactive =
            Board::fromJson(QByteArray(R"({"id":5,"name":"Old","inactiveFlag":true})"));
        const QList<SavedView> views = SavedViews::builtIns({active, inactive});
        QCOMPARE(views.size(), 4);
        QCOMPARE(views.at(3).id, u"builtin:board:4"_s);
        QCOMPARE(views.at(3).conditions, u"board/id=4 and closedFlag=false"_s);
        QVERIFY(views.first().builtIn);
    }

    void ticketIdsTravelInADrag()
    {
        std::unique_ptr<QMimeData> data(TicketMime::encode({12, 15, -3}));
        QVERIFY(data->hasFormat(TicketMime::mimeType()));
        QCOMPARE(TicketMime::decode(data.get()), QList<int>({12, 15, -3}));
        QCOMPARE(data->text(), u"#12 #15 #-3"_s);
        QMimeData other;
        other.setText(u"12"_s);
        QVERIFY(TicketMime::decode(&other).isEmpty());
    }

    void loadingShowsOnlyAfterTheDelay()
    {
        QStandardItemModel source;
        PresentationProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setLoadingDelay(150);
        proxy.setSourceModel(&source);
        auto *item = new QStandardItem(u"Help Desk"_s);
        item->setData(int(NodeFetchState::NotFetched), FetchStateRole);
        source.appendRow(item);
        const QModelIndex index = proxy.index(0, 0);
        QCOMPARE(index.data().toString(), u"Help Desk"_s);

        item->setData(int(NodeFetchState::Loading), FetchStateRole);
        // Not at once: a fast answer never flashes "Loading…".
        QTest::qWait(40);
        QCOMPARE(index.data().toString(), u"Help Desk"_s);
        QVERIFY(!index.data(LoadingShownRole).toBool());
        QVERIFY(QTest::qWaitFor([&] { return index.data(LoadingShownRole).toBool(); }, 2000));
        QCOMPARE(index.data().toString(), u"Help Desk — Loading…"_s);
        // The raw model never says it.
        QCOMPARE(source.index(0, 0).data().toString(), u"Help Desk"_s);

        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        item->setData(int(NodeFetchState::Done), FetchStateRole);
        QVERIFY(!index.data(LoadingShownRole).toBool());
        QCOMPARE(index.data().toString(), u"Help Desk"_s);
        QVERIFY(!changed.isEmpty());

        // A short load is never shown.
        item->setData(int(NodeFetchState::Loading), FetchStateRole);
        QTest::qWait(20);
        item->setData(int(NodeFetchState::Done), FetchStateRole);
        QTest::qWait(250);
        QVERIFY(!index.data(LoadingShownRole).toBool());
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestModelUnits)
#include "test_modelunits.moc"
