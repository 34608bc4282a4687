#include "results/resultannotations.h"

#include "base/backgroundtask.h"
#include "look/messagebar.h"
#include "models/itemroles.h"
#include "models/jsontreemodel.h"
#include "operation/resultview.h"
#include "results/resulttreedelegate.h"

#include <QJsonArray>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTreeView>

namespace Ovh {

namespace {

// What the bar over the result says: how many values differ (they are marked in the Tree), and
// what differs at the top, which has no row to mark. Empty when nothing differs.
QString noteText(const ConformanceReport& report, const TypeRef& type)
{
    if (report.problems.isEmpty())
        return {};
    QStringList lines;
    lines << ResultAnnotations::tr("The answer differs from its schema (%1) in %n place(s), "
                                   "marked in the Tree.",
        nullptr, int(report.problems.size()))
                 .arg(type.displayName());
    for (const ConformanceProblem& problem : report.problems) {
        if (problem.path.isEmpty())
            lines << problem.message;
    }
    if (!report.complete)
        lines << ResultAnnotations::tr("Checked the first %L1 values only.")
                     .arg(report.valuesChecked);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ResultAnnotations::ResultAnnotations(ResultView* view, std::function<QJsonObject()> formValues)
    : QObject(view)
    , m_view(view)
    , m_delegate(new ResultTreeDelegate(this))
    , m_note(new MessageBar(MessageBar::Kind::Warning, view))
    , m_formValues(std::move(formValues))
{
    m_note->setObjectName(QStringLiteral("resultSchemaNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    view->addNote(m_note);
    view->treeView()->setItemDelegateForColumn(JsonTreeModel::ValueColumn, m_delegate);
    connect(
        m_delegate, &ResultTreeDelegate::linkClicked, this, &ResultAnnotations::onTreeLinkClicked);
    connect(view, &ResultView::bodyLineClicked, this, &ResultAnnotations::onBodyLineClicked);
    // Keys on the tree (Enter, and Ctrl+Enter before the window's Execute shortcut takes it),
    // the pointer's moves on its viewport (a hand over a link).
    m_tree = view->treeView();
    m_treeViewport = m_tree->viewport();
    m_tree->installEventFilter(this);
    m_treeViewport->installEventFilter(this);
    view->treeView()->setMouseTracking(true);
}

void ResultAnnotations::setOperation(const Product& product, const Operation& operation)
{
    m_product = product;
    m_operation = operation;
    m_hasOperation = true;
    m_keys = linkableKeys(product);
    clear();
}

void ResultAnnotations::setApiKeys(std::shared_ptr<const ApiLinkableKeys> keys)
{
    m_apiKeys = std::move(keys);
}

void ResultAnnotations::clear()
{
    m_json = QJsonValue(QJsonValue::Undefined);
    ++m_generation;
    m_delegate->clear();
    m_view->setBodyLinks(nullptr);
    m_note->hide();
}

IdLinks ResultAnnotations::currentLinks() const
{
    if (!m_hasOperation)
        return {};
    return IdLinks(m_product, m_operation, m_formValues(), m_keys,
        m_apiKeys ? m_apiKeys->keys() : QHash<QString, KeyLink>());
}

void ResultAnnotations::showResult(const CallResult& result)
{
    clear();
    if (!m_hasOperation || !result.isSuccess())
        return;
    m_json = result.json;
    const TypeRef type = responseTypeOf(m_product, m_operation);
    const IdLinks links = currentLinks();
    m_delegate->setLinks(links);
    m_delegate->setSchema(m_product, type);
    // The Body's lines link as the Tree's values: an id list's ids, a linked key's values.
    if (!links.isEmpty())
        m_view->setBodyLinks(
            [links](QStringView line) { return links.lineLink(line).has_value(); });
    ConformanceLimits limits;
    limits.maxValues = MaxCheckedValues;
    if (result.body.size() <= ResultView::LargeBodyBytes) {
        showReport(checkModelConformance(m_json, m_product, type, limits), type);
        return;
    }
    // 150,000 records take the better part of a second to check: not on the GUI thread.
    const quint64 generation = m_generation;
    runInBackground<ConformanceReport>(
        this,
        [json = m_json, product = m_product, type, limits] {
            return checkModelConformance(json, product, type, limits);
        },
        [this, generation, type](const ConformanceReport& report) {
            if (generation == m_generation)
                showReport(report, type);
        });
}

void ResultAnnotations::showReport(const ConformanceReport& report, const TypeRef& type)
{
    m_delegate->setProblems(report.problems);
    m_note->showMessage(noteText(report, type), MessageBar::Kind::Warning);
    m_view->treeView()->viewport()->update();
}

// With the form as it is now: path values typed since the call go along.
void ResultAnnotations::onTreeLinkClicked(const QModelIndex& index, bool newTab)
{
    const auto link = currentLinks().linkAt(index.data(ItemRole::JsonPath).toList(),
        index.data(ItemRole::JsonValue).value<QJsonValue>());
    if (link)
        request(*link, newTab);
}

// From the line's text, which says its key and value.
void ResultAnnotations::onBodyLineClicked(int line, bool newTab)
{
    if (!m_json.isUndefined()) {
        if (const auto link = currentLinks().lineLink(m_view->bodyLine(line)))
            request(*link, newTab);
    }
}

bool ResultAnnotations::eventFilter(QObject* watched, QEvent* event)
{
    QTreeView* tree = m_tree;
    if (watched == tree
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        if (followCurrent(event))
            return true;
    } else if (watched == m_treeViewport && event->type() == QEvent::MouseMove) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QModelIndex at = tree->indexAt(mouse->position().toPoint());
        const bool onLink = mouse->buttons() == Qt::NoButton
            && at.column() == JsonTreeModel::ValueColumn && m_delegate->linkAt(at);
        if (onLink)
            m_treeViewport->setCursor(Qt::PointingHandCursor);
        else
            m_treeViewport->unsetCursor();
    }
    return QObject::eventFilter(watched, event);
}

bool ResultAnnotations::followCurrent(QEvent* event)
{
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter || (modifiers != Qt::NoModifier && modifiers != Qt::ControlModifier))
        return false;
    const QModelIndex value
        = m_view->treeView()->currentIndex().siblingAtColumn(JsonTreeModel::ValueColumn);
    if (!m_delegate->linkAt(value))
        return false;
    event->accept(); // a ShortcutOverride accepted: the key comes here, not to Execute
    if (event->type() == QEvent::KeyPress)
        onTreeLinkClicked(value, modifiers == Qt::ControlModifier);
    return true;
}

// Queued: the view clicked is emptied by the opening, and must not be in the middle of its event.
void ResultAnnotations::request(const IdLink& link, bool newTab)
{
    QMetaObject::invokeMethod(
        this,
        [this, link, newTab] {
            emit openOperationRequested(link.operationKey, link.values, newTab);
        },
        Qt::QueuedConnection);
}

} // namespace Ovh
