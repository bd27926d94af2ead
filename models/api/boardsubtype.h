// A ticket subtype of a board (/service/boards/{id}/subtypes; schema `BoardSubType`) and
// the types it may be combined with.
#pragma once

#include "record.h"
#include "reference.h"

#include <QList>
#include <QString>

namespace cw {

class BoardSubType : public Record
{
public:
    BoardSubType() = default;

    // A null BoardSubType (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static BoardSubType fromJson(const QByteArray &raw, QString *error = nullptr);
    static BoardSubType fromJson(const QJsonObject &object);

    const QString &name() const;
    const Reference &board() const;
    bool inactiveFlag() const;
    // ids of the board types this subtype goes with
    const QList<int> &typeAssociationIds() const;

private:
    using Record::Record;
};

} // namespace cw
