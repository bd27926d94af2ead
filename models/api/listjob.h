// GET of a collection (boards, tickets …): one page or every page, following the Link header
// (or page numbers when a server sends none). Emits each page's records as raw JSON as it arrives.
#pragma once

#include "listquery.h"
#include "managejob.h"

#include <QByteArray>
#include <QList>

class QJsonArray;

namespace cw {

class ListJob : public ManageJob
{
    Q_OBJECT
public:
    ListJob(ManageClient *client, const QString &path, const ListQuery &query);

    QString path() const { return m_path; }
    const ListQuery &query() const { return m_query; }
    // Every record fetched so far (in server order, each the server's own bytes), unless
    // accumulation is off.
    const QList<QByteArray> &records() const { return m_records; }
    // The records as typed values (Ticket, Board …).
    template<class T> QList<T> recordsAs() const
    {
        QList<T> typed;
        typed.reserve(m_records.size());
        for (const QByteArray &raw : m_records)
            typed.append(T::fromJson(raw));
        return typed;
    }
    // For callers that want QJsonValues (one record at a time views).
    static QJsonArray toJsonArray(const QList<QByteArray> &records);
    // Off: only pageFetched() carries the records (saves memory for big listings).
    void setAccumulate(bool accumulate) { m_accumulate = accumulate; }
    int pagesFetched() const { return m_pagesFetched; }
    int recordCount() const { return m_recordCount; }
    // The last page number from the Link header, or -1 when unknown.
    int lastPage() const { return m_lastPage; }
    // True when the filters went in a POST …/search body because the URL would be too long.
    bool usedSearch() const { return m_useSearch; }

    // Fails after this many pages when the server still links a next one (a guard against
    // servers that never stop); so does a next link off the site. Never a quiet partial list.
    static constexpr int MaxPages = 10000;
    // Collections that answer POST …/search on the real server.
    static bool supportsSearch(const QString &path);

Q_SIGNALS:
    void pageFetched(const QList<QByteArray> &records, int page);
    // On success, before finished(): every record (empty when accumulation is off).
    void recordsFetched(const QList<QByteArray> &records);

protected:
    void start() override;
    void handleReply(QNetworkReply *reply, const QByteArray &body) override;

private:
    void sendPage(const QUrl &url);

    QString m_path;
    ListQuery m_query;
    QList<QByteArray> m_records;
    int m_page = 1;
    int m_pagesFetched = 0;
    int m_recordCount = 0;
    int m_lastPage = -1;
    bool m_accumulate = true;
    bool m_useSearch = false;
};

} // namespace cw
