#include "source.h"

#include "recordschema.h"

namespace cw {

namespace {

struct SourceData : RecordData
{
    QString name;
    bool defaultFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &SourceData::name),
        S::field("defaultFlag", &SourceData::defaultFlag),
    };
    return schema;
}

} // namespace

Source Source::fromJson(const QByteArray &raw, QString *error)
{
    return Source(parse<SourceData>(raw, schema(), error));
}

Source Source::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Source::name() const
{
    return dataAs<SourceData>().name;
}

bool Source::defaultFlag() const
{
    return dataAs<SourceData>().defaultFlag;
}

} // namespace cw
