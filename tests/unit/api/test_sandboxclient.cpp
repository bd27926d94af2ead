// ManageClient against a real in-process sandbox over real HTTP: boards, every page of a board's
// tickets (checked against /count), sparse fields, readable 401/404, TLS refusal, and faults
// (500/503/429/reset/truncate) survived through the retry table.
#include "api/countjob.h"
#include "api/listjob.h"
#include "api/manageclient.h"
#include "sandbox/sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace cw::test {

namespace {

struct Outcome
{
    QJsonArray records;
    int count = -1;
    ApiError error;
    int pages = 0;
    int retries = 0;
    bool finished = false;
};

Outcome run(ManageJob *job)
{
    Outcome outcome;
    QObject::connect(job, &ManageJob::failed, job,
                     [&outcome](const ApiError &e) { outcome.error = e; });
    QObject::connect(job, &ManageJob::retrying, job, [&outcome] { ++outcome.retries; });
    if (auto *list = qobject_cast<ListJob *>(job)) {
        QObject::connect(
            list, &ListJob::recordsFetched, job,
            [&outcome](const QList<QByteArray> &r) { outcome.records = ListJob::toJsonArray(r); });
        QObject::connect(list, &ListJob::pageFetched, job, [&outcome] { ++outcome.pages; });
    }
    if (auto *count = qobject_cast<CountJob *>(job))
        QObject::connect(count, &CountJob::counted, job, [&outcome](int n) { outcome.count = n; });
    QSignalSpy finished(job, &ManageJob::finished);
    outcome.finished = finished.wait(60000);
    return outcome;
}

} // namespace

class TestSandboxClient : public QObject
{
    Q_OBJECT

private:
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ManageClient> m_client;
    QList<int> m_boardIds;

    Credentials credentialsFor(const sandbox::Sandbox &s, const QString &privateKey = {}) const
    {
        const sandbox::SandboxOptions &o = s.options();
        return Credentials(s.baseUrl(), o.company, o.publicKey,
                           privateKey.isEmpty() ? o.privateKey : privateKey);
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
    }

    void listBoards()
    {
        const Outcome outcome = run(m_client->listBoards());
        QVERIFY(outcome.finished);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QVERIFY(outcome.records.size() >= 2);
        for (const QJsonValue &value : outcome.records) {
            const QJsonObject board = value.toObject();
            QVERIFY(board.value(u"id"_s).toInt() > 0);
            QVERIFY(!board.value(u"name"_s).toString().isEmpty());
            m_boardIds << board.value(u"id"_s).toInt();
        }
        QCOMPARE(m_client->state(), ManageClient::State::Online);

        const Outcome statuses = run(m_client->listBoardStatuses(m_boardIds.first()));
        QVERIFY2(!statuses.error.isError(), qPrintable(statuses.error.message()));
        QVERIFY(!statuses.records.isEmpty());
    }

    void allPagesMatchCount()
    {
        QVERIFY(!m_boardIds.isEmpty());
        int total = 0;
        for (int boardId : std::as_const(m_boardIds)) {
            const QString conditions = u"board/id=%1"_s.arg(boardId);
            const Outcome counted = run(m_client->count(u"/service/tickets"_s, conditions));
            QVERIFY2(!counted.error.isError(), qPrintable(counted.error.message()));
            QVERIFY(counted.count >= 0);
            total += counted.count;

            ListQuery query;
            query.conditions = conditions;
            query.orderBy = u"id desc"_s;
            query.fields = {u"id"_s, u"summary"_s, u"status/name"_s, u"board/id"_s};
            query.pageSize = 7;
            const Outcome listed = run(m_client->listTickets(query));
            QVERIFY2(!listed.error.isError(), qPrintable(listed.error.message()));
            QCOMPARE(listed.records.size(), counted.count);
            QCOMPARE(listed.pages, std::max(1, (counted.count + 6) / 7));
            QSet<int> ids;
            int previous = std::numeric_limits<int>::max();
            for (const QJsonValue &value : listed.records) {
                const QJsonObject ticket = value.toObject();
                const int id = ticket.value(u"id"_s).toInt();
                QVERIFY(id > 0);
                QVERIFY2(id < previous, "orderBy=id desc not kept across pages");
                previous = id;
                ids.insert(id);
                QCOMPARE(ticket.value(u"board"_s).toObject().value(u"id"_s).toInt(), boardId);
                // Sparse records: nothing beyond the asked fields.
                for (const QString &key : ticket.keys())
                    QVERIFY2(
                        QStringList({u"id"_s, u"summary"_s, u"status"_s, u"board"_s}).contains(key),
                        qPrintable(key));
                QCOMPARE(ticket.value(u"status"_s).toObject().keys(), QStringList{u"name"_s});
            }
            QCOMPARE(ids.size(), counted.count);
        }
        const Outcome all = run(m_client->count(u"/service/tickets"_s));
        QVERIFY(total > 0);
        QVERIFY2(total <= all.count, "board counts exceed the total");
    }

    void ticketModelFieldsAreAccepted()
    {
        // The fields the ticket list asks for, including _info/lastUpdated.
        ListQuery query;
        query.conditions = u"board/id=%1"_s.arg(m_boardIds.value(0));
        query.fields = {u"id"_s,
                        u"summary"_s,
                        u"company/name"_s,
                        u"priority/name"_s,
                        u"priority/sort"_s,
                        u"owner/name"_s,
                        u"owner/identifier"_s,
                        u"_info/lastUpdated"_s};
        query.pageSize = 1000;
        query.allPages = false;
        const Outcome listed = run(m_client->listTickets(query));
        QVERIFY2(!listed.error.isError(), qPrintable(listed.error.message()));
        QVERIFY(!listed.records.isEmpty());
        const QJsonObject first = listed.records.first().toObject();
        QVERIFY(!first.value(u"_info"_s).toObject().value(u"lastUpdated"_s).toString().isEmpty());
        QVERIFY(!first.value(u"company"_s).toObject().value(u"name"_s).toString().isEmpty());
    }

    void wrongKeyIsReadable()
    {
        ManageClient client(&m_network);
        QVERIFY(client.setCredentials(credentialsFor(m_sandbox, u"not-the-key"_s)));
        const Outcome outcome = run(client.listBoards());
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(outcome.error.httpStatus(), 401);
        QCOMPARE(outcome.retries, 0);
        QVERIFY2(outcome.error.message().contains(
                     u"Check the company ID, the public key and the private key"_s),
                 qPrintable(outcome.error.message()));
        QCOMPARE(client.state(), ManageClient::State::AuthFailed);
    }

    void unknownPathAndRecord()
    {
        const Outcome unknown = run(m_client->list(u"/service/nothing-here"_s));
        QCOMPARE(unknown.error.kind(), ApiError::Kind::NotFound);
        QVERIFY2(unknown.error.message().contains(u"endpoint does not exist"_s),
                 qPrintable(unknown.error.message()));
        const Outcome record = run(m_client->list(u"/service/boards/999999/statuses"_s));
        QVERIFY(record.error.isError());
        QVERIFY(record.error.httpStatus() >= 400 && record.error.httpStatus() < 500);
        QCOMPARE(record.retries, 0);
    }

    void tlsIsRefused()
    {
        // A self-signed certificate made now, so no key material lives in the repository.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        sandbox::SandboxOptions options;
        options.tickets = 10;
        options.certFile = dir.filePath(u"cert.pem"_s);
        options.keyFile = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                                     u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                                     options.keyFile, u"-out"_s, options.certFile});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        sandbox::Sandbox secure;
        QString error;
        QVERIFY2(secure.start(options, &error), qPrintable(error));
        QCOMPARE(secure.baseUrl().scheme(), u"https"_s);
        ManageClient client(&m_network);
        QVERIFY(client.setCredentials(credentialsFor(secure)));
        const Outcome outcome = run(client.listBoards());
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
        QCOMPARE(outcome.retries, 0);
        QVERIFY2(outcome.error.message().contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(outcome.error.message()));
        QCOMPARE(client.state(), ManageClient::State::Offline);
    }

    void pinnedCertificateIsTheOnlyOne()
    {
        // A test CA (standing in for a system CA), a leaf it signed for 127.0.0.1, and a
        // self-signed certificate for another name: the one a profile pins.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto file = [&dir](const QString &name) {
            return dir.filePath(name);
        };
        const auto openssl = [](const QStringList &arguments) {
            QProcess process;
            process.start(u"openssl"_s, arguments);
            const bool ok = process.waitForFinished(60000) &&
                            process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
            if (!ok)
                qWarning() << arguments << process.readAllStandardError();
            return ok;
        };
        const QStringList ec{
            u"-newkey"_s, u"ec"_s,    u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
            u"-nodes"_s,  u"-days"_s, u"1"_s};
        QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ec +
                        QStringList{u"-subj"_s, u"/CN=CW Desk Test CA"_s, u"-addext"_s,
                                    u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                    u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s,
                                    file(u"ca.key"_s), u"-out"_s, file(u"ca.pem"_s)}));
        QVERIFY(openssl(QStringList{u"req"_s} + ec +
                        QStringList{u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s,
                                    file(u"leaf.key"_s), u"-out"_s, file(u"leaf.csr"_s)}));
        {
            QFile ext(file(u"leaf.ext"_s));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write("subjectAltName=IP:127.0.0.1\n");
        }
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, file(u"leaf.csr"_s), u"-CA"_s,
                         file(u"ca.pem"_s), u"-CAkey"_s, file(u"ca.key"_s), u"-CAcreateserial"_s,
                         u"-days"_s, u"1"_s, u"-extfile"_s, file(u"leaf.ext"_s), u"-out"_s,
                         file(u"leaf.pem"_s)}));
        QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ec +
                        QStringList{u"-subj"_s, u"/CN=pinned.example"_s, u"-addext"_s,
                                    u"subjectAltName=DNS:pinned.example"_s, u"-keyout"_s,
                                    file(u"pinned.key"_s), u"-out"_s, file(u"pinned.pem"_s)}));
        const auto fingerprintOf = [](const QString &pem) {
            return QSslCertificate::fromPath(pem)
                .value(0)
                .digest(QCryptographicHash::Sha256)
                .toHex();
        };
        const QByteArray leafSha = fingerprintOf(file(u"leaf.pem"_s));
        const QByteArray pinnedSha = fingerprintOf(file(u"pinned.pem"_s));
        QVERIFY(!leafSha.isEmpty() && !pinnedSha.isEmpty());

        // The CA is trusted like a system CA for every request of this test.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration withCa = saved;
        withCa.addCaCertificates(QSslCertificate::fromPath(file(u"ca.pem"_s)));
        QSslConfiguration::setDefaultConfiguration(withCa);
        const auto restore =
            qScopeGuard([&saved] { QSslConfiguration::setDefaultConfiguration(saved); });

        const auto start = [&](sandbox::Sandbox &server, const QString &name) {
            sandbox::SandboxOptions options;
            options.tickets = 10;
            options.certFile = file(name + u".pem"_s);
            options.keyFile = file(name + u".key"_s);
            QString error;
            return server.start(options, &error);
        };
        const auto listWith = [&](const sandbox::Sandbox &server, const QByteArray &pin) {
            QNetworkAccessManager network; // no connection kept from another case
            ManageClient client(&network);
            Credentials credentials = credentialsFor(server);
            credentials.setTrustedCertificateSha256(pin);
            if (!client.setCredentials(credentials))
                return Outcome();
            ListQuery query;
            query.pageSize = 2; // several requests, some over a kept-alive connection
            Outcome outcome = run(client.listBoards(query));
            return outcome;
        };

        sandbox::Sandbox caSigned;
        QVERIFY(start(caSigned, u"leaf"_s));
        // Without a pin the CA's leaf is fine (the CA stands in for a system CA) …
        Outcome outcome = listWith(caSigned, {});
        QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(outcome.error.message()));
        QVERIFY(outcome.pages > 1);
        // … but a profile that pinned another certificate never talks to it.
        outcome = listWith(caSigned, pinnedSha);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
        QCOMPARE(outcome.error.reason(), ApiError::Reason::CertificateNotPinned);
        QCOMPARE(outcome.error.certificateSha256(), leafSha);
        QCOMPARE(outcome.retries, 0);
        QVERIFY(outcome.records.isEmpty());
        // Pinning the leaf itself works, request after request.
        outcome = listWith(caSigned, leafSha);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QVERIFY(outcome.pages > 1);

        // The pinned certificate is taken whatever its issuer and host name.
        sandbox::Sandbox pinned;
        QVERIFY(start(pinned, u"pinned"_s));
        outcome = listWith(pinned, pinnedSha);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QVERIFY(outcome.pages > 1);
        outcome = listWith(pinned, {});
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
    }

    void faultsAreRetried()
    {
        sandbox::Sandbox flaky;
        sandbox::SandboxOptions options;
        options.tickets = 120;
        options.seed = 7; // the fault sequence is seeded: this run is reproducible
        options.faultRate = 0.3;
        options.faults = {u"500"_s, u"503"_s, u"429"_s, u"reset"_s, u"truncate"_s};
        QString error;
        QVERIFY2(flaky.start(options, &error), qPrintable(error));
        ManageClient client(&m_network);
        RetryPolicy fast;
        fast.setTimeScale(0.01);
        client.setRetryPolicy(fast);
        QVERIFY(client.setCredentials(credentialsFor(flaky)));

        int retries = 0;
        const Outcome boards = run(client.listBoards());
        QVERIFY2(!boards.error.isError(), qPrintable(boards.error.message()));
        retries += boards.retries;
        for (const QJsonValue &board : boards.records) {
            const QString conditions =
                u"board/id=%1"_s.arg(board.toObject().value(u"id"_s).toInt());
            const Outcome counted = run(client.count(u"/service/tickets"_s, conditions));
            QVERIFY2(!counted.error.isError(), qPrintable(counted.error.message()));
            ListQuery query;
            query.conditions = conditions;
            query.fields = {u"id"_s};
            query.pageSize = 10;
            const Outcome tickets = run(client.listTickets(query));
            QVERIFY2(!tickets.error.isError(), qPrintable(tickets.error.message()));
            retries += counted.retries + tickets.retries;
            QCOMPARE(tickets.records.size(), counted.count);
        }
        QVERIFY2(retries > 0, "the fault injection did not trigger any retry");
    }
};

} // namespace cw::test

QTEST_GUILESS_MAIN(cw::test::TestSandboxClient)
#include "test_sandboxclient.moc"
