#pragma once

#include "operation/fieldeditor.h"

namespace Ovh {

// The editors of one value, each a FieldEditor; createFieldEditor() picks among them.
// Text-like scalars (string, password, numbers, addresses, identifiers, durations).
FieldEditor* newLineEditor(const FieldContext& context, TypeKind kind, QWidget* parent);
// Multi-line text.
FieldEditor* newTextEditor(const FieldContext& context, QWidget* parent);
// A boolean: tri-state (unset / true / false) when optional.
FieldEditor* newBoolEditor(const FieldContext& context, QWidget* parent);
// One of the enum's values, plus "not set" when optional.
FieldEditor* newEnumEditor(const FieldContext& context, const Model& model, QWidget* parent);
// Dates and times: ISO text, with a calendar and "now" to fill it.
FieldEditor* newDateTimeEditor(const FieldContext& context, TypeKind kind, QWidget* parent);
// Anything the schema cannot describe: JSON text, checked as it is typed.
FieldEditor* newJsonEditor(const FieldContext& context, const TypeRef& type, QWidget* parent);

} // namespace Ovh
