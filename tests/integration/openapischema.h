// Validates JSON values against the schemas of the ConnectWise OpenAPI subset
// (components/schemas), strictly: undeclared properties, wrong JSON types, nulls where the
// schema is not nullable, unknown enum values, over-long strings and missing required properties.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace cw::test {

struct SchemaOptions
{
    bool checkRequired = true;  // `required` lists (off for sparse `fields=` responses)
    bool checkMaxLength = true; // `maxLength` of strings
    bool checkFormats = true;   // `format: date-time` must parse as ISO-8601
};

class OpenApiSchema
{
public:
    using Options = SchemaOptions;

    // Loads components/schemas of an OpenAPI 3 document.
    bool load(const QString &path, QString *error);
    bool hasSchema(const QString &name) const { return m_schemas.contains(name); }
    QStringList schemaNames() const { return m_schemas.keys(); }
    QJsonObject schema(const QString &name) const { return m_schemas.value(name); }

    // Problems found ("$.board._info.x: …"), empty when `value` conforms to schema `name`.
    QStringList validate(const QJsonValue &value, const QString &name) const;
    QStringList validate(const QJsonValue &value, const QString &name,
                         const Options &options) const;
    // Every element of `array` (which must be a JSON array) against schema `name`.
    QStringList validateArray(const QJsonValue &array, const QString &name,
                              const Options &options = Options()) const;

    // The default subset file under CW_REFERENCE_DIR, loaded once.
    static const OpenApiSchema &reference();

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
               const Options &options, QStringList *problems, int depth) const;
    QJsonObject resolve(const QJsonObject &schema, QString *error) const;

    QHash<QString, QJsonObject> m_schemas;
};

// Joins at most `max` problems for a failure message.
QString summarizeProblems(const QStringList &problems, int max = 15);

} // namespace cw::test
