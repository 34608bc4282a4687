#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Ovh {

class GuidanceBar;

// A change of language loads at start only: after File > Settings chose another, `bar` offers
// to restart now, said in the window's language and in the one chosen (the person may read only
// that one). The restart waits until no call runs, so that their answers reach the history;
// without a way to restart, the bar only says the language changes at the next start.
class LanguageRestartOffer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageRestartOffer)

public:
    // `callsRunning` says whether a call is running in any tab.
    LanguageRestartOffer(GuidanceBar* bar, bool canRestart, std::function<bool()> callsRunning,
        QObject* parent = nullptr);

    // "en", "fr": the language the settings now choose; the offer goes when it is the one the
    // window speaks (installedLanguage()).
    void setChosenLanguage(const QString& language);
    QString chosenLanguage() const { return m_chosen; }
    bool isWaitingForCalls() const { return m_waiting; }

    // The person asked to restart: now, or when the calls running end (callEnded()).
    void restartNow();
    // A call ended somewhere: the restart asked for while it ran goes ahead once none runs.
    void callEnded();

signals:
    // Time to restart: the window saves its state and the composition root starts it again.
    void restartRequested();

private:
    // `source` in the window's language, then in the chosen one when that says it otherwise.
    QString bothLanguages(const char* source) const;
    void show();

    GuidanceBar* m_bar;
    bool m_canRestart;
    std::function<bool()> m_callsRunning;
    QString m_chosen;
    bool m_waiting = false;
};

} // namespace Ovh
