// Internal to the cache: for each RecordKind, its table, the columns the cache fills from the
// typed record (in bind order) and the statement texts built from them.
#pragma once

#include "recordkind.h"
#include "statement.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cw {

class RecordTable
{
public:
    struct Column
    {
        QString name;
        // The VALUES expression around its placeholder (`%1`), e.g. a lookup.
        QString value = QStringLiteral("%1");
    };
    // Reads one raw record, binds its column values in `columns` order (all but fetched_at_ms
    // and json, which the cache adds) and returns the record's id; 0 and *error when the record
    // cannot be read or has no id. `parentId` is the ticket or board the batch was fetched for
    // (0: take it from the record).
    using Bind = int (*)(const QByteArray &raw, int parentId, Statement::Run &run, QString *error);

    RecordKind kind;
    QString table;
    // The record's id column ("id", or "configuration_id" for ticket configuration links).
    QString idColumn;
    // ticket_id or board_id for child records, empty for the others.
    QString parentColumn;
    QString defaultOrder;
    QList<Column> columns; // the first is the id; fetched_at_ms and json follow implicitly
    Bind bind = nullptr;

    static const RecordTable &of(RecordKind kind);

    // INSERT … ON CONFLICT DO UPDATE, which leaves a row whose JSON is unchanged untouched (no
    // rewrite, no trigger, no change reported): a full refresh costs little where little changed.
    // Placeholders are named (Statement::Binding::Named), in column order.
    QString upsertSql() const;
    // The conflict target: the id, with the parent for links keyed by both.
    QString keySql() const;
};

} // namespace cw
