// The administration window offscreen against in-process sandboxes over HTTP: opened from
// Tools ▸ Administration (Ctrl+Shift+M); a board created through its form and deleted, a status
// added to it, a callback created, edited and deleted, each read back from the server; refusals
// (a board its tickets use, a duplicate name) show the server's sentence; offline every change is
// disabled with the reason. Every control is named; PNGs of the pages land in the build folder
// (at QT_SCALE_FACTOR=2 too, and under a dark palette).
#include "uitestsupport.h"

#include "models/adminlistmodel.h"
#include "models/api/apipaths.h"
#include "models/api/listjob.h"
#include "models/api/manageclient.h"
#include "models/api/recordjob.h"
#include "models/api/ticket.h"
#include "models/desk/desk.h"
#include "models/store/cache.h"
#include "sandbox/sandbox.h"
#include "views/actions.h"
#include "views/adminpage.h"
#include "views/adminrecorddialog.h"
#include "views/adminwindow.h"
#include "views/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int WaitMs = 60000;

QJsonObject findByName(const QList<QJsonObject> &records, const QString &field, const QString &text)
{
    for (const QJsonObject &record : records) {
        if (record.value(field).toString() == text)
            return record;
    }
    return {};
}

bool waitLoaded(AdminPage *page)
{
    return QTest::qWaitFor(
        [page] {
            return !page->model()->isLoading() &&
                   page->model()->source() != AdminListModel::Source::None;
        },
        WaitMs);
}

// Opens the page's form with New (the button), types `name` into its name field.
AdminRecordDialog *newForm(AdminPage *page)
{
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    return page->editor();
}

void setText(AdminRecordDialog *form, const QString &key, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(form->fieldWidget(key));
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void save(AdminRecordDialog *form)
{
    QTest::mouseClick(form->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<Desk> m_desk;
    int m_desks = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startUiTest(m_sandbox, m_dir, 60, &error), qPrintable(error));
        m_desk =
            connectedDesk(m_sandbox, &m_network, m_dir.filePath(u"cache.sqlite"_s), true, WaitMs);
        QVERIFY(m_desk);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        QSettings settings;
        settings.clear();
        QFile::remove(settings.fileName());
    }

    // Tools ▸ Administration and its shortcut open one window, in front, the boards listed.
    void openedFromTheToolsMenu()
    {
        MainWindow window(m_desk.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.actions()->administration();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY(window.findChild<QMenu *>(u"toolsMenu"_s)->actions().contains(action));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        AdminWindow *admin = window.actions()->adminWindow();
        QVERIFY(admin);
        QVERIFY(admin->isVisible());
        QVERIFY(waitLoaded(admin->page(AdminKind::Board)));
        QCOMPARE(admin->page(AdminKind::Board)->model()->rowCount(),
                 int(serverList(m_desk.get(), ApiPaths::boards()).size()));
        action->trigger();
        QCOMPARE(window.actions()->adminWindow(), admin);
        QVERIFY(!admin->offlineBanner()->isVisible());
    }

    // A board created through its form, a status added to it, then the board deleted: each
    // checked on the server.
    void boardCreatedStatusAddedBoardDeleted()
    {
        AdminWindow admin(m_desk.get());
        admin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&admin));
        AdminPage *boards = admin.page(AdminKind::Board);
        QAbstractItemModelTester tester(boards->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitLoaded(boards));
        const int before = boards->model()->rowCount();

        QPointer<AdminRecordDialog> form = newForm(boards);
        QVERIFY(form);
        QVERIFY(form->isVisible());
        setText(form, u"name"_s, u"Vendor Escalations"_s);
        // Location and department are offered from the boards' own.
        QVERIFY(qobject_cast<QComboBox *>(form->fieldWidget(u"location"_s))->count() > 0);
        save(form);
        QTRY_VERIFY_WITH_TIMEOUT(boards->model()->rowCount() == before + 1 ||
                                     (form && form->messageLabel()->text().contains(u"400"_s)),
                                 WaitMs);
        QVERIFY2(boards->model()->rowCount() == before + 1,
                 qPrintable(form ? form->messageLabel()->text() : QString()));
        QTRY_VERIFY(!boards->editor());
        const QJsonObject onServer = findByName(serverList(m_desk.get(), ApiPaths::boards()),
                                                u"name"_s, u"Vendor Escalations"_s);
        const int board = onServer.value(u"id"_s).toInt();
        QVERIFY(board > 0);
        QVERIFY(onServer.value(u"location"_s).toObject().value(u"id"_s).toInt() > 0);
        QCOMPARE(boards->currentId(), board);
        QVERIFY(admin.boardLabel()->text().contains(u"Vendor Escalations"_s));
        QVERIFY(!m_desk->cache()->rawRecord(RecordKind::Board, board).isEmpty());

        // Its statuses: the new board's own list; a status added with Insert.
        admin.showPage(AdminKind::BoardStatus);
        AdminPage *statuses = admin.page(AdminKind::BoardStatus);
        QTRY_COMPARE_WITH_TIMEOUT(statuses->model()->boardId(), board, WaitMs);
        QVERIFY(waitLoaded(statuses));
        const int statusesBefore = statuses->model()->rowCount();
        statuses->view()->setFocus();
        QTest::keyClick(statuses->view(), Qt::Key_Insert);
        form = statuses->editor();
        QVERIFY(form);
        setText(form, u"name"_s, u"Waiting on Vendor"_s);
        qobject_cast<QCheckBox *>(form->fieldWidget(u"closedStatus"_s))->setChecked(false);
        save(form);
        QTRY_COMPARE_WITH_TIMEOUT(statuses->model()->rowCount(), statusesBefore + 1, WaitMs);
        const QJsonObject status = findByName(serverList(m_desk.get(), ApiPaths::statuses(board)),
                                              u"name"_s, u"Waiting on Vendor"_s);
        QVERIFY(status.value(u"id"_s).toInt() > 0);
        QCOMPARE(status.value(u"board"_s).toObject().value(u"id"_s).toInt(), board);
        QVERIFY(!status.value(u"closedStatus"_s).toBool());
        QVERIFY(renderPng(&admin, u"admin-boards"_s));

        // The board deleted (without asking: the dialog is not what is tested).
        admin.showPage(AdminKind::Board);
        boards->setCurrentId(board);
        boards->deleteCurrent(false);
        QTRY_COMPARE_WITH_TIMEOUT(boards->model()->rowOfId(board), -1, WaitMs);
        QVERIFY(serverRecord(m_desk.get(), ApiPaths::board(board)).isEmpty());
        QVERIFY(m_desk->cache()->rawRecord(RecordKind::Board, board).isEmpty());
        QVERIFY(m_desk->cache()->statuses(board).isEmpty());
        QVERIFY(!boards->messageLabel()->isVisible());
    }

    // A callback created, its description edited, then deleted: each checked on the server.
    void callbackCreatedEditedDeleted()
    {
        AdminWindow admin(m_desk.get());
        admin.show();
        admin.showPage(AdminKind::Callback);
        AdminPage *callbacks = admin.page(AdminKind::Callback);
        QAbstractItemModelTester tester(callbacks->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitLoaded(callbacks));
        const int before = callbacks->model()->rowCount();

        AdminRecordDialog *form = newForm(callbacks);
        QVERIFY(form);
        setText(form, u"description"_s, u"Dispatch board hook"_s);
        setText(form, u"url"_s, u"http://127.0.0.1:9/hook?id="_s);
        auto *level = qobject_cast<QComboBox *>(form->fieldWidget(u"level"_s));
        level->setCurrentIndex(level->findData(u"board"_s));
        const int board = m_desk->cache()->boards().first().id();
        qobject_cast<QSpinBox *>(form->fieldWidget(u"objectId"_s))->setValue(board);
        save(form);
        QTRY_COMPARE_WITH_TIMEOUT(callbacks->model()->rowCount(), before + 1, WaitMs);
        const QJsonObject created = findByName(serverList(m_desk.get(), ApiPaths::callbacks()),
                                               u"description"_s, u"Dispatch board hook"_s);
        const int id = created.value(u"id"_s).toInt();
        QVERIFY(id > 0);
        QCOMPARE(created.value(u"url"_s).toString(), u"http://127.0.0.1:9/hook?id="_s);
        QCOMPARE(created.value(u"level"_s).toString(), u"board"_s);
        QCOMPARE(created.value(u"type"_s).toString(), u"ticket"_s);
        QCOMPARE(created.value(u"objectId"_s).toInt(), board);
        QVERIFY(renderPng(&admin, u"admin-callbacks"_s));

        // Edited with F2: only the description changes on the server.
        callbacks->setCurrentId(id);
        callbacks->view()->setFocus();
        QTest::keyClick(callbacks->view(), Qt::Key_F2);
        form = callbacks->editor();
        QVERIFY(form);
        QCOMPARE(form->recordId(), id);
        setText(form, u"description"_s, u"Dispatch board hook (v2)"_s);
        save(form);
        QTRY_VERIFY_WITH_TIMEOUT(!callbacks->editor(), WaitMs);
        const QJsonObject edited = serverRecord(m_desk.get(), ApiPaths::callback(id));
        QCOMPARE(edited.value(u"description"_s).toString(), u"Dispatch board hook (v2)"_s);
        QCOMPARE(edited.value(u"url"_s).toString(), created.value(u"url"_s).toString());
        QCOMPARE(edited.value(u"connectWiseID"_s), created.value(u"connectWiseID"_s));
        QCOMPARE(callbacks->model()->index(callbacks->model()->rowOfId(id), 0).data().toString(),
                 u"Dispatch board hook (v2)"_s);

        callbacks->deleteCurrent(false);
        QTRY_COMPARE_WITH_TIMEOUT(callbacks->model()->rowOfId(id), -1, WaitMs);
        QVERIFY(serverRecord(m_desk.get(), ApiPaths::callback(id)).isEmpty());
    }

    // The server's refusals, in its words: a board its tickets use cannot be deleted; a second
    // board of the same name keeps the form open with the reason; a callback to a host the
    // sandbox will not call.
    void refusalsShowTheServersMessage()
    {
        AdminWindow admin(m_desk.get());
        admin.show();
        AdminPage *boards = admin.page(AdminKind::Board);
        QVERIFY(waitLoaded(boards));
        const int used = m_desk->cache()->tickets().first().board().id;
        boards->setCurrentId(used);
        boards->deleteCurrent(false);
        QTRY_VERIFY_WITH_TIMEOUT(boards->messageLabel()->isVisible(), WaitMs);
        QVERIFY2(boards->messageLabel()->text().contains(u"is in use by"_s),
                 qPrintable(boards->messageLabel()->text()));
        QVERIFY(boards->model()->rowOfId(used) >= 0);
        QVERIFY(!serverRecord(m_desk.get(), ApiPaths::board(used)).isEmpty());
        QVERIFY(renderPng(&admin, u"admin-refused"_s));

        const QString taken = boards->model()->record(0).value(u"name"_s).toString();
        AdminRecordDialog *form = newForm(boards);
        QVERIFY(form);
        setText(form, u"name"_s, taken);
        const int before = boards->model()->rowCount();
        save(form);
        QTRY_VERIFY_WITH_TIMEOUT(form->messageLabel()->text().contains(u"already exists"_s),
                                 WaitMs);
        QVERIFY(form->isVisible());
        QVERIFY(form->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(boards->model()->rowCount(), before);
        // A required field left empty is caught before anything is sent.
        setText(form, u"name"_s, QString());
        qobject_cast<QLineEdit *>(form->fieldWidget(u"name"_s))->clear();
        save(form);
        QVERIFY2(form->messageLabel()->text().contains(u"Name is required"_s),
                 qPrintable(form->messageLabel()->text()));
        form->reject();

        admin.showPage(AdminKind::Callback);
        AdminPage *callbacks = admin.page(AdminKind::Callback);
        QVERIFY(waitLoaded(callbacks));
        form = newForm(callbacks);
        setText(form, u"url"_s, u"https://example.com/hook"_s);
        save(form);
        QTRY_VERIFY_WITH_TIMEOUT(form->messageLabel()->text().contains(u"Invalid URL"_s), WaitMs);
        QVERIFY(callbacks->messageLabel()->text().contains(u"Invalid URL"_s));
        form->reject();
    }

    // Offline: the lists come from the cache, every change is disabled and the banner says why.
    void offlineDisablesChangesAndSaysWhy()
    {
        Desk offline;
        Desk::Options options;
        options.cachePath = m_dir.filePath(u"cache.sqlite"_s);
        options.offline = true;
        offline.setOptions(options);
        offline.setProfile(m_desk->profile());
        AdminWindow admin(&offline);
        admin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&admin));
        QVERIFY(admin.offlineBanner()->isVisible());
        QVERIFY2(admin.offlineBanner()->text().contains(u"offline"_s),
                 qPrintable(admin.offlineBanner()->text()));
        AdminPage *boards = admin.page(AdminKind::Board);
        QVERIFY(waitLoaded(boards));
        QCOMPARE(boards->model()->source(), AdminListModel::Source::Cache);
        QVERIFY(boards->model()->rowCount() > 0);
        QVERIFY(boards->sourceLabel()->text().contains(u"offline cache"_s));
        QVERIFY(!boards->newButton()->isEnabled());
        QVERIFY(!boards->deleteButton()->isEnabled());
        QVERIFY(!boards->newButton()->toolTip().isEmpty());
        boards->newRecord();
        QVERIFY(!boards->editor());
        QVERIFY(boards->messageLabel()->isVisible());
        admin.showPage(AdminKind::BoardStatus);
        QTRY_VERIFY(admin.page(AdminKind::BoardStatus)->model()->rowCount() > 0);
        QVERIFY(renderPng(&admin, u"admin-offline"_s));
    }

    // Every control has an accessible name on every page; the pages rendered (and in dark).
    void accessibleNamesAndScreenshots()
    {
        AdminWindow admin(m_desk.get());
        admin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&admin));
        const struct
        {
            AdminKind kind;
            const char *png;
        } pages[] = {{AdminKind::Board, "admin-board-statuses"},
                     {AdminKind::BoardTeam, "admin-board-teams"},
                     {AdminKind::Priority, "admin-priorities"},
                     {AdminKind::Sla, "admin-slas"},
                     {AdminKind::Location, "admin-locations"}};
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            if (dark)
                QApplication::setPalette(darkPalette());
            for (const auto &p : pages) {
                admin.showPage(p.kind);
                AdminPage *page = admin.page(p.kind);
                QVERIFY(waitLoaded(page));
                if (p.kind == AdminKind::Board) {
                    AdminPage *statuses = admin.page(AdminKind::BoardStatus);
                    admin.showPage(AdminKind::BoardStatus);
                    QVERIFY(waitLoaded(statuses));
                    QTRY_VERIFY_WITH_TIMEOUT(statuses->model()->rowCount() > 0, WaitMs);
                }
                const QStringList unnamed = widgetsWithoutAccessibleName(&admin);
                QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
                QVERIFY(renderPng(&admin,
                                  QString::fromLatin1(p.png) + (dark ? u"-dark"_s : QString())));
            }
            // The form too.
            admin.showPage(AdminKind::Priority);
            AdminPage *priorities = admin.page(AdminKind::Priority);
            priorities->editCurrent();
            QVERIFY(priorities->editor());
            QVERIFY(QTest::qWaitForWindowExposed(priorities->editor()));
            const QStringList unnamed = widgetsWithoutAccessibleName(priorities->editor());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
            QVERIFY(renderPng(priorities->editor(),
                              dark ? u"admin-priority-form-dark"_s : u"admin-priority-form"_s));
            priorities->editor()->reject();
        }
        QApplication::setPalette(original);
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestAdmin)
#include "test_admin.moc"
