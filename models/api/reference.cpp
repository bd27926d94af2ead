#include "reference.h"

using namespace Qt::StringLiterals;

namespace cw {

QJsonObject Reference::toJson() const
{
    if (id > 0)
        return {{u"id"_s, id}};
    if (!identifier.isEmpty())
        return {{u"identifier"_s, identifier}};
    if (!name.isEmpty())
        return {{u"name"_s, name}};
    return {};
}

Reference Reference::fromJson(const QJsonObject &object)
{
    Reference reference;
    // toInt() gives 0 for a missing, null or non-numeric id, which is what "no id" means here.
    reference.id = object.value(u"id"_s).toInt();
    reference.identifier = object.value(u"identifier"_s).toString();
    reference.name = object.value(u"name"_s).toString();
    reference.sort = object.value(u"sort"_s).toInt();
    return reference;
}

} // namespace cw
