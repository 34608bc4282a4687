#pragma once

#include "results/objectrow.h"
#include "schema/detailoperation.h"
#include "schema/schema.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QTableView;
QT_END_NAMESPACE

namespace Ovh {

class MessageBar;
class ObjectTableFilter;
class ObjectTableModel;

// The Result's Table tab: objects as rows (an answer that is an array of objects, or the
// details fetched for an id list), one column per property in the model's order. Sortable
// (click a header), filterable (the filter box), columns hideable (header context menu) and
// movable (drag a header). Double-click a row opens its detail operation: the id fetched, or
// the object's own id (its property named as the detail's parameter, or "id").
// Export writes what is shown: the rows kept by the filter in their order, the visible columns
// in theirs (CSV: RFC 4180, formula-safe; JSON: the whole objects).
class ObjectTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectTableView)

public:
    explicit ObjectTableView(QWidget* parent = nullptr);

    // The operation whose answer the rows are: the column order (its model, or its detail's
    // model for fetched ids) and where a row's id leads. Copies what it needs.
    void setOperation(const Product& product, const Operation& operation);
    void clearOperation();
    // The list's form values (ParameterForm's format: "path/zoneName"), carried to the detail.
    void setListValues(const QJsonObject& formValues) { m_listValues = formValues; }

    void setRows(const ObjectRows& rows);
    // An answer that is an array of objects (anything else: no rows), made rows only when the
    // table is first shown or read: a big answer costs nothing until someone looks at it.
    void setAnswer(const QJsonValue& answer);
    bool hasRows() const;
    int rowCount();

    QByteArray csvText();
    QByteArray jsonText();
    // The form values opening the detail of the shown row `row`; nullopt when it has no id or
    // the operation no detail.
    std::optional<QJsonObject> detailValues(int row);
    QString detailOperationKey() const { return m_detailKey; }

    QTableView* table() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    ObjectTableFilter* filterModel() const { return m_proxy; }

signals:
    void openOperationRequested(
        const QString& operationKey, const QJsonObject& values, bool newTab);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Turns the pending answer into rows.
    void realize();
    void showColumnMenu(const QPoint& position);
    void openRow(const QModelIndex& index);
    void exportRows(bool csv);
    void updateCount();
    // Shown rows (source rows in view order) and visible columns (source columns in view order).
    QList<int> shownRows() const;
    QList<int> shownColumns() const;

    ObjectTableModel* m_model;
    ObjectTableFilter* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_count;
    QPushButton* m_exportCsv;
    QPushButton* m_exportJson;
    MessageBar* m_message;
    QTableView* m_view;

    QStringList m_arrayColumns; // the model of the operation's answer (an array of objects)
    QStringList m_detailColumns; // the model of its detail (for fetched ids)
    std::optional<DetailOperation> m_detail;
    QString m_detailKey; // "GET /domain/zone/{zoneName}/record/{id}"
    QJsonObject m_listValues;
    QJsonValue m_pending = QJsonValue(QJsonValue::Undefined); // an answer not made rows yet
};

} // namespace Ovh
