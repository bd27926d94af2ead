#include "sandbox.h"

#include "apihandler.h"
#include "callbackdispatcher.h"
#include "datagenerator.h"
#include "sandboxserver.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

struct Sandbox::Private
{
    SandboxOptions options;
    Store store;
    std::unique_ptr<ApiHandler> handler;
    std::unique_ptr<CallbackDispatcher> callbacks;
    std::unique_ptr<SandboxServer> server;
    QUrl baseUrl;
    quint16 port = 0;
};

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(const SandboxOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    d->options = options;
    const bool tls = !options.certFile.isEmpty() || !options.keyFile.isEmpty();
    QSslCertificate certificate;
    QSslKey key;
    if (tls) {
        QFile certFile(options.certFile), keyFile(options.keyFile);
        if (options.certFile.isEmpty() || options.keyFile.isEmpty())
            return fail(tr("HTTPS needs both --cert and --key."));
        if (!certFile.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the certificate %1: %2")
                            .arg(options.certFile, certFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(
                tr("Cannot read the key %1: %2").arg(options.keyFile, keyFile.errorString()));
        certificate = QSslCertificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull())
            return fail(tr("%1 is not a PEM certificate.").arg(options.certFile));
        if (key.isNull())
            return fail(
                tr("%1 is not an unencrypted PEM RSA or EC private key.").arg(options.keyFile));
    }

    QString storeError;
    if (options.now.isValid())
        d->store.setPinnedNow(options.now.toSecsSinceEpoch());
    if (!d->store.open(options.dataFile, &storeError))
        return fail(storeError);

    d->handler = std::make_unique<ApiHandler>(d->store, d->options);
    d->callbacks = std::make_unique<CallbackDispatcher>(d->store, d->options);
    connect(d->handler.get(), &ApiHandler::ticketChanged, d->callbacks.get(),
            &CallbackDispatcher::ticketChanged);
    d->server = std::make_unique<SandboxServer>(*d->handler, d->options);
    QSslConfiguration tlsConfiguration = QSslConfiguration::defaultConfiguration();
    if (tls) {
        tlsConfiguration.setLocalCertificate(certificate);
        tlsConfiguration.setPrivateKey(key);
    }
    d->port = d->server->open(options.bind, options.port, tls ? &tlsConfiguration : nullptr);
    if (d->port == 0)
        return fail(
            tr("Cannot listen on %1 port %2: the port may be in use or the address not local.")
                .arg(options.bind.toString())
                .arg(options.port));

    QString host = options.bind.toString();
    if (options.bind == QHostAddress::Any || options.bind == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (options.bind == QHostAddress::AnyIPv6)
        host = u"::1"_s;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    d->baseUrl = QUrl((tls ? u"https://"_s : u"http://"_s) + host + u':' +
                      QString::number(d->port) + u"/v4_6_release/apis/3.0"_s);
    d->store.setBaseUrl(d->baseUrl.toString());

    if (d->store.isEmpty()) {
        DataGenerator generator(d->store, {options.tickets, options.seed, d->store.now()});
        generator.run();
    }
    return true;
}

void Sandbox::stop()
{
    d->server.reset();
    d->callbacks.reset();
    d->handler.reset();
}

QStringList Sandbox::securityWarnings() const
{
    QStringList warnings;
    const SandboxOptions &o = d->options;
    const SandboxOptions defaults;
    const bool defaultCredentials = o.company == defaults.company &&
                                    o.publicKey == defaults.publicKey &&
                                    o.privateKey == defaults.privateKey;
    if (defaultCredentials && !o.bind.isLoopback()) {
        warnings << tr("listening on %1, which other computers may reach, with the default "
                       "credentials everyone knows (%2+%3). Anyone who can connect can read "
                       "and change this sandbox's data; set --company, --public-key and "
                       "--private-key, or bind to 127.0.0.1.")
                        .arg(o.bind.toString(), o.company, o.publicKey);
    }
    return warnings;
}

QUrl Sandbox::baseUrl() const
{
    return d->baseUrl;
}
quint16 Sandbox::port() const
{
    return d->port;
}
const SandboxOptions &Sandbox::options() const
{
    return d->options;
}
Store &Sandbox::store()
{
    return d->store;
}

} // namespace cw::sandbox
