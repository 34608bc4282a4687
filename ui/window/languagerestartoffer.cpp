#include "window/languagerestartoffer.h"

#include "look/guidancebar.h"
#include "window/translations.h"

#include <QPushButton>

namespace Ovh {

namespace {

constexpr const char* kContext = "Ovh::LanguageRestartOffer";

// Said through translateInto() in two languages, so named here for lupdate.
constexpr const char* kOffer = QT_TRANSLATE_NOOP("Ovh::LanguageRestartOffer",
    "Restart to show the window in %1: your tabs, their values and the layout come back.");
constexpr const char* kNextStart
    = QT_TRANSLATE_NOOP("Ovh::LanguageRestartOffer", "The window shows %1 from its next start.");
constexpr const char* kWaiting = QT_TRANSLATE_NOOP(
    "Ovh::LanguageRestartOffer", "The window restarts in %1 once the calls running have ended.");

const char* languageName(const QString& language)
{
    if (language == QLatin1String("fr"))
        return QT_TRANSLATE_NOOP("Ovh::LanguageRestartOffer", "French");
    return QT_TRANSLATE_NOOP("Ovh::LanguageRestartOffer", "English");
}

} // namespace

LanguageRestartOffer::LanguageRestartOffer(
    GuidanceBar* bar, bool canRestart, std::function<bool()> callsRunning, QObject* parent)
    : QObject(parent)
    , m_bar(bar)
    , m_canRestart(canRestart)
    , m_callsRunning(std::move(callsRunning))
{
    connect(m_bar, &GuidanceBar::activated, this, &LanguageRestartOffer::restartNow);
}

void LanguageRestartOffer::setChosenLanguage(const QString& language)
{
    m_chosen = language;
    m_waiting = false;
    if (language == installedLanguage())
        m_bar->clear();
    else
        show();
}

void LanguageRestartOffer::restartNow()
{
    if (!m_canRestart || m_chosen.isEmpty() || m_chosen == installedLanguage())
        return;
    if (m_callsRunning && m_callsRunning()) {
        m_waiting = true;
        show();
        return;
    }
    m_waiting = false;
    emit restartRequested();
}

void LanguageRestartOffer::callEnded()
{
    if (m_waiting)
        restartNow();
}

QString LanguageRestartOffer::bothLanguages(const char* source) const
{
    const auto say = [this, source](const QString& language) {
        return translateInto(language, kContext, source)
            .arg(translateInto(language, kContext, languageName(m_chosen)));
    };
    const QString shown = say(installedLanguage());
    const QString chosen = say(m_chosen);
    return chosen == shown ? shown : shown + QLatin1Char('\n') + chosen;
}

void LanguageRestartOffer::show()
{
    if (!m_canRestart) {
        m_bar->showGuidance(bothLanguages(kNextStart), QString(), MessageBar::Kind::Info);
        return;
    }
    if (m_waiting) {
        m_bar->showGuidance(bothLanguages(kWaiting), QString(), MessageBar::Kind::Info);
        return;
    }
    m_bar->showGuidance(bothLanguages(kOffer), tr("Restart now"), MessageBar::Kind::Info);
    m_bar->button()->setAccessibleDescription(bothLanguages(kOffer));
}

} // namespace Ovh
