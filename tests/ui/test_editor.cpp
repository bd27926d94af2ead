// The ticket editor against in-process sandboxes, offscreen: a ticket opened by number (Ctrl+G),
// fields edited through their widgets (a reference through its picker's type-ahead, a custom
// field), saved with Ctrl+S, and exactly the expected JSON Patch seen on the wire and on the
// server; the same offline (queued, pending, replayed on reconnect); a server field error shown
// next to its field; a conflict settled per field; undo, redo and revert; a ticket created from
// the new-ticket dialog; editor tabs restored after a restart. PNGs of the editor land in the
// build folder (scale 1, QT_SCALE_FACTOR=2, dark palette).
#include "uitestsupport.h"

#include "models/api/apipaths.h"
#include "models/api/boardstatus.h"
#include "models/api/recordjob.h"
#include "models/desk/desk.h"
#include "models/itemroles.h"
#include "models/store/cache.h"
#include "models/store/outbox.h"
#include "models/ticketeditmodel.h"
#include "models/tickettablemodel.h"
#include "sandbox/sandbox.h"
#include "views/actions.h"
#include "views/mainwindow.h"
#include "views/newticketdialog.h"
#include "views/referencepicker.h"
#include "views/ticketeditor.h"
#include "views/ticketform.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QHash>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

constexpr int WaitMs = 60000;

// Keeps the body of every PATCH the client sends, as it goes on the wire.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QByteArray verb;
        QString path;
        QByteArray body;
    };
    QList<Sent> sent;

    // The JSON Patch bodies sent to ticket `id`.
    QList<QJsonArray> patchesOf(int id) const
    {
        QList<QJsonArray> patches;
        for (const Sent &s : sent) {
            if (s.verb == "PATCH" && s.path.endsWith(u"/service/tickets/"_s + QString::number(id)))
                patches.append(QJsonDocument::fromJson(s.body).array());
        }
        return patches;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        QByteArray verb;
        if (op == CustomOperation)
            verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (data && verb == "PATCH") {
            // Peeked, not read: the request still sends the whole body.
            sent.append({verb, request.url().path(), data->peek(data->bytesAvailable())});
        }
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

QJsonObject replaceOp(const QString &field, const QJsonValue &value)
{
    return {{u"op"_s, u"replace"_s}, {u"path"_s, field}, {u"value"_s, value}};
}

// Two patches as the same set of operations (the order is the client's concern: by path).
bool samePatch(const QJsonArray &actual, QList<QJsonObject> expected, QString *why)
{
    std::sort(expected.begin(), expected.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"path"_s).toString() < b.value(u"path"_s).toString();
    });
    QJsonArray want;
    for (const QJsonObject &op : expected)
        want.append(op);
    QJsonArray got = actual;
    QList<QJsonValue> sorted(got.begin(), got.end());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(u"path"_s).toString() < b.toObject().value(u"path"_s).toString();
    });
    got = {};
    for (const QJsonValue &v : sorted)
        got.append(v);
    if (got == want)
        return true;
    *why = u"sent %1\nwanted %2"_s.arg(
        QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact)));
    return false;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    RecordingNetwork m_network;
    int m_desks = 0;

    std::unique_ptr<Desk> syncedDesk(sandbox::Sandbox &sandbox)
    {
        return connectedDesk(sandbox, &m_network,
                             m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_desks)), true, WaitMs);
    }

    static bool changeOnServer(Desk *desk, int id, const QJsonObject &loaded,
                               const QJsonObject &edited)
    {
        RecordJob *job = desk->client()->update(ApiPaths::ticket(id), loaded, edited);
        bool ok = false;
        QObject::connect(job, &RecordJob::succeeded, job, [&ok](const QByteArray &) { ok = true; });
        QSignalSpy finished(job, &ManageJob::finished);
        finished.wait(WaitMs);
        return ok;
    }

    // Open tickets of the cache whose board has two statuses or more, lowest id first.
    static QList<int> openTickets(Desk *desk)
    {
        QList<int> ids;
        Cache *cache = desk->cache();
        for (const int id : cache->ids(RecordKind::Ticket, u"closed_flag = 0"_s, {}, u"id"_s)) {
            const Ticket ticket = cache->ticket(id);
            const int board = ticket.json().value(u"board"_s).toObject().value(u"id"_s).toInt();
            if (cache->statuses(board).size() > 1)
                ids.append(id);
        }
        return ids;
    }

    // Opens ticket `id` the way a user does: Ctrl+G, the number, Enter.
    static TicketEditor *openByNumber(MainWindow &window, int id)
    {
        auto *timer = new QTimer(&window);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, id] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                dialog->setIntValue(id);
                dialog->accept();
                timer->deleteLater();
            }
        });
        timer->start();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_G));
        return window.ticketEditor(id);
    }

    static void showWindow(MainWindow &window)
    {
        window.resize(window.sizeHint());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    // Types `text` into `edit` in place of what it holds.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    // Types into a picker and takes the choice with Enter (the type-ahead's path).
    static void pick(ReferencePicker *picker, const QString &name)
    {
        picker->setFocus(Qt::OtherFocusReason);
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), name);
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    }

    static TicketEditModel::Choice otherChoice(TicketEditModel *model, const QString &field)
    {
        const int current = model->value(field).toObject().value(u"id"_s).toInt();
        const QList<TicketEditModel::Choice> choices = model->choices(field);
        // A name no other choice contains, so typing it picks exactly it.
        for (const TicketEditModel::Choice &choice : choices) {
            if (choice.id == current)
                continue;
            const bool unique = std::none_of(
                choices.begin(), choices.end(), [&choice](const TicketEditModel::Choice &c) {
                    return c.id != choice.id && c.name.contains(choice.name, Qt::CaseInsensitive);
                });
            if (unique)
                return choice;
        }
        return {};
    }

    static QJsonArray withCustomValue(QJsonArray fields, int id, const QJsonValue &value)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QJsonObject field = fields.at(i).toObject();
            if (field.value(u"id"_s).toInt() == id) {
                field.insert(u"value"_s, value);
                fields.replace(i, field);
            }
        }
        return fields;
    }

    static int customValue(const QJsonObject &ticket, int id)
    {
        for (const QJsonValue &f : ticket.value(u"customFields"_s).toArray()) {
            if (f.toObject().value(u"id"_s).toInt() == id)
                return f.toObject().value(u"value"_s).toInt();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startUiTest(m_sandbox, m_dir, 150, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QSettings settings;
        settings.clear();
        QFile::remove(settings.fileName());
    }

    void editAndSaveSendsExactPatch()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        showWindow(window);
        const int id = openTickets(desk.get()).value(0);
        QVERIFY(id > 0);
        TicketEditor *editor = openByNumber(window, id);
        QVERIFY(editor);
        // The number dialog took the activation along when it closed.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.tabs()->currentWidget(), editor);
        TicketEditModel *model = editor->model();
        TicketForm *form = editor->form();
        const QJsonObject loaded = model->loaded();
        QVERIFY(!model->isDirty());

        // The form shows the record.
        auto *summary = qobject_cast<QLineEdit *>(form->fieldWidget(u"summary"_s));
        QVERIFY(summary);
        QCOMPARE(summary->text(), loaded.value(u"summary"_s).toString());
        QCOMPARE(form->picker(u"board"_s)->currentText(),
                 loaded.value(u"board"_s).toObject().value(u"name"_s).toString());
        // The board's own statuses, no other board's.
        const int board = loaded.value(u"board"_s).toObject().value(u"id"_s).toInt();
        QCOMPARE(form->picker(u"status"_s)->count(), int(desk->cache()->statuses(board).size()));

        const QString newSummary = u"Editor test: printer jams on tray 2"_s;
        retype(summary, newSummary);
        const TicketEditModel::Choice priority = otherChoice(model, u"priority"_s);
        QVERIFY(priority.id > 0);
        pick(form->picker(u"priority"_s), priority.name);
        const TicketEditModel::Choice status = otherChoice(model, u"status"_s);
        QVERIFY(status.id > 0);
        pick(form->picker(u"status"_s), status.name);
        auto *po = qobject_cast<QLineEdit *>(form->fieldWidget(u"poNumber"_s));
        QVERIFY(po);
        retype(po, u"PO-7781"_s);
        auto *outage = qobject_cast<QLineEdit *>(form->fieldWidget(u"customField:2"_s));
        QVERIFY2(outage, "the sandbox's ticket has the custom field Outage ID (2)");
        retype(outage, u"4242"_s);
        QVERIFY(model->isDirty());
        QVERIFY(editor->tabTitle().endsWith(u'*'));
        QVERIFY(editor->saveAction()->isEnabled());
        QCOMPARE(editor->stateText(),
                 u"Unsaved changes: Custom fields, PO number, Priority, Status, Summary."_s);
        QVERIFY(renderPng(&window, u"editor-dirty"_s));

        m_network.sent.clear();
        QSignalSpy saved(model, &TicketEditModel::saved);
        QSignalSpy triggered(editor->saveAction(), &QAction::triggered);
        QTest::keySequence(outage, QKeySequence::Save);
        QCOMPARE(triggered.size(), 1);
        QVERIFY(saved.size() == 1 || saved.wait(WaitMs));

        const QList<QJsonArray> patches = m_network.patchesOf(id);
        QCOMPARE(patches.size(), 1);
        QString why;
        QVERIFY2(samePatch(patches.first(),
                           {replaceOp(u"summary"_s, newSummary),
                            replaceOp(u"priority"_s, QJsonObject{{u"id"_s, priority.id}}),
                            replaceOp(u"status"_s, QJsonObject{{u"id"_s, status.id}}),
                            replaceOp(u"poNumber"_s, u"PO-7781"_s),
                            replaceOp(u"customFields"_s,
                                      withCustomValue(loaded.value(u"customFields"_s).toArray(), 2,
                                                      4242.0))},
                           &why),
                 qPrintable(why));
        const QJsonObject server = serverTicket(desk.get(), id);
        QCOMPARE(server.value(u"summary"_s).toString(), newSummary);
        QCOMPARE(server.value(u"priority"_s).toObject().value(u"id"_s).toInt(), priority.id);
        QCOMPARE(server.value(u"status"_s).toObject().value(u"id"_s).toInt(), status.id);
        QCOMPARE(server.value(u"poNumber"_s).toString(), u"PO-7781"_s);
        QCOMPARE(customValue(server, 2), 4242);
        QVERIFY(!model->isDirty());
        QVERIFY(!model->isPending());
        QVERIFY(!editor->tabTitle().endsWith(u'*'));

        // Every control of the window with the editor shown has a name.
        const QStringList unnamed = widgetsWithoutAccessibleName(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        QVERIFY(renderPng(editor, u"editor"_s));
        window.setPalette(darkPalette());
        QVERIFY(renderPng(editor, u"editor-dark"_s));
    }

    void undoRedoRevert()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        TicketEditor editor(desk.get());
        const int id = openTickets(desk.get()).value(1);
        QVERIFY(editor.openTicket(id));
        TicketEditModel *model = editor.model();
        const QJsonObject loaded = model->loaded();
        auto *summary = qobject_cast<QLineEdit *>(editor.form()->fieldWidget(u"summary"_s));
        retype(summary, u"First"_s);
        // Typing into one field is one step.
        QCOMPARE(model->undoStack()->count(), 1);
        const TicketEditModel::Choice priority = otherChoice(model, u"priority"_s);
        model->setReference(u"priority"_s, priority.id);
        QCOMPARE(model->undoStack()->count(), 2);
        QCOMPARE(model->dirtyFields(), (QStringList{u"priority"_s, u"summary"_s}));

        editor.undoAction()->trigger();
        QCOMPARE(model->value(u"priority"_s).toObject().value(u"id"_s),
                 loaded.value(u"priority"_s).toObject().value(u"id"_s));
        QCOMPARE(editor.form()->picker(u"priority"_s)->currentText(),
                 loaded.value(u"priority"_s).toObject().value(u"name"_s).toString());
        editor.undoAction()->trigger();
        QCOMPARE(summary->text(), loaded.value(u"summary"_s).toString());
        QVERIFY(!model->isDirty());
        editor.redoAction()->trigger();
        editor.redoAction()->trigger();
        QCOMPARE(summary->text(), u"First"_s);
        QCOMPARE(model->value(u"priority"_s).toObject().value(u"id"_s).toInt(), priority.id);

        editor.revertAction()->trigger();
        QVERIFY(!model->isDirty());
        QCOMPARE(summary->text(), loaded.value(u"summary"_s).toString());
        // Revert is a step of its own.
        editor.undoAction()->trigger();
        QVERIFY(model->isDirty());
        QCOMPARE(summary->text(), u"First"_s);
    }

    void boardChangeRescopesAndFlags()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        TicketEditor editor(desk.get());
        const int id = openTickets(desk.get()).value(2);
        QVERIFY(editor.openTicket(id));
        TicketEditModel *model = editor.model();
        const int board = model->value(u"board"_s).toObject().value(u"id"_s).toInt();
        const TicketEditModel::Choice other = otherChoice(model, u"board"_s);
        QVERIFY(other.id > 0 && other.id != board);
        QVERIFY(model->misfits().isEmpty());
        pick(editor.form()->picker(u"board"_s), other.name);
        QCOMPARE(model->value(u"board"_s).toObject().value(u"id"_s).toInt(), other.id);
        // The status picker offers the new board's statuses; the old status is flagged.
        QList<int> offered;
        ReferencePicker *status = editor.form()->picker(u"status"_s);
        for (const TicketEditModel::Choice &c : model->choices(u"status"_s))
            offered.append(c.id);
        QList<int> expected;
        for (const BoardStatus &s : desk->cache()->statuses(other.id))
            if (!s.inactive())
                expected.append(s.id());
        std::sort(offered.begin(), offered.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(offered, expected);
        QVERIFY(status->count() >= int(expected.size()));
        QVERIFY(model->misfits().contains(u"status"_s));
        QVERIFY(!editor.form()->fieldMessage(u"status"_s).isEmpty());
        // Choosing one of the new board's statuses clears the mark.
        model->setReference(u"status"_s, expected.first());
        QVERIFY(editor.form()->fieldMessage(u"status"_s).isEmpty());
    }

    void fieldErrorShownNextToField()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        TicketEditor editor(desk.get());
        editor.resize(900, 700);
        editor.show();
        const int id = openTickets(desk.get()).value(3);
        QVERIFY(editor.openTicket(id));
        TicketEditModel *model = editor.model();
        auto *summary = qobject_cast<QLineEdit *>(editor.form()->fieldWidget(u"summary"_s));
        // The server takes at most 100 characters.
        retype(summary, QString(120, u'x'));
        QSignalSpy failed(model, &TicketEditModel::saveFailed);
        editor.saveAction()->trigger();
        QVERIFY(failed.wait(WaitMs));
        QVERIFY2(!model->fieldError(u"summary"_s).isEmpty(),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(editor.form()->fieldMessage(u"summary"_s), model->fieldError(u"summary"_s));
        QCOMPARE(summary->accessibleDescription(), model->fieldError(u"summary"_s));
        // The edit stays here to fix; nothing refused is left in the outbox to block the next.
        QVERIFY(model->isDirty());
        QCOMPARE(desk->outbox()->pendingCount(), 0);
        QVERIFY(renderPng(&editor, u"editor-field-error"_s));

        retype(summary, u"Short enough"_s);
        QVERIFY(editor.form()->fieldMessage(u"summary"_s).isEmpty());
        QSignalSpy saved(model, &TicketEditModel::saved);
        editor.saveAction()->trigger();
        QVERIFY(saved.wait(WaitMs));
        QCOMPARE(serverTicket(desk.get(), id).value(u"summary"_s).toString(), u"Short enough"_s);
    }

    void conflictResolvedPerField()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        TicketEditor editor(desk.get());
        editor.resize(900, 700);
        editor.show();
        const int id = openTickets(desk.get()).value(4);
        QVERIFY(editor.openTicket(id));
        TicketEditModel *model = editor.model();
        const QJsonObject loaded = model->loaded();

        // Someone else changes the summary and the priority on the server meanwhile.
        const TicketEditModel::Choice theirPriority = otherChoice(model, u"priority"_s);
        QJsonObject theirs = loaded;
        theirs.insert(u"summary"_s, u"Their summary"_s);
        theirs.insert(u"priority"_s, QJsonObject{{u"id"_s, theirPriority.id}});
        QVERIFY(changeOnServer(desk.get(), id, loaded, theirs));

        // I change the same two fields, to other values.
        QList<TicketEditModel::Choice> priorities = model->choices(u"priority"_s);
        const int loadedPriority = loaded.value(u"priority"_s).toObject().value(u"id"_s).toInt();
        int myPriority = 0;
        for (const TicketEditModel::Choice &c : priorities) {
            if (c.id != loadedPriority && c.id != theirPriority.id)
                myPriority = c.id;
        }
        QVERIFY(myPriority > 0);
        auto *summary = qobject_cast<QLineEdit *>(editor.form()->fieldWidget(u"summary"_s));
        retype(summary, u"My summary"_s);
        model->setReference(u"priority"_s, myPriority);
        QSignalSpy conflict(model, &TicketEditModel::conflictFound);
        editor.saveAction()->trigger();
        QVERIFY(conflict.wait(WaitMs));
        QCOMPARE(model->state(), TicketEditModel::State::Conflict);
        QStringList fields = model->conflictFields();
        fields.sort();
        QCOMPARE(fields, (QStringList{u"priority"_s, u"summary"_s}));
        ConflictView *view = editor.conflictView();
        QVERIFY(view->isVisible());
        auto *theirSummary = view->findChild<QRadioButton *>(u"summaryTheirs"_s);
        QVERIFY(theirSummary);
        QCOMPARE(theirSummary->text(), u"Their summary"_s);
        QVERIFY(renderPng(&editor, u"editor-conflict"_s));

        // Keep my summary, take their priority.
        view->findChild<QRadioButton *>(u"summaryMine"_s)->click();
        view->findChild<QRadioButton *>(u"priorityTheirs"_s)->click();
        QSignalSpy saved(model, &TicketEditModel::saved);
        QTest::mouseClick(view->applyButton(), Qt::LeftButton);
        QVERIFY(saved.wait(WaitMs));
        const QJsonObject server = serverTicket(desk.get(), id);
        QCOMPARE(server.value(u"summary"_s).toString(), u"My summary"_s);
        QCOMPARE(server.value(u"priority"_s).toObject().value(u"id"_s).toInt(), theirPriority.id);
        QVERIFY(!view->isVisible());
        QCOMPARE(desk->outbox()->pendingCount(), 0);
    }

    void offlineQueuedPendingThenReplayed()
    {
        QTemporaryDir dir;
        sandbox::Sandbox own;
        sandbox::SandboxOptions options;
        options.dataFile = dir.filePath(u"own.sqlite"_s);
        options.tickets = 80;
        QString error;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        const auto desk = syncedDesk(own);
        QVERIFY(desk);
        MainWindow window(desk.get());
        showWindow(window);
        const int id = openTickets(desk.get()).value(0);
        QVERIFY(window.openTicket(id));
        TicketEditor *editor = window.ticketEditor(id);
        TicketEditModel *model = editor->model();

        const quint16 port = own.port();
        own.stop();
        auto *summary = qobject_cast<QLineEdit *>(editor->form()->fieldWidget(u"summary"_s));
        retype(summary, u"Written offline"_s);
        auto *budget = editor->form()->fieldWidget(u"budgetHoursSpin"_s);
        Q_UNUSED(budget);
        model->setValue(u"budgetHours"_s, 3.5);
        QSignalSpy queued(model, &TicketEditModel::queued);
        m_network.sent.clear();
        editor->saveAction()->trigger();
        QVERIFY(queued.wait(WaitMs));
        QVERIFY(model->isPending());
        QVERIFY(!model->isDirty());
        QVERIFY(editor->tabTitle().contains(u"(pending)"_s));
        QVERIFY(editor->stateText().startsWith(u"Pending"_s));
        // The SLA says how old its data is.
        QTRY_VERIFY_WITH_TIMEOUT(editor->slaPanel()->text().contains(u"as of the last sync"_s),
                                 WaitMs);
        QCOMPARE(desk->outbox()->pendingCount(), 1);
        // The list marks it too, with the optimistic summary.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const int row = window.ticketModel()->rowOfTicket(id);
                return row < 0 || window.ticketModel()->index(row, 0).data(PendingRole).toBool();
            }(),
            WaitMs);
        QVERIFY(renderPng(&window, u"editor-pending"_s));

        // Back online: a sync pushes the outbox; the mark goes and the server has the patch.
        options.port = port;
        QVERIFY2(own.start(options, &error), qPrintable(error));
        QSignalSpy saved(model, &TicketEditModel::saved);
        desk->syncNow();
        QVERIFY(saved.wait(WaitMs));
        QVERIFY(!model->isPending());
        QVERIFY(!editor->tabTitle().contains(u"(pending)"_s));
        const QList<QJsonArray> patches = m_network.patchesOf(id);
        QVERIFY(!patches.isEmpty());
        QString why;
        QVERIFY2(samePatch(patches.last(),
                           {replaceOp(u"summary"_s, u"Written offline"_s),
                            replaceOp(u"budgetHours"_s, 3.5)},
                           &why),
                 qPrintable(why));
        const QJsonObject server = serverTicket(desk.get(), id);
        QCOMPARE(server.value(u"summary"_s).toString(), u"Written offline"_s);
        QCOMPARE(server.value(u"budgetHours"_s).toDouble(), 3.5);
    }

    void newTicketFromDialog()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        showWindow(window);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_N));
        auto *dialog = window.findChild<NewTicketDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        TicketForm *form = dialog->form();
        TicketEditModel *model = dialog->model();
        // No computed fields on a new ticket.
        QVERIFY(!form->findChild<QWidget *>(u"actualHoursValue"_s));

        // Creating without the required fields marks them.
        dialog->create();
        QVERIFY(!form->fieldMessage(u"board"_s).isEmpty());
        QVERIFY(!form->fieldMessage(u"summary"_s).isEmpty());

        retype(qobject_cast<QLineEdit *>(form->fieldWidget(u"summary"_s)),
               u"New from the dialog"_s);
        const TicketEditModel::Choice board = otherChoice(model, u"board"_s);
        pick(form->picker(u"board"_s), board.name);
        QCOMPARE(model->value(u"board"_s).toObject().value(u"id"_s).toInt(), board.id);
        // The board's statuses and teams, offered from the cache.
        QCOMPARE(form->picker(u"status"_s)->count(), int(model->choices(u"status"_s).size()));
        QVERIFY(!model->choices(u"status"_s).isEmpty());
        const TicketEditModel::Choice status = otherChoice(model, u"status"_s);
        pick(form->picker(u"status"_s), status.name);
        const TicketEditModel::Choice company = otherChoice(model, u"company"_s);
        pick(form->picker(u"company"_s), company.name);
        QCOMPARE(model->value(u"company"_s).toObject().value(u"id"_s).toInt(), company.id);
        // Only that company's contacts.
        const QList<TicketEditModel::Choice> contacts = model->choices(u"contact"_s);
        QVERIFY(!contacts.isEmpty());
        for (const TicketEditModel::Choice &c : contacts) {
            const QJsonObject contact =
                QJsonDocument::fromJson(desk->cache()->rawRecord(RecordKind::Contact, c.id))
                    .object();
            QCOMPARE(contact.value(u"company"_s).toObject().value(u"id"_s).toInt(), company.id);
        }
        const TicketEditModel::Choice contact = otherChoice(model, u"contact"_s);
        pick(form->picker(u"contact"_s), contact.name);
        QCOMPARE(model->value(u"contact"_s).toObject().value(u"id"_s).toInt(), contact.id);
        // The site's custom fields, as the cached tickets carry them, empty.
        auto *outage = form->findChild<QLineEdit *>(u"customField2"_s);
        auto *vip = form->findChild<QCheckBox *>(u"customField4"_s);
        QVERIFY(outage && vip);
        QVERIFY(outage->text().isEmpty());
        QVERIFY(!vip->isChecked());
        retype(outage, u"4242"_s);
        vip->click();
        const QStringList unnamed = widgetsWithoutAccessibleName(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        QVERIFY(renderPng(dialog, u"new-ticket"_s));

        QSignalSpy created(dialog, &NewTicketDialog::ticketCreated);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTicketButton"_s),
                          Qt::LeftButton);
        QVERIFY2(created.size() == 1 || created.wait(WaitMs), qPrintable(dialog->messageText()));
        const int id = created.first().at(0).toInt();
        QVERIFY(id > 0);
        QCOMPARE(created.first().at(1).toBool(), false);
        const QJsonObject server = serverTicket(desk.get(), id);
        QCOMPARE(server.value(u"summary"_s).toString(), u"New from the dialog"_s);
        QCOMPARE(server.value(u"board"_s).toObject().value(u"id"_s).toInt(), board.id);
        QCOMPARE(server.value(u"status"_s).toObject().value(u"id"_s).toInt(), status.id);
        QCOMPARE(server.value(u"company"_s).toObject().value(u"id"_s).toInt(), company.id);
        QCOMPARE(server.value(u"contact"_s).toObject().value(u"id"_s).toInt(), contact.id);
        QHash<int, QJsonValue> custom;
        for (const QJsonValue &f : server.value(u"customFields"_s).toArray())
            custom.insert(f.toObject().value(u"id"_s).toInt(), f.toObject().value(u"value"_s));
        QCOMPARE(custom.value(2).toDouble(), 4242.0);
        QCOMPARE(custom.value(4), QJsonValue(true));
        // The new ticket opens in its tab.
        QTRY_VERIFY(window.ticketEditor(id));
    }

    // F6 walks a ticket's tab too: the tab bar, then into the form, then the docks, and round.
    void f6WalksTheEditorTab()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        MainWindow window(desk.get());
        showWindow(window);
        const int id = openTickets(desk.get()).value(5);
        QVERIFY(id > 0);
        TicketEditor *editor = openByNumber(window, id);
        QVERIFY(editor);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.tabs()->currentWidget(), editor);
        window.tabs()->tabBar()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY2(editor->form()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));
        // Round the panes back to the tab bar, never into the hidden dispatch view.
        bool back = false;
        for (int i = 0; i < 8 && !back; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QVERIFY(QApplication::focusWidget());
            QVERIFY(QApplication::focusWidget()->isVisible());
            QVERIFY(QApplication::focusWidget() != static_cast<QWidget *>(window.ticketView()));
            back = QApplication::focusWidget() == window.tabs()->tabBar();
        }
        QVERIFY(back);
    }

    void tabsRestoredAfterRestart()
    {
        const auto desk = syncedDesk(m_sandbox);
        QVERIFY(desk);
        const QList<int> ids = openTickets(desk.get());
        QVERIFY(ids.size() > 6);
        // Whatever the earlier tests left open is not part of this one.
        QSettings().remove(u"mainWindow/openTickets"_s);
        {
            MainWindow window(desk.get());
            showWindow(window);
            QVERIFY(window.openTicket(ids.at(5)));
            QVERIFY(window.openTicket(ids.at(6)));
            window.tabs()->setCurrentIndex(1);
            // Ctrl+W closes the current editor tab; the dispatch tab stays.
            QVERIFY(window.openTicket(ids.at(2)));
            QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_W));
            QVERIFY(!window.ticketEditor(ids.at(2)));
            window.tabs()->setCurrentIndex(2);
            window.saveSession();
        }
        MainWindow again(desk.get());
        QList<int> open;
        for (TicketEditor *editor : again.ticketEditors())
            open.append(editor->ticketId());
        QCOMPARE(open, (QList<int>{ids.at(5), ids.at(6)}));
        QCOMPARE(again.tabs()->currentIndex(), 2);
        QCOMPARE(again.tabs()->count(), 3);
    }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestEditor)
#include "test_editor.moc"
