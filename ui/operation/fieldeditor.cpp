#include "operation/fieldeditor.h"

#include "operation/containereditors.h"
#include "operation/scalareditors.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>

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

// Down in the line edit, its completer closed: opens the completer on what is typed so far, so
// that an empty field shows every value offered.
class ShowAllOnDown final : public QObject
{
public:
    ShowAllOnDown(QLineEdit* input, QCompleter* completer)
        : QObject(completer)
        , m_completer(completer)
    {
        input->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down
            && static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier
            && !m_completer->popup()->isVisible()) {
            m_completer->setCompletionPrefix(static_cast<QLineEdit*>(watched)->text());
            m_completer->complete();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCompleter* m_completer;
};

} // namespace

void FieldEditor::offerValues(const QStringList& values)
{
    QLineEdit* input = lineInput();
    if (!input)
        return;
    QCompleter* completer = input->completer();
    if (!completer) {
        if (values.isEmpty())
            return;
        completer = new QCompleter(input);
        completer->setModel(new QStringListModel(completer));
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setModelSorting(QCompleter::UnsortedModel); // most recent first
        completer->setMaxVisibleItems(10);
        input->setCompleter(completer);
        new ShowAllOnDown(input, completer);
        // The completer sets the text without textEdited(): the form must still hear of it.
        connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            &FieldEditor::edited);
        connect(completer, qOverload<const QString&>(&QCompleter::highlighted), this,
            &FieldEditor::edited);
    }
    static_cast<QStringListModel*>(completer->model())->setStringList(values);
}

namespace {

constexpr int kMaxModelDepth = 6;

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
        return newLineEditor(context, type.kind, parent);
    case TypeKind::Text:
        return newTextEditor(context, parent);
    case TypeKind::Boolean:
        return newBoolEditor(context, parent);
    case TypeKind::Date:
    case TypeKind::DateTime:
    case TypeKind::Time:
        return newDateTimeEditor(context, type.kind, parent);
    case TypeKind::Enum:
        if (const Model* model = context.product ? context.product->model(type.modelKey) : nullptr;
            model && model->isEnum())
            return newEnumEditor(context, *model, parent);
        return newLineEditor(context, TypeKind::String, parent);
    case TypeKind::Array:
        if (type.element)
            return newArrayEditor(context, *type.element, parent);
        break;
    case TypeKind::Map:
        if (type.element && (!type.mapKey || type.mapKey->kind == TypeKind::String))
            return newMapEditor(context, *type.element, parent);
        break;
    case TypeKind::Model:
        if (context.product && context.path.count(QLatin1Char('.')) < kMaxModelDepth)
            return newModelEditor(context, type, parent);
        break;
    case TypeKind::Unknown:
    case TypeKind::Void:
        break;
    }
    return newJsonEditor(context, type, parent);
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

} // namespace Ovh
