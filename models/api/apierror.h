// What went wrong with one call to the Service API, as a value: its kind, the HTTP status, the
// ConnectWise error body (code, message, errors[]) and one readable, translated message for people.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QDebug;
class QNetworkReply;
class QUrl;

namespace cw {

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(cw::ApiError)

public:
    enum class Kind {
        None,
        Cancelled,
        Configuration, // the client was set up wrongly (missing keys, plain http …)
        HostNotFound,
        ConnectionRefused,
        ConnectionDropped, // reset or closed before the answer was complete
        Timeout,
        Network,      // any other transport failure
        Tls,          // certificate or handshake failure; never ignored
        BadRequest,   // 400
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409
        RateLimited,  // 429
        ServerError,  // 5xx
        HttpError,    // any other non-2xx status
        InvalidJson,  // a 2xx answer that is not the JSON we asked for
        InvalidQuery, // conditions/orderBy/fields refused before sending (nothing was sent)
    };

    // What exactly went wrong when the kind alone does not say it: each has its own message.
    // (A qualifier rather than more kinds, so code that sorts errors by kind keeps working.)
    enum class Reason {
        None,
        RedirectRefused,      // HttpError: a 3xx the client would not follow (other site, http)
        ListingIncomplete,    // HttpError: paging could not reach the end of a listing
        CertificateNotPinned, // Tls: the server showed another certificate than the pinned one
    };

    // One entry of ConnectWise's errors[]: which field the server objects to and why.
    struct FieldError
    {
        QString code;    // e.g. "InvalidField", "ObjectExists"
        QString field;   // e.g. "summary", "status/id"; empty when not tied to a field
        QString message; // the server's sentence
    };

    ApiError() = default;

    // Reads status, headers and error state of a finished reply; `body` is what the reply carried.
    static ApiError fromReply(const QNetworkReply *reply, const QByteArray &body);
    // `status` is the HTTP status; `retryAfter` the raw Retry-After header (seconds or HTTP date).
    static ApiError fromHttpStatus(int status, const QByteArray &body,
                                   const QByteArray &retryAfter = {});
    // `networkError` is a QNetworkReply::NetworkError.
    static ApiError fromNetworkError(int networkError, const QString &errorString);
    static ApiError invalidJson(int httpStatus, const QString &parseError);
    static ApiError configuration(const QString &reason);
    static ApiError cancelled();
    // A redirect (HTTP `status`) to `target` that the client refused to follow: it would have
    // taken the request, and the API keys with it, to another site or to plain http.
    static ApiError redirectRefused(int status, const QUrl &target);
    // A listing that could not be fetched to its end; `reason` says why (translated sentence).
    static ApiError listingIncomplete(const QString &reason);
    // The certificate with SHA-256 `shownSha256` is not the one pinned for the profile.
    static ApiError certificateNotPinned(const QByteArray &shownSha256);
    // A query the client refused to send: `parameter` ("conditions", "orderBy" …), where in it
    // (0-based, -1 unknown) and why.
    static ApiError invalidQuery(const QString &parameter, int position, const QString &reason);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // The one answer to "the server cannot be reached": DNS, refused, dropped, timed out, other
    // transport failures. A TLS refusal or any HTTP answer is not (the server said something).
    bool isUnreachable() const;
    Reason reason() const { return m_reason; }
    // RedirectRefused: where the server wanted to send the request (without its query).
    QString redirectTarget() const { return m_redirectTarget; }
    int httpStatus() const { return m_httpStatus; }
    int networkError() const { return m_networkError; }
    // The ConnectWise error body, when the server sent one.
    QString code() const { return m_code; }
    QString serverMessage() const { return m_serverMessage; }
    QStringList serverDetails() const { return m_serverDetails; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    // InvalidQuery: the parameter and the 0-based position in it (-1 when unknown).
    QString queryParameter() const { return m_queryParameter; }
    int queryPosition() const { return m_queryPosition; }
    // Tls: the SHA-256 fingerprint (lower-case hex) of the certificate the server showed, so the
    // user can decide to trust exactly that one.
    QByteArray certificateSha256() const { return m_certificateSha256; }
    void setCertificateSha256(const QByteArray &hex) { m_certificateSha256 = hex; }
    // Seconds the server asked us to wait (429/503), or -1 when it did not say.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // Extra technical lines, e.g. the certificate problems of a TLS failure.
    QStringList details() const { return m_details; }
    void addDetail(const QString &detail) { m_details.append(detail); }

    // One sentence on what happened and what to do, translated.
    QString headline() const;
    // The headline followed by what the server or the network stack said, if anything.
    QString message() const;

private:
    static int parseRetryAfter(const QByteArray &value);

    Kind m_kind = Kind::None;
    Reason m_reason = Reason::None;
    int m_httpStatus = 0;
    int m_networkError = 0;
    int m_retryAfterSeconds = -1;
    QString m_code;
    QString m_serverMessage;
    QStringList m_serverDetails;
    QList<FieldError> m_fieldErrors;
    QString m_queryParameter;
    int m_queryPosition = -1;
    QByteArray m_certificateSha256;
    QString m_transportText;
    QString m_redirectTarget;
    QStringList m_details;
};

QDebug operator<<(QDebug debug, const ApiError &error);

} // namespace cw
