// Builds the sandbox's answers in ConnectWise's shapes: JSON bodies, and error bodies
// {"code", "message", "errors": [{code, message, resource, field}]} as the real server sends them.
#pragma once

#include "httpmessage.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace cw::sandbox {

enum class Kind;

struct FieldError
{
    QString code;
    QString message;
    QString field;
};

class ApiResponse
{
public:
    static QByteArray toJson(const QJsonValue &value); // compact; "null" for scalars
    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QList<FieldError> &errors = {}, const QString &resource = {});
    // 400 InvalidObject "<resource> object is invalid" with the field errors.
    static HttpResponse invalid(const QString &resource, const QList<FieldError> &errors);
    // 400 InvalidObject naming one offending parameter or field.
    static HttpResponse badField(const QString &field, const QString &message,
                                 const QString &resource = {});
    static HttpResponse endpointMissing();
    static HttpResponse notFound(Kind kind, qint64 id);
    static HttpResponse unsupportedMediaType(const QByteArray &contentType);
    static HttpResponse serverError(const QString &message);
};

// Sandbox strings, translated under one context.
QString tr(const char *text);

} // namespace cw::sandbox
