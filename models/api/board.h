// A service board (/service/boards; schema `Board`): the top level of the board tree and
// the scope of statuses, types, subtypes, items and teams.
#pragma once

#include "record.h"
#include "reference.h"

#include <QString>

namespace cw {

class Board : public Record
{
public:
    Board() = default;

    // A null Board (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Board fromJson(const QByteArray &raw, QString *error = nullptr);
    static Board fromJson(const QJsonObject &object);

    const QString &name() const;
    const Reference &location() const;
    const Reference &department() const;
    bool inactiveFlag() const;
    bool projectFlag() const;

private:
    using Record::Record;
};

} // namespace cw
