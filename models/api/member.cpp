#include "member.h"

#include "recordschema.h"

namespace cw {

namespace {

struct MemberData : RecordData
{
    QString identifier;
    QString firstName;
    QString lastName;
    QString title;
    QString officeEmail;
    QString officePhone;
    bool inactiveFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("identifier", &MemberData::identifier),
        S::field("firstName", &MemberData::firstName),
        S::field("lastName", &MemberData::lastName),
        S::field("title", &MemberData::title),
        S::field("officeEmail", &MemberData::officeEmail),
        S::field("officePhone", &MemberData::officePhone),
        S::field("inactiveFlag", &MemberData::inactiveFlag),
    };
    return schema;
}

} // namespace

Member Member::fromJson(const QByteArray &raw, QString *error)
{
    return Member(parse<MemberData>(raw, schema(), error));
}

Member Member::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Member::identifier() const
{
    return dataAs<MemberData>().identifier;
}

const QString &Member::firstName() const
{
    return dataAs<MemberData>().firstName;
}

const QString &Member::lastName() const
{
    return dataAs<MemberData>().lastName;
}

const QString &Member::title() const
{
    return dataAs<MemberData>().title;
}

const QString &Member::officeEmail() const
{
    return dataAs<MemberData>().officeEmail;
}

const QString &Member::officePhone() const
{
    return dataAs<MemberData>().officePhone;
}

bool Member::inactiveFlag() const
{
    return dataAs<MemberData>().inactiveFlag;
}

QString Member::fullName() const
{
    const MemberData &data = dataAs<MemberData>();
    return joinName(data.firstName, data.lastName);
}

} // namespace cw
