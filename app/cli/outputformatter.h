// Writes records to standard output as an aligned table, CSV or ConnectWise's own JSON. JSON is
// the server's bytes joined into one array page by page, so a listing of any size streams.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;
class QJsonObject;

namespace cw {

class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(cw::OutputFormatter)

public:
    enum class Format { Table, Json, Csv };

    struct Column
    {
        // A header known at run time (a custom field's caption): the same in tables and CSV.
        Column(const QString &header, const QString &path, bool wide = false)
            : header(header), csvHeader(header), path(path), wide(wide)
        {
        }
        // A fixed header, marked with QT_TRANSLATE_NOOP("cw::Column", …): translated in tables,
        // English in CSV (a machine format: scripts find their columns in any language).
        Column(const char *english, const QString &path, bool wide = false)
            : header(QCoreApplication::translate("cw::Column", english))
            , csvHeader(QString::fromUtf8(english))
            , path(path)
            , wide(wide)
        {
        }
        QString header;
        QString csvHeader;
        QString path;      // as ConnectWise's `fields` spells it: "status/name"
        bool wide = false; // gives up width first when the table is wider than the terminal
    };

    explicit OutputFormatter(QIODevice *device);

    Format format() const { return m_format; }
    void setFormat(Format format) { m_format = format; }
    // "table", "json" or "csv"; false for anything else.
    static bool parseFormat(const QString &text, Format *format);
    // Columns of the terminal the table is shown in; 0 (not a terminal) never truncates.
    int width() const { return m_width; }
    void setWidth(int columns) { m_width = columns; }

    // A listing: beginList(), addRecords() per page as it arrives, endList(). JSON and CSV go out
    // page by page; a table waits for the last page to align its columns.
    void beginList(const QList<Column> &columns);
    void addRecords(const QList<QByteArray> &records);
    void endList();
    qint64 listedCount() const { return m_listed; }

    // One record: a table shows one "Label  value" line per column (values whole, never cut),
    // JSON the server's bytes, CSV a header and one row.
    void writeRecord(const QByteArray &raw, const QList<Column> &columns);
    // Bytes as they are (a JSON document the caller built), with a final line break.
    void writeRaw(const QByteArray &bytes);

    // False once a write failed, e.g. the reader of a pipe went away: callers stop then.
    bool isWritable() const { return !m_failed; }
    bool flush();

    // The value at a '/'-separated path; in an array of custom fields a segment names the
    // field's caption ("customFields/Region"). Undefined when absent.
    static QJsonValue valueAt(const QJsonObject &record, const QString &path);
    // A cell: strings as they are, whole numbers without a decimal point, objects and arrays as
    // compact JSON, null and absent as empty.
    static QString cellText(const QJsonValue &value);
    // RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    static QString csvField(const QString &text);
    // Aligned lines (header first); wide columns, then the others, are cut with "…" to fit
    // `width` (0: no limit).
    static QStringList tableLines(const QList<Column> &columns, const QList<QStringList> &rows,
                                  int width);
    // Columns named after the fields the user asked for ("status.name" becomes status/name).
    static QList<Column> columnsForFields(const QStringList &fields);
    static QStringList fieldsOf(const QList<Column> &columns);
    // Terminal cells taken by `text` (wide characters count two, combining marks none).
    static int displayWidth(const QString &text);

private:
    QStringList cellsOf(const QByteArray &raw) const;
    void write(const QByteArray &bytes);
    void writeLine(const QString &line);

    QIODevice *m_device;
    Format m_format = Format::Table;
    int m_width = 0;
    QList<Column> m_columns;
    QList<QStringList> m_rows;
    qint64 m_listed = 0;
    bool m_failed = false;
};

} // namespace cw
