#include "results/objecttableview.h"

#include "look/messagebar.h"
#include "results/csvwriter.h"
#include "results/objecttablefilter.h"
#include "results/objecttablemodel.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Ovh {

ObjectTableView::ObjectTableView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ObjectTableModel(this))
    , m_proxy(new ObjectTableFilter(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_exportCsv(new QPushButton(tr("Export CSV\u2026"), this))
    , m_exportJson(new QPushButton(tr("Export JSON\u2026"), this))
    , m_message(new MessageBar(MessageBar::Kind::Error, this))
    , m_view(new QTableView(this))
{
    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_filter->setAccessibleName(tr("Filter the table"));
    m_filter->setPlaceholderText(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("tableCount"));
    m_exportCsv->setObjectName(QStringLiteral("tableExportCsv"));
    m_exportCsv->setToolTip(tr("Save the rows and columns shown as CSV"));
    m_exportJson->setObjectName(QStringLiteral("tableExportJson"));
    m_exportJson->setToolTip(tr("Save the objects of the rows shown as a JSON array"));
    m_message->setObjectName(QStringLiteral("tableMessage"));
    m_message->hide();

    m_view->setObjectName(QStringLiteral("objectTable"));
    m_view->setAccessibleName(tr("Result table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_proxy->sort(-1); // the answer's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setResizeContentsPrecision(200); // widths from 200 rows, not all 150,000
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort, drag to move; right-click to hide or show columns"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportJson);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(
        header, &QHeaderView::customContextMenuRequested, this, &ObjectTableView::showColumnMenu);
    connect(m_view, &QTableView::doubleClicked, this, &ObjectTableView::openRow);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportRows(true); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportRows(false); });
    updateCount();
}

void ObjectTableView::setOperation(const Product& product, const Operation& operation)
{
    m_arrayColumns = modelColumns(product, operation.responseType);
    // The detail of an id list's ids, or of an array of objects' elements (by their id).
    m_detail = operation.method == HttpMethod::Get ? detailOperationBelow(product, operation.path)
                                                   : std::nullopt;
    m_detailColumns.clear();
    m_detailKey.clear();
    if (m_detail) {
        const Operation& detail
            = product.paths.at(m_detail->path).operations.at(m_detail->operation);
        m_detailColumns = modelColumns(product, detail.responseType);
        m_detailKey = httpMethodName(detail.method) + QLatin1Char(' ') + detail.path;
    }
    m_listValues = QJsonObject();
}

void ObjectTableView::clearOperation()
{
    m_arrayColumns.clear();
    m_detailColumns.clear();
    m_detail.reset();
    m_detailKey.clear();
    m_listValues = QJsonObject();
    setRows({});
}

void ObjectTableView::setAnswer(const QJsonValue& answer)
{
    setRows({});
    m_pending = isArrayOfObjects(answer) ? answer : QJsonValue(QJsonValue::Undefined);
    if (isVisible()) // shown already: not within the caller's work
        QMetaObject::invokeMethod(this, &ObjectTableView::realize, Qt::QueuedConnection);
}

bool ObjectTableView::hasRows() const
{
    return !m_pending.isUndefined() || m_model->rowCount() > 0;
}

void ObjectTableView::realize()
{
    if (m_pending.isUndefined())
        return;
    const ObjectRows rows = rowsOfArray(m_pending);
    m_pending = QJsonValue(QJsonValue::Undefined);
    setRows(rows);
}

void ObjectTableView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    realize();
}

void ObjectTableView::setRows(const ObjectRows& rows)
{
    m_pending = QJsonValue(QJsonValue::Undefined);
    bool fromIds = false;
    for (const ObjectRow& row : rows)
        fromIds = fromIds || !row.id.isUndefined();
    m_model->setRows(rows, fromIds ? m_detailColumns : m_arrayColumns);
    m_view->horizontalHeader()->reset(); // a new answer shows every column again
    m_message->hide();
    updateCount();
    m_view->resizeColumnsToContents(); // measured on the first rows only (precision below)
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 320));
}

int ObjectTableView::rowCount()
{
    realize();
    return m_model->rowCount();
}

void ObjectTableView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString rows = tr("%n row(s)", nullptr, total);
    m_count->setText(shown == total ? rows : tr("%1 of %2").arg(shown).arg(rows));
    m_exportCsv->setEnabled(shown > 0);
    m_exportJson->setEnabled(shown > 0);
}

QList<int> ObjectTableView::shownRows() const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return rows;
}

QList<int> ObjectTableView::shownColumns() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && !m_model->columnName(logical).isEmpty())
            columns.append(logical);
    }
    return columns;
}

QByteArray ObjectTableView::csvText()
{
    realize();
    const QList<int> columns = shownColumns();
    QStringList header;
    for (int column : columns)
        header.append(m_model->columnName(column));
    QString csv = csvRecord(header);
    for (int row : shownRows()) {
        if (!m_model->rows().at(row).object.isObject())
            continue; // a failed fetch has no cells to export
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns)
            fields.append(csvCell(m_model->cell(row, column)));
        csv += csvRecord(fields);
    }
    return csv.toUtf8();
}

QByteArray ObjectTableView::jsonText()
{
    realize();
    ObjectRows rows;
    for (int row : shownRows())
        rows.append(m_model->rows().at(row));
    return objectRowsJson(rows);
}

std::optional<QJsonObject> ObjectTableView::detailValues(int row)
{
    realize();
    if (!m_detail || row < 0 || row >= m_proxy->rowCount())
        return std::nullopt;
    const ObjectRow& shown = m_model->rows().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    const QJsonValue id
        = shown.id.isUndefined() ? detailIdOf(shown.object.toObject(), *m_detail) : shown.id;
    if (id.isUndefined())
        return std::nullopt;
    // The form's "path/name" keys to path values and back: the detail repeats the list's names.
    const QString pathPrefix = QStringLiteral("path/");
    QJsonObject listPath;
    for (auto it = m_listValues.begin(); it != m_listValues.end(); ++it) {
        if (it.key().startsWith(pathPrefix))
            listPath.insert(it.key().mid(pathPrefix.size()), it.value());
    }
    QJsonObject values;
    const QJsonObject detail = detailPathValues(listPath, *m_detail, id);
    for (auto it = detail.begin(); it != detail.end(); ++it)
        values.insert(pathPrefix + it.key(), it.value());
    return values;
}

void ObjectTableView::openRow(const QModelIndex& index)
{
    const std::optional<QJsonObject> values = detailValues(index.row());
    if (values) {
        const bool newTab = QApplication::keyboardModifiers().testFlag(Qt::ControlModifier);
        emit openOperationRequested(m_detailKey, *values, newTab);
    }
}

void ObjectTableView::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("tableColumnMenu"));
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction* action = menu.addAction(m_model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        connect(action, &QAction::toggled, this,
            [header, logical](bool shown) { header->setSectionHidden(logical, !shown); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Show all columns")), &QAction::triggered, this, [header] {
        for (int logical = 0; logical < header->count(); ++logical)
            header->setSectionHidden(logical, false);
    });
    menu.exec(header->mapToGlobal(position));
}

void ObjectTableView::exportRows(bool csv)
{
    const QString path = QFileDialog::getSaveFileName(this,
        csv ? tr("Export the Table as CSV") : tr("Export the Table as JSON"),
        csv ? QStringLiteral("table.csv") : QStringLiteral("table.json"),
        csv ? tr("CSV (*.csv);;All files (*)") : tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = csv ? csvText() : jsonText();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        m_message->showMessage(
            tr("Could not save %1: %2").arg(path, file.errorString()), MessageBar::Kind::Error);
    } else {
        m_message->hide();
    }
}

} // namespace Ovh
