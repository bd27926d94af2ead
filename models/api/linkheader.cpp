#include "linkheader.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// Reads one `;`-separated parameter value at `pos` (quoted or token), leaving `pos` after it.
QString readParamValue(const QByteArray &value, qsizetype &pos)
{
    const qsizetype size = value.size();
    while (pos < size && (value[pos] == ' ' || value[pos] == '\t'))
        ++pos;
    QByteArray out;
    if (pos < size && value[pos] == '"') {
        ++pos;
        while (pos < size && value[pos] != '"') {
            if (value[pos] == '\\' && pos + 1 < size)
                ++pos;
            out.append(value[pos++]);
        }
        if (pos < size)
            ++pos; // closing quote
    } else {
        while (pos < size && value[pos] != ';' && value[pos] != ',')
            out.append(value[pos++]);
    }
    return QString::fromUtf8(out).trimmed();
}

} // namespace

LinkHeader LinkHeader::parse(const QByteArray &value, const QUrl &base)
{
    LinkHeader header;
    const qsizetype size = value.size();
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype open = value.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = value.indexOf('>', open + 1);
        if (close < 0)
            break;
        const QString target = QString::fromUtf8(value.mid(open + 1, close - open - 1)).trimmed();
        pos = close + 1;
        QStringList rels;
        // Parameters until the comma that ends this link-value (commas inside quotes are skipped
        // by readParamValue).
        while (pos < size && value[pos] != ',') {
            if (value[pos] != ';') {
                ++pos;
                continue;
            }
            ++pos;
            const qsizetype eq = value.indexOf('=', pos);
            const qsizetype nextSep = [&] {
                qsizetype p = pos;
                while (p < size && value[p] != ';' && value[p] != ',')
                    ++p;
                return p;
            }();
            if (eq < 0 || eq > nextSep) {
                pos = nextSep;
                continue;
            }
            const QString name = QString::fromUtf8(value.mid(pos, eq - pos)).trimmed().toLower();
            pos = eq + 1;
            const QString param = readParamValue(value, pos);
            if (name == u"rel"_s)
                rels += param.toLower().split(u' ', Qt::SkipEmptyParts);
        }
        QUrl url(target);
        if (url.isValid() && url.isRelative() && base.isValid())
            url = base.resolved(url);
        if (url.isValid()) {
            for (const QString &rel : std::as_const(rels)) {
                if (!header.m_links.contains(rel))
                    header.m_links.insert(rel, url);
            }
        }
    }
    return header;
}

int LinkHeader::page(const QString &rel) const
{
    const QUrl target = url(rel);
    if (!target.isValid())
        return -1;
    bool ok = false;
    const int value = QUrlQuery(target).queryItemValue(u"page"_s).toInt(&ok);
    return ok ? value : -1;
}

} // namespace cw
