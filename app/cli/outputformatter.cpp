#include "outputformatter.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cwchar>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// One line per table cell: line breaks and tabs would break the alignment.
QString singleLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return line;
}

int codePointWidth(char32_t c)
{
    if (c < 0x20 || c == 0x7f)
        return 0;
    if (c < 0x7f)
        return 1;
    const int w = ::wcwidth(wchar_t(c));
    return w < 0 ? 1 : w; // unknown in the C locale: assume one cell
}

QString truncated(const QString &text, int width)
{
    if (OutputFormatter::displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return {};
    QString out;
    int used = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const int w = codePointWidth(char32_t(c));
        if (used + w > width - 1)
            break;
        const char32_t one[] = {char32_t(c)};
        out += QString::fromUcs4(one, 1);
        used += w;
    }
    return out + u'…';
}

QString rightTrimmed(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

QString padded(const QString &text, int width)
{
    const int w = OutputFormatter::displayWidth(text);
    return w >= width ? text : text + QString(width - w, u' ');
}

} // namespace

OutputFormatter::OutputFormatter(QIODevice *device)
    : m_device(device)
{
}

bool OutputFormatter::parseFormat(const QString &text, Format *format)
{
    const QString name = text.trimmed().toLower();
    if (name == u"table"_s)
        *format = Format::Table;
    else if (name == u"json"_s)
        *format = Format::Json;
    else if (name == u"csv"_s)
        *format = Format::Csv;
    else
        return false;
    return true;
}

void OutputFormatter::write(const QByteArray &bytes)
{
    if (m_failed || bytes.isEmpty())
        return;
    if (m_device->write(bytes) != bytes.size())
        m_failed = true;
}

void OutputFormatter::writeLine(const QString &line)
{
    write(line.toUtf8() + '\n');
}

bool OutputFormatter::flush()
{
    if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
        if (!m_failed && !file->flush())
            m_failed = true;
    }
    return !m_failed;
}

void OutputFormatter::beginList(const QList<Column> &columns)
{
    m_columns = columns;
    m_rows.clear();
    m_listed = 0;
    switch (m_format) {
    case Format::Json:
        write("[");
        break;
    case Format::Csv: {
        QStringList header;
        for (const Column &column : columns)
            header.append(csvField(column.csvHeader));
        writeLine(header.join(u','));
        break;
    }
    case Format::Table:
        break;
    }
}

void OutputFormatter::addRecords(const QList<QByteArray> &records)
{
    if (records.isEmpty())
        return;
    switch (m_format) {
    case Format::Json: {
        // The server's bytes, untouched: no parse, no re-serialisation, one write per page.
        qsizetype size = 0;
        for (const QByteArray &raw : records)
            size += raw.size() + 2;
        QByteArray chunk;
        chunk.reserve(size);
        for (const QByteArray &raw : records) {
            chunk.append(m_listed == 0 ? "\n" : ",\n");
            chunk.append(raw);
            ++m_listed;
        }
        write(chunk);
        break;
    }
    case Format::Csv: {
        QString chunk;
        for (const QByteArray &raw : records) {
            const QStringList cells = cellsOf(raw);
            QStringList fields;
            fields.reserve(cells.size());
            for (const QString &cell : cells)
                fields.append(csvField(cell));
            chunk += fields.join(u',') + u'\n';
            ++m_listed;
        }
        write(chunk.toUtf8());
        break;
    }
    case Format::Table:
        for (const QByteArray &raw : records) {
            QStringList cells = cellsOf(raw);
            for (QString &cell : cells)
                cell = singleLine(cell);
            m_rows.append(cells);
            ++m_listed;
        }
        break;
    }
}

void OutputFormatter::endList()
{
    switch (m_format) {
    case Format::Json:
        write(m_listed == 0 ? "]\n" : "\n]\n");
        break;
    case Format::Csv:
        break;
    case Format::Table:
        for (const QString &line : tableLines(m_columns, m_rows, m_width))
            writeLine(line);
        m_rows.clear();
        break;
    }
    flush();
}

QStringList OutputFormatter::cellsOf(const QByteArray &raw) const
{
    const QJsonObject record = QJsonDocument::fromJson(raw).object();
    QStringList cells;
    cells.reserve(m_columns.size());
    for (const Column &column : m_columns)
        cells.append(cellText(valueAt(record, column.path)));
    return cells;
}

void OutputFormatter::writeRecord(const QByteArray &raw, const QList<Column> &columns)
{
    switch (m_format) {
    case Format::Json:
        writeRaw(raw);
        break;
    case Format::Csv:
        beginList(columns);
        addRecords({raw});
        endList();
        break;
    case Format::Table: {
        const QJsonObject record = QJsonDocument::fromJson(raw).object();
        int labelWidth = 0;
        for (const Column &column : columns)
            labelWidth = std::max(labelWidth, displayWidth(column.header));
        for (const Column &column : columns) {
            const QString value = cellText(valueAt(record, column.path));
            // Long texts (a note, an article) keep their lines, indented under the value column.
            const QStringList lines = value.split(u'\n');
            QString first = padded(column.header, labelWidth) + u"  "_s + lines.first();
            writeLine(rightTrimmed(first));
            const QString indent(labelWidth + 2, u' ');
            for (qsizetype i = 1; i < lines.size(); ++i)
                writeLine(rightTrimmed(indent + lines.at(i)));
        }
        flush();
        break;
    }
    }
}

void OutputFormatter::writeRaw(const QByteArray &bytes)
{
    write(bytes.endsWith('\n') ? bytes : bytes + '\n');
    flush();
}

QJsonValue OutputFormatter::valueAt(const QJsonObject &record, const QString &path)
{
    QJsonValue current = record;
    for (const QStringView segment : QStringView(path).split(u'/')) {
        if (current.isObject()) {
            current = current.toObject().value(segment);
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            bool isIndex = false;
            const int index = segment.toInt(&isIndex);
            if (isIndex) {
                current = index >= 0 && index < array.size() ? array.at(index)
                                                             : QJsonValue(QJsonValue::Undefined);
                continue;
            }
            QJsonValue found(QJsonValue::Undefined);
            for (const QJsonValue &item : array) {
                const QJsonObject object = item.toObject();
                if (object.value(u"caption"_s).toString().compare(segment, Qt::CaseInsensitive) ==
                    0) {
                    found = object.value(u"value"_s);
                    break;
                }
            }
            current = found;
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString OutputFormatter::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)) && std::abs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

QString OutputFormatter::csvField(const QString &text)
{
    bool quote = false;
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QStringList OutputFormatter::tableLines(const QList<Column> &columns,
                                        const QList<QStringList> &rows, int width)
{
    const qsizetype n = columns.size();
    if (n == 0)
        return {};
    QList<int> widths(n, 0);
    QList<int> minimums(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        widths[i] = displayWidth(columns.at(i).header);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < n && i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    // How far a column may shrink: ids never (a cut id is useless), wide texts to 12, the rest to
    // their header or 10. Beyond that the table is wider than the terminal rather than unreadable.
    for (qsizetype i = 0; i < n; ++i) {
        const Column &column = columns.at(i);
        const int header = displayWidth(column.header);
        minimums[i] = column.path == u"id"_s ? widths[i]
                      : column.wide          ? std::min(widths[i], 12)
                                             : std::min(widths[i], std::max(header, 10));
    }
    constexpr int Gap = 2;
    if (width > 0) {
        int total = int(Gap * (n - 1));
        for (const int w : std::as_const(widths))
            total += w;
        // The widest column gives up a cell, again and again; a wide column (summary, text)
        // counts half its width, so it keeps more room than the others but not all of it.
        while (total > width) {
            qsizetype widest = -1;
            for (qsizetype i = 0; i < n; ++i) {
                if (widths[i] <= minimums[i])
                    continue;
                auto weight = [&](qsizetype k) {
                    return columns.at(k).wide ? widths[k] / 2.0 : widths[k];
                };
                if (widest < 0 || weight(i) > weight(widest))
                    widest = i;
            }
            if (widest < 0)
                break;
            --widths[widest];
            --total;
        }
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < n; ++i) {
            const QString cell = truncated(i < cells.size() ? cells.at(i) : QString(), widths[i]);
            text += i + 1 < n ? padded(cell, widths[i]) + QString(Gap, u' ') : cell;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    QStringList header;
    for (const Column &column : columns)
        header.append(column.header);
    QStringList lines{line(header)};
    lines.reserve(rows.size() + 1);
    for (const QStringList &row : rows)
        lines.append(line(row));
    return lines;
}

QList<OutputFormatter::Column> OutputFormatter::columnsForFields(const QStringList &fields)
{
    QList<Column> columns;
    for (const QString &field : fields) {
        QString path = field.trimmed();
        path.replace(u'.', u'/');
        if (!path.isEmpty())
            columns.append({path, path, false});
    }
    return columns;
}

QStringList OutputFormatter::fieldsOf(const QList<Column> &columns)
{
    QStringList fields;
    for (const Column &column : columns) {
        // The server selects whole top-level objects in arrays (customFields) only by their name.
        const QString field =
            column.path.startsWith(u"customFields/"_s) ? u"customFields"_s : column.path;
        if (!fields.contains(field))
            fields.append(field);
    }
    return fields;
}

int OutputFormatter::displayWidth(const QString &text)
{
    int width = 0;
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x7f || c.unicode() < 0x20) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return int(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints)
        width += codePointWidth(char32_t(c));
    return width;
}

} // namespace cw
