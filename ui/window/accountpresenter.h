#pragma once

#include "look/messagebar.h"

#include "login/credentialdialog.h"
#include "login/logindialog.h"
#include "session/accountsession.h"

#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QStatusBar;
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

class AccountButton;
class GuidanceBar;
class OperationTabs;

// The window's side of the account: puts AccountSession's state and events into words (the
// account button, the account message bar, the status bar) and opens the login and
// current-credential dialogs it asks for. Decides nothing the session decides.
class AccountPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPresenter)

public:
    struct Widgets
    {
        QWidget* window = nullptr; // parent of the dialogs
        AccountButton* button = nullptr;
        GuidanceBar* message = nullptr;
        QStatusBar* statusBar = nullptr;
        OperationTabs* operations = nullptr; // the open operations, for a login's rights
    };
    AccountPresenter(AccountSession* session, const Widgets& widgets, QObject* parent = nullptr);

    // "Logged in to sandbox as “reader”: key with no expiry, rights: GET /*." and what became
    // of the key it replaced. Never a secret.
    static QString reportText(const LoginReport& report);
    // "Logged in to sandbox as “reader”: key with no expiry, rights: GET /*." (without `info`,
    // only the first part).
    static QString loginSummary(
        const QString& endpoint, const QString& profile, const std::optional<CredentialInfo>& info);
    // "the sandbox's demo account", "~/.ovh.conf, the OVH_* environment variables", a profile's
    // description: what "the keys of %1" names.
    static QString sourceDescription(const CredentialSource& source);

public slots:
    void updateButton();
    void openLogin(const Ovh::LoginPlan& plan);

private:
    void onEvent(const AccountEvent& event);
    void showMessage(const QString& text, const QString& action, std::function<void()> onAction);
    void showNote(const QString& text, MessageBar::Kind kind);
    void showCurrentCredential();

    AccountSession* m_session;
    Widgets m_widgets;
    std::function<void()> m_messageAction;
    QPointer<LoginDialog> m_loginDialog;
    QPointer<CredentialDialog> m_credentialDialog;
};

} // namespace Ovh
