// The writable shape of each sandbox record kind, generated from the OpenAPI extract
// (tools/gen-sandbox-schema.py): property names, JSON types, maximum lengths, enums, required
// flags.
#pragma once

#include "store.h"

#include <vector>

namespace cw::sandbox {

enum class PropertyType { Integer, Number, String, DateTime, Boolean, Array, Object };

struct SchemaProperty
{
    const char *name;
    PropertyType type;
    int maxLength;          // 0: unlimited
    const char *enumValues; // "A|B|C" or ""
    bool required;
    bool nullable;
    const char *refSchema; // e.g. "BoardReference" for references, else ""
};

struct SchemaTable
{
    Kind kind;
    const char *schemaName;
    std::vector<SchemaProperty> properties;
};

const std::vector<SchemaTable> &schemaTables();

} // namespace cw::sandbox
