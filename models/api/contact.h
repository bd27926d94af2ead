// A person at a customer company (/company/contacts): who a ticket is for, with the phone
// and e-mail to reach them.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class Contact : public Record
{
public:
    Contact() = default;

    // A null Contact (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Contact fromJson(const QByteArray &raw, QString *error = nullptr);
    static Contact fromJson(const QJsonObject &object);

    const QString &firstName() const;
    const QString &lastName() const;
    const Reference &company() const;
    const Reference &site() const;
    const QString &title() const;
    bool inactiveFlag() const;
    const QString &defaultPhoneNumber() const;
    // the default e-mail of communicationItems (else the first e-mail)
    const QString &defaultEmail() const;
    // "First Last", or whichever of the two is set.
    QString fullName() const;

private:
    using Record::Record;
};

} // namespace cw
