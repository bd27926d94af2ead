#include "boardstatus.h"

#include "recordschema.h"

namespace cw {

namespace {

struct BoardStatusData : RecordData
{
    QString name;
    Reference board;
    int sortOrder = 0;
    bool displayOnBoard = false;
    bool inactive = false;
    bool closedStatus = false;
    bool timeEntryNotAllowed = false;
    bool defaultFlag = false;
    QString escalationStatus;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &BoardStatusData::name),
        S::field("board", &BoardStatusData::board),
        S::field("sortOrder", &BoardStatusData::sortOrder),
        S::field("displayOnBoard", &BoardStatusData::displayOnBoard),
        S::field("inactive", &BoardStatusData::inactive),
        S::field("closedStatus", &BoardStatusData::closedStatus),
        S::field("timeEntryNotAllowed", &BoardStatusData::timeEntryNotAllowed),
        S::field("defaultFlag", &BoardStatusData::defaultFlag),
        S::field("escalationStatus", &BoardStatusData::escalationStatus),
    };
    return schema;
}

} // namespace

BoardStatus BoardStatus::fromJson(const QByteArray &raw, QString *error)
{
    return BoardStatus(parse<BoardStatusData>(raw, schema(), error));
}

BoardStatus BoardStatus::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &BoardStatus::name() const
{
    return dataAs<BoardStatusData>().name;
}

const Reference &BoardStatus::board() const
{
    return dataAs<BoardStatusData>().board;
}

int BoardStatus::sortOrder() const
{
    return dataAs<BoardStatusData>().sortOrder;
}

bool BoardStatus::displayOnBoard() const
{
    return dataAs<BoardStatusData>().displayOnBoard;
}

bool BoardStatus::inactive() const
{
    return dataAs<BoardStatusData>().inactive;
}

bool BoardStatus::closedStatus() const
{
    return dataAs<BoardStatusData>().closedStatus;
}

bool BoardStatus::timeEntryNotAllowed() const
{
    return dataAs<BoardStatusData>().timeEntryNotAllowed;
}

bool BoardStatus::defaultFlag() const
{
    return dataAs<BoardStatusData>().defaultFlag;
}

const QString &BoardStatus::escalationStatus() const
{
    return dataAs<BoardStatusData>().escalationStatus;
}

} // namespace cw
