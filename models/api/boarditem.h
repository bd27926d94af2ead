// A ticket item of a board (/service/boards/{id}/items; schema `BoardItem`), the third
// level of the type / subtype / item classification.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class BoardItem : public Record
{
public:
    BoardItem() = default;

    // A null BoardItem (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static BoardItem fromJson(const QByteArray &raw, QString *error = nullptr);
    static BoardItem fromJson(const QJsonObject &object);

    const QString &name() const;
    const Reference &board() const;
    bool inactiveFlag() const;

private:
    using Record::Record;
};

} // namespace cw
