#include "operation/scalareditors.h"

#include "base/jsontext.h"
#include "call/scalartext.h"
#include "call/valueconversion.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QWidgetAction>

namespace Ovh {

namespace {

int lineHeight(const QWidget* widget, int lines)
{
    return widget->fontMetrics().lineSpacing() * lines + 12;
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

    QLineEdit* lineInput() const override
    {
        return m_kind == TypeKind::Password ? nullptr : m_edit;
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
            m_check->setText(FieldEditor::tr("true"));
            break;
        case Qt::Unchecked:
            m_check->setText(FieldEditor::tr("false"));
            break;
        case Qt::PartiallyChecked:
            m_check->setText(FieldEditor::tr("(not set)"));
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
            m_combo->addItem(FieldEditor::tr("(not set)"));
        for (const QString& value : model.enumValues)
            m_combo->addItem(value, value);
        m_combo->setPlaceholderText(FieldEditor::tr("Choose\u2026"));
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
        pick->setText(
            kind == TypeKind::Time ? FieldEditor::tr("Now") : FieldEditor::tr("Pick\u2026"));
        pick->setToolTip(FieldEditor::tr("Fill in a date and time"));
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
        QAction* now = menu->addAction(FieldEditor::tr("Now"));
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
        m_edit->setPlaceholderText(FieldEditor::tr("JSON (%1)").arg(type.displayName()));
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

} // namespace

FieldEditor* newLineEditor(const FieldContext& context, TypeKind kind, QWidget* parent)
{
    return new LineEditor(context, kind, parent);
}

FieldEditor* newTextEditor(const FieldContext& context, QWidget* parent)
{
    return new TextEditor(context, parent);
}

FieldEditor* newBoolEditor(const FieldContext& context, QWidget* parent)
{
    return new BoolEditor(context, parent);
}

FieldEditor* newEnumEditor(const FieldContext& context, const Model& model, QWidget* parent)
{
    return new EnumEditor(context, model, parent);
}

FieldEditor* newDateTimeEditor(const FieldContext& context, TypeKind kind, QWidget* parent)
{
    return new DateTimeEditor(context, kind, parent);
}

FieldEditor* newJsonEditor(const FieldContext& context, const TypeRef& type, QWidget* parent)
{
    return new JsonEditor(context, type, parent);
}

} // namespace Ovh
