// The desk core against a real cwdesk-sandbox process over HTTP and a real cache file:
// connecting (codebase discovery, a missing key, keys refused, a site that cannot be reached),
// syncing, every change by names and ids online, the same changes queued offline and sent later.
#include "httpclient.h"
#include "sandboxprocess.h"

#include "desk/desk.h"
#include "desk/deskchange.h"
#include "desk/fieldassignment.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

struct Outcome
{
    enum { None, Sent, Queued, Failed } kind = None;
    QByteArray raw;
    QString reason;
    DeskError error;
    QStringList notices;
    QJsonObject record() const { return QJsonDocument::fromJson(raw).object(); }
};

// Waits for the change's fate.
Outcome settle(DeskChange *change)
{
    Outcome outcome;
    QObject::connect(change, &DeskChange::notice, change,
                     [&outcome](const QString &text) { outcome.notices.append(text); });
    QObject::connect(change, &DeskChange::sent, change, [&outcome](const QByteArray &raw) {
        outcome.kind = Outcome::Sent;
        outcome.raw = raw;
    });
    QObject::connect(change, &DeskChange::queued, change,
                     [&outcome](const QByteArray &raw, const QString &reason) {
                         outcome.kind = Outcome::Queued;
                         outcome.raw = raw;
                         outcome.reason = reason;
                     });
    QObject::connect(change, &DeskChange::failed, change, [&outcome](const DeskError &error) {
        outcome.kind = Outcome::Failed;
        outcome.error = error;
    });
    QSignalSpy finished(change, &DeskChange::finished);
    finished.wait(60000);
    return outcome;
}

QList<FieldAssignment> assignments(const QStringList &texts)
{
    QList<FieldAssignment> list;
    for (const QString &text : texts) {
        FieldAssignment a;
        QString error;
        if (FieldAssignment::parse(text, &a, &error))
            list.append(a);
    }
    return list;
}

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    HttpClient m_http;
    QString m_site;
    QString m_closedSite;

    ConnectionProfile profile(const QString &site) const
    {
        ConnectionProfile p;
        p.setName(u"test"_s);
        p.setSite(site);
        p.setCompany(u"sandbox"_s);
        p.setPublicKey(u"sandbox-public"_s);
        p.setClientId(u"cwdesk-tests"_s);
        return p;
    }

    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }

    // A desk on `site` with the shared cache file, connected (or the failure).
    std::unique_ptr<Desk> open(const QString &site, const QString &key, bool useOutbox = true,
                               DeskError *failure = nullptr)
    {
        auto desk = std::make_unique<Desk>();
        Desk::Options options;
        options.cachePath = cachePath();
        options.useOutbox = useOutbox;
        options.timeoutMs = 5000;
        desk->setOptions(options);
        QSignalSpy connected(desk.get(), &Desk::connected);
        QSignalSpy failed(desk.get(), &Desk::connectFailed);
        desk->connectToSite(profile(site), key);
        if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 30000))
            return nullptr;
        if (!failed.isEmpty()) {
            if (failure)
                *failure = failed.first().first().value<DeskError>();
            return nullptr;
        }
        return desk;
    }

    QJsonObject serverTicket(int id)
    {
        return m_http.get(u"/service/tickets/%1"_s.arg(id)).object();
    }

    // An open ticket and a status of its board other than its own.
    int pickTicket(QString *otherStatus)
    {
        const QJsonArray tickets =
            m_http
                .get(u"/service/tickets"_s,
                     {{u"conditions"_s, u"closedFlag=false"_s}, {u"pageSize"_s, u"5"_s}})
                .array();
        for (const QJsonValue &value : tickets) {
            const QJsonObject ticket = value.toObject();
            const int board = ticket.value(u"board"_s).toObject().value(u"id"_s).toInt();
            const int status = ticket.value(u"status"_s).toObject().value(u"id"_s).toInt();
            for (const QJsonValue &s :
                 m_http.get(u"/service/boards/%1/statuses"_s.arg(board)).array()) {
                const QJsonObject candidate = s.toObject();
                if (candidate.value(u"id"_s).toInt() != status &&
                    !candidate.value(u"closedStatus"_s).toBool() &&
                    !candidate.value(u"inactive"_s).toBool()) {
                    *otherStatus = candidate.value(u"name"_s).toString();
                    return ticket.value(u"id"_s).toInt();
                }
            }
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({u"--tickets"_s, u"40"_s, u"--seed"_s, u"11"_s}),
                 qPrintable(m_sandbox.errorString()));
        m_http.setBaseUrl(m_sandbox.baseUrl());
        m_http.setDefaultHeader("Authorization", SandboxProcess::defaultAuthorization());
        m_site = u"http://127.0.0.1:%1"_s.arg(m_sandbox.port());
        // A port nobody listens on: the server "cannot be reached".
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_closedSite = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void connectsAndSyncs()
    {
        std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s);
        QVERIFY(desk);
        QVERIFY2(!desk->profile().codebase().isEmpty(), "the codebase was discovered");
        QVERIFY(!desk->lastSync().isValid());
        QSignalSpy finished(desk.get(), &Desk::syncFinished);
        QSignalSpy failed(desk.get(), &Desk::syncFailed);
        desk->syncNow(SyncEngine::Mode::Full);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty()
                     ? ""
                     : qPrintable(failed.first().first().value<ApiError>().headline()));
        QCOMPARE(desk->state(), Desk::State::Online);
        QVERIFY(desk->lastSync().isValid());
        QVERIFY(qAbs(desk->lastSync().secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(desk->cache()->ids(RecordKind::Ticket).size() > 0);
    }

    void missingKeyAndRefusedKeys()
    {
        DeskError failure;
        // Nothing in the keychain for this profile (or no keychain at all): a clear refusal.
        QVERIFY(!open(m_site, {}, true, &failure));
        QCOMPARE(failure.kind(), DeskError::Kind::NoPrivateKey);
        QVERIFY(!failure.message().isEmpty());

        // Offline nothing is sent: without a key the desk still opens on its cache.
        {
            Desk offline;
            Desk::Options options;
            options.cachePath = cachePath();
            options.offline = true;
            offline.setOptions(options);
            QSignalSpy connected(&offline, &Desk::connected);
            QSignalSpy failed(&offline, &Desk::connectFailed);
            offline.connectToSite(profile(m_site), {});
            QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty() || !failed.isEmpty(), 30000);
            QCOMPARE(failed.size(), 0);
            QCOMPARE(offline.state(), Desk::State::Offline);
        }

        std::unique_ptr<Desk> desk = open(m_site, u"wrong-private"_s);
        QVERIFY(desk); // the codebase lookup sends no keys
        QSignalSpy states(desk.get(), &Desk::stateChanged);
        const Outcome outcome = settle(desk->updateTicket(1, assignments({u"summary=x"_s})));
        QCOMPARE(outcome.kind, Outcome::Failed);
        QCOMPARE(outcome.error.kind(), DeskError::Kind::Api);
        QCOMPARE(outcome.error.api().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(desk->state(), Desk::State::AuthFailed);
        QVERIFY(!states.isEmpty());
    }

    void unreachableWithoutCacheFails()
    {
        auto desk = std::make_unique<Desk>();
        Desk::Options options;
        options.cachePath = u"/proc/no/such/dir/cache.sqlite"_s;
        desk->setOptions(options);
        QSignalSpy failed(desk.get(), &Desk::connectFailed);
        desk->connectToSite(profile(m_closedSite), u"sandbox-private"_s);
        QVERIFY(failed.wait(30000));
        const DeskError error = failed.first().first().value<DeskError>();
        QCOMPARE(error.kind(), DeskError::Kind::Api);
        QVERIFY(Desk::isUnreachable(error.api()));
    }

    void updateByNamesOnline()
    {
        QString status;
        const int id = pickTicket(&status);
        QVERIFY(id > 0);
        const QJsonArray members =
            m_http.get(u"/system/members"_s, {{u"pageSize"_s, u"3"_s}}).array();
        QVERIFY(!members.isEmpty());
        const QString member = members.last().toObject().value(u"identifier"_s).toString();
        const QString summary = u"Desk update "_s + QUuid::createUuid().toString().mid(1, 8);

        std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s);
        QVERIFY(desk);
        const Outcome outcome = settle(desk->updateTicket(
            id, assignments({u"status.name="_s + status, u"owner.identifier="_s + member,
                             u"summary="_s + summary})));
        QCOMPARE(outcome.kind, Outcome::Sent);
        QVERIFY(desk->outbox());
        QCOMPARE(desk->outbox()->pendingCount(), 0);
        const QJsonObject server = serverTicket(id);
        QCOMPARE(server.value(u"summary"_s).toString(), summary);
        QCOMPARE(server.value(u"status"_s).toObject().value(u"name"_s).toString(), status);
        QCOMPARE(server.value(u"owner"_s).toObject().value(u"identifier"_s).toString(), member);
        QCOMPARE(outcome.record().value(u"summary"_s).toString(), summary);
        // The cache holds the server's copy.
        QCOMPARE(QJsonDocument::fromJson(desk->cache()->rawRecord(RecordKind::Ticket, id))
                     .object()
                     .value(u"summary"_s)
                     .toString(),
                 summary);
    }

    void updateByIdOnline()
    {
        // FIELD.id=N, the form the "cannot be set" message offers, sets the reference by id.
        QString status;
        const int id = pickTicket(&status);
        QVERIFY(id > 0);
        const QJsonArray priorities =
            m_http.get(u"/service/priorities"_s, {{u"pageSize"_s, u"10"_s}}).array();
        QVERIFY(priorities.size() >= 2);
        const int current = serverTicket(id).value(u"priority"_s).toObject().value(u"id"_s).toInt();
        int wanted = 0;
        for (const QJsonValue &p : priorities)
            if (p.toObject().value(u"id"_s).toInt() != current)
                wanted = p.toObject().value(u"id"_s).toInt();
        QVERIFY(wanted > 0);
        std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s);
        QVERIFY(desk);
        Outcome outcome = settle(
            desk->updateTicket(id, assignments({u"priority.id="_s + QString::number(wanted)})));
        QVERIFY2(outcome.kind == Outcome::Sent, qPrintable(outcome.error.message()));
        QCOMPARE(serverTicket(id).value(u"priority"_s).toObject().value(u"id"_s).toInt(), wanted);
        // A name where the id goes is refused before sending.
        outcome = settle(desk->updateTicket(id, assignments({u"priority.id=High"_s})));
        QCOMPARE(outcome.kind, Outcome::Failed);
        QCOMPARE(outcome.error.kind(), DeskError::Kind::Invalid);
        QVERIFY2(outcome.error.message().contains(u"needs a number"_s),
                 qPrintable(outcome.error.message()));
    }

    void badNamesAreRefusedBeforeSending()
    {
        QString status;
        const int id = pickTicket(&status);
        std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s);
        QVERIFY(desk);
        const QJsonObject before = serverTicket(id);
        Outcome outcome =
            settle(desk->updateTicket(id, assignments({u"status.name=No Such Status"_s})));
        QCOMPARE(outcome.kind, Outcome::Failed);
        QCOMPARE(outcome.error.kind(), DeskError::Kind::Invalid);
        QVERIFY2(outcome.error.message().contains(u"no status named"_s),
                 qPrintable(outcome.error.message()));
        outcome = settle(desk->updateTicket(id, assignments({u"customField.Nope=1"_s})));
        QCOMPARE(outcome.kind, Outcome::Failed);
        QCOMPARE(outcome.error.kind(), DeskError::Kind::Invalid);
        QCOMPARE(serverTicket(id).value(u"_info"_s), before.value(u"_info"_s));
        QCOMPARE(desk->outbox()->pendingCount(), 0);
    }

    void offlineChangesQueueAndSendLater()
    {
        QString status;
        const int id = pickTicket(&status);
        QVERIFY(id > 0);
        const QString text = u"Offline note "_s + QUuid::createUuid().toString().mid(1, 8);
        {
            std::unique_ptr<Desk> offline = open(m_closedSite, u"sandbox-private"_s);
            QVERIFY2(offline, "connects offline because the cache can serve");
            QCOMPARE(offline->state(), Desk::State::Offline);
            Outcome outcome =
                settle(offline->updateTicket(id, assignments({u"status.name="_s + status})));
            QCOMPARE(outcome.kind, Outcome::Queued);
            QVERIFY(!outcome.notices.isEmpty()); // says the cached copy is changed
            QVERIFY(!outcome.reason.isEmpty());
            QCOMPARE(outcome.record().value(u"status"_s).toObject().value(u"id"_s).toInt() > 0,
                     true);
            outcome = settle(offline->addNote(id, text, {}));
            QCOMPARE(outcome.kind, Outcome::Queued);
            QCOMPARE(outcome.record().value(u"text"_s).toString(), text);
            QCOMPARE(offline->outbox()->pendingCount(), 2);
        }
        QVERIFY(serverTicket(id).value(u"status"_s).toObject().value(u"name"_s).toString() !=
                status);
        // Back online: the next sync pushes the outbox first.
        std::unique_ptr<Desk> online = open(m_site, u"sandbox-private"_s);
        QVERIFY(online);
        QSignalSpy finished(online.get(), &Desk::syncFinished);
        online->syncNow();
        QVERIFY(finished.wait(120000));
        QCOMPARE(online->outbox()->pendingCount(), 0);
        QCOMPARE(serverTicket(id).value(u"status"_s).toObject().value(u"name"_s).toString(),
                 status);
        int found = 0;
        for (const QJsonValue &note :
             m_http.get(u"/service/tickets/%1/notes"_s.arg(id), {{u"pageSize"_s, u"1000"_s}})
                 .array())
            found += note.toObject().value(u"text"_s).toString() == text ? 1 : 0;
        QCOMPARE(found, 1);
    }

    void itemsOnline()
    {
        QString status;
        const int id = pickTicket(&status);
        std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s);
        QVERIFY(desk);
        Outcome outcome = settle(desk->addTask(id, u"Check the printer"_s, u"Printer"_s));
        QCOMPARE(outcome.kind, Outcome::Sent);
        const int taskId = outcome.record().value(u"id"_s).toInt();
        QVERIFY(taskId > 0);
        outcome = settle(desk->completeTask(id, taskId, u"Replaced the toner"_s));
        QCOMPARE(outcome.kind, Outcome::Sent);
        const QJsonObject task =
            m_http.get(u"/service/tickets/%1/tasks/%2"_s.arg(id).arg(taskId)).object();
        QVERIFY(task.value(u"closedFlag"_s).toBool());
        QCOMPARE(task.value(u"resolution"_s).toString(), u"Replaced the toner"_s);

        const QJsonArray configurations =
            m_http.get(u"/company/configurations"_s, {{u"pageSize"_s, u"1"_s}}).array();
        QVERIFY(!configurations.isEmpty());
        const QJsonObject configuration = configurations.first().toObject();
        const int configurationId = configuration.value(u"id"_s).toInt();
        outcome = settle(desk->attachConfiguration(id, QString::number(configurationId)));
        QCOMPARE(outcome.kind, Outcome::Sent);
        auto linked = [&] {
            for (const QJsonValue &v :
                 m_http.get(u"/service/tickets/%1/configurations"_s.arg(id)).array()) {
                if (v.toObject().value(u"id"_s).toInt() == configurationId)
                    return true;
            }
            return false;
        };
        QVERIFY(linked());
        const QString device = configuration.value(u"deviceIdentifier"_s).toString();
        outcome = settle(desk->detachConfiguration(
            id, device.isEmpty() ? QString::number(configurationId) : device));
        QCOMPARE(outcome.kind, Outcome::Sent);
        QVERIFY(!linked());
    }

    // Notes and tasks edited, deleted and reordered: online through the outbox, offline queued
    // and replayed, each checked on the server.
    void notesAndTasksEditedAndDeleted()
    {
        QString status;
        const int id = pickTicket(&status);
        QVERIFY(id > 0);
        auto serverNotes = [&] {
            QHash<int, QJsonObject> notes;
            for (const QJsonValue &v :
                 m_http.get(u"/service/tickets/%1/notes"_s.arg(id), {{u"pageSize"_s, u"1000"_s}})
                     .array())
                notes.insert(v.toObject().value(u"id"_s).toInt(), v.toObject());
            return notes;
        };
        auto serverTasks = [&] {
            QHash<int, QJsonObject> tasks;
            for (const QJsonValue &v :
                 m_http.get(u"/service/tickets/%1/tasks"_s.arg(id), {{u"pageSize"_s, u"1000"_s}})
                     .array())
                tasks.insert(v.toObject().value(u"id"_s).toInt(), v.toObject());
            return tasks;
        };
        int noteId = 0;
        int first = 0;
        int second = 0;
        {
            std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s);
            QVERIFY(desk);
            Outcome outcome = settle(desk->addNote(id, u"First words"_s, {}));
            QCOMPARE(outcome.kind, Outcome::Sent);
            noteId = outcome.record().value(u"id"_s).toInt();
            QVERIFY(noteId > 0);
            outcome = settle(
                desk->editNote(id, noteId, u"Better words\nsecond line"_s, {false, true, false}));
            QCOMPARE(outcome.kind, Outcome::Sent);
            QJsonObject note = serverNotes().value(noteId);
            QCOMPARE(note.value(u"text"_s).toString(), u"Better words\nsecond line"_s);
            QCOMPARE(note.value(u"internalAnalysisFlag"_s).toBool(), true);
            QCOMPARE(note.value(u"detailDescriptionFlag"_s).toBool(), false);
            // The cache holds the server's copy.
            QCOMPARE(desk->cache()->notes(id).isEmpty(), false);

            outcome = settle(desk->addTask(id, u"One"_s, u"One"_s));
            QCOMPARE(outcome.kind, Outcome::Sent);
            first = outcome.record().value(u"id"_s).toInt();
            outcome = settle(desk->addTask(id, u"Two"_s, u"Two"_s));
            QCOMPARE(outcome.kind, Outcome::Sent);
            second = outcome.record().value(u"id"_s).toInt();
            QVERIFY(first > 0 && second > 0);
            // Every task of the ticket, the new second first.
            QList<int> order{second, first};
            for (const Task &task : desk->cache()->tasks(id)) {
                if (task.id() != first && task.id() != second)
                    order.append(task.id());
            }
            outcome = settle(desk->reorderTasks(id, order));
            QCOMPARE(outcome.kind, Outcome::Sent);
            QHash<int, QJsonObject> tasks = serverTasks();
            QCOMPARE(tasks.value(second).value(u"priority"_s).toInt(), 1);
            QCOMPARE(tasks.value(first).value(u"priority"_s).toInt(), 2);
            outcome = settle(desk->setTaskDone(id, first, true));
            QCOMPARE(outcome.kind, Outcome::Sent);
            QVERIFY(serverTasks().value(first).value(u"closedFlag"_s).toBool());
            outcome = settle(desk->setTaskDone(id, first, false));
            QCOMPARE(outcome.kind, Outcome::Sent);
            QVERIFY(!serverTasks().value(first).value(u"closedFlag"_s).toBool());
            outcome = settle(desk->editTask(id, first, {{u"summary"_s, u"One, renamed"_s}}));
            QCOMPARE(outcome.kind, Outcome::Sent);
            QCOMPARE(serverTasks().value(first).value(u"summary"_s).toString(), u"One, renamed"_s);
            outcome = settle(desk->deleteTask(id, second));
            QCOMPARE(outcome.kind, Outcome::Sent);
            QVERIFY(!serverTasks().contains(second));
            QVERIFY(desk->cache()->rawRecord(RecordKind::Task, second, id).isEmpty());
        }
        {
            // Offline: an edit and a delete queue, the cache shows them at once.
            std::unique_ptr<Desk> offline = open(m_closedSite, u"sandbox-private"_s);
            QVERIFY(offline);
            Outcome outcome = settle(offline->editNote(id, noteId, u"Edited offline"_s, {}));
            QCOMPARE(outcome.kind, Outcome::Queued);
            QCOMPARE(outcome.record().value(u"text"_s).toString(), u"Edited offline"_s);
            outcome = settle(offline->deleteTask(id, first));
            QCOMPARE(outcome.kind, Outcome::Queued);
            QVERIFY(offline->cache()->rawRecord(RecordKind::Task, first, id).isEmpty());
            QCOMPARE(offline->outbox()->pendingCount(), 2);
        }
        QCOMPARE(serverNotes().value(noteId).value(u"text"_s).toString(),
                 u"Better words\nsecond line"_s);
        QVERIFY(serverTasks().contains(first));
        std::unique_ptr<Desk> online = open(m_site, u"sandbox-private"_s);
        QVERIFY(online);
        QSignalSpy finished(online.get(), &Desk::syncFinished);
        online->syncNow();
        QVERIFY(finished.wait(120000));
        QCOMPARE(online->outbox()->pendingCount(), 0);
        QCOMPARE(serverNotes().value(noteId).value(u"text"_s).toString(), u"Edited offline"_s);
        QVERIFY(!serverTasks().contains(first));
        // And a note deleted online.
        const Outcome outcome = settle(online->deleteNote(id, noteId));
        QCOMPARE(outcome.kind, Outcome::Sent);
        QVERIFY(!serverNotes().contains(noteId));
        QVERIFY(online->cache()->rawRecord(RecordKind::Note, noteId, id).isEmpty());
    }

    void editWithoutOutboxSendsOnlyTheDifference()
    {
        QString status;
        const int id = pickTicket(&status);
        std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s, false);
        QVERIFY(desk);
        QVERIFY(!desk->outbox());
        const QJsonObject loaded = serverTicket(id);
        QJsonObject edited = loaded;
        edited.insert(u"summary"_s, u"Edited directly"_s);
        const Outcome outcome = settle(desk->editTicket(id, loaded, edited));
        QCOMPARE(outcome.kind, Outcome::Sent);
        QCOMPARE(serverTicket(id).value(u"summary"_s).toString(), u"Edited directly"_s);
        QCOMPARE(outcome.record().value(u"summary"_s).toString(), u"Edited directly"_s);
    }

    void createAndDeleteByNames()
    {
        const QJsonObject board = m_http.get(u"/service/boards"_s).array().first().toObject();
        const QJsonObject company = m_http.get(u"/company/companies"_s, {{u"pageSize"_s, u"1"_s}})
                                        .array()
                                        .first()
                                        .toObject();
        std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s);
        QVERIFY(desk);
        Outcome outcome = settle(desk->createTicket(board.value(u"name"_s).toString(),
                                                    company.value(u"identifier"_s).toString(),
                                                    u"Created by the desk"_s, {}));
        QCOMPARE(outcome.kind, Outcome::Sent);
        const int id = outcome.record().value(u"id"_s).toInt();
        QVERIFY(id > 0);
        QCOMPARE(serverTicket(id).value(u"board"_s).toObject().value(u"id"_s),
                 board.value(u"id"_s));
        outcome = settle(desk->deleteTicket(id));
        QCOMPARE(outcome.kind, Outcome::Sent);
        QCOMPARE(m_http.get(u"/service/tickets/%1"_s.arg(id)).status, 404);
    }

    // A new ticket takes custom fields by caption (or id) like an existing one: their
    // definitions come from the cached tickets; only those given a value are sent.
    void createWithCustomFields()
    {
        const QJsonObject board = m_http.get(u"/service/boards"_s).array().first().toObject();
        const QJsonObject company = m_http.get(u"/company/companies"_s, {{u"pageSize"_s, u"1"_s}})
                                        .array()
                                        .first()
                                        .toObject();
        std::unique_ptr<Desk> desk = open(m_site, u"sandbox-private"_s);
        QVERIFY(desk);
        const QJsonArray listed =
            m_http
                .get(u"/service/tickets"_s, {{u"pageSize"_s, u"1"_s}, {u"orderBy"_s, u"id desc"_s}})
                .array();
        QVERIFY(!listed.isEmpty());
        QVERIFY(listed.first().toObject().value(u"customFields"_s).toArray().size() >= 4);
        QVERIFY(desk->cache()->upsertTickets(
            {QJsonDocument(listed.first().toObject()).toJson(QJsonDocument::Compact)}));
        const QJsonArray definitions = desk->cache()->customFieldDefinitions();
        QVERIFY(definitions.size() >= 4);
        for (const QJsonValue &d : definitions)
            QVERIFY(!d.toObject().contains(u"value"_s));

        auto assign = [](const QString &text) {
            FieldAssignment a;
            QString error;
            [&] {
                QVERIFY2(FieldAssignment::parse(text, &a, &error), qPrintable(error));
            }();
            return a;
        };
        Outcome outcome = settle(desk->createTicket(
            board.value(u"name"_s).toString(), company.value(u"identifier"_s).toString(),
            u"With custom fields"_s,
            {assign(u"customField.VIP=yes"_s), assign(u"customField.Outage ID=4242"_s)}));
        QCOMPARE(outcome.kind, Outcome::Sent);
        const int id = outcome.record().value(u"id"_s).toInt();
        QVERIFY(id > 0);
        QHash<QString, QJsonValue> values;
        for (const QJsonValue &f : serverTicket(id).value(u"customFields"_s).toArray())
            values.insert(f.toObject().value(u"caption"_s).toString(),
                          f.toObject().value(u"value"_s));
        QCOMPARE(values.value(u"VIP"_s), QJsonValue(true));
        QCOMPARE(values.value(u"Outage ID"_s).toDouble(), 4242.0);
        // Region was given no value: not sent.
        QVERIFY(values.value(u"Region"_s).isNull() || values.value(u"Region"_s).isUndefined());

        // An unknown caption names the ones there are; nothing is created.
        const int before =
            m_http.get(u"/service/tickets/count"_s).object().value(u"count"_s).toInt();
        outcome = settle(desk->createTicket(board.value(u"name"_s).toString(),
                                            company.value(u"identifier"_s).toString(),
                                            u"Bad custom field"_s, {assign(u"cf.Colour=red"_s)}));
        QCOMPARE(outcome.kind, Outcome::Failed);
        QVERIFY2(outcome.error.message().contains(u"Colour"_s) &&
                     outcome.error.message().contains(u"Outage ID"_s),
                 qPrintable(outcome.error.message()));
        QCOMPARE(m_http.get(u"/service/tickets/count"_s).object().value(u"count"_s).toInt(),
                 before);
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestDesk)
#include "test_desk.moc"
