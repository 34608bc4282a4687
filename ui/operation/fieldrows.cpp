#include "operation/fieldrows.h"

#include "call/valueconversion.h"
#include "look/uicolors.h"
#include "operation/fieldeditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace Ovh {

namespace {

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

QString typeLine(const QString& typeName)
{
    return typeName.toHtmlEscaped();
}

} // namespace

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
    // What a screen reader says on the input: "zoneName, string, required", then the
    // description (the label beside it is rich text a reader would spell out).
    QWidget* input = editor->findChild<QWidget*>(QStringLiteral("field:") + context.path);
    if (!input)
        input = editor->focusTarget();
    input->setAccessibleName(
        (context.required ? tr("%1, %2, required") : tr("%1, %2, optional")).arg(name, typeName));
    input->setAccessibleDescription(description);
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

int FieldRows::addProperties(const FieldContext& parent, const TypeRef& type)
{
    int added = 0;
    const QList<Property> properties = parent.product->propertiesOf(type);
    for (const Property& property : properties) {
        if (!isSettable(property, properties))
            continue;
        FieldContext context = parent;
        context.path = parent.path + QLatin1Char('.') + property.name;
        context.required = property.required;
        context.nullable = property.canBeNull;
        addRow(context, property.name, property.type, property.type.displayName(),
            property.description);
        ++added;
    }
    return added;
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
                lines << CallError { error.kind,
                    error.field.mid(row.path.size())
                        .remove(0, error.field.at(row.path.size()) == QLatin1Char('.') ? 1 : 0),
                    error.message }
                             .toString();
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
            errors << CallError { CallError::Kind::InvalidValue, row.path, error }.toString();
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
