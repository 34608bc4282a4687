#pragma once

#include "schema/schema.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace Ovh {

class ParameterTableModel;

// Shows one operation: method and path, status, descriptions, IAM actions, authentication,
// and a read-only table of its parameters. (The editable form comes with a later increment.)
class OperationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationView)

public:
    explicit OperationView(QWidget* parent = nullptr);

    // `product` must outlive the call only; nothing is kept but display text and rows.
    void showOperation(const Product& product, const Operation& operation);
    void clear();

    QSplitter* splitter() const { return m_splitter; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_methodLabel;
    QLabel* m_pathLabel;
    QLabel* m_statusLabel;
    QLabel* m_statusText;
    QLabel* m_descriptionLabel;
    QLabel* m_longDescriptionLabel;
    QLabel* m_authLabel;
    QLabel* m_responseLabel;
    QLabel* m_iamLabel;
    QLabel* m_productLabel;
    QSplitter* m_splitter;
    QLabel* m_parametersTitle;
    QTableView* m_parameters;
    ParameterTableModel* m_parameterModel;
};

} // namespace Ovh
