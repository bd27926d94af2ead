// Plain request/response values passed between the sandbox's HTTP layer and its API handler,
// so the handler can be exercised without sockets and the transport can inject faults.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace cw::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; // upper case: GET, POST …
    QString path;      // decoded path, e.g. /v4_6_release/apis/3.0/service/tickets
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    // Header names are case-insensitive.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

} // namespace cw::sandbox
