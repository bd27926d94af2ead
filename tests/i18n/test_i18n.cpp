// The interface in German and French: cw::Translations installs CW Desk's catalogue (embedded),
// Qt's and QtKeychain's for a language, the main window's menus and the CLI's table headers then
// read in it, numbers follow its locale, CSV headers stay English, and English (the C locale
// the tests run in) loads nothing.
#include "app/cli/outputformatter.h"
#include "models/desk/desk.h"
#include "translations/translations.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace cw::test {

class TestI18n : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The menu bar's titles of a fresh window on an offline desk, in the installed language.
    QStringList menuTitles()
    {
        Desk desk;
        Desk::Options options;
        options.cachePath = m_dir.filePath(u"cache.sqlite"_s);
        options.offline = true;
        desk.setOptions(options);
        MainWindow window(&desk);
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

    static bool loadedOne(const QStringList &loaded, const QString &name)
    {
        for (const QString &path : loaded) {
            if (path.contains(name))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void languageFromArguments()
    {
        QByteArray a0("cwdesk"), a1("--lang"), a2("fr"), a3("--lang=de"), a4("--"), a5("--lang");
        char *spaced[] = {a0.data(), a1.data(), a2.data()};
        QCOMPARE(Translations::languageFromArguments(3, spaced), u"fr"_s);
        char *joined[] = {a0.data(), a3.data()};
        QCOMPARE(Translations::languageFromArguments(2, joined), u"de"_s);
        char *afterDashes[] = {a0.data(), a4.data(), a5.data(), a2.data()};
        QCOMPARE(Translations::languageFromArguments(4, afterDashes), QString());
        QVERIFY(Translations::isSupported(u"de_CH"_s));
        QVERIFY(!Translations::isSupported(u"it"_s));
    }

    void englishLoadsPluralsOnly()
    {
        for (const QLocale &locale : {QLocale::c(), QLocale(u"en_GB"_s), QLocale(u"it"_s)}) {
            const QStringList loaded = Translations::install(locale);
            QCOMPARE(loaded.size(), 1);
            QVERIFY2(loadedOne(loaded, u":/i18n/cwdesk_en"_s), qPrintable(loaded.join(u", "_s)));
            // A language CW Desk does not speak (it) keeps the interface English.
            QCOMPARE(menuTitles(), QStringList({u"&Connection"_s, u"&Go"_s, u"&Ticket"_s,
                                                u"&View"_s, u"T&ools"_s}));
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
        }
        // English plural forms: "1 article", never "1 article(s)".
        QCOMPARE(QCoreApplication::translate("cw::KbPane", "%n article(s) found on the server",
                                             nullptr, 1),
                 u"1 article found on the server"_s);
        QCOMPARE(QCoreApplication::translate("cw::KbPane", "%n article(s) found on the server",
                                             nullptr, 4),
                 u"4 articles found on the server"_s);
        QCOMPARE(QCoreApplication::translate("cw::MainWindow",
                                             "Delete %Ln tickets? This cannot be undone.", nullptr,
                                             2),
                 u"Delete 2 tickets? This cannot be undone."_s);
        QCOMPARE(QCoreApplication::translate("cw::MainWindow",
                                             "Delete %Ln tickets? This cannot be undone.", nullptr,
                                             1),
                 u"Delete 1 ticket? This cannot be undone."_s);
    }

    void german()
    {
        const QStringList loaded = Translations::install(QLocale(u"de_DE"_s));
        QVERIFY2(loadedOne(loaded, u":/i18n/cwdesk_de"_s), qPrintable(loaded.join(u", "_s)));
        QVERIFY2(loadedOne(loaded, u"qtbase_de"_s), qPrintable(loaded.join(u", "_s)));
        QVERIFY2(loadedOne(loaded, u"qtkeychain_de"_s), qPrintable(loaded.join(u", "_s)));
        QCOMPARE(menuTitles(),
                 QStringList({u"&Verbindung"_s, u"&Gehe zu"_s, u"&Ticket"_s, u"&Ansicht"_s,
                              u"E&xtras"_s}));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
        // Qt's own texts come from qtbase_de.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);

        const OutputFormatter::Column column(QT_TRANSLATE_NOOP("cw::Column", "Title"), u"title"_s);
        // Plural forms: one and many.
        const char *question = "Delete %Ln tickets? This cannot be undone.";
        QCOMPARE(QCoreApplication::translate("cw::MainWindow", question, nullptr, 1),
                 u"1 Ticket löschen? Das kann nicht rückgängig gemacht werden."_s);
        QCOMPARE(QCoreApplication::translate("cw::MainWindow", question, nullptr, 1200),
                 u"1.200 Tickets löschen? Das kann nicht rückgängig gemacht werden."_s);
        QCOMPARE(column.header, u"Titel"_s);
        QCOMPARE(column.csvHeader, u"Title"_s);
    }

    void french()
    {
        const QStringList loaded = Translations::install(QLocale(u"fr"_s));
        QVERIFY2(loadedOne(loaded, u":/i18n/cwdesk_fr"_s), qPrintable(loaded.join(u", "_s)));
        QVERIFY2(!loadedOne(loaded, u"_de"_s), qPrintable(loaded.join(u", "_s)));
        QCOMPARE(menuTitles(),
                 QStringList({u"&Connexion"_s, u"A&ller à"_s, u"&Ticket"_s, u"Affic&hage"_s,
                              u"&Outils"_s}));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1\u202f234,5"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
        const OutputFormatter::Column column(QT_TRANSLATE_NOOP("cw::Column", "Status"), u"x"_s);
        const char *question = "Delete %Ln tickets? This cannot be undone.";
        QCOMPARE(QCoreApplication::translate("cw::MainWindow", question, nullptr, 1),
                 u"Supprimer 1 ticket\u00a0? Cette action est irréversible."_s);
        QCOMPARE(QCoreApplication::translate("cw::MainWindow", question, nullptr, 3),
                 u"Supprimer 3 tickets\u00a0? Cette action est irréversible."_s);
        QCOMPARE(column.header, u"Statut"_s);
        QCOMPARE(column.csvHeader, u"Status"_s);
    }

    void cleanupTestCase() { Translations::install(QLocale::c()); }
};

} // namespace cw::test

QTEST_MAIN(cw::test::TestI18n)
#include "test_i18n.moc"
