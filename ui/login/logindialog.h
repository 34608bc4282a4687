#pragma once

#include "auth/credentialrequest.h"
#include "auth/profilestore.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "look/messagebar.h"
#include "session/accountsession.h"

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

class AccountStore;
class ApiClient;
class HaveKeysPage;
class LoginStorage;
class RequestAccessPage;
class RuleEditor;
class ServiceAccountPage;
struct AccountResult;

// "Log in to ovh-eu": three ways in (keys already known, request a consumer key with chosen
// rights, create an application first) over one common part (profile name, where the
// secrets go). Saves through AccountStore only after the keys were proven to work. Opened
// with open(); everything network is asynchronous. While the keys are being saved the dialog
// cannot be cancelled (Cancel, Esc and the close button wait): a save that completes always
// ends with loggedIn.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    // The tabs: the two a login starts on (LoginPlan::Page, which the account session chooses;
    // same values) and one that only the person opens.
    enum class Page : quint8 {
        HaveKeys = quint8(LoginPlan::Page::HaveKeys),
        RequestAccess = quint8(LoginPlan::Page::RequestAccess),
        CreateApplication,
        ServiceAccount, // an OAuth2 client id and secret (shown next to "I have keys")
    };
    struct Request
    {
        Endpoint endpoint;
        QString profileName; // prefilled (editable); empty: "default"
        Credentials prefill; // AK/AS (and CK for HaveKeys) already known; may be empty
        CredentialRules rules; // prefilled rights for RequestAccess; empty: read-only preset
        QString operationMethod; // the operation open in the window ("POST"), may be empty
        QString operationPath; // its path template ("/domain/zone/{zoneName}/record")
        LoginPlan::Page page = LoginPlan::Page::HaveKeys; // the tab it opens on
        bool demo = false; // the sandbox: explain it accepts its demo keys
        // The new key replaces the profile's current one (asking for more rights): the window
        // revokes the old key once the new one is saved; the dialog says so.
        bool replacingKey = false;
    };

    LoginDialog(AccountStore* accounts, ApiClient* client, const Request& request,
        QWidget* parent = nullptr);
    ~LoginDialog() override;

    Page currentPage() const;
    void setPage(Page page);
    // How often a pending consumer key is checked (tests shorten it). Default 3000 ms.
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }

    // What the saved key may do, as the endpoint described it (GET /auth/currentCredential:
    // status, expiration, rules, allowed IPs) when the keys were checked ("I have keys") or
    // the request was validated ("Request access"). Set when loggedIn is emitted: read it in
    // a slot connected to loggedIn (or later, while the dialog exists) to tell the user what
    // they got (AccountPresenter::loginSummary). nullopt before, or if the endpoint said
    // nothing. Holds no secret.
    const std::optional<CredentialInfo>& obtainedCredential() const { return m_obtained; }
    // True while the keys are being saved (the dialog cannot be closed meanwhile).
    bool isSaving() const { return m_saving; }

signals:
    // The profile and its secrets were saved (keychain or the chosen 0600 file) and made current.
    // obtainedCredential() describes the key at that moment. Emitted just before the dialog
    // accepts and closes.
    void loggedIn(const Ovh::Profile& profile);

protected:
    void done(int result) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    void showMessage(const QString& text, MessageBar::Kind kind);
    void clearMessage();
    void setCheckedOk(bool ok);

    void checkKeys(bool saveAfter);
    void onChecked(
        const CallResult& result, const std::optional<CredentialInfo>& info, bool saveAfter);
    // A token is asked for with the client id and secret: it proves them (a service account's
    // rights are IAM policies, which no call reads back).
    void checkServiceAccount(bool saveAfter);
    void onServiceAccountChecked(const QString& error, bool saveAfter);
    void requestAccess();
    void onValidationRequired(const QUrl& url);
    void onWaiting(int secondsLeft);
    void onRequestFinished(const CredentialRequestResult& result);
    void cancelRequest();
    void save(const Credentials& credentials);
    void onSaved(const AccountResult& result);
    void setBusy(bool busy);
    QString requestProblem() const;

    Profile profileToSave() const;
    Credentials haveKeysCredentials() const;
    void clearSecrets();

    AccountStore* m_accounts; // owned by the application, outlives the dialog
    QPointer<ApiClient> m_client;
    Request m_request;
    int m_pollIntervalMs = 3000;
    bool m_busy = false;
    bool m_saving = false; // an AccountStore save runs: no cancelling
    std::optional<CredentialInfo> m_obtained;
    QElapsedTimer m_lastPoll; // since the last answer about the pending key
    QPointer<CurrentCredentialJob> m_checkJob;
    QPointer<CredentialRequest> m_credentialRequest;

    QTabWidget* m_tabs = nullptr;
    MessageBar* m_message = nullptr;
    HaveKeysPage* m_haveKeysPage = nullptr;
    ServiceAccountPage* m_servicePage = nullptr;
    QList<QWidget*> m_pages; // indexed by Page
    QString m_tokenKey; // the service account being checked (BearerSource key); empty: none
    bool m_serviceCheckedOk = false;
    RequestAccessPage* m_requestPage = nullptr;
    LoginStorage* m_storage = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;

    // The fields the flows read, owned by the pages.
    QLineEdit* m_keysAk = nullptr;
    QLineEdit* m_keysAs = nullptr;
    QLineEdit* m_keysCk = nullptr;
    QPushButton* m_checkButton = nullptr;
    QLabel* m_checkStatus = nullptr;
    bool m_checkedOk = false;
    QLineEdit* m_requestAk = nullptr;
    QLineEdit* m_requestAs = nullptr;
    RuleEditor* m_ruleEditor = nullptr;
    QPushButton* m_requestButton = nullptr;
    RuleEditor* m_createRules = nullptr;
};

} // namespace Ovh
