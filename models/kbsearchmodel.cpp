#include "kbsearchmodel.h"

#include "api/apipaths.h"
#include "api/listjob.h"
#include "api/listquery.h"
#include "api/manageclient.h"
#include "desk/cachereader.h"
#include "desk/desk.h"
#include "store/cache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

constexpr int MaxResults = 50;
constexpr int SnippetChars = 160;

} // namespace

KbSearchModel::KbSearchModel(Desk *desk, QObject *parent)
    : QAbstractListModel(parent)
    , m_desk(desk)
{
    if (Cache *cache = desk ? desk->cache() : nullptr) {
        connect(cache, &Cache::recordsRemoved, this,
                [this](RecordKind kind, const QList<int> &ids) { recordsRemoved(kind, ids); });
        connect(cache, &Cache::recordsChanged, this,
                [this](RecordKind kind, const QList<int> &ids) {
                    if (kind != RecordKind::KbArticle)
                        return;
                    // A changed title shows in place (the snippet stays as found).
                    Cache *store = m_desk->cache();
                    for (const int id : ids) {
                        const int row = rowOfId(id);
                        if (row < 0)
                            continue;
                        m_rows[row].title = store->kbArticle(id).title();
                        Q_EMIT dataChanged(index(row), index(row));
                    }
                });
    }
}

KbSearchModel::~KbSearchModel()
{
    cancel();
}

void KbSearchModel::search(const QString &text)
{
    if (m_desk && m_desk->state() == Desk::State::Online && !m_desk->options().offline)
        searchOnline(text);
    else
        searchOffline(text);
}

void KbSearchModel::searchOffline(const QString &text)
{
    cancel();
    m_text = text;
    QList<Row> rows;
    Cache *cache = m_desk ? m_desk->cache() : nullptr;
    if (cache) {
        QString error;
        const QList<SearchHit> hits = cache->searchArticles(text, MaxResults, false, &error);
        if (!error.isEmpty())
            Q_EMIT searchFailed(error);
        rows.reserve(hits.size());
        for (const SearchHit &hit : hits)
            rows.append({hit.id, hit.title, hit.snippetHtml()});
    }
    setRows(std::move(rows), Source::Offline);
}

void KbSearchModel::setReader(CacheReader *reader)
{
    cancel();
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    if (!reader)
        return;
    connect(reader, &CacheReader::finished, this, [this](const CacheReader::Result &result) {
        if (result.consumer != this || result.requestId != m_suggestRequest)
            return;
        m_suggestRequest = 0;
        QList<Row> rows;
        rows.reserve(result.hits.size());
        for (const SearchHit &hit : result.hits)
            rows.append({hit.id, hit.title, hit.snippetHtml()});
        setRows(std::move(rows), Source::Offline);
    });
}

void KbSearchModel::suggest(const QString &text, int limit)
{
    cancel();
    m_text = text;
    if (m_reader) {
        // A full-text query over thousands of articles can take longer than a frame.
        m_suggestRequest = m_reader->searchArticles(this, text, limit, true);
        return;
    }
    QList<Row> rows;
    if (Cache *cache = m_desk ? m_desk->cache() : nullptr) {
        for (const SearchHit &hit : cache->searchArticles(text, limit, true))
            rows.append({hit.id, hit.title, hit.snippetHtml()});
    }
    setRows(std::move(rows), Source::Offline);
}

void KbSearchModel::searchOnline(const QString &text)
{
    cancel();
    m_text = text;
    const QString conditions = conditionsFor(text);
    if (conditions.isEmpty() || !m_desk) {
        setRows({}, Source::Online);
        return;
    }
    ListQuery query;
    query.conditions = conditions;
    query.orderBy = u"id desc"_s;
    query.pageSize = MaxResults;
    query.allPages = false;
    ListJob *job = m_desk->client()->list(ApiPaths::knowledgeBaseArticles(), query);
    m_job = job;
    m_desk->track(job);
    const QStringList words = wordsOf(text);
    connect(job, &ListJob::recordsFetched, this, [this, words](const QList<QByteArray> &raw) {
        m_job = nullptr;
        // Kept in the cache, so the article view and an offline search find them too.
        if (Cache *cache = m_desk->cache())
            cache->upsert(RecordKind::KbArticle, raw);
        QList<Row> rows;
        for (const QByteArray &bytes : raw) {
            const QJsonObject article = QJsonDocument::fromJson(bytes).object();
            Row row;
            row.id = article.value(u"id"_s).toInt();
            row.title = article.value(u"title"_s).toString();
            // The snippet from the first field holding the first word, around it.
            QString source;
            int at = -1;
            for (const QString &field : {u"issue"_s, u"resolution"_s, u"title"_s}) {
                const QString value = article.value(field).toString();
                at = words.isEmpty() ? -1
                                     : int(value.indexOf(words.first(), 0, Qt::CaseInsensitive));
                if (at >= 0) {
                    source = value;
                    break;
                }
            }
            if (source.isEmpty())
                source = article.value(u"issue"_s).toString();
            const int from = std::max(0, at - SnippetChars / 3);
            QString cut = source.mid(from, SnippetChars).simplified();
            if (from > 0)
                cut.prepend(u"…"_s);
            if (from + SnippetChars < source.size())
                cut.append(u"…"_s);
            row.snippetHtml = highlightHtml(cut, words);
            rows.append(row);
        }
        setRows(std::move(rows), Source::Online);
    });
    connect(job, &ManageJob::failed, this, [this, text](const ApiError &error) {
        m_job = nullptr;
        // The server cannot be reached: the cache answers instead.
        if (Desk::isUnreachable(error)) {
            searchOffline(text);
            return;
        }
        Q_EMIT searchFailed(error.headline());
        setRows({}, Source::Online);
    });
}

void KbSearchModel::cancel()
{
    if (m_suggestRequest) {
        if (m_reader)
            m_reader->cancel(m_suggestRequest);
        m_suggestRequest = 0;
    }
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        m_job = nullptr;
    }
}

void KbSearchModel::setRows(QList<Row> rows, Source source)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_source = source;
    endResetModel();
    Q_EMIT searched();
}

void KbSearchModel::recordsRemoved(RecordKind kind, const QList<int> &ids)
{
    if (kind != RecordKind::KbArticle)
        return;
    for (const int id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

int KbSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KbSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole:
        return row.title;
    case IdRole:
        return row.id;
    case SnippetHtmlRole:
        return row.snippetHtml;
    default:
        return {};
    }
}

QHash<int, QByteArray> KbSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(TitleRole, "title");
    return names;
}

int KbSearchModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int KbSearchModel::rowOfId(int id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList KbSearchModel::wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive))
            words.append(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isSurrogate())
            word.append(c);
        else
            flush();
    }
    flush();
    return words.mid(0, 16);
}

QString KbSearchModel::highlightHtml(const QString &text, const QStringList &words)
{
    if (words.isEmpty())
        return text.toHtmlEscaped();
    QStringList escaped;
    for (const QString &word : words)
        escaped.append(QRegularExpression::escape(word));
    const QRegularExpression any(escaped.join(u'|'), QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype at = 0;
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(at, match.capturedStart() - at).toHtmlEscaped();
        html += u"<b>"_s + match.captured().toHtmlEscaped() + u"</b>"_s;
        at = match.capturedEnd();
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

QString KbSearchModel::quoted(const QString &text)
{
    QString body = text;
    body.replace(u'\\', u"\\\\"_s);
    body.replace(u'"', u"\\\""_s);
    return u'"' + body + u'"';
}

QString KbSearchModel::conditionsFor(const QString &text)
{
    QStringList parts;
    for (const QString &word : wordsOf(text)) {
        const QString q = quoted(word);
        parts.append(
            u"(title contains %1 or issue contains %1 or resolution contains %1)"_s.arg(q));
    }
    return parts.join(u" and "_s);
}

} // namespace cw
