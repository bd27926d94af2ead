// The main window against an in-process sandbox, offscreen: boards and tickets appear, the first
// board is selected, clicking another board swaps the tickets, sorting works, errors reach the
// status bar. Renders PNGs into the build folder (run again with QT_SCALE_FACTOR=2).
#include "models/api/countjob.h"
#include "models/api/manageclient.h"
#include "models/boardlistmodel.h"
#include "models/desk/desk.h"
#include "models/sortproxymodel.h"
#include "models/ticketlistmodel.h"
#include "sandbox/sandbox.h"
#include "views/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCollator>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QNetworkAccessManager>
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

int countTickets(ManageClient *client, int boardId)
{
    CountJob *job = client->count(u"/service/tickets"_s, u"board/id=%1"_s.arg(boardId));
    int result = -1;
    QObject::connect(job, &CountJob::counted, job, [&result](int n) { result = n; });
    QSignalSpy finished(job, &ManageJob::finished);
    finished.wait(LoadTimeoutMs);
    return result;
}

QSet<int> ticketIds(const TicketListModel *model)
{
    QSet<int> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->ticketId(row));
    return ids;
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
        // Attached before any data arrives (answers only come from the event loop).
        QAbstractItemModelTester boardTester(
            window.boardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ticketTester(
            window.ticketModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            window.ticketProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.placeholderText(), u"Loading boards…"_s);
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"CW Desk"_s);

        BoardListModel *boards = window.boardModel();
        TicketListModel *tickets = window.ticketModel();
        QTRY_VERIFY_WITH_TIMEOUT(boards->rowCount() >= 2, LoadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tickets->fetchState(), FetchState::Loaded, LoadTimeoutMs);

        // The first board is selected and its tickets are shown.
        QCOMPARE(window.boardView()->currentIndex().row(), 0);
        const int firstBoard = boards->boardId(0);
        QCOMPARE(tickets->boardId(), firstBoard);
        const int firstCount = countTickets(m_client.get(), firstBoard);
        QVERIFY(firstCount > 0);
        QCOMPARE(tickets->rowCount(), firstCount);
        QCOMPARE(window.ticketView()->model()->rowCount(), firstCount);
        QVERIFY(window.ticketView()->viewport()->rect().intersects(
            window.ticketView()->visualRect(window.ticketProxy()->index(0, 0))));
        QCOMPARE(window.countText(), u"Tickets: %1"_s.arg(QLocale().toString(firstCount)));
        QVERIFY2(window.connectionText().contains(u"Online"_s),
                 qPrintable(window.connectionText()));
        QCOMPARE(window.statusMessage(), boards->boardName(0));
        QCOMPARE(window.placeholderText(), QString());

        // Newest first by default.
        SortProxyModel *proxy = window.ticketProxy();
        QCOMPARE(proxy->sortColumn(), int(TicketListModel::NumberColumn));
        QVERIFY(proxy->index(0, 0).data(TicketListModel::IdRole).toInt() >
                proxy->index(proxy->rowCount() - 1, 0).data(TicketListModel::IdRole).toInt());
        // Every column has text in the first row (sparse fields came back complete).
        for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
            if (column == TicketListModel::OwnerColumn)
                continue; // tickets may be unassigned
            QVERIFY2(!proxy->index(0, column).data().toString().isEmpty(),
                     qPrintable(u"column %1 is empty"_s.arg(column)));
        }
        render(&window, u"mainwindow"_s, window.ticketView()->viewport());

        // Clicking another board loads its tickets instead.
        const QSet<int> firstIds = ticketIds(tickets);
        const QModelIndex second = boards->index(1, 0);
        QTest::mouseClick(window.boardView()->viewport(), Qt::LeftButton, {},
                          window.boardView()->visualRect(second).center());
        const int secondBoard = boards->boardId(1);
        QTRY_COMPARE_WITH_TIMEOUT(tickets->boardId(), secondBoard, LoadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tickets->fetchState(), FetchState::Loaded, LoadTimeoutMs);
        const int secondCount = countTickets(m_client.get(), secondBoard);
        QCOMPARE(tickets->rowCount(), secondCount);
        QVERIFY(ticketIds(tickets).intersect(firstIds).isEmpty());
        QCOMPARE(window.statusMessage(), boards->boardName(1));

        // Clicking the Summary header sorts by summary.
        QHeaderView *header = window.ticketView()->horizontalHeader();
        const int summary = TicketListModel::SummaryColumn;
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(summary) + header->sectionSize(summary) / 2,
                   header->height() / 2));
        QCOMPARE(proxy->sortColumn(), summary);
        const QCollator collator = proxy->collator();
        QVERIFY(collator.numericMode());
        QCOMPARE(collator.caseSensitivity(), Qt::CaseInsensitive);
        for (int row = 1; row < proxy->rowCount(); ++row) {
            const QString above = proxy->index(row - 1, summary).data().toString();
            const QString below = proxy->index(row, summary).data().toString();
            QVERIFY2(collator.compare(above, below) <= 0, qPrintable(above + u" > "_s + below));
        }
        render(&window, u"mainwindow-sorted"_s, window.ticketView()->viewport());
    }

    void wrongKeyShowsReadableError()
    {
        const auto desk = connectedDesk(u"wrong-key"_s);
        MainWindow window(desk.get());
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.boardModel()->fetchState(), FetchState::Error,
                                  LoadTimeoutMs);
        QVERIFY2(window.statusMessage().contains(u"API keys"_s),
                 qPrintable(window.statusMessage()));
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
