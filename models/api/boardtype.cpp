#include "boardtype.h"

#include "recordschema.h"

namespace cw {

namespace {

struct BoardTypeData : RecordData
{
    QString name;
    Reference board;
    QString category;
    bool defaultFlag = false;
    bool inactiveFlag = false;
    bool requestForChangeFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &BoardTypeData::name),
        S::field("board", &BoardTypeData::board),
        S::field("category", &BoardTypeData::category),
        S::field("defaultFlag", &BoardTypeData::defaultFlag),
        S::field("inactiveFlag", &BoardTypeData::inactiveFlag),
        S::field("requestForChangeFlag", &BoardTypeData::requestForChangeFlag),
    };
    return schema;
}

} // namespace

BoardType BoardType::fromJson(const QByteArray &raw, QString *error)
{
    return BoardType(parse<BoardTypeData>(raw, schema(), error));
}

BoardType BoardType::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &BoardType::name() const
{
    return dataAs<BoardTypeData>().name;
}

const Reference &BoardType::board() const
{
    return dataAs<BoardTypeData>().board;
}

const QString &BoardType::category() const
{
    return dataAs<BoardTypeData>().category;
}

bool BoardType::defaultFlag() const
{
    return dataAs<BoardTypeData>().defaultFlag;
}

bool BoardType::inactiveFlag() const
{
    return dataAs<BoardTypeData>().inactiveFlag;
}

bool BoardType::requestForChangeFlag() const
{
    return dataAs<BoardTypeData>().requestForChangeFlag;
}

} // namespace cw
