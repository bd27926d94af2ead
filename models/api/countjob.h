// GET <collection>/count with the same conditions a listing would use; yields {"count": N}.
// Used to show totals and to check that paging returned every record.
#pragma once

#include "listquery.h"
#include "managejob.h"

namespace cw {

class CountJob : public ManageJob
{
    Q_OBJECT
public:
    // Uses the query's conditions, childConditions and customFieldConditions.
    CountJob(ManageClient *client, const QString &path, const ListQuery &query);

    int count() const { return m_count; }

Q_SIGNALS:
    void counted(int count);

protected:
    void start() override;
    void handleReply(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_path;
    ListQuery m_query;
    int m_count = -1;
};

} // namespace cw
