// The connection a user asked for on a command line or in CWDESK_* variables, and the profile it
// comes to: a saved profile with flags on top, or one made of the flags alone. App and CLI share
// it.
#pragma once

#include "deskerror.h"

#include "api/connectionprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cw {

class ProfileStore;

struct ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(cw::ConnectionOptions)

public:
    QString profile;                  // --profile, CWDESK_PROFILE
    QString configDir;                // --config, CWDESK_CONFIG_DIR
    QString site;                     // --site, CWDESK_SITE
    QString company;                  // --company, CWDESK_COMPANY
    QString publicKey;                // --public-key, CWDESK_PUBLIC_KEY
    QString clientId;                 // --client-id, CWDESK_CLIENT_ID
    QByteArray trustedFingerprint;    // --trust-fingerprint, CWDESK_TRUST_FINGERPRINT
    bool privateKeyFromStdin = false; // --private-key-stdin
    int timeoutSeconds = 0;           // --timeout; 0 keeps the client's default
    QString cachePath;                // --cache, CWDESK_CACHE
    bool noOutbox = false;            // --no-outbox: changes go straight to the server
    bool offline = false;             // --offline: never talk to the server

    // The variable behind each option, read where the option was not given.
    static QString environment(const char *variable);

    // The profile to talk to: `profile` (or the store's default unless `site` is given), with
    // the flags on top. With `allowNew` (login) a `profile` name that is not saved yet starts a
    // new profile. False with *error (Invalid) when there is nothing to connect to or it is
    // malformed.
    bool resolve(ProfileStore &store, bool allowNew, ConnectionProfile *profile,
                 DeskError *error) const;
};

} // namespace cw
