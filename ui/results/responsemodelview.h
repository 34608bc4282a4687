#pragma once

#include "schema/schema.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;
QT_END_NAMESPACE

namespace Ovh {

// The Reference tab's "Returns": the operation's answer type as a tree of its model: each
// property with its type, read-only, nullable and required marks and description, enums with
// their values. A model met again below itself is named, not unfolded (recursive models end);
// the tree is bounded (depth, rows) for schemas that nest without end.
class ResponseModelView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseModelView)

public:
    enum Column { NameColumn, TypeColumn, DescriptionColumn, ColumnCount };
    static constexpr int MaxDepth = 12;
    static constexpr int MaxRows = 5000;

    explicit ResponseModelView(QWidget* parent = nullptr);

    void setOperation(const Product& product, const Operation& operation);
    void clear();
    QTreeView* tree() const { return m_tree; }

private:
    void addChildren(QStandardItem* parent, const TypeRef& type, QStringList& ancestors, int depth);
    void addRow(QStandardItem* parent, const QString& name, const TypeRef& type,
        const QString& marks, const QString& description, QStringList& ancestors, int depth);

    QLabel* m_title;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
    const Product* m_product = nullptr; // during setOperation only
    int m_rows = 0;
};

} // namespace Ovh
