// The outbox against a real cwdesk-sandbox process over HTTP and a real cache file: each change
// kind queued (with its optimistic effect), sent in order, local ids replaced, a 400 kept,
// conflicts found and resolved, fields merged, discards rolled back.
#include "httpclient.h"
#include "sandboxprocess.h"

#include "api/credentials.h"
#include "api/jsonpatch.h"
#include "api/manageclient.h"
#include "store/cache.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    HttpClient m_http;
    QNetworkAccessManager m_network;
    std::unique_ptr<ManageClient> m_client;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    QJsonObject m_ticket; // an open ticket of the sandbox
    int m_ticketId = 0;

    static QJsonObject noteBody(const QString &text)
    {
        return {{u"text"_s, text}, {u"detailDescriptionFlag"_s, true}};
    }

    static QString unique(const QString &prefix)
    {
        return prefix + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    }

    Outbox::PushResult push()
    {
        QSignalSpy spy(m_outbox.get(), &Outbox::pushFinished);
        m_outbox->push();
        if (!spy.wait(60000))
            return {};
        return spy.first().first().value<Outbox::PushResult>();
    }

    QJsonObject cached(RecordKind kind, int id, int parentId = 0)
    {
        return QJsonDocument::fromJson(m_cache->rawRecord(kind, id, parentId)).object();
    }

    QJsonObject serverTicket(int id)
    {
        return m_http.get(u"/service/tickets/%1"_s.arg(id)).object();
    }

    // The ticket as loaded now, stored in the cache as a sync would.
    QJsonObject load(int id)
    {
        const QJsonObject ticket = serverTicket(id);
        m_cache->upsertTickets({QJsonDocument(ticket).toJson(QJsonDocument::Compact)});
        return ticket;
    }

    int countText(const QString &path, const QString &field, const QString &value)
    {
        int n = 0;
        for (const QJsonValue &v : m_http.get(path, {{u"pageSize"_s, u"1000"_s}}).array())
            n += v.toObject().value(field).toString() == value ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({u"--tickets"_s, u"30"_s, u"--seed"_s, u"7"_s}),
                 qPrintable(m_sandbox.errorString()));
        m_http.setBaseUrl(m_sandbox.baseUrl());
        m_http.setDefaultHeader("Authorization", SandboxProcess::defaultAuthorization());
        m_client = std::make_unique<ManageClient>(&m_network);
        QString error;
        QVERIFY2(m_client->setCredentials(Credentials(m_sandbox.baseUrl(), u"sandbox"_s,
                                                      u"sandbox-public"_s, u"sandbox-private"_s),
                                          &error),
                 qPrintable(error));
        m_cache = std::make_unique<Cache>(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->lastError()));
        m_outbox = std::make_unique<Outbox>(m_cache.get(), m_client.get());
        const QJsonArray tickets =
            m_http
                .get(u"/service/tickets"_s,
                     {{u"conditions"_s, u"closedFlag=false"_s}, {u"pageSize"_s, u"1"_s}})
                .array();
        QVERIFY(!tickets.isEmpty());
        m_ticket = tickets.first().toObject();
        m_ticketId = m_ticket.value(u"id"_s).toInt();
    }

    void cleanupTestCase()
    {
        m_outbox.reset();
        m_cache.reset();
        m_sandbox.stop();
    }

    void init() { QCOMPARE(m_outbox->pendingCount(), 0); }
    // A failed test must not leave its entries in the way of the next.
    void cleanup()
    {
        for (const OutboxEntry &e : m_outbox->entries())
            m_outbox->discard(e.seq);
    }

    void noteCreated()
    {
        const QString text = unique(u"note"_s);
        QString error;
        const qint64 seq =
            m_outbox->queueCreate(RecordKind::Note, m_ticketId, noteBody(text), &error);
        QVERIFY2(seq > 0, qPrintable(error));
        const OutboxEntry queued = *m_outbox->entry(seq);
        QVERIFY(queued.recordId < 0);
        // Optimistic: the note shows at once, under its local id.
        QCOMPARE(cached(RecordKind::Note, queued.recordId).value(u"text"_s).toString(), text);
        QCOMPARE(countText(u"/service/tickets/%1/notes"_s.arg(m_ticketId), u"text"_s, text), 0);

        const Outbox::PushResult result = push();
        QCOMPARE(result.sent, 1);
        const OutboxEntry sent = *m_outbox->entry(seq);
        QCOMPARE(sent.state, OutboxEntry::State::Sent);
        QVERIFY(sent.serverId > 0);
        QVERIFY(cached(RecordKind::Note, queued.recordId).isEmpty());
        QCOMPARE(cached(RecordKind::Note, sent.serverId).value(u"text"_s).toString(), text);
        QCOMPARE(countText(u"/service/tickets/%1/notes"_s.arg(m_ticketId), u"text"_s, text), 1);
    }

    void claimIsDurableBeforeSending()
    {
        // Exactly-once rests on the "sending" mark surviving power loss: when the request goes
        // out, the commits before it must have been synced (synchronous FULL; with WAL and
        // NORMAL the last commits can roll back).
        QString error;
        const qint64 seq = m_outbox->queueCreate(RecordKind::Note, m_ticketId,
                                                 noteBody(unique(u"durable"_s)), &error);
        QVERIFY2(seq > 0, qPrintable(error));
        QList<int> levels;
        const auto connection = connect(m_outbox.get(), &Outbox::stepReached, this,
                                        [this, &levels](qint64, Outbox::Step step) {
                                            if (step != Outbox::Step::Sending)
                                                return;
                                            QSqlQuery q(m_cache->database());
                                            if (q.exec(u"PRAGMA synchronous"_s) && q.next())
                                                levels.append(q.value(0).toInt());
                                        });
        QCOMPARE(push().sent, 1);
        disconnect(connection);
        QCOMPARE(levels, QList<int>{2}); // 2: FULL
    }

    void ticketWithChildrenInOrder()
    {
        // A ticket, a note and a task on it, and a change of it: all queued while it has only
        // a local id; sent in order, the server's id replaces the local one everywhere.
        const QString summary = unique(u"new ticket"_s);
        QString error;
        const qint64 ticketSeq = m_outbox->queueCreate(
            RecordKind::Ticket, 0,
            {{u"summary"_s, summary},
             {u"board"_s, QJsonObject{{u"id"_s, m_ticket.value(u"board"_s)[u"id"_s]}}},
             {u"company"_s, QJsonObject{{u"id"_s, m_ticket.value(u"company"_s)[u"id"_s]}}}},
            &error);
        QVERIFY2(ticketSeq > 0, qPrintable(error));
        const int localId = m_outbox->entry(ticketSeq)->recordId;
        QVERIFY(localId < 0);
        const QString noteText = unique(u"child note"_s);
        QVERIFY(m_outbox->queueCreate(RecordKind::Note, localId, noteBody(noteText)) > 0);
        const QString taskNotes = unique(u"child task"_s);
        const qint64 taskSeq =
            m_outbox->queueCreate(RecordKind::Task, localId, {{u"notes"_s, taskNotes}});
        QVERIFY(taskSeq > 0);
        const int localTask = m_outbox->entry(taskSeq)->recordId;
        QVERIFY(m_outbox->queueUpdate(RecordKind::Task, localTask, localId, {},
                                      JsonPatch::replace(u"closedFlag"_s, true)) > 0);
        const QString renamed = summary + u" (renamed)"_s;
        const QJsonObject local = cached(RecordKind::Ticket, localId);
        QCOMPARE(local.value(u"summary"_s).toString(), summary);
        QJsonObject edited = local;
        edited.insert(u"summary"_s, renamed);
        QVERIFY(m_outbox->queueEdit(RecordKind::Ticket, localId, 0, local, edited) > 0);
        QCOMPARE(cached(RecordKind::Ticket, localId).value(u"summary"_s).toString(), renamed);
        QCOMPARE(m_cache->notes(localId).size(), 1);

        const Outbox::PushResult result = push();
        QCOMPARE(result.sent, 5);
        QCOMPARE(result.failed + result.conflicts + result.remaining, 0);
        const int serverId = m_outbox->entry(ticketSeq)->serverId;
        QVERIFY(serverId > 0);
        QCOMPARE(serverTicket(serverId).value(u"summary"_s).toString(), renamed);
        QCOMPARE(countText(u"/service/tickets/%1/notes"_s.arg(serverId), u"text"_s, noteText), 1);
        const QJsonArray tasks = m_http.get(u"/service/tickets/%1/tasks"_s.arg(serverId)).array();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first()[u"notes"_s].toString(), taskNotes);
        QCOMPARE(tasks.first()[u"closedFlag"_s].toBool(), true);
        // The cache: the server's records only, under the server's ids.
        QVERIFY(cached(RecordKind::Ticket, localId).isEmpty());
        QCOMPARE(cached(RecordKind::Ticket, serverId).value(u"summary"_s).toString(), renamed);
        QCOMPARE(m_cache->notes(localId).size(), 0);
        QCOMPARE(m_cache->notes(serverId).size(), 1);
        QVERIFY(m_cache->notes(serverId).first().id() > 0);
        QCOMPARE(m_cache->tasks(serverId).size(), 1);
        QVERIFY(m_cache->tasks(serverId).first().closedFlag());
    }

    void configurationAttachedAndDetached()
    {
        const int companyId = m_ticket.value(u"company"_s)[u"id"_s].toInt();
        const QJsonArray configurations =
            m_http
                .get(
                    u"/company/configurations"_s,
                    {{u"conditions"_s, u"company/id=%1"_s.arg(companyId)}, {u"pageSize"_s, u"5"_s}})
                .array();
        if (configurations.isEmpty())
            QSKIP("the sandbox's company has no configurations");
        const int configurationId = configurations.first()[u"id"_s].toInt();
        const QString links = u"/service/tickets/%1/configurations"_s.arg(m_ticketId);
        auto attached = [&] {
            for (const QJsonValue &v : m_http.get(links).array())
                if (v[u"id"_s].toInt() == configurationId)
                    return true;
            return false;
        };
        if (attached())
            QVERIFY(m_http.del(links + u"/%1"_s.arg(configurationId)).status < 300);
        QVERIFY(m_outbox->queueCreate(RecordKind::TicketConfiguration, m_ticketId,
                                      {{u"id"_s, configurationId}}) > 0);
        QVERIFY(!cached(RecordKind::TicketConfiguration, configurationId, m_ticketId).isEmpty());
        QCOMPARE(push().sent, 1);
        QVERIFY(attached());
        QVERIFY(m_outbox->queueDelete(RecordKind::TicketConfiguration, configurationId, m_ticketId,
                                      {}) > 0);
        QVERIFY(cached(RecordKind::TicketConfiguration, configurationId, m_ticketId).isEmpty());
        QCOMPARE(push().sent, 1);
        QVERIFY(!attached());
    }

    void ticketDeleted()
    {
        const HttpResult created = m_http.post(
            u"/service/tickets"_s,
            QJsonObject{
                {u"summary"_s, unique(u"to delete"_s)},
                {u"board"_s, QJsonObject{{u"id"_s, m_ticket.value(u"board"_s)[u"id"_s]}}},
                {u"company"_s, QJsonObject{{u"id"_s, m_ticket.value(u"company"_s)[u"id"_s]}}}});
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        const int id = created.object().value(u"id"_s).toInt();
        const QJsonObject base = load(id);
        const qint64 seq = m_outbox->queueDelete(RecordKind::Ticket, id, 0, {});
        QVERIFY(seq > 0);
        QVERIFY(cached(RecordKind::Ticket, id).isEmpty());
        QCOMPARE(m_outbox->entry(seq)->base.value(u"summary"_s), base.value(u"summary"_s));
        QCOMPARE(push().sent, 1);
        QCOMPARE(m_http.get(u"/service/tickets/%1"_s.arg(id)).status, 404);
    }

    void bulkEditsQueuedInOneTransaction()
    {
        // Every ticket of the sandbox, a new summary each; an edit that changes nothing fails
        // alone, the others are queued.
        const QJsonArray open =
            m_http.get(u"/service/tickets"_s, {{u"pageSize"_s, u"1000"_s}}).array();
        QVERIFY(open.size() >= 5);
        QList<Outbox::Edit> edits;
        QList<int> ids;
        for (const QJsonValue &value : open) {
            const int id = value.toObject().value(u"id"_s).toInt();
            const QJsonObject base = load(id);
            QJsonObject edited = base;
            edited.insert(u"summary"_s, unique(u"bulk"_s));
            edits.append({RecordKind::Ticket, id, 0, base, edited, {}});
            ids.append(id);
        }
        const QJsonObject unchanged = cached(RecordKind::Ticket, ids.first());
        edits.insert(1, {RecordKind::Ticket, ids.first(), 0, unchanged, unchanged, {}});

        QSignalSpy changed(m_cache.get(), &Cache::recordsChanged);
        QSignalSpy steps(m_outbox.get(), &Outbox::stepReached);
        QList<qint64> seqs;
        QStringList errors;
        QCOMPARE(m_outbox->queueEdits(edits, &seqs, &errors), ids.size());
        QCOMPARE(seqs.size(), edits.size());
        QCOMPARE(errors.size(), edits.size());
        QCOMPARE(seqs.at(1), 0);
        QVERIFY(!errors.at(1).isEmpty());
        // One change signal for all of them (one transaction), a Queued step each.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<RecordKind>(), RecordKind::Ticket);
        QList<int> signalled = changed.first().at(1).value<QList<int>>();
        std::sort(signalled.begin(), signalled.end());
        QList<int> expected = ids;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(signalled, expected);
        QCOMPARE(steps.size(), ids.size());
        QCOMPARE(m_outbox->pendingCount(), ids.size());
        // The summaries as the rows are marked with: the same entries as entries(), no bodies.
        const QList<OutboxEntry> full = m_outbox->entries();
        const QList<OutboxEntry> summaries = m_outbox->pendingSummaries();
        QCOMPARE(summaries.size(), full.size());
        for (qsizetype i = 0; i < full.size(); ++i) {
            QCOMPARE(summaries.at(i).seq, full.at(i).seq);
            QCOMPARE(summaries.at(i).recordId, full.at(i).recordId);
            QCOMPARE(summaries.at(i).kind, full.at(i).kind);
            QCOMPARE(summaries.at(i).state, full.at(i).state);
        }
        const std::optional<OutboxEntry> one = m_outbox->entrySummary(seqs.last());
        QVERIFY(one);
        QCOMPARE(one->recordId, ids.last());
        QCOMPARE(one->state, OutboxEntry::State::Queued);
        QVERIFY(one->edited.isEmpty());
        // Optimistic in the cache, then sent in order.
        for (qsizetype i = 0; i < edits.size(); ++i) {
            if (!seqs.at(i))
                continue;
            QCOMPARE(cached(RecordKind::Ticket, edits.at(i).id).value(u"summary"_s),
                     edits.at(i).edited.value(u"summary"_s));
        }
        QCOMPARE(push().sent, ids.size());
        QCOMPARE(serverTicket(ids.last()).value(u"summary"_s),
                 edits.last().edited.value(u"summary"_s));
    }

    void refusedChangeKeptWithMessage()
    {
        const QJsonObject base = load(m_ticketId);
        QJsonObject edited = base;
        edited.insert(u"summary"_s, QString(300, u'x')); // longer than the server allows
        const qint64 bad = m_outbox->queueEdit(RecordKind::Ticket, m_ticketId, 0, base, edited);
        QVERIFY(bad > 0);
        // A later change of the same ticket must wait behind the refused one.
        QJsonObject later = edited;
        later.insert(u"budgetHours"_s, 3.5);
        const qint64 held = m_outbox->queueEdit(RecordKind::Ticket, m_ticketId, 0, edited, later);
        QVERIFY(held > 0);
        const Outbox::PushResult result = push();
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.sent, 0);
        QCOMPARE(result.remaining, 1);
        const OutboxEntry failed = *m_outbox->entry(bad);
        QCOMPARE(failed.state, OutboxEntry::State::Failed);
        QVERIFY2(failed.lastError.contains(u"summary"_s, Qt::CaseInsensitive),
                 qPrintable(failed.lastError));
        QCOMPARE(m_outbox->entry(held)->state, OutboxEntry::State::Queued);
        // Still visible in the cache; the server never took it.
        QCOMPARE(cached(RecordKind::Ticket, m_ticketId).value(u"summary"_s).toString(),
                 QString(300, u'x'));
        QCOMPARE(serverTicket(m_ticketId).value(u"summary"_s), base.value(u"summary"_s));
        // Discarding rolls the cache back to the base (with the later change still on top).
        QVERIFY(m_outbox->discard(held));
        QVERIFY(m_outbox->discard(bad));
        QCOMPARE(cached(RecordKind::Ticket, m_ticketId).value(u"summary"_s),
                 base.value(u"summary"_s));
        QCOMPARE(cached(RecordKind::Ticket, m_ticketId).value(u"budgetHours"_s),
                 base.value(u"budgetHours"_s));
    }

    void discardedCreateRolledBack()
    {
        const qint64 seq =
            m_outbox->queueCreate(RecordKind::Note, m_ticketId, noteBody(unique(u"never sent"_s)));
        const int localId = m_outbox->entry(seq)->recordId;
        QVERIFY(!cached(RecordKind::Note, localId).isEmpty());
        QVERIFY(m_outbox->discard(seq));
        QVERIFY(cached(RecordKind::Note, localId).isEmpty());
        QVERIFY(!m_outbox->entry(seq));
    }

    void conflictResolvedMine()
    {
        const QJsonObject base = load(m_ticketId);
        const QString theirs = unique(u"theirs"_s);
        QVERIFY(m_http
                    .patch(u"/service/tickets/%1"_s.arg(m_ticketId),
                           JsonPatch::replace(u"summary"_s, theirs))
                    .status == 200);
        QJsonObject edited = base;
        const QString mine = unique(u"mine"_s);
        edited.insert(u"summary"_s, mine);
        const qint64 seq = m_outbox->queueEdit(RecordKind::Ticket, m_ticketId, 0, base, edited);
        const Outbox::PushResult result = push();
        QCOMPARE(result.conflicts, 1);
        const OutboxEntry conflict = *m_outbox->entry(seq);
        QCOMPARE(conflict.state, OutboxEntry::State::Conflict);
        QCOMPARE(conflict.conflictFields, QStringList{u"summary"_s});
        QCOMPARE(conflict.theirs.value(u"summary"_s).toString(), theirs);
        QCOMPARE(m_outbox->conflicts().size(), 1);
        // Never a silent overwrite.
        QCOMPARE(serverTicket(m_ticketId).value(u"summary"_s).toString(), theirs);

        QVERIFY(m_outbox->resolve(seq, Outbox::Choice::Mine));
        QCOMPARE(push().sent, 1);
        QCOMPARE(serverTicket(m_ticketId).value(u"summary"_s).toString(), mine);
        QCOMPARE(cached(RecordKind::Ticket, m_ticketId).value(u"summary"_s).toString(), mine);
    }

    void conflictResolvedTheirs()
    {
        const QJsonObject base = load(m_ticketId);
        const QString theirs = unique(u"theirs"_s);
        QVERIFY(m_http
                    .patch(u"/service/tickets/%1"_s.arg(m_ticketId),
                           JsonPatch::replace(u"summary"_s, theirs))
                    .status == 200);
        QJsonObject edited = base;
        edited.insert(u"summary"_s, unique(u"mine"_s));
        const qint64 seq = m_outbox->queueEdit(RecordKind::Ticket, m_ticketId, 0, base, edited);
        QCOMPARE(push().conflicts, 1);
        QVERIFY(m_outbox->resolve(seq, Outbox::Choice::Theirs));
        QCOMPARE(m_outbox->entry(seq)->state, OutboxEntry::State::Sent); // nothing of mine left
        QCOMPARE(cached(RecordKind::Ticket, m_ticketId).value(u"summary"_s).toString(), theirs);
        QCOMPARE(push().sent, 0);
        QCOMPARE(serverTicket(m_ticketId).value(u"summary"_s).toString(), theirs);
    }

    void otherFieldsMerge()
    {
        // They changed the summary, I changed the budget: both end up on the server.
        const QJsonObject base = load(m_ticketId);
        const QString theirs = unique(u"theirs"_s);
        QVERIFY(m_http
                    .patch(u"/service/tickets/%1"_s.arg(m_ticketId),
                           JsonPatch::replace(u"summary"_s, theirs))
                    .status == 200);
        QJsonObject edited = base;
        const double hours = base.value(u"budgetHours"_s).toDouble() + 1.5;
        edited.insert(u"budgetHours"_s, hours);
        QVERIFY(m_outbox->queueEdit(RecordKind::Ticket, m_ticketId, 0, base, edited) > 0);
        const Outbox::PushResult result = push();
        QCOMPARE(result.sent, 1);
        QCOMPARE(result.conflicts, 0);
        const QJsonObject server = serverTicket(m_ticketId);
        QCOMPARE(server.value(u"summary"_s).toString(), theirs);
        QCOMPARE(server.value(u"budgetHours"_s).toDouble(), hours);
        const QJsonObject cachedTicket = cached(RecordKind::Ticket, m_ticketId);
        QCOMPARE(cachedTicket.value(u"summary"_s).toString(), theirs);
        QCOMPARE(cachedTicket.value(u"budgetHours"_s).toDouble(), hours);
    }

    void survivesRestart()
    {
        // Queued by one Outbox (and cache connection), sent by the next: the state is the file.
        const QString text = unique(u"restart"_s);
        QVERIFY(m_outbox->queueCreate(RecordKind::Note, m_ticketId, noteBody(text)) > 0);
        m_outbox.reset();
        m_cache.reset();
        m_cache = std::make_unique<Cache>(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(m_cache->isOpen());
        m_outbox = std::make_unique<Outbox>(m_cache.get(), m_client.get());
        QCOMPARE(m_outbox->pendingCount(), 1);
        QCOMPARE(push().sent, 1);
        QCOMPARE(countText(u"/service/tickets/%1/notes"_s.arg(m_ticketId), u"text"_s, text), 1);
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestOutbox)
#include "test_outbox.moc"
