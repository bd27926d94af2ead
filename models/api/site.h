// A site (address) of a customer company (/company/companies/{id}/sites), as a ticket's
// `site` points to.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class Site : public Record
{
public:
    Site() = default;

    // A null Site (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Site fromJson(const QByteArray &raw, QString *error = nullptr);
    static Site fromJson(const QJsonObject &object);

    const QString &name() const;
    const Reference &company() const;
    const QString &city() const;
    const QString &phoneNumber() const;
    bool primaryAddressFlag() const;
    bool inactiveFlag() const;

private:
    using Record::Record;
};

} // namespace cw
