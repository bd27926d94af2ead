#include "credentialcheck.h"

#include <QCryptographicHash>

namespace cw::sandbox {

CredentialCheck::CredentialCheck(const QString &company, const QString &publicKey,
                                 const QString &privateKey)
    : m_companyLower(company.toLower().toUtf8())
    , m_keys((u'+' + publicKey + u':' + privateKey).toUtf8())
{
}

bool CredentialCheck::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool CredentialCheck::accepts(const QByteArray &authorization) const
{
    if (authorization.size() <= 6 ||
        QByteArrayView(authorization).first(6).compare("basic ", Qt::CaseInsensitive) != 0)
        return false;
    // Strict: a character outside the base64 alphabet is an error, not something to skip.
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray &given = *decoded;
    const qsizetype plus = given.indexOf('+');
    if (plus <= 0)
        return false;
    // The company id is case-insensitive at login; the keys are not. Hashing first makes both
    // comparisons fixed-length, so not even the keys' length leaks through timing.
    const QByteArray company = QString::fromUtf8(given.left(plus)).toLower().toUtf8();
    auto digest = [](QByteArrayView bytes) {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    };
    const bool companyOk = constantTimeEquals(digest(company), digest(m_companyLower));
    const bool keysOk =
        constantTimeEquals(digest(QByteArrayView(given).sliced(plus)), digest(m_keys));
    return companyOk & keysOk;
}

} // namespace cw::sandbox
