// BoardTreeModel over a cache synced from a real sandbox: every node's count equals the offline
// query of its conditions, cache changes arrive as dataChanged / inserts / removals (never a
// reset), hidden statuses, My tickets, saved views, node fetch states and a golden snapshot.
#include "modeltestsupport.h"

#include "boardtreemodel.h"
#include "itemroles.h"
#include "presentationproxymodel.h"
#include "savedviews.h"

#include "desk/cachereader.h"
#include "desk/desk.h"
#include "store/cache.h"
#include "store/offlinequery.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestBoardTree : public QObject
{
    Q_OBJECT

private:
    SyncedSandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SavedViews> m_views;
    std::unique_ptr<CacheReader> m_reader;
    std::unique_ptr<BoardTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Cache *cache() const { return m_sandbox.cache(); }

    bool waitCounted(BoardTreeModel *model)
    {
        QSignalSpy counted(model, &BoardTreeModel::countsUpdated);
        return counted.wait(20000);
    }

    // Calls `visit` for every node.
    void forEach(const QModelIndex &parent, const std::function<void(const QModelIndex &)> &visit)
    {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            visit(index);
            forEach(index, visit);
        }
    }

    int offlineCount(const QString &conditions)
    {
        OfflineQuery query(cache());
        if (!query.setConditions(conditions))
            return -2;
        return query.count();
    }

    // The first visible status node and its board.
    QModelIndex firstStatus()
    {
        const QModelIndex board = m_model->indexOfKey(u"board:%1"_s.arg(boardWithStatuses()));
        return m_model->index(0, 0, board);
    }

    int boardWithStatuses()
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(NodeTypeRole).toInt() == int(BoardTreeModel::NodeType::Board) &&
                m_model->rowCount(index) > 1)
                return index.data(IdRole).toInt();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(300, &error), qPrintable(error));
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"views.ini"_s), QSettings::IniFormat);
        m_views = std::make_unique<SavedViews>(m_settings.get());
        m_reader = std::make_unique<CacheReader>(m_sandbox.cachePath());
        m_model = std::make_unique<BoardTreeModel>(cache(), m_reader.get(), m_views.get());
        // Attached before data arrives.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setRecountDelay(0);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->reload();
        QCOMPARE(m_model->fetchState(), FetchState::Loading);
        // Nodes report loading until their first count arrives.
        QCOMPARE(m_model->indexOfKey(u"unassigned"_s).data(FetchStateRole).toInt(),
                 int(NodeFetchState::Loading));
        QVERIFY(waitCounted(m_model.get()));
        QCOMPARE(m_model->fetchState(), FetchState::Loaded);
    }

    void shape()
    {
        QCOMPARE(m_model->index(0, 0).data(Qt::EditRole).toString(), u"My tickets"_s);
        QCOMPARE(m_model->index(1, 0).data(Qt::EditRole).toString(), u"Unassigned"_s);
        QCOMPARE(m_model->index(2, 0).data(Qt::EditRole).toString(), u"Breaching SLA"_s);
        QCOMPARE(m_model->index(3, 0).data(NodeTypeRole).toInt(),
                 int(BoardTreeModel::NodeType::ViewsFolder));
        // One row per active board after the four above.
        int boards = 0;
        for (const Board &board : cache()->boards())
            boards += !board.inactiveFlag();
        QVERIFY(boards > 1);
        QCOMPARE(m_model->rowCount(), 4 + boards);
        // Built-in views: three plus one per board.
        QCOMPARE(m_model->rowCount(m_model->index(3, 0)), 3 + boards);
    }

    void countsEqualTheOfflineQuery()
    {
        int nodes = 0;
        int nonZero = 0;
        forEach({}, [&](const QModelIndex &index) {
            const QString conditions = index.data(ConditionsRole).toString();
            if (conditions.isEmpty())
                return;
            ++nodes;
            const int count = index.data(CountRole).toInt();
            QCOMPARE(count, offlineCount(conditions));
            QCOMPARE(index.data(FetchStateRole).toInt(), int(NodeFetchState::Done));
            nonZero += count > 0;
        });
        QVERIFY(nodes > 10);
        QVERIFY(nonZero > 5);
    }

    void hiddenStatusesAreHiddenByDefault()
    {
        int hidden = 0;
        for (const Board &board : cache()->boards()) {
            if (board.inactiveFlag())
                continue;
            const QModelIndex node = m_model->indexOfKey(u"board:%1"_s.arg(board.id()));
            QVERIFY(node.isValid());
            int visible = 0;
            for (const BoardStatus &status : cache()->statuses(board.id())) {
                const bool shown = status.displayOnBoard() && !status.inactive();
                QCOMPARE(m_model->indexOfKey(u"status:%1"_s.arg(status.id())).isValid(), shown);
                visible += shown;
                hidden += !shown;
            }
            QCOMPARE(m_model->rowCount(node), visible);
        }
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->setShowHiddenStatuses(true);
        QCOMPARE(inserted.size(), hidden);
        m_model->setShowHiddenStatuses(false);
        QCOMPARE(reset.size(), 0);
        QVERIFY(waitCounted(m_model.get()));
    }

    void countsFollowTheCache()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        const QModelIndex status = firstStatus();
        QVERIFY(status.isValid());
        const QPersistentModelIndex board = status.parent();
        const QPersistentModelIndex unassigned = m_model->indexOfKey(u"unassigned"_s);
        const int statusId = status.data(IdRole).toInt();
        const int boardId = board.data(IdRole).toInt();
        const int before = board.data(CountRole).toInt();
        // An open ticket of this board (from another status), moved into the status, then a
        // ticket of the status closed.
        OfflineQuery query(cache());
        QVERIFY(query.setConditions(
            u"board/id=%1 and status/id!=%2 and closedFlag=false"_s.arg(boardId).arg(statusId)));
        const QList<int> others = query.ids();
        QVERIFY(!others.isEmpty());
        const int statusBefore = status.data(CountRole).toInt();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(editCachedTicket(cache(), others.first(), [&](QJsonObject &t) {
            QJsonObject s = t.value(u"status"_s).toObject();
            s.insert(u"id"_s, statusId);
            s.insert(u"name"_s, status.data(Qt::EditRole).toString());
            t.insert(u"status"_s, s);
            t.insert(u"owner"_s, QJsonValue::Null);
        }));
        QVERIFY(waitCounted(m_model.get()));
        const QPersistentModelIndex statusNode = m_model->indexOfKey(u"status:%1"_s.arg(statusId));
        QCOMPARE(statusNode.data(CountRole).toInt(), statusBefore + 1);
        QCOMPARE(board.data(CountRole).toInt(), before);
        QCOMPARE(unassigned.data(CountRole).toInt(),
                 offlineCount(SavedViews::unassignedConditions()));
        QVERIFY(!changed.isEmpty());

        // Closed: the board and status lose it.
        QVERIFY(editCachedTicket(cache(), others.first(),
                                 [](QJsonObject &t) { t.insert(u"closedFlag"_s, true); }));
        QVERIFY(waitCounted(m_model.get()));
        QCOMPARE(statusNode.data(CountRole).toInt(), statusBefore);
        QCOMPARE(board.data(CountRole).toInt(), before - 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QVERIFY(board.isValid() && statusNode.isValid() && unassigned.isValid());
    }

    void statusesComeAndGo()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QPersistentModelIndex first = firstStatus();
        const QPersistentModelIndex board = first.parent();
        const int boardId = board.data(IdRole).toInt();
        const int rows = m_model->rowCount(board);
        // A new status synced for the board: inserted in its sort order.
        QJsonObject status =
            QJsonDocument::fromJson(
                cache()->rawRecord(RecordKind::BoardStatus, first.data(IdRole).toInt(), boardId))
                .object();
        QVERIFY(!status.isEmpty());
        status.insert(u"id"_s, 99001);
        status.insert(u"name"_s, u"Waiting on parts"_s);
        status.insert(u"sortOrder"_s, 999);
        status.insert(u"displayOnBoard"_s, true);
        status.insert(u"inactive"_s, false);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(cache()->upsert(RecordKind::BoardStatus,
                                {QJsonDocument(status).toJson(QJsonDocument::Compact)}, boardId));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(board), rows + 1);
        QCOMPARE(m_model->index(rows, 0, board).data(IdRole).toInt(), 99001);
        QVERIFY(waitCounted(m_model.get()));
        QCOMPARE(m_model->index(rows, 0, board).data(CountRole).toInt(), 0);
        // Removed again.
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(cache()->remove(RecordKind::BoardStatus, {99001}, boardId));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(board), rows);
        QVERIFY(first.isValid());
        QCOMPARE(reset.size(), 0);
    }

    void myTicketsFollowTheMember()
    {
        const QPersistentModelIndex mine = m_model->indexOfKey(u"my"_s);
        QCOMPARE(mine.data(CountRole).toInt(), 0);
        // The owner of some open ticket.
        const QList<Ticket> open =
            cache()->tickets(u"closed_flag = 0 AND owner_identifier IS NOT NULL"_s, {}, {}, 1);
        QVERIFY(!open.isEmpty());
        const QString me = open.first().owner().identifier;
        m_model->setMemberIdentifier(me);
        QVERIFY(mine.data(ConditionsRole).toString().contains(me));
        QVERIFY(waitCounted(m_model.get()));
        const int count = mine.data(CountRole).toInt();
        QVERIFY(count > 0);
        QCOMPARE(count, offlineCount(u"owner/identifier=\"%1\" and closedFlag=false"_s.arg(me)));
        // The built-in "My open tickets" view follows as well.
        QCOMPARE(m_model->indexOfKey(u"view:builtin:my-open"_s).data(CountRole).toInt(), count);
    }

    void savedViewsAppearAndPersist()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QModelIndex folder = m_model->indexOfKey(u"views"_s);
        const int rows = m_model->rowCount(folder);
        const QString id = m_views->save({{},
                                          u"High priority"_s,
                                          u"priority/id=1 and closedFlag=false"_s,
                                          {u"number"_s, u"summary"_s},
                                          u"id desc"_s,
                                          false});
        QCOMPARE(m_model->rowCount(folder), rows + 1);
        const QPersistentModelIndex view = m_model->indexOfKey(u"view:"_s + id);
        QVERIFY(view.isValid());
        QCOMPARE(view.data(OrderByRole).toString(), u"id desc"_s);
        QCOMPARE(view.data(ColumnsRole).toStringList(), QStringList({u"number"_s, u"summary"_s}));
        QVERIFY(waitCounted(m_model.get()));
        QCOMPARE(view.data(CountRole).toInt(),
                 offlineCount(u"priority/id=1 and closedFlag=false"_s));
        // Persisted when saved, not at quit.
        QSettings again(m_dir.filePath(u"views.ini"_s), QSettings::IniFormat);
        QCOMPARE(SavedViews(&again).userViews().size(), 1);
        QVERIFY(m_views->remove(id));
        QCOMPARE(m_model->rowCount(folder), rows);
        QCOMPARE(reset.size(), 0);
    }

    void offlineBoardsWithoutStatuses()
    {
        // A board synced without its statuses, while offline: unavailable offline.
        QJsonObject board{{u"id"_s, 98001}, {u"name"_s, u"Zz Archive"_s}};
        QVERIFY(cache()->upsert(RecordKind::Board,
                                {QJsonDocument(board).toJson(QJsonDocument::Compact)}));
        const QPersistentModelIndex node = m_model->indexOfKey(u"board:98001"_s);
        QVERIFY(node.isValid());
        m_model->setOffline(true);
        QCOMPARE(node.data(FetchStateRole).toInt(), int(NodeFetchState::UnavailableOffline));
        QVERIFY(!node.data(Qt::ToolTipRole).toString().isEmpty());
        m_model->setOffline(false);
        QVERIFY(node.data(FetchStateRole).toInt() != int(NodeFetchState::UnavailableOffline));
        QVERIFY(cache()->remove(RecordKind::Board, {98001}));
        QVERIFY(!node.isValid());
        QVERIFY(waitCounted(m_model.get()));
    }

    void presentationProxyOverTheTree()
    {
        PresentationProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        QCOMPARE(proxy.rowCount(), m_model->rowCount());
        QCOMPARE(proxy.index(1, 0).data().toString(), m_model->index(1, 0).data().toString());
        QVERIFY(!proxy.loadingShown());
    }

    void goldenSnapshot()
    {
        // A fresh tree over the cache as the tests above left it, with a member set.
        BoardTreeModel model(cache(), m_reader.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMemberIdentifier(m_model->memberIdentifier());
        model.reload();
        QVERIFY(waitCounted(&model));
        const QString dump =
            dumpModel(&model, {Qt::DisplayRole}, {IdRole, ConditionsRole, FetchStateRole});
        QString message;
        QVERIFY2(matchesGolden(u"boardtree.txt"_s, dump, &message), qPrintable(message));
    }

    void readerDeletedFirst()
    {
        // MainWindow's order: the reader is made before the models, so their common parent
        // deletes it first. The model's destructor must not reach for it then (a use after free
        // that the sanitize phase reports; found in test_i18n under ASan).
        auto owner = std::make_unique<QObject>();
        auto *reader = new CacheReader(m_sandbox.cachePath(), owner.get());
        auto *model = new BoardTreeModel(cache(), reader, nullptr, owner.get());
        model->reload(); // a request in flight when both go
        QPointer<BoardTreeModel> watch(model);
        owner.reset();
        QVERIFY(watch.isNull());
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestBoardTree)
#include "test_boardtree.moc"
