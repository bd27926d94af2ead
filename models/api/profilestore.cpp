#include "profilestore.h"

#include "apilogging.h"
#include "privatefolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// Version of the file layout; a file from a newer CW Desk is left alone, never rewritten.
constexpr int FileFormat = 1;
// A profile list is a few kilobytes; anything this large is not one.
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyDirectory =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory)
{
    if (m_directory.isEmpty()) {
        m_directory = defaultDirectory();
        m_defaultLocation = true;
    }
    reload();
}

QString ProfileStore::defaultDirectory()
{
    // The desktop app's AppConfigLocation (organisation "CW Desk", application "cwdesk"),
    // spelled out so that cwdesk-cli, whose application name differs, shares profiles.json.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"CW Desk/cwdesk"_s);
}

QString ProfileStore::fileName()
{
    return u"profiles.json"_s;
}

QString ProfileStore::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

bool ProfileStore::reload()
{
    Contents contents;
    QString error;
    const ReadResult result = read(&contents, &error);
    m_loadError = error;
    // After a failed read the last good copy stays visible; writes re-read and refuse.
    if (result != ReadResult::Failed)
        adopt(contents);
    return result == ReadResult::Ok || result == ReadResult::Missing;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    for (const ConnectionProfile &candidate : m_profiles) {
        if (candidate.name() == name)
            return candidate;
    }
    return std::nullopt;
}

bool ProfileStore::save(const ConnectionProfile &profile, QString *error)
{
    ConnectionProfile named = profile;
    named.setName(profile.name());
    if (named.name().isEmpty()) {
        if (error)
            *error = tr("A connection needs a name, a site or a company before it can be saved.");
        return false;
    }
    return update(
        [&named](Contents &contents, QString *) {
            for (ConnectionProfile &existing : contents.profiles) {
                if (existing.name() == named.name()) {
                    existing = named;
                    return true;
                }
            }
            contents.profiles.append(named);
            return true;
        },
        error);
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    return update(
        [&name](Contents &contents, QString *reason) {
            const qsizetype removed = contents.profiles.removeIf(
                [&name](const ConnectionProfile &p) { return p.name() == name; });
            if (removed == 0) {
                if (reason)
                    *reason = tr("There is no saved connection named %1.").arg(name);
                return false;
            }
            if (contents.defaultName == name)
                contents.defaultName.clear();
            return true;
        },
        error);
}

bool ProfileStore::setDefaultProfile(const QString &name, QString *error)
{
    return update(
        [&name](Contents &contents, QString *reason) {
            const bool known =
                name.isEmpty() ||
                std::any_of(contents.profiles.cbegin(), contents.profiles.cend(),
                            [&name](const ConnectionProfile &p) { return p.name() == name; });
            if (!known) {
                if (reason)
                    *reason = tr("There is no saved connection named %1.").arg(name);
                return false;
            }
            contents.defaultName = name;
            return true;
        },
        error);
}

ProfileStore::ReadResult ProfileStore::read(Contents *contents, QString *error) const
{
    const QString path = filePath();
    QFile file(path);
    if (!file.exists())
        return ReadResult::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The saved connections in %1 could not be read: %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return ReadResult::Failed;
    }

    QString problem;
    QJsonObject root;
    if (file.size() > MaxFileSize) {
        problem = tr("the file is far too large");
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        else if (!document.isObject())
            problem = tr("it does not hold a list of connections");
        else
            root = document.object();
    }
    file.close();

    if (problem.isEmpty()) {
        const int format = root.value(u"format"_s).toInt(FileFormat);
        if (format > FileFormat) {
            *error = tr("The saved connections in %1 were written by a newer version of CW Desk. "
                        "Update CW Desk to use or change them.")
                         .arg(QDir::toNativeSeparators(path));
            return ReadResult::Failed;
        }
        const QJsonValue list = root.value(u"profiles"_s);
        if (!list.isUndefined() && !list.isArray())
            problem = tr("it does not hold a list of connections");
        else {
            for (const QJsonValue &entry : list.toArray()) {
                const ConnectionProfile profile = ConnectionProfile::fromJson(entry.toObject());
                const bool duplicate = std::any_of(
                    contents->profiles.cbegin(), contents->profiles.cend(),
                    [&profile](const ConnectionProfile &p) { return p.name() == profile.name(); });
                // One odd entry (edited by hand, say) costs that entry, not the whole file.
                if (!entry.isObject() || profile.name().isEmpty() || duplicate) {
                    qCWarning(lcApi) << "skipping an unusable entry in" << path;
                    continue;
                }
                contents->profiles.append(profile);
            }
            contents->defaultName = root.value(u"defaultProfile"_s).toString();
            if (!contents->defaultName.isEmpty() &&
                !std::any_of(contents->profiles.cbegin(), contents->profiles.cend(),
                             [contents](const ConnectionProfile &p) {
                                 return p.name() == contents->defaultName;
                             }))
                contents->defaultName.clear();
            return ReadResult::Ok;
        }
    }

    // Keep the damaged file for the user (or a bug report) and start afresh rather than
    // refusing to work or silently overwriting it.
    *contents = Contents();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString aside = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, aside)) {
        *error = tr("The saved connections in %1 are damaged (%2) and could not be moved aside. "
                    "Move or delete the file, then try again.")
                     .arg(QDir::toNativeSeparators(path), problem);
        return ReadResult::Failed;
    }
    qCWarning(lcApi) << "moved a damaged profile file aside to" << aside;
    *error = tr("The saved connections in %1 were damaged (%2). The file was kept as %3; add your "
                "connections again (their private keys are still in the system keychain).")
                 .arg(QDir::toNativeSeparators(path), problem, QDir::toNativeSeparators(aside));
    return ReadResult::MovedAside;
}

bool ProfileStore::ensureDirectory(QString *error) const
{
    const bool created = !QDir(m_directory).exists();
    if (created && !PrivateFolder::make(m_directory)) {
        *error = tr("The folder %1 for the saved connections could not be created.")
                     .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Only our own folders are made private: a folder given on the command line may be shared
    // on purpose, and the file itself is private anyway.
    if ((created || m_defaultLocation) && !QFile::setPermissions(m_directory, OwnerOnlyDirectory)) {
        *error = tr("The folder %1 for the saved connections could not be made private.")
                     .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    return true;
}

bool ProfileStore::write(const Contents &contents, QString *error) const
{
    if (!ensureDirectory(error))
        return false;
    QJsonArray list;
    for (const ConnectionProfile &profile : contents.profiles)
        list.append(profile.toJson());
    QJsonObject root{{u"format"_s, FileFormat}, {u"profiles"_s, list}};
    if (!contents.defaultName.isEmpty())
        root.insert(u"defaultProfile"_s, contents.defaultName);

    // QSaveFile writes a temporary file and renames it over the old one on commit(), so a crash
    // or a full disk leaves either the old file or the new one, never half of one.
    QSaveFile file(filePath());
    const QString path = QDir::toNativeSeparators(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The saved connections could not be written to %1: %2.")
                     .arg(path, file.errorString());
        return false;
    }
    // Before any byte is written, so the data is never readable by others, not even briefly.
    if (!file.setPermissions(OwnerOnlyFile)) {
        file.cancelWriting();
        *error = tr("The saved connections could not be written to %1: its permissions could "
                    "not be restricted to you.")
                     .arg(path);
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("The saved connections could not be written to %1: %2.")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ProfileStore::update(const std::function<bool(Contents &, QString *)> &change, QString *error)
{
    QString reason;
    Contents contents;
    const ReadResult result = read(&contents, &reason);
    if (result == ReadResult::Failed) {
        m_loadError = reason;
        if (error)
            *error = reason;
        return false;
    }
    // A file moved aside just now is reported once, through loadError(), and the change goes on.
    m_loadError = result == ReadResult::MovedAside ? reason : QString();
    reason.clear();
    const Contents onDisk = contents;
    if (!change(contents, &reason) || !write(contents, &reason)) {
        if (error)
            *error = reason;
        // What the disk holds now: the newest view, even though this change did not happen.
        adopt(onDisk);
        return false;
    }
    adopt(contents);
    return true;
}

void ProfileStore::adopt(const Contents &contents)
{
    m_profiles = contents.profiles;
    m_defaultName = contents.defaultName;
}

} // namespace cw
