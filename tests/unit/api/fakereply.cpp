#include "fakereply.h"

#include <QSslError>
#include <QTimer>

namespace cw::test {

int FakeReply::ignoreSslErrorsCalls = 0;

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
                     const CannedResponse &response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(m_response.delayMs, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (m_done || m_response.hang)
        return;
    if (m_response.sslErrors) {
        const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate),
                                      QSslError(QSslError::HostNameMismatch)};
        Q_EMIT sslErrors(errors);
    }
    if (m_response.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &[name, value] : std::as_const(m_response.headers))
            setRawHeader(name, value);
        Q_EMIT metaDataChanged();
        if (!m_response.body.isEmpty())
            Q_EMIT readyRead();
    }
    m_done = true;
    if (m_response.error != QNetworkReply::NoError) {
        setError(m_response.error, m_response.errorString.isEmpty() ? QStringLiteral("canned error")
                                                                    : m_response.errorString);
        Q_EMIT errorOccurred(m_response.error);
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    const qint64 left = m_response.status > 0 && m_done ? m_response.body.size() - m_position : 0;
    return left + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    if (!m_done || m_response.status <= 0)
        return m_done ? -1 : 0;
    const qint64 count = std::min(maxSize, qint64(m_response.body.size()) - m_position);
    if (count <= 0)
        return -1;
    memcpy(data, m_response.body.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

void FakeReply::ignoreSslErrors()
{
    ++ignoreSslErrorsCalls;
}

void FakeReply::ignoreSslErrorsImplementation(const QList<QSslError> &)
{
    ++ignoreSslErrorsCalls;
}

} // namespace cw::test
