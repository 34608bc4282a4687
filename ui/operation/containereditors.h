#pragma once

#include "operation/fieldeditor.h"

namespace Ovh {

// The editors of values made of values, each holding one nested editor per part (made by
// createFieldEditor()).
// T[]: one editor per element, with add and remove.
FieldEditor* newArrayEditor(const FieldContext& context, const TypeRef& element, QWidget* parent);
// map[string]T: key/value rows.
FieldEditor* newMapEditor(const FieldContext& context, const TypeRef& valueType, QWidget* parent);
// A nested model: a collapsible group of its settable properties, built when first opened.
FieldEditor* newModelEditor(const FieldContext& context, const TypeRef& type, QWidget* parent);

} // namespace Ovh
