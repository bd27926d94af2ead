// Why a desk operation did not happen, in terms a front end can present: what the user must
// change, the server's refusal, a conflict in the outbox, or a local failure.
#pragma once

#include "api/apierror.h"

#include <QString>
#include <QStringList>

namespace cw {

class DeskError
{
public:
    enum class Kind {
        None,
        Invalid,      // the input must change: an unknown or ambiguous name, a wrong value
        Failure,      // a local failure (the cache could not be written, an entry vanished)
        Api,          // a request failed: api() says how
        Refused,      // the server refused a queued change; it stays in the outbox (seq())
        Conflict,     // the server's copy changed in the same fields; kept in the outbox (seq())
        NoPrivateKey, // the keychain holds no key for the profile (message: the keychain's word)
    };

    DeskError() = default;
    DeskError(Kind kind, const QString &message, const QStringList &details = {});

    static DeskError invalid(const QString &message, const QStringList &details = {});
    static DeskError failure(const QString &message);
    static DeskError fromApi(const ApiError &error);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // One sentence; for Api and Refused the ApiError's headline unless set otherwise.
    QString message() const { return m_message; }
    QStringList details() const { return m_details; }
    const ApiError &api() const { return m_api; }
    // The outbox entry a Refused or Conflict error is about.
    qint64 seq() const { return m_seq; }
    // Conflict: the fields both sides changed.
    QStringList conflictFields() const { return m_conflictFields; }
    // What the entry is, for messages ("ticket #42", "a note on ticket #42").
    QString subject() const { return m_subject; }

    void setApi(const ApiError &error) { m_api = error; }
    void setSeq(qint64 seq) { m_seq = seq; }
    void setConflictFields(const QStringList &fields) { m_conflictFields = fields; }
    void setSubject(const QString &subject) { m_subject = subject; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QStringList m_details;
    ApiError m_api;
    qint64 m_seq = 0;
    QStringList m_conflictFields;
    QString m_subject;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::DeskError)
