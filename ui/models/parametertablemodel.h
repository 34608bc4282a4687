#pragma once

#include "schema/schema.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ovh {

// One row of the read-only parameter table: a declared parameter, or a property of the
// unnamed body's model.
struct ParameterRow
{
    QString name;
    ParamLocation location = ParamLocation::Query;
    QString typeName;
    bool required = false;
    bool readOnly = false; // body properties the server sets
    bool fromBodyModel = false;
    QString description;
};

// The rows for an operation: path, then query, header and body parameters (schema order inside
// each); an unnamed body is listed as the properties of its model (Product::propertiesOf).
// Pure: no widgets involved.
QList<ParameterRow> parameterRows(const Product& product, const Operation& operation);

class ParameterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterTableModel)

public:
    enum Column { NameColumn, LocationColumn, TypeColumn, DescriptionColumn, ColumnCount };

    explicit ParameterTableModel(QObject* parent = nullptr);

    void setRows(const QList<ParameterRow>& rows);
    const QList<ParameterRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ParameterRow> m_rows;
};

} // namespace Ovh
