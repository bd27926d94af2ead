// libFuzzer target: the sandbox's request handling, in-process (no sockets). The input is an HTTP
// request as it arrives on the wire: "METHOD target", header lines, an empty line, the body. The
// request line and headers are split here the simple way (Qt's HTTP parser is not ours to fuzz);
// unless the input carries its own Authorization and clientId headers, the sandbox's default
// credentials and a client id are added, so the fuzzer reaches the handlers rather than the 401.
// The store is a small generated data set kept across inputs, like a server's: writes by one
// input are seen by the next.
#include "sandbox/apihandler.h"
#include "sandbox/datagenerator.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/store.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace cw::sandbox;

namespace {

struct Server
{
    SandboxOptions options;
    Store store;
    std::unique_ptr<ApiHandler> handler;

    Server()
    {
        options.tickets = 30;
        const qint64 now = DataGenerator::anchorSecsSinceEpoch();
        store.setBaseUrl(u"http://127.0.0.1:4000/v4_6_release/apis/3.0"_s);
        store.setPinnedNow(now);
        DataGenerator(store, {options.tickets, options.seed, now}).run();
        handler = std::make_unique<ApiHandler>(store, options);
    }
};

Server *server = nullptr;

HttpRequest parse(const QByteArray &bytes)
{
    HttpRequest req;
    qsizetype end = bytes.indexOf("\r\n\r\n");
    qsizetype bodyStart = end + 4;
    if (end < 0) {
        end = bytes.indexOf("\n\n");
        bodyStart = end + 2;
    }
    if (end < 0) {
        end = bytes.size();
        bodyStart = bytes.size();
    }
    QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    req.method = requestLine.value(0).toUpper();
    // As SandboxServer::handleRequest: a decoded path, '+' in the query meaning a space.
    const QUrl url = QUrl::fromEncoded(requestLine.value(1));
    req.path = url.path(QUrl::FullyDecoded);
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', "%20"_L1);
    req.query = QUrlQuery(query);
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    req.body = bytes.mid(bodyStart);
    if (req.header("authorization").isEmpty()) {
        const QByteArray credentials = (server->options.company + u'+' + server->options.publicKey +
                                        u':' + server->options.privateKey)
                                           .toUtf8();
        req.headers.append({"Authorization", "Basic " + credentials.toBase64()});
    }
    if (req.header("clientid").isEmpty())
        req.headers.append(
            {QByteArray("clientId"), QByteArray("5ee05ba8-6ad4-4ab1-8a1b-3c2f0c5d9e11")});
    return req;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt wants an application object for its SQL and network plugins; it lives for the process.
    new QCoreApplication(*argc, *argv);
    server = new Server;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const HttpResponse response = server->handler->handle(parse(bytes));
    (void)response;
    return 0;
}
