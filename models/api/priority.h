// A ticket priority (/service/priorities; schema `Priority`): its name, colour and place in
// the sort order.
#pragma once

#include "record.h"

#include <QString>

namespace cw {

class Priority : public Record
{
public:
    Priority() = default;

    // A null Priority (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Priority fromJson(const QByteArray &raw, QString *error = nullptr);
    static Priority fromJson(const QJsonObject &object);

    const QString &name() const;
    // Red, Orange … or Custom
    const QString &color() const;
    int sortOrder() const;
    bool defaultFlag() const;
    // e.g. "Level 1"
    const QString &level() const;

private:
    using Record::Record;
};

} // namespace cw
