// Delivers ConnectWise-style callback (webhook) POSTs for ticket changes to the URLs registered
// under /system/callbacks, with the real service's payload shape and retry pattern.
#pragma once

#include <QObject>

#include <memory>

namespace cw::sandbox {

class Store;
struct SandboxOptions;

class CallbackDispatcher : public QObject
{
    Q_OBJECT
public:
    CallbackDispatcher(Store &store, const SandboxOptions &options, QObject *parent = nullptr);
    ~CallbackDispatcher() override;

    void ticketChanged(const QString &action, int id, const QByteArray &entity, int boardId,
                       int statusId, int companyId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw::sandbox
