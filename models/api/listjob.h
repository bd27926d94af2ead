// GET of a collection (boards, tickets …): one page or every page, following the Link header
// (or page numbers when a server sends none). Emits each page as it arrives, then all records.
#pragma once

#include "listquery.h"
#include "managejob.h"

#include <QJsonArray>

namespace cw {

class ListJob : public ManageJob
{
    Q_OBJECT
public:
    ListJob(ManageClient *client, const QString &path, const ListQuery &query);

    QString path() const { return m_path; }
    const ListQuery &query() const { return m_query; }
    // Every record fetched so far (in server order), unless accumulation is off.
    const QJsonArray &records() const { return m_records; }
    // Off: only pageFetched() carries the records (saves memory for big listings).
    void setAccumulate(bool accumulate) { m_accumulate = accumulate; }
    int pagesFetched() const { return m_pagesFetched; }
    // The last page number from the Link header, or -1 when unknown.
    int lastPage() const { return m_lastPage; }

    // Stops paging after this many pages (a guard against servers that never stop).
    static constexpr int MaxPages = 10000;

Q_SIGNALS:
    void pageFetched(const QJsonArray &records, int page);
    // On success, before finished(): every record (empty when accumulation is off).
    void recordsFetched(const QJsonArray &records);

protected:
    void start() override;
    void handleReply(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_path;
    ListQuery m_query;
    QJsonArray m_records;
    int m_page = 1;
    int m_pagesFetched = 0;
    int m_lastPage = -1;
    bool m_accumulate = true;
};

} // namespace cw
