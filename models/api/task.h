// A task (checklist item) of a service ticket (/service/tickets/{id}/tasks; schema
// `ServiceTask`).
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class Task : public Record
{
public:
    Task() = default;

    // A null Task (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Task fromJson(const QByteArray &raw, QString *error = nullptr);
    static Task fromJson(const QJsonObject &object);

    int ticketId() const;
    const QString &summary() const;
    const QString &notes() const;
    bool closedFlag() const;
    // the task's order in the list, not a ticket priority
    int priority() const;
    const QString &resolution() const;
    const Reference &member() const;

private:
    using Record::Record;
};

} // namespace cw
