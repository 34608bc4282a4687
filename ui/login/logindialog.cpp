#include "login/logindialog.h"

#include "auth/accountstore.h"
#include "auth/applicationpages.h"
#include "auth/credentialadvice.h"
#include "auth/oauth2token.h"
#include "auth/secretstore.h"
#include "base/ownedjob.h"
#include "login/createapplicationpage.h"
#include "login/credentialdialog.h"
#include "login/havekeyspage.h"
#include "login/loginstorage.h"
#include "login/loginwidgets.h"
#include "login/requestaccesspage.h"
#include "login/ruleeditor.h"
#include "login/serviceaccountpage.h"
#include "look/messagebar.h"
#include "net/apiclient.h"
#include "net/bearersource.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ovh {

using LoginWidgets::wrappedLabel;

LoginDialog::LoginDialog(
    AccountStore* accounts, ApiClient* client, const Request& request, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_client(client)
    , m_request(request)
{
    setObjectName(QStringLiteral("loginDialog"));
    const QString endpointName = m_request.endpoint.displayName();
    setWindowTitle(tr("Log in to %1").arg(endpointName));

    auto* layout = new QVBoxLayout(this);
    if (m_request.demo) {
        layout->addWidget(LoginWidgets::noteBar(
            tr("This is the local sandbox: nothing here touches a real account. It accepts its "
               "demo keys (filled in below), and the consumer keys it issues are validated on "
               "its own page."),
            "demoNote", MessageBar::Kind::Info, this));
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("loginTabs"));
    m_tabs->setAccessibleName(tr("Ways to log in"));
    m_haveKeysPage = new HaveKeysPage(endpointName, m_tabs);
    m_requestPage = new RequestAccessPage(m_request.replacingKey, m_request.demo, m_tabs);
    auto* createPage = new CreateApplicationPage(m_request.endpoint, m_request.demo, m_tabs);
    m_servicePage
        = new ServiceAccountPage(endpointName, OAuth2::defaultTokenUrl(m_request.endpoint), m_tabs);
    m_tabs->addTab(m_haveKeysPage, tr("I &have keys"));
    m_tabs->addTab(m_servicePage, tr("Ser&vice account"));
    m_tabs->addTab(m_requestPage, tr("&Request access"));
    m_tabs->addTab(createPage, tr("Create an a&pplication"));
    m_pages = { m_haveKeysPage, m_requestPage, createPage, m_servicePage };
    m_keysAk = m_haveKeysPage->appKey();
    m_keysAs = m_haveKeysPage->appSecret();
    m_keysCk = m_haveKeysPage->consumerKey();
    m_checkButton = m_haveKeysPage->checkButton();
    m_checkStatus = m_haveKeysPage->checkStatus();
    m_requestAk = m_requestPage->appKey();
    m_requestAs = m_requestPage->appSecret();
    m_ruleEditor = m_requestPage->ruleEditor();
    m_requestButton = m_requestPage->requestButton();
    m_createRules = createPage->ruleEditor();
    connect(m_checkButton, &QPushButton::clicked, this, [this] { checkKeys(false); });
    connect(m_servicePage->checkButton(), &QPushButton::clicked, this,
        [this] { checkServiceAccount(false); });
    for (QLineEdit* edit : { m_servicePage->clientId(), m_servicePage->clientSecret() }) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_serviceCheckedOk = false;
            m_servicePage->checkStatus()->clear();
            updateButtons();
        });
    }
    connect(m_requestButton, &QPushButton::clicked, this, &LoginDialog::requestAccess);
    connect(m_requestPage->cancelWaitButton(), &QPushButton::clicked, this,
        &LoginDialog::cancelRequest);
    connect(createPage, &CreateApplicationPage::haveKeysRequested, this,
        [this] { setPage(Page::HaveKeys); });
    connect(createPage, &CreateApplicationPage::problem, this,
        [this](const QString& text) { showMessage(text, MessageBar::Kind::Error); });
    layout->addWidget(m_tabs, 1);

    m_message = new MessageBar(MessageBar::Kind::Info, this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->hide();
    layout->addWidget(m_message);

    m_storage = new LoginStorage(m_accounts, endpointName, m_request.profileName, this);
    layout->addWidget(m_storage);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Check the keys with %1, then keep them").arg(endpointName));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (currentPage() == Page::ServiceAccount) {
            if (m_serviceCheckedOk)
                save(m_servicePage->credentials());
            else
                checkServiceAccount(true);
            return;
        }
        if (m_checkedOk)
            save(haveKeysCredentials());
        else
            checkKeys(true);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    // The application key and secret are the same on both pages: typing one fills the other.
    connect(m_keysAk, &QLineEdit::textChanged, m_requestAk, &QLineEdit::setText);
    connect(m_requestAk, &QLineEdit::textChanged, m_keysAk, &QLineEdit::setText);
    connect(m_keysAs, &QLineEdit::textChanged, m_requestAs, &QLineEdit::setText);
    connect(m_requestAs, &QLineEdit::textChanged, m_keysAs, &QLineEdit::setText);

    m_keysAk->setText(m_request.prefill.applicationKey);
    m_keysAs->setText(m_request.prefill.applicationSecret);
    m_keysCk->setText(m_request.prefill.consumerKey);
    m_servicePage->clientId()->setText(m_request.prefill.clientId);
    m_servicePage->clientSecret()->setText(m_request.prefill.clientSecret);
    m_request.prefill = Credentials(); // the fields hold them now; nothing kept twice
    m_ruleEditor->setCurrentOperation(m_request.operationMethod, m_request.operationPath);
    m_ruleEditor->setRules(m_request.rules.isEmpty() ? AccessRules::readOnly() : m_request.rules);
    m_createRules->setCurrentOperation(m_request.operationMethod, m_request.operationPath);
    m_createRules->setRules(m_ruleEditor->rules());

    for (QLineEdit* edit : { m_keysAk, m_keysAs, m_keysCk })
        connect(edit, &QLineEdit::textChanged, this, [this] { setCheckedOk(false); });
    for (QLineEdit* edit : { m_keysAk, m_keysAs, m_keysCk, m_requestAk, m_requestAs })
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_ruleEditor, &RuleEditor::changed, this, &LoginDialog::updateButtons);
    connect(m_storage, &LoginStorage::changed, this, &LoginDialog::updateButtons);
    connect(m_storage, &LoginStorage::existingProfileChosen, this, [this](const Profile& profile) {
        if (m_keysAk->text().isEmpty())
            m_keysAk->setText(profile.applicationKey);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        clearMessage();
        updateButtons();
    });

    m_storage->applyChosenProfile();
    setPage(Page(m_request.page));
    m_storage->probeKeychain();
    updateButtons();
    // The wrapped notes (sandbox, replaced key) make the height depend on the width: below what
    // the layout needs at that width, the rule rows ran over "Add a right". At least as wide as
    // the four tabs' names, longer in French.
    const QMargins margins = layout->contentsMargins();
    const int width
        = qMax(680, m_tabs->tabBar()->sizeHint().width() + margins.left() + margins.right() + 8);
    resize(width, qMax(640, heightForWidth(width)));
}

LoginDialog::~LoginDialog()
{
    if (m_credentialRequest)
        m_credentialRequest->disconnect(this);
    if (m_checkJob)
        m_checkJob->abort();
}

LoginDialog::Page LoginDialog::currentPage() const
{
    return Page(qMax(0, int(m_pages.indexOf(m_tabs->currentWidget()))));
}

void LoginDialog::setPage(Page page)
{
    m_tabs->setCurrentWidget(m_pages.value(int(page), m_haveKeysPage));
}

// ---- State
// ----------------------------------------------------------------------------------------

void LoginDialog::updateButtons()
{
    const bool storageOk = m_storage->problem().isEmpty();
    const bool serviceAccount = currentPage() == Page::ServiceAccount;
    const bool haveKeys = currentPage() == Page::HaveKeys || serviceAccount;
    const bool waiting = m_credentialRequest && m_credentialRequest->isRunning();
    m_saveButton->setVisible(haveKeys);
    // Enabled once all three are filled in: a key that cannot be sent is said on click.
    const Credentials keys = haveKeysCredentials();
    const bool keysGiven = serviceAccount ? m_servicePage->isFilled()
                                          : !keys.applicationKey.isEmpty()
            && !keys.applicationSecret.isEmpty() && !keys.consumerKey.isEmpty();
    m_saveButton->setEnabled(!m_busy && storageOk && keysGiven);
    m_servicePage->checkButton()->setEnabled(!m_busy && m_servicePage->isFilled());
    m_checkButton->setEnabled(!m_busy && keysGiven);
    const QString requestProblem = this->requestProblem();
    m_requestButton->setEnabled(
        !m_busy && !waiting && requestProblem.isEmpty() && m_ruleEditor->isValid());
    // A disabled button says why; the rule editor's own problems are in its preview line,
    // right above.
    m_requestPage->reason()->setText(requestProblem);
    m_requestPage->reason()->setVisible(!m_busy && !requestProblem.isEmpty());
    m_saveButton->setDefault(haveKeys);
    m_requestButton->setDefault(currentPage() == Page::RequestAccess);
    m_cancelButton->setEnabled(!m_saving);
    m_requestPage->cancelWaitButton()->setEnabled(!m_saving);
    m_cancelButton->setToolTip(m_saving ? tr("Saving the keys: wait a moment") : QString());
}

QString LoginDialog::requestProblem() const
{
    if (m_requestAk->text().trimmed().isEmpty() || m_requestAs->text().trimmed().isEmpty())
        return tr("Enter the application key and secret.");
    Credentials application;
    application.applicationKey = m_requestAk->text().trimmed();
    if (const QString invalid = application.invalidValue(); !invalid.isEmpty())
        return invalid;
    return m_storage->problem();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_storage->setBusy(busy);
    updateButtons();
}

void LoginDialog::setCheckedOk(bool ok)
{
    m_checkedOk = ok;
    if (!ok) {
        m_checkStatus->clear();
        m_obtained.reset(); // it described other keys
    }
}

void LoginDialog::showMessage(const QString& text, MessageBar::Kind kind)
{
    m_message->showMessage(text, kind);
}

void LoginDialog::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

Credentials LoginDialog::haveKeysCredentials() const
{
    return m_haveKeysPage->credentials();
}

Profile LoginDialog::profileToSave() const
{
    return m_storage->profile(m_keysAk->text().trimmed());
}

// ---- I have keys
// ---------------------------------------------------------------------------------

void LoginDialog::checkKeys(bool saveAfter)
{
    const Credentials credentials = haveKeysCredentials();
    if (const QString invalid = credentials.invalidValue(); !invalid.isEmpty()) {
        showMessage(invalid, MessageBar::Kind::Error);
        return;
    }
    if (!credentials.canSign() || !m_client) {
        showMessage(tr("Enter the application key, the application secret and the consumer key."),
            MessageBar::Kind::Error);
        return;
    }
    if (saveAfter) {
        const QString problem = m_storage->problem();
        if (!problem.isEmpty()) {
            showMessage(problem, MessageBar::Kind::Error);
            return;
        }
    }
    clearMessage();
    m_obtained.reset();
    if (m_checkJob)
        m_checkJob->abort();
    setBusy(true);
    m_checkStatus->setText(tr("Checking with %1…").arg(m_request.endpoint.displayName()));
    auto* job = new CurrentCredentialJob(m_client, m_request.endpoint, credentials, this);
    m_checkJob = job;
    connect(job, &CurrentCredentialJob::finished, this,
        [this, job, saveAfter](
            const CallResult& result, const std::optional<CredentialInfo>& info) {
            job->deleteLater();
            if (m_checkJob == job)
                onChecked(result, info, saveAfter);
        });
    job->start();
}

void LoginDialog::onChecked(
    const CallResult& result, const std::optional<CredentialInfo>& info, bool saveAfter)
{
    m_checkJob.clear();
    setBusy(false);
    const QString endpointName = m_request.endpoint.displayName();
    if (info) {
        const QString rules = AccessRules::toText(info->rules);
        m_checkStatus->setText(
            tr("Status: %1\nExpires: %2\nRights: %3")
                .arg(CredentialDialog::statusText(info->status),
                    CredentialDialog::expiryText(*info, QDateTime::currentDateTimeUtc()),
                    rules.isEmpty() ? tr("none") : rules));
        switch (info->status) {
        case CredentialStatus::Validated:
            break;
        case CredentialStatus::PendingValidation:
            showMessage(tr("This consumer key has not been validated yet: open its validation "
                           "link first, or request a new one."),
                MessageBar::Kind::Warning);
            return;
        default:
            showMessage(tr("This consumer key is not valid (expired, revoked or never "
                           "validated): request a new one."),
                MessageBar::Kind::Error);
            return;
        }
        m_checkedOk = true;
        m_obtained = info;
        if (saveAfter)
            save(haveKeysCredentials());
        else
            showMessage(
                tr("These keys work with %1.").arg(endpointName), MessageBar::Kind::Success);
        return;
    }

    const QString text = CredentialDialog::problemText(result, endpointName);
    m_checkStatus->setText(tr("Not valid: nothing was saved."));
    showMessage(text, MessageBar::Kind::Error);
}

// ---- Request access
// ------------------------------------------------------------------------------

void LoginDialog::requestAccess()
{
    QString reason;
    if (!m_ruleEditor->isValid(&reason)) {
        showMessage(reason, MessageBar::Kind::Error);
        return;
    }
    const QString problem = m_storage->problem();
    if (!problem.isEmpty()) {
        showMessage(problem, MessageBar::Kind::Error);
        return;
    }
    Credentials application;
    application.applicationKey = m_requestAk->text().trimmed();
    application.applicationSecret = m_requestAs->text().trimmed();
    if (!application.hasApplication() || !m_client) {
        showMessage(tr("Enter the application key and secret."), MessageBar::Kind::Error);
        return;
    }
    clearMessage();
    m_obtained.reset();
    CredentialRequestSpec spec;
    spec.rules = m_ruleEditor->rules();
    spec.allowedIPs = m_ruleEditor->allowedIPs();
    CredentialRequest::Options options;
    options.pollIntervalMs = m_pollIntervalMs;
    options.timeoutSeconds = LoginWidgets::TimeoutSeconds;
    auto* request
        = new CredentialRequest(m_client, m_request.endpoint, application, spec, options, this);
    m_credentialRequest = request;
    connect(
        request, &CredentialRequest::validationRequired, this, &LoginDialog::onValidationRequired);
    connect(request, &CredentialRequest::waiting, this, &LoginDialog::onWaiting);
    connect(request, &CredentialRequest::statusChanged, this, [this](CredentialStatus status) {
        m_lastPoll.start();
        if (status != CredentialStatus::PendingValidation)
            m_requestPage->setWaitStatus(
                tr("Status: %1").arg(CredentialDialog::statusText(status)));
        else
            onWaiting(m_credentialRequest ? m_credentialRequest->secondsLeft() : -1);
    });
    connect(request, &CredentialRequest::finished, this, &LoginDialog::onRequestFinished);

    m_lastPoll.invalidate();
    m_requestPage->showWaiting(m_request.endpoint.displayName());
    setBusy(true);
    request->start();
}

void LoginDialog::onValidationRequired(const QUrl& url)
{
    m_requestPage->setValidationUrl(url);
    m_requestPage->setWaitStatus(
        QString()); // the countdown says it; the line returns after the first check
    QDesktopServices::openUrl(url); // once; the buttons open or copy it again
}

void LoginDialog::onWaiting(int secondsLeft)
{
    // What the last check said, and how fresh it is: the countdown already says "waiting".
    if (m_lastPoll.isValid()) {
        const int ago = int(m_lastPoll.elapsed() / 1000);
        m_requestPage->setWaitStatus(ago == 0
                ? tr("Checked just now: not validated yet.")
                : tr("Checked %n second(s) ago: not validated yet.", nullptr, ago));
    }
    m_requestPage->setSecondsLeft(secondsLeft);
}

void LoginDialog::cancelRequest()
{
    if (m_saving)
        return; // validated and being saved: too late to cancel
    if (m_credentialRequest)
        m_credentialRequest->cancel();
    else
        m_requestPage->showForm();
}

void LoginDialog::onRequestFinished(const CredentialRequestResult& result)
{
    if (m_credentialRequest)
        m_credentialRequest->deleteLater();
    m_credentialRequest.clear();
    m_requestPage->clearValidationUrl();
    setBusy(false);
    using Outcome = CredentialRequestResult::Outcome;
    if (result.outcome == Outcome::Validated) {
        m_requestPage->setWaitStatus(tr("Validated. Saving…"));
        m_requestPage->hideRefusalHint();
        Credentials credentials;
        credentials.applicationKey = m_requestAk->text().trimmed();
        credentials.applicationSecret = m_requestAs->text().trimmed();
        credentials.consumerKey = result.consumerKey;
        // Should the save fail, the validated key waits on "I have keys" for another try.
        m_keysCk->setText(result.consumerKey);
        m_checkedOk = true;
        m_obtained = result.info; // after setText, which forgets what described the old keys
        save(credentials);
        return;
    }
    m_requestPage->showForm();
    QString text;
    MessageBar::Kind kind = MessageBar::Kind::Error;
    switch (result.outcome) {
    case Outcome::Refused:
        text = tr("The request was refused on OVHcloud's page. Nothing was saved.");
        break;
    case Outcome::Expired:
        text = tr("The consumer key expired before it could be used. Nothing was saved: request "
                  "access again.");
        break;
    case Outcome::TimedOut:
        text = tr("No validation came within %n minute(s). Nothing was saved: request access "
                  "again when ready.",
            nullptr, LoginWidgets::TimeoutSeconds / 60);
        // The real API answers a refused key like a pending one.
        if (result.mayHaveBeenRefused())
            text += QLatin1Char(' ')
                + tr("If you refused the request on OVHcloud's page, that is why.");
        break;
    case Outcome::Cancelled:
        text = tr("Request cancelled. Nothing was saved.");
        kind = MessageBar::Kind::Info;
        break;
    case Outcome::Failed:
    case Outcome::Validated:
        if (CredentialAdvice::keyProblem(result.lastCall)
            == CredentialAdvice::KeyProblem::UnknownApplication)
            text = tr("This application key is not known to %1.")
                       .arg(m_request.endpoint.displayName());
        else
            text = tr("The request failed: %1").arg(result.errorString);
        if (!result.lastCall.queryId.isEmpty())
            text += QLatin1Char(' ') + tr("(query ID %1)").arg(result.lastCall.queryId);
        break;
    }
    showMessage(text, kind);
}

// ---- Service account
// ----------------------------------------------------------------------------------

void LoginDialog::checkServiceAccount(bool saveAfter)
{
    const Credentials credentials = m_servicePage->credentials();
    if (const QString invalid = credentials.invalidValue(); !invalid.isEmpty()) {
        showMessage(invalid, MessageBar::Kind::Error);
        return;
    }
    BearerSource* tokens = m_client ? m_client->bearerSource() : nullptr;
    if (!credentials.hasOAuth2() || !tokens) {
        showMessage(tr("Enter the client ID and the client secret."), MessageBar::Kind::Error);
        return;
    }
    if (saveAfter) {
        if (const QString problem = m_storage->problem(); !problem.isEmpty()) {
            showMessage(problem, MessageBar::Kind::Error);
            return;
        }
    }
    clearMessage();
    setBusy(true);
    m_servicePage->checkStatus()->setText(tr("Asking for a token\u2026"));
    m_tokenKey = tokens->keyFor(m_request.endpoint, credentials);
    disconnect(tokens, &BearerSource::answered, this, nullptr);
    connect(tokens, &BearerSource::answered, this,
        [this, saveAfter](const QString& key, const QByteArray& token, const QString& error) {
            if (key != m_tokenKey)
                return;
            m_tokenKey.clear();
            onServiceAccountChecked(token.isEmpty() ? error : QString(), saveAfter);
        });
    tokens->fetch(m_request.endpoint, credentials, QDeadlineTimer(30000));
}

void LoginDialog::onServiceAccountChecked(const QString& error, bool saveAfter)
{
    if (m_client && m_client->bearerSource())
        disconnect(m_client->bearerSource(), &BearerSource::answered, this, nullptr);
    setBusy(false);
    if (!error.isEmpty()) {
        m_servicePage->checkStatus()->setText(tr("Not valid: nothing was saved."));
        showMessage(error, MessageBar::Kind::Error);
        return;
    }
    m_serviceCheckedOk = true;
    m_servicePage->checkStatus()->setText(tr("A token was issued: the service account works."));
    if (saveAfter)
        save(m_servicePage->credentials());
    else
        showMessage(tr("This service account works with %1.").arg(m_request.endpoint.displayName()),
            MessageBar::Kind::Success);
}

// ---- Saving
// ---------------------------------------------------------------------------------------

void LoginDialog::save(const Credentials& credentials)
{
    const QString problem = m_storage->problem();
    if (problem.isEmpty() && m_accounts) {
        m_saving = true;
        setBusy(true);
        if (currentPage() == Page::HaveKeys)
            showMessage(tr("Saving…"), MessageBar::Kind::Info);
        Profile profile = profileToSave();
        if (credentials.hasOAuth2()) { // a service account: no application key of its own
            profile.applicationKey.clear();
            profile.clientId = credentials.clientId;
        }
        AccountJob* job
            = adoptJob(this, m_accounts->save(profile, credentials), &AccountJob::finished);
        connect(job, &AccountJob::finished, this, &LoginDialog::onSaved);
        return;
    }
    m_requestPage->showForm();
    if (credentials.canSign())
        setPage(Page::HaveKeys);
    showMessage(problem.isEmpty() ? tr("Nothing to save the account in.") : problem,
        MessageBar::Kind::Error);
}

void LoginDialog::onSaved(const AccountResult& result)
{
    m_saving = false;
    setBusy(false);
    if (result.isOk()) {
        Profile profile = result.profile;
        if (profile.name.isEmpty())
            profile = profileToSave();
        emit loggedIn(profile);
        accept();
        return;
    }
    // The key works but is not kept: leave it on "I have keys" for another try.
    m_requestPage->showForm();
    if (currentPage() != Page::ServiceAccount)
        setPage(Page::HaveKeys);
    if (result.status == AccountResult::Status::KeychainUnavailable) {
        m_storage->setKeychainUnavailable(result.errorString);
        showMessage(tr("The keys work, but the keychain is not available: choose the ovh.conf "
                       "file and press Save."),
            MessageBar::Kind::Warning);
        return;
    }
    showMessage(tr("The keys work, but could not be saved: %1").arg(result.errorString),
        MessageBar::Kind::Error);
}

// ---- Closing
// --------------------------------------------------------------------------------------

void LoginDialog::clearSecrets()
{
    for (QLineEdit* edit : { m_keysAs, m_keysCk, m_requestAs, m_servicePage->clientSecret() }) {
        const QSignalBlocker block(edit);
        edit->clear();
    }
    m_checkedOk = false;
}

void LoginDialog::done(int result)
{
    // Cancel, Esc and the close button all come here: a save that runs finishes first (and
    // then logs in), so the profile is never made current behind a closed dialog's back.
    if (m_saving && result != QDialog::Accepted)
        return;
    if (m_credentialRequest) {
        m_credentialRequest->disconnect(this);
        m_credentialRequest->cancel();
    }
    if (m_checkJob)
        m_checkJob->abort();
    clearSecrets();
    QDialog::done(result);
}

void LoginDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
}

} // namespace Ovh
