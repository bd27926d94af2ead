// The ticket's notes, tasks and configurations panes and the knowledge base in the window,
// offscreen, against in-process sandboxes over HTTP; every change is read back from the server.
// Notes are added online and offline (queued, marked, replayed), edited and deleted; tasks added,
// ticked and reordered; a configuration attached and detached; the KB searched online and
// offline (marked matches), an article created, edited, deleted and inserted as a note. PNGs of
// the panes land in the build folder (at QT_SCALE_FACTOR=2 too, and under a dark palette).
#include "uitestsupport.h"

#include "models/api/apipaths.h"
#include "models/api/listjob.h"
#include "models/api/listquery.h"
#include "models/api/recordjob.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"
#include "models/kbsearchmodel.h"
#include "models/store/cache.h"
#include "models/store/outbox.h"
#include "models/store/syncengine.h"
#include "models/ticketitemmodels.h"
#include "models/tickettablemodel.h"
#include "sandbox/sandbox.h"
#include "views/configurationspane.h"
#include "views/kbpane.h"
#include "views/mainwindow.h"
#include "views/notespane.h"
#include "views/taskspane.h"
#include "views/ticketdetailpanel.h"
#include "views/ticketeditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int WaitMs = 60000;

} // namespace

class TestPanes : public QObject
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

    static QJsonObject findByText(const QList<QJsonObject> &records, const QString &field,
                                  const QString &text)
    {
        for (const QJsonObject &record : records) {
            if (record.value(field).toString() == text)
                return record;
        }
        return {};
    }

    // Shows the window and makes the first listed ticket current; its notes, tasks and links
    // fetched. Returns its id.
    static int openFirstTicket(MainWindow &window, Desk *desk)
    {
        window.resize(window.sizeHint());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 0;
        if (!QTest::qWaitFor([&] { return window.ticketModel()->rowCount() > 0; }, WaitMs))
            return 0;
        QSignalSpy fetched(desk->sync(), &SyncEngine::ticketDetailsFetched);
        window.ticketView()->setCurrentIndex(window.ticketModel()->index(0, 0));
        const int id = window.ticketView()->currentIndex().data(IdRole).toInt();
        if (desk->state() == Desk::State::Online && !fetched.wait(WaitMs))
            return 0;
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startUiTest(m_sandbox, m_dir, 120, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QSettings settings;
        settings.clear();
        QFile::remove(settings.fileName());
    }

    void notesAddedEditedDeletedOnline()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        const int ticket = openFirstTicket(window, desk.get());
        QVERIFY(ticket > 0);
        NotesPane *notes = window.notesPane();
        QCOMPARE(notes->ticketId(), ticket);
        QCOMPARE(notes->model()->rowCount(), desk->cache()->notes(ticket).size());
        window.detailPanel()->paneTabs()->setCurrentWidget(notes);

        // Written in the composer, internal, added with Ctrl+Enter.
        const QString text = u"Called back, see https://example.com/kb?id=7\nSecond line"_s;
        notes->composer()->setFocus();
        QTest::keyClicks(notes->composer(), u"Called back, see https://example.com/kb?id=7"_s);
        QTest::keyClick(notes->composer(), Qt::Key_Return);
        QTest::keyClicks(notes->composer(), u"Second line"_s);
        notes->discussionBox()->setChecked(false);
        notes->internalBox()->setChecked(true);
        const int before = notes->model()->rowCount();
        QTest::keyClick(notes->composer(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(notes->composer()->toPlainText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), before + 1, WaitMs);
        const int last = notes->model()->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(notes->model()->idAt(last) > 0 &&
                                     !notes->model()->index(last).data(PendingRole).toBool(),
                                 WaitMs);
        const int noteId = notes->model()->idAt(last);
        QJsonObject onServer =
            findByText(serverList(desk.get(), ApiPaths::notes(ticket)), u"text"_s, text);
        QCOMPARE(onServer.value(u"id"_s).toInt(), noteId);
        QVERIFY(onServer.value(u"internalAnalysisFlag"_s).toBool());
        QVERIFY(!onServer.value(u"detailDescriptionFlag"_s).toBool());
        // In the timeline: the link clickable, the line break kept, the mark and an edit link.
        notes->rebuild();
        const QString html = notes->timeline()->toHtml();
        QVERIFY2(html.contains(u"href=\"https://example.com/kb?id=7\""_s), qPrintable(html));
        QVERIFY(notes->timeline()->toPlainText().contains(u"Second line"_s));
        QVERIFY(html.contains(u"cwdesk-note:edit/%1"_s.arg(noteId)));
        QVERIFY(notes->timeline()->toPlainText().contains(u"Internal"_s));

        // Filtered by kind: only internal notes.
        notes->kindFilter()->setCurrentIndex(
            notes->kindFilter()->findData(int(NoteListModel::Internal)));
        for (int row = 0; row < notes->model()->rowCount(); ++row)
            QVERIFY(notes->model()->index(row).data(NoteListModel::KindsRole).toInt() &
                    NoteListModel::Internal);
        QVERIFY(notes->model()->rowOfId(noteId) >= 0);
        notes->kindFilter()->setCurrentIndex(0);
        QVERIFY(renderPng(notes, u"notes"_s));
        {
            // The pane on its own, as the ticket editor will host it.
            NotesPane wide(desk.get(), ticket);
            wide.resize(640, 600);
            wide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wide));
            wide.composer()->setPlainText(u"Rebooted the switch; the link is back."_s);
            wide.resolutionBox()->setChecked(true);
            QVERIFY(renderPng(&wide, u"notes-wide"_s));
        }

        // Edited: through the timeline's link, saved with Ctrl+Enter.
        Q_EMIT notes->timeline()->anchorClicked(QUrl(u"cwdesk-note:edit/%1"_s.arg(noteId)));
        QCOMPARE(notes->editingNoteId(), noteId);
        QCOMPARE(notes->composer()->toPlainText(), text);
        QVERIFY(notes->internalBox()->isChecked());
        notes->composer()->setPlainText(u"Called back twice"_s);
        notes->resolutionBox()->setChecked(true);
        QTest::keyClick(notes->composer(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(notes->editingNoteId(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            serverRecord(desk.get(), ApiPaths::note(ticket, noteId)).value(u"text"_s).toString() ==
                u"Called back twice"_s,
            WaitMs);
        QVERIFY(serverRecord(desk.get(), ApiPaths::note(ticket, noteId))
                    .value(u"resolutionFlag"_s)
                    .toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            !notes->model()->index(notes->model()->rowOfId(noteId)).data(PendingRole).toBool(),
            WaitMs);

        // Deleted.
        notes->deleteNote(noteId, false);
        QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowOfId(noteId), -1, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(findByText(serverList(desk.get(), ApiPaths::notes(ticket)),
                                            u"text"_s, u"Called back twice"_s)
                                     .isEmpty(),
                                 WaitMs);
        QVERIFY(desk->outbox()->pendingCount() == 0);
    }

    void noteOfflineQueuedMarkedReplayed()
    {
        QTemporaryDir dir;
        sandbox::Sandbox own;
        sandbox::SandboxOptions options;
        options.dataFile = dir.filePath(u"own.sqlite"_s);
        options.tickets = 60;
        QString error;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        const auto desk = syncedDesk(own);
        QVERIFY(desk);
        MainWindow window(desk.get());
        const int ticket = openFirstTicket(window, desk.get());
        QVERIFY(ticket > 0);
        NotesPane *notes = window.notesPane();
        const int before = notes->model()->rowCount();

        const quint16 port = own.port();
        own.stop();
        notes->composer()->setPlainText(u"Written on the train"_s);
        notes->submit();
        QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), before + 1, WaitMs);
        const int last = notes->model()->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(notes->statusLabel()->text().contains(u"Waiting"_s), WaitMs);
        QVERIFY(notes->model()->index(last).data(PendingRole).toBool());
        QVERIFY(notes->model()->idAt(last) < 0);
        notes->rebuild();
        QVERIFY(notes->timeline()->toPlainText().contains(u"Waiting to be sent"_s));
        QCOMPARE(desk->outbox()->pendingCount(), 1);
        QVERIFY(renderPng(notes, u"notes-pending"_s));

        // Back online: the sync pushes it, the mark goes, the server has it once.
        options.port = port;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        QSignalSpy synced(desk.get(), &Desk::syncFinished);
        desk->syncNow();
        QVERIFY(synced.wait(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(desk->outbox()->pendingCount(), 0, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(notes->model()->rowCount() == before + 1 &&
                                     notes->model()->idAt(notes->model()->rowCount() - 1) > 0,
                                 WaitMs);
        QVERIFY(!notes->model()->index(notes->model()->rowCount() - 1).data(PendingRole).toBool());
        int found = 0;
        for (const QJsonObject &note : serverList(desk.get(), ApiPaths::notes(ticket)))
            found += note.value(u"text"_s).toString() == u"Written on the train"_s ? 1 : 0;
        QCOMPARE(found, 1);
    }

    void refusedNoteShowsTheServersMessage()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        NotesPane notes(desk.get(), 0);
        const int ticket = desk->cache()->ids(RecordKind::Ticket).first();
        QSignalSpy fetched(desk->sync(), &SyncEngine::ticketDetailsFetched);
        notes.setTicket(ticket);
        QVERIFY(fetched.wait(WaitMs));
        // A note the server refuses (the sandbox wants a text): queued, sent, refused.
        const qint64 seq = desk->outbox()->queueCreate(RecordKind::Note, ticket,
                                                       {{u"detailDescriptionFlag"_s, true}});
        QVERIFY(seq > 0);
        QSignalSpy pushed(desk->outbox(), &Outbox::pushFinished);
        desk->outbox()->push();
        QVERIFY(pushed.wait(WaitMs));
        notes.rebuild();
        const QString shown = notes.timeline()->toPlainText();
        QVERIFY2(shown.contains(u"Refused by the server"_s), qPrintable(shown));
        QVERIFY(desk->outbox()->discard(seq));
    }

    void tasksAddedTickedReordered()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        const int ticket = openFirstTicket(window, desk.get());
        QVERIFY(ticket > 0);
        TasksPane *tasks = window.tasksPane();
        window.detailPanel()->paneTabs()->setCurrentWidget(tasks);
        // Two added with Enter.
        const auto rowOf = [tasks](const QString &summary) {
            for (int row = 0; row < tasks->model()->rowCount(); ++row) {
                const QModelIndex index = tasks->model()->index(row);
                if (index.data().toString() == summary && tasks->model()->idAt(row) > 0 &&
                    !index.data(PendingRole).toBool())
                    return row;
            }
            return -1;
        };
        for (const QString &summary : {u"Check the cabling"_s, u"Swap the switch"_s}) {
            tasks->editor()->setFocus();
            QTest::keyClicks(tasks->editor(), summary);
            QTest::keyClick(tasks->editor(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(rowOf(summary) >= 0, WaitMs);
        }
        const int swapId = tasks->model()->idAt(rowOf(u"Swap the switch"_s));
        const int checkId = tasks->model()->idAt(rowOf(u"Check the cabling"_s));
        QCOMPARE(
            serverRecord(desk.get(), ApiPaths::task(ticket, swapId)).value(u"summary"_s).toString(),
            u"Swap the switch"_s);

        // Ticked with the space bar on the checklist.
        tasks->view()->setFocus();
        tasks->view()->setCurrentIndex(tasks->model()->index(tasks->model()->rowOfId(checkId)));
        QTest::keyClick(tasks->view(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(desk.get(), ApiPaths::task(ticket, checkId))
                                     .value(u"closedFlag"_s)
                                     .toBool(),
                                 WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(tasks->model()
                                     ->index(tasks->model()->rowOfId(checkId))
                                     .data(TaskListModel::DoneRole)
                                     .toBool(),
                                 WaitMs);

        // The switch moved to the top with Ctrl+Up: before the cabling on the server too.
        tasks->view()->setCurrentIndex(tasks->model()->index(tasks->model()->rowOfId(swapId)));
        QVERIFY(tasks->model()->rowCount() >= 2);
        if (tasks->model()->rowOfId(swapId) == 0) {
            // Already first: down once, so the move up is seen.
            QTest::keyClick(tasks->view(), Qt::Key_Down, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowOfId(swapId), 1, WaitMs);
        }
        while (tasks->model()->rowOfId(swapId) > 0) {
            const int from = tasks->model()->rowOfId(swapId);
            QTest::keyClick(tasks->view(), Qt::Key_Up, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowOfId(swapId), from - 1, WaitMs);
        }
        QVERIFY(tasks->model()->rowOfId(swapId) < tasks->model()->rowOfId(checkId));
        QTRY_COMPARE_WITH_TIMEOUT(desk->outbox()->pendingCount(), 0, WaitMs);
        const int swapPriority =
            serverRecord(desk.get(), ApiPaths::task(ticket, swapId)).value(u"priority"_s).toInt();
        const int checkPriority =
            serverRecord(desk.get(), ApiPaths::task(ticket, checkId)).value(u"priority"_s).toInt();
        QVERIFY2(swapPriority < checkPriority,
                 qPrintable(u"%1 %2"_s.arg(swapPriority).arg(checkPriority)));
        QCOMPARE(tasks->currentTaskId(), swapId);

        // Edited (F2, Enter) and deleted.
        QTest::keyClick(tasks->view(), Qt::Key_F2);
        QCOMPARE(tasks->editingTaskId(), swapId);
        tasks->editor()->setText(u"Swap the core switch"_s);
        QTest::keyClick(tasks->editor(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(
            serverRecord(desk.get(), ApiPaths::task(ticket, swapId)).value(u"summary"_s).toString(),
            u"Swap the core switch"_s, WaitMs);
        QVERIFY(renderPng(tasks, u"tasks"_s));
        tasks->deleteTask(checkId, false);
        QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowOfId(checkId), -1, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            serverRecord(desk.get(), ApiPaths::task(ticket, checkId)).isEmpty(), WaitMs);
    }

    void configurationAttachedAndDetached()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        const int ticket = openFirstTicket(window, desk.get());
        QVERIFY(ticket > 0);
        ConfigurationsPane *pane = window.configurationsPane();
        window.detailPanel()->paneTabs()->setCurrentWidget(pane);
        const int company = desk->cache()->ticket(ticket).company().id;
        QVERIFY(company > 0);
        // A configuration of the ticket's company that is not linked yet.
        QList<int> linked;
        for (const QJsonObject &link :
             serverList(desk.get(), ApiPaths::ticketConfigurations(ticket)))
            linked.append(link.value(u"id"_s).toInt());
        QJsonObject target;
        for (const QJsonObject &c : serverList(desk.get(), ApiPaths::configurations())) {
            if (c.value(u"company"_s).toObject().value(u"id"_s).toInt() == company &&
                !linked.contains(c.value(u"id"_s).toInt()) &&
                c.value(u"name"_s).toString().size() > 3) {
                target = c;
                break;
            }
        }
        QVERIFY2(!target.isEmpty(), "the company has a configuration to attach");
        const int targetId = target.value(u"id"_s).toInt();

        // Type-ahead: part of its name finds it among the company's configurations.
        QSignalSpy found(pane, &ConfigurationsPane::candidatesFound);
        pane->searchEdit()->setFocus();
        QTest::keyClicks(pane->searchEdit(), target.value(u"name"_s).toString().left(4));
        QVERIFY(found.wait(WaitMs));
        QModelIndex candidate;
        for (int row = 0; row < pane->candidates()->rowCount(); ++row) {
            if (pane->candidates()->index(row, 0).data(IdRole).toInt() == targetId)
                candidate = pane->candidates()->index(row, 0);
        }
        QVERIFY(candidate.isValid());
        Q_EMIT pane->completer()->activated(candidate);
        pane->attachChosen();
        QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowOfId(targetId) >= 0, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            !pane->model()->index(pane->model()->rowOfId(targetId)).data(PendingRole).toBool(),
            WaitMs);
        bool onServer = false;
        for (const QJsonObject &link :
             serverList(desk.get(), ApiPaths::ticketConfigurations(ticket)))
            onServer = onServer || link.value(u"id"_s).toInt() == targetId;
        QVERIFY(onServer);
        QVERIFY(renderPng(pane, u"configurations"_s));

        // Detached with Delete on the list.
        pane->view()->setFocus();
        pane->view()->setCurrentIndex(pane->model()->index(pane->model()->rowOfId(targetId)));
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowOfId(targetId), -1, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(desk->outbox()->pendingCount(), 0, WaitMs);
        for (const QJsonObject &link :
             serverList(desk.get(), ApiPaths::ticketConfigurations(ticket)))
            QVERIFY(link.value(u"id"_s).toInt() != targetId);
    }

    void knowledgeBaseSearchEditInsert()
    {
        QTemporaryDir dir;
        sandbox::Sandbox own;
        sandbox::SandboxOptions options;
        options.dataFile = dir.filePath(u"kb.sqlite"_s);
        options.tickets = 60;
        QString error;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        const auto desk = syncedDesk(own);
        QVERIFY(desk);
        MainWindow window(desk.get());
        const int ticket = openFirstTicket(window, desk.get());
        QVERIFY(ticket > 0);
        KbPane *kb = window.kbPane();

        // Ctrl+Shift+K shows the dock with the focus in the search.
        QVERIFY(!window.kbDock()->isVisible());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        QTRY_VERIFY(kb->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), kb->searchEdit());
        // Suggestions for the open ticket while the search is empty (read on the cache
        // reader's thread: they arrive a moment later).
        QTRY_VERIFY(kb->sourceLabel()->text().contains(QString::number(ticket)));

        // A word of an article's title, online: found, the match marked.
        const QList<QJsonObject> articles =
            serverList(desk.get(), ApiPaths::knowledgeBaseArticles());
        QVERIFY(!articles.isEmpty());
        const QJsonObject article = articles.first();
        QString word;
        for (const QString &candidate :
             KbSearchModel::wordsOf(article.value(u"title"_s).toString())) {
            if (candidate.size() > word.size())
                word = candidate;
        }
        QSignalSpy searched(kb->model(), &KbSearchModel::searched);
        QTest::keyClicks(kb->searchEdit(), word);
        QTRY_VERIFY_WITH_TIMEOUT(kb->model()->text() == word && !kb->model()->isSearching() &&
                                     kb->model()->source() == KbSearchModel::Source::Online,
                                 WaitMs);
        const int row = kb->model()->rowOfId(article.value(u"id"_s).toInt());
        QVERIFY(row >= 0);
        QVERIFY(kb->model()
                    ->index(row)
                    .data(KbSearchModel::SnippetHtmlRole)
                    .toString()
                    .contains(u"<b>"_s));
        kb->resultView()->setCurrentIndex(kb->model()->index(row));
        QCOMPARE(kb->articleId(), article.value(u"id"_s).toInt());
        QVERIFY(kb->articleView()->toPlainText().contains(
            article.value(u"title"_s).toString().left(10)));
        QVERIFY(renderPng(kb, u"kb"_s));
        {
            KbPane wide(desk.get());
            wide.setTicket(ticket);
            wide.resize(640, 640);
            wide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wide));
            wide.searchEdit()->setText(word);
            wide.search();
            QTRY_VERIFY_WITH_TIMEOUT(!wide.model()->isSearching() && wide.model()->rowCount() > 0,
                                     WaitMs);
            wide.resultView()->setCurrentIndex(wide.model()->index(row));
            QVERIFY(renderPng(&wide, u"kb-wide"_s));
        }

        // A ticket's editor tab hosts the same panes; Insert as Note goes to the tab in front.
        QVERIFY(window.openTicket(ticket));
        TicketEditor *editor = window.ticketEditor(ticket);
        QVERIFY(editor);
        NotesPane *editorNotes = editor->findChild<NotesPane *>();
        QVERIFY(editorNotes);
        QVERIFY(editor->findChild<TasksPane *>());
        QVERIFY(editor->findChild<ConfigurationsPane *>());
        QCOMPARE(editorNotes->ticketId(), ticket);
        window.tabs()->setCurrentWidget(editor);
        QTest::mouseClick(kb->insertButton(), Qt::LeftButton);
        QCOMPARE(editorNotes->composer()->toPlainText(), article.value(u"resolution"_s).toString());
        window.tabs()->setCurrentIndex(0);

        // Insert as note: the resolution goes into the composer of the open ticket.
        window.notesPane()->composer()->clear();
        QTest::mouseClick(kb->insertButton(), Qt::LeftButton);
        QCOMPARE(window.notesPane()->composer()->toPlainText(),
                 article.value(u"resolution"_s).toString());
        QCOMPARE(window.detailPanel()->paneTabs()->currentWidget(), window.notesPane());

        // Created, edited and deleted on the server.
        QSignalSpy saved(kb, &KbPane::articleSaved);
        kb->newArticle();
        QVERIFY(kb->isEditing());
        kb->titleEdit()->setText(u"Paper jam on the third floor printer"_s);
        kb->issueEdit()->setPlainText(u"The printer jams on every second page."_s);
        kb->resolutionEdit()->setPlainText(u"Replace the fuser roller."_s);
        kb->saveArticle();
        QVERIFY(saved.wait(WaitMs));
        const int created = saved.last().first().toInt();
        QVERIFY(created > 0);
        QCOMPARE(serverRecord(desk.get(), ApiPaths::knowledgeBaseArticle(created))
                     .value(u"title"_s)
                     .toString(),
                 u"Paper jam on the third floor printer"_s);
        QCOMPARE(kb->articleId(), created);
        kb->editArticle();
        QCOMPARE(kb->titleEdit()->text(), u"Paper jam on the third floor printer"_s);
        kb->resolutionEdit()->setPlainText(u"Replace the fuser roller and clean the tray."_s);
        kb->saveArticle();
        QVERIFY(saved.wait(WaitMs));
        QCOMPARE(serverRecord(desk.get(), ApiPaths::knowledgeBaseArticle(created))
                     .value(u"resolution"_s)
                     .toString(),
                 u"Replace the fuser roller and clean the tray."_s);
        QVERIFY(kb->articleView()->toPlainText().contains(u"clean the tray"_s));

        // Offline: the search answers from the local index (the new article too), marked.
        const quint16 port = own.port();
        own.stop();
        kb->searchEdit()->setText(u"fuser"_s);
        kb->search();
        QTRY_VERIFY_WITH_TIMEOUT(!kb->model()->isSearching() &&
                                     kb->model()->source() == KbSearchModel::Source::Offline,
                                 WaitMs);
        const int offlineRow = kb->model()->rowOfId(created);
        QVERIFY(offlineRow >= 0);
        QVERIFY(kb->model()
                    ->index(offlineRow)
                    .data(KbSearchModel::SnippetHtmlRole)
                    .toString()
                    .contains(u"<b>fuser</b>"_s, Qt::CaseInsensitive));
        QVERIFY2(kb->sourceLabel()->text().contains(u"offline"_s),
                 qPrintable(kb->sourceLabel()->text()));
        QVERIFY(renderPng(kb, u"kb-offline"_s));

        options.port = port;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        QSignalSpy synced(desk.get(), &Desk::syncFinished);
        desk->syncNow();
        QVERIFY(synced.wait(WaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(desk->state() == Desk::State::Online, WaitMs);
        kb->resultView()->setCurrentIndex(kb->model()->index(kb->model()->rowOfId(created)));
        QCOMPARE(kb->articleId(), created);
        QSignalSpy deleted(kb, &KbPane::articleDeleted);
        kb->deleteArticle(false);
        QVERIFY(deleted.wait(WaitMs));
        QVERIFY(serverRecord(desk.get(), ApiPaths::knowledgeBaseArticle(created)).isEmpty());
        QCOMPARE(kb->model()->rowOfId(created), -1);
        QCOMPARE(kb->articleId(), 0);
    }

    // Every control of the panes has an accessible name; the panes rendered in a dark palette.
    void accessibleNamesAndDarkPalette()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        {
            MainWindow window(desk.get());
            const int ticket = openFirstTicket(window, desk.get());
            QVERIFY(ticket > 0);
            window.showKnowledgeBase();
            window.kbPane()->searchEdit()->setText(u"printer"_s);
            window.kbPane()->search();
            QTRY_VERIFY_WITH_TIMEOUT(!window.kbPane()->model()->isSearching(), WaitMs);
            QTabWidget *tabs = window.detailPanel()->paneTabs();
            const QStringList names = {u"notes"_s, u"tasks"_s, u"configurations"_s};
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                const QStringList unnamed = widgetsWithoutAccessibleName(&window);
                QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
                QVERIFY(renderPng(tabs->currentWidget(), names.value(i) + u"-dark"_s));
            }
            QVERIFY(renderPng(window.kbPane(), u"kb-dark"_s));
            QVERIFY(renderPng(&window, u"window-panes-dark"_s));
        }
        QApplication::setPalette(original);
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestPanes)
#include "test_panes.moc"
