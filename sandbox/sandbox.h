// cwdesk-sandbox as an object: owns the record store and the HTTP(S) server emulating the
// ConnectWise Manage Service API. Used by cwdesk-sandbox, by `cwdesk --demo` (in-process) and by
// tests.
#pragma once

#include "sandboxoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace cw::sandbox {

class Store;

class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    // Opens or generates the data, then listens. On failure returns false and sets *error.
    bool start(const SandboxOptions &options, QString *error);
    void stop();

    // e.g. http://127.0.0.1:41234/v4_6_release/apis/3.0 (valid after start()).
    QUrl baseUrl() const;
    quint16 port() const;
    const SandboxOptions &options() const;
    // Sentences about risky settings the operator should know of (valid after start()): the
    // default, published credentials on an address other computers can reach.
    QStringList securityWarnings() const;
    Store &store();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw::sandbox
