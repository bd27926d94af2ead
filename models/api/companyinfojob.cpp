#include "companyinfojob.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace cw {

CompanyInfoJob::CompanyInfoJob(ManageClient *client, const QUrl &url, const QString &company)
    : ManageJob(client)
    , m_infoUrl(url)
    , m_company(company)
{
    setAuthenticated(false);
}

QString CompanyInfoJob::codebase() const
{
    QString codebase = m_info.value(u"Codebase"_s).toString().trimmed();
    while (codebase.startsWith(u'/'))
        codebase.remove(0, 1);
    if (!codebase.isEmpty() && !codebase.endsWith(u'/'))
        codebase.append(u'/');
    return codebase;
}

void CompanyInfoJob::start()
{
    sendGet(m_infoUrl);
}

void CompanyInfoJob::handleReply(QNetworkReply *reply, const QByteArray &body)
{
    QJsonDocument document;
    const bool isNull = body.trimmed() == "null"; // QJsonDocument refuses a bare null
    if (!isNull && !parseJson(body, reply, &document))
        return;
    if (isNull || !document.isObject()) {
        // ConnectWise answers a JSON null for a company it does not host.
        finishFailed(ApiError::configuration(
            tr("The company ID \"%1\" is not known at %2. Check the company ID you sign in with.")
                .arg(m_company, m_infoUrl.host())));
        return;
    }
    m_info = document.object();
    if (codebase().isEmpty()) {
        finishFailed(ApiError::invalidJson(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            tr("the company information has no Codebase")));
        return;
    }
    Q_EMIT companyInfoReceived(m_info);
    finishSucceeded();
}

} // namespace cw
