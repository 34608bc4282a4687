#pragma once

#include "net/callresult.h"
#include "results/idlinks.h"
#include "results/modelconformance.h"
#include "schema/schema.h"

#include <QHash>
#include <QJsonObject>
#include <QModelIndex>
#include <QObject>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTreeView;
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

class MessageBar;
class ResultTreeDelegate;
class ResultView;

// What the schema adds to one OperationView's Result: ids as links (the Tree's values, the
// Body's lines) and the answer checked against its declared model (marks and
// tooltips on the Tree). A click asks to open the operation it leads to, with its values; so
// does Enter on a Tree row or Body line that is a link (Ctrl+Enter: in a new tab). The pointer
// over a link is a hand.
class ResultAnnotations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultAnnotations)

public:
    // A small answer is checked at once, on the GUI thread; a larger one (a body over
    // ResultView::LargeBodyBytes) on the pool, its marks and note shown when done. Either check
    // stops after this many values (~1 s of a worker on 150,000 records); the marks of a bigger
    // answer cover its beginning, and the note says so.
    static constexpr int MaxCheckedValues = 2000000;

    // `formValues` gives the form's values when a link is followed (its path values are
    // carried over).
    ResultAnnotations(ResultView* view, std::function<QJsonObject()> formValues);

    void setOperation(const Product& product, const Operation& operation);
    // The keys that link across the whole API (null: the product's own only).
    void setApiKeys(std::shared_ptr<const ApiLinkableKeys> keys);
    void clear();
    void showResult(const CallResult& result);

    ResultTreeDelegate* treeDelegate() const { return m_delegate; }

signals:
    void openOperationRequested(
        const QString& operationKey, const QJsonObject& values, bool newTab);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    IdLinks currentLinks() const;
    // Enter or Ctrl+Enter on the Tree's current row: follows its link; false when it is none.
    bool followCurrent(QEvent* event);
    void onTreeLinkClicked(const QModelIndex& index, bool newTab);
    void onBodyLineClicked(int line, bool newTab);
    void request(const IdLink& link, bool newTab);
    void showReport(const ConformanceReport& report, const TypeRef& type);

    ResultView* m_view;
    ResultTreeDelegate* m_delegate;
    // Kept apart: the tree is no QAbstractScrollArea any more while its children are destroyed,
    // and the filter still sees their events then.
    // Kept at construction: the filter sees events while the view is destroyed, when it is no
    // ResultView any more (UBSan).
    QTreeView* m_tree = nullptr;
    QWidget* m_treeViewport = nullptr;
    MessageBar* m_note; // how many values differ, and what differs at the top
    std::function<QJsonObject()> m_formValues;
    Product m_product;
    Operation m_operation;
    bool m_hasOperation = false;
    QHash<QString, DetailOperation> m_keys;
    std::shared_ptr<const ApiLinkableKeys> m_apiKeys;
    QJsonValue m_json;
    quint64 m_generation = 0; // drops the check of an answer no longer shown
};

} // namespace Ovh
