// Which JSON keys of one record type land in which typed member of its data struct: the table
// that JsonRecords walks in a single pass over a record, one table per type.
#pragma once

#include "recorddata.h"
#include "reference.h"

#include <QList>
#include <QString>

#include <initializer_list>
#include <string_view>
#include <vector>

namespace cw {

class RecordSchema
{
public:
    enum class Kind : quint8 {
        String,
        Integer, // a number with an integral value that fits an int
        Number,  // any number, as double
        Boolean,
        DateTime,     // ISO-8601 string kept as ms since the epoch (UTC), 0 when unreadable
        Reference,    // {id, identifier, name}, other members ignored
        IntegerList,  // [1, 2, 3]
        DefaultEmail, // communicationItems: the default "Email" item's value (else the first)
    };

    // Member pointers of the derived data structs, widened to RecordData (a static_cast the
    // language allows; they are applied only to data of the type they came from).
    union Target {
        QString RecordData::*string;
        int RecordData::*integer;
        double RecordData::*number;
        bool RecordData::*boolean;
        qint64 RecordData::*dateTime;
        cw::Reference RecordData::*reference;
        QList<int> RecordData::*integers;
    };

    struct Field
    {
        std::string_view key;
        Kind kind;
        Target target;
    };

    RecordSchema(std::initializer_list<Field> fields);

    // The field for a JSON key (exact, case-sensitive, as the server spells it), or nullptr.
    const Field *find(std::string_view key) const;

    template<class D> static Field field(std::string_view key, QString D::*member)
    {
        return {key, Kind::String, {.string = static_cast<QString RecordData::*>(member)}};
    }
    template<class D> static Field field(std::string_view key, int D::*member)
    {
        return {key, Kind::Integer, {.integer = static_cast<int RecordData::*>(member)}};
    }
    template<class D> static Field field(std::string_view key, double D::*member)
    {
        return {key, Kind::Number, {.number = static_cast<double RecordData::*>(member)}};
    }
    template<class D> static Field field(std::string_view key, bool D::*member)
    {
        return {key, Kind::Boolean, {.boolean = static_cast<bool RecordData::*>(member)}};
    }
    template<class D> static Field field(std::string_view key, cw::Reference D::*member)
    {
        return {
            key, Kind::Reference, {.reference = static_cast<cw::Reference RecordData::*>(member)}};
    }
    template<class D> static Field field(std::string_view key, QList<int> D::*member)
    {
        return {
            key, Kind::IntegerList, {.integers = static_cast<QList<int> RecordData::*>(member)}};
    }
    template<class D> static Field dateField(std::string_view key, qint64 D::*member)
    {
        return {key, Kind::DateTime, {.dateTime = static_cast<qint64 RecordData::*>(member)}};
    }
    template<class D> static Field defaultEmailField(std::string_view key, QString D::*member)
    {
        return {key, Kind::DefaultEmail, {.string = static_cast<QString RecordData::*>(member)}};
    }

private:
    static quint32 hash(std::string_view key);

    std::vector<Field> m_fields;
    // Open addressing over m_fields (index + 1, 0 = empty): a lookup per key of every record
    // is on the listing's hot path, so no std::map and no allocation.
    std::vector<quint16> m_slots;
    quint32 m_mask = 0;
};

} // namespace cw
