// `login`, `logout` and `profiles`: saved connections (profiles.json, shared with the desktop
// app) and their private keys, which live only in the system keychain.
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "api/connectionprofile.h"

namespace cw {

class ProfileCommand : public Command
{
    Q_OBJECT

public:
    enum class Verb { Login, Logout, Profiles };

    ProfileCommand(Verb verb, CliContext *context);

    QString synopsis() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool needsConnection() const override { return false; }
    bool prepare(const QCommandLineParser &parser, const QStringList &arguments,
                 CliError *error) override;
    void run() override;

    static QList<OutputFormatter::Column> listColumns();

private:
    void login();
    void saveProfile(const QString &privateKey);
    void logout();
    void listProfiles();

    Verb m_verb;
    bool m_noKeychain = false;
    bool m_forget = false;
};

} // namespace cw
