#include "models/parametertablemodel.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Ovh {

namespace {

// "One of: A, AAAA, CAA, …" for enum types, appended to the description.
QString withEnumValues(const Product& product, const TypeRef& type, const QString& description)
{
    if (type.kind != TypeKind::Enum)
        return description;
    const Model* model = product.model(type.modelKey);
    if (!model || model->enumValues.isEmpty())
        return description;
    constexpr int kShown = 12;
    QStringList values = model->enumValues.mid(0, kShown);
    if (model->enumValues.size() > kShown)
        values << QStringLiteral("\u2026");
    const QString list = QCoreApplication::translate("Ovh::ParameterTableModel", "One of: %1")
                             .arg(values.join(QLatin1String(", ")));
    return description.isEmpty() ? list : description + QStringLiteral(" \u2014 ") + list;
}

} // namespace

QList<ParameterRow> parameterRows(const Product& product, const Operation& operation)
{
    QList<ParameterRow> rows;
    for (const Parameter& parameter : operation.parameters) {
        if (parameter.location == ParamLocation::Body && parameter.name.isEmpty()) {
            const QList<Property> properties = product.propertiesOf(parameter.type);
            if (properties.isEmpty()) {
                rows.append({ QString(), parameter.location, parameter.type.displayName(),
                    parameter.required, false, false, parameter.description });
                continue;
            }
            for (const Property& property : properties) {
                rows.append({ property.name, ParamLocation::Body, property.type.displayName(),
                    property.required && !property.readOnly, property.readOnly, true,
                    withEnumValues(product, property.type, property.description) });
            }
            continue;
        }
        rows.append(
            { parameter.name, parameter.location, parameter.type.displayName(), parameter.required,
                false, false, withEnumValues(product, parameter.type, parameter.description) });
    }
    // Where a value goes, in the order a URL is built: path, query, header, then body.
    auto rank = [](ParamLocation location) {
        switch (location) {
        case ParamLocation::Path:
            return 0;
        case ParamLocation::Query:
            return 1;
        case ParamLocation::Header:
            return 2;
        case ParamLocation::Body:
            return 3;
        }
        return 4;
    };
    std::stable_sort(
        rows.begin(), rows.end(), [&rank](const ParameterRow& a, const ParameterRow& b) {
            return rank(a.location) < rank(b.location);
        });
    return rows;
}

ParameterTableModel::ParameterTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ParameterTableModel::setRows(const QList<ParameterRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ParameterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParameterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParameterRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            QString name = row.name.isEmpty() ? tr("(body)") : row.name;
            if (row.required)
                name += QStringLiteral(" *");
            return name;
        }
        case LocationColumn:
            return paramLocationName(row.location);
        case TypeColumn:
            return row.typeName;
        case DescriptionColumn:
            return row.readOnly ? tr("[read-only] %1").arg(row.description) : row.description;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && row.required)
            return tr("Required");
        if (row.readOnly)
            return tr("Read-only: set by the server, not sent");
        if (index.column() == DescriptionColumn)
            return row.description;
        break;
    case Qt::FontRole:
        if (index.column() == NameColumn && row.required) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (row.readOnly) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (row.readOnly)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return {};
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LocationColumn:
        return tr("In");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    default:
        break;
    }
    return {};
}

} // namespace Ovh
