// Where tickets come from (/service/sources; schema `Source`): phone, e-mail, portal …
// for the editor's Source choice.
#pragma once

#include "record.h"

#include <QString>

namespace cw {

class Source : public Record
{
public:
    Source() = default;

    // A null Source (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Source fromJson(const QByteArray &raw, QString *error = nullptr);
    static Source fromJson(const QJsonObject &object);

    const QString &name() const;
    bool defaultFlag() const;

private:
    using Record::Record;
};

} // namespace cw
