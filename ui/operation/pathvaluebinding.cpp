#include "operation/pathvaluebinding.h"

#include "call/recentvalues.h"
#include "operation/fieldeditor.h"
#include "operation/parameterform.h"

#include <QJsonObject>
#include <QLineEdit>

namespace Ovh {

namespace {

// The key of a path value in ParameterForm's remembered-values format.
QString formKey(const QString& name)
{
    return QStringLiteral("path/") + name;
}

} // namespace

PathValueBinding::PathValueBinding(ParameterForm* form, QObject* parent)
    : QObject(parent)
    , m_form(form)
{ }

PathValueBinding::~PathValueBinding() = default;

void PathValueBinding::setRecentValues(RecentValues* values)
{
    if (m_values)
        m_values->disconnect(this);
    m_values = values;
    if (m_values) {
        connect(m_values, &RecentValues::changed, this, [this](const QString& endpoint) {
            if (endpoint == m_endpoint)
                offer();
        });
    }
    offer();
}

void PathValueBinding::setEndpoint(const QString& endpoint)
{
    if (endpoint == m_endpoint)
        return;
    noteTyped(); // typed for the previous endpoint
    m_endpoint = endpoint;
    offer();
}

void PathValueBinding::attach(const Operation& operation, bool fillEmpty)
{
    detach();
    m_pathTemplate = operation.path;
    for (const Parameter& parameter : operation.parameters) {
        FieldEditor* editor = parameter.location == ParamLocation::Path
            ? m_form->editor(ParamLocation::Path, parameter.name)
            : nullptr;
        if (!editor)
            continue;
        m_names.append(parameter.name);
        const QString name = parameter.name;
        connect(editor, &FieldEditor::edited, this, [this, name] { m_typed.insert(name); });
        if (QLineEdit* input = editor->lineInput())
            connect(input, &QLineEdit::editingFinished, this, &PathValueBinding::noteTyped);
    }
    if (fillEmpty && m_values && !m_endpoint.isEmpty()) {
        QJsonObject filled;
        for (const QString& name : std::as_const(m_names)) {
            if (!m_form->editor(ParamLocation::Path, name)->value().isUndefined())
                continue;
            const QString value
                = m_values->latest(m_endpoint, RecentValues::anchor(m_pathTemplate, name));
            if (!value.isEmpty())
                filled.insert(formKey(name), value);
        }
        m_form->restoreValues(filled); // as typed text: the field's type reads it
    }
    offer();
}

void PathValueBinding::detach()
{
    noteTyped();
    for (const QString& name : std::as_const(m_names)) {
        if (FieldEditor* editor = m_form->editor(ParamLocation::Path, name)) {
            editor->disconnect(this);
            if (QLineEdit* input = editor->lineInput())
                input->disconnect(this);
        }
    }
    m_names.clear();
    m_pathTemplate.clear();
}

void PathValueBinding::noteTyped()
{
    if (m_typed.isEmpty() || !m_values || m_endpoint.isEmpty() || m_pathTemplate.isEmpty()) {
        m_typed.clear();
        return;
    }
    QJsonObject typed;
    for (const QString& name : std::as_const(m_typed)) {
        if (const FieldEditor* editor = m_form->editor(ParamLocation::Path, name))
            typed.insert(name, editor->value());
    }
    m_typed.clear();
    m_values->note(m_endpoint, m_pathTemplate, typed);
}

void PathValueBinding::offer()
{
    for (const QString& name : std::as_const(m_names)) {
        FieldEditor* editor = m_form->editor(ParamLocation::Path, name);
        if (!editor)
            continue;
        editor->offerValues(m_values && !m_endpoint.isEmpty()
                ? m_values->values(m_endpoint, name, RecentValues::anchor(m_pathTemplate, name))
                : QStringList());
    }
}

} // namespace Ovh
