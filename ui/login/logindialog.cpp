#include "login/logindialog.h"

#include "auth/accountstore.h"
#include "auth/applicationpages.h"
#include "auth/credentialadvice.h"
#include "auth/secretstore.h"
#include "login/credentialdialog.h"
#include "login/ruleeditor.h"
#include "look/uicolors.h"

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
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ovh {

namespace {

constexpr int TimeoutSeconds = 600;

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString defaultConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1String("/ovh-api-explorer/ovh.conf");
}

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

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
        auto* demo = wrappedLabel(tr("This is the local sandbox: nothing here touches a real "
                                     "account. It accepts its demo keys (filled in below), and "
                                     "the consumer keys it issues are validated on its own page."),
            this);
        demo->setObjectName(QStringLiteral("demoNote"));
        demo->setStyleSheet(messageBarStyle(palette(), "info"));
        layout->addWidget(demo);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("loginTabs"));
    m_tabs->addTab(buildHaveKeysPage(), tr("I &have keys"));
    m_tabs->addTab(buildRequestPage(), tr("&Request access"));
    m_tabs->addTab(buildCreatePage(), tr("Create an a&pplication"));
    layout->addWidget(m_tabs, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    layout->addWidget(buildStoragePart());

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Check the keys with %1, then keep them").arg(endpointName));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
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
    m_request.prefill = Credentials(); // the fields hold them now; nothing kept twice
    m_ruleEditor->setCurrentOperation(m_request.operationMethod, m_request.operationPath);
    m_ruleEditor->setRules(m_request.rules.isEmpty() ? AccessRules::readOnly() : m_request.rules);
    m_createRules->setCurrentOperation(m_request.operationMethod, m_request.operationPath);
    m_createRules->setRules(m_ruleEditor->rules());

    for (QLineEdit* edit : { m_keysAk, m_keysAs, m_keysCk })
        connect(edit, &QLineEdit::textChanged, this, [this] { setCheckedOk(false); });
    for (QLineEdit* edit : { m_keysAk, m_keysAs, m_keysCk, m_requestAk, m_requestAs, m_filePath })
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_ruleEditor, &RuleEditor::changed, this, &LoginDialog::updateButtons);
    connect(m_profileName, &QComboBox::currentTextChanged, this, &LoginDialog::updateButtons);
    connect(m_profileName, &QComboBox::currentTextChanged, this, &LoginDialog::onProfileChosen);
    connect(m_storageGroup, &QButtonGroup::idToggled, this, &LoginDialog::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        clearMessage();
        updateButtons();
    });

    onProfileChosen();
    setPage(m_request.page);
    probeKeychain();
    updateButtons();
    resize(680, 640);
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
    return Page(m_tabs->currentIndex());
}

void LoginDialog::setPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

// ---- Building -----------------------------------------------------------------------------------

QWidget* LoginDialog::secretField(QLineEdit* edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto* show = new QToolButton(edit->parentWidget());
    show->setObjectName(edit->objectName() + QLatin1String("Show"));
    show->setText(tr("Show"));
    show->setCheckable(true);
    show->setToolTip(tr("Show or hide the secret"));
    connect(show, &QToolButton::toggled, edit, [edit, show](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? tr("Hide") : tr("Show"));
    });
    auto* box = new QWidget(edit->parentWidget());
    auto* line = new QHBoxLayout(box);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(edit, 1);
    line->addWidget(show);
    return box;
}

QWidget* LoginDialog::buildHaveKeysPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("haveKeysPage"));
    m_keysAk = new QLineEdit(page);
    m_keysAk->setObjectName(QStringLiteral("keysAppKey"));
    m_keysAs = new QLineEdit(page);
    m_keysAs->setObjectName(QStringLiteral("keysAppSecret"));
    m_keysCk = new QLineEdit(page);
    m_keysCk->setObjectName(QStringLiteral("keysConsumerKey"));
    m_checkButton = new QPushButton(tr("C&heck"), page);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setToolTip(
        tr("Ask %1 what these keys may do").arg(m_request.endpoint.displayName()));
    m_checkButton->setAutoDefault(false);
    m_checkStatus = new QLabel(page);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setWordWrap(true);
    m_checkStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkStatus->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Application &key:"), m_keysAk);
    auto* asLabel = new QLabel(tr("Application &secret:"), page);
    asLabel->setBuddy(m_keysAs);
    form->addRow(asLabel, secretField(m_keysAs));
    auto* ckLabel = new QLabel(tr("&Consumer key:"), page);
    ckLabel->setBuddy(m_keysCk);
    form->addRow(ckLabel, secretField(m_keysCk));
    auto* checkLine = new QHBoxLayout;
    checkLine->addWidget(m_checkButton);
    checkLine->addStretch(1);
    form->addRow(QString(), checkLine);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(
        tr("Enter the keys of an application and a consumer key you already have (from "
           "ovh.conf, or from the page that creates them). They are checked with %1 before "
           "they are saved.")
            .arg(m_request.endpoint.displayName()),
        page));
    layout->addLayout(form);
    layout->addWidget(m_checkStatus);
    layout->addStretch(1);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { checkKeys(false); });
    return page;
}

QWidget* LoginDialog::buildRequestPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("requestPage"));
    m_requestStack = new QStackedWidget(page);

    // The form.
    auto* formPage = new QWidget(m_requestStack);
    formPage->setObjectName(QStringLiteral("requestForm"));
    m_requestAk = new QLineEdit(formPage);
    m_requestAk->setObjectName(QStringLiteral("requestAppKey"));
    m_requestAs = new QLineEdit(formPage);
    m_requestAs->setObjectName(QStringLiteral("requestAppSecret"));
    m_ruleEditor = new RuleEditor(formPage);
    m_requestButton = new QPushButton(tr("Request &access"), formPage);
    m_requestButton->setObjectName(QStringLiteral("requestAccessButton"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Application &key:"), m_requestAk);
    auto* asLabel = new QLabel(tr("Application &secret:"), formPage);
    asLabel->setBuddy(m_requestAs);
    form->addRow(asLabel, secretField(m_requestAs));
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(wrappedLabel(
        tr("Ask for a new consumer key with the rights below. Your browser opens OVHcloud's "
           "page: log in there, choose how long the key lasts and validate; this window waits "
           "and saves the key."),
        formPage));
    if (m_request.replacingKey) {
        auto* replacing = wrappedLabel(tr("Your current key will be revoked once the new one is "
                                          "saved; the new key has exactly the rights below — add "
                                          "any you still need."),
            formPage);
        replacing->setObjectName(QStringLiteral("replacingKeyNote"));
        replacing->setStyleSheet(messageBarStyle(palette(), "warning"));
        formLayout->addWidget(replacing);
    }
    formLayout->addLayout(form);
    formLayout->addWidget(m_ruleEditor, 1);
    m_requestReason = wrappedLabel(QString(), formPage);
    m_requestReason->setObjectName(QStringLiteral("requestAccessReason"));
    m_requestReason->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_requestReason->hide();
    // Its natural size, whether or not a reason stands beside it.
    m_requestButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* requestLine = new QHBoxLayout;
    requestLine->addWidget(m_requestReason, 1);
    requestLine->addWidget(m_requestButton);
    formLayout->addLayout(requestLine);

    // The waiting panel.
    auto* waitPage = new QWidget(m_requestStack);
    waitPage->setObjectName(QStringLiteral("waitingPanel"));
    m_validationLink = new QLabel(waitPage);
    m_validationLink->setObjectName(QStringLiteral("validationLink"));
    m_validationLink->setWordWrap(true);
    m_validationLink->setTextFormat(Qt::RichText);
    m_validationLink->setOpenExternalLinks(true);
    m_validationLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* openButton = new QPushButton(tr("&Open in browser"), waitPage);
    openButton->setObjectName(QStringLiteral("openBrowserButton"));
    auto* copyButton = new QPushButton(tr("Cop&y link"), waitPage);
    copyButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_countdown = new QLabel(waitPage);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_progress = new QProgressBar(waitPage);
    m_progress->setObjectName(QStringLiteral("waitProgress"));
    m_progress->setRange(0, TimeoutSeconds);
    m_progress->setTextVisible(false);
    m_waitStatus = new QLabel(waitPage);
    m_waitStatus->setObjectName(QStringLiteral("waitStatus"));
    m_waitStatus->setWordWrap(true);
    // The real API answers a refused key exactly like a pending one: only the sandbox tells.
    m_refusalHint = wrappedLabel(
        tr("If you refused the request on OVHcloud's page, press “Cancel the request”."), waitPage);
    m_refusalHint->setObjectName(QStringLiteral("refusalHint"));
    m_refusalHint->setVisible(!m_request.demo);
    auto* cancelWait = new QPushButton(tr("Cancel the &request"), waitPage);
    cancelWait->setObjectName(QStringLiteral("cancelWaitButton"));
    m_cancelWait = cancelWait;
    auto* linkButtons = new QHBoxLayout;
    linkButtons->addWidget(openButton);
    linkButtons->addWidget(copyButton);
    linkButtons->addStretch(1);
    auto* cancelLine = new QHBoxLayout;
    cancelLine->addStretch(1);
    cancelLine->addWidget(cancelWait);
    auto* waitLayout = new QVBoxLayout(waitPage);
    waitLayout->setContentsMargins(0, 0, 0, 0);
    waitLayout->addWidget(wrappedLabel(
        tr("Validate the request in your browser: log in to OVHcloud, check the rights, choose "
           "how long the key lasts and confirm. If the page did not open, use this link:"),
        waitPage));
    waitLayout->addWidget(m_validationLink);
    waitLayout->addLayout(linkButtons);
    waitLayout->addSpacing(12);
    waitLayout->addWidget(m_countdown);
    waitLayout->addWidget(m_progress);
    waitLayout->addWidget(m_waitStatus);
    waitLayout->addSpacing(6);
    waitLayout->addWidget(m_refusalHint);
    waitLayout->addStretch(1);
    waitLayout->addLayout(cancelLine);

    m_requestStack->addWidget(formPage);
    m_requestStack->addWidget(waitPage);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_requestStack);

    connect(m_requestButton, &QPushButton::clicked, this, &LoginDialog::requestAccess);
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (m_validationUrl.isValid())
            QDesktopServices::openUrl(m_validationUrl);
    });
    connect(copyButton, &QPushButton::clicked, this, [this] {
        if (m_validationUrl.isValid())
            QGuiApplication::clipboard()->setText(m_validationUrl.toString());
    });
    connect(cancelWait, &QPushButton::clicked, this, &LoginDialog::cancelRequest);
    return page;
}

QWidget* LoginDialog::buildCreatePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("createPage"));
    const QUrl appPage = createApplicationPage(m_request.endpoint);
    const bool demo = m_request.demo;
    QLabel* intro = nullptr;
    if (demo) {
        // The sandbox serves no such page: no link that leads nowhere.
        intro = wrappedLabel(
            tr("To call the API, you need an application (an application key and secret) and a "
               "consumer key that says what the application may do on your account. On a real "
               "endpoint, OVHcloud's pages create them after you log in."),
            page);
    } else {
        intro = wrappedLabel(
            tr("To call the API, you need an application (an application key and secret) and a "
               "consumer key that says what the application may do on your account. OVHcloud's "
               "page creates them after you log in: <a href=\"%1\">%2</a>.")
                .arg(appPage.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                    appPage.toString().toHtmlEscaped()),
            page);
        intro->setTextFormat(Qt::RichText);
        intro->setOpenExternalLinks(true);
        intro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }

    m_createAppButton = new QPushButton(tr("Create an &application"), page);
    m_createAppButton->setObjectName(QStringLiteral("createAppButton"));
    m_createAppButton->setToolTip(
        tr("Opens %1 in the browser; then request access here").arg(appPage.toString()));
    auto* appLine = new QHBoxLayout;
    appLine->addWidget(m_createAppButton);
    appLine->addWidget(wrappedLabel(tr("then come back and use “Request access”."), page), 1);

    m_createRules = new RuleEditor(page);
    m_createRules->setObjectName(QStringLiteral("createRuleEditor"));
    m_createRules->setAllowedIPsVisible(false);
    m_createTokenButton
        = new QPushButton(tr("Create application and &key with these rights"), page);
    m_createTokenButton->setObjectName(QStringLiteral("createTokenButton"));
    auto* haveKeys = new QPushButton(tr("I ha&ve my keys"), page);
    haveKeys->setObjectName(QStringLiteral("haveMyKeysButton"));
    haveKeys->setToolTip(tr("Enter the keys the page gave you"));
    auto* tokenLine = new QHBoxLayout;
    tokenLine->addWidget(m_createTokenButton);
    tokenLine->addStretch(1);
    tokenLine->addWidget(haveKeys);

    auto* layout = new QVBoxLayout(page);
    if (demo) {
        auto* note = wrappedLabel(tr("The sandbox has no pages to create an application, so these "
                                     "buttons are disabled: its demo application key and secret "
                                     "are already filled in on “I have keys” and “Request "
                                     "access”."),
            page);
        note->setObjectName(QStringLiteral("createDemoNote"));
        note->setStyleSheet(messageBarStyle(palette(), "info"));
        layout->addWidget(note);
        m_createAppButton->setEnabled(false);
        m_createTokenButton->setEnabled(false);
        m_createRules->setEnabled(false); // rights for a page that does not exist
        m_createAppButton->setToolTip(
            tr("Not on the sandbox: its demo keys are already filled in"));
        m_createTokenButton->setToolTip(m_createAppButton->toolTip());
    }
    layout->addWidget(intro);
    layout->addLayout(appLine);
    layout->addSpacing(8);
    auto* both = wrappedLabel(tr("Or create the application and its consumer key in one go, "
                                 "with these rights:"),
        page);
    layout->addWidget(both);
    layout->addWidget(m_createRules, 1);
    layout->addLayout(tokenLine);

    connect(m_createAppButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(createApplicationPage(m_request.endpoint)); });
    connect(m_createTokenButton, &QPushButton::clicked, this, [this] {
        QString reason;
        if (!m_createRules->isValid(&reason)) {
            showMessage(reason, "error");
            return;
        }
        QDesktopServices::openUrl(createTokenPage(m_request.endpoint, m_createRules->rules()));
    });
    if (!demo) {
        // The editor's preview says why when the rights are not valid.
        connect(m_createRules, &RuleEditor::changed, this,
            [this] { m_createTokenButton->setEnabled(m_createRules->isValid()); });
    }
    connect(haveKeys, &QPushButton::clicked, this, [this] { setPage(Page::HaveKeys); });
    return page;
}

QWidget* LoginDialog::buildStoragePart()
{
    auto* box = new QGroupBox(tr("Account"), this);
    box->setObjectName(QStringLiteral("storageBox"));
    m_profileName = new QComboBox(box);
    m_profileName->setObjectName(QStringLiteral("profileName"));
    m_profileName->setEditable(true);
    m_profileName->setInsertPolicy(QComboBox::NoInsert);
    m_profileName->setToolTip(tr("A name for these keys, to switch between accounts"));
    const QString endpointName = m_request.endpoint.displayName();
    QString initial = m_request.profileName;
    if (m_accounts) {
        for (const Profile& profile : m_accounts->profiles().profiles(endpointName))
            m_profileName->addItem(profile.name);
        if (initial.isEmpty())
            initial = m_accounts->profiles().currentName(endpointName);
    }
    if (initial.isEmpty())
        initial = ProfileStore::defaultName();
    m_profileName->setCurrentText(initial);

    m_keychainChoice = new QRadioButton(tr("the system &keychain"), box);
    m_keychainChoice->setObjectName(QStringLiteral("keychainChoice"));
    m_fileChoice = new QRadioButton(tr("an ovh.conf &file readable only by me (mode 0600):"), box);
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_storageGroup = new QButtonGroup(box);
    m_storageGroup->addButton(m_keychainChoice, 0);
    m_storageGroup->addButton(m_fileChoice, 1);
    m_keychainChoice->setChecked(true);
    m_filePath = new QLineEdit(defaultConfigFile(), box);
    m_filePath->setObjectName(QStringLiteral("configFilePath"));
    m_filePath->setAccessibleName(tr("ovh.conf file"));
    m_browseButton = new QPushButton(tr("&Browse…"), box);
    m_browseButton->setObjectName(QStringLiteral("browseConfigButton"));
    m_browseButton->setAutoDefault(false);
    m_keychainWarning = new QLabel(box);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(messageBarStyle(palette(), "warning"));
    m_keychainWarning->hide();

    auto* fileLine = new QHBoxLayout;
    fileLine->addWidget(m_filePath, 1);
    fileLine->addWidget(m_browseButton);
    auto* where = new QVBoxLayout;
    where->addWidget(m_keychainChoice);
    where->addWidget(m_fileChoice);
    where->addLayout(fileLine);

    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* profileLabel = new QLabel(tr("Pro&file:"), box);
    profileLabel->setBuddy(m_profileName);
    form->addRow(profileLabel, m_profileName);
    auto* whereLabel = new QLabel(tr("Keep the secrets in:"), box);
    form->addRow(whereLabel, where);
    form->addRow(m_keychainWarning);
    whereLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    connect(m_filePath, &QLineEdit::textEdited, this, [this] { m_fileChoice->setChecked(true); });
    connect(m_browseButton, &QPushButton::clicked, this, [this] {
        auto* chooser
            = new QFileDialog(this, tr("Keep the secrets in"), expandHome(m_filePath->text()));
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setFileMode(QFileDialog::AnyFile);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& file) {
            m_filePath->setText(QDir::toNativeSeparators(file));
            m_fileChoice->setChecked(true);
        });
        chooser->open();
    });
    return box;
}

// ---- State
// ----------------------------------------------------------------------------------------

void LoginDialog::probeKeychain()
{
    SecretStore* secrets = m_accounts ? m_accounts->secrets() : nullptr;
    if (!secrets) {
        setKeychainUnavailable(tr("no keychain service"));
        return;
    }
    m_keychain = Keychain::Probing;
    SecretJob* job = secrets->probe();
    connect(job, &SecretJob::finished, this, [this](const SecretResult& result) {
        if (result.isOk() || result.status == SecretResult::Status::NotFound) {
            m_keychain = Keychain::Available;
            updateButtons();
        } else {
            setKeychainUnavailable(result.errorString);
        }
    });
}

void LoginDialog::setKeychainUnavailable(const QString& reason)
{
    m_keychain = Keychain::Unavailable;
    // Never pick the file for the user: the choice to keep secrets in a file is theirs.
    if (m_keychainChoice->isChecked()) {
        m_storageGroup->setExclusive(false);
        m_keychainChoice->setChecked(false);
        m_storageGroup->setExclusive(true);
    }
    m_keychainChoice->setEnabled(false);
    QString text = tr("No system keychain is available here");
    if (!reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(reason);
    text += tr(". To save the keys, choose the ovh.conf file below (only you can read it), or set "
               "up a keychain (Secret Service, KWallet) and log in again.");
    m_keychainWarning->setText(text);
    m_keychainWarning->show();
    updateButtons();
}

void LoginDialog::onProfileChosen()
{
    if (!m_accounts)
        return;
    const std::optional<Profile> existing = m_accounts->profiles().profile(
        m_request.endpoint.displayName(), m_profileName->currentText().trimmed());
    if (!existing)
        return;
    if (m_keysAk->text().isEmpty())
        m_keysAk->setText(existing->applicationKey);
    if (!existing->usesKeychain()) {
        m_filePath->setText(existing->configFile);
        m_fileChoice->setChecked(true);
    }
}

QString LoginDialog::storageProblem() const
{
    if (!ProfileStore::isValidName(m_profileName->currentText().trimmed()))
        return tr("Give the profile a name (up to 64 characters, no '/').");
    if (m_fileChoice->isChecked()) {
        if (m_filePath->text().trimmed().isEmpty())
            return tr("Choose the ovh.conf file to keep the secrets in.");
        return QString();
    }
    if (m_keychainChoice->isChecked() && m_keychain != Keychain::Unavailable)
        return QString();
    return tr("Choose where to keep the secrets.");
}

void LoginDialog::updateButtons()
{
    const bool storageOk = storageProblem().isEmpty();
    const bool haveKeys = currentPage() == Page::HaveKeys;
    const bool waiting = m_credentialRequest && m_credentialRequest->isRunning();
    m_saveButton->setVisible(haveKeys);
    // Enabled once all three are filled in: a key that cannot be sent is said on click.
    const Credentials keys = haveKeysCredentials();
    const bool keysGiven = !keys.applicationKey.isEmpty() && !keys.applicationSecret.isEmpty()
        && !keys.consumerKey.isEmpty();
    m_saveButton->setEnabled(!m_busy && storageOk && keysGiven);
    m_checkButton->setEnabled(!m_busy && keysGiven);
    const QString requestProblem = this->requestProblem();
    m_requestButton->setEnabled(
        !m_busy && !waiting && requestProblem.isEmpty() && m_ruleEditor->isValid());
    // A disabled button says why; the rule editor's own problems are in its preview line,
    // right above.
    m_requestReason->setText(requestProblem);
    m_requestReason->setVisible(!m_busy && !requestProblem.isEmpty());
    m_saveButton->setDefault(haveKeys);
    m_requestButton->setDefault(currentPage() == Page::RequestAccess);
    m_cancelButton->setEnabled(!m_saving);
    m_cancelWait->setEnabled(!m_saving);
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
    return storageProblem();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_profileName->setEnabled(!busy);
    m_fileChoice->setEnabled(!busy);
    m_keychainChoice->setEnabled(!busy && m_keychain != Keychain::Unavailable);
    m_filePath->setEnabled(!busy);
    m_browseButton->setEnabled(!busy);
    updateButtons();
}

void LoginDialog::setWaitStatus(const QString& text)
{
    m_waitStatus->setText(text);
    m_waitStatus->setVisible(!text.isEmpty());
}

void LoginDialog::setCheckedOk(bool ok)
{
    m_checkedOk = ok;
    if (!ok) {
        m_checkStatus->clear();
        m_obtained.reset(); // it described other keys
    }
}

void LoginDialog::showMessage(const QString& text, const char* kind)
{
    m_message->setStyleSheet(messageBarStyle(palette(), kind));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LoginDialog::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

Credentials LoginDialog::haveKeysCredentials() const
{
    Credentials credentials;
    credentials.applicationKey = m_keysAk->text().trimmed();
    credentials.applicationSecret = m_keysAs->text().trimmed();
    credentials.consumerKey = m_keysCk->text().trimmed();
    return credentials;
}

Profile LoginDialog::profileToSave() const
{
    Profile profile;
    profile.name = m_profileName->currentText().trimmed();
    profile.endpoint = m_request.endpoint.displayName();
    profile.applicationKey = m_keysAk->text().trimmed();
    if (m_fileChoice->isChecked())
        profile.configFile = QDir::cleanPath(expandHome(m_filePath->text().trimmed()));
    return profile;
}

// ---- I have keys
// ---------------------------------------------------------------------------------

void LoginDialog::checkKeys(bool saveAfter)
{
    const Credentials credentials = haveKeysCredentials();
    if (const QString invalid = credentials.invalidValue(); !invalid.isEmpty()) {
        showMessage(invalid, "error");
        return;
    }
    if (!credentials.canSign() || !m_client) {
        showMessage(
            tr("Enter the application key, the application secret and the consumer key."), "error");
        return;
    }
    if (saveAfter) {
        const QString problem = storageProblem();
        if (!problem.isEmpty()) {
            showMessage(problem, "error");
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
                "warning");
            return;
        default:
            showMessage(tr("This consumer key is not valid (expired, revoked or never "
                           "validated): request a new one."),
                "error");
            return;
        }
        m_checkedOk = true;
        m_obtained = info;
        if (saveAfter)
            save(haveKeysCredentials());
        else
            showMessage(tr("These keys work with %1.").arg(endpointName), "info");
        return;
    }

    const QString text = CredentialDialog::problemText(result, endpointName);
    m_checkStatus->setText(tr("Not valid: nothing was saved."));
    showMessage(text, "error");
}

// ---- Request access
// ------------------------------------------------------------------------------

void LoginDialog::requestAccess()
{
    QString reason;
    if (!m_ruleEditor->isValid(&reason)) {
        showMessage(reason, "error");
        return;
    }
    const QString problem = storageProblem();
    if (!problem.isEmpty()) {
        showMessage(problem, "error");
        return;
    }
    Credentials application;
    application.applicationKey = m_requestAk->text().trimmed();
    application.applicationSecret = m_requestAs->text().trimmed();
    if (!application.hasApplication() || !m_client) {
        showMessage(tr("Enter the application key and secret."), "error");
        return;
    }
    clearMessage();
    m_obtained.reset();
    CredentialRequestSpec spec;
    spec.rules = m_ruleEditor->rules();
    spec.allowedIPs = m_ruleEditor->allowedIPs();
    CredentialRequest::Options options;
    options.pollIntervalMs = m_pollIntervalMs;
    options.timeoutSeconds = TimeoutSeconds;
    auto* request
        = new CredentialRequest(m_client, m_request.endpoint, application, spec, options, this);
    m_credentialRequest = request;
    connect(
        request, &CredentialRequest::validationRequired, this, &LoginDialog::onValidationRequired);
    connect(request, &CredentialRequest::waiting, this, &LoginDialog::onWaiting);
    connect(request, &CredentialRequest::statusChanged, this, [this](CredentialStatus status) {
        m_lastPoll.start();
        if (status != CredentialStatus::PendingValidation)
            setWaitStatus(tr("Status: %1").arg(CredentialDialog::statusText(status)));
        else
            onWaiting(m_credentialRequest ? m_credentialRequest->secondsLeft() : -1);
    });
    connect(request, &CredentialRequest::finished, this, &LoginDialog::onRequestFinished);

    m_validationUrl.clear();
    m_validationLink->setText(tr("(asking %1…)").arg(m_request.endpoint.displayName()));
    m_countdown->setText(QString());
    m_progress->setRange(0, TimeoutSeconds);
    m_progress->setValue(TimeoutSeconds);
    m_lastPoll.invalidate();
    setWaitStatus(tr("Requesting a consumer key from %1…").arg(m_request.endpoint.displayName()));
    m_refusalHint->setVisible(!m_request.demo);
    m_requestStack->setCurrentIndex(1);
    setBusy(true);
    request->start();
}

void LoginDialog::onValidationRequired(const QUrl& url)
{
    m_validationUrl = url;
    const QString shown = url.toString(QUrl::FullyEncoded);
    m_validationLink->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(shown.toHtmlEscaped()));
    setWaitStatus(QString()); // the countdown says it; the line returns after the first check
    QDesktopServices::openUrl(url); // once; the buttons open or copy it again
}

void LoginDialog::onWaiting(int secondsLeft)
{
    // What the last check said, and how fresh it is: the countdown already says "waiting".
    if (m_lastPoll.isValid()) {
        const int ago = int(m_lastPoll.elapsed() / 1000);
        setWaitStatus(ago == 0 ? tr("Checked just now: not validated yet.")
                               : tr("Checked %n second(s) ago: not validated yet.", nullptr, ago));
    }
    if (secondsLeft < 0) {
        m_countdown->setText(tr("Waiting for your validation…"));
        m_progress->setRange(0, 0);
        return;
    }
    m_countdown->setText(tr("Waiting for your validation… %1:%2 left")
                             .arg(secondsLeft / 60)
                             .arg(secondsLeft % 60, 2, 10, QLatin1Char('0')));
    m_progress->setValue(secondsLeft);
}

void LoginDialog::cancelRequest()
{
    if (m_saving)
        return; // validated and being saved: too late to cancel
    if (m_credentialRequest)
        m_credentialRequest->cancel();
    else
        m_requestStack->setCurrentIndex(0);
}

void LoginDialog::onRequestFinished(const CredentialRequestResult& result)
{
    if (m_credentialRequest)
        m_credentialRequest->deleteLater();
    m_credentialRequest.clear();
    m_validationUrl.clear();
    setBusy(false);
    using Outcome = CredentialRequestResult::Outcome;
    if (result.outcome == Outcome::Validated) {
        setWaitStatus(tr("Validated. Saving…"));
        m_refusalHint->hide();
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
    m_requestStack->setCurrentIndex(0);
    QString text;
    const char* kind = "error";
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
            nullptr, TimeoutSeconds / 60);
        // The real API answers a refused key like a pending one.
        if (result.mayHaveBeenRefused())
            text += QLatin1Char(' ')
                + tr("If you refused the request on OVHcloud's page, that is why.");
        break;
    case Outcome::Cancelled:
        text = tr("Request cancelled. Nothing was saved.");
        kind = "info";
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
            text += QLatin1Char(' ') + tr("(query id %1)").arg(result.lastCall.queryId);
        break;
    }
    showMessage(text, kind);
}

// ---- Saving
// ---------------------------------------------------------------------------------------

void LoginDialog::save(const Credentials& credentials)
{
    const QString problem = storageProblem();
    if (problem.isEmpty() && m_accounts) {
        m_saving = true;
        setBusy(true);
        if (currentPage() == Page::HaveKeys)
            showMessage(tr("Saving…"), "info");
        const Profile profile = profileToSave();
        AccountJob* job = m_accounts->save(profile, credentials);
        connect(job, &AccountJob::finished, this, &LoginDialog::onSaved);
        return;
    }
    m_requestStack->setCurrentIndex(0);
    if (credentials.canSign())
        setPage(Page::HaveKeys);
    showMessage(problem.isEmpty() ? tr("Nothing to save the account in.") : problem, "error");
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
    m_requestStack->setCurrentIndex(0);
    setPage(Page::HaveKeys);
    if (result.status == AccountResult::Status::KeychainUnavailable) {
        setKeychainUnavailable(result.errorString);
        showMessage(tr("The keys work, but the keychain is not available: choose the ovh.conf "
                       "file and press Save."),
            "warning");
        return;
    }
    showMessage(tr("The keys work, but could not be saved: %1").arg(result.errorString), "error");
}

QString LoginDialog::loggedInSummary(
    const Profile& profile, const std::optional<CredentialInfo>& info, const QDateTime& now)
{
    QString text = tr("Logged in as profile “%1” on %2").arg(profile.name, profile.endpoint);
    if (!info)
        return text + QLatin1Char('.');
    const QString validity = info->hasExpiry()
        ? tr("the key is valid until %1").arg(CredentialDialog::expiryText(*info, now))
        : tr("the key does not expire");
    const QString rules = AccessRules::toText(info->rules);
    text = tr("%1: %2, rights: %3").arg(text, validity, rules.isEmpty() ? tr("none") : rules);
    if (!info->allowedIPs.isEmpty())
        text = tr("%1, only from %2").arg(text, info->allowedIPs.join(QLatin1String(", ")));
    return text + QLatin1Char('.');
}

// ---- Closing
// --------------------------------------------------------------------------------------

void LoginDialog::clearSecrets()
{
    for (QLineEdit* edit : { m_keysAs, m_keysCk, m_requestAs }) {
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
