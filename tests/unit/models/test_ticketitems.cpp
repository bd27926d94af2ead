// The ticket's notes, tasks and configuration links and the knowledge-base search as item models
// over a cache synced from a real sandbox, each under QAbstractItemModelTester: their rows equal
// the cache's, they follow the cache's signals and the outbox (pending marks, refusals), a drop
// and a tick ask for the change, and the KB search finds articles offline and online, marked.
#include "modeltestsupport.h"

#include "desk/cachereader.h"
#include "desk/desk.h"
#include "desk/deskchange.h"
#include "kbsearchmodel.h"
#include "store/cache.h"
#include "store/outbox.h"
#include "store/syncengine.h"
#include "ticketitemmodels.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestTicketItems : public QObject
{
    Q_OBJECT

private:
    SyncedSandbox m_sandbox;

    // The cached ticket with the most records of `kind`.
    int busiestTicket(RecordKind kind) const
    {
        Cache *cache = m_sandbox.cache();
        int best = 0;
        int bestCount = -1;
        for (const int id : cache->ids(RecordKind::Ticket)) {
            const int count = cache->count(kind, u"ticket_id = ?"_s, {id});
            if (count > bestCount) {
                best = id;
                bestCount = count;
            }
        }
        return best;
    }

    static bool settles(DeskChange *change)
    {
        QSignalSpy finished(change, &DeskChange::finished);
        return finished.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(60, &error), qPrintable(error));
        // Notes, tasks and links are kept for opened tickets: open a dozen.
        SyncEngine *sync = m_sandbox.desk()->sync();
        QSignalSpy fetched(sync, &SyncEngine::ticketDetailsFetched);
        const QList<int> ids = m_sandbox.cache()->ids(RecordKind::Ticket).mid(0, 12);
        for (const int id : ids)
            sync->fetchTicketDetails(id);
        QVERIFY(QTest::qWaitFor([&] { return fetched.size() == ids.size(); }, 60000));
    }

    void notesFollowTheCacheAndTheOutbox()
    {
        Desk *desk = m_sandbox.desk();
        NoteListModel model(desk);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int ticket = busiestTicket(RecordKind::Note);
        model.setTicket(ticket);
        const QList<Note> notes = desk->cache()->notes(ticket);
        QVERIFY(!notes.isEmpty());
        QCOMPARE(model.rowCount(), notes.size());
        // Oldest first; the text, member and flags as cached.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1).data(SortRole).toString() <=
                    model.index(row).data(SortRole).toString());
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(IdRole).toInt(), notes.first().id());
        QCOMPARE(first.data(NoteListModel::TextRole).toString(), notes.first().text());
        QVERIFY(first.data(NoteListModel::DateRole).toDateTime().isValid());

        // The filter by kind keeps exactly the notes of that kind.
        int internal = 0;
        for (const Note &note : notes)
            internal += note.internalAnalysisFlag() ? 1 : 0;
        model.setKindFilter(NoteListModel::Internal);
        QCOMPARE(model.rowCount(), internal);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(NoteListModel::KindsRole).toInt() &
                    NoteListModel::Internal);
        model.setKindFilter(NoteListModel::AllKinds);
        QCOMPARE(model.rowCount(), notes.size());

        // Queued without a push: a new row, marked pending; pushed: the server's copy, unmarked.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Outbox *outbox = desk->outbox();
        const qint64 seq = outbox->queueCreate(
            RecordKind::Note, ticket,
            {{u"text"_s, u"Queued line one\nline two"_s}, {u"detailDescriptionFlag"_s, true}});
        QVERIFY(seq > 0);
        QCOMPARE(model.rowCount(), notes.size() + 1);
        QCOMPARE(inserted.size(), 1);
        const int last = model.rowCount() - 1;
        QVERIFY(model.idAt(last) < 0);
        QVERIFY(model.index(last).data(PendingRole).toBool());
        QCOMPARE(model.index(last).data(NoteListModel::TextRole).toString(),
                 u"Queued line one\nline two"_s);
        QSignalSpy pushed(outbox, &Outbox::pushFinished);
        outbox->push();
        QVERIFY(pushed.wait(30000));
        QCOMPARE(model.rowCount(), notes.size() + 1);
        const int sentRow = model.rowCount() - 1;
        QVERIFY(model.idAt(sentRow) > 0);
        QVERIFY(!model.index(sentRow).data(PendingRole).toBool());

        // Refused by the server: the row carries its message. (The sandbox refuses an empty text.)
        const qint64 bad = outbox->queueUpdate(RecordKind::Note, model.idAt(sentRow), ticket, {},
                                               {QJsonObject{{u"op"_s, u"replace"_s},
                                                            {u"path"_s, u"text"_s},
                                                            {u"value"_s, QString()}}});
        QVERIFY(bad > 0);
        outbox->push();
        QVERIFY(pushed.wait(30000));
        const QString refusal =
            model.index(model.rowOfId(model.idAt(sentRow))).data(ErrorTextRole).toString();
        QVERIFY2(!refusal.isEmpty(), "a refused change shows the server's message");
        QVERIFY(outbox->discard(bad));

        // Deleted through the desk: the row goes.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(settles(desk->deleteNote(ticket, model.idAt(sentRow))));
        QCOMPARE(model.rowCount(), notes.size());
        QVERIFY(!removed.isEmpty());
    }

    void tasksInPriorityOrderAskForChanges()
    {
        Desk *desk = m_sandbox.desk();
        TaskListModel model(desk);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int ticket = busiestTicket(RecordKind::Task);
        model.setTicket(ticket);
        // At least three tasks, so a move is visible.
        while (model.rowCount() < 3)
            QVERIFY(settles(desk->addTask(ticket, u"Extra step"_s, u"Extra step"_s)));
        QCOMPARE(model.rowCount(), desk->cache()->tasks(ticket).size());
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1).data(TaskListModel::PriorityRole).toInt() <=
                    model.index(row).data(TaskListModel::PriorityRole).toInt());

        // A tick asks for the task to be done.
        QSignalSpy done(&model, &TaskListModel::doneRequested);
        const QModelIndex open = model.index(0);
        const bool wasDone = open.data(TaskListModel::DoneRole).toBool();
        QVERIFY(model.setData(open, wasDone ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toInt(), model.idAt(0));
        QCOMPARE(done.first().at(1).toBool(), !wasDone);

        // Dragging the last task to the top asks for that order.
        QSignalSpy reorder(&model, &TaskListModel::reorderRequested);
        const int lastId = model.idAt(model.rowCount() - 1);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(model.rowCount() - 1)}));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
        model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(reorder.size(), 1);
        const QList<int> order = reorder.first().first().value<QList<int>>();
        QCOMPARE(order.first(), lastId);
        QCOMPARE(order.size(), model.rowCount());

        // Reordered through the desk: the rows follow the cache.
        QVERIFY(settles(desk->reorderTasks(ticket, order)));
        QCOMPARE(model.ids(), order);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(TaskListModel::PriorityRole).toInt(), row + 1);
    }

    void configurationLinks()
    {
        Desk *desk = m_sandbox.desk();
        TicketConfigurationModel model(desk);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int ticket = busiestTicket(RecordKind::TicketConfiguration);
        model.setTicket(ticket);
        const QList<TicketConfiguration> links = desk->cache()->ticketConfigurations(ticket);
        QCOMPARE(model.rowCount(), links.size());
        QVERIFY(!links.isEmpty());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row).data().toString().isEmpty());
        model.setTicket(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void kbSearchOfflineAndOnline()
    {
        Desk *desk = m_sandbox.desk();
        KbSearchModel model(desk);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<KnowledgeBaseArticle> articles =
            desk->cache()->records<KnowledgeBaseArticle>(RecordKind::KbArticle);
        QVERIFY(!articles.isEmpty());
        // A word of an article's title.
        QString word;
        for (const QString &candidate : articles.first().title().split(u' ')) {
            if (candidate.size() > word.size() && candidate.front().isLetter())
                word = candidate;
        }
        word.remove(QRegularExpression(u"[^\\w]"_s));
        QVERIFY(!word.isEmpty());

        model.searchOffline(word);
        QCOMPARE(model.source(), KbSearchModel::Source::Offline);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowOfId(articles.first().id()) >= 0);
        bool marked = false;
        for (int row = 0; row < model.rowCount(); ++row)
            marked =
                marked ||
                model.index(row).data(KbSearchModel::SnippetHtmlRole).toString().contains(u"<b>"_s);
        QVERIFY(marked);

        QSignalSpy searched(&model, &KbSearchModel::searched);
        model.searchOnline(word);
        QVERIFY(searched.wait(30000));
        QCOMPARE(model.source(), KbSearchModel::Source::Online);
        QVERIFY(model.rowOfId(articles.first().id()) >= 0);
        const QString html = model.index(model.rowOfId(articles.first().id()))
                                 .data(KbSearchModel::SnippetHtmlRole)
                                 .toString();
        QVERIFY2(html.contains(u"<b>"_s, Qt::CaseInsensitive), qPrintable(html));

        // Suggestions: any word of a summary is enough.
        model.suggest(u"zzzunknown "_s + articles.first().title());
        QVERIFY(model.rowOfId(articles.first().id()) >= 0);

        // Deleted from the cache: the row goes.
        const int row = model.rowOfId(articles.first().id());
        QVERIFY(desk->cache()->remove(RecordKind::KbArticle, {articles.first().id()}));
        QVERIFY(model.rowOfId(articles.first().id()) < 0);
        QVERIFY(row >= 0);
    }

    // With a reader, suggestions are read on its thread (a ticket switch does not wait for the
    // full-text query), give the same rows as the synchronous path, and a search made meanwhile
    // wins over a suggestion still on its way.
    void kbSuggestionsOnTheReaderThread()
    {
        Desk *desk = m_sandbox.desk();
        const QList<KnowledgeBaseArticle> articles =
            desk->cache()->records<KnowledgeBaseArticle>(RecordKind::KbArticle);
        QVERIFY(articles.size() >= 2);
        const QString summary = u"zzzunknown "_s + articles.first().title();

        KbSearchModel direct(desk);
        direct.suggest(summary);
        QVERIFY(direct.rowCount() > 0);

        CacheReader reader(desk->cache()->filePath());
        KbSearchModel model(desk);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReader(&reader);
        Qt::HANDLE ranOn{};
        connect(&reader, &CacheReader::finished, this,
                [&](const CacheReader::Result &result) { ranOn = result.threadId; });
        QSignalSpy searched(&model, &KbSearchModel::searched);
        model.suggest(summary);
        QVERIFY(model.isSearching());
        QCOMPARE(searched.count(), 0); // not answered on the spot
        QVERIFY(searched.wait(10000));
        QVERIFY(!model.isSearching());
        QVERIFY2(ranOn != Qt::HANDLE{} && ranOn != QThread::currentThreadId(),
                 "the suggestion query ran on the GUI thread");
        QCOMPARE(model.rowCount(), direct.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.idAt(row), direct.idAt(row));
            QCOMPARE(model.index(row).data(KbSearchModel::SnippetHtmlRole),
                     direct.index(row).data(KbSearchModel::SnippetHtmlRole));
        }

        // A search typed while a suggestion is on its way: the suggestion is dropped.
        const int cancelledBefore = reader.cancelledCount();
        model.suggest(summary);
        const QString title = articles.at(1).title();
        model.searchOffline(title);
        const QList<int> searchedIds = [&] {
            QList<int> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.append(model.idAt(row));
            return ids;
        }();
        QTRY_VERIFY_WITH_TIMEOUT(reader.cancelledCount() > cancelledBefore, 10000);
        QCOMPARE(model.text(), title);
        QList<int> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.idAt(row));
        QCOMPARE(ids, searchedIds);
    }

    void kbTextHelpers()
    {
        QCOMPARE(KbSearchModel::highlightHtml(u"Printer <jam> in printer tray"_s, {u"printer"_s}),
                 u"<b>Printer</b> &lt;jam&gt; in <b>printer</b> tray"_s);
        QCOMPARE(KbSearchModel::quoted(u"a \"b\" \\c"_s), u"\"a \\\"b\\\" \\\\c\""_s);
        QCOMPARE(KbSearchModel::conditionsFor(u"vpn"_s),
                 u"(title contains \"vpn\" or issue contains \"vpn\" or resolution contains "
                 "\"vpn\")"_s);
        QCOMPARE(KbSearchModel::conditionsFor(u"  "_s), QString());
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestTicketItems)
#include "test_ticketitems.moc"
