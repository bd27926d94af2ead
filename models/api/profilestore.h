// The saved connection profiles and the one used last, in a single profiles.json (0600, in a 0700
// directory) that the app and the CLI share. Writes are atomic; a damaged file is moved aside.
#pragma once

#include "connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cw {

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(cw::ProfileStore)

public:
    // `directory` empty means QStandardPaths::AppConfigLocation. Loads the file at once; a problem
    // with it is in loadError(), never an exception or a crash.
    explicit ProfileStore(const QString &directory = {});

    QString directory() const { return m_directory; }
    QString filePath() const;
    // Where the app and cwdesk-cli keep profiles.json unless told otherwise.
    static QString defaultDirectory();
    static QString fileName();

    // Reads the file again (another process may have changed it). A missing file is an empty
    // store. A file that is not a profile list is renamed to profiles.json.corrupt-<timestamp>
    // and the store starts empty. False when something was wrong; the reason is in loadError().
    bool reload();
    // Translated; empty when the last load went well.
    QString loadError() const { return m_loadError; }

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString &name) const;
    bool contains(const QString &name) const { return profile(name).has_value(); }

    // Adds `profile`, or replaces the one with the same name(). The name is fixed at this point,
    // so a derived "company@site" name does not change when the site is edited later.
    bool save(const ConnectionProfile &profile, QString *error = nullptr);
    // False, with a reason, when there is no such profile. Removing the default clears it.
    bool remove(const QString &name, QString *error = nullptr);

    // The profile signed in with last (empty: none). Setting an empty name clears it.
    QString defaultProfileName() const { return m_defaultName; }
    bool setDefaultProfile(const QString &name, QString *error = nullptr);

private:
    struct Contents
    {
        QList<ConnectionProfile> profiles;
        QString defaultName;
    };
    enum class ReadResult { Ok, Missing, MovedAside, Failed };

    ReadResult read(Contents *contents, QString *error) const;
    bool write(const Contents &contents, QString *error) const;
    bool ensureDirectory(QString *error) const;
    // Re-reads the file, applies `change` and writes the result, so a change made meanwhile by
    // another process is kept rather than overwritten with this process's older copy.
    bool update(const std::function<bool(Contents &, QString *)> &change, QString *error);
    void adopt(const Contents &contents);

    QString m_directory;
    bool m_defaultLocation = false;
    QList<ConnectionProfile> m_profiles;
    QString m_defaultName;
    QString m_loadError;
};

} // namespace cw
