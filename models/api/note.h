// A note on a service ticket (/service/tickets/{id}/notes; schema `ServiceNote`): its text,
// the flags that file it under description, internal analysis or resolution, and its author.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class Note : public Record
{
public:
    Note() = default;

    // A null Note (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Note fromJson(const QByteArray &raw, QString *error = nullptr);
    static Note fromJson(const QJsonObject &object);

    int ticketId() const;
    const QString &text() const;
    bool detailDescriptionFlag() const;
    bool internalAnalysisFlag() const;
    bool resolutionFlag() const;
    bool issueFlag() const;
    const Reference &member() const;
    const Reference &contact() const;
    bool customerUpdatedFlag() const;
    const QString &createdBy() const;
    // dateCreated: ms since the epoch (UTC), 0 when absent
    qint64 dateCreatedMs() const;
    bool internalFlag() const;
    bool externalFlag() const;

private:
    using Record::Record;
};

} // namespace cw
