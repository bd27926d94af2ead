// A registered callback (webhook) (/system/callbacks; schema `CallbackEntry`): which
// records' changes ConnectWise posts to which URL.
#pragma once

#include "record.h"

#include <QString>

namespace cw {

class Callback : public Record
{
public:
    Callback() = default;

    // A null Callback (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Callback fromJson(const QByteArray &raw, QString *error = nullptr);
    static Callback fromJson(const QJsonObject &object);

    const QString &description() const;
    const QString &url() const;
    int objectId() const;
    // ticket, contact, company …
    const QString &type() const;
    // owner, board, status …
    const QString &level() const;
    int memberId() const;
    bool inactiveFlag() const;
    const QString &payloadVersion() const;

private:
    using Record::Record;
};

} // namespace cw
