#include "window/accountpresenter.h"

#include "look/guidancebar.h"
#include "look/messagebar.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "window/accountbutton.h"
#include "window/operationtabs.h"

#include <QDir>
#include <QLocale>
#include <QStatusBar>

#include <utility>

namespace Ovh {

AccountPresenter::AccountPresenter(AccountSession* session, const Widgets& widgets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_widgets(widgets)
{
    AccountButton* button = m_widgets.button;
    connect(button, &AccountButton::menuAboutToShow, this, &AccountPresenter::updateButton);
    connect(button, &AccountButton::profileChosen, session, &AccountSession::chooseProfile);
    connect(
        button, &AccountButton::configChosen, session, [session] { session->chooseProfile({}); });
    connect(button, &AccountButton::demoChosen, session, [session] { session->chooseProfile({}); });
    connect(button, &AccountButton::loginRequested, this, [this] {
        // The application is known (logged out, or the demo application), or nothing is known
        // yet: ask for a consumer key. Only a lone consumer key starts from the keys.
        openLogin(m_session->loginPlan(m_session->loginPage()));
    });
    connect(button, &AccountButton::currentCredentialRequested, this,
        &AccountPresenter::showCurrentCredential);
    connect(button, &AccountButton::logoutRequested, session, &AccountSession::logout);
    connect(button, &AccountButton::importRequested, session, &AccountSession::importAccount);
    connect(button, &AccountButton::exportRequested, session, &AccountSession::exportAccount);
    connect(button, &AccountButton::removeRequested, session, &AccountSession::removeAccount);
    connect(m_widgets.message, &GuidanceBar::activated, this, [this] {
        if (m_messageAction)
            m_messageAction();
    });

    connect(session, &AccountSession::resolveStarted, this, [this] {
        m_messageAction = nullptr;
        m_widgets.message->clear();
    });
    connect(session, &AccountSession::readingKeychain, this, &AccountPresenter::updateButton);
    connect(session, &AccountSession::accountChanged, this, &AccountPresenter::updateButton);
    connect(session, &AccountSession::stateChanged, this, &AccountPresenter::updateButton);
    connect(session, &AccountSession::event, this, &AccountPresenter::onEvent);
    connect(session, &AccountSession::loginNeeded, this, &AccountPresenter::openLogin);
    connect(session, &AccountSession::loginReported, this, [this](const LoginReport& report) {
        showNote(reportText(report),
            report.isProblem() ? MessageBar::Kind::Warning : MessageBar::Kind::Info);
    });

    // The button follows what the API says of the key, not only what the keychain holds.
    connect(m_widgets.operations, &OperationTabs::callFinished, session,
        &AccountSession::noteCallResult);
    connect(m_widgets.operations, &OperationTabs::loginRequested, this,
        [this](LoginPlan::Page page, const CredentialRules& rules, bool extendRights) {
            if (extendRights) {
                m_session->requestRights(rules);
                return;
            }
            openLogin(m_session->loginPlan(page, rules));
        });
    updateButton();
}

QString AccountPresenter::sourceDescription(const CredentialSource& source)
{
    if (source.kind == CredentialSource::Kind::Demo && source.description.isEmpty())
        //: Ends "Calls to %1 are signed with the keys of %2." (AccountButton)
        return tr("the sandbox's demo account");
    return source.description;
}

QString AccountPresenter::loginSummary(
    const QString& endpoint, const QString& profile, const std::optional<CredentialInfo>& info)
{
    const QString prefix = tr("Logged in to %1 as \u201c%2\u201d").arg(endpoint, profile);
    if (!info)
        return prefix + QLatin1Char('.');
    const QString validity = info->hasExpiry()
        ? tr("key valid until %1")
              .arg(QLocale().toString(info->expiration.toLocalTime(), QLocale::ShortFormat))
        : tr("key with no expiry");
    const QString rules = AccessRules::toText(info->rules);
    QString summary
        = tr("%1: %2, rights: %3").arg(prefix, validity, rules.isEmpty() ? tr("none") : rules);
    if (!info->allowedIPs.isEmpty())
        summary += tr(", only from %1").arg(info->allowedIPs.join(QLatin1String(", ")));
    return summary + QLatin1Char('.');
}

QString AccountPresenter::reportText(const LoginReport& report)
{
    const QString prefix
        = tr("Logged in to %1 as \u201c%2\u201d").arg(report.endpoint, report.profile);
    QString summary;
    switch (report.description) {
    case LoginReport::Description::Known:
    case LoginReport::Description::Pending:
        summary = loginSummary(report.endpoint, report.profile, report.info);
        break;
    case LoginReport::Description::Unreadable:
        summary
            = prefix + tr(" (could not read the new key back: %1).").arg(report.descriptionDetail);
        break;
    case LoginReport::Description::Unanswered:
        summary = prefix
            + tr(" (could not ask %1 about the new key: %2).")
                  .arg(report.endpoint, report.descriptionDetail);
        break;
    }
    QString revocation;
    switch (report.revocation) {
    case LoginReport::Revocation::None:
        break;
    case LoginReport::Revocation::Kept:
        revocation = tr("The previous key stays in the account \u201c%1\u201d.")
                         .arg(report.previousProfile);
        break;
    case LoginReport::Revocation::Revoked:
        revocation = tr("The previous key of \u201c%1\u201d is revoked: the new key replaces it.")
                         .arg(report.previousProfile);
        break;
    case LoginReport::Revocation::Failed:
        revocation
            = tr("Could not revoke the previous key of \u201c%1\u201d (%2): it stays valid on %3 "
                 "until it expires. Revoke it from your account's API keys.")
                  .arg(report.previousProfile, report.revocationDetail, report.endpoint);
        break;
    }
    return revocation.isEmpty() ? summary : summary + QLatin1Char(' ') + revocation;
}

void AccountPresenter::updateButton()
{
    AccountButton::State state;
    const Endpoint endpoint = m_session->endpoint();
    state.endpoint = endpoint.displayName();
    if (AccountStore* accounts = m_session->accounts(); accounts && endpoint.isValid()) {
        state.profiles = accounts->profiles().profiles(state.endpoint);
        state.currentProfile = accounts->profiles().currentName(state.endpoint);
    }
    state.source = m_session->source();
    state.source.description = sourceDescription(state.source);
    state.resolving = m_session->isResolving();
    state.canSign = m_session->credentials().isComplete();
    state.keyRefused = m_session->isKeyRefusedNow();
    state.configHasKeys = m_session->configHasKeys();
    state.demoAvailable = m_session->isSandbox();
    state.accountsAvailable = m_session->accounts() != nullptr;
    m_widgets.button->setState(state);
}

void AccountPresenter::showMessage(
    const QString& text, const QString& action, std::function<void()> onAction)
{
    m_messageAction = std::move(onAction);
    m_widgets.message->showGuidance(text, action, MessageBar::Kind::Error);
}

void AccountPresenter::showNote(const QString& text, MessageBar::Kind kind)
{
    m_messageAction = nullptr;
    m_widgets.message->showGuidance(text, QString(), kind);
}

void AccountPresenter::onEvent(const AccountEvent& event)
{
    QStatusBar* status = m_widgets.statusBar;
    const QString file = QDir::toNativeSeparators(event.where);
    const auto retry = [this] { m_session->resolve(); };
    const auto logIn = [this] { openLogin(m_session->loginPlan(m_session->loginPage())); };
    switch (event.kind) {
    case AccountEvent::Kind::KeychainUnavailable:
        showMessage(tr("The keychain is not available, so the keys of the account \u201c%1\u201d "
                       "cannot be read. Start or unlock your desktop's keychain (GNOME Keyring, "
                       "KWallet) and try again, or log in again and keep the keys in an ovh.conf "
                       "file (mode 0600).")
                        .arg(event.profile),
            tr("Try again"), retry);
        break;
    case AccountEvent::Kind::ProfileMissing:
        showMessage(tr("The keys of the account \u201c%1\u201d are no longer in the keychain. Log "
                       "in again, or choose another account in the account menu.")
                        .arg(event.profile),
            tr("Log in\u2026"), logIn);
        break;
    case AccountEvent::Kind::ProfileUnreadable:
        showMessage(tr("Could not read the keys of the account \u201c%1\u201d: %2. Try again, or "
                       "log in again.")
                        .arg(event.profile, event.detail),
            tr("Try again"), retry);
        break;
    case AccountEvent::Kind::ReadingRights:
        status->showMessage(tr("Reading the rights of the current key\u2026"));
        break;
    case AccountEvent::Kind::RightsRead:
        status->clearMessage();
        break;
    case AccountEvent::Kind::RightsUnreadable:
        showNote(tr("Could not read the rights of the current key (%1): only the missing right "
                    "\u201c%2\u201d is pre-filled. Add the other rights you still need before "
                    "requesting the new key; the current key is kept.")
                     .arg(event.detail.isEmpty() ? tr("it lists none") : event.detail,
                         AccessRules::toText(event.rules)),
            MessageBar::Kind::Warning);
        break;
    case AccountEvent::Kind::LoggingOut:
        status->showMessage(tr("Logging out of %1\u2026").arg(event.endpoint));
        break;
    case AccountEvent::Kind::LogoutFailed:
        status->clearMessage();
        showMessage(tr("Could not log out of %1: %2. The consumer key is still valid and kept.")
                        .arg(event.endpoint, event.detail),
            tr("Try again"), [this] { m_session->logout(); });
        break;
    case AccountEvent::Kind::ForgetFailed:
        status->clearMessage();
        showMessage(tr("The consumer key of %1 is revoked, but could not be removed from the "
                       "keychain: %2")
                        .arg(event.endpoint, event.detail),
            tr("Try again"), [this, endpoint = event.endpoint, profile = event.profile] {
                m_session->forgetConsumerKey(endpoint, profile);
            });
        break;
    case AccountEvent::Kind::LoggedOut:
        status->showMessage(event.forgotten
                ? tr("Logged out of %1: the consumer key is revoked and forgotten")
                      .arg(event.endpoint)
                : tr("Logged out of %1: the consumer key is revoked; remove it from %2 too")
                      .arg(event.endpoint, event.where),
            15000);
        break;
    case AccountEvent::Kind::NothingToImport:
        showMessage(tr("Nothing to import: %1 holds no application key for %2.")
                        .arg(event.where.isEmpty() ? tr("ovh.conf") : event.where, event.endpoint),
            QString(), nullptr);
        break;
    case AccountEvent::Kind::ImportNeedsKeychain:
        showMessage(tr("The keychain is not available: nothing was imported. The window keeps "
                       "using %1 directly; or log in and keep the keys in an ovh.conf file "
                       "(mode 0600).")
                        .arg(event.where),
            tr("Log in\u2026"),
            [this] { openLogin(m_session->loginPlan(LoginPlan::Page::HaveKeys)); });
        break;
    case AccountEvent::Kind::ImportFailed:
        showMessage(
            tr("Could not import the account \u201c%1\u201d: %2").arg(event.profile, event.detail),
            QString(), nullptr);
        break;
    case AccountEvent::Kind::Imported:
        status->showMessage(
            tr("Imported %1 into the account \u201c%2\u201d (secrets in the keychain).")
                .arg(event.where, event.profile),
            10000);
        break;
    case AccountEvent::Kind::ExportFailed:
        showMessage(tr("Could not export the account \u201c%1\u201d to %2: %3")
                        .arg(event.profile, file, event.detail),
            QString(), nullptr);
        break;
    case AccountEvent::Kind::Exported:
        status->showMessage(
            tr("Wrote the keys of %1 to %2 (readable only by you).").arg(event.profile, file),
            10000);
        break;
    case AccountEvent::Kind::RemoveFailed:
        showMessage(
            tr("Could not remove the account \u201c%1\u201d: %2").arg(event.profile, event.detail),
            QString(), nullptr);
        break;
    case AccountEvent::Kind::Removed:
        status->showMessage(
            tr("Removed the account \u201c%1\u201d from %2.").arg(event.profile, event.endpoint),
            10000);
        break;
    }
}

void AccountPresenter::openLogin(const LoginPlan& plan)
{
    if (!m_session->accounts() || !m_session->endpoint().isValid())
        return;
    if (m_loginDialog)
        m_loginDialog->reject(); // one login at a time, for the latest request
    LoginDialog::Request request;
    request.endpoint = m_session->endpoint();
    request.profileName = plan.profileName;
    request.prefill = plan.prefill;
    request.rules = plan.rules;
    if (const OperationView* view = m_widgets.operations->currentView();
        view->form()->hasOperation()) {
        const CallRequest operation = view->form()->request();
        request.operationMethod = operation.methodName();
        request.operationPath = operation.pathTemplate;
    }
    request.page = plan.page;
    request.demo = plan.demo;
    request.replacingKey = plan.replacingKey;
    auto* dialog
        = new LoginDialog(m_session->accounts(), m_session->client(), request, m_widgets.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The key being replaced, kept in memory only until the dialog goes: revoked once the new
    // one is saved in its place, so that it does not stay valid unnoticed.
    const Credentials previous = plan.replacingKey ? m_session->credentials() : Credentials();
    const QString previousProfile = m_session->source().profileName;
    connect(dialog, &LoginDialog::loggedIn, this,
        [this, dialog, endpoint = request.endpoint, plan, previous, previousProfile](
            const Profile& profile) {
            m_widgets.statusBar->showMessage(
                tr("Logged in to %1 as \u201c%2\u201d.").arg(profile.endpoint, profile.name),
                10000);
            m_session->loggedIn(
                profile, endpoint, dialog->obtainedCredential(), plan, previous, previousProfile);
        });
    m_loginDialog = dialog;
    dialog->open();
}

void AccountPresenter::showCurrentCredential()
{
    if (!m_session->credentials().canSign() || m_session->isResolving())
        return;
    if (m_credentialDialog) {
        m_credentialDialog->raise();
        m_credentialDialog->activateWindow();
        return;
    }
    const CredentialSource source = m_session->source();
    const QString label = source.kind == CredentialSource::Kind::Profile
        ? source.profileName
        : sourceDescription(source);
    auto* dialog = new CredentialDialog(m_session->client(), m_session->endpoint(),
        m_session->credentials(), label, m_widgets.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialDialog::logoutRequested, this, [this, dialog] {
        dialog->accept();
        m_session->logout();
    });
    connect(dialog, &CredentialDialog::requestRightsRequested, this,
        [this, dialog](const CredentialRules& current) {
            dialog->accept();
            openLogin(m_session->loginPlan(LoginPlan::Page::RequestAccess, current, true));
        });
    m_credentialDialog = dialog;
    dialog->open();
}

} // namespace Ovh
