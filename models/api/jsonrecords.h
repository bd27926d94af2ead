// The fast JSON reader of the client (simdjson): splits a listing page into each record's own
// bytes and reads a record's typed fields in one pass. QJsonDocument is ~50x slower for pages.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cw {

struct RecordData;
class RecordSchema;

class JsonRecords
{
    Q_DECLARE_TR_FUNCTIONS(cw::JsonRecords)
public:
    // Checks that `body` is a JSON array of objects and gives each element's bytes exactly as
    // they appear in `body` (no surrounding whitespace). On failure returns false, leaves
    // *records empty and sets *error to a readable message (with the byte offset when known).
    // The array's structure is checked here; a record's inner syntax when it is read.
    static bool splitArray(const QByteArray &body, QList<QByteArray> *records,
                           QString *error = nullptr);

    // splitArray() then T::fromJson() of each element (T: Ticket, Note, Board …). An empty list
    // and *error set when the page or any record in it cannot be read.
    template<class T> static QList<T> parseArray(const QByteArray &body, QString *error = nullptr)
    {
        QList<QByteArray> raws;
        if (!splitArray(body, &raws, error))
            return {};
        QList<T> records;
        records.reserve(raws.size());
        QString recordError;
        for (qsizetype i = 0; i < raws.size(); ++i) {
            records.append(T::fromJson(raws.at(i), &recordError));
            if (records.constLast().isNull()) {
                if (error)
                    *error = tr("Record %L1 of the page: %2").arg(i + 1).arg(recordError);
                return {};
            }
        }
        return records;
    }

    // For the record types' fromJson(): reads the object in `raw` into *data per `schema`
    // (plus id and _info.lastUpdated/dateEntered), keeping `raw` as the record's bytes.
    // Missing, null and wrongly typed fields keep their defaults. Returns false with *error
    // set when `raw` is not a JSON object or a modelled value is malformed; the values of
    // members the type does not model are skipped by structure, not validated.
    static bool readRecord(const QByteArray &raw, const RecordSchema &schema, RecordData *data,
                           QString *error = nullptr);
};

} // namespace cw
