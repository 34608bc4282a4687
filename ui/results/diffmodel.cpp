#include "results/diffmodel.h"

#include "base/jsontext.h"
#include "look/uicolors.h"

#include <QApplication>
#include <QPalette>

namespace Ovh {

namespace {

constexpr int kShownValueLength = 300;

QString valueText(const QJsonValue& value)
{
    if (value.isUndefined())
        return QString();
    const QString text = QString::fromUtf8(compactJson(value));
    return text.size() > kShownValueLength ? text.left(kShownValueLength) + QChar(0x2026) : text;
}

} // namespace

DiffModel::DiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DiffModel::setDifferences(const QList<JsonDifference>& differences)
{
    beginResetModel();
    m_differences = differences;
    endResetModel();
}

int DiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int DiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JsonDifference& difference = m_differences.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn:
            switch (difference.kind) {
            case JsonDifference::Kind::Added:
                return tr("Added");
            case JsonDifference::Kind::Removed:
                return tr("Removed");
            case JsonDifference::Kind::Changed:
                return tr("Changed");
            }
            return {};
        case PathColumn: {
            const QString path = jsonPathText(difference.path);
            return path.isEmpty() ? tr("(the whole answer)") : path;
        }
        case BeforeColumn:
            return role == Qt::ToolTipRole ? QString::fromUtf8(indentedJson(difference.before))
                                           : valueText(difference.before);
        case AfterColumn:
            return role == Qt::ToolTipRole ? QString::fromUtf8(indentedJson(difference.after))
                                           : valueText(difference.after);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == KindColumn) {
        const QPalette palette = QApplication::palette();
        switch (difference.kind) {
        case JsonDifference::Kind::Added:
            return successColor(palette);
        case JsonDifference::Kind::Removed:
            return errorColor(palette);
        case JsonDifference::Kind::Changed:
            return warningColor(palette);
        }
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Change");
    case PathColumn:
        return tr("Where");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace Ovh
