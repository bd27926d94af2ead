#include "boardteam.h"

#include "recordschema.h"

namespace cw {

namespace {

struct BoardTeamData : RecordData
{
    QString name;
    int boardId = 0;
    Reference teamLeader;
    QList<int> members;
    bool defaultFlag = false;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &BoardTeamData::name),
        S::field("boardId", &BoardTeamData::boardId),
        S::field("teamLeader", &BoardTeamData::teamLeader),
        S::field("members", &BoardTeamData::members),
        S::field("defaultFlag", &BoardTeamData::defaultFlag),
    };
    return schema;
}

} // namespace

BoardTeam BoardTeam::fromJson(const QByteArray &raw, QString *error)
{
    return BoardTeam(parse<BoardTeamData>(raw, schema(), error));
}

BoardTeam BoardTeam::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &BoardTeam::name() const
{
    return dataAs<BoardTeamData>().name;
}

int BoardTeam::boardId() const
{
    return dataAs<BoardTeamData>().boardId;
}

const Reference &BoardTeam::teamLeader() const
{
    return dataAs<BoardTeamData>().teamLeader;
}

const QList<int> &BoardTeam::members() const
{
    return dataAs<BoardTeamData>().members;
}

bool BoardTeam::defaultFlag() const
{
    return dataAs<BoardTeamData>().defaultFlag;
}

} // namespace cw
