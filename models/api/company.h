// A customer company (/company/companies): what tickets belong to, with the status and
// contact details a dispatcher looks at.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class Company : public Record
{
public:
    Company() = default;

    // A null Company (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Company fromJson(const QByteArray &raw, QString *error = nullptr);
    static Company fromJson(const QJsonObject &object);

    const QString &identifier() const;
    const QString &name() const;
    const Reference &status() const;
    const QString &phoneNumber() const;
    const QString &city() const;
    const QString &state() const;

private:
    using Record::Record;
};

} // namespace cw
