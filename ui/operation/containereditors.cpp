#include "operation/containereditors.h"

#include "operation/fieldrows.h"
#include "operation/taborder.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ovh {

namespace {

// What ArrayEditor and MapEditor share: a column of rows, each a nested editor with a remove
// button, above an "add" button.
class RowListEditor : public FieldEditor
{
public:
    QString localError() const override
    {
        for (const Entry& entry : m_entries) {
            const QString error = entry.value->localError();
            if (!error.isEmpty())
                return error;
        }
        return QString();
    }

protected:
    struct Entry
    {
        QWidget* row;
        QLineEdit* key; // map entries only
        FieldEditor* value;
    };

    RowListEditor(const FieldContext& context, const QString& addText, QWidget* parent)
        : FieldEditor(parent)
        , m_context(context)
        , m_add(new QToolButton(this))
        , m_rows(new QVBoxLayout)
    {
        m_add->setObjectName(QStringLiteral("add:") + context.path);
        m_add->setText(addText);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_rows->setContentsMargins(0, 0, 0, 0);
        m_rows->setSpacing(2);
        layout->addLayout(m_rows);
        layout->addWidget(m_add, 0, Qt::AlignLeft);
    }

    // Lays out `row` (the parent of `key` and `value`) with a remove button named `removeName`
    // and appends it.
    Entry& appendRow(QWidget* row, QLineEdit* key, FieldEditor* value, const QString& removeName,
        const QString& removeTip)
    {
        auto* remove = new QToolButton(row);
        remove->setObjectName(removeName);
        remove->setText(QStringLiteral("\u2212"));
        remove->setToolTip(removeTip);
        remove->setAccessibleName(removeTip); // "−" is read as "minus"
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        if (key) {
            layout->addWidget(key, 1);
            layout->addWidget(new QLabel(QStringLiteral("\u2192"), row));
        }
        layout->addWidget(value, key ? 2 : 1);
        layout->addWidget(remove, 0, Qt::AlignTop);
        m_rows->addWidget(row);
        m_entries.append(Entry { row, key, value });
        // Tab goes through the new row where it shows: after the rows above, before "add".
        insertTabStops(previousTabStop(m_add), row);
        if (key)
            connect(key, &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(value, &FieldEditor::edited, this, &FieldEditor::edited);
        connect(remove, &QToolButton::clicked, this, [this, row] {
            removeRow(row);
            emit edited();
        });
        return m_entries.last();
    }

    void removeAll()
    {
        while (!m_entries.isEmpty())
            removeRow(m_entries.constFirst().row);
    }

    FieldContext m_context;
    QToolButton* m_add;
    QList<Entry> m_entries;

private:
    void removeRow(QWidget* row)
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).row == row) {
                m_entries.removeAt(i);
                break;
            }
        }
        m_rows->removeWidget(row);
        row->hide();
        row->deleteLater();
    }

    QVBoxLayout* m_rows;
};

// T[]: one editor per element, with add and remove.
class ArrayEditor final : public RowListEditor
{
public:
    ArrayEditor(const FieldContext& context, const TypeRef& element, QWidget* parent)
        : RowListEditor(context, FieldEditor::tr("+ Add %1").arg(element.displayName()), parent)
        , m_element(element)
    {
        m_add->setToolTip(FieldEditor::tr("Add an element"));
        connect(m_add, &QToolButton::clicked, this, [this] {
            FieldEditor* editor = addElement();
            editor->focusTarget()->setFocus();
            emit edited();
        });
        if (context.required)
            addElement();
    }

    QJsonValue value() const override { return collect(false); }
    QJsonValue rememberedValue() const override { return collect(true); }

    void setValue(const QJsonValue& value) override
    {
        removeAll();
        const QJsonArray array = value.isArray()
            ? value.toArray()
            : (value.isUndefined() || value.isNull() ? QJsonArray() : QJsonArray { value });
        for (const QJsonValue& element : array)
            addElement()->setValue(element);
    }

private:
    QJsonValue collect(bool remembered) const
    {
        QJsonArray array;
        for (const Entry& entry : m_entries) {
            const QJsonValue element
                = remembered ? entry.value->rememberedValue() : entry.value->value();
            if (!element.isUndefined())
                array.append(element);
        }
        return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
    }

    FieldEditor* addElement()
    {
        auto* row = new QWidget(this);
        FieldContext context = m_context;
        context.path = m_context.path + QLatin1Char('[') + QString::number(m_entries.size())
            + QLatin1Char(']');
        context.required = true;
        FieldEditor* editor = createFieldEditor(context, m_element, row);
        return appendRow(row, nullptr, editor, QStringLiteral("remove:") + context.path,
            FieldEditor::tr("Remove this element"))
            .value;
    }

    TypeRef m_element;
};

// map[string]T: key/value rows.
class MapEditor final : public RowListEditor
{
public:
    MapEditor(const FieldContext& context, const TypeRef& valueType, QWidget* parent)
        : RowListEditor(context, FieldEditor::tr("+ Add entry"), parent)
        , m_valueType(valueType)
    {
        connect(m_add, &QToolButton::clicked, this, [this] {
            addEntry().key->setFocus();
            emit edited();
        });
    }

    QJsonValue value() const override { return collect(false); }
    QJsonValue rememberedValue() const override { return collect(true); }

    void setValue(const QJsonValue& value) override
    {
        removeAll();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            Entry& entry = addEntry();
            entry.key->setText(it.key());
            entry.value->setValue(it.value());
        }
    }

private:
    QJsonValue collect(bool remembered) const
    {
        QJsonObject object;
        for (const Entry& entry : m_entries) {
            const QString key = entry.key->text();
            const QJsonValue value
                = remembered ? entry.value->rememberedValue() : entry.value->value();
            if (!key.isEmpty() && !value.isUndefined())
                object.insert(key, value);
        }
        return object.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object);
    }

    Entry& addEntry()
    {
        auto* row = new QWidget(this);
        auto* key = new QLineEdit(row);
        key->setPlaceholderText(FieldEditor::tr("key"));
        key->setObjectName(QStringLiteral("key:") + m_context.path);
        FieldContext context = m_context;
        context.path = m_context.path + QLatin1String(".*");
        context.required = true;
        FieldEditor* value = createFieldEditor(context, m_valueType, row);
        return appendRow(row, key, value, QString(), FieldEditor::tr("Remove this entry"));
    }

    TypeRef m_valueType;
};

// A nested model: a collapsible group of its settable properties, built when first opened.
class ModelEditor final : public FieldEditor
{
public:
    ModelEditor(const FieldContext& context, const TypeRef& type, QWidget* parent)
        : FieldEditor(parent)
        , m_context(context)
        , m_type(type)
        , m_toggle(new QToolButton(this))
        , m_content(new QWidget(this))
        , m_grid(new QGridLayout(m_content))
        , m_rows(new FieldRows(m_content, m_grid))
    {
        m_toggle->setObjectName(QStringLiteral("toggle:") + context.path);
        m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toggle->setAutoRaise(true);
        m_toggle->setCheckable(true);
        m_toggle->setText(type.displayName());
        m_content->setObjectName(QStringLiteral("group:") + context.path);
        m_content->setAutoFillBackground(false);
        m_grid->setContentsMargins(16, 2, 0, 4);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_toggle, 0, Qt::AlignLeft);
        layout->addWidget(m_content);
        setFocusProxy(m_toggle);
        connect(m_toggle, &QToolButton::toggled, this, &ModelEditor::setExpanded);
        connect(m_rows, &FieldRows::edited, this, &FieldEditor::edited);
        setExpanded(false);
        if (context.required)
            m_toggle->setChecked(true);
    }

    QJsonValue value() const override { return collect(false); }
    QJsonValue rememberedValue() const override { return collect(true); }

    void setValue(const QJsonValue& value) override
    {
        if (!value.isObject()) {
            for (const FieldRows::Row& row : m_rows->rows())
                row.editor->setValue(QJsonValue(QJsonValue::Undefined));
            return;
        }
        m_toggle->setChecked(true);
        const QJsonObject object = value.toObject();
        for (const FieldRows::Row& row : m_rows->rows())
            row.editor->setValue(object.contains(row.name) ? object.value(row.name)
                                                           : QJsonValue(QJsonValue::Undefined));
    }

    QString localError() const override
    {
        const QStringList errors = m_rows->localErrors();
        return errors.isEmpty() ? QString() : errors.constFirst();
    }

    CallErrors takeErrors(const CallErrors& errors) override
    {
        if (!m_built)
            return errors;
        return m_rows->showErrors(errors, true);
    }

    QWidget* focusTarget() override { return m_toggle; }

private:
    void setExpanded(bool expanded)
    {
        if (expanded)
            build();
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        m_toggle->setChecked(expanded);
        m_content->setVisible(expanded);
    }

    void build()
    {
        if (m_built)
            return;
        m_built = true;
        if (m_rows->addProperties(m_context, m_type) == 0) {
            auto* none = new QLabel(FieldEditor::tr("No property can be set."), m_content);
            none->setEnabled(false);
            m_grid->addWidget(none, 0, 0, 1, 2);
        }
        // Tab goes from the toggle into the properties, then on to what follows the model.
        insertTabStops(m_toggle, m_content);
    }

    QJsonValue collect(bool remembered) const
    {
        QJsonObject object;
        for (const FieldRows::Row& row : m_rows->rows()) {
            const QJsonValue value
                = remembered ? row.editor->rememberedValue() : row.editor->value();
            if (!value.isUndefined())
                object.insert(row.name, value);
        }
        return object.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object);
    }

    FieldContext m_context;
    TypeRef m_type;
    QToolButton* m_toggle;
    QWidget* m_content;
    QGridLayout* m_grid;
    FieldRows* m_rows;
    bool m_built = false;
};

} // namespace

FieldEditor* newArrayEditor(const FieldContext& context, const TypeRef& element, QWidget* parent)
{
    return new ArrayEditor(context, element, parent);
}

FieldEditor* newMapEditor(const FieldContext& context, const TypeRef& valueType, QWidget* parent)
{
    return new MapEditor(context, valueType, parent);
}

FieldEditor* newModelEditor(const FieldContext& context, const TypeRef& type, QWidget* parent)
{
    return new ModelEditor(context, type, parent);
}

} // namespace Ovh
