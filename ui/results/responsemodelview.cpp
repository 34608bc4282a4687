#include "results/responsemodelview.h"

#include "results/modelconformance.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ovh {

namespace {

// The type an array or a map holds, down to what has properties or values.
TypeRef innermost(const TypeRef& type)
{
    TypeRef inner = type;
    for (int i = 0; i < maxTypeNesting
         && (inner.kind == TypeKind::Array || inner.kind == TypeKind::Map) && inner.element;
         ++i)
        inner = *inner.element;
    return inner;
}

QStandardItem* readOnlyItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

} // namespace

ResponseModelView::ResponseModelView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
{
    m_title->setObjectName(QStringLiteral("responseModelTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tree->setObjectName(QStringLiteral("responseModelTree"));
    m_tree->setAccessibleName(tr("Response model"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    clear();
}

void ResponseModelView::clear()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("Property"), tr("Type"), tr("Description") });
    m_title->setText(tr("Returns nothing"));
    m_tree->hide();
}

void ResponseModelView::setOperation(const Product& product, const Operation& operation)
{
    clear();
    const TypeRef type = responseTypeOf(product, operation);
    const QString name = type.isValid() ? type.displayName() : operation.responseTypeName;
    if (type.kind == TypeKind::Void || name.isEmpty() || name == QLatin1String("void"))
        return;
    m_title->setText(tr("Returns %1").arg(name));
    m_product = &product;
    m_rows = 0;
    QStringList ancestors;
    addChildren(m_model->invisibleRootItem(), type, ancestors, 0);
    m_product = nullptr;
    m_tree->setVisible(m_model->rowCount() > 0);
    m_tree->expandToDepth(0);
    m_tree->resizeColumnToContents(NameColumn);
    m_tree->resizeColumnToContents(TypeColumn);
}

void ResponseModelView::addChildren(
    QStandardItem* parent, const TypeRef& type, QStringList& ancestors, int depth)
{
    const TypeRef inner = innermost(type);
    if (depth >= MaxDepth)
        return;
    if (inner.kind == TypeKind::Enum) {
        const Model* declaration = m_product->model(inner.modelKey);
        for (const QString& value : declaration ? declaration->enumValues : QStringList()) {
            if (++m_rows > MaxRows)
                return;
            parent->appendRow(
                { readOnlyItem(value), readOnlyItem(tr("enum value")), readOnlyItem(QString()) });
        }
        return;
    }
    if (inner.kind != TypeKind::Model || !m_product->model(inner.modelKey))
        return;
    ancestors.append(inner.modelKey);
    for (const Property& property : m_product->propertiesOf(inner)) {
        QStringList marks;
        if (property.readOnly)
            marks << tr("read-only");
        if (property.canBeNull)
            marks << tr("nullable");
        if (property.required)
            marks << tr("required");
        addRow(parent, property.name, property.type, marks.join(QStringLiteral(", ")),
            property.description, ancestors, depth);
        if (m_rows > MaxRows)
            break;
    }
    ancestors.removeLast();
}

void ResponseModelView::addRow(QStandardItem* parent, const QString& name, const TypeRef& type,
    const QString& marks, const QString& description, QStringList& ancestors, int depth)
{
    if (++m_rows > MaxRows)
        return;
    const TypeRef inner = innermost(type);
    const bool recursive = inner.kind == TypeKind::Model && ancestors.contains(inner.modelKey);
    QString typeText = type.displayName();
    if (!marks.isEmpty())
        typeText = tr("%1 (%2)").arg(typeText, marks);
    if (recursive)
        typeText = tr("%1 \u2014 recursive, see above").arg(typeText);
    auto* nameItem = readOnlyItem(name);
    parent->appendRow({ nameItem, readOnlyItem(typeText), readOnlyItem(description) });
    if (!recursive)
        addChildren(nameItem, inner, ancestors, depth + 1);
}

} // namespace Ovh
