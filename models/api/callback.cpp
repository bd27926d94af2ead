#include "callback.h"

#include "recordschema.h"

namespace cw {

namespace {

struct CallbackData : RecordData
{
    QString description;
    QString url;
    int objectId = 0;
    QString type;
    QString level;
    int memberId = 0;
    bool inactiveFlag = false;
    QString payloadVersion;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("description", &CallbackData::description),
        S::field("url", &CallbackData::url),
        S::field("objectId", &CallbackData::objectId),
        S::field("type", &CallbackData::type),
        S::field("level", &CallbackData::level),
        S::field("memberId", &CallbackData::memberId),
        S::field("inactiveFlag", &CallbackData::inactiveFlag),
        S::field("payloadVersion", &CallbackData::payloadVersion),
    };
    return schema;
}

} // namespace

Callback Callback::fromJson(const QByteArray &raw, QString *error)
{
    return Callback(parse<CallbackData>(raw, schema(), error));
}

Callback Callback::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Callback::description() const
{
    return dataAs<CallbackData>().description;
}

const QString &Callback::url() const
{
    return dataAs<CallbackData>().url;
}

int Callback::objectId() const
{
    return dataAs<CallbackData>().objectId;
}

const QString &Callback::type() const
{
    return dataAs<CallbackData>().type;
}

const QString &Callback::level() const
{
    return dataAs<CallbackData>().level;
}

int Callback::memberId() const
{
    return dataAs<CallbackData>().memberId;
}

bool Callback::inactiveFlag() const
{
    return dataAs<CallbackData>().inactiveFlag;
}

const QString &Callback::payloadVersion() const
{
    return dataAs<CallbackData>().payloadVersion;
}

} // namespace cw
