#include "task.h"

#include "recordschema.h"

namespace cw {

namespace {

struct TaskData : RecordData
{
    int ticketId = 0;
    QString summary;
    QString notes;
    bool closedFlag = false;
    int priority = 0;
    QString resolution;
    Reference member;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("ticketId", &TaskData::ticketId), S::field("summary", &TaskData::summary),
        S::field("notes", &TaskData::notes),       S::field("closedFlag", &TaskData::closedFlag),
        S::field("priority", &TaskData::priority), S::field("resolution", &TaskData::resolution),
        S::field("member", &TaskData::member),
    };
    return schema;
}

} // namespace

Task Task::fromJson(const QByteArray &raw, QString *error)
{
    return Task(parse<TaskData>(raw, schema(), error));
}

Task Task::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

int Task::ticketId() const
{
    return dataAs<TaskData>().ticketId;
}

const QString &Task::summary() const
{
    return dataAs<TaskData>().summary;
}

const QString &Task::notes() const
{
    return dataAs<TaskData>().notes;
}

bool Task::closedFlag() const
{
    return dataAs<TaskData>().closedFlag;
}

int Task::priority() const
{
    return dataAs<TaskData>().priority;
}

const QString &Task::resolution() const
{
    return dataAs<TaskData>().resolution;
}

const Reference &Task::member() const
{
    return dataAs<TaskData>().member;
}

} // namespace cw
