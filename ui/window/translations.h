#pragma once

#include <QLocale>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace Ovh {

// The languages the window speaks ("en", "fr"): those with a catalogue in the resources.
QStringList translatedLanguages();

// The language the window speaks: `forced` (File > Settings, "en" or "fr") when set, else the
// first of the system's languages (QLocale::uiLanguages(), which honours LANGUAGE) that has a
// catalogue, else English.
QString chooseLanguage(const QString& forced, const QStringList& systemLanguages);

// Installs the program's catalogue for `language` on `app` (English's holds its plural forms,
// which Qt only applies through a translator) and, for another language, Qt's own (qtbase_xx
// from the system, so file dialogs and standard buttons speak it too); dates and numbers follow
// the language. False when the program's catalogue did not load.
bool installTranslations(QCoreApplication& app, const QString& language = QStringLiteral("en"));

// The language installTranslations() last installed ("en" before any): the one the window
// speaks until it restarts.
QString installedLanguage();

// `source` (of `context`) as `language`'s catalogue says it, whatever the language installed:
// to speak the language a person just chose before the window does. The source itself for
// English, or when the catalogue lacks it.
QString translateInto(const QString& language, const char* context, const char* source);

// The locale of dates and numbers for `language`: the system's (LC_ALL, LC_TIME, LANG: fr_CA,
// en_GB) when it is of that language, else the language's own (fr: France's).
QLocale localeForLanguage(const QString& language, const QString& systemLocaleName);

} // namespace Ovh
