// Dispatching from the window against in-process sandboxes, offscreen: a bulk assignment from
// the Ticket menu and a drop of tickets on the members dock reach the server (read back with a
// GET) and the rows' pending marks go; offline a bulk change queues (marked) and is pushed once
// the server is back. PNGs of the window land in the build folder (and at QT_SCALE_FACTOR=2).
#include "uitestsupport.h"

#include "models/api/apipaths.h"
#include "models/api/boardstatus.h"
#include "models/api/listjob.h"
#include "models/api/recordjob.h"
#include "models/assigneemodel.h"
#include "models/boardtreemodel.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"
#include "models/presentationproxymodel.h"
#include "models/store/cache.h"
#include "models/store/outbox.h"
#include "models/tickettablemodel.h"
#include "sandbox/sandbox.h"
#include "views/actions.h"
#include "views/mainwindow.h"
#include "views/querybar.h"
#include "views/ticketdispatcher.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int WaitMs = 60000;

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    int m_desks = 0;

    std::unique_ptr<Desk> syncedDesk(sandbox::Sandbox &sandbox)
    {
        return connectedDesk(sandbox, &m_network,
                             m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_desks)), true, WaitMs);
    }

    // Selects the first two rows of the list; their ids.
    static QList<int> selectTwo(MainWindow &window)
    {
        TicketTableModel *tickets = window.ticketModel();
        QTableView *view = window.ticketView();
        view->setCurrentIndex(tickets->index(0, 0));
        view->selectionModel()->select(tickets->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        return window.selectedTicketIds();
    }

    // An active member who owns neither ticket, from the cache.
    static Assignee otherMember(MainWindow &window, const QList<int> &ids)
    {
        AssigneeModel *assignees = window.assigneeModel();
        QStringList owners;
        for (const int id : ids) {
            const int row = window.ticketModel()->rowOfTicket(id);
            owners.append(window.ticketModel()->rowData(row)->owner);
        }
        for (int row = 0; row < assignees->rowCount(); ++row) {
            const Assignee candidate = assignees->assignee(row);
            if (candidate.kind == Assignee::Kind::Member && !owners.contains(candidate.identifier))
                return candidate;
        }
        return {};
    }

    static void chooseFromMenu(QMenu *menu, int referenceId)
    {
        Q_EMIT menu->aboutToShow();
        for (QAction *action : menu->actions()) {
            if (action->data().toInt() == referenceId) {
                action->trigger();
                return;
            }
        }
        QFAIL("the choice is not in the menu");
    }

    static bool ownedBy(MainWindow &window, const QList<int> &ids, const QString &identifier)
    {
        TicketTableModel *tickets = window.ticketModel();
        for (const int id : ids) {
            const int row = tickets->rowOfTicket(id);
            if (row < 0 || tickets->rowData(row)->owner != identifier)
                return false;
        }
        return true;
    }

    static bool anyPending(MainWindow &window, const QList<int> &ids)
    {
        TicketTableModel *tickets = window.ticketModel();
        for (const int id : ids) {
            const int row = tickets->rowOfTicket(id);
            if (row >= 0 && tickets->index(row, 0).data(PendingRole).toBool())
                return true;
        }
        return false;
    }

    static void showWindow(MainWindow &window, bool busiestBoard = false)
    {
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The board with the most open tickets, so two can be selected.
        QAbstractItemModel *tree = window.boardProxy();
        QTRY_VERIFY_WITH_TIMEOUT(window.boardView()->currentIndex().isValid(), WaitMs);
        if (!busiestBoard) {
            QTRY_VERIFY_WITH_TIMEOUT(window.ticketModel()->rowCount() > 1, WaitMs);
            return;
        }
        // The counts arrive after the tree: wait for a board with two tickets or more.
        QTRY_VERIFY_WITH_TIMEOUT(
            [tree] {
                for (int row = 0; row < tree->rowCount(); ++row) {
                    if (tree->index(row, 0).data(NodeTypeRole).toInt() ==
                            int(BoardTreeModel::NodeType::Board) &&
                        tree->index(row, 0).data(CountRole).toInt() > 1)
                        return true;
                }
                return false;
            }(),
            WaitMs);
        QModelIndex busiest;
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex node = tree->index(row, 0);
            if (node.data(NodeTypeRole).toInt() == int(BoardTreeModel::NodeType::Board) &&
                (!busiest.isValid() ||
                 node.data(CountRole).toInt() > busiest.data(CountRole).toInt()))
                busiest = node;
        }
        window.boardView()->setCurrentIndex(busiest);
        QTRY_VERIFY_WITH_TIMEOUT(window.ticketModel()->rowCount() > 1, WaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startUiTest(m_sandbox, m_dir, 200, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QSettings settings;
        settings.clear();
        QFile::remove(settings.fileName());
    }

    // "Search the server" runs the list's conditions online and keeps what it finds in the
    // cache: a ticket closed long ago (outside the sync's scope) is listed once found.
    void searchTheServerFindsTicketsOutsideTheSync()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        // A ticket the sync does not keep (closed more than 30 days ago), asked of the server.
        ListQuery old;
        old.conditions = u"closedFlag = true and closedDate < \"%1\""_s.arg(
            QDateTime::currentDateTimeUtc().addDays(-60).toString(Qt::ISODate));
        old.orderBy = u"id desc"_s;
        old.pageSize = 1;
        old.allPages = false;
        ListJob *job = desk->client()->list(ApiPaths::tickets(), old);
        QSignalSpy listed(job, &ListJob::recordsFetched);
        QString listError;
        connect(job, &ManageJob::failed, this,
                [&listError](const ApiError &error) { listError = error.message(); });
        QSignalSpy listFinished(job, &ManageJob::finished);
        QVERIFY(listFinished.wait(WaitMs));
        QVERIFY2(listError.isEmpty(), qPrintable(listError));
        QCOMPARE(listed.size(), 1);
        const auto records = listed.first().first().value<QList<QByteArray>>();
        QCOMPARE(records.size(), 1);
        const int id = QJsonDocument::fromJson(records.first()).object().value(u"id"_s).toInt();
        QVERIFY(id > 0);
        QVERIFY2(desk->cache()->rawRecord(RecordKind::Ticket, id).isEmpty(),
                 "the sync should not keep a ticket closed 60 days ago");

        MainWindow window(desk.get());
        showWindow(window, true); // the tree has its counts: no node is chosen for us later
        // No tree node: the query alone decides (as for a ticket looked up by number).
        window.boardView()->setCurrentIndex(QModelIndex());
        QLineEdit *edit = window.queryBar()->findChild<QLineEdit *>(u"queryEdit"_s);
        QVERIFY(edit);
        edit->setFocus();
        edit->setText(u"id = %1"_s.arg(id));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.appliedQuery(), u"id = %1"_s.arg(id), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.ticketModel()->fetchState() == FetchState::Loaded &&
                                     window.ticketModel()->conditions() == window.appliedQuery(),
                                 WaitMs);
        QCOMPARE(window.ticketModel()->rowCount(), 0);

        auto *server = window.queryBar()->findChild<QToolButton *>(u"searchServer"_s);
        QVERIFY(server);
        QVERIFY(server->isEnabled());
        server->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.ticketModel()->rowOfTicket(id) >= 0, WaitMs);
        QCOMPARE(window.ticketModel()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusMessage().contains(u"tickets found: 1."_s), WaitMs);
        QVERIFY(!desk->cache()->rawRecord(RecordKind::Ticket, id).isEmpty());

        // Offline the search says why, and the list keeps what the cache has.
        Desk::Options options = desk->options();
        options.offline = true;
        desk.get()->setOptions(options);
        edit->setText(u"closedFlag = true and id = %1"_s.arg(id));
        server->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusMessage().contains(u"cannot be reached"_s), WaitMs);
        QCOMPARE(window.ticketModel()->rowCount(), 1);
    }

    // Statuses belong to a board: tickets of two boards are offered the status names both
    // boards have, and each gets its own board's status of that name.
    void statusAcrossBoards()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        showWindow(window, true);
        // Every open ticket, whatever its board: no tree node, a query.
        window.boardView()->setCurrentIndex(QModelIndex());
        window.queryBar()->queryEdit()->setFocus();
        window.queryBar()->setQuery(u"closedFlag = false"_s);
        QTest::keyClick(window.queryBar()->queryEdit(), Qt::Key_Return);
        TicketTableModel *tickets = window.ticketModel();
        QTRY_VERIFY_WITH_TIMEOUT(tickets->fetchState() == FetchState::Loaded &&
                                     tickets->conditions() == u"closedFlag = false"_s,
                                 WaitMs);
        // Two rows on different boards.
        int first = -1, second = -1;
        for (int row = 0; row < tickets->rowCount() && second < 0; ++row) {
            if (first < 0)
                first = row;
            else if (tickets->index(row, 0).data(BoardIdRole) !=
                     tickets->index(first, 0).data(BoardIdRole))
                second = row;
        }
        QVERIFY2(second >= 0, qPrintable(u"open tickets on two boards in %1 rows of %2"_s
                                             .arg(tickets->rowCount())
                                             .arg(tickets->conditions())));
        QTableView *view = window.ticketView();
        view->setCurrentIndex(tickets->index(first, 0));
        view->selectionModel()->select(tickets->index(second, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<int> ids = window.selectedTicketIds();
        QCOMPARE(ids.size(), 2);
        const int boardA = tickets->index(first, 0).data(BoardIdRole).toInt();
        const int boardB = tickets->index(second, 0).data(BoardIdRole).toInt();

        QMenu *menu = window.actions()->statusMenu();
        Q_EMIT menu->aboutToShow();
        QStringList offered;
        for (QAction *action : menu->actions())
            if (action->isEnabled())
                offered.append(action->text());
        QVERIFY(!offered.isEmpty());
        // Exactly the active status names both boards have.
        auto names = [&desk](int board) {
            QSet<QString> set;
            for (const BoardStatus &status : desk->cache()->statuses(board))
                if (!status.inactive())
                    set.insert(status.name());
            return set;
        };
        const QSet<QString> shared = names(boardA) & names(boardB);
        QCOMPARE(QSet<QString>(offered.cbegin(), offered.cend()), shared);
        // A status neither ticket has now.
        QString target;
        for (const QString &name : std::as_const(offered)) {
            if (name != tickets->rowData(first)->status && name != tickets->rowData(second)->status)
                target = name;
        }
        QVERIFY(!target.isEmpty());
        QSignalSpy idle(window.dispatcher(), &TicketDispatcher::idle);
        for (QAction *action : menu->actions())
            if (action->text() == target)
                action->trigger();
        QVERIFY(idle.wait(WaitMs));
        for (const int id : ids) {
            const QJsonObject server = serverTicket(desk.get(), id);
            const int board = server.value(u"board"_s).toObject().value(u"id"_s).toInt();
            const int status = server.value(u"status"_s).toObject().value(u"id"_s).toInt();
            QCOMPARE(server.value(u"status"_s).toObject().value(u"name"_s).toString(), target);
            bool ofItsBoard = false;
            for (const BoardStatus &s : desk->cache()->statuses(board))
                ofItsBoard |= s.id() == status;
            QVERIFY2(ofItsBoard, "each ticket has its own board's status");
        }
    }

    void bulkAssignFromMenu()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        showWindow(window);
        const QList<int> ids = selectTwo(window);
        QCOMPARE(ids.size(), 2);
        QVERIFY(window.actions()->assignOwner()->isEnabled());
        // Ctrl+Shift+C copies the selected numbers, one a line.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"%1\n%2"_s.arg(ids.at(0)).arg(ids.at(1)));
        const Assignee member = otherMember(window, ids);
        QVERIFY(member.id > 0);

        QSignalSpy idle(window.dispatcher(), &TicketDispatcher::idle);
        chooseFromMenu(window.actions()->ownerMenu(), member.id);
        QVERIFY(idle.wait(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(ownedBy(window, ids, member.identifier), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!anyPending(window, ids), WaitMs);
        for (const int id : ids) {
            QCOMPARE(
                serverTicket(desk.get(), id).value(u"owner"_s).toObject().value(u"id"_s).toInt(),
                member.id);
        }
        QVERIFY(renderPng(&window, u"window-dispatch"_s));
    }

    void dropOnMemberAssigns()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        showWindow(window);
        const QList<int> ids = selectTwo(window);
        const Assignee member = otherMember(window, ids);
        QVERIFY(member.id > 0);

        // The drag's data is what the list gives for the selection; dropped on the member's row.
        const QModelIndexList rows = window.ticketView()->selectionModel()->selectedIndexes();
        std::unique_ptr<QMimeData> mime(window.ticketModel()->mimeData(rows));
        QVERIFY(mime);
        QListView *dock = window.assigneeView();
        const QModelIndex target = window.assigneeModel()->index(
            window.assigneeModel()->rowOf(Assignee::Kind::Member, member.id));
        dock->scrollTo(target);
        const QPoint at = dock->visualRect(target).center();
        QSignalSpy idle(window.dispatcher(), &TicketDispatcher::idle);
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(dock->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(dock->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(dock->viewport(), &drop);
        QVERIFY(idle.wait(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(ownedBy(window, ids, member.identifier), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!anyPending(window, ids), WaitMs);
        for (const int id : ids) {
            QCOMPARE(
                serverTicket(desk.get(), id).value(u"owner"_s).toObject().value(u"id"_s).toInt(),
                member.id);
        }
    }

    void offlineQueuesThenPushes()
    {
        QTemporaryDir dir;
        sandbox::Sandbox own;
        sandbox::SandboxOptions options;
        options.dataFile = dir.filePath(u"own.sqlite"_s);
        options.tickets = 100;
        QString error;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        const auto desk = syncedDesk(own);
        QVERIFY(desk);
        MainWindow window(desk.get());
        showWindow(window, true);

        const quint16 port = own.port();
        own.stop();
        const QList<int> ids = selectTwo(window);
        const Assignee member = otherMember(window, ids);
        QVERIFY(member.id > 0);
        QSignalSpy idle(window.dispatcher(), &TicketDispatcher::idle);
        QSignalSpy changed(desk->cache(), &Cache::recordsChanged);
        chooseFromMenu(window.actions()->ownerMenu(), member.id);
        QVERIFY(idle.wait(WaitMs));
        // The selection is queued in one outbox transaction: one change batch for the models.
        int ticketBatches = 0;
        for (const QList<QVariant> &args : std::as_const(changed))
            ticketBatches += args.at(0).value<RecordKind>() == RecordKind::Ticket;
        QCOMPARE(ticketBatches, 1);
        // Queued: the rows are marked pending (the optimistic owner is only a reference by id).
        QTRY_VERIFY_WITH_TIMEOUT(anyPending(window, ids), WaitMs);
        for (const int id : ids) {
            QVERIFY(window.ticketModel()
                        ->index(window.ticketModel()->rowOfTicket(id), 0)
                        .data(PendingRole)
                        .toBool());
        }
        QCOMPARE(desk->outbox()->pendingCount(), 2);
        QVERIFY(renderPng(&window, u"window-dispatch-pending"_s));

        // Back online: a sync pushes the outbox and the marks go.
        options.port = port;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        QSignalSpy synced(desk.get(), &Desk::syncFinished);
        desk->syncNow();
        QVERIFY(synced.wait(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(desk->outbox()->pendingCount(), 0, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!anyPending(window, ids), WaitMs);
        for (const int id : ids) {
            QCOMPARE(
                serverTicket(desk.get(), id).value(u"owner"_s).toObject().value(u"id"_s).toInt(),
                member.id);
        }
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestDispatch)
#include "test_dispatch.moc"
