// A ticket type of a board (/service/boards/{id}/types; schema `BoardType`), the first
// level of the type / subtype / item classification.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class BoardType : public Record
{
public:
    BoardType() = default;

    // A null BoardType (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static BoardType fromJson(const QByteArray &raw, QString *error = nullptr);
    static BoardType fromJson(const QJsonObject &object);

    const QString &name() const;
    const Reference &board() const;
    // Reactive or Proactive
    const QString &category() const;
    bool defaultFlag() const;
    bool inactiveFlag() const;
    bool requestForChangeFlag() const;

private:
    using Record::Record;
};

} // namespace cw
