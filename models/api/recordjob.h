// One call about one record: GET, POST (create), PUT (replace), PATCH (JSON Patch) or DELETE.
// The result is the server's record as raw JSON (empty for a 204), typed on demand.
#pragma once

#include "managejob.h"

#include <QByteArray>

class QJsonObject;

namespace cw {

class RecordJob : public ManageJob
{
    Q_OBJECT
public:
    // `encodedQuery` (e.g. "fields=id,summary") only for GET.
    RecordJob(ManageClient *client, const QByteArray &verb, const QString &path,
              const QByteArray &body = {}, const QString &encodedQuery = {});

    QByteArray verb() const { return m_verb; }
    QString path() const { return m_path; }
    // The answer's body: the record for GET/POST/PUT/PATCH, empty for DELETE (204).
    const QByteArray &rawJson() const { return m_raw; }
    QJsonObject json() const;
    template<class T> T as() const { return T::fromJson(m_raw); }
    int httpStatus() const { return m_httpStatus; }

Q_SIGNALS:
    // On success, before finished(): the server's answer (empty for DELETE).
    void succeeded(const QByteArray &rawJson);

protected:
    void start() override;
    void handleReply(QNetworkReply *reply, const QByteArray &body) override;

private:
    QByteArray m_verb;
    QString m_path;
    QByteArray m_body;
    QString m_query;
    QByteArray m_raw;
    int m_httpStatus = 0;
};

} // namespace cw
