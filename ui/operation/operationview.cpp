#include "operation/operationview.h"

#include "base/endpointtext.h"
#include "base/jsontext.h"
#include "look/guidancebar.h"
#include "look/keytext.h"
#include "look/uicolors.h"
#include "models/parametertablemodel.h"
#include "operation/confirmcalldialog.h"
#include "operation/operationsummary.h"
#include "operation/parameterform.h"
#include "operation/pathvaluebinding.h"
#include "operation/resultpresenter.h"
#include "operation/resultview.h"
#include "operation/snippetview.h"
#include "operation/taborder.h"
#include "operation/tabshortcuts.h"
#include "results/responsemodelview.h"

#include "base/credentials.h"
#include "session/accountsession.h"
#include "session/callsession.h"
#include "settings/explorersettings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ovh {

OperationView::OperationView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_header(nullptr)
    , m_facts(nullptr)
    , m_splitter(nullptr)
    , m_parametersTitle(nullptr)
    , m_parameters(nullptr)
    , m_parameterModel(new ParameterTableModel(this))
    , m_tabs(nullptr)
    , m_form(nullptr)
    , m_pathValues(nullptr)
    , m_result(nullptr)
    , m_results(nullptr)
    , m_responseModel(nullptr)
    , m_moreCode(nullptr)
    , m_moreCodeLanguage(nullptr)
    , m_moreCodeStack(nullptr)
    , m_credentialsBar(nullptr)
    , m_executeButton(nullptr)
    , m_cancelButton(nullptr)
    , m_busy(nullptr)
    , m_executeReason(nullptr)
    , m_executeAction(new QAction(tr("&Execute"), this))
    , m_cancelAction(new QAction(tr("&Cancel Call"), this))
{
    m_placeholder->setObjectName(QStringLiteral("operationPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Pick an operation in the tree, or press Ctrl+K and type a few words "
                              "such as \u201czone record\u201d."));
    m_placeholder->setEnabled(false);

    auto* page = new QWidget(m_stack);
    m_header = new OperationHeader(page);
    m_facts = new OperationFacts(page);
    createTabs(page, createReference());
    createSplitter(page);
    QLayout* executeBar = createExecuteBar(page);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 6, 6, 6);
    pageLayout->addWidget(m_header);
    pageLayout->addWidget(m_splitter, 1);
    pageLayout->addWidget(m_credentialsBar);
    pageLayout->addLayout(executeBar);
    connectParts();

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget* OperationView::createReference()
{
    // Parameters.
    auto* parametersBox = new QWidget;
    m_parametersTitle = makeOperationLabel(parametersBox, "parametersTitle", false);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_parametersTitle->setFont(titleFont);
    m_parameters = new QTableView(parametersBox);
    m_parameters->setObjectName(QStringLiteral("parametersTable"));
    m_parameters->setAccessibleName(tr("Parameters"));
    m_parameters->setModel(m_parameterModel);
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->setAlternatingRowColors(true);
    m_parameters->setWordWrap(true);
    m_parameters->verticalHeader()->setVisible(false);
    m_parameters->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_parameters->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* parametersLayout = new QVBoxLayout(parametersBox);
    parametersLayout->setContentsMargins(0, 4, 0, 0);
    parametersLayout->addWidget(m_parametersTitle);
    parametersLayout->addWidget(m_parameters, 1);
    m_responseModel = new ResponseModelView(parametersBox); // what the operation answers
    parametersLayout->addWidget(m_responseModel, 2);
    return parametersBox;
}

void OperationView::createTabs(QWidget* page, QWidget* reference)
{
    // Parameters (the form), Result, and the read-only reference table.
    m_form = new ParameterForm(page);
    m_pathValues = new PathValueBinding(m_form, this);
    m_result = new ResultView(page);
    m_result->setObjectName(QStringLiteral("resultView"));
    m_results = new ResultPresenter(m_result, [this] { return formValues(); });
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("operationTabs"));
    m_tabs->setAccessibleName(tr("Operation"));
    m_tabs->addTab(m_form, tr("&Parameters"));
    m_tabs->addTab(m_result, tr("&Result"));
    // The code tabs: the same call as a script in each language of the official wrappers.
    // Python and PHP get a tab each; the others share "More code" with a language selector, so
    // that the tab bar fits a small window without scroll arrows.
    m_moreCode = new QWidget(page);
    m_moreCode->setObjectName(QStringLiteral("moreCodePage"));
    m_moreCodeLanguage = new QComboBox(m_moreCode);
    m_moreCodeLanguage->setObjectName(QStringLiteral("moreCodeLanguage"));
    m_moreCodeLanguage->setAccessibleName(tr("Language"));
    m_moreCodeStack = new QStackedWidget(m_moreCode);
    m_moreCodeStack->setObjectName(QStringLiteral("moreCodeStack"));
    auto* languageLabel = new QLabel(tr("&Language:"), m_moreCode);
    languageLabel->setBuddy(m_moreCodeLanguage);
    auto* languageBar = new QHBoxLayout;
    languageBar->setContentsMargins(4, 4, 4, 0);
    languageBar->addWidget(languageLabel);
    languageBar->addWidget(m_moreCodeLanguage);
    languageBar->addStretch(1);
    auto* moreCodeLayout = new QVBoxLayout(m_moreCode);
    moreCodeLayout->setContentsMargins(0, 0, 0, 0);
    moreCodeLayout->setSpacing(0);
    moreCodeLayout->addLayout(languageBar);
    moreCodeLayout->addWidget(m_moreCodeStack, 1);
    const QList<SnippetLanguage> languages = snippetLanguages();
    QStringList moreTitles;
    for (SnippetLanguage language : languages) {
        const bool ownTab = language == SnippetLanguage::Python || language == SnippetLanguage::Php;
        auto* snippet = new SnippetView(language, ownTab ? page : m_moreCodeStack);
        m_snippets.append(snippet);
        if (ownTab) {
            m_tabs->addTab(snippet, snippetLanguageTitle(language));
        } else {
            m_moreCodeStack->addWidget(snippet);
            m_moreCodeLanguage->addItem(snippetLanguageTitle(language), int(language));
            moreTitles << snippetLanguageTitle(language);
        }
    }
    m_tabs->addTab(m_moreCode, tr("More code"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_moreCode),
        tr("The call in %1").arg(QLocale().createSeparatedList(moreTitles)));
    connect(m_moreCodeLanguage, &QComboBox::currentIndexChanged, m_moreCodeStack,
        &QStackedWidget::setCurrentIndex);
    m_tabs->addTab(reference, tr("Refere&nce"));
    // A key for every tab: Alt+1… for the operation's, Ctrl+1… for the answer's views.
    TabShortcuts::add(this, m_tabs, TabShortcuts::digits(m_tabs->count()), tr("%1 tab"));
    m_results->addViewKeys(this, [this] { m_tabs->setCurrentWidget(m_result); });
}

void OperationView::createSplitter(QWidget* page)
{
    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("operationSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_facts);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The descriptions can be folded away entirely (drag the handle up) to give the form room.
    m_splitter->setCollapsible(0, true);
    m_splitter->setHandleWidth(qMax(m_splitter->handleWidth(), 6));
    m_facts->setMinimumHeight(48);
}

QLayout* OperationView::createExecuteBar(QWidget* page)
{
    // Execute bar: why it cannot run yet (with the way to log in), busy indicator and Cancel.
    m_credentialsBar = new GuidanceBar(QStringLiteral("credentialsBar"),
        QStringLiteral("credentialsMessage"), QStringLiteral("credentialsLoginButton"), page);
    m_executeButton = new QPushButton(tr("Execute"), page);
    m_executeButton->setObjectName(QStringLiteral("executeButton"));
    m_executeButton->setToolTip(tr("Send the call (%1)").arg(keyText(Qt::CTRL | Qt::Key_Enter)));
    m_executeButton->setDefault(false);
    m_cancelButton = new QPushButton(tr("Cancel"), page);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for the answer"));
    m_cancelButton->hide();
    m_busy = new QProgressBar(page);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_executeButton->sizeHint().height() * 2 / 3);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_executeReason = makeOperationLabel(page, "executeReason");
    m_executeBar = new QHBoxLayout;
    m_executeBar->addWidget(m_executeButton);
    m_executeBar->addWidget(m_cancelButton);
    m_executeBar->addWidget(m_busy);
    m_executeBar->addWidget(m_executeReason, 1);
    return m_executeBar;
}

QToolButton* OperationView::addExecuteBarAction(QAction* action)
{
    auto* button = new QToolButton(m_executeButton->parentWidget());
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    m_executeBar->insertWidget(m_executeBar->indexOf(m_busy), button);
    return button;
}

void OperationView::connectParts()
{
    m_executeAction->setObjectName(QStringLiteral("executeAction"));
    m_executeAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_executeAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setEnabled(false);
    addAction(m_executeAction);
    addAction(m_cancelAction);
    connect(m_executeAction, &QAction::triggered, this, &OperationView::execute);
    connect(m_cancelAction, &QAction::triggered, this, &OperationView::cancel);
    connect(m_executeButton, &QPushButton::clicked, this, &OperationView::execute);
    connect(m_cancelButton, &QPushButton::clicked, this, &OperationView::cancel);
    connect(m_credentialsBar, &GuidanceBar::activated, this, [this] {
        emit loginRequested(AccountSession::loginPageFor(m_credentials), CredentialRules(), false);
    });
    connect(m_results, &ResultPresenter::openOperationRequested, this,
        &OperationView::openOperationRequested);
    connect(m_results, &ResultPresenter::loginRequested, this, &OperationView::loginRequested);
    connect(
        m_results, &ResultPresenter::runAgainRequested, this, [this](const QJsonObject& values) {
            setFormValues(values);
            execute();
        });
    connect(m_form, &ParameterForm::changed, this, [this] {
        updateExecuteState();
        updateSnippets();
        if (m_settings && !m_operationKey.isEmpty())
            m_settings->setFormValues(m_operationKey, m_form->rememberedValues());
    });
}

OperationView::~OperationView()
{
    if (m_calls)
        m_calls->disconnect(this);
}

void OperationView::setHistory(HistoryStore* history)
{
    m_results->setHistory(history);
}

void OperationView::clear()
{
    cancel();
    m_parameterModel->setRows({});
    m_pathValues->detach();
    m_form->clear();
    m_results->clear();
    m_responseModel->clear();
    for (SnippetView* snippet : std::as_const(m_snippets))
        snippet->clear();
    m_operationKey.clear();
    m_stack->setCurrentWidget(m_placeholder);
    updateExecuteState();
}

void OperationView::setApiLinkableKeys(std::shared_ptr<const ApiLinkableKeys> keys)
{
    m_results->setApiLinkableKeys(std::move(keys));
}

void OperationView::showOperation(const Product& product, const Operation& operation)
{
    presentOperation(product, operation, nullptr);
}

void OperationView::showOperation(
    const Product& product, const Operation& operation, const QJsonObject& values)
{
    presentOperation(product, operation, &values);
}

void OperationView::presentOperation(
    const Product& product, const Operation& operation, const QJsonObject* values)
{
    m_header->setOperation(operation);
    m_facts->setOperation(product, operation);

    const QList<ParameterRow> rows = parameterRows(product, operation);
    m_parameterModel->setRows(rows);
    m_parametersTitle->setText(rows.isEmpty()
            ? tr("No parameters")
            : tr("Parameters (%1) \u2014 * required").arg(rows.size()));
    m_parameters->setVisible(!rows.isEmpty());

    cancel();
    m_noAuthentication = operation.noAuthentication;
    m_operationKey.clear(); // do not save while building and restoring
    m_pathValues->detach();
    m_form->setOperation(product, operation);
    chainFormFocus();
    m_responseModel->setOperation(product, operation);
    const QString key = httpMethodName(operation.method) + QLatin1Char(' ') + operation.path;
    if (values)
        m_form->restoreValues(*values);
    else if (m_settings)
        m_form->restoreValues(m_settings->formValues(key));
    // What the memory left empty; not remembered for this operation unless the person edits.
    // Values given stay exactly as given.
    m_pathValues->attach(operation, !values);
    m_operationKey = key;
    if (values && m_settings)
        m_settings->setFormValues(key, m_form->rememberedValues());
    m_results->setOperation(product, operation, key);
    updateSnippets();
    // Someone reading code keeps reading code from one operation to the next.
    if (m_tabs->currentWidget() != m_moreCode
        && !qobject_cast<SnippetView*>(m_tabs->currentWidget()))
        m_tabs->setCurrentWidget(m_form);
    m_stack->setCurrentIndex(1);
    placeSplitter();
    fitColumns();
    updateExecuteState();
}

const Operation* OperationView::operation() const
{
    return m_form->hasOperation() ? &m_form->operation() : nullptr;
}

const Product* OperationView::product() const
{
    return m_form->hasOperation() ? &m_form->product() : nullptr;
}

QJsonObject OperationView::formValues() const
{
    return m_form->rememberedValues();
}

void OperationView::setFormValues(const QJsonObject& values)
{
    if (!m_form->hasOperation())
        return;
    const QString key = m_operationKey;
    m_operationKey.clear(); // do not save while rebuilding and restoring
    // A fresh form: what was typed must not mix with the values given.
    const Product product = m_form->product();
    const Operation operation = m_form->operation();
    m_form->setOperation(product, operation);
    chainFormFocus();
    m_form->restoreValues(values);
    m_operationKey = key;
    if (m_settings && !key.isEmpty())
        m_settings->setFormValues(key, m_form->rememberedValues());
    updateSnippets();
    updateExecuteState();
}

void OperationView::showStoredResult(const CallResult& result)
{
    m_results->showStoredResult(result);
    m_tabs->setCurrentWidget(m_result);
}

std::optional<CallResult> OperationView::lastResult() const
{
    return m_results->lastResult();
}

FetchAllBar* OperationView::fetchAllBar() const
{
    return m_results->fetchAllBar();
}

bool OperationView::restoreSplitterState(const QByteArray& state)
{
    m_splitterPlaced = !state.isEmpty() && m_splitter->restoreState(state);
    return m_splitterPlaced;
}

QByteArray OperationView::splitterState() const
{
    return m_splitterPlaced ? m_splitter->saveState() : QByteArray();
}

void OperationView::placeSplitter()
{
    // First run only (afterwards the person's choice is remembered): the descriptions get what
    // they need up to about a quarter of the height, the tabs everything else, so a small
    // window still shows the form.
    if (m_splitterPlaced || !m_splitter->isVisible() || m_splitter->height() <= 0)
        return;
    m_splitterPlaced = true;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    QWidget* info = m_splitter->widget(0);
    const int wanted = info->sizeHint().height();
    const int top
        = qBound(info->minimumHeight(), wanted, qMax(info->minimumHeight(), total * 26 / 100));
    m_splitter->setSizes({ top, qMax(1, total - top) });
}

void OperationView::setCallContext(CallSession* calls, ExplorerSettings* settings)
{
    if (m_calls)
        m_calls->disconnect(this);
    m_calls = calls;
    m_settings = settings;
    m_results->setCallContext(calls, settings);
    if (m_calls) {
        m_calls->setAccount(m_endpoint, m_credentials);
        connect(m_calls, &CallSession::finished, this, &OperationView::onCallFinished);
    }
    updateExecuteState();
}

void OperationView::setEndpoint(const Endpoint& endpoint, const Credentials& credentials, bool demo)
{
    // Another account on the same endpoint too: the answer to a call signed with the previous
    // keys (its guidance, "key refused") must not land on the new account.
    if (m_endpoint != endpoint || m_credentials != credentials)
        cancel();
    m_results->setAccount(endpoint, credentials);
    m_endpoint = endpoint;
    m_credentials = credentials;
    m_demo = demo;
    m_pathValues->setEndpoint(endpointUserText(endpoint)); // as the history names it
    if (m_calls)
        m_calls->setAccount(endpoint, credentials);
    updateExecuteState();
    updateSnippets();
}

void OperationView::setRecentValues(RecentValues* values)
{
    m_pathValues->setRecentValues(values);
}

void OperationView::setResolving(bool resolving)
{
    if (m_resolving == resolving)
        return;
    m_resolving = resolving;
    if (resolving)
        cancel(); // the keys are about to change
    updateExecuteState();
}

void OperationView::updateSnippets()
{
    if (!m_form->hasOperation())
        return;
    // "sandbox" is only this window's name for the in-process server: the scripts address it
    // by its base URL, as a custom endpoint, so that they run against it as they are.
    Endpoint target = m_endpoint;
    if (m_demo)
        target.name.clear();
    // A service account's scripts use the wrappers' OAuth2 constructors.
    const SnippetAuth auth
        = m_credentials.hasOAuth2() ? SnippetAuth::ServiceAccount : SnippetAuth::Keys;
    for (SnippetView* snippet : std::as_const(m_snippets))
        snippet->setRequest(m_form->request(), target, auth);
}

SnippetView* OperationView::snippetView(SnippetLanguage language) const
{
    for (SnippetView* snippet : m_snippets) {
        if (snippet->language() == language)
            return snippet;
    }
    return nullptr;
}

void OperationView::showSnippet(SnippetLanguage language)
{
    SnippetView* snippet = snippetView(language);
    if (!snippet)
        return;
    const int row = m_moreCodeLanguage->findData(int(language));
    if (row < 0) {
        m_tabs->setCurrentWidget(snippet);
        return;
    }
    m_moreCodeLanguage->setCurrentIndex(row);
    m_tabs->setCurrentWidget(m_moreCode);
}

QString OperationView::endpointKey() const
{
    return m_endpoint.isCustom() ? m_endpoint.baseUrl.toString() : m_endpoint.name;
}

void OperationView::chainFormFocus()
{
    // The form's fields are made after the window's other widgets, so Tab would reach them
    // last and wrap round before Execute: put them between the tabs and Execute.
    chainTabOrder(m_tabs->findChild<QTabBar*>(QString(), Qt::FindDirectChildrenOnly), m_form,
        m_executeButton);
}

void OperationView::focusForm()
{
    m_tabs->setCurrentWidget(m_form);
    if (!TabShortcuts::focusFirstIn(m_form))
        m_executeButton->setFocus(Qt::TabFocusReason);
}

bool OperationView::isRunning() const
{
    return m_calls && m_calls->isRunning();
}

void OperationView::updateExecuteState()
{
    const bool running = isRunning();
    const bool shown = m_form->hasOperation();
    QString reason;
    QString credentials;
    const bool needsKeys = shown && !m_noAuthentication;
    if (needsKeys && m_resolving) {
        reason = tr("Reading the keychain\u2026");
    } else if (needsKeys && !m_credentials.isComplete()) {
        QStringList missing;
        for (CredentialField field : m_credentials.missingFields())
            missing << tr("%1 (or %2)").arg(configKey(field), environmentVariable(field));
        if (m_demo) {
            // The in-process sandbox has no ovh.conf section: its demo keys are the other way.
            credentials
                = tr("Not logged in to %1: this account has no consumer key. Log in to request "
                     "one, or choose \u201cSandbox demo keys\u201d in the account menu.")
                      .arg(m_endpoint.displayName());
        } else if (m_credentials.hasApplication()) {
            // The application is known: only a consumer key is missing (logged out, or never
            // asked).
            credentials
                = tr("Not logged in to %1: there is no consumer key. Log in to request one, or put "
                     "%2 in the [%1] section of ~/.ovh.conf, then restart.")
                      .arg(m_endpoint.displayName(), missing.join(QLatin1String(", ")));
        } else {
            credentials
                = tr("No keys for %1: %2 missing. Log in, or put them in the [%1] section of "
                     "~/.ovh.conf (or ./ovh.conf) or set the environment variables, then restart; "
                     "or choose the Sandbox endpoint to try calls with demo keys.")
                      .arg(m_endpoint.displayName(), missing.join(QLatin1String(", ")));
        }
        reason = tr("Not logged in to %1.").arg(m_endpoint.displayName());
    }
    if (shown && reason.isEmpty()) {
        const CallErrors& errors = m_form->errors();
        if (!errors.isEmpty()) {
            reason = errors.constFirst().toString();
            if (errors.size() > 1)
                reason += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(errors.size() - 1));
        }
    }
    if (shown && reason.isEmpty() && !m_calls)
        reason = tr("Calls are not available here.");
    if (shown && reason.isEmpty() && !running)
        reason = m_form->request().methodName() + QLatin1Char(' ')
            + QString::fromUtf8(m_form->request().url(m_endpoint).toEncoded());

    if (credentials.isEmpty())
        m_credentialsBar->clear();
    else
        m_credentialsBar->showGuidance(credentials, tr("Log in\u2026"), MessageBar::Kind::Warning);
    const bool keysReady = credentials.isEmpty() && !(needsKeys && m_resolving);
    const bool ready = shown && !running && m_calls && keysReady && m_form->errors().isEmpty();
    m_executeButton->setEnabled(ready);
    // Ctrl+Enter stays available while only values are missing: it then marks every missing
    // field instead of sending (the button itself stays disabled, with the reason beside it).
    m_executeAction->setEnabled(shown && !running && m_calls && keysReady);
    m_cancelButton->setVisible(running);
    m_cancelAction->setEnabled(running);
    m_busy->setVisible(running);
    if (running)
        reason = tr("Waiting for %1…").arg(m_endpoint.displayName());
    m_executeReason->setText(reason);
    m_executeReason->setToolTip(reason);
    QPalette palette = m_executeReason->palette();
    palette.setColor(QPalette::WindowText,
        ready || running ? this->palette().color(QPalette::PlaceholderText)
                         : errorColor(this->palette()));
    m_executeReason->setPalette(palette);
}

bool OperationView::needsConfirmation() const
{
    const HttpMethod method = m_form->request().method;
    if (method == HttpMethod::Get || m_demo || isLoopbackHost(m_endpoint.baseUrl.host()))
        return false;
    return !m_settings || m_settings->confirmCalls(endpointKey());
}

void OperationView::execute()
{
    if (!m_form->hasOperation() || isRunning())
        return;
    if (!m_form->errors().isEmpty()) {
        m_form->revealMissing();
        m_tabs->setCurrentWidget(m_form);
        return;
    }
    if (!m_executeButton->isEnabled())
        return;
    const CallRequest request = m_form->request();
    if (!needsConfirmation()) {
        send(request);
        return;
    }
    auto* dialog = new ConfirmCallDialog(m_endpoint.displayName(), request.methodName(),
        QString::fromUtf8(request.url(m_endpoint).toEncoded()),
        request.hasBody() ? indentedJsonText(request.bodyBytes) : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, request] {
        if (dialog->dontAskAgain() && m_settings)
            m_settings->setConfirmCalls(endpointKey(), false);
        send(request);
    });
    dialog->open();
}

void OperationView::send(const CallRequest& request)
{
    if (!m_calls || !m_calls->start(request))
        return;
    m_pathValues->noteTyped();
    m_results->showRunning(request);
    m_tabs->setCurrentWidget(m_result);
    updateExecuteState();
}

void OperationView::cancel()
{
    if (m_calls)
        m_calls->cancel();
}

void OperationView::onCallFinished(const CallResult& result, const CallGuidance& guidance)
{
    m_results->showAnswer(result, m_calls->request(), guidance);
    m_tabs->setCurrentWidget(m_result);
    updateExecuteState();
    emit callFinished(result);
}

void OperationView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeSplitter();
    fitColumns();
}

void OperationView::fitColumns()
{
    if (m_parameterModel->rowCount() == 0)
        return;
    // Name and In keep their natural width (Name at most 35% of the table); Type gets what is
    // left of 65%, so the description keeps room in a narrow window. Name and Type never shrink
    // below kNarrowest (or their natural width when that is less), never grow beyond it.
    const int available = m_parameters->viewport()->width();
    // sizeHintForColumn() is public in QAbstractItemView (protected in QTableView).
    const QAbstractItemView* view = m_parameters;
    static constexpr int kPadding = 12;
    static constexpr int kNarrowest = 60;
    const auto natural
        = [view](int column) { return qMax(0, view->sizeHintForColumn(column)) + kPadding; };
    const auto fit = [](int share, int naturalWidth) {
        return qBound(qMin(kNarrowest, naturalWidth), share, naturalWidth);
    };
    const int name = fit(available * 35 / 100, natural(ParameterTableModel::NameColumn));
    const int location = natural(ParameterTableModel::LocationColumn);
    const int type
        = fit(available * 65 / 100 - name - location, natural(ParameterTableModel::TypeColumn));
    m_parameters->setColumnWidth(ParameterTableModel::NameColumn, name);
    m_parameters->setColumnWidth(ParameterTableModel::LocationColumn, location);
    m_parameters->setColumnWidth(ParameterTableModel::TypeColumn, type);
}

} // namespace Ovh
