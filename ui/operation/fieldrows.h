#pragma once

#include "call/callerror.h"

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QGridLayout;
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

class FieldEditor;
struct FieldContext;
struct TypeRef;

// Rows of labelled fields (name, type, editor, description, inline error): the parameter
// form's sections and nested models use it.
class FieldRows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldRows)

public:
    struct Row
    {
        QString name;
        QString path;
        bool required = false;
        FieldEditor* editor = nullptr;
        QLabel* nameLabel = nullptr;
        QLabel* errorLabel = nullptr;
        bool touched = false;
    };

    // `layout` belongs to `owner`; rows are appended to it.
    FieldRows(QWidget* owner, QGridLayout* layout);

    FieldEditor* addRow(const FieldContext& context, const QString& name, const TypeRef& type,
        const QString& typeName, const QString& description);
    // A row per property of the model `type` that a request may set, named `parent`.path + "."
    // + the property's name; returns how many.
    int addProperties(const FieldContext& parent, const TypeRef& type);
    const QList<Row>& rows() const { return m_rows; }
    FieldEditor* editor(const QString& name) const;

    // Shows the errors concerning each row; "missing" only on rows the person touched unless
    // `showMissing`. Returns the errors that concern no row.
    CallErrors showErrors(const CallErrors& errors, bool showMissing);
    // Local problems of the editors ("field: reason"), in row order.
    QStringList localErrors() const;
    void setEnabled(bool enabled);

signals:
    void edited();

private:
    QWidget* m_owner;
    QGridLayout* m_layout;
    QList<Row> m_rows;
};

} // namespace Ovh
