#pragma once

#include "auth/credentialrequest.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "call/callrequest.h"
#include "net/callresult.h"
#include "schema/schema.h"
#include "session/accountsession.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

class ApiLinkableKeys;
class CallSession;
struct AllPagesResult;
struct CallGuidance;
class DiffPicker;
class ExplorerSettings;
class FetchAllBar;
class HistoryStore;
class PaginationBar;
class ResultAnnotations;
class ResultView;

// The Result tab of one OperationView: shows the answers of the operation's calls (or a stored
// one) in its ResultView, keeps the one shown, and adds what the operation makes of them: ids
// as links and the schema's check (ResultAnnotations), the Table's rows that open an
// operation, Fetch all, the v2 pages (Next page / All pages), "Compare with…", what to do
// about a refused key, and Ctrl+1… for the answer's views. It sends no call of its own but
// Fetch all's and All pages': a next page is asked of the view (runAgainRequested).
class ResultPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPresenter)

public:
    // Adds its bars to `view`. `formValues` gives the form's values (formValues()'s format): a
    // link followed or a next page carries them over.
    ResultPresenter(ResultView* view, std::function<QJsonObject()> formValues);
    // Ctrl+1… for the answer's views, as actions of `owner` (after its own tab keys, so that
    // Help → Keyboard lists them in order); each runs `reveal` (brings the Result tab to the
    // front) first.
    void addViewKeys(QWidget* owner, const std::function<void()>& reveal);

    // As OperationView::setCallContext(): Fetch all and All pages send through the session.
    void setCallContext(CallSession* calls, ExplorerSettings* settings);
    // Where calls go and with which keys; another account withdraws Fetch all (its answer
    // belongs to the previous one).
    void setAccount(const Endpoint& endpoint, const Credentials& credentials);
    // See OperationView::setHistory().
    void setHistory(HistoryStore* history);
    void setApiLinkableKeys(std::shared_ptr<const ApiLinkableKeys> keys);

    // The operation shown, `key` as OperationView::operationKey() names it; clears the result.
    void setOperation(const Product& product, const Operation& operation, const QString& key);
    // No operation any more.
    void clear();
    // `request` was sent; its answer comes to showAnswer().
    void showRunning(const CallRequest& request);
    // The answer to `request`, the call of this view's session, with what to do about it.
    void showAnswer(
        const CallResult& result, const CallRequest& request, const CallGuidance& guidance);
    // A result that was not just executed here (status, headers, body); no call made.
    void showStoredResult(const CallResult& result);
    // The result shown: the last call's answer (all the pages, once joined) or a stored one.
    std::optional<CallResult> lastResult() const { return m_lastResult; }
    FetchAllBar* fetchAllBar() const { return m_fetchAll; }

signals:
    // See OperationView's signals of the same names.
    void loginRequested(
        Ovh::LoginPlan::Page page, const Ovh::CredentialRules& rules, bool extendRights);
    void openOperationRequested(
        const QString& operationKey, const QJsonObject& values, bool newTab);
    // Fill the form with `values` and run the call again (the next page).
    void runAgainRequested(const QJsonObject& values);

private:
    // v2 cursor pagination: the same call with X-Pagination-Cursor set; the joined pages.
    void runPage(const QString& cursor);
    void showAllPages(const AllPagesResult& pages);
    void showGuidance(
        const CallGuidance& guidance, const CallResult& result, const CallRequest& request);
    // Offers Fetch all for `result` (an answer of this view's call), or withdraws it (null).
    void offerFetchAll(const CallResult* result);
    bool isRunning() const;

    ResultView* m_view;
    std::function<QJsonObject()> m_formValues;
    ResultAnnotations* m_annotations;
    PaginationBar* m_pages;
    DiffPicker* m_compare;
    FetchAllBar* m_fetchAll;

    QPointer<CallSession> m_calls;
    ExplorerSettings* m_settings = nullptr;
    Endpoint m_endpoint;
    Credentials m_credentials;
    Product m_product;
    Operation m_operation;
    bool m_hasOperation = false;
    QString m_operationKey;
    // What the result's "Log in…" button asks for.
    LoginPlan::Page m_guidanceLogin = LoginPlan::Page::RequestAccess;
    CredentialRules m_guidanceRules;
    bool m_guidanceExtends = false; // the guidance asks for a right the current key lacks
    std::optional<CallResult> m_lastResult;
};

} // namespace Ovh
