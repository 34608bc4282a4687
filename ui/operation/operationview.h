#pragma once

#include "auth/credentialrequest.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "call/callrequest.h"
#include "net/callresult.h"
#include "schema/schema.h"
#include "session/accountsession.h"
#include "snippets/snippets.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QHBoxLayout;
class QLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace Ovh {

class ApiLinkableKeys;
class CallSession;
class HistoryStore;
class FetchAllBar;
struct CallGuidance;
class ExplorerSettings;
class GuidanceBar;
class OperationFacts;
class OperationHeader;
class ParameterForm;
class ParameterTableModel;
class PathValueBinding;
class RecentValues;
class ResponseModelView;
class ResultPresenter;
class ResultView;
class SnippetView;

// Shows one operation: method and path, status, descriptions, IAM actions, authentication; its
// parameter form, Execute (asynchronous, cancellable, confirmed on real endpoints) and the
// Result tab; the code tabs; and a read-only reference table of its parameters. When keys are
// missing or a call is refused for their sake, it says what to do and asks the window for the
// login dialog (loginRequested).
class OperationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationView)

public:
    explicit OperationView(QWidget* parent = nullptr);
    ~OperationView() override;

    // What Execute needs, owned by the caller and outliving this view: the session signs and
    // sends. Without one, Execute stays disabled.
    void setCallContext(CallSession* calls, ExplorerSettings* settings);
    // Where calls go and with which keys (handed on to the call session). `demo`: the
    // in-process sandbox (never confirmed). Other keys or another endpoint cancel the call in
    // flight: its answer belongs to the previous account.
    void setEndpoint(const Endpoint& endpoint, const Credentials& credentials, bool demo = false);
    // The path values used lately, owned by the caller and outliving this view: offered in the
    // path fields, filled into those left empty, told what is typed. Null: none.
    void setRecentValues(RecentValues* values);
    // The history "Compare with…" offers earlier answers from (owned by the caller, outliving
    // this view); null: no Compare.
    void setHistory(HistoryStore* history);
    // The window is still reading the keys (keychain): Execute waits and says so. Starting to
    // resolve (another account) cancels the call in flight.
    void setResolving(bool resolving);
    bool isResolving() const { return m_resolving; }

    // `product` must outlive the call only; the form keeps its own copy.
    void showOperation(const Product& product, const Operation& operation);
    // The same with `values` (formValues()'s format) in the form instead of the operation's
    // memory, remembered for it: showOperation() then setFormValues(), the form built once.
    void showOperation(
        const Product& product, const Operation& operation, const QJsonObject& values);
    // The keys of the whole schema that link to another product's GET (null: none).
    void setApiLinkableKeys(std::shared_ptr<const ApiLinkableKeys> keys);
    void clear();
    // The operation and product shown; null while none is.
    const Operation* operation() const;
    const Product* product() const;
    FetchAllBar* fetchAllBar() const;
    // "POST /domain/zone/{zoneName}/record"; empty while no operation is shown.
    QString operationKey() const { return m_operationKey; }
    // The form's values in ParameterForm's remembered-values format (never a secret);
    // setFormValues() puts exactly these in a fresh form (what was typed before is gone) and
    // remembers them for the operation.
    QJsonObject formValues() const;
    void setFormValues(const QJsonObject& values);
    // Shows a result that was not just executed here (status, headers, body); no call made.
    void showStoredResult(const CallResult& result);
    // The result shown: the last call's answer or a stored one; none after another operation.
    std::optional<CallResult> lastResult() const;

    // Sends the current request (after the confirmation on a real endpoint); Ctrl+Enter.
    void execute();
    void cancel();
    bool isRunning() const;
    QAction* executeAction() const { return m_executeAction; }
    // A tool button for `action` after Execute and Cancel (the tabs' star: Save Request).
    QToolButton* addExecuteBarAction(QAction* action);
    QAction* cancelAction() const { return m_cancelAction; }
    ParameterForm* form() const { return m_form; }
    // Puts the keyboard on the form's first field (Execute when it has none).
    void focusForm();
    SnippetView* snippetView(SnippetLanguage language) const;
    // Brings the code of `language` to the front (its tab, or "More code" and its selector).
    void showSnippet(SnippetLanguage language);

    QSplitter* splitter() const { return m_splitter; }
    // The remembered position of the description/tabs splitter; without one, the first
    // operation shown places it so that the form gets most of the height.
    bool restoreSplitterState(const QByteArray& state);
    // Empty until the splitter has been placed (restored, or shown once).
    QByteArray splitterState() const;

signals:
    void callFinished(const Ovh::CallResult& result);
    // The person asked to log in from a message of this view. `rules`: the rights to request
    // (empty: the dialog's default). `extendRights`: the key in use was refused a call that
    // `rules` grant; the new key should keep the rights of the current one as well.
    // `page`: where the login starts, as the account session decides it.
    void loginRequested(
        Ovh::LoginPlan::Page page, const Ovh::CredentialRules& rules, bool extendRights);
    // Open `operationKey` ("GET /domain/zone/{zoneName}/record/{id}") with `values` (formValues()'s
    // format): an id followed from the Result, a row of a table; `newTab`: not in this tab.
    void openOperationRequested(
        const QString& operationKey, const QJsonObject& values, bool newTab);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The constructor's parts, top to bottom.
    QWidget* createReference();
    void createTabs(QWidget* page, QWidget* reference);
    void createSplitter(QWidget* page);
    void chainFormFocus();
    QLayout* createExecuteBar(QWidget* page);
    void connectParts();

    // showOperation()'s work; `values`: null for the operation's memory.
    void presentOperation(
        const Product& product, const Operation& operation, const QJsonObject* values);
    void fitColumns();
    void updateExecuteState();
    void updateSnippets();
    void placeSplitter();
    void send(const CallRequest& request);
    void onCallFinished(const CallResult& result, const CallGuidance& guidance);
    QString endpointKey() const;
    bool needsConfirmation() const;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    OperationHeader* m_header;
    OperationFacts* m_facts;
    QSplitter* m_splitter;
    QLabel* m_parametersTitle;
    QTableView* m_parameters;
    ParameterTableModel* m_parameterModel;

    QTabWidget* m_tabs;
    ParameterForm* m_form;
    PathValueBinding* m_pathValues;
    ResultView* m_result;
    ResultPresenter* m_results; // what the Result shows and offers
    ResponseModelView* m_responseModel;
    QList<SnippetView*> m_snippets;
    QWidget* m_moreCode;
    QComboBox* m_moreCodeLanguage;
    QStackedWidget* m_moreCodeStack;
    GuidanceBar* m_credentialsBar;
    QPushButton* m_executeButton;
    QHBoxLayout* m_executeBar = nullptr;
    QPushButton* m_cancelButton;
    QProgressBar* m_busy;
    QLabel* m_executeReason;
    QAction* m_executeAction;
    QAction* m_cancelAction;

    QPointer<CallSession> m_calls;
    ExplorerSettings* m_settings = nullptr;
    Endpoint m_endpoint;
    Credentials m_credentials;
    bool m_demo = false;
    bool m_resolving = false;
    QString m_operationKey;
    bool m_noAuthentication = false;
    bool m_splitterPlaced = false;
};

} // namespace Ovh
