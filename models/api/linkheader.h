// A parsed RFC 8288 `Link` response header, as ConnectWise sends it for paging
// (rels first, prev, next, last); URLs may contain commas, so it is not split naively.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace cw {

class LinkHeader
{
public:
    // Relative targets are resolved against `base` (the request URL).
    static LinkHeader parse(const QByteArray &value, const QUrl &base = {});

    bool isEmpty() const { return m_links.isEmpty(); }
    bool has(const QString &rel) const { return m_links.contains(rel); }
    QUrl url(const QString &rel) const { return m_links.value(rel); }
    // The `page` query parameter of the target of `rel`, or -1.
    int page(const QString &rel) const;
    QStringList rels() const { return m_links.keys(); }

private:
    QHash<QString, QUrl> m_links; // rel (lower case) → target
};

} // namespace cw
