#include "boarditem.h"

#include "recordschema.h"

namespace cw {

namespace {

struct BoardItemData : RecordData
{
    QString name;
    Reference board;
    bool inactiveFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &BoardItemData::name),
        S::field("board", &BoardItemData::board),
        S::field("inactiveFlag", &BoardItemData::inactiveFlag),
    };
    return schema;
}

} // namespace

BoardItem BoardItem::fromJson(const QByteArray &raw, QString *error)
{
    return BoardItem(parse<BoardItemData>(raw, schema(), error));
}

BoardItem BoardItem::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &BoardItem::name() const
{
    return dataAs<BoardItemData>().name;
}

const Reference &BoardItem::board() const
{
    return dataAs<BoardItemData>().board;
}

bool BoardItem::inactiveFlag() const
{
    return dataAs<BoardItemData>().inactiveFlag;
}

} // namespace cw
