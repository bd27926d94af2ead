// Where service is given (/service/locations; schema `ServiceLocation`): on site, remote,
// in house, for the editor's Location choice.
#pragma once

#include "record.h"

#include <QString>

namespace cw {

class ServiceLocation : public Record
{
public:
    ServiceLocation() = default;

    // A null ServiceLocation (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static ServiceLocation fromJson(const QByteArray &raw, QString *error = nullptr);
    static ServiceLocation fromJson(const QJsonObject &object);

    const QString &name() const;
    // OnSite, Remote or InHouse
    const QString &where() const;
    bool defaultFlag() const;

private:
    using Record::Record;
};

} // namespace cw
