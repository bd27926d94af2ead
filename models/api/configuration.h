// A configuration item of a company (/company/configurations): a device or service that
// tickets can be attached to.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class Configuration : public Record
{
public:
    Configuration() = default;

    // A null Configuration (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Configuration fromJson(const QByteArray &raw, QString *error = nullptr);
    static Configuration fromJson(const QJsonObject &object);

    const QString &name() const;
    const QString &deviceIdentifier() const;
    const Reference &type() const;
    const Reference &status() const;
    const Reference &company() const;
    const Reference &contact() const;
    const Reference &site() const;
    const QString &serialNumber() const;
    const QString &modelNumber() const;
    const QString &tagNumber() const;
    bool activeFlag() const;

private:
    using Record::Record;
};

} // namespace cw
