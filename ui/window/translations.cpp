#include "window/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Ovh {

namespace {

QString catalogueFile(const QString& language)
{
    return QStringLiteral(":/i18n/ovh-explorer_%1.qm").arg(language);
}

QString& installed()
{
    static QString language = QStringLiteral("en");
    return language;
}

bool installCatalogue(QCoreApplication& app, const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(fileName, directory)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList translatedLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(QStringLiteral(":/i18n"))
              .entryList({ QStringLiteral("ovh-explorer_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(13, file.size() - 16); // "ovh-explorer_" .. ".qm"
    return languages;
}

QString chooseLanguage(const QString& forced, const QStringList& systemLanguages)
{
    const QStringList available = translatedLanguages();
    if (available.contains(forced))
        return forced;
    for (const QString& name : systemLanguages) {
        // "fr-FR", "fr_CA", "fr": the language part; "C" and "POSIX" are no language.
        const QString language
            = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    if (!installCatalogue(app, catalogueFile(language), QString()))
        return false;
    // English is Qt's own language; any other loads Qt's catalogue when the system has it
    // (Debian: qt6-translations-l10n).
    if (language != QLatin1String("en"))
        installCatalogue(app, QStringLiteral("qtbase_") + language,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Not QLocale::system(): under LANGUAGE=fr with LC_ALL=C it says French but writes C's dates.
    QString posix = qEnvironmentVariable("LC_ALL");
    if (posix.isEmpty())
        posix = qEnvironmentVariable("LC_TIME");
    if (posix.isEmpty())
        posix = qEnvironmentVariable("LANG");
    QLocale::setDefault(localeForLanguage(language, posix));
    installed() = language;
    return true;
}

QString installedLanguage()
{
    return installed();
}

QString translateInto(const QString& language, const char* context, const char* source)
{
    if (language == installedLanguage())
        return QCoreApplication::translate(context, source);
    QTranslator translator;
    QString text;
    if (language != QLatin1String("en") && translator.load(catalogueFile(language)))
        text = translator.translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QLocale localeForLanguage(const QString& language, const QString& systemLocaleName)
{
    // "fr_CA.UTF-8@euro" -> "fr_CA"; "C" and "POSIX" name no language.
    const QLocale system(
        systemLocaleName.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0));
    const QLocale wanted(language);
    return system.language() == wanted.language() ? system : wanted;
}

} // namespace Ovh
