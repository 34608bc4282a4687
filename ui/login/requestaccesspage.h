#pragma once

#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace Ovh {

class RuleEditor;

// The login dialog's "Request access" page: the application key and secret and the rights to
// ask for (the form), then, while OVHcloud's page waits for the person, the validation link,
// a countdown and Cancel (the waiting panel). LoginDialog runs the request.
class RequestAccessPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestAccessPage)

public:
    // `replacingKey`: say that the current key is revoked once the new one is saved.
    // `demo`: the sandbox, whose page tells a refusal (no hint about pressing Cancel).
    RequestAccessPage(bool replacingKey, bool demo, QWidget* parent = nullptr);

    // The form.
    QLineEdit* appKey() const { return m_appKey; }
    QLineEdit* appSecret() const { return m_appSecret; }
    RuleEditor* ruleEditor() const { return m_ruleEditor; }
    QPushButton* requestButton() const { return m_requestButton; }
    QLabel* reason() const { return m_reason; } // why Request access is disabled

    // The waiting panel.
    void showForm();
    // Starts a wait: no link yet, the whole time left, "Requesting a consumer key…".
    void showWaiting(const QString& endpointName);
    // The page OVHcloud asks the person to validate on: shown, and opened by the buttons.
    void setValidationUrl(const QUrl& url);
    void clearValidationUrl() { m_validationUrl.clear(); }
    // Seconds left of the wait; negative: unknown (a spinning bar).
    void setSecondsLeft(int secondsLeft);
    void setWaitStatus(const QString& text);
    void hideRefusalHint();
    QPushButton* cancelWaitButton() const { return m_cancelWait; }

private:
    bool m_demo;
    QUrl m_validationUrl;
    QStackedWidget* m_stack;
    QLineEdit* m_appKey = nullptr;
    QLineEdit* m_appSecret = nullptr;
    RuleEditor* m_ruleEditor = nullptr;
    QPushButton* m_requestButton = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_validationLink = nullptr;
    QLabel* m_countdown = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_waitStatus = nullptr;
    QLabel* m_refusalHint = nullptr;
    QPushButton* m_cancelWait = nullptr;
};

} // namespace Ovh
