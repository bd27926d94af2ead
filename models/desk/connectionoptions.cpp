#include "connectionoptions.h"

#include "api/credentials.h"
#include "api/profilestore.h"

namespace cw {

QString ConnectionOptions::environment(const char *variable)
{
    return qEnvironmentVariable(variable).trimmed();
}

bool ConnectionOptions::resolve(ProfileStore &store, bool allowNew, ConnectionProfile *profile,
                                DeskError *error) const
{
    ConnectionProfile result;
    if (!this->profile.isEmpty()) {
        if (const auto saved = store.profile(this->profile)) {
            result = *saved;
        } else if (allowNew) {
            result.setName(this->profile);
        } else {
            *error = DeskError::invalid(
                tr("There is no saved profile named \"%1\". `cwdesk-cli profiles` lists them; "
                   "`cwdesk-cli login` saves one.")
                    .arg(this->profile));
            return false;
        }
    } else if (site.isEmpty() && !store.defaultProfileName().isEmpty()) {
        if (const auto saved = store.profile(store.defaultProfileName()))
            result = *saved;
    }

    // Flags and environment win over what the profile says.
    const QString oldRoot = result.siteRoot().toString();
    const QString oldCompany = result.company().toLower();
    if (!site.isEmpty())
        result.setSite(site);
    if (!company.isEmpty())
        result.setCompany(company);
    if (!publicKey.isEmpty())
        result.setPublicKey(publicKey);
    if (!clientId.isEmpty())
        result.setClientId(clientId);
    if (!trustedFingerprint.isEmpty())
        result.setTrustedCertificateSha256(trustedFingerprint);
    // Another site or company may live on another codebase: ask again.
    if (result.siteRoot().toString() != oldRoot || result.company().toLower() != oldCompany)
        result.setCodebase({});

    if (result.site().isEmpty() && result.company().isEmpty() && result.publicKey().isEmpty()) {
        *error = DeskError::invalid(
            tr("No connection is set up. Run `cwdesk-cli login`, or give --profile, or --site, "
               "--company and --public-key (or CWDESK_SITE, CWDESK_COMPANY and "
               "CWDESK_PUBLIC_KEY)."));
        return false;
    }
    QString reason;
    if (!result.validate(&reason)) {
        *error = DeskError::invalid(reason);
        return false;
    }
    if (!trustedFingerprint.isEmpty() &&
        Credentials::normalizedSha256(trustedFingerprint).isEmpty()) {
        *error = DeskError::invalid(
            tr("--trust-fingerprint needs the certificate's SHA-256 fingerprint: 64 hexadecimal "
               "digits, with or without colons."));
        return false;
    }
    *profile = result;
    return true;
}

} // namespace cw
