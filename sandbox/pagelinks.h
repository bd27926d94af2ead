// Builds a listing page's Link header: the request's URL rebuilt from its canonical path and
// percent-encoded query, with the paging parameter last (clients parse `page=N>` with a regex).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace cw::sandbox {

class PageLinks
{
public:
    // baseUrl: the sandbox's own base URL (scheme and authority are taken from it);
    // decodedPath and query: as the request gave them.
    PageLinks(const QString &baseUrl, const QString &decodedPath, const QUrlQuery &query);

    void add(const char *param, qint64 value, const char *rel);
    bool isEmpty() const { return m_links.isEmpty(); }
    QByteArray header() const;

    // "/v4_6_release/apis/3.0/service/tickets" with every segment percent-encoded, so nothing a
    // client puts in a path (CR, LF, '<', '>', spaces) can reach a header as itself.
    static QString canonicalPath(const QString &decodedPath);

private:
    QString m_prefix;
    QStringList m_links;
};

} // namespace cw::sandbox
