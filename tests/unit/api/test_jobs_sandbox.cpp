// Every kind of job against a real in-process sandbox over real HTTP (and HTTPS): single records
// (GET, POST, PUT, PATCH, DELETE), notes, tasks and configuration links, paging by page number
// and forward-only, POST search for long queries, parallel fetch-all, validation before sending,
// the codebase lookup, and a self-signed certificate trusted by fingerprint.
#include "api/apipaths.h"
#include "api/companyinfojob.h"
#include "api/countjob.h"
#include "api/fetchalljob.h"
#include "api/jsonpatch.h"
#include "api/listjob.h"
#include "api/manageclient.h"
#include "api/recordjob.h"
#include "sandbox/sandbox.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

// A real network manager that counts what it was asked to send.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int requests = 0;
    QList<QByteArray> verbs;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++requests;
        verbs << request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Result
{
    bool finished = false;
    ApiError error;
    QByteArray raw;
    QList<QByteArray> records;
    QList<int> pages;
    int count = -1;

    QJsonObject json() const { return QJsonDocument::fromJson(raw).object(); }
    QList<int> ids() const
    {
        QList<int> out;
        for (const QByteArray &r : records)
            out << QJsonDocument::fromJson(r).object().value(u"id"_s).toInt();
        return out;
    }
};

template<class Job> Result wait(Job *job)
{
    Result result;
    QObject::connect(job, &Job::failed, job, [&result](const ApiError &e) { result.error = e; });
    if constexpr (std::is_same_v<Job, RecordJob>)
        QObject::connect(job, &RecordJob::succeeded, job,
                         [&result](const QByteArray &raw) { result.raw = raw; });
    if constexpr (std::is_same_v<Job, ListJob> || std::is_same_v<Job, FetchAllJob>)
        QObject::connect(job, &Job::pageFetched, job,
                         [&result](const QList<QByteArray> &records, int page) {
                             result.records += records;
                             result.pages << page;
                         });
    if constexpr (std::is_same_v<Job, CountJob>)
        QObject::connect(job, &CountJob::counted, job, [&result](int n) { result.count = n; });
    QSignalSpy finished(job, &Job::finished);
    result.finished = finished.wait(60000);
    return result;
}

ListQuery pageQuery(int pageSize, bool allPages, const QStringList &fields = {})
{
    ListQuery q;
    q.pageSize = pageSize;
    q.allPages = allPages;
    q.fields = fields;
    return q;
}

QString makeCertificate(const QTemporaryDir &dir, QString *keyFile)
{
    const QString cert = dir.filePath(u"cert.pem"_s);
    *keyFile = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                   u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, *keyFile, u"-out"_s, cert});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return {};
    return cert;
}

} // namespace

class TestJobsSandbox : public QObject
{
    Q_OBJECT

private:
    sandbox::Sandbox m_sandbox;
    CountingNetwork m_network;
    std::unique_ptr<ManageClient> m_client;
    int m_boardId = 0;

    Credentials credentialsFor(const sandbox::Sandbox &s) const
    {
        const sandbox::SandboxOptions &o = s.options();
        return Credentials(s.baseUrl(), o.company, o.publicKey, o.privateKey);
    }

    QJsonObject firstTicket(const QString &conditions = {})
    {
        ListQuery q;
        q.conditions = conditions;
        q.pageSize = 1;
        q.allPages = false;
        const Result r = wait(m_client->listTickets(q));
        if (r.records.isEmpty())
            return {};
        return QJsonDocument::fromJson(r.records.first()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.tickets = 300;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client = std::make_unique<ManageClient>(&m_network);
        QVERIFY(m_client->setCredentials(credentialsFor(m_sandbox), &error));
        const Result boards = wait(m_client->listBoards());
        QVERIFY2(!boards.error.isError(), qPrintable(boards.error.message()));
        QVERIFY(!boards.records.isEmpty());
        m_boardId = boards.ids().first();
    }

    void getOneRecord()
    {
        const QJsonObject listed = firstTicket();
        const int id = listed.value(u"id"_s).toInt();
        QVERIFY(id > 0);
        const Result full = wait(m_client->get(ApiPaths::ticket(id)));
        QVERIFY2(!full.error.isError(), qPrintable(full.error.message()));
        QCOMPARE(full.json(), listed);

        const Result sparse = wait(m_client->get(ApiPaths::ticket(id), {u"id"_s, u"summary"_s}));
        QVERIFY2(!sparse.error.isError(), qPrintable(sparse.error.message()));
        QCOMPARE(sparse.json().keys(), (QStringList{u"id"_s, u"summary"_s}));
        QCOMPARE(sparse.json().value(u"summary"_s), listed.value(u"summary"_s));

        const Result missing = wait(m_client->get(ApiPaths::ticket(99999999)));
        QVERIFY(missing.finished);
        QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
        QVERIFY(missing.raw.isEmpty());
    }

    void createPatchReplaceDelete()
    {
        const QJsonObject model = firstTicket();
        QJsonObject draft{
            {u"summary"_s, u"Printer on floor 3 jams — created by test"_s},
            {u"board"_s, QJsonObject{{u"id"_s, m_boardId}}},
            {u"company"_s,
             QJsonObject{{u"id"_s, model.value(u"company"_s).toObject().value(u"id"_s).toInt()}}}};
        m_network.verbs.clear();
        const Result created = wait(m_client->create(ApiPaths::tickets(), draft));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
        QCOMPARE(m_network.verbs, (QList<QByteArray>{"POST"}));
        const QJsonObject ticket = created.json();
        const int id = ticket.value(u"id"_s).toInt();
        QVERIFY(id > 0);
        QCOMPARE(ticket.value(u"summary"_s), draft.value(u"summary"_s));
        QCOMPARE(ticket.value(u"board"_s).toObject().value(u"id"_s).toInt(), m_boardId);

        // PATCH of the difference only; the answer and a later GET agree.
        QJsonObject edited = ticket;
        edited.insert(u"summary"_s, u"Printer on floor 3 jams again"_s);
        edited.insert(u"budgetHours"_s, 2.5);
        const QJsonArray ops = JsonPatch::diff(ticket, edited);
        QCOMPARE(ops.size(), 2);
        m_network.verbs.clear();
        const Result patched = wait(m_client->update(ApiPaths::ticket(id), ticket, edited));
        QVERIFY2(!patched.error.isError(), qPrintable(patched.error.message()));
        QCOMPARE(m_network.verbs, (QList<QByteArray>{"PATCH"}));
        QCOMPARE(patched.json().value(u"summary"_s), edited.value(u"summary"_s));
        QCOMPARE(patched.json().value(u"budgetHours"_s).toDouble(), 2.5);
        const Result reread = wait(m_client->get(ApiPaths::ticket(id)));
        QCOMPARE(reread.json(), patched.json());

        // Nothing changed: no PATCH goes out, the caller still gets the server's copy.
        m_network.verbs.clear();
        const Result same =
            wait(m_client->update(ApiPaths::ticket(id), reread.json(), reread.json()));
        QVERIFY2(!same.error.isError(), qPrintable(same.error.message()));
        QCOMPARE(m_network.verbs, (QList<QByteArray>{"GET"}));
        QCOMPARE(same.json(), reread.json());

        QJsonObject whole = reread.json();
        whole.insert(u"summary"_s, u"Replaced by PUT"_s);
        const Result put = wait(m_client->replace(ApiPaths::ticket(id), whole));
        QVERIFY2(!put.error.isError(), qPrintable(put.error.message()));
        QCOMPARE(put.json().value(u"summary"_s).toString(), u"Replaced by PUT"_s);

        const Result removed = wait(m_client->remove(ApiPaths::ticket(id)));
        QVERIFY2(!removed.error.isError(), qPrintable(removed.error.message()));
        QVERIFY(removed.raw.isEmpty());
        QCOMPARE(wait(m_client->get(ApiPaths::ticket(id))).error.kind(), ApiError::Kind::NotFound);
    }

    void badPatchNamesTheField()
    {
        const QJsonObject ticket = firstTicket();
        const int id = ticket.value(u"id"_s).toInt();
        QJsonObject edited = ticket;
        edited.insert(u"summary"_s, QString(200, u'x')); // the server allows 100
        const Result r = wait(m_client->update(ApiPaths::ticket(id), ticket, edited));
        QCOMPARE(r.error.kind(), ApiError::Kind::BadRequest);
        QVERIFY(!r.error.fieldErrors().isEmpty());
        QCOMPARE(r.error.fieldErrors().first().field, u"summary"_s);
        QVERIFY2(r.error.message().contains(u"summary"_s), qPrintable(r.error.message()));
    }

    void notesTasksConfigurations()
    {
        const int ticketId = firstTicket().value(u"id"_s).toInt();
        const Result before = wait(m_client->count(ApiPaths::notes(ticketId), ListQuery{}));
        QVERIFY2(!before.error.isError(), qPrintable(before.error.message()));

        const Result note = wait(m_client->create(
            ApiPaths::notes(ticketId), QJsonObject{{u"text"_s, u"Called the user back."_s},
                                                   {u"internalAnalysisFlag"_s, true}}));
        QVERIFY2(!note.error.isError(), qPrintable(note.error.message()));
        const int noteId = note.json().value(u"id"_s).toInt();
        const Result notes = wait(m_client->list(ApiPaths::notes(ticketId)));
        QCOMPARE(notes.records.size(), before.count + 1);
        QVERIFY(notes.ids().contains(noteId));

        const Result task = wait(m_client->create(ApiPaths::tasks(ticketId),
                                                  QJsonObject{{u"notes"_s, u"Swap the toner"_s}}));
        QVERIFY2(!task.error.isError(), qPrintable(task.error.message()));
        const int taskId = task.json().value(u"id"_s).toInt();
        QJsonObject done = task.json();
        done.insert(u"closedFlag"_s, true);
        const Result closed =
            wait(m_client->update(ApiPaths::task(ticketId, taskId), task.json(), done));
        QVERIFY2(!closed.error.isError(), qPrintable(closed.error.message()));
        QCOMPARE(closed.json().value(u"closedFlag"_s).toBool(), true);

        // Attach a configuration of the ticket's company, then detach it.
        const int companyId = wait(m_client->get(ApiPaths::ticket(ticketId)))
                                  .json()
                                  .value(u"company"_s)[u"id"_s]
                                  .toInt();
        ListQuery configs;
        configs.conditions = u"company/id=%1"_s.arg(companyId);
        const Result available = wait(m_client->list(ApiPaths::configurations(), configs));
        QVERIFY2(!available.records.isEmpty(), "the sandbox company has no configurations");
        const Result attachedBefore =
            wait(m_client->list(ApiPaths::ticketConfigurations(ticketId)));
        int configId = 0;
        for (int id : available.ids()) {
            if (!attachedBefore.ids().contains(id)) {
                configId = id;
                break;
            }
        }
        QVERIFY(configId > 0);
        const Result attach = wait(m_client->create(ApiPaths::ticketConfigurations(ticketId),
                                                    QJsonObject{{u"id"_s, configId}}));
        QVERIFY2(!attach.error.isError(), qPrintable(attach.error.message()));
        QVERIFY(wait(m_client->list(ApiPaths::ticketConfigurations(ticketId)))
                    .ids()
                    .contains(configId));
        const Result detach =
            wait(m_client->remove(ApiPaths::ticketConfiguration(ticketId, configId)));
        QVERIFY2(!detach.error.isError(), qPrintable(detach.error.message()));
        QVERIFY(!wait(m_client->list(ApiPaths::ticketConfigurations(ticketId)))
                     .ids()
                     .contains(configId));
    }

    void lookups()
    {
        for (const QString &path :
             {ApiPaths::priorities(), ApiPaths::slas(), ApiPaths::sources(), ApiPaths::locations(),
              ApiPaths::statuses(m_boardId), ApiPaths::types(m_boardId),
              ApiPaths::subtypes(m_boardId), ApiPaths::teams(m_boardId), ApiPaths::members(),
              ApiPaths::companies(), ApiPaths::contacts(), ApiPaths::knowledgeBaseArticles(),
              ApiPaths::configurations(), ApiPaths::callbacks()}) {
            ListQuery q;
            q.pageSize = 5;
            q.allPages = false;
            const Result r = wait(m_client->list(path, q));
            QVERIFY2(!r.error.isError(), qPrintable(path + u": "_s + r.error.message()));
            if (path != ApiPaths::callbacks())
                QVERIFY2(!r.records.isEmpty(), qPrintable(path));
        }
        const Result info = wait(m_client->get(ApiPaths::systemInfo()));
        QVERIFY2(!info.error.isError(), qPrintable(info.error.message()));
        QVERIFY(info.json().contains(u"version"_s));
    }

    void pagingBothWays()
    {
        const QString conditions = u"board/id=%1"_s.arg(m_boardId);
        const Result counted = wait(m_client->count(ApiPaths::tickets(), conditions));
        QVERIFY(counted.count > 20);

        ListQuery byPage;
        byPage.conditions = conditions;
        byPage.orderBy = u"id asc"_s;
        byPage.fields = {u"id"_s};
        byPage.pageSize = 7;
        const Result paged = wait(m_client->listTickets(byPage));
        QVERIFY2(!paged.error.isError(), qPrintable(paged.error.message()));
        QCOMPARE(paged.records.size(), counted.count);
        QCOMPARE(paged.pages.size(), (counted.count + 6) / 7);

        ListQuery forward = byPage;
        forward.orderBy.clear();
        forward.forwardOnly = true;
        m_network.requests = 0;
        const Result streamed = wait(m_client->listTickets(forward));
        QVERIFY2(!streamed.error.isError(), qPrintable(streamed.error.message()));
        QCOMPARE(streamed.ids(), paged.ids());
        QVERIFY(m_network.requests >= (counted.count + 6) / 7);

        // Forward-only ignores orderBy on the server; the client says so up front.
        forward.orderBy = u"summary"_s;
        const Result refused = wait(m_client->listTickets(forward));
        QCOMPARE(refused.error.kind(), ApiError::Kind::InvalidQuery);
    }

    void longQueriesGoThroughSearch()
    {
        // A long "id in (…)" list: too long for a URL, so the filters go in a POST body.
        const Result all = wait(m_client->listTickets(pageQuery(1000, true, {u"id"_s})));
        QStringList ids;
        for (int id : all.ids())
            ids << QString::number(id);
        ListQuery q;
        q.conditions = u"id in (%1)"_s.arg(ids.join(u", "_s));
        q.orderBy = u"id desc"_s;
        q.fields = {u"id"_s};
        q.pageSize = 100;
        QVERIFY(q.needsSearch());
        m_network.verbs.clear();
        ListJob *job = m_client->listTickets(q);
        QPointer<ListJob> guard = job;
        bool usedSearch = false;
        connect(job, &ListJob::recordsFetched, this,
                [&] { usedSearch = guard && guard->usedSearch(); });
        const Result found = wait(job);
        QVERIFY2(!found.error.isError(), qPrintable(found.error.message()));
        QVERIFY(usedSearch);
        QVERIFY(m_network.verbs.size() >= 3);
        for (const QByteArray &verb : std::as_const(m_network.verbs))
            QCOMPARE(verb, QByteArray("POST"));
        QList<int> expected = all.ids();
        std::sort(expected.begin(), expected.end(), std::greater<int>());
        QCOMPARE(found.ids(), expected);

        // Too long for a URL on a collection without a search endpoint: a clear refusal.
        const Result refused = wait(m_client->list(ApiPaths::priorities(), q));
        QCOMPARE(refused.error.kind(), ApiError::Kind::InvalidQuery);
    }

    void fetchAllInParallelKeepsOrder()
    {
        ListQuery q;
        q.fields = {u"id"_s, u"summary"_s};
        q.orderBy = u"summary asc"_s;
        q.pageSize = 40;
        ListQuery sequential = q;
        sequential.orderBy = u"summary asc, id"_s;
        const Result expected = wait(m_client->listTickets(sequential));
        QVERIFY2(!expected.error.isError(), qPrintable(expected.error.message()));

        FetchAllJob *job = m_client->fetchAll(ApiPaths::tickets(), q);
        job->setParallelPages(3);
        QList<int> progress;
        connect(job, &FetchAllJob::progress, this,
                [&progress](int done, int) { progress << done; });
        const Result all = wait(job);
        QVERIFY2(!all.error.isError(), qPrintable(all.error.message()));
        QCOMPARE(all.ids(), expected.ids());
        QCOMPARE(all.pages.size(), (expected.records.size() + 39) / 40);
        for (int i = 0; i < all.pages.size(); ++i)
            QCOMPARE(all.pages.at(i), i + 1);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), int(expected.records.size()));
    }

    void fetchAllCancels()
    {
        ListQuery q;
        q.fields = {u"id"_s};
        q.pageSize = 10;
        FetchAllJob *job = m_client->fetchAll(ApiPaths::tickets(), q);
        int pages = 0;
        connect(job, &FetchAllJob::pageFetched, this, [&pages, job] {
            if (++pages == 2)
                job->cancel();
        });
        const Result r = wait(job);
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(pages, 2);
        QTest::qWait(200); // nothing arrives after the cancel
        QCOMPARE(pages, 2);
    }

    void invalidQueriesAreNotSent_data()
    {
        QTest::addColumn<QString>("conditions");
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<int>("position");
        QTest::newRow("unclosed string")
            << u"summary = \"abc"_s << QString() << u"conditions"_s << 10;
        QTest::newRow("missing operand") << u"board/id = "_s << QString() << u"conditions"_s << 11;
        QTest::newRow("bad operator") << u"id === 3"_s << QString() << u"conditions"_s << 4;
        QTest::newRow("bad order") << QString() << u"summary sideways"_s << u"orderBy"_s << 8;
        QTest::newRow("unknown field") << u"closedFlag = false and sumary contains \"x\""_s
                                       << QString() << u"conditions"_s << 23;
        QTest::newRow("unknown reference field")
            << u"board/nmae = \"Help Desk\""_s << QString() << u"conditions"_s << 0;
        QTest::newRow("string for a number")
            << u"id = \"abc\""_s << QString() << u"conditions"_s << 5;
    }

    void invalidQueriesAreNotSent()
    {
        QFETCH(QString, conditions);
        QFETCH(QString, orderBy);
        QFETCH(QString, parameter);
        QFETCH(int, position);
        m_network.requests = 0;
        ListQuery q;
        q.conditions = conditions;
        q.orderBy = orderBy;
        const Result r = wait(m_client->listTickets(q));
        QCOMPARE(r.error.kind(), ApiError::Kind::InvalidQuery);
        QCOMPARE(r.error.queryParameter(), parameter);
        QCOMPARE(r.error.queryPosition(), position);
        QVERIFY2(r.error.message().contains(parameter), qPrintable(r.error.message()));
        const Result c =
            wait(m_client->count(ApiPaths::tickets(), conditions.isEmpty() ? u"(("_s : conditions));
        QCOMPARE(c.error.kind(), ApiError::Kind::InvalidQuery);
        QCOMPARE(m_network.requests, 0);
        QCOMPARE(m_client->state(), ManageClient::State::Online); // nothing went wrong online
    }

    void realisticQueriesAreAccepted_data()
    {
        QTest::addColumn<QString>("conditions");
        for (const QString &c :
             {u"status/name=\"New\" and priority/name=\"Priority 1 - Emergency Response\""_s,
              u"_info/lastUpdated > [2026-01-01T00:00:00Z]"_s, u"closedFlag=false"_s,
              u"company/identifier like \"A%\""_s, u"contactName contains \"a\""_s,
              u"Owner/Identifier = \"jdoe\" or id in (1, 2, 3)"_s,
              u"board/id = 1 and (status/id = 2 or status/id = 3) and status/id not in (4, 5)"_s,
              u"requiredDate < [2030-01-01T00:00:00Z] and budgetHours >= 1.5"_s,
              u"summary not like \"%test%\""_s, u"team/name != null"_s}) {
            QTest::newRow(qPrintable(c)) << c;
        }
    }

    void realisticQueriesAreAccepted()
    {
        QFETCH(QString, conditions);
        const Result c = wait(m_client->count(ApiPaths::tickets(), conditions));
        QVERIFY2(!c.error.isError(), qPrintable(c.error.message()));
        QVERIFY(c.count >= 0);
    }

    void companyInfoFindsTheCodebase()
    {
        QUrl root = m_sandbox.baseUrl();
        root.setPath(u"/login/companyinfo/"_s + m_sandbox.options().company);
        m_network.requests = 0;
        CompanyInfoJob *job = m_client->companyInfo(root, m_sandbox.options().company);
        QString codebase;
        connect(job, &CompanyInfoJob::companyInfoReceived, this,
                [&codebase, job] { codebase = job->codebase(); });
        const Result r = wait(job);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        QCOMPARE(codebase, u"v4_6_release/"_s);

        root.setPath(u"/login/companyinfo/nobody"_s);
        const Result unknown = wait(m_client->companyInfo(root, u"nobody"_s));
        QCOMPARE(unknown.error.kind(), ApiError::Kind::Configuration);
        QVERIFY2(unknown.error.message().contains(u"nobody"_s),
                 qPrintable(unknown.error.message()));
    }

    void selfSignedCertificateTrustedByFingerprint()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        sandbox::SandboxOptions options;
        options.tickets = 10;
        options.certFile = makeCertificate(dir, &options.keyFile);
        QVERIFY(!options.certFile.isEmpty());
        sandbox::Sandbox secure;
        QString error;
        QVERIFY2(secure.start(options, &error), qPrintable(error));
        QFile pem(options.certFile);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray fingerprint =
            QSslCertificate(pem.readAll()).digest(QCryptographicHash::Sha256).toHex();

        ManageClient client(&m_network);
        QVERIFY(client.setCredentials(credentialsFor(secure)));
        const Result refused = wait(client.listBoards());
        QCOMPARE(refused.error.kind(), ApiError::Kind::Tls);
        QCOMPARE(refused.error.certificateSha256(), fingerprint);
        QVERIFY2(refused.error.message().contains(QString::fromLatin1(fingerprint)),
                 qPrintable(refused.error.message()));

        // Trust another certificate: still refused.
        Credentials wrong = credentialsFor(secure);
        wrong.setTrustedCertificateSha256(QByteArray(64, 'a'));
        QVERIFY(client.setCredentials(wrong));
        QCOMPARE(wait(client.listBoards()).error.kind(), ApiError::Kind::Tls);

        // Trust exactly this one (as tools print it: upper case with colons): accepted.
        Credentials pinned = credentialsFor(secure);
        QByteArray colons;
        for (int i = 0; i < fingerprint.size(); i += 2)
            colons += (i ? ":" : "") + fingerprint.mid(i, 2).toUpper();
        pinned.setTrustedCertificateSha256(colons);
        QVERIFY(client.setCredentials(pinned));
        const Result trusted = wait(client.listBoards());
        QVERIFY2(!trusted.error.isError(), qPrintable(trusted.error.message()));
        QVERIFY(!trusted.records.isEmpty());
        const Result created = wait(client.create(
            ApiPaths::notes(wait(client.listTickets(pageQuery(1, false))).ids().value(0)),
            QJsonObject{{u"text"_s, u"over TLS"_s}, {u"detailDescriptionFlag"_s, true}}));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestJobsSandbox)
#include "test_jobs_sandbox.moc"
