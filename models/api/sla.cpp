#include "sla.h"

#include "recordschema.h"

namespace cw {

namespace {

struct SlaData : RecordData
{
    QString name;
    QString basedOn;
    bool defaultFlag = false;
    int applicationOrder = 0;
    double respondHours = 0;
    double planWithin = 0;
    double resolutionHours = 0;
};

const RecordSchema &schema()
{
    using S = RecordSchema;
    static const RecordSchema schema{
        S::field("name", &SlaData::name),
        S::field("basedOn", &SlaData::basedOn),
        S::field("defaultFlag", &SlaData::defaultFlag),
        S::field("applicationOrder", &SlaData::applicationOrder),
        S::field("respondHours", &SlaData::respondHours),
        S::field("planWithin", &SlaData::planWithin),
        S::field("resolutionHours", &SlaData::resolutionHours),
    };
    return schema;
}

} // namespace

Sla Sla::fromJson(const QByteArray &raw, QString *error)
{
    return Sla(parse<SlaData>(raw, schema(), error));
}

Sla Sla::fromJson(const QJsonObject &object)
{
    return fromJson(compact(object));
}

const QString &Sla::name() const
{
    return dataAs<SlaData>().name;
}

const QString &Sla::basedOn() const
{
    return dataAs<SlaData>().basedOn;
}

bool Sla::defaultFlag() const
{
    return dataAs<SlaData>().defaultFlag;
}

int Sla::applicationOrder() const
{
    return dataAs<SlaData>().applicationOrder;
}

double Sla::respondHours() const
{
    return dataAs<SlaData>().respondHours;
}

double Sla::planWithin() const
{
    return dataAs<SlaData>().planWithin;
}

double Sla::resolutionHours() const
{
    return dataAs<SlaData>().resolutionHours;
}

} // namespace cw
