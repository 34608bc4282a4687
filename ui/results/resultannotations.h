#pragma once

#include "net/callresult.h"
#include "results/idlinks.h"
#include "schema/schema.h"

#include <QHash>
#include <QJsonObject>
#include <QModelIndex>
#include <QObject>

#include <functional>

namespace Ovh {

class MessageBar;
class ResultTreeDelegate;
class ResultView;

// What the schema adds to one OperationView's Result: ids as links (the Tree's values, the
// Body's lines of an id list) and the answer checked against its declared model (marks and
// tooltips on the Tree). A click asks to open the operation it leads to, with its values.
class ResultAnnotations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultAnnotations)

public:
    // The answers are checked on the GUI thread, so the check stops after this many values
    // (~20 ms on a busy 2-core machine: bench_modelconformance); the marks of a bigger answer cover
    // its beginning, and the note says so.
    static constexpr int MaxCheckedValues = 20000;

    // `formValues` gives the form's values when a link is followed (its path values are
    // carried over).
    ResultAnnotations(ResultView* view, std::function<QJsonObject()> formValues);

    void setOperation(const Product& product, const Operation& operation);
    void clear();
    void showResult(const CallResult& result);

    ResultTreeDelegate* treeDelegate() const { return m_delegate; }

signals:
    void openOperationRequested(
        const QString& operationKey, const QJsonObject& values, bool newTab);

private:
    IdLinks currentLinks() const;
    void onTreeLinkClicked(const QModelIndex& index, bool newTab);
    void onBodyLineClicked(int line, bool newTab);
    void request(const IdLink& link, bool newTab);

    ResultView* m_view;
    ResultTreeDelegate* m_delegate;
    MessageBar* m_note; // how many values differ, and what differs at the top
    std::function<QJsonObject()> m_formValues;
    Product m_product;
    Operation m_operation;
    bool m_hasOperation = false;
    QHash<QString, DetailOperation> m_keys;
    QJsonValue m_json;
};

} // namespace Ovh
