// The fields each collection of the Service API has (generated from the OpenAPI extract), so a
// conditions expression can be checked for unknown fields and mistyped literals before sending.
#pragma once

#include "query/conditions.h"

#include <QString>

#include <vector>

namespace cw {

class FieldCatalog
{
public:
    enum class FieldType { Number, String, DateTime, Boolean, Array, Object, Any };
    struct Field
    {
        const char *path; // e.g. "board/name"
        FieldType type;
    };
    struct Collection
    {
        const char *pattern; // lower case, "{}" for an id: "/service/tickets/{}/notes"
        const char *schema;  // e.g. "ServiceNote"
        std::vector<Field> fields;
    };

    // The generated tables (fieldcatalog_data.cpp).
    static const std::vector<Collection> &collections();
    // The table for a collection path such as "/service/tickets/12/notes", or nullptr when the
    // catalog does not know the collection (then nothing is checked beyond syntax).
    static const Collection *find(const QString &collectionPath);
    // A resolver for Conditions::validate(); an empty function for unknown collections. Besides
    // the generated fields it knows the condition-only names every collection accepts
    // (lastUpdated, dateEntered, enteredBy, updatedBy, with or without "_info/").
    static query::Conditions::FieldTypeResolver resolverFor(const QString &collectionPath);
};

} // namespace cw
