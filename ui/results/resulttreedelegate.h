#pragma once

#include "results/idlinks.h"
#include "results/modelconformance.h"
#include "schema/schema.h"

#include <QHash>
#include <QStringList>
#include <QStyledItemDelegate>

namespace Ovh {

// The value column of the Result tree, read against the operation's schema: ids that lead to an
// operation look like links and open it on a click (Ctrl+click: in a new tab); values that
// differ from the declared model carry a warning mark; every value's tooltip gives its
// property's type and description, and what differs. Rows are found by ItemRole::JsonPath and
// ItemRole::JsonValue, so any model giving those roles works.
class ResultTreeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTreeDelegate)

public:
    explicit ResultTreeDelegate(QObject* parent = nullptr);

    void setLinks(const IdLinks& links);
    // The product and the answer's declared type the tooltips describe values from.
    void setSchema(const Product& product, const TypeRef& root);
    void setProblems(const QList<ConformanceProblem>& problems);
    void clear();

    std::optional<IdLink> linkAt(const QModelIndex& index) const;
    QStringList problemsAt(const QModelIndex& index) const;
    QString toolTipAt(const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

signals:
    // A link was clicked: the controller follows it with the form's values of now.
    void linkClicked(const QModelIndex& index, bool newTab);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    IdLinks m_links;
    Product m_product;
    TypeRef m_root;
    bool m_hasSchema = false;
    QHash<QString, QStringList> m_problems; // by path key (see pathKey in the .cpp)
};

} // namespace Ovh
