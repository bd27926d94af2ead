// A parsed `fields` parameter ("id,summary,status/name") that cuts records down to sparse objects.
// Nested paths give nested objects holding only the asked sub-fields; missing fields are left out.
#pragma once

#include "error.h"

#include <QStringList>

#include <memory>

class QJsonObject;

namespace cw::query {

class FieldSelectionData;

// A value type, cheap to copy; copies share the compiled selection.
class FieldSelection
{
public:
    FieldSelection();
    ~FieldSelection();
    FieldSelection(const FieldSelection &);
    FieldSelection &operator=(const FieldSelection &);

    // Blank text gives an empty selection; *error is cleared on success.
    static FieldSelection parse(const QString &text, Error *error);

    bool isEmpty() const;
    // The paths as written, duplicates dropped.
    QList<QStringList> paths() const;
    // Keys keep the record's own spelling; `id` is not added unless asked. An empty selection
    // returns the record unchanged. Arrays of objects are cut element by element.
    QJsonObject apply(const QJsonObject &record) const;

private:
    std::shared_ptr<const FieldSelectionData> d;
};

} // namespace cw::query
