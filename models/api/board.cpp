#include "board.h"

#include "recordschema.h"

namespace cw {

namespace {

struct BoardData : RecordData
{
    QString name;
    Reference location;
    Reference department;
    bool inactiveFlag = false;
    bool projectFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &BoardData::name),
        S::field("location", &BoardData::location),
        S::field("department", &BoardData::department),
        S::field("inactiveFlag", &BoardData::inactiveFlag),
        S::field("projectFlag", &BoardData::projectFlag),
    };
    return schema;
}

} // namespace

Board Board::fromJson(const QByteArray &raw, QString *error)
{
    return Board(parse<BoardData>(raw, schema(), error));
}

Board Board::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Board::name() const
{
    return dataAs<BoardData>().name;
}

const Reference &Board::location() const
{
    return dataAs<BoardData>().location;
}

const Reference &Board::department() const
{
    return dataAs<BoardData>().department;
}

bool Board::inactiveFlag() const
{
    return dataAs<BoardData>().inactiveFlag;
}

bool Board::projectFlag() const
{
    return dataAs<BoardData>().projectFlag;
}

} // namespace cw
