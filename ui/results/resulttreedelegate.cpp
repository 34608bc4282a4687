#include "results/resulttreedelegate.h"

#include "look/uicolors.h"
#include "models/itemroles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QStyle>
#include <QToolTip>

namespace Ovh {

namespace {

// A JSON path as one hashable text: indexes and keys told apart, no separator in a key mixes.
QString pathKey(const QVariantList& path)
{
    QString key;
    for (const QVariant& step : path) {
        if (step.typeId() == QMetaType::Int)
            key += QLatin1Char('#') + QString::number(step.toInt());
        else
            key += QLatin1Char('.')
                + step.toString()
                      .replace(u'\\', QStringLiteral("\\\\"))
                      .replace(u'.', QStringLiteral("\\."))
                      .replace(u'#', QStringLiteral("\\#"));
    }
    return key;
}

QVariantList pathOf(const QModelIndex& index)
{
    return index.data(ItemRole::JsonPath).toList();
}

QJsonValue valueOf(const QModelIndex& index)
{
    return index.data(ItemRole::JsonValue).value<QJsonValue>();
}

} // namespace

ResultTreeDelegate::ResultTreeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void ResultTreeDelegate::setLinks(const IdLinks& links)
{
    m_links = links;
}

void ResultTreeDelegate::setSchema(const Product& product, const TypeRef& root)
{
    m_product = product;
    m_root = root;
    m_hasSchema = root.isValid() && root.kind != TypeKind::Void;
}

void ResultTreeDelegate::setProblems(const QList<ConformanceProblem>& problems)
{
    m_problems.clear();
    for (const ConformanceProblem& problem : problems)
        m_problems[pathKey(problem.path)].append(problem.message);
}

void ResultTreeDelegate::clear()
{
    m_links = IdLinks();
    m_product = Product();
    m_root = TypeRef();
    m_hasSchema = false;
    m_problems.clear();
}

std::optional<IdLink> ResultTreeDelegate::linkAt(const QModelIndex& index) const
{
    if (!index.isValid() || m_links.isEmpty())
        return std::nullopt;
    return m_links.linkAt(pathOf(index), valueOf(index));
}

QStringList ResultTreeDelegate::problemsAt(const QModelIndex& index) const
{
    if (!index.isValid() || m_problems.isEmpty())
        return {};
    return m_problems.value(pathKey(pathOf(index)));
}

QString ResultTreeDelegate::toolTipAt(const QModelIndex& index) const
{
    QStringList lines;
    if (m_hasSchema) {
        if (const auto at = schemaAt(m_product, m_root, pathOf(index))) {
            QString type = at->type.displayName();
            if (at->readOnly)
                type = tr("%1, read-only").arg(type);
            if (at->canBeNull)
                type = tr("%1, nullable").arg(type);
            lines << type;
            if (!at->description.isEmpty())
                lines << at->description;
        }
    }
    for (const QString& problem : problemsAt(index))
        lines << tr("\u26a0 Differs from the schema: %1").arg(problem);
    if (const auto link = linkAt(index))
        lines << tr("Click or Enter: open %1; Ctrl+click or Ctrl+Enter: in a new tab")
                     .arg(link->operationKey);
    if (lines.isEmpty())
        return index.data(Qt::DisplayRole).toString();
    return lines.join(QLatin1Char('\n'));
}

void ResultTreeDelegate::initStyleOption(
    QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!problemsAt(index).isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        option->palette.setColor(QPalette::Text, warningColor(option->palette));
        option->palette.setColor(QPalette::HighlightedText, warningColor(option->palette));
    } else if (linkAt(index)) {
        option->font.setUnderline(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    }
}

bool ResultTreeDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton
            && option.rect.contains(mouse->position().toPoint())) {
            if (linkAt(index)) {
                emit linkClicked(index, mouse->modifiers().testFlag(Qt::ControlModifier));
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ResultTreeDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), toolTipAt(index), view, option.rect);
    return true;
}

} // namespace Ovh
