#include "uitestsupport.h"

#include "models/api/apipaths.h"
#include "models/api/connectionprofile.h"
#include "models/api/listjob.h"
#include "models/api/manageclient.h"
#include "models/api/recordjob.h"
#include "models/desk/desk.h"
#include "sandbox/sandbox.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QJsonDocument>
#include <QPixmap>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace cw::test {

bool startUiTest(sandbox::Sandbox &sandbox, const QTemporaryDir &dir, int tickets, QString *error)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(
        u"CW Desk tests %1"_s.arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    if (!dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    sandbox::SandboxOptions options;
    options.dataFile = dir.filePath(u"sandbox.sqlite"_s);
    options.tickets = tickets;
    return sandbox.start(options, error);
}

std::unique_ptr<Desk> connectedDesk(sandbox::Sandbox &sandbox, QNetworkAccessManager *network,
                                    const QString &cachePath, bool sync, int waitMs)
{
    const sandbox::SandboxOptions &o = sandbox.options();
    auto desk = std::make_unique<Desk>(network);
    Desk::Options options;
    options.cachePath = cachePath;
    desk->setOptions(options);
    ConnectionProfile profile;
    profile.setSite(sandbox.baseUrl().toString(QUrl::RemovePath));
    profile.setCompany(o.company);
    profile.setPublicKey(o.publicKey);
    desk->setProfile(profile);
    QSignalSpy connected(desk.get(), &Desk::connected);
    desk->connectToSite(profile, o.privateKey);
    if (!connected.wait(waitMs))
        return {};
    if (!sync)
        return desk;
    QSignalSpy synced(desk.get(), &Desk::syncFinished);
    desk->syncNow();
    if (!synced.wait(waitMs))
        return {};
    return desk;
}

QJsonObject serverRecord(Desk *desk, const QString &path, int waitMs)
{
    RecordJob *job = desk->client()->get(path);
    QByteArray raw;
    QObject::connect(job, &RecordJob::succeeded, job,
                     [&raw](const QByteArray &answer) { raw = answer; });
    QSignalSpy finished(job, &ManageJob::finished);
    finished.wait(waitMs);
    return QJsonDocument::fromJson(raw).object();
}

QJsonObject serverTicket(Desk *desk, int id, int waitMs)
{
    return serverRecord(desk, ApiPaths::ticket(id), waitMs);
}

QList<QJsonObject> serverList(Desk *desk, const QString &path, int waitMs)
{
    ListQuery query;
    query.pageSize = 1000;
    ListJob *job = desk->client()->list(path, query);
    QList<QJsonObject> records;
    QObject::connect(job, &ListJob::recordsFetched, job, [&](const QList<QByteArray> &raw) {
        for (const QByteArray &bytes : raw)
            records.append(QJsonDocument::fromJson(bytes).object());
    });
    QSignalSpy finished(job, &ManageJob::finished);
    finished.wait(waitMs);
    return records;
}

bool renderPng(QWidget *widget, const QString &name, QString *path)
{
    QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    const qreal dpr = qApp->devicePixelRatio();
    const QString suffix = dpr == 1.0 ? QString() : u"@%1x"_s.arg(dpr);
    const QString file = QStringLiteral(CW_UI_OUTPUT_DIR) + u'/' + name + suffix + u".png"_s;
    if (path)
        *path = file;
    const bool ok = !pixmap.isNull() && pixmap.save(file, "PNG");
    if (ok)
        qInfo("rendered %s", qPrintable(file));
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x44, 0x3a, 0x1e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xd0, 0x9c, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
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

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QStringList widgetsWithoutAccessibleName(QWidget *root)
{
    QStringList missing;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || !widget->isEnabled())
            continue;
        // A scroll area's viewport is the view itself to assistive tools.
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
            area && area->viewport() == widget)
            continue;
        const bool interactive =
            (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(widget);
        if (interactive && widget->accessibleName().isEmpty())
            missing.append(u"%1 \"%2\""_s.arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    return missing;
}

} // namespace cw::test
