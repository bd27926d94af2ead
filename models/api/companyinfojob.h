// The public GET {site}/login/companyinfo/{company}: which codebase (v2025_1/, v4_6_release/ …)
// serves the company, whether the site is cloud. Sent without the keys.
#pragma once

#include "managejob.h"

#include <QJsonObject>

namespace cw {

class CompanyInfoJob : public ManageJob
{
    Q_OBJECT
public:
    CompanyInfoJob(ManageClient *client, const QUrl &url, const QString &company);

    const QJsonObject &info() const { return m_info; }
    // e.g. "v2025_1/" (always with a trailing slash).
    QString codebase() const;

Q_SIGNALS:
    void companyInfoReceived(const QJsonObject &info);

protected:
    void start() override;
    void handleReply(QNetworkReply *reply, const QByteArray &body) override;

private:
    QUrl m_infoUrl;
    QString m_company;
    QJsonObject m_info;
};

} // namespace cw
