// The user interface's language: CW Desk's own catalogues (translations/cwdesk_*.ts, compiled
// and embedded under :/i18n), Qt's (qtbase_*.qm) and QtKeychain's, for the system language or
// the one asked for with --lang (cwdesk also keeps a choice in its settings).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cw {

class Translations
{
public:
    // cwdesk's settings key of the language chosen in View ▸ Language ("" = the system's).
    static QString settingsKey();

    // The value of --lang XX or --lang=XX in argv (empty when absent): read before the
    // application parses its command line, so that its help texts are translated already.
    static QString languageFromArguments(int argc, char **argv);

    // The languages CW Desk is translated to, English first ("en", "de", "fr").
    static QStringList languages();

    // `requested` ("de", "fr_FR", "en" …) when set, else the system's locale.
    static QLocale localeFor(const QString &requested);

    // Makes `locale` the default (dates and numbers follow it) and installs the catalogues of its
    // language on the application. Returns the catalogues loaded (for English only CW Desk's
    // plural forms, ":/i18n/cwdesk_en.qm"). A language CW Desk is not translated to leaves the
    // whole interface in English, Qt's own texts included. Replaces what an earlier call
    // installed.
    static QStringList install(const QLocale &locale);

    // Whether `language` ("de", "de_CH", "xx") names a language CW Desk is translated to.
    static bool isSupported(const QString &language);
};

} // namespace cw
