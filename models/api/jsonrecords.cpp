// The one file of the project that includes <simdjson.h> (a 1.5 MB header): everything that
// needs the fast parser goes through JsonRecords.
#include "jsonrecords.h"

#include "query/isodatetime.h"
#include "recorddata.h"
#include "recordschema.h"

#include <simdjson.h>

#include <QStringView>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>

namespace cw {

namespace od = simdjson::ondemand;
using simdjson::error_code;
using simdjson::SUCCESS;

namespace {

// One parser (and padded buffer) per thread: simdjson's parser keeps its index buffers (sized for
// the largest page seen) between documents, which is much of its speed, and it must not be
// shared between threads.
struct ThreadState
{
    od::parser parser;
    std::unique_ptr<char[]> buffer;
    size_t bufferSize = 0;
};

ThreadState &threadState()
{
    thread_local ThreadState state;
    return state;
}

// The input with SIMDJSON_PADDING readable bytes after it: the QByteArray itself when its spare
// capacity covers the padding (splitArray() allocates records that way), else a thread-local copy.
struct PaddedInput
{
    const char *data;
    size_t size;
    size_t allocated;
};

PaddedInput padded(const QByteArray &bytes)
{
    const size_t size = size_t(bytes.size());
    // Not capacity() - size(): capacity() also counts free space before the data (after a
    // remove() from the front, say). data_ptr() is non-const but only reads here.
    const qsizetype spare = const_cast<QByteArray &>(bytes).data_ptr().freeSpaceAtEnd();
    if (spare >= qsizetype(simdjson::SIMDJSON_PADDING))
        return {bytes.constData(), size, size + size_t(spare)};
    ThreadState &state = threadState();
    const size_t needed = size + simdjson::SIMDJSON_PADDING;
    if (state.bufferSize < needed) {
        state.bufferSize = std::max(needed, state.bufferSize * 2);
        state.buffer.reset(new char[state.bufferSize]);
    }
    if (size > 0)
        std::memcpy(state.buffer.get(), bytes.constData(), size);
    // The padding's content does not matter to simdjson; zeroing it keeps memory checkers quiet.
    std::memset(state.buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return {state.buffer.get(), size, state.bufferSize};
}

QString describe(error_code code, qint64 offset)
{
    const QString reason = QString::fromUtf8(simdjson::error_message(code));
    if (offset >= 0)
        return JsonRecords::tr("Invalid JSON at byte %L1: %2").arg(offset).arg(reason);
    return JsonRecords::tr("Invalid JSON: %1").arg(reason);
}

// Where the document's iterator stands (after an error: where it stopped), or the end.
qint64 offsetOf(od::document &doc, const PaddedInput &input)
{
    const char *location = nullptr;
    if (doc.current_location().get(location) != SUCCESS || location < input.data ||
        location > input.data + input.size)
        return qint64(input.size);
    return qint64(location - input.data);
}

// The message for an error met while iterating `doc`, with the byte offset where it stopped.
QString describe(error_code code, od::document &doc, const PaddedInput &input)
{
    // simdjson notices a missing close bracket up front, with its iterator still at the start.
    if (code == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
        return describe(code, qint64(input.size));
    return describe(code, offsetOf(doc, input));
}

QString typeName(od::json_type type)
{
    switch (type) {
    case od::json_type::array:
        return JsonRecords::tr("an array");
    case od::json_type::object:
        return JsonRecords::tr("an object");
    case od::json_type::number:
        return JsonRecords::tr("a number");
    case od::json_type::string:
        return JsonRecords::tr("a string");
    case od::json_type::boolean:
        return JsonRecords::tr("a boolean");
    case od::json_type::null:
        return JsonRecords::tr("null");
    }
    return {};
}

// The array or object at the root was the whole document (no trailing data).
// Starts reading `input` with this thread's parser and checks that the document is of
// `expected` type (an array of records, or one record); a readable problem, or empty.
QString openDocument(const PaddedInput &input, od::json_type expected, od::document *doc)
{
    if (const error_code e =
            threadState().parser.iterate(input.data, input.size, input.allocated).get(*doc))
        return describe(e, -1);
    od::json_type type;
    if (const error_code e = doc->type().get(type))
        return describe(e, *doc, input);
    if (type == expected)
        return {};
    return expected == od::json_type::array
               ? JsonRecords::tr("Expected a JSON array of records, got %1.").arg(typeName(type))
               : JsonRecords::tr("Expected a JSON object (a record), got %1.").arg(typeName(type));
}

bool atEnd(od::document &doc)
{
    const char *location = nullptr;
    return doc.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Field readers. Each returns SUCCESS unless the JSON itself is broken; a value of another type
// than expected (or null) leaves the target at its default, as a missing field would.

// A field of another type than the reader expects reads as its default: *matches is false and
// the result SUCCESS. Only a broken document is an error.
error_code hasType(od::value &value, od::json_type expected, bool *matches)
{
    od::json_type type;
    if (const error_code e = value.type().get(type))
        return e;
    *matches = type == expected;
    return SUCCESS;
}

error_code readString(od::value &value, QString *out)
{
    bool ok = false;
    if (const error_code e = hasType(value, od::json_type::string, &ok); e || !ok)
        return e;
    std::string_view text;
    if (const error_code e = value.get_string().get(text))
        return e;
    *out = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return SUCCESS;
}

error_code readInteger(od::value &value, int *out)
{
    bool ok = false;
    if (const error_code e = hasType(value, od::json_type::number, &ok); e || !ok)
        return e;
    int64_t integer = 0;
    if (value.get_int64().get(integer) == SUCCESS) {
        if (integer >= std::numeric_limits<int>::min() &&
            integer <= std::numeric_limits<int>::max())
            *out = int(integer);
        return SUCCESS;
    }
    // 4.0 or 4e0 is still the integer 4; 4.5, huge or malformed numbers keep the default.
    // The range is checked before the conversion: converting 1e99 to an integer is undefined.
    double real = 0;
    if (value.get_double().get(real) == SUCCESS && real >= std::numeric_limits<int>::min() &&
        real <= std::numeric_limits<int>::max() && real == double(int(real)))
        *out = int(real);
    return SUCCESS;
}

error_code readNumber(od::value &value, double *out)
{
    bool ok = false;
    if (const error_code e = hasType(value, od::json_type::number, &ok); e || !ok)
        return e;
    double real = 0;
    if (value.get_double().get(real) == SUCCESS)
        *out = real;
    return SUCCESS;
}

error_code readBoolean(od::value &value, bool *out)
{
    bool ok = false;
    if (const error_code e = hasType(value, od::json_type::boolean, &ok); e || !ok)
        return e;
    bool flag = false;
    if (const error_code e = value.get_bool().get(flag))
        return e;
    *out = flag;
    return SUCCESS;
}

// ISO-8601 through the query library's parser (the same rules as conditions and the cache),
// widened to UTF-16 on the stack: no allocation per date.
error_code readDateTime(od::value &value, qint64 *out)
{
    bool ok = false;
    if (const error_code e = hasType(value, od::json_type::string, &ok); e || !ok)
        return e;
    std::string_view text;
    if (const error_code e = value.get_string().get(text))
        return e;
    char16_t wide[48];
    if (text.size() > std::size(wide))
        return SUCCESS;
    for (size_t i = 0; i < text.size(); ++i)
        wide[i] = char16_t(quint8(text[i]));
    qint64 msecs = 0;
    if (query::parseIsoDateTime(QStringView(wide, qsizetype(text.size())), &msecs))
        *out = msecs;
    return SUCCESS;
}

// Calls `read(key, value)` for each member of an object value; anything else is left alone
// (a wrongly typed field reads as its default). Stops at the first error `read` returns.
template<class Read> error_code forEachMember(od::value &value, Read read)
{
    bool ok = false;
    if (const error_code e = hasType(value, od::json_type::object, &ok); e || !ok)
        return e;
    od::object object;
    if (const error_code e = value.get_object().get(object))
        return e;
    for (auto fieldResult : object) {
        od::field field;
        if (const error_code e = std::move(fieldResult).get(field))
            return e;
        // Raw keys compare against plain literals without unescaping.
        if (const error_code e = read(field.key(), field.value()))
            return e;
    }
    return SUCCESS;
}

error_code readReference(od::value &value, Reference *out)
{
    Reference reference;
    const error_code e =
        forEachMember(value, [&reference](const od::raw_json_string &key, od::value member) {
            if (key == "id")
                return readInteger(member, &reference.id);
            if (key == "identifier")
                return readString(member, &reference.identifier);
            if (key == "name")
                return readString(member, &reference.name);
            if (key == "sort")
                return readInteger(member, &reference.sort);
            return SUCCESS;
        });
    if (e)
        return e;
    *out = std::move(reference);
    return SUCCESS;
}

error_code readIntegerList(od::value &value, QList<int> *out)
{
    bool ok = false;
    if (const error_code e = hasType(value, od::json_type::array, &ok); e || !ok)
        return e;
    od::array array;
    if (const error_code e = value.get_array().get(array))
        return e;
    QList<int> list;
    for (auto elementResult : array) {
        od::value element;
        if (const error_code e = elementResult.get(element))
            return e;
        int number = 0;
        od::json_type elementType;
        if (const error_code e = element.type().get(elementType))
            return e;
        if (elementType != od::json_type::number)
            continue;
        if (const error_code e = readInteger(element, &number))
            return e;
        list.append(number);
    }
    *out = std::move(list);
    return SUCCESS;
}

// A contact's communicationItems: [{communicationType: "Email", defaultFlag, value}, …].
error_code readDefaultEmail(od::value &value, QString *out)
{
    bool ok = false;
    if (const error_code e = hasType(value, od::json_type::array, &ok); e || !ok)
        return e;
    od::array array;
    if (const error_code e = value.get_array().get(array))
        return e;
    QString first;
    QString chosen;
    for (auto elementResult : array) {
        od::value element;
        if (const error_code e = elementResult.get(element))
            return e;
        od::json_type elementType;
        if (const error_code e = element.type().get(elementType))
            return e;
        if (elementType != od::json_type::object)
            continue;
        od::object item;
        if (const error_code e = element.get_object().get(item))
            return e;
        QString communicationType;
        QString text;
        bool isDefault = false;
        for (auto fieldResult : item) {
            od::field field;
            if (const error_code e = std::move(fieldResult).get(field))
                return e;
            const od::raw_json_string key = field.key();
            error_code e = SUCCESS;
            if (key == "communicationType")
                e = readString(field.value(), &communicationType);
            else if (key == "defaultFlag")
                e = readBoolean(field.value(), &isDefault);
            else if (key == "value")
                e = readString(field.value(), &text);
            if (e)
                return e;
        }
        if (communicationType != QLatin1String("Email") || text.isEmpty())
            continue;
        if (first.isEmpty())
            first = text;
        if (isDefault && chosen.isEmpty())
            chosen = text;
    }
    *out = chosen.isEmpty() ? first : chosen;
    return SUCCESS;
}

error_code readInfo(od::value &value, RecordData *data)
{
    return forEachMember(value, [data](const od::raw_json_string &key, od::value member) {
        if (key == "lastUpdated")
            return readDateTime(member, &data->lastUpdatedMs);
        if (key == "dateEntered")
            return readDateTime(member, &data->dateEnteredMs);
        return SUCCESS;
    });
}

error_code readField(const RecordSchema::Field &field, od::value &value, RecordData *data)
{
    using Kind = RecordSchema::Kind;
    const RecordSchema::Target &t = field.target;
    switch (field.kind) {
    case Kind::String:
        return readString(value, &(data->*t.string));
    case Kind::Integer:
        return readInteger(value, &(data->*t.integer));
    case Kind::Number:
        return readNumber(value, &(data->*t.number));
    case Kind::Boolean:
        return readBoolean(value, &(data->*t.boolean));
    case Kind::DateTime:
        return readDateTime(value, &(data->*t.dateTime));
    case Kind::Reference:
        return readReference(value, &(data->*t.reference));
    case Kind::IntegerList:
        return readIntegerList(value, &(data->*t.integers));
    case Kind::DefaultEmail:
        return readDefaultEmail(value, &(data->*t.string));
    }
    return SUCCESS;
}

} // namespace

bool JsonRecords::splitArray(const QByteArray &body, QList<QByteArray> *records, QString *error)
{
    records->clear();
    const PaddedInput input = padded(body);
    od::document doc;
    const auto fail = [&](const QString &message) {
        records->clear();
        if (error)
            *error = message;
        return false;
    };
    if (const QString problem = openDocument(input, od::json_type::array, &doc); !problem.isEmpty())
        return fail(problem);
    od::array array;
    if (const error_code e = doc.get_array().get(array))
        return fail(describe(e, doc, input));
    for (auto elementResult : array) {
        od::value element;
        if (const error_code e = elementResult.get(element))
            return fail(describe(e, doc, input));
        od::json_type elementType;
        if (const error_code e = element.type().get(elementType))
            return fail(describe(e, doc, input));
        if (elementType != od::json_type::object)
            return fail(tr("Element %L1 of the array is %2, not a record (an object).")
                            .arg(records->size() + 1)
                            .arg(typeName(elementType)));
        od::object object;
        std::string_view raw;
        if (const error_code e = element.get_object().get(object))
            return fail(describe(e, doc, input));
        if (const error_code e = object.raw_json().get(raw))
            return fail(describe(e, doc, input));
        // raw_json() runs up to the next token, so it carries the whitespace before `,` or `]`.
        size_t size = raw.size();
        while (size > 0 && isJsonSpace(raw[size - 1]))
            --size;
        // Spare capacity for simdjson's padding lets the record be parsed in place later.
        QByteArray record;
        record.reserve(qsizetype(size + simdjson::SIMDJSON_PADDING));
        record.append(raw.data(), qsizetype(size));
        records->append(std::move(record));
    }
    if (!atEnd(doc))
        return fail(
            tr("Unexpected data after the JSON array at byte %L1.").arg(offsetOf(doc, input)));
    return true;
}

bool JsonRecords::readRecord(const QByteArray &raw, const RecordSchema &schema, RecordData *data,
                             QString *error)
{
    const PaddedInput input = padded(raw);
    od::document doc;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString problem = openDocument(input, od::json_type::object, &doc);
        !problem.isEmpty())
        return fail(problem);
    od::object object;
    if (const error_code e = doc.get_object().get(object))
        return fail(describe(e, doc, input));
    for (auto fieldResult : object) {
        od::field field;
        if (const error_code e = std::move(fieldResult).get(field))
            return fail(describe(e, doc, input));
        std::string_view key;
        if (const error_code e = field.unescaped_key().get(key))
            return fail(describe(e, doc, input));
        error_code e = SUCCESS;
        if (key == "id")
            e = readInteger(field.value(), &data->id);
        else if (key == "_info")
            e = readInfo(field.value(), data);
        else if (const RecordSchema::Field *known = schema.find(key))
            e = readField(*known, field.value(), data);
        // Any other member is skipped by the iteration; it stays in the raw bytes.
        if (e)
            return fail(describe(e, doc, input));
    }
    if (!atEnd(doc))
        return fail(
            tr("Unexpected data after the JSON object at byte %L1.").arg(offsetOf(doc, input)));
    data->raw = raw;
    return true;
}

} // namespace cw
