// A service level agreement (/service/SLAs; schema `SLA`): the respond / plan / resolve hours
// that ticket SLA figures are measured against.
#pragma once

#include "record.h"

#include <QString>

namespace cw {

class Sla : public Record
{
public:
    Sla() = default;

    // A null Sla (and *error set) when `raw` is not a well-formed JSON object;
    // missing, null or wrongly typed fields read as 0, false or empty.
    static Sla fromJson(const QByteArray &raw, QString *error = nullptr);
    static Sla fromJson(const QJsonObject &object);

    const QString &name() const;
    // AllHours, Customer, MyCalendar or Custom
    const QString &basedOn() const;
    bool defaultFlag() const;
    int applicationOrder() const;
    double respondHours() const;
    // hours to a resolution plan
    double planWithin() const;
    double resolutionHours() const;

private:
    using Record::Record;
};

} // namespace cw
