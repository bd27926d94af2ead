// Base of the typed record values (Ticket, Note, Board …): keeps the record's JSON exactly as
// the server sent it, so fields the app does not model survive a round trip through the cache.
#pragma once

#include "recorddata.h"

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QJsonObject>
#include <QString>

namespace cw {

class RecordSchema;

class Record
{
public:
    Record() = default;

    // A null record: default-constructed, or what fromJson() returns for input that is not a
    // well-formed JSON object. (A record without an "id", e.g. a sparse `fields=` answer, is
    // not null.)
    bool isNull() const { return !d; }
    int id() const { return d ? d->id : 0; }
    // The record's bytes exactly as the server sent them (empty for a null record).
    const QByteArray &rawJson() const;
    // rawJson() parsed with QJsonDocument: fine for one record (an editor, a PATCH), too slow
    // for a listing.
    QJsonObject json() const;
    // _info.lastUpdated / _info.dateEntered in ms since the epoch (UTC); 0 when absent.
    qint64 lastUpdatedMs() const { return d ? d->lastUpdatedMs : 0; }
    qint64 dateEnteredMs() const { return d ? d->dateEnteredMs : 0; }

protected:
    explicit Record(RecordData *data)
        : d(data)
    {
    }

    // The typed data of a subclass; a shared default instance for a null record, so accessors
    // can return references without checking.
    template<class Data> const Data &dataAs() const
    {
        static const Data empty;
        return d ? static_cast<const Data &>(*d) : empty;
    }

    // The one extraction path of every type: reads `raw` into a new Data per `schema`;
    // nullptr (and *error set) when `raw` is not a JSON object.
    template<class Data>
    static Data *parse(const QByteArray &raw, const RecordSchema &schema, QString *error)
    {
        auto *data = new Data;
        if (!parseInto(raw, schema, data, error)) {
            delete data;
            return nullptr;
        }
        return data;
    }
    // For fromJson(const QJsonObject &): the compact serialisation that then takes the path above.
    static QByteArray compact(const QJsonObject &object);
    // "First Last", or whichever of the two is set (members, contacts).
    static QString joinName(const QString &first, const QString &last);

private:
    static bool parseInto(const QByteArray &raw, const RecordSchema &schema, RecordData *data,
                          QString *error);

    QExplicitlySharedDataPointer<const RecordData> d;
};

} // namespace cw
