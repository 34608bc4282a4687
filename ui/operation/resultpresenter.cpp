#include "operation/resultpresenter.h"

#include "base/jsontext.h"
#include "operation/resultview.h"
#include "operation/tabshortcuts.h"
#include "results/diffpicker.h"
#include "results/fetchallbar.h"
#include "results/objecttableview.h"
#include "results/paginationbar.h"
#include "results/resultannotations.h"

#include "call/pagination.h"
#include "session/callsession.h"
#include "settings/explorersettings.h"

#include <QTabWidget>

namespace Ovh {

namespace {

// Where the login that fixes a refused key starts, as the account session decides it.
LoginPlan::Page fixingPage(const CallResult& result)
{
    return AccountSession::loginPageAfter(result).value_or(LoginPlan::Page::RequestAccess);
}

} // namespace

ResultPresenter::ResultPresenter(ResultView* view, std::function<QJsonObject()> formValues)
    : QObject(view)
    , m_view(view)
    , m_formValues(std::move(formValues))
    , m_annotations(new ResultAnnotations(view, m_formValues))
    , m_pages(new PaginationBar(view))
    , m_compare(new DiffPicker(view))
    , m_fetchAll(new FetchAllBar(view))
{
    connect(m_annotations, &ResultAnnotations::openOperationRequested, this,
        &ResultPresenter::openOperationRequested);
    m_view->addResultBar(m_pages);
    connect(m_pages, &PaginationBar::nextPageRequested, this, &ResultPresenter::runPage);
    connect(m_pages, &PaginationBar::allPagesFinished, this, &ResultPresenter::showAllPages);
    m_view->addSummaryWidget(m_compare);
    m_view->addResultBar(m_fetchAll);
    connect(m_fetchAll, &FetchAllBar::rowsFetched, m_view, &ResultView::showRows);
    connect(m_view->tableView(), &ObjectTableView::openOperationRequested, this,
        &ResultPresenter::openOperationRequested);
    connect(m_view, &ResultView::guidanceActivated, this,
        [this] { emit loginRequested(m_guidanceLogin, m_guidanceRules, m_guidanceExtends); });
}

void ResultPresenter::addViewKeys(QWidget* owner, const std::function<void()>& reveal)
{
    QTabWidget* resultTabs = m_view->viewTabs();
    TabShortcuts::add(owner, resultTabs,
        TabShortcuts::digits(resultTabs->count(), Qt::ControlModifier), tr("Result, %1 tab"),
        reveal);
}

void ResultPresenter::setCallContext(CallSession* calls, ExplorerSettings* settings)
{
    m_calls = calls;
    m_pages->setSession(calls);
    m_settings = settings;
}

void ResultPresenter::setAccount(const Endpoint& endpoint, const Credentials& credentials)
{
    if (m_endpoint != endpoint || m_credentials != credentials)
        offerFetchAll(nullptr);
    m_endpoint = endpoint;
    m_credentials = credentials;
}

void ResultPresenter::setHistory(HistoryStore* history)
{
    m_compare->setHistory(history);
}

void ResultPresenter::setApiLinkableKeys(std::shared_ptr<const ApiLinkableKeys> keys)
{
    m_annotations->setApiKeys(std::move(keys));
}

void ResultPresenter::setOperation(
    const Product& product, const Operation& operation, const QString& key)
{
    m_product = product;
    m_operation = operation;
    m_hasOperation = true;
    m_operationKey = key;
    m_annotations->setOperation(product, operation);
    m_view->tableView()->setOperation(product, operation);
    m_view->clear();
    m_compare->setCurrent(key, CallResult());
    offerFetchAll(nullptr);
    m_pages->withdraw();
    m_lastResult.reset();
}

void ResultPresenter::clear()
{
    m_product = Product();
    m_operation = Operation();
    m_hasOperation = false;
    m_operationKey.clear();
    m_view->clear();
    m_annotations->clear();
    offerFetchAll(nullptr);
    m_pages->withdraw();
    m_lastResult.reset();
}

void ResultPresenter::showRunning(const CallRequest& request)
{
    m_annotations->clear();
    offerFetchAll(nullptr);
    m_view->showRunning(request.methodName(),
        QString::fromUtf8(request.url(m_endpoint).toEncoded()), request.pathTemplate);
}

void ResultPresenter::showAnswer(
    const CallResult& result, const CallRequest& request, const CallGuidance& guidance)
{
    m_view->tableView()->setListValues(m_formValues());
    m_compare->setCurrent(m_operationKey, result);
    m_view->showResult(result);
    m_annotations->showResult(result);
    offerFetchAll(&result);
    m_lastResult = result;
    m_pages->showFor(takesPageCursor(m_operation), request, result);
    showGuidance(guidance, result, request);
}

void ResultPresenter::showStoredResult(const CallResult& result)
{
    m_view->tableView()->setListValues(m_formValues());
    m_compare->setCurrent(m_operationKey, result);
    m_view->showResult(result);
    m_annotations->showResult(result);
    m_view->setGuidance(QString(), QString());
    // Its request is not known: neither its ids nor its pages can be fetched.
    offerFetchAll(nullptr);
    m_pages->withdraw();
    m_lastResult = result;
}

bool ResultPresenter::isRunning() const
{
    return m_calls && m_calls->isRunning();
}

void ResultPresenter::offerFetchAll(const CallResult* result)
{
    if (!result || !m_calls || !m_hasOperation) {
        m_fetchAll->clear();
        return;
    }
    m_fetchAll->setClient(m_calls->client());
    if (m_settings)
        m_fetchAll->setConcurrency(m_settings->fetchAllConcurrency());
    m_fetchAll->offer(
        m_product, m_operation, m_calls->request(), *result, m_endpoint, m_credentials);
}

void ResultPresenter::runPage(const QString& cursor)
{
    const Parameter* parameter = pageCursorParameter(m_operation);
    if (!parameter || isRunning())
        return;
    QJsonObject values = m_formValues();
    values.insert(QString(QLatin1String("header/") + parameter->name), cursor);
    emit runAgainRequested(values);
}

void ResultPresenter::showAllPages(const AllPagesResult& pages)
{
    if (pages.outcome == AllPagesResult::Outcome::Failed)
        return; // the failed page stays shown, the bar says why
    CallResult joined = pages.last; // status and headers of the last page
    joined.elapsedMs = pages.elapsedMs; // the time of them all, not of the last
    joined.json = pages.items;
    joined.body = compactJson(pages.items);
    m_view->showResult(joined);
    m_lastResult = joined;
}

void ResultPresenter::showGuidance(
    const CallGuidance& guidance, const CallResult& result, const CallRequest& request)
{
    // The refusals a log-in fixes, each with the one button that leads to the fix.
    m_guidanceRules.clear();
    m_guidanceExtends = false;
    switch (guidance.kind) {
    case CallGuidance::Kind::KeyInvalid:
        m_guidanceLogin = fixingPage(result);
        m_view->setGuidance(
            tr("Your consumer key is no longer valid (expired or revoked). Log in again "
               "to request a new one."),
            tr("Log in again\u2026"));
        return;
    case CallGuidance::Kind::RightMissing:
        m_guidanceLogin = LoginPlan::Page::RequestAccess; // a new key with the right added
        m_guidanceRules = { guidance.rule };
        m_guidanceExtends = true;
        m_view->setGuidance(
            tr("This key is not allowed to call %1. Request the right \u201c%2\u201d: "
               "you get a new consumer key with this right added to those of the current "
               "key.")
                .arg(request.methodName() + QLatin1Char(' ') + request.pathTemplate,
                    guidance.rule.toString()),
            tr("Request this right\u2026"));
        return;
    case CallGuidance::Kind::ApplicationUnknown:
        m_guidanceLogin = fixingPage(result);
        m_view->setGuidance(tr("The application key is not known to %1: check it, or create an "
                               "application there.")
                                .arg(m_endpoint.displayName()),
            tr("Log in\u2026"));
        return;
    case CallGuidance::Kind::None:
        break;
    }
    m_view->setGuidance(QString(), QString());
}

} // namespace Ovh
