#include "apierror.h"

#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// A short, readable line from a non-JSON error body: an HTML page's <title>, or short plain text.
QString textOfNonJsonBody(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(4096)).trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression title(u"<title[^>]*>([^<]*)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(text);
    if (match.hasMatch())
        return match.captured(1).simplified();
    if (text.startsWith(u'<'))
        return {};
    const QString line = text.simplified();
    return line.size() <= 200 ? line : line.left(200) + u'…';
}

} // namespace

ApiError ApiError::fromReply(const QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto networkError = reply->error();
    if (networkError == QNetworkReply::OperationCanceledError)
        return cancelled();
    if (status >= 400)
        return fromHttpStatus(status, body, reply->rawHeader("Retry-After"));
    // Qt refuses a redirect off the site or to http (the request's redirect policy) with an
    // "insecure redirect" error; so does our own refusal of a 3xx we were not meant to follow.
    const QByteArray location = reply->rawHeader("Location");
    if (networkError == QNetworkReply::InsecureRedirectError ||
        (networkError == QNetworkReply::NoError && status >= 300 && !location.isEmpty())) {
        QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty())
            target = QUrl::fromEncoded(location);
        ApiError error =
            redirectRefused(status, target.isEmpty() ? target : reply->url().resolved(target));
        if (networkError != QNetworkReply::NoError)
            error.m_transportText = reply->errorString();
        return error;
    }
    if (networkError != QNetworkReply::NoError)
        return fromNetworkError(networkError, reply->errorString());
    if (status >= 300) {
        ApiError error = fromHttpStatus(status, body);
        error.m_kind = Kind::HttpError;
        return error;
    }
    return {};
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError error;
    error.m_httpStatus = status;
    switch (status) {
    case 400:
        error.m_kind = Kind::BadRequest;
        break;
    case 401:
        error.m_kind = Kind::Unauthorized;
        break;
    case 403:
        error.m_kind = Kind::Forbidden;
        break;
    case 404:
        error.m_kind = Kind::NotFound;
        break;
    case 409:
        error.m_kind = Kind::Conflict;
        break;
    case 429:
        error.m_kind = Kind::RateLimited;
        break;
    default:
        error.m_kind = status >= 500 && status <= 599 ? Kind::ServerError : Kind::HttpError;
        break;
    }
    if (status >= 200 && status < 300)
        error.m_kind = Kind::None;
    error.m_retryAfterSeconds = parseRetryAfter(retryAfter);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        error.m_code = object.value(u"code"_s).toString();
        if (error.m_code.isEmpty())
            error.m_code = object.value(u"error"_s).toString(); // the 429 body uses "error"
        error.m_serverMessage = object.value(u"message"_s).toString();
        const QJsonArray errors = object.value(u"errors"_s).toArray();
        for (const QJsonValue &value : errors) {
            const QJsonObject item = value.toObject();
            const QString message = item.value(u"message"_s).toString();
            const QString field = item.value(u"field"_s).toString();
            if (message.isEmpty())
                continue;
            error.m_fieldErrors.append({item.value(u"code"_s).toString(), field, message});
            error.m_serverDetails.append(
                field.isEmpty() || message.contains(field, Qt::CaseInsensitive)
                    ? message
                    : tr("%1 (field %2)", "server validation error and the field it is about")
                          .arg(message, field));
        }
    } else {
        error.m_serverMessage = textOfNonJsonBody(body);
    }
    return error;
}

ApiError ApiError::invalidQuery(const QString &parameter, int position, const QString &reason)
{
    ApiError error;
    error.m_kind = Kind::InvalidQuery;
    error.m_queryParameter = parameter;
    error.m_queryPosition = position;
    error.m_serverMessage = reason;
    return error;
}

ApiError ApiError::fromNetworkError(int networkError, const QString &errorString)
{
    ApiError error;
    error.m_networkError = networkError;
    error.m_transportText = errorString;
    switch (static_cast<QNetworkReply::NetworkError>(networkError)) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::OperationCanceledError:
        error.m_kind = Kind::Cancelled;
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.m_kind = Kind::ConnectionRefused;
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.m_kind = Kind::ConnectionDropped;
        break;
    case QNetworkReply::HostNotFoundError:
        error.m_kind = Kind::HostNotFound;
        break;
    case QNetworkReply::TimeoutError:
        error.m_kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.m_kind = Kind::Tls;
        break;
    case QNetworkReply::InsecureRedirectError:
        // Not a certificate problem: the server sent us elsewhere and we would not go.
        error.m_kind = Kind::HttpError;
        error.m_reason = Reason::RedirectRefused;
        break;
    default:
        error.m_kind = Kind::Network;
        break;
    }
    return error;
}

ApiError ApiError::invalidJson(int httpStatus, const QString &parseError)
{
    ApiError error;
    error.m_kind = Kind::InvalidJson;
    error.m_httpStatus = httpStatus;
    error.m_transportText = parseError;
    return error;
}

bool ApiError::isUnreachable() const
{
    switch (m_kind) {
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::ConnectionDropped:
    case Kind::Timeout:
    case Kind::Network:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::redirectRefused(int status, const QUrl &target)
{
    ApiError error;
    error.m_kind = Kind::HttpError;
    error.m_reason = Reason::RedirectRefused;
    error.m_httpStatus = status;
    error.m_networkError = QNetworkReply::InsecureRedirectError;
    // Never the query: it may carry conditions, and a user copies this message around.
    error.m_redirectTarget =
        target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return error;
}

ApiError ApiError::listingIncomplete(const QString &reason)
{
    ApiError error;
    error.m_kind = Kind::HttpError;
    error.m_reason = Reason::ListingIncomplete;
    error.m_transportText = reason;
    return error;
}

ApiError ApiError::certificateNotPinned(const QByteArray &shownSha256)
{
    ApiError error;
    error.m_kind = Kind::Tls;
    error.m_reason = Reason::CertificateNotPinned;
    error.m_networkError = QNetworkReply::SslHandshakeFailedError;
    error.m_certificateSha256 = shownSha256;
    return error;
}

ApiError ApiError::configuration(const QString &reason)
{
    ApiError error;
    error.m_kind = Kind::Configuration;
    error.m_serverMessage = reason;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.m_kind = Kind::Cancelled;
    error.m_networkError = QNetworkReply::OperationCanceledError;
    return error;
}

int ApiError::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

QString ApiError::headline() const
{
    switch (m_reason) {
    case Reason::None:
        break;
    case Reason::RedirectRefused:
        if (m_redirectTarget.isEmpty())
            return tr("The server redirected the request elsewhere, and CW Desk does not follow "
                      "a redirect to another site or to plain http (the API keys would go "
                      "along). Check the site address.");
        return tr("The server redirected the request to %1, and CW Desk does not follow a "
                  "redirect to another site or to plain http (the API keys would go along). "
                  "Check the site address.")
            .arg(m_redirectTarget);
    case Reason::ListingIncomplete:
        return tr("The listing could not be fetched completely.");
    case Reason::CertificateNotPinned:
        return tr("The server showed a different certificate from the one trusted for this "
                  "profile, so nothing was sent. If the server's certificate was replaced, "
                  "trust the new one; otherwise someone may be intercepting the connection.");
    }
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Configuration:
        return m_serverMessage;
    case Kind::HostNotFound:
        return tr("The server could not be found. Check the site address and your network "
                  "connection.");
    case Kind::ConnectionRefused:
        return tr("The server refused the connection. Check the site address.");
    case Kind::ConnectionDropped:
        return tr("The connection to the server was dropped before the answer was complete.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Network:
        return tr("A network problem stopped the request.");
    case Kind::Tls:
        return tr("A secure connection to the server could not be established, so nothing was "
                  "sent. CW Desk only talks to servers whose certificate it can verify.");
    case Kind::BadRequest:
        return tr("The server rejected the request as invalid (400).");
    case Kind::Unauthorized:
        return tr("The server did not accept the API keys (401). Check the company ID, the "
                  "public key and the private key.");
    case Kind::Forbidden:
        return tr("The API member is not allowed to do this (403). Check its security role.");
    case Kind::NotFound:
        if (m_code == u"ConnectWiseApi"_s || m_serverMessage.contains(u"endpoint"_s))
            return tr("The server does not know this address (404). Check the site address "
                      "and the codebase.");
        return tr("The server could not find what was asked for (404). It may have been "
                  "deleted.");
    case Kind::Conflict:
        return tr("The record is in use or was changed by someone else (409).");
    case Kind::RateLimited:
        if (m_retryAfterSeconds >= 0)
            return tr("The server is limiting requests (429). Try again in %L1 s.")
                .arg(m_retryAfterSeconds);
        return tr("The server is limiting requests (429). Try again shortly.");
    case Kind::ServerError:
        return tr("The server had a problem (%1). Try again later.").arg(m_httpStatus);
    case Kind::HttpError:
        return tr("The server answered with an unexpected status (%1).").arg(m_httpStatus);
    case Kind::InvalidJson:
        return tr("The server answered something that is not JSON.");
    case Kind::InvalidQuery:
        // The query library's message already says where (as the server would).
        return tr("Check the %1 (nothing was sent): %2", "query parameter, reason")
            .arg(m_queryParameter, m_serverMessage);
    }
    return {};
}

QString ApiError::message() const
{
    if (m_kind == Kind::None)
        return {};
    QStringList lines{headline()};
    QString said = m_serverMessage;
    if (m_kind == Kind::Configuration || m_kind == Kind::InvalidQuery)
        said.clear(); // already the headline
    if (m_serverDetails.size() == 1) {
        const QString &detail = m_serverDetails.first();
        said = said.isEmpty()
                   ? detail
                   : tr("%1: %2", "server message: its validation error").arg(said, detail);
    }
    if (!said.isEmpty())
        lines.append(tr("The server said: %1").arg(said));
    if (m_serverDetails.size() > 1) {
        // Several fields: one line each, so the user can go through them.
        if (said.isEmpty())
            lines.append(tr("The server said:"));
        for (const QString &detail : m_serverDetails)
            lines.append(u"  • "_s + detail);
    }
    if (!m_transportText.isEmpty())
        lines.append(tr("Details: %1").arg(m_transportText));
    lines.append(m_details);
    return lines.join(u'\n');
}

QDebug operator<<(QDebug debug, const ApiError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ApiError(" << int(error.kind());
    if (error.httpStatus())
        debug << ", HTTP " << error.httpStatus();
    if (error.networkError())
        debug << ", network error " << error.networkError();
    if (!error.code().isEmpty())
        debug << ", " << error.code();
    debug << ", " << error.message() << ')';
    return debug;
}

} // namespace cw
