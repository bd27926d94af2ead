#include "apiresponse.h"

#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::sandbox", text);
}

QByteArray ApiResponse::toJson(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return "null";
}

HttpResponse ApiResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

HttpResponse ApiResponse::error(int status, const QString &code, const QString &message,
                                const QList<FieldError> &errors, const QString &resource)
{
    QJsonObject o{{u"code"_s, code}, {u"message"_s, message}};
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError &e : errors) {
            list.append(QJsonObject{{u"code"_s, e.code},
                                    {u"message"_s, e.message},
                                    {u"resource"_s, resource},
                                    {u"field"_s, e.field}});
        }
        o.insert("errors"_L1, list);
    }
    return json(status, toJson(o));
}

HttpResponse ApiResponse::invalid(const QString &resource, const QList<FieldError> &errors)
{
    return error(400, u"InvalidObject"_s, tr("%1 object is invalid").arg(resource), errors,
                 resource);
}

HttpResponse ApiResponse::badField(const QString &field, const QString &message,
                                   const QString &resource)
{
    return error(400, u"InvalidObject"_s, message, {{u"InvalidField"_s, message, field}},
                 resource.isEmpty() ? field : resource);
}

HttpResponse ApiResponse::endpointMissing()
{
    return error(404, u"ConnectWiseApi"_s, u"The endpoint does not exist."_s);
}

HttpResponse ApiResponse::notFound(Kind kind, qint64 id)
{
    return error(404, u"NotFound"_s, tr("%1 %2 not found").arg(kindName(kind)).arg(id));
}

HttpResponse ApiResponse::unsupportedMediaType(const QByteArray &contentType)
{
    return error(415, u"UnsupportedMediaType"_s,
                 tr("The request entity's media type '%1' is not supported for this resource; "
                    "send JSON with Content-Type: application/json.")
                     .arg(QString::fromLatin1(contentType)));
}

HttpResponse ApiResponse::serverError(const QString &message)
{
    return error(500, u"ConnectWiseApi"_s, message);
}

} // namespace cw::sandbox
