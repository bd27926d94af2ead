#include "pagelinks.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace cw::sandbox {

QString PageLinks::canonicalPath(const QString &decodedPath)
{
    QString path;
    for (const QString &segment : decodedPath.split(u'/', Qt::SkipEmptyParts))
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return path;
}

PageLinks::PageLinks(const QString &baseUrl, const QString &decodedPath, const QUrlQuery &query)
{
    const QUrl base(baseUrl);
    m_prefix = base.scheme() + "://"_L1 + base.authority() + canonicalPath(decodedPath) + u'?';
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString name = item.first.toLower();
        if (name == "page"_L1 || name == "pageid"_L1)
            continue;
        m_prefix += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + u'=' +
                    QString::fromLatin1(QUrl::toPercentEncoding(item.second)) + u'&';
    }
}

void PageLinks::add(const char *param, qint64 value, const char *rel)
{
    m_links << (u'<' + m_prefix + QLatin1StringView(param) + u'=' + QString::number(value) +
                ">; rel=\""_L1 + QLatin1StringView(rel) + u'"');
}

QByteArray PageLinks::header() const
{
    return m_links.join(", "_L1).toUtf8();
}

} // namespace cw::sandbox
