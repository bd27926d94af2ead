#include "lookup.h"

#include "fieldpath.h"

#include <QJsonValue>

namespace cw::query {

QJsonValue lookup(const QJsonObject &record, const QStringList &path)
{
    if (path.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return FieldPath(path).resolve(record);
}

} // namespace cw::query
