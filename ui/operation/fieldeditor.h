#pragma once

#include "call/callerror.h"
#include "schema/schema.h"

#include <QJsonValue>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
QT_END_NAMESPACE

namespace Ovh {

// One input of the parameter form: collects what the person typed as a typed JSON value. It
// does not build URLs or bodies, and does not decide what is valid: the request builder does
// (its CallErrors come back through takeErrors()).
class FieldEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    explicit FieldEditor(QWidget* parent = nullptr)
        : QWidget(parent)
    { }

    // What was entered, typed (bool, number, string, array, object); Undefined when empty.
    virtual QJsonValue value() const = 0;
    // Fills the editor from a value (as sent); Undefined clears it.
    virtual void setValue(const QJsonValue& value) = 0;
    // What the editor sees wrong by itself (JSON that does not parse); empty when nothing.
    virtual QString localError() const { return QString(); }
    // value() without anything typed in a password field: what may be remembered.
    virtual QJsonValue rememberedValue() const { return value(); }
    // Errors of the request builder about this field or below; returns those it could not show
    // next to a nested input (the row shows them).
    virtual CallErrors takeErrors(const CallErrors& errors) { return errors; }
    // The widget that takes the focus for this field.
    virtual QWidget* focusTarget() { return this; }
    // The one-line input of a text-like field; null for the other editors.
    virtual QLineEdit* lineInput() const { return nullptr; }
    // Offers `values`, in this order, as completions of what is typed in the one-line input
    // (no effect on the other editors); Down shows them. Picking one is an edit.
    void offerValues(const QStringList& values);

signals:
    void edited();

protected:
    // Puts `input` alone in a margin-less row and gives it the focus; with `stretch`, it keeps
    // its own width and the rest of the row stays empty.
    void setInput(QWidget* input, bool stretch = false);
};

// What an editor needs to know to build itself and nested editors.
struct FieldContext
{
    const Product* product = nullptr;
    QString path; // how the request builder names this field: "zoneName", "body.target"
    bool required = false;
    bool nullable = false;
};

// The one place that maps a schema type to its editor widget.
FieldEditor* createFieldEditor(const FieldContext& context, const TypeRef& type, QWidget* parent);

// A hint for a person: the placeholder of a scalar field of `kind` ("192.0.2.1", …).
QString placeholderFor(TypeKind kind);

// Whether `error` is about the field named `path` or one of its parts.
bool errorConcerns(const CallError& error, const QString& path);

} // namespace Ovh
