#include "operation/fieldeditors.h"

#include "base/jsontext.h"
#include "call/scalartext.h"
#include "call/valueconversion.h"
#include "look/uicolors.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Ovh {

void FieldEditor::setInput(QWidget* input, bool stretch)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(input);
    if (stretch)
        layout->addStretch(1);
    setFocusProxy(input);
}

namespace {

constexpr int kMaxModelDepth = 6;

int lineHeight(const QWidget* widget, int lines)
{
    return widget->fontMetrics().lineSpacing() * lines + 12;
}

// A red frame drawn over an editor whose value is wrong, in the palette's error colour. An
// overlay rather than a style sheet: the editor keeps its native look, only the frame is added.
class InvalidFrame final : public QWidget
{
    Q_DISABLE_COPY_MOVE(InvalidFrame)

public:
    explicit InvalidFrame(QWidget* target)
        : QWidget(target)
    {
        setObjectName(QStringLiteral("invalidFrame"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        target->installEventFilter(this);
        follow();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent()
            && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded))
            follow();
        return false;
    }

    void paintEvent(QPaintEvent* /*event*/) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(errorColor(palette()), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }

private:
    void follow()
    {
        setGeometry(parentWidget()->rect());
        raise();
    }
};

void setInvalid(QWidget* editor, bool invalid)
{
    // By name: InvalidFrame has no meta-object of its own, so findChild<InvalidFrame*> would
    // match any child widget.
    QWidget* frame
        = editor->findChild<QWidget*>(QStringLiteral("invalidFrame"), Qt::FindDirectChildrenOnly);
    if (invalid && !frame) {
        frame = new InvalidFrame(editor);
        frame->show();
    } else if (frame) {
        frame->setVisible(invalid);
    }
    editor->setProperty("invalid", invalid);
}

// The one-line input of a field, named after it, with the hint of its kind.
QLineEdit* newLineInput(const FieldContext& context, TypeKind kind, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("field:") + context.path);
    edit->setPlaceholderText(placeholderFor(kind));
    edit->setClearButtonEnabled(true);
    return edit;
}

// Multi-line text and JSON: a plain-text input that reports the user's edits only, not the
// text put there by setValue().
class PlainTextFieldEditor : public FieldEditor
{
protected:
    PlainTextFieldEditor(const FieldContext& context, bool monospace, QWidget* parent)
        : FieldEditor(parent)
        , m_edit(new QPlainTextEdit(this))
    {
        m_edit->setObjectName(QStringLiteral("field:") + context.path);
        if (monospace)
            m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_edit->setTabChangesFocus(true);
        m_edit->setFixedHeight(lineHeight(m_edit, 3));
        setInput(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
    }

    QString text() const { return m_edit->toPlainText(); }
    void fill(const QString& text)
    {
        m_filling = true;
        m_edit->setPlainText(text);
        m_filling = false;
    }

    QPlainTextEdit* m_edit;

private:
    bool m_filling = false;
};

// Text-like scalars: string, password, numbers, addresses, identifiers, durations.
class LineEditor final : public FieldEditor
{
public:
    LineEditor(const FieldContext& context, TypeKind kind, QWidget* parent)
        : FieldEditor(parent)
        , m_kind(kind)
        , m_edit(newLineInput(context, kind, this))
    {
        if (kind == TypeKind::Password)
            m_edit->setEchoMode(QLineEdit::Password);
        setInput(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }

    QJsonValue value() const override
    {
        const QString text = m_edit->text();
        if (text.trimmed().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        // Numbers travel typed when they read as such; anything else goes as typed, and the
        // request builder says why it is not a number.
        bool ok = false;
        if (m_kind == TypeKind::Long) {
            const qint64 number = text.trimmed().toLongLong(&ok);
            if (ok)
                return QJsonValue(number);
        } else if (m_kind == TypeKind::Double) {
            const double number = text.trimmed().toDouble(&ok);
            if (ok)
                return QJsonValue(number);
        }
        return QJsonValue(text);
    }

    void setValue(const QJsonValue& value) override
    {
        m_edit->setText(value.isUndefined() || value.isNull() ? QString() : wireText(value));
    }

    QJsonValue rememberedValue() const override
    {
        return m_kind == TypeKind::Password ? QJsonValue(QJsonValue::Undefined) : value();
    }

private:
    TypeKind m_kind;
    QLineEdit* m_edit;
};

// Multi-line text.
class TextEditor final : public PlainTextFieldEditor
{
public:
    TextEditor(const FieldContext& context, QWidget* parent)
        : PlainTextFieldEditor(context, false, parent)
    { }

    QJsonValue value() const override
    {
        const QString entered = text();
        return entered.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(entered);
    }

    void setValue(const QJsonValue& value) override
    {
        fill(value.isString()
                ? value.toString()
                : (value.isUndefined() || value.isNull() ? QString() : wireText(value)));
    }
};

// Booleans: tri-state (unset / true / false) when optional.
class BoolEditor final : public FieldEditor
{
public:
    BoolEditor(const FieldContext& context, QWidget* parent)
        : FieldEditor(parent)
        , m_check(new QCheckBox(this))
        , m_optional(!context.required)
    {
        m_check->setObjectName(QStringLiteral("field:") + context.path);
        m_check->setTristate(m_optional);
        m_check->setCheckState(m_optional ? Qt::PartiallyChecked : Qt::Unchecked);
        setInput(m_check, true);
        updateText();
        connect(m_check, &QCheckBox::stateChanged, this, [this] {
            updateText();
            if (!m_filling)
                emit edited();
        });
    }

    QJsonValue value() const override
    {
        switch (m_check->checkState()) {
        case Qt::Checked:
            return QJsonValue(true);
        case Qt::Unchecked:
            return QJsonValue(false);
        case Qt::PartiallyChecked:
            break;
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    void setValue(const QJsonValue& value) override
    {
        m_filling = true;
        std::optional<bool> flag;
        if (value.isBool())
            flag = value.toBool();
        else if (value.isString())
            flag = parseBoolean(value.toString());
        if (flag)
            m_check->setCheckState(*flag ? Qt::Checked : Qt::Unchecked);
        else
            m_check->setCheckState(m_optional ? Qt::PartiallyChecked : Qt::Unchecked);
        m_filling = false;
    }

private:
    void updateText()
    {
        switch (m_check->checkState()) {
        case Qt::Checked:
            m_check->setText(tr("true"));
            break;
        case Qt::Unchecked:
            m_check->setText(tr("false"));
            break;
        case Qt::PartiallyChecked:
            m_check->setText(tr("(not set)"));
            break;
        }
    }

    QCheckBox* m_check;
    bool m_optional;
    bool m_filling = false;
};

// Enums: every value, plus "not set" when optional. A required one starts unchosen.
class EnumEditor final : public FieldEditor
{
public:
    EnumEditor(const FieldContext& context, const Model& model, QWidget* parent)
        : FieldEditor(parent)
        , m_combo(new QComboBox(this))
    {
        m_combo->setObjectName(QStringLiteral("field:") + context.path);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_combo->setMaxVisibleItems(20);
        if (!context.required)
            m_combo->addItem(tr("(not set)"));
        for (const QString& value : model.enumValues)
            m_combo->addItem(value, value);
        m_combo->setPlaceholderText(tr("Choose\u2026"));
        m_combo->setCurrentIndex(context.required ? -1 : 0);
        setInput(m_combo, true);
        m_required = context.required;
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
    }

    QJsonValue value() const override
    {
        const QVariant data = m_combo->currentData();
        return data.isValid() ? QJsonValue(data.toString()) : QJsonValue(QJsonValue::Undefined);
    }

    void setValue(const QJsonValue& value) override
    {
        m_filling = true;
        const int row
            = value.isUndefined() || value.isNull() ? -1 : m_combo->findData(wireText(value));
        m_combo->setCurrentIndex(row >= 0 ? row : (m_required ? -1 : 0));
        m_filling = false;
    }

private:
    QComboBox* m_combo;
    bool m_required = false;
    bool m_filling = false;
};

// Dates and times: ISO text, with a calendar and "now" to fill it.
class DateTimeEditor final : public FieldEditor
{
public:
    DateTimeEditor(const FieldContext& context, TypeKind kind, QWidget* parent)
        : FieldEditor(parent)
        , m_kind(kind)
        , m_edit(newLineInput(context, kind, this))
    {
        auto* pick = new QToolButton(this);
        pick->setObjectName(QStringLiteral("pick:") + context.path);
        pick->setText(kind == TypeKind::Time ? tr("Now") : tr("Pick\u2026"));
        pick->setToolTip(tr("Fill in a date and time"));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit, 1);
        layout->addWidget(pick);
        setFocusProxy(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);

        if (kind == TypeKind::Time) {
            connect(
                pick, &QToolButton::clicked, this, [this] { fill(QDateTime::currentDateTime()); });
            return;
        }
        auto* menu = new QMenu(pick);
        auto* calendar = new QCalendarWidget(menu);
        calendar->setGridVisible(true);
        auto* calendarAction = new QWidgetAction(menu);
        calendarAction->setDefaultWidget(calendar);
        menu->addAction(calendarAction);
        QAction* now = menu->addAction(tr("Now"));
        pick->setMenu(menu);
        pick->setPopupMode(QToolButton::InstantPopup);
        connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate date) {
            menu->close();
            fill(QDateTime(date, m_kind == TypeKind::DateTime ? QTime(0, 0) : QTime(), Qt::UTC));
        });
        connect(now, &QAction::triggered, this, [this] { fill(QDateTime::currentDateTime()); });
    }

    QJsonValue value() const override
    {
        const QString text = m_edit->text().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }

    void setValue(const QJsonValue& value) override
    {
        m_edit->setText(value.isString() ? value.toString() : QString());
    }

private:
    void fill(const QDateTime& when)
    {
        switch (m_kind) {
        case TypeKind::Date:
            m_edit->setText(when.date().toString(Qt::ISODate));
            break;
        case TypeKind::Time:
            m_edit->setText(when.time().toString(QStringLiteral("HH:mm:ss")));
            break;
        default:
            m_edit->setText(when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate));
            break;
        }
        emit edited();
    }

    TypeKind m_kind;
    QLineEdit* m_edit;
};

// Anything the schema cannot describe: JSON text, checked as it is typed.
class JsonEditor final : public PlainTextFieldEditor
{
public:
    JsonEditor(const FieldContext& context, const TypeRef& type, QWidget* parent)
        : PlainTextFieldEditor(context, true, parent)
    {
        m_edit->setPlaceholderText(tr("JSON (%1)").arg(type.displayName()));
    }

    QJsonValue value() const override
    {
        const QString entered = text();
        if (entered.trimmed().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        QJsonValue json;
        return parseJsonText(entered, &json) ? json : QJsonValue(entered);
    }

    void setValue(const QJsonValue& value) override
    {
        fill(value.isUndefined() ? QString() : QString::fromUtf8(compactJson(value)));
    }

    QString localError() const override
    {
        const QString entered = text();
        QString error;
        QJsonValue json;
        if (entered.trimmed().isEmpty() || parseJsonText(entered, &json, &error))
            return QString();
        return error;
    }
};

// T[]: one editor per element, with add and remove.
class ArrayEditor final : public FieldEditor
{
public:
    ArrayEditor(const FieldContext& context, const TypeRef& element, QWidget* parent)
        : FieldEditor(parent)
        , m_context(context)
        , m_element(element)
        , m_rows(new QVBoxLayout)
    {
        auto* add = new QToolButton(this);
        add->setObjectName(QStringLiteral("add:") + context.path);
        add->setText(tr("+ Add %1").arg(element.displayName()));
        add->setToolTip(tr("Add an element"));
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_rows->setContentsMargins(0, 0, 0, 0);
        m_rows->setSpacing(2);
        layout->addLayout(m_rows);
        layout->addWidget(add, 0, Qt::AlignLeft);
        connect(add, &QToolButton::clicked, this, [this] {
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
        while (!m_elements.isEmpty())
            removeElement(m_elements.constFirst().first);
        const QJsonArray array = value.isArray()
            ? value.toArray()
            : (value.isUndefined() || value.isNull() ? QJsonArray() : QJsonArray { value });
        for (const QJsonValue& element : array)
            addElement()->setValue(element);
    }

    QString localError() const override
    {
        for (const auto& [row, editor] : m_elements) {
            const QString error = editor->localError();
            if (!error.isEmpty())
                return error;
        }
        return QString();
    }

private:
    QJsonValue collect(bool remembered) const
    {
        QJsonArray array;
        for (const auto& [row, editor] : m_elements) {
            const QJsonValue element = remembered ? editor->rememberedValue() : editor->value();
            if (!element.isUndefined())
                array.append(element);
        }
        return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
    }

    FieldEditor* addElement()
    {
        auto* row = new QWidget(this);
        FieldContext context = m_context;
        context.path = m_context.path + QLatin1Char('[') + QString::number(m_elements.size())
            + QLatin1Char(']');
        context.required = true;
        FieldEditor* editor = createFieldEditor(context, m_element, row);
        auto* remove = new QToolButton(row);
        remove->setObjectName(QStringLiteral("remove:") + context.path);
        remove->setText(QStringLiteral("\u2212"));
        remove->setToolTip(tr("Remove this element"));
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(editor, 1);
        layout->addWidget(remove, 0, Qt::AlignTop);
        m_rows->addWidget(row);
        m_elements.append({ row, editor });
        connect(editor, &FieldEditor::edited, this, &FieldEditor::edited);
        connect(remove, &QToolButton::clicked, this, [this, row] {
            removeElement(row);
            emit edited();
        });
        return editor;
    }

    void removeElement(QWidget* row)
    {
        for (qsizetype i = 0; i < m_elements.size(); ++i) {
            if (m_elements.at(i).first == row) {
                m_elements.removeAt(i);
                break;
            }
        }
        m_rows->removeWidget(row);
        row->deleteLater();
        row->hide();
    }

    FieldContext m_context;
    TypeRef m_element;
    QVBoxLayout* m_rows;
    QList<std::pair<QWidget*, FieldEditor*>> m_elements;
};

// map[string]T: key/value rows.
class MapEditor final : public FieldEditor
{
public:
    MapEditor(const FieldContext& context, const TypeRef& valueType, QWidget* parent)
        : FieldEditor(parent)
        , m_context(context)
        , m_valueType(valueType)
        , m_rows(new QVBoxLayout)
    {
        auto* add = new QToolButton(this);
        add->setObjectName(QStringLiteral("add:") + context.path);
        add->setText(tr("+ Add entry"));
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_rows->setContentsMargins(0, 0, 0, 0);
        m_rows->setSpacing(2);
        layout->addLayout(m_rows);
        layout->addWidget(add, 0, Qt::AlignLeft);
        connect(add, &QToolButton::clicked, this, [this] {
            addEntry()->key->setFocus();
            emit edited();
        });
    }

    QJsonValue value() const override { return collect(false); }
    QJsonValue rememberedValue() const override { return collect(true); }

    void setValue(const QJsonValue& value) override
    {
        for (const Entry& entry : std::as_const(m_entries)) {
            m_rows->removeWidget(entry.row);
            entry.row->hide();
            entry.row->deleteLater();
        }
        m_entries.clear();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            Entry* entry = addEntry();
            entry->key->setText(it.key());
            entry->value->setValue(it.value());
        }
    }

    QString localError() const override
    {
        for (const Entry& entry : m_entries) {
            const QString error = entry.value->localError();
            if (!error.isEmpty())
                return error;
        }
        return QString();
    }

private:
    struct Entry
    {
        QWidget* row;
        QLineEdit* key;
        FieldEditor* value;
    };

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

    Entry* addEntry()
    {
        auto* row = new QWidget(this);
        auto* key = new QLineEdit(row);
        key->setPlaceholderText(tr("key"));
        key->setObjectName(QStringLiteral("key:") + m_context.path);
        FieldContext context = m_context;
        context.path = m_context.path + QLatin1String(".*");
        context.required = true;
        FieldEditor* value = createFieldEditor(context, m_valueType, row);
        auto* remove = new QToolButton(row);
        remove->setText(QStringLiteral("\u2212"));
        remove->setToolTip(tr("Remove this entry"));
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(key, 1);
        layout->addWidget(new QLabel(QStringLiteral("\u2192"), row));
        layout->addWidget(value, 2);
        layout->addWidget(remove, 0, Qt::AlignTop);
        m_rows->addWidget(row);
        m_entries.append(Entry { row, key, value });
        connect(key, &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(value, &FieldEditor::edited, this, &FieldEditor::edited);
        connect(remove, &QToolButton::clicked, this, [this, row] {
            for (qsizetype i = 0; i < m_entries.size(); ++i) {
                if (m_entries.at(i).row == row) {
                    m_entries.removeAt(i);
                    break;
                }
            }
            m_rows->removeWidget(row);
            row->hide();
            row->deleteLater();
            emit edited();
        });
        return &m_entries.last();
    }

    FieldContext m_context;
    TypeRef m_valueType;
    QVBoxLayout* m_rows;
    QList<Entry> m_entries;
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
        const QList<Property> properties = m_context.product->propertiesOf(m_type);
        for (const Property& property : properties) {
            if (!isSettable(property, properties))
                continue;
            FieldContext context = m_context;
            context.path = m_context.path + QLatin1Char('.') + property.name;
            context.required = property.required;
            context.nullable = property.canBeNull;
            m_rows->addRow(context, property.name, property.type, property.type.displayName(),
                property.description);
        }
        if (m_rows->rows().isEmpty()) {
            auto* none = new QLabel(tr("No property can be set."), m_content);
            none->setEnabled(false);
            m_grid->addWidget(none, 0, 0, 1, 2);
        }
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

QString typeLine(const QString& typeName)
{
    return typeName.toHtmlEscaped();
}

} // namespace

QString placeholderFor(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Ip:
        return QStringLiteral("192.0.2.1 or 2001:db8::1");
    case TypeKind::IpBlock:
        return QStringLiteral("192.0.2.0/24 or 2001:db8::/56");
    case TypeKind::IpInterface:
        return QStringLiteral("192.0.2.1/24");
    case TypeKind::Uuid:
        return QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    case TypeKind::MacAddress:
        return QStringLiteral("00:1a:2b:3c:4d:5e");
    case TypeKind::Phone:
        return QStringLiteral("+33.123456789");
    case TypeKind::Date:
        return QStringLiteral("2024-01-31");
    case TypeKind::DateTime:
        return QStringLiteral("2024-01-31T12:00:00+01:00");
    case TypeKind::Time:
        return QStringLiteral("12:00:00");
    case TypeKind::Duration:
        return QStringLiteral("P1D");
    case TypeKind::Long:
        return QCoreApplication::translate("Ovh::FieldEditor", "integer");
    case TypeKind::Double:
        return QCoreApplication::translate("Ovh::FieldEditor", "number");
    default:
        break;
    }
    return QString();
}

FieldEditor* createFieldEditor(const FieldContext& context, const TypeRef& type, QWidget* parent)
{
    switch (type.kind) {
    case TypeKind::String:
    case TypeKind::Password:
    case TypeKind::Long:
    case TypeKind::Double:
    case TypeKind::Duration:
    case TypeKind::Uuid:
    case TypeKind::Ip:
    case TypeKind::IpBlock:
    case TypeKind::IpInterface:
    case TypeKind::MacAddress:
    case TypeKind::Phone:
        return new LineEditor(context, type.kind, parent);
    case TypeKind::Text:
        return new TextEditor(context, parent);
    case TypeKind::Boolean:
        return new BoolEditor(context, parent);
    case TypeKind::Date:
    case TypeKind::DateTime:
    case TypeKind::Time:
        return new DateTimeEditor(context, type.kind, parent);
    case TypeKind::Enum:
        if (const Model* model = context.product ? context.product->model(type.modelKey) : nullptr;
            model && model->isEnum())
            return new EnumEditor(context, *model, parent);
        return new LineEditor(context, TypeKind::String, parent);
    case TypeKind::Array:
        if (type.element)
            return new ArrayEditor(context, *type.element, parent);
        break;
    case TypeKind::Map:
        if (type.element && (!type.mapKey || type.mapKey->kind == TypeKind::String))
            return new MapEditor(context, *type.element, parent);
        break;
    case TypeKind::Model:
        if (context.product && context.path.count(QLatin1Char('.')) < kMaxModelDepth)
            return new ModelEditor(context, type, parent);
        break;
    case TypeKind::Unknown:
    case TypeKind::Void:
        break;
    }
    return new JsonEditor(context, type, parent);
}

bool errorConcerns(const CallError& error, const QString& path)
{
    if (!error.field.startsWith(path))
        return false;
    if (error.field.size() == path.size())
        return true;
    const QChar next = error.field.at(path.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

FieldRows::FieldRows(QWidget* owner, QGridLayout* layout)
    : QObject(owner)
    , m_owner(owner)
    , m_layout(layout)
{
    m_layout->setColumnStretch(1, 1);
    m_layout->setHorizontalSpacing(12);
    m_layout->setVerticalSpacing(8);
}

FieldEditor* FieldRows::addRow(const FieldContext& context, const QString& name,
    const TypeRef& type, const QString& typeName, const QString& description)
{
    const int gridRow = m_layout->rowCount();
    auto* nameLabel = new QLabel(m_owner);
    nameLabel->setObjectName(QStringLiteral("label:") + context.path);
    nameLabel->setTextFormat(Qt::RichText);
    const QString star = context.required ? QStringLiteral(" <span style=\"color:%1\">*</span>")
                                                .arg(errorColor(m_owner->palette()).name())
                                          : QString();
    nameLabel->setText(
        QStringLiteral("<b>%1</b>%2<br><span style=\"color:%3\"><small><tt>%4</tt></small></span>")
            .arg(name.toHtmlEscaped(), star, mutedColor(m_owner->palette()).name(),
                typeLine(typeName)));
    nameLabel->setToolTip(context.required ? tr("%1 (required, type %2)").arg(name, typeName)
                                           : tr("%1 (optional, type %2)").arg(name, typeName));
    nameLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* cell = new QWidget(m_owner);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    FieldEditor* editor = createFieldEditor(context, type, cell);
    editor->setObjectName(QStringLiteral("editor:") + context.path);
    cellLayout->addWidget(editor);
    if (!description.isEmpty()) {
        auto* descriptionLabel = new QLabel(description, cell);
        descriptionLabel->setObjectName(QStringLiteral("description:") + context.path);
        descriptionLabel->setTextFormat(Qt::PlainText);
        descriptionLabel->setWordWrap(true);
        descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
        cellLayout->addWidget(descriptionLabel);
    }
    auto* errorLabel = new QLabel(cell);
    errorLabel->setObjectName(QStringLiteral("error:") + context.path);
    errorLabel->setTextFormat(Qt::PlainText);
    errorLabel->setWordWrap(true);
    QPalette palette = errorLabel->palette();
    palette.setColor(QPalette::WindowText, errorColor(m_owner->palette()));
    errorLabel->setPalette(palette);
    errorLabel->hide();
    cellLayout->addWidget(errorLabel);
    nameLabel->setBuddy(editor);

    m_layout->addWidget(nameLabel, gridRow, 0, Qt::AlignTop);
    m_layout->addWidget(cell, gridRow, 1);
    const qsizetype index = m_rows.size();
    m_rows.append(
        Row { name, context.path, context.required, editor, nameLabel, errorLabel, false });
    connect(editor, &FieldEditor::edited, this, [this, index] {
        m_rows[index].touched = true;
        emit edited();
    });
    return editor;
}

FieldEditor* FieldRows::editor(const QString& name) const
{
    for (const Row& row : m_rows) {
        if (row.name == name)
            return row.editor;
    }
    return nullptr;
}

CallErrors FieldRows::showErrors(const CallErrors& errors, bool showMissing)
{
    CallErrors unplaced = errors;
    for (Row& row : m_rows) {
        CallErrors mine;
        for (qsizetype i = 0; i < unplaced.size();) {
            if (errorConcerns(unplaced.at(i), row.path))
                mine.append(unplaced.takeAt(i));
            else
                ++i;
        }
        const CallErrors rest = row.editor->takeErrors(mine);
        QStringList lines;
        const QString local = row.editor->localError();
        if (!local.isEmpty())
            lines << local;
        for (const CallError& error : rest) {
            if (error.kind == CallError::Kind::Missing && !row.touched && !showMissing)
                continue;
            if (error.field == row.path)
                lines << error.message;
            else
                lines << error.field.mid(row.path.size())
                             .remove(0, error.field.at(row.path.size()) == QLatin1Char('.') ? 1 : 0)
                        + QLatin1String(": ") + error.message;
        }
        row.errorLabel->setText(lines.join(QLatin1Char('\n')));
        row.errorLabel->setVisible(!lines.isEmpty());
        setInvalid(row.editor, !lines.isEmpty());
    }
    return unplaced;
}

QStringList FieldRows::localErrors() const
{
    QStringList errors;
    for (const Row& row : m_rows) {
        const QString error = row.editor->localError();
        if (!error.isEmpty())
            errors << row.path + QLatin1String(": ") + error;
    }
    return errors;
}

void FieldRows::setEnabled(bool enabled)
{
    for (const Row& row : m_rows) {
        row.editor->setEnabled(enabled);
        row.nameLabel->setEnabled(enabled);
    }
}

} // namespace Ovh
