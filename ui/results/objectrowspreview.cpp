#include "results/objectrowspreview.h"

#include "base/jsontext.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ovh {

namespace {

QString cellText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return QString();
    return QString::fromUtf8(compactJson(value));
}

} // namespace

ObjectRowsPreview::ObjectRowsPreview(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("objectRowsPreview"));
    m_view->setObjectName(QStringLiteral("objectRowsTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(100); // not every row of 10,000
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ObjectRowsPreview::setRows(const ObjectRows& rows)
{
    QStringList columns { tr("id") };
    for (const ObjectRow& row : rows) {
        const QJsonObject object = row.object.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!columns.contains(it.key()))
                columns.append(it.key());
        }
    }
    const QString errorColumn = tr("error");
    columns.append(errorColumn);
    // Filled away from the view: one reset instead of a signal per cell.
    auto* model = new QStandardItemModel(int(rows.size()), int(columns.size()), this);
    model->setHorizontalHeaderLabels(columns);
    for (int index = 0; index < rows.size(); ++index) {
        const ObjectRow& row = rows[index];
        model->setItem(index, 0, new QStandardItem(cellText(row.id)));
        const QJsonObject object = row.object.toObject();
        for (int column = 1; column < columns.size() - 1; ++column)
            model->setItem(
                index, column, new QStandardItem(cellText(object.value(columns[column]))));
        model->setItem(index, int(columns.size()) - 1, new QStandardItem(row.error));
    }
    m_view->setModel(model);
    delete m_model;
    m_model = model;
    m_view->resizeColumnsToContents();
}

} // namespace Ovh
