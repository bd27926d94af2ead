#include "boardsubtype.h"

#include "recordschema.h"

namespace cw {

namespace {

struct BoardSubTypeData : RecordData
{
    QString name;
    Reference board;
    bool inactiveFlag = false;
    QList<int> typeAssociationIds;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &BoardSubTypeData::name),
        S::field("board", &BoardSubTypeData::board),
        S::field("inactiveFlag", &BoardSubTypeData::inactiveFlag),
        S::field("typeAssociationIds", &BoardSubTypeData::typeAssociationIds),
    };
    return schema;
}

} // namespace

BoardSubType BoardSubType::fromJson(const QByteArray &raw, QString *error)
{
    return BoardSubType(parse<BoardSubTypeData>(raw, schema(), error));
}

BoardSubType BoardSubType::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &BoardSubType::name() const
{
    return dataAs<BoardSubTypeData>().name;
}

const Reference &BoardSubType::board() const
{
    return dataAs<BoardSubTypeData>().board;
}

bool BoardSubType::inactiveFlag() const
{
    return dataAs<BoardSubTypeData>().inactiveFlag;
}

const QList<int> &BoardSubType::typeAssociationIds() const
{
    return dataAs<BoardSubTypeData>().typeAssociationIds;
}

} // namespace cw
