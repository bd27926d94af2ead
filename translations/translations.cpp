#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QPointer>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// Where QtKeychain installs its catalogues (qt6keychain/translations under a data directory, e.g.
// /usr/share/qt6keychain/translations on Debian), next to Qt's own and in every XDG data dir.
QStringList keychainDirectories()
{
    QStringList dirs = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                                 u"qt6keychain/translations"_s,
                                                 QStandardPaths::LocateDirectory);
    const QString nextToQt = QLibraryInfo::path(QLibraryInfo::DataPath) +
                             u"/../qt6keychain/translations"_s;
    if (QDir(nextToQt).exists())
        dirs.append(QDir::cleanPath(nextToQt));
    dirs.removeDuplicates();
    return dirs;
}

// What install() put on the application, so that another install() replaces it.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool load(const QLocale &locale, const QString &name, const QStringList &directories,
          QStringList *loaded)
{
    for (const QString &directory : directories) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, name, u"_"_s, directory) &&
            QCoreApplication::installTranslator(translator)) {
            installed().append(translator);
            loaded->append(translator->filePath());
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

QString Translations::settingsKey()
{
    return u"ui/language"_s;
}

QString Translations::languageFromArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") // what follows is an argument, not an option
            break;
        if ((arg == "--lang" || arg == "-lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]).trimmed();
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7)).trimmed();
    }
    return {};
}

QStringList Translations::languages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

bool Translations::isSupported(const QString &language)
{
    const QString name = QLocale(language).name().section(u'_', 0, 0);
    return languages().contains(name);
}

QLocale Translations::localeFor(const QString &requested)
{
    if (requested.isEmpty())
        return QLocale::system();
    return QLocale(requested);
}

QStringList Translations::install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    QStringList loaded;
    // Only a language CW Desk speaks, so that the interface is never half in one language; any
    // other stays English, whose catalogue holds only the plural forms ("1 article").
    if (locale.language() == QLocale::English || locale.language() == QLocale::C ||
        !isSupported(locale.name())) {
        load(QLocale(QLocale::English), u"cwdesk"_s, {u":/i18n"_s}, &loaded);
        return loaded;
    }
    load(locale, u"cwdesk"_s, {u":/i18n"_s}, &loaded);
    load(locale, u"qtbase"_s, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)}, &loaded);
    load(locale, u"qtkeychain"_s, keychainDirectories(), &loaded);
    return loaded;
}

} // namespace cw
