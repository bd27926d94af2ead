// The window's shell on a Desk, offscreen: the query bar (validation positions, completion,
// history), going offline (banner, Retry), the outbox panel (a queued change listed and
// discarded), shortcuts and F6, the session saved when it changes, an accessible name on every
// control, and PNGs at scale 1 (run again at QT_SCALE_FACTOR=2) and under a dark palette.
#include "uitestsupport.h"

#include "models/api/apipaths.h"
#include "models/api/profilestore.h"
#include "models/api/recordjob.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"
#include "models/store/cache.h"
#include "models/store/outbox.h"
#include "models/tickettablemodel.h"
#include "sandbox/sandbox.h"
#include "views/actions.h"
#include "views/deskstatuswidget.h"
#include "views/mainwindow.h"
#include "views/offlinebanner.h"
#include "views/outboxpanel.h"
#include "views/querybar.h"
#include "views/ticketdetailpanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int WaitMs = 60000;

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    int m_desks = 0;

    // A desk on `sandbox`, connected and synced once (the cache then holds names to complete).
    std::unique_ptr<Desk> syncedDesk(sandbox::Sandbox &sandbox, bool sync = true)
    {
        return connectedDesk(sandbox, &m_network,
                             m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_desks)), sync, WaitMs);
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

    void queryValidation()
    {
        QueryBar bar(nullptr);
        QSignalSpy valid(&bar, &QueryBar::conditionsChanged);
        bar.setQuery(u"status/name = \"New\" and priority/name like \"High%\""_s);
        QVERIFY(bar.isValid());
        QCOMPARE(bar.errorPosition(), -1);
        QCOMPARE(valid.size(), 1);
        QCOMPARE(valid.last().first().toString(), bar.query());

        // A syntax error: the place is where the value is missing.
        const QString missing = u"status/name = "_s;
        bar.setQuery(missing);
        QVERIFY(!bar.isValid());
        QCOMPARE(bar.errorPosition(), int(missing.size()));
        QVERIFY(!bar.errorText().isEmpty());
        QVERIFY(!bar.serverButton()->isEnabled());
        QCOMPARE(valid.size(), 1); // nothing emitted for an invalid text

        // An unknown field (the catalog): the place is the field.
        const QString unknown = u"summary = \"x\" and nosuchfield = 1"_s;
        bar.setQuery(unknown);
        QVERIFY(!bar.isValid());
        QCOMPARE(bar.errorPosition(), int(unknown.indexOf(u"nosuchfield"_s)));
        QVERIFY2(bar.errorText().contains(u"nosuchfield"_s), qPrintable(bar.errorText()));
        QCOMPARE(bar.queryEdit()->accessibleDescription(), bar.errorText());

        // A mistyped literal.
        bar.setQuery(u"id = \"ten\""_s);
        QVERIFY(!bar.isValid());

        // Return on an invalid text moves the cursor to the error and submits nothing.
        QSignalSpy submitted(&bar, &QueryBar::querySubmitted);
        bar.setQuery(unknown);
        bar.queryEdit()->setCursorPosition(0);
        bar.submit();
        QCOMPARE(submitted.size(), 0);
        QCOMPARE(bar.queryEdit()->cursorPosition(), bar.errorPosition());
        bar.setQuery(u"closedFlag = false"_s);
        bar.submit();
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.first().first().toString(), u"closedFlag = false"_s);
    }

    void queryHighlighting()
    {
        QueryBar bar(nullptr);
        bar.resize(bar.sizeHint().width() * 2, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.setQuery(u"status/name = \"New\" and id > 10"_s);
        QLineEdit *edit = bar.queryEdit();
        const QPalette palette = edit->palette();
        // Some glyph pixels carry each role's colour: fields (Link), strings and numbers
        // (LinkVisited).
        auto inked = [edit](const QColor &colour) {
            const QImage image = edit->grab().toImage();
            int hits = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (qAbs(pixel.red() - colour.red()) + qAbs(pixel.green() - colour.green()) +
                            qAbs(pixel.blue() - colour.blue()) <
                        40)
                        ++hits;
                }
            }
            return hits;
        };
        QVERIFY(inked(palette.color(QPalette::Link)) > 5);
        QVERIFY(inked(palette.color(QPalette::LinkVisited)) > 5);
        // Also after the edit had the focus and lost it, and with an error in the text.
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(inked(palette.color(QPalette::Link)) > 5);
        bar.textEdit()->setFocus();
        QTRY_VERIFY(!edit->hasFocus());
        bar.setQuery(u"status/name = \"New\" and nosuchfield = 1"_s);
        QVERIFY(inked(palette.color(QPalette::Link)) > 5);
        // Plain text has neither.
        bar.setQuery(u"("_s);
        bar.queryEdit()->clear();
        QCOMPARE(inked(palette.color(QPalette::Link)), 0);
    }

    void queryCompletion()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        QueryBar bar(desk.get());
        // Field names where a field goes.
        QStringList list = bar.completionsAt(u"stat"_s, 4);
        QVERIFY2(list.contains(u"status/name"_s), qPrintable(list.join(u", ")));
        for (const QString &entry : list)
            QVERIFY(entry.startsWith(u"stat"_s, Qt::CaseInsensitive));
        const QString after = u"closedFlag = false and prio"_s;
        int start = -1;
        list = bar.completionsAt(after, int(after.size()), &start);
        QVERIFY(list.contains(u"priority/name"_s));
        QCOMPARE(start, int(after.indexOf(u"prio"_s)));
        // Not where a value or an operator goes.
        QVERIFY(bar.completionsAt(u"summary = tr"_s, 12).isEmpty());

        // Cached names inside a string compared with a known field.
        const QString status = u"status/name = \""_s;
        list = bar.completionsAt(status, int(status.size()), &start);
        QVERIFY2(list.contains(u"New"_s), qPrintable(list.join(u", ")));
        QCOMPARE(start, int(status.size()));
        const QString priority = u"priority/name like \"Pri"_s;
        list = bar.completionsAt(priority, int(priority.size()));
        QVERIFY(!list.isEmpty());
        for (const QString &entry : list)
            QVERIFY(entry.startsWith(u"Pri"_s, Qt::CaseInsensitive));
        const QString member = u"owner/identifier = \""_s;
        QVERIFY(!bar.completionsAt(member, int(member.size())).isEmpty());
        const QString company = u"company/name = \""_s;
        QVERIFY(!bar.completionsAt(company, int(company.size())).isEmpty());
    }

    void queryHistory()
    {
        QSettings().remove(u"queryBar/history"_s);
        {
            QueryBar bar(nullptr);
            bar.show();
            bar.queryEdit()->setFocus();
            for (const QString &query : {u"id = 1"_s, u"id = 2"_s}) {
                bar.queryEdit()->clear();
                QTest::keyClicks(bar.queryEdit(), query);
                QTest::keyClick(bar.queryEdit(), Qt::Key_Return);
            }
            QCOMPARE(bar.history(), QStringList({u"id = 1"_s, u"id = 2"_s}));
            bar.queryEdit()->setText(u"draft"_s);
            QTest::keyClick(bar.queryEdit(), Qt::Key_Up);
            QCOMPARE(bar.query(), u"id = 2"_s);
            QTest::keyClick(bar.queryEdit(), Qt::Key_Up);
            QCOMPARE(bar.query(), u"id = 1"_s);
            QTest::keyClick(bar.queryEdit(), Qt::Key_Up);
            QCOMPARE(bar.query(), u"id = 1"_s);
            QTest::keyClick(bar.queryEdit(), Qt::Key_Down);
            QCOMPARE(bar.query(), u"id = 2"_s);
            QTest::keyClick(bar.queryEdit(), Qt::Key_Down);
            QCOMPARE(bar.query(), u"draft"_s);
        }
        // Persisted at once.
        QueryBar again(nullptr);
        QCOMPARE(again.history(), QStringList({u"id = 1"_s, u"id = 2"_s}));
    }

    // The status bar says the first sync is under way rather than "Not synced yet".
    void firstSyncShown()
    {
        const auto desk = syncedDesk(m_sandbox, false);
        QVERIFY(desk);
        DeskStatusWidget status(desk.get());
        QCOMPARE(status.lastSyncText(), u"Not synced yet"_s);
        QSignalSpy finished(desk.get(), &Desk::syncFinished);
        desk->syncNow();
        QCOMPARE(status.lastSyncText(), u"First sync…"_s);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(status.lastSyncText().startsWith(u"Synced "_s), qPrintable(status.lastSyncText()));
    }

    void windowShellAndScreenshots()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.ticketModel()->rowCount() > 0, WaitMs);

        // State: online, synced at a local time, nothing pending.
        QVERIFY2(window.connectionText().contains(u"Online"_s),
                 qPrintable(window.connectionText()));
        const QString synced =
            QLocale().toString(desk->lastSync().toLocalTime().time(), QLocale::ShortFormat);
        QCOMPARE(window.deskStatus()->lastSyncText(), u"Synced %1"_s.arg(synced));
        QCOMPARE(window.deskStatus()->outboxText(), u"No pending changes"_s);
        QVERIFY(!window.offlineBanner()->isVisible());

        // Every command has a shortcut and lives in a menu.
        for (QAction *action : window.actions()->all()) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!action->associatedObjects().isEmpty(), qPrintable(action->objectName()));
        }
        QCOMPARE(window.actions()->syncNow()->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(window.actions()->find()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

        // Ctrl+L focuses the query; F6 walks the panes and wraps.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_COMPARE(QApplication::focusWidget(), window.queryBar()->queryEdit());
        // Query, tree, list, detail, the members dock, the outbox when shown, and round again.
        QList<QWidget *> expected{window.boardView(), window.ticketView(),
                                  window.findChild<QWidget *>(u"detailScroll"_s)};
        expected.append(window.assigneeView());
        if (window.outboxPanel()->isVisible())
            expected.append(window.outboxPanel()->entryList());
        expected.append(window.queryBar()->queryEdit());
        for (QWidget *pane : std::as_const(expected)) {
            QVERIFY(pane);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QCOMPARE(QApplication::focusWidget(), pane);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), expected.at(expected.size() - 2));

        // A valid query filters the list through the cache, within the tree's node.
        TicketTableModel *tickets = window.ticketModel();
        QTRY_COMPARE_WITH_TIMEOUT(tickets->fetchState(), FetchState::Loaded, WaitMs);
        const int before = tickets->rowCount();
        QVERIFY(before > 1);
        // Leaving out the first ticket: one row fewer, and not that one.
        const int left = tickets->ticketId(0);
        const QString query = u"id != %1"_s.arg(left);
        window.queryBar()->queryEdit()->setFocus();
        window.queryBar()->setQuery(query);
        QTest::keyClick(window.queryBar()->queryEdit(), Qt::Key_Return);
        QCOMPARE(window.appliedQuery(), query);
        QVERIFY2(window.statusMessage().contains(query), qPrintable(window.statusMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(tickets->conditions().contains(query), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(tickets->fetchState(), FetchState::Loaded, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(tickets->rowCount(), before - 1, WaitMs);
        QCOMPARE(tickets->rowOfTicket(left), -1);

        // Go to ticket selects a listed ticket; one only in the cache is listed, then selected.
        const int id = tickets->ticketId(tickets->rowCount() - 1);
        QVERIFY(window.goToTicket(id));
        QCOMPARE(window.ticketView()->currentIndex().data(IdRole).toInt(), id);
        QVERIFY(!window.goToTicket(999999999));

        // F5 syncs; the progress bar shows while it runs and goes away after.
        QSignalSpy started(desk.get(), &Desk::syncStarted);
        QSignalSpy finished(desk.get(), &Desk::syncFinished);
        QTest::keyClick(window.ticketView(), Qt::Key_F5);
        QCOMPARE(started.size(), 1);
        QVERIFY(window.deskStatus()->isSyncing());
        QVERIFY(finished.wait(WaitMs));
        QVERIFY(!window.deskStatus()->isSyncing());

        window.showOutbox();
        QVERIFY(window.outboxPanel()->isVisible());
        const QStringList unnamed = widgetsWithoutAccessibleName(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        window.outboxPanel()->hide();
        // The ticket's panes (each tab in turn) and the knowledge base too.
        QVERIFY(window.detailPanel()->paneTabs()->count() >= 3);
        window.showKnowledgeBase();
        QVERIFY(window.kbDock()->isVisible());
        for (int tab = 0; tab < window.detailPanel()->paneTabs()->count(); ++tab) {
            window.detailPanel()->paneTabs()->setCurrentIndex(tab);
            const QStringList unnamedInPanes = widgetsWithoutAccessibleName(&window);
            QVERIFY2(unnamedInPanes.isEmpty(), qPrintable(unnamedInPanes.join(u", ")));
        }
        window.detailPanel()->paneTabs()->setCurrentIndex(0);
        window.kbDock()->hide();

        // Enter on a ticket opens it in a tab of its own; the editor's controls are named too.
        const int opened = tickets->ticketId(0);
        window.ticketView()->setCurrentIndex(tickets->index(0, 0));
        QTest::keyClick(window.ticketView(), Qt::Key_Return);
        QVERIFY(window.ticketEditor(opened));
        QCOMPARE(window.tabs()->currentIndex(), 1);
        const QStringList unnamedInEditor = widgetsWithoutAccessibleName(&window);
        QVERIFY2(unnamedInEditor.isEmpty(), qPrintable(unnamedInEditor.join(u", ")));
        QVERIFY(window.closeTicketTab(1, false));
        QCOMPARE(window.tabs()->currentIndex(), 0);

        QString path;
        QVERIFY(renderPng(&window, u"window"_s, &path));
        window.queryBar()->setQuery(u"status/name = \"New\" and nosuchfield = 1"_s);
        QVERIFY(renderPng(&window, u"window-query-error"_s));
    }

    void profilesMenuSwitches()
    {
        QTemporaryDir config;
        ProfileStore store(config.path());
        ConnectionProfile first;
        first.setName(u"first"_s);
        first.setSite(m_sandbox.baseUrl().toString(QUrl::RemovePath));
        first.setCompany(u"sandbox"_s);
        first.setPublicKey(u"sandbox-public"_s);
        ConnectionProfile second = first;
        second.setName(u"second"_s);
        QVERIFY(store.save(first));
        QVERIFY(store.save(second));

        Desk desk(&m_network);
        desk.setProfile(first);
        MainWindow window(&desk);
        window.actions()->setProfileDirectory(config.path());
        auto *menu = window.findChild<QMenu *>(u"profilesMenu"_s);
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QStringList names;
        QAction *other = nullptr;
        for (QAction *action : menu->actions()) {
            names.append(action->text());
            QCOMPARE(action->isChecked(), action->text() == u"first"_s);
            if (action->text() == u"second"_s)
                other = action;
        }
        QCOMPARE(names, QStringList({u"first"_s, u"second"_s}));
        QSignalSpy switched(window.actions(), &Actions::profileSwitchRequested);
        other->trigger();
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.first().first().toString(), u"second"_s);
    }

    void darkPalette()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        {
            MainWindow window(desk.get());
            window.resize(window.sizeHint());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY_WITH_TIMEOUT(window.ticketModel()->rowCount() > 0, WaitMs);
            window.queryBar()->setQuery(u"status/name = \"New\" and id > 10 and nosuch = 1"_s);
            window.showOutbox();
            // The banner and the highlighted query use roles that stay apart in a dark palette.
            const QPalette palette = window.offlineBanner()->palette();
            QVERIFY(qAbs(palette.color(QPalette::ToolTipText).lightness() -
                         palette.color(QPalette::ToolTipBase).lightness()) > 100);
            QVERIFY(renderPng(&window, u"window-dark"_s));
        }
        QApplication::setPalette(original);
    }

    void sessionSavedWhenItChanges()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        QSettings().remove(u"mainWindow"_s);
        int width = 0;
        {
            MainWindow window(desk.get());
            window.resize(window.sizeHint());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Showing saved a session already; this test is about the change below.
            QTest::qWait(700);
            QSettings().remove(u"mainWindow"_s);
            QHeaderView *header = window.ticketView()->horizontalHeader();
            width = header->sectionSize(2) + 3 * header->fontMetrics().averageCharWidth();
            header->resizeSection(2, width);
            // Saved a moment later, while the window is still open.
            QTRY_VERIFY_WITH_TIMEOUT(
                !QSettings().value(u"mainWindow/ticketTableHeader"_s).toByteArray().isEmpty(),
                5000);
            window.hide();
        }
        MainWindow again(desk.get());
        QCOMPARE(again.ticketView()->horizontalHeader()->sectionSize(2), width);
    }

    // Last: it changes tickets on the shared sandbox.
    void outboxRefusedAndConflict()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        Cache *cache = desk->cache();
        Outbox *outbox = desk->outbox();
        QVERIFY(cache && outbox);
        const QList<int> ids = cache->ids(RecordKind::Ticket);
        QVERIFY(ids.size() >= 2);
        auto record = [cache](int id) {
            return QJsonDocument::fromJson(cache->rawRecord(RecordKind::Ticket, id)).object();
        };
        // The server refuses a summary longer than it allows.
        QJsonObject base = record(ids.at(0));
        QJsonObject edited = base;
        edited.insert(u"summary"_s, QString(300, u'x'));
        QString error;
        const qint64 refused =
            outbox->queueEdit(RecordKind::Ticket, ids.at(0), 0, base, edited, &error);
        QVERIFY2(refused > 0, qPrintable(error));
        // Mine and theirs change the same field.
        base = record(ids.at(1));
        edited = base;
        edited.insert(u"summary"_s, u"Mine"_s);
        const qint64 conflict =
            outbox->queueEdit(RecordKind::Ticket, ids.at(1), 0, base, edited, &error);
        QVERIFY2(conflict > 0, qPrintable(error));
        RecordJob *theirs = desk->client()->patch(
            ApiPaths::ticket(ids.at(1)),
            QJsonArray{QJsonObject{
                {u"op"_s, u"replace"_s}, {u"path"_s, u"/summary"_s}, {u"value"_s, u"Theirs"_s}}});
        QSignalSpy patched(theirs, &ManageJob::finished);
        QVERIFY(patched.wait(WaitMs));

        MainWindow window(desk.get());
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showOutbox();
        OutboxPanel *panel = window.outboxPanel();
        QCOMPARE(panel->entryCount(), 2);
        QSignalSpy pushed(outbox, &Outbox::pushFinished);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"outboxPush"_s), Qt::LeftButton);
        QVERIFY(pushed.wait(WaitMs));
        QCOMPARE(panel->entryCount(), 2);
        QTRY_COMPARE(window.deskStatus()->outboxText(), u"Pending: 2 · Conflicts: 1"_s);

        // The refused change shows the server's own words.
        QVERIFY(panel->selectSeq(refused));
        const QString message = panel->entryList()->currentItem()->text(3);
        QVERIFY2(message.contains(u"cannot be longer"_s), qPrintable(message));

        // The conflict lists the field with both values; unticked, theirs wins.
        QVERIFY(panel->selectSeq(conflict));
        QTreeWidget *fields = panel->fieldList();
        QVERIFY(fields->isVisible());
        QCOMPARE(fields->topLevelItemCount(), 1);
        QTreeWidgetItem *summary = fields->topLevelItem(0);
        QCOMPARE(summary->text(0), u"summary"_s);
        QCOMPARE(summary->text(1), u"Mine"_s);
        QCOMPARE(summary->text(2), u"Theirs"_s);
        QVERIFY(renderPng(&window, u"window-outbox-conflict"_s));
        summary->setCheckState(0, Qt::Unchecked);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"outboxResolve"_s), Qt::LeftButton);
        const std::optional<OutboxEntry> settled = outbox->entry(conflict);
        QVERIFY(!settled || settled->state != OutboxEntry::State::Conflict);
        QTRY_COMPARE(window.deskStatus()->outboxText(), u"Pending: 1"_s);
        QCOMPARE(record(ids.at(1)).value(u"summary"_s).toString(), u"Theirs"_s);

        // Discarding the refused change empties the outbox.
        QVERIFY(panel->selectSeq(refused));
        QTest::mouseClick(panel->findChild<QPushButton *>(u"outboxDiscard"_s), Qt::LeftButton);
        QCOMPARE(panel->entryCount(), 0);
        QCOMPARE(window.deskStatus()->outboxText(), u"No pending changes"_s);
    }

    void offlineBannerAndOutbox()
    {
        // A sandbox of its own, to stop it.
        QTemporaryDir dir;
        sandbox::Sandbox own;
        sandbox::SandboxOptions options;
        options.dataFile = dir.filePath(u"own.sqlite"_s);
        options.tickets = 30;
        QString error;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        const auto desk = syncedDesk(own);
        QVERIFY(desk);
        MainWindow window(desk.get());
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.offlineBanner()->isVisible());

        const quint16 port = own.port();
        own.stop();
        QSignalSpy failed(desk.get(), &Desk::syncFailed);
        desk->syncNow();
        QVERIFY(failed.wait(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(desk->state(), Desk::State::Offline, WaitMs);
        QVERIFY(window.offlineBanner()->isVisible());
        const QString at =
            QLocale().toString(desk->lastSync().toLocalTime().time(), QLocale::ShortFormat);
        QCOMPARE(window.offlineBanner()->text(), u"Offline — showing data synced at %1"_s.arg(at));
        QVERIFY(window.connectionText().contains(u"Offline"_s));

        // Retry syncs again (and fails again: the server is still gone).
        QSignalSpy started(desk.get(), &Desk::syncStarted);
        QTest::mouseClick(window.offlineBanner()->retryButton(), Qt::LeftButton);
        QVERIFY(started.size() == 1 || started.wait(WaitMs));
        QVERIFY(failed.wait(WaitMs));
        QVERIFY(window.offlineBanner()->isVisible());

        // A change queued while offline is listed, counted and can be discarded.
        Cache *cache = desk->cache();
        QVERIFY(cache);
        const int ticketId = cache->ids(RecordKind::Ticket).value(0);
        QVERIFY(ticketId > 0);
        const QJsonObject base =
            QJsonDocument::fromJson(cache->rawRecord(RecordKind::Ticket, ticketId)).object();
        QJsonObject edited = base;
        edited.insert(u"summary"_s, u"Changed while offline"_s);
        const qint64 seq =
            desk->outbox()->queueEdit(RecordKind::Ticket, ticketId, 0, base, edited, &error);
        QVERIFY2(seq > 0, qPrintable(error));
        QTRY_COMPARE(window.deskStatus()->outboxText(), u"Pending: 1"_s);
        QTest::mouseClick(window.deskStatus()->outboxButton(), Qt::LeftButton);
        OutboxPanel *panel = window.outboxPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->entryCount(), 1);
        QVERIFY(panel->entryList()->topLevelItem(0)->text(0).contains(QString::number(ticketId)));
        QVERIFY(renderPng(&window, u"window-offline-outbox"_s));
        QVERIFY(panel->selectSeq(seq));
        QTest::mouseClick(panel->findChild<QPushButton *>(u"outboxDiscard"_s), Qt::LeftButton);
        QCOMPARE(panel->entryCount(), 0);
        QCOMPARE(window.deskStatus()->outboxText(), u"No pending changes"_s);
        QCOMPARE(QJsonDocument::fromJson(cache->rawRecord(RecordKind::Ticket, ticketId))
                     .object()
                     .value(u"summary"_s),
                 base.value(u"summary"_s));

        // The server is back: Retry syncs and the banner goes.
        options.port = port;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        QSignalSpy synced(desk.get(), &Desk::syncFinished);
        QTest::mouseClick(window.offlineBanner()->retryButton(), Qt::LeftButton);
        QVERIFY(synced.wait(WaitMs));
        QTRY_VERIFY(!window.offlineBanner()->isVisible());
        QVERIFY2(window.connectionText().contains(u"Online"_s),
                 qPrintable(window.connectionText()));
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestWindow)
#include "test_window.moc"
