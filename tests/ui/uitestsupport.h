// Helpers the offscreen UI tests share: a desk connected (and synced) to a sandbox, a ticket as
// the server has it, PNGs into the build folder (suffixed @2x under QT_SCALE_FACTOR=2), a dark
// palette, a self-signed certificate and a port nobody listens on.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPalette>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;
class QWidget;

namespace cw {
class Desk;
namespace sandbox {
class Sandbox;
}
} // namespace cw

namespace cw::test {

// A UI test's start: settings of its own (never a user's, nor those of the scale-2 run of the same
// binary going on in parallel), cleared, and `sandbox` started with `tickets` tickets on a data
// file in `dir`. False (with *error) when the sandbox does not start.
bool startUiTest(sandbox::Sandbox &sandbox, const QTemporaryDir &dir, int tickets, QString *error);

// A desk for `sandbox` with its cache in `cachePath`, connected with the sandbox's keys and, when
// `sync`, synced once; null when either does not happen within `waitMs`.
std::unique_ptr<Desk> connectedDesk(sandbox::Sandbox &sandbox, QNetworkAccessManager *network,
                                    const QString &cachePath, bool sync = true, int waitMs = 60000);
// Ticket `id` as the server has it now (empty when it cannot be read within `waitMs`).
QJsonObject serverTicket(Desk *desk, int id, int waitMs = 60000);
// The record at `path` as the server has it now (empty when it is not there, e.g. 404).
QJsonObject serverRecord(Desk *desk, const QString &path, int waitMs = 60000);
// Every record of the listing at `path` (pages of 1000).
QList<QJsonObject> serverList(Desk *desk, const QString &path, int waitMs = 60000);

// Saves `widget` as <name>[@Nx].png in the UI output folder; false when it cannot be written.
bool renderPng(QWidget *widget, const QString &name, QString *path = nullptr);
// A dark palette like a desktop's dark theme (test data: the app itself uses roles only).
QPalette darkPalette();
// openssl-made certificate for 127.0.0.1 in `dir`; empty on failure.
QString makeCertificate(const QTemporaryDir &dir, QString *keyFile);
// A local port that was free a moment ago: connecting to it is refused.
quint16 closedPort();
// Every visible widget under `root` a keyboard user can reach that has no accessible name.
QStringList widgetsWithoutAccessibleName(QWidget *root);

} // namespace cw::test
