#pragma once

#include <QScrollArea>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Ovh {

struct Operation;
struct Product;

// A plain-text label of the operation page, selectable unless told otherwise.
QLabel* makeOperationLabel(QWidget* parent, const char* objectName, bool selectable = true);

// The line above an operation: method badge, path, status badge.
class OperationHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationHeader)

public:
    explicit OperationHeader(QWidget* parent = nullptr);
    void setOperation(const Operation& operation);

private:
    QLabel* m_methodLabel;
    QLabel* m_pathLabel;
    QLabel* m_statusLabel;
};

// What the schema says of an operation, scrollable: status (deprecation, removal,
// replacement), descriptions, and the facts: product, authentication, response, IAM actions.
class OperationFacts final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationFacts)

public:
    explicit OperationFacts(QWidget* parent = nullptr);
    void setOperation(const Product& product, const Operation& operation);

private:
    QLabel* m_statusText;
    QLabel* m_descriptionLabel;
    QLabel* m_longDescriptionLabel;
    QLabel* m_productLabel;
    QLabel* m_authLabel;
    QLabel* m_responseLabel;
    QLabel* m_iamLabel;
};

} // namespace Ovh
