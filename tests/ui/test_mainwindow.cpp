// The main window over the offline cache against an in-process sandbox, offscreen: after the
// first sync the first board is selected and lists the cache's tickets of that board, clicking
// another board swaps them, the detail follows the current ticket, sync errors reach the status
// bar. Renders PNGs into the build folder (run again with QT_SCALE_FACTOR=2).
#include "models/api/manageclient.h"
#include "models/boardtreemodel.h"
#include "models/desk/cachereader.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"
#include "models/presentationproxymodel.h"
#include "models/store/cache.h"
#include "models/tickettablemodel.h"
#include "sandbox/sandbox.h"
#include "views/mainwindow.h"
#include "views/ticketdetailpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QNetworkAccessManager>
#include <QLocale>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int LoadTimeoutMs = 30000;

QSet<int> ticketIds(const TicketTableModel *model)
{
    QSet<int> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->ticketId(row));
    return ids;
}

// The ids the cache holds for `conditions`, asked on a reader of its own.
QSet<int> cachedIds(Cache *cache, const QString &conditions)
{
    CacheReader reader(cache->filePath());
    QSet<int> ids;
    bool done = false;
    QObject::connect(&reader, &CacheReader::finished, &reader,
                     [&](const CacheReader::Result &result) {
                         ids = QSet<int>(result.ids.cbegin(), result.ids.cend());
                         done = true;
                     });
    reader.queryIds(&reader, conditions);
    QDeadlineTimer deadline(LoadTimeoutMs);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    return ids;
}

// The board nodes of the tree, in order.
QList<QModelIndex> boardNodes(const QAbstractItemModel *tree)
{
    QList<QModelIndex> nodes;
    for (int row = 0; row < tree->rowCount(); ++row) {
        const QModelIndex index = tree->index(row, 0);
        if (index.data(NodeTypeRole).toInt() == int(BoardTreeModel::NodeType::Board))
            nodes.append(index);
    }
    return nodes;
}

QString scaleSuffix()
{
    const qreal dpr = qApp->devicePixelRatio();
    return dpr == 1.0 ? QString() : u"@%1x"_s.arg(dpr);
}

// Saves the window as a PNG and checks it is not blank: full size, and the table has ink.
void render(QWidget *window, const QString &name, QWidget *mustHaveInk)
{
    QApplication::processEvents();
    const QPixmap pixmap = window->grab();
    const QString path = QStringLiteral(CW_UI_OUTPUT_DIR) + u'/' + name + scaleSuffix() + u".png"_s;
    QVERIFY2(pixmap.save(path, "PNG"), qPrintable(path));
    qInfo("rendered %s", qPrintable(path));
    const QImage image = pixmap.toImage();
    const qreal dpr = pixmap.devicePixelRatio();
    QCOMPARE(image.size(), window->size() * dpr);
    if (!mustHaveInk)
        return;
    const QRect area(mustHaveInk->mapTo(window, QPoint(0, 0)) * dpr, mustHaveInk->size() * dpr);
    QSet<QRgb> colours;
    for (int y = area.top(); y < area.bottom(); y += 2) {
        for (int x = area.left(); x < area.right(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8,
             qPrintable(u"%1: only %2 colours in the table"_s.arg(name).arg(colours.size())));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ManageClient> m_client;

    // A desk on the sandbox, connected (codebase looked up), with its cache in the temp dir.
    std::unique_ptr<Desk> connectedDesk(const QString &privateKey = {})
    {
        const sandbox::SandboxOptions &o = m_sandbox.options();
        auto desk = std::make_unique<Desk>(&m_network);
        Desk::Options options;
        options.cachePath = m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_desks));
        desk->setOptions(options);
        ConnectionProfile profile;
        profile.setSite(m_sandbox.baseUrl().toString(QUrl::RemovePath));
        profile.setCompany(o.company);
        profile.setPublicKey(o.publicKey);
        QSignalSpy connected(desk.get(), &Desk::connected);
        desk->connectToSite(profile, privateKey.isEmpty() ? o.privateKey : privateKey);
        if (!connected.wait(LoadTimeoutMs))
            qWarning("the desk did not connect");
        return desk;
    }

    int m_desks = 0;

    Credentials credentials(const QString &privateKey = {}) const
    {
        const sandbox::SandboxOptions &o = m_sandbox.options();
        return Credentials(m_sandbox.baseUrl(), o.company, o.publicKey,
                           privateKey.isEmpty() ? o.privateKey : privateKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The window restores its session (sort column, splitter): start from none, apart from
        // the scale-2 run of this binary going on in parallel.
        QCoreApplication::setOrganizationName(
            u"CW Desk tests %1"_s.arg(QCoreApplication::applicationPid()));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.dataFile = m_dir.filePath(u"sandbox.sqlite"_s);
        options.tickets = 300;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client = std::make_unique<ManageClient>(&m_network);
        QVERIFY2(m_client->setCredentials(credentials(), &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QSettings settings;
        settings.clear();
        QFile::remove(settings.fileName());
    }

    void boardsAndTickets()
    {
        const auto desk = connectedDesk();
        MainWindow window(desk.get());
        QVERIFY(window.ticketModel());
        // Attached before any data arrives (answers only come from the event loop).
        QAbstractItemModelTester boardTester(
            window.boardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            window.boardProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ticketTester(
            window.ticketModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"CW Desk"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!window.placeholderText().isEmpty(), LoadTimeoutMs);

        // The first sync fills the cache; the tree shows its boards and the first is selected.
        QSignalSpy synced(desk.get(), &Desk::syncFinished);
        desk->syncNow();
        QVERIFY(synced.wait(LoadTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(boardNodes(window.boardProxy()).size() >= 2, LoadTimeoutMs);
        const QList<QModelIndex> boards = boardNodes(window.boardProxy());
        QTRY_COMPARE_WITH_TIMEOUT(window.boardView()->currentIndex(), boards.first(),
                                  LoadTimeoutMs);
        TicketTableModel *tickets = window.ticketModel();
        const QString firstConditions = boards.first().data(ConditionsRole).toString();
        QTRY_COMPARE_WITH_TIMEOUT(tickets->conditions(), firstConditions, LoadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tickets->fetchState(), FetchState::Loaded, LoadTimeoutMs);
        const QSet<int> firstIds = cachedIds(desk->cache(), firstConditions);
        QVERIFY(!firstIds.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ticketIds(tickets), firstIds, LoadTimeoutMs);
        const int firstBoard = boards.first().data(IdRole).toInt();
        for (int row = 0; row < tickets->rowCount(); ++row)
            QCOMPARE(tickets->index(row, 0).data(BoardIdRole).toInt(), firstBoard);
        QCOMPARE(window.countText(),
                 u"Tickets: %1"_s.arg(QLocale().toString(tickets->rowCount())));
        QVERIFY2(window.connectionText().contains(u"Online"_s),
                 qPrintable(window.connectionText()));
        QCOMPARE(window.statusMessage(), boards.first().data().toString());
        QCOMPARE(window.placeholderText(), QString());
        QVERIFY(window.ticketView()->viewport()->rect().intersects(
            window.ticketView()->visualRect(tickets->index(0, 0))));

        // Newest first by default; the model sorts (no proxy).
        QCOMPARE(window.ticketView()->model(), tickets);
        QCOMPARE(tickets->sortColumn(), int(TicketTableModel::Number));
        QVERIFY(tickets->ticketId(0) > tickets->ticketId(tickets->rowCount() - 1));

        // The current ticket's detail is read from the cache.
        const QModelIndex first = tickets->index(0, TicketTableModel::Summary);
        QTest::mouseClick(window.ticketView()->viewport(), Qt::LeftButton, {},
                          window.ticketView()->visualRect(first).center());
        QCOMPARE(window.detailPanel()->ticketId(), tickets->ticketId(0));
        QVERIFY2(window.detailPanel()->fieldText(u"summary"_s).contains(first.data().toString()),
                 qPrintable(window.detailPanel()->fieldText(u"summary"_s)));
        QCOMPARE(window.detailPanel()->fieldText(u"status"_s),
                 tickets->index(0, TicketTableModel::Status).data().toString());
        QCOMPARE(window.detailPanel()->fieldText(u"company"_s),
                 tickets->index(0, TicketTableModel::Company).data().toString());
        render(&window, u"mainwindow"_s, window.ticketView()->viewport());

        // Clicking another board lists the cache's tickets of that board instead.
        const QModelIndex second = boards.at(1);
        QTest::mouseClick(window.boardView()->viewport(), Qt::LeftButton, {},
                          window.boardView()->visualRect(second).center());
        const QString secondConditions = second.data(ConditionsRole).toString();
        QTRY_COMPARE_WITH_TIMEOUT(tickets->conditions(), secondConditions, LoadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tickets->fetchState(), FetchState::Loaded, LoadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(ticketIds(tickets),
                                  cachedIds(desk->cache(), secondConditions), LoadTimeoutMs);
        QVERIFY(ticketIds(tickets).intersect(firstIds).isEmpty());
        QCOMPARE(window.statusMessage(), second.data().toString());

        // Clicking the Summary header sorts by summary.
        QHeaderView *header = window.ticketView()->horizontalHeader();
        const int summary = TicketTableModel::Summary;
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(summary) + header->sectionSize(summary) / 2,
                   header->height() / 2));
        QCOMPARE(tickets->sortColumn(), summary);
        render(&window, u"mainwindow-sorted"_s, window.ticketView()->viewport());
    }

    void wrongKeyShowsReadableError()
    {
        const auto desk = connectedDesk(u"wrong-key"_s);
        MainWindow window(desk.get());
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        desk->syncNow();
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusMessage().contains(u"API keys"_s),
                                  qPrintable(window.statusMessage()), LoadTimeoutMs);
        QVERIFY2(window.connectionText().contains(u"Keys refused"_s),
                 qPrintable(window.connectionText()));
        QCOMPARE(window.ticketModel()->rowCount(), 0);
        QVERIFY2(window.placeholderText().contains(u"Check the company ID"_s),
                 qPrintable(window.placeholderText()));
        render(&window, u"mainwindow-error"_s, nullptr);
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestMainWindow)
#include "test_mainwindow.moc"
