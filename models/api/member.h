// A ConnectWise user (/system/members): the owners, resources and note authors that
// tickets refer to by identifier.
#pragma once

#include "record.h"

#include <QString>

namespace cw {

class Member : public Record
{
public:
    Member() = default;

    // A null Member (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Member fromJson(const QByteArray &raw, QString *error = nullptr);
    static Member fromJson(const QJsonObject &object);

    const QString &identifier() const;
    const QString &firstName() const;
    const QString &lastName() const;
    const QString &title() const;
    const QString &officeEmail() const;
    const QString &officePhone() const;
    bool inactiveFlag() const;
    // "First Last", or whichever of the two is set.
    QString fullName() const;

private:
    using Record::Record;
};

} // namespace cw
