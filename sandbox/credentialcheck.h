// Decides whether a request's Basic credentials are the sandbox's companyId+publicKey:privateKey:
// strict base64, company matched case-insensitively, keys compared in constant time.
#pragma once

#include <QByteArray>
#include <QString>

namespace cw::sandbox {

class CredentialCheck
{
public:
    CredentialCheck(const QString &company, const QString &publicKey, const QString &privateKey);

    // `authorization`: the whole header value ("Basic …").
    bool accepts(const QByteArray &authorization) const;

    // Compares without an early exit, so the time taken says nothing about where a guess
    // differs. Lengths are not secret (they are compared first).
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QByteArray m_companyLower; // lower-case UTF-8
    QByteArray m_keys;         // "+publicKey:privateKey", UTF-8
};

} // namespace cw::sandbox
