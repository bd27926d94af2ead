#include "contact.h"

#include "recordschema.h"

namespace cw {

namespace {

struct ContactData : RecordData
{
    QString firstName;
    QString lastName;
    Reference company;
    Reference site;
    QString title;
    bool inactiveFlag = false;
    QString defaultPhoneNumber;
    QString defaultEmail;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("firstName", &ContactData::firstName),
        S::field("lastName", &ContactData::lastName),
        S::field("company", &ContactData::company),
        S::field("site", &ContactData::site),
        S::field("title", &ContactData::title),
        S::field("inactiveFlag", &ContactData::inactiveFlag),
        S::field("defaultPhoneNbr", &ContactData::defaultPhoneNumber),
        S::defaultEmailField("communicationItems", &ContactData::defaultEmail),
    };
    return schema;
}

} // namespace

Contact Contact::fromJson(const QByteArray &raw, QString *error)
{
    return Contact(parse<ContactData>(raw, schema(), error));
}

Contact Contact::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Contact::firstName() const
{
    return dataAs<ContactData>().firstName;
}

const QString &Contact::lastName() const
{
    return dataAs<ContactData>().lastName;
}

const Reference &Contact::company() const
{
    return dataAs<ContactData>().company;
}

const Reference &Contact::site() const
{
    return dataAs<ContactData>().site;
}

const QString &Contact::title() const
{
    return dataAs<ContactData>().title;
}

bool Contact::inactiveFlag() const
{
    return dataAs<ContactData>().inactiveFlag;
}

const QString &Contact::defaultPhoneNumber() const
{
    return dataAs<ContactData>().defaultPhoneNumber;
}

const QString &Contact::defaultEmail() const
{
    return dataAs<ContactData>().defaultEmail;
}

QString Contact::fullName() const
{
    const ContactData &data = dataAs<ContactData>();
    return joinName(data.firstName, data.lastName);
}

} // namespace cw
