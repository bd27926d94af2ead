// Shared helpers of the sandbox conformance tests: fetching whole collections, reading nested
// JSON values, and check macros whose failure messages show the request and the response.
#pragma once

#include "httpclient.h"
#include "openapischema.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTest>

namespace cw::test {

// Value at a '/'-separated path ("board/name", "_info/lastUpdated"); Undefined when missing.
QJsonValue valueAt(const QJsonObject &object, const QString &path);

// Fetches every record of a collection with pageSize=1000, page by page. On failure returns
// false and puts the failing exchange's description into *error.
bool fetchAll(HttpClient &http, const QString &path, QJsonArray *out, QString *error,
              const Params &extra = {});

QList<int> idsOf(const QJsonArray &array);
QSet<int> idSetOf(const QJsonArray &array);
QMap<int, QJsonObject> byId(const QJsonArray &array);

// "expected {1,2} got {2,3}: missing {1}, unexpected {3}" (empty when equal).
QString compareIdSets(const QSet<int> &expected, const QSet<int> &actual);

// Problems with a record's `_info` (dateEntered, enteredBy, lastUpdated, updatedBy).
QStringList infoProblems(const QJsonObject &record, const QString &where);

// Problems with a reference `{id, name[, identifier], _info}`.
QStringList referenceProblems(const QJsonValue &ref, const QString &where,
                              bool needsIdentifier = false);

// Parses "yyyy-MM-ddTHH:mm:ss[.zzz]Z"; invalid QDateTime on failure.
QDateTime parseInstant(const QString &text);

// Starts the sandbox and points the client at it; on failure *error explains.
bool startSandbox(SandboxProcess &sandbox, HttpClient &http, const QStringList &args,
                  QString *error);

// The page number of a Link URL when `page=N` is its last query parameter, else -1.
int trailingPageNumber(const QString &url);

inline QString statusMismatch(const HttpResult &result, int expected)
{
    return QStringLiteral("expected HTTP %1, got: %2").arg(expected).arg(result.describe());
}

} // namespace cw::test

#define CW_CHECK_STATUS(result, expected)                                                          \
    do {                                                                                           \
        const auto &cwResult_ = (result);                                                          \
        if (cwResult_.status != (expected))                                                        \
            QFAIL(qPrintable(::cw::test::statusMismatch(cwResult_, (expected))));                  \
    } while (false)

#define CW_CHECK_SCHEMA(value, schemaName, context)                                                \
    do {                                                                                           \
        const QStringList cwProblems_ =                                                            \
            ::cw::test::OpenApiSchema::reference().validate((value), (schemaName));                \
        if (!cwProblems_.isEmpty())                                                                \
            QFAIL(qPrintable(                                                                      \
                QStringLiteral("%1 does not conform to schema %2:%3")                              \
                    .arg(context, schemaName, ::cw::test::summarizeProblems(cwProblems_))));       \
    } while (false)

#define CW_CHECK_SCHEMA_ARRAY(value, schemaName, context)                                          \
    do {                                                                                           \
        const QStringList cwProblems_ =                                                            \
            ::cw::test::OpenApiSchema::reference().validateArray((value), (schemaName));           \
        if (!cwProblems_.isEmpty())                                                                \
            QFAIL(qPrintable(                                                                      \
                QStringLiteral("%1 does not conform to schema %2[]:%3")                            \
                    .arg(context, schemaName, ::cw::test::summarizeProblems(cwProblems_))));       \
    } while (false)

#define CW_CHECK_EMPTY(problems, context)                                                          \
    do {                                                                                           \
        const QStringList cwList_ = (problems);                                                    \
        if (!cwList_.isEmpty())                                                                    \
            QFAIL(qPrintable(QString(context) + ::cw::test::summarizeProblems(cwList_)));          \
    } while (false)
