// Routes one Service API request the way ConnectWise Manage does: authentication, the URL to a
// collection, then Listing for reads and RecordWriter for writes. Knows nothing about sockets.
#pragma once

#include "httpmessage.h"

#include <QObject>

#include <memory>

namespace cw::sandbox {

class Store;
struct SandboxOptions;

class ApiHandler : public QObject
{
    Q_OBJECT
public:
    ApiHandler(Store &store, const SandboxOptions &options, QObject *parent = nullptr);
    ~ApiHandler() override;

    HttpResponse handle(const HttpRequest &request);

Q_SIGNALS:
    // A ticket was added, updated or deleted (entity is empty on delete).
    void ticketChanged(const QString &action, int id, const QByteArray &entity, int boardId,
                       int statusId, int companyId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw::sandbox
