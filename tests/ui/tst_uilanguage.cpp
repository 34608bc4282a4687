#include "window/translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

using namespace Ovh;
using namespace Qt::Literals::StringLiterals;

// The window's language (issue 15 item 1): Settings' choice, else the system's, else English;
// French brings Qt's own French and French dates and numbers.
class TestUiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void bothCataloguesAreCompiledIn()
    {
        const QStringList languages = translatedLanguages();
        QVERIFY2(languages.contains(QStringLiteral("en")), qPrintable(languages.join(u' ')));
        QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(u' ')));
    }

    void chooseLanguage_data()
    {
        QTest::addColumn<QString>("forced");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QString none;
        QTest::newRow("system fr-FR") << none << QStringList { u"fr-FR"_s } << u"fr"_s;
        QTest::newRow("system fr_CA") << none << QStringList { u"fr_CA"_s } << u"fr"_s;
        QTest::newRow("LANGUAGE=de:fr") << none << QStringList { u"de-DE"_s, u"fr"_s } << u"fr"_s;
        QTest::newRow("LANGUAGE=en_GB:fr")
            << none << QStringList { u"en-GB"_s, u"fr-FR"_s } << u"en"_s;
        QTest::newRow("system de only") << none << QStringList { u"de-DE"_s } << u"en"_s;
        QTest::newRow("C locale") << none << QStringList { u"C"_s } << u"en"_s;
        QTest::newRow("nothing") << none << QStringList() << u"en"_s;
        QTest::newRow("forced fr over en") << u"fr"_s << QStringList { u"en-US"_s } << u"fr"_s;
        QTest::newRow("forced en over fr") << u"en"_s << QStringList { u"fr-FR"_s } << u"en"_s;
        QTest::newRow("unknown forced") << u"xx"_s << QStringList { u"fr-BE"_s } << u"fr"_s;
    }

    void chooseLanguage()
    {
        QFETCH(QString, forced);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Ovh::chooseLanguage(forced, system), expected);
    }

    void localeForLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr, C") << u"fr"_s << u"C.UTF-8"_s << u"fr_FR"_s;
        QTest::newRow("fr, nothing") << u"fr"_s << QString() << u"fr_FR"_s;
        QTest::newRow("fr, fr_CA") << u"fr"_s << u"fr_CA.UTF-8"_s << u"fr_CA"_s;
        QTest::newRow("fr, fr_BE@euro") << u"fr"_s << u"fr_BE@euro"_s << u"fr_BE"_s;
        QTest::newRow("fr forced, en_GB") << u"fr"_s << u"en_GB.UTF-8"_s << u"fr_FR"_s;
        QTest::newRow("en forced, fr_FR") << u"en"_s << u"fr_FR.UTF-8"_s << u"en_US"_s;
        QTest::newRow("en, en_GB") << u"en"_s << u"en_GB.UTF-8"_s << u"en_GB"_s;
    }

    void localeForLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Ovh::localeForLanguage(language, system).name(), expected);
    }

    // Last: it installs French on the application for good.
    void frenchWordsQtDialogsAndDates()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")));
        QCOMPARE(
            QCoreApplication::translate("Ovh::MainWindow", "&File"), QStringLiteral("&Fichier"));
        QCOMPARE(
            QCoreApplication::translate("Ovh::FetchAllBar", "%n retried after 429", nullptr, 3),
            QStringLiteral("3 relancés après 429"));
        QCOMPARE(
            QCoreApplication::translate("Ovh::FetchAllBar", "%n retried after 429", nullptr, 1),
            QStringLiteral("1 relancé après 429"));
        // Qt's own catalogue (Debian: qt6-translations-l10n): the standard buttons.
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                     + QStringLiteral("/qtbase_fr.qm")),
            "qtbase_fr.qm missing: install qt6-translations-l10n (./dev.sh does)");
        QCOMPARE(
            QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u202f234,5"));
        // ctest runs under LC_ALL=C.UTF-8: French dates all the same.
        QCOMPARE(QLocale().toString(QDate(2026, 12, 7), QLocale::ShortFormat),
            QStringLiteral("07/12/2026"));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
