#include "operation/parameterform.h"

#include "base/jsontext.h"
#include "call/valueconversion.h"
#include "look/jsonhighlighter.h"
#include "look/messagebar.h"
#include "look/uicolors.h"
#include "operation/fieldeditor.h"
#include "operation/fieldrows.h"
#include "operation/resultview.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ovh {

namespace {

const QString kRawKey = QStringLiteral("raw");
const QString kWholeBodyKey = QStringLiteral("body");

QString locationKey(ParamLocation location)
{
    return paramLocationName(location).toLower();
}

bool containsPassword(const Product& product, const TypeRef& type, int depth = 0)
{
    if (depth > 6)
        return false;
    switch (type.kind) {
    case TypeKind::Password:
        return true;
    case TypeKind::Array:
    case TypeKind::Map:
        return type.element && containsPassword(product, *type.element, depth + 1);
    case TypeKind::Model: {
        const QList<Property> properties = product.propertiesOf(type);
        for (const Property& property : properties) {
            if (containsPassword(product, property.type, depth + 1))
                return true;
        }
        return false;
    }
    default:
        break;
    }
    return false;
}

} // namespace

struct ParameterForm::Section
{
    ParamLocation location;
    QGroupBox* box = nullptr;
    QWidget* fields = nullptr;
    FieldRows* rows = nullptr;
};

ParameterForm::ParameterForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(nullptr)
    , m_noParameters(nullptr)
    , m_formErrors(nullptr)
{
    setObjectName(QStringLiteral("parameterForm"));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("parameterScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    clear();
}

ParameterForm::~ParameterForm() = default;

void ParameterForm::clear()
{
    auto* scroll = findChild<QScrollArea*>(QStringLiteral("parameterScroll"));
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("parameterContent"));
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(2, 4, 8, 4);
    m_layout->setSpacing(8);
    m_formErrors = new MessageBar(MessageBar::Kind::Error, content);
    m_formErrors->setObjectName(QStringLiteral("formErrors"));
    m_formErrors->hide();
    m_layout->addWidget(m_formErrors);
    m_noParameters = new QLabel(tr("This operation takes no parameters."), content);
    m_noParameters->setObjectName(QStringLiteral("noParameters"));
    m_noParameters->setEnabled(false);
    m_noParameters->hide();
    m_layout->addWidget(m_noParameters);
    scroll->setWidget(content); // deletes the previous content and its fields

    m_sections.clear();
    m_wholeBody = nullptr;
    m_bodyTabs = nullptr;
    m_rawEdit = nullptr;
    m_rawHighlighter = nullptr;
    m_rawNote = nullptr;
    m_rawError = nullptr;
    m_useForm = nullptr;
    m_exampleButton = nullptr;
    m_rawMode = false;
    m_revealMissing = false;
    m_hasOperation = false;
    m_request = CallRequest();
    m_errors.clear();
}

ParameterForm::Section* ParameterForm::addSection(const QString& title, ParamLocation location)
{
    Section* section = m_sections.emplace_back(std::make_unique<Section>()).get();
    section->location = location;
    section->box = new QGroupBox(title, m_layout->parentWidget());
    section->box->setObjectName(QStringLiteral("section:") + locationKey(location));
    section->fields = new QWidget(section->box);
    auto* grid = new QGridLayout(section->fields);
    grid->setContentsMargins(0, 0, 0, 0);
    section->rows = new FieldRows(section->fields, grid);
    auto* boxLayout = new QVBoxLayout(section->box);
    boxLayout->setContentsMargins(8, 8, 8, 8);
    boxLayout->addWidget(section->fields);
    m_layout->addWidget(section->box);
    connect(section->rows, &FieldRows::edited, this, &ParameterForm::refresh);
    return section;
}

void ParameterForm::setOperation(const Product& product, const Operation& operation)
{
    clear();
    m_product = product;
    m_operation = operation;
    m_hasOperation = true;

    const struct
    {
        ParamLocation location;
        QString title;
    } sections[] = {
        { ParamLocation::Path, tr("Path parameters") },
        { ParamLocation::Query, tr("Query parameters") },
        { ParamLocation::Header, tr("Header parameters") },
    };
    for (const auto& [location, title] : sections) {
        Section* section = nullptr;
        for (const Parameter& parameter : std::as_const(m_operation.parameters)) {
            if (parameter.location != location || parameter.name.isEmpty())
                continue;
            if (!section)
                section = addSection(title, location);
            FieldContext context { &m_product, parameter.name,
                parameter.required || location == ParamLocation::Path, false };
            section->rows->addRow(context, parameter.name, parameter.type,
                parameter.type.displayName(), parameter.description);
        }
    }

    // The body: named parameters, the properties of an unnamed model, or one editor for the whole.
    Section* body = nullptr;
    const Parameter* unnamed = nullptr;
    for (const Parameter& parameter : std::as_const(m_operation.parameters)) {
        if (parameter.location == ParamLocation::Body && parameter.name.isEmpty())
            unnamed = &parameter;
    }
    for (const Parameter& parameter : std::as_const(m_operation.parameters)) {
        if (parameter.location != ParamLocation::Body || parameter.name.isEmpty())
            continue;
        if (!body)
            body = addSection(tr("Body"), ParamLocation::Body);
        FieldContext context { &m_product, parameter.name, parameter.required, false };
        body->rows->addRow(context, parameter.name, parameter.type, parameter.type.displayName(),
            parameter.description);
    }
    if (unnamed && !body) {
        body = addSection(
            tr("Body \u2014 %1").arg(unnamed->type.displayName()), ParamLocation::Body);
        if (unnamed->type.kind == TypeKind::Model) {
            body->rows->addProperties(
                FieldContext { &m_product, QStringLiteral("body"), false, false }, unnamed->type);
        } else {
            FieldContext context { &m_product, QStringLiteral("body"), unnamed->required, false };
            m_wholeBody = body->rows->addRow(context, tr("(whole body)"), unnamed->type,
                unnamed->type.displayName(), unnamed->description);
        }
    }

    if (body) {
        // The body section gets two views: the form, and the raw JSON that will be sent.
        auto* boxLayout = qobject_cast<QVBoxLayout*>(body->box->layout());
        boxLayout->removeWidget(body->fields);
        m_bodyTabs = new QTabWidget(body->box);
        m_bodyTabs->setObjectName(QStringLiteral("bodyTabs"));
        m_bodyTabs->setAccessibleName(tr("Body"));
        m_bodyTabs->setDocumentMode(true);
        auto* formPage = new QWidget(m_bodyTabs);
        auto* formLayout = new QVBoxLayout(formPage);
        formLayout->setContentsMargins(0, 6, 0, 0);
        m_rawNote = new MessageBar(MessageBar::Kind::Info, formPage);
        m_rawNote->setObjectName(QStringLiteral("rawBodyNote"));
        m_rawNote->setText(tr("The raw body is sent as written; these fields are ignored until you "
                              "go back to the form."));
        m_rawNote->hide();
        m_useForm = new QPushButton(tr("Back to the &form"), formPage);
        m_useForm->setObjectName(QStringLiteral("useFormButton"));
        m_useForm->setToolTip(tr("Fill the fields from the raw body and send what the form says"));
        m_useForm->hide();
        formLayout->addWidget(m_rawNote);
        formLayout->addWidget(m_useForm, 0, Qt::AlignLeft);
        // On the tab bar: seen from the form and from the raw body alike.
        m_exampleButton = exampleButton(m_bodyTabs);
        if (m_exampleButton)
            m_bodyTabs->setCornerWidget(m_exampleButton, Qt::TopRightCorner);
        body->fields->setParent(formPage);
        formLayout->addWidget(body->fields);

        auto* rawPage = new QWidget(m_bodyTabs);
        auto* rawLayout = new QVBoxLayout(rawPage);
        rawLayout->setContentsMargins(0, 6, 0, 0);
        auto* rawHint = new QLabel(
            tr("Exactly what will be sent (shown indented). Edit it to send it as written."),
            rawPage);
        rawHint->setWordWrap(true);
        rawHint->setForegroundRole(QPalette::PlaceholderText);
        m_rawEdit = new QPlainTextEdit(rawPage);
        m_rawEdit->setObjectName(QStringLiteral("rawBodyEdit"));
        m_rawEdit->setAccessibleName(tr("Raw body"));
        m_rawEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_rawEdit->setTabChangesFocus(true);
        m_rawEdit->setMinimumHeight(fontMetrics().lineSpacing() * 8);
        m_rawEdit->setPlaceholderText(tr("No body will be sent."));
        m_rawEdit->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_rawEdit, &QPlainTextEdit::customContextMenuRequested, this,
            &ParameterForm::showRawMenu);
        m_rawHighlighter = new JsonHighlighter(m_rawEdit->document());
        m_rawHighlighter->setDark(isDarkPalette(palette()));
        m_rawError = new QLabel(rawPage);
        m_rawError->setObjectName(QStringLiteral("rawBodyError"));
        m_rawError->setWordWrap(true);
        m_rawError->setTextFormat(Qt::PlainText);
        QPalette errorPalette = m_rawError->palette();
        errorPalette.setColor(QPalette::WindowText, errorColor(palette()));
        m_rawError->setPalette(errorPalette);
        m_rawError->hide();
        auto* rawUseForm = new QPushButton(tr("Use the form again"), rawPage);
        rawUseForm->setObjectName(QStringLiteral("rawUseFormButton"));
        rawLayout->addWidget(rawHint);
        rawLayout->addWidget(m_rawEdit, 1);
        rawLayout->addWidget(m_rawError);
        rawLayout->addWidget(rawUseForm, 0, Qt::AlignLeft);
        rawUseForm->setVisible(false);

        m_bodyTabs->addTab(formPage, tr("Form"));
        m_bodyTabs->addTab(rawPage, tr("Raw body"));
        boxLayout->addWidget(m_bodyTabs);

        connect(m_rawEdit, &QPlainTextEdit::textChanged, this, &ParameterForm::onRawEdited);
        connect(m_useForm, &QPushButton::clicked, this, &ParameterForm::useForm);
        connect(rawUseForm, &QPushButton::clicked, this, &ParameterForm::useForm);
        connect(this, &ParameterForm::changed, rawUseForm,
            [this, rawUseForm] { rawUseForm->setVisible(m_rawMode); });
    }

    m_noParameters->setVisible(m_sections.empty());
    m_layout->addStretch(1);
    refresh();
}

FieldEditor* ParameterForm::editor(ParamLocation location, const QString& name) const
{
    for (const auto& section : m_sections) {
        if (section->location == location) {
            if (FieldEditor* found = section->rows->editor(name))
                return found;
        }
    }
    return nullptr;
}

CallValues ParameterForm::values() const
{
    CallValues values;
    for (const auto& section : m_sections) {
        if (section->location == ParamLocation::Body) {
            if (m_rawMode) {
                values.setRawBody(m_rawEdit->toPlainText());
                continue;
            }
            if (m_wholeBody) {
                const QJsonValue whole = m_wholeBody->value();
                if (!whole.isUndefined())
                    values.setBody(CallValue::fromJson(whole));
                continue;
            }
        }
        for (const FieldRows::Row& row : section->rows->rows()) {
            const QJsonValue value = row.editor->value();
            if (!value.isUndefined())
                values.set(section->location, row.name, CallValue::fromJson(value));
        }
    }
    return values;
}

void ParameterForm::refresh()
{
    if (m_restoring || !m_hasOperation)
        return;
    CallErrors builderErrors;
    m_request = buildCallRequest(m_product, m_operation, values(), &builderErrors);

    // Inline: each field shows what concerns it; body-level ones go under the raw view or the body.
    CallErrors rest = builderErrors;
    CallErrors local;
    for (const auto& section : m_sections) {
        // In the raw view the body's fields are out of use: its problems go under the raw text.
        if (m_rawMode && section->location == ParamLocation::Body) {
            section->rows->showErrors(CallErrors(), false);
            continue;
        }
        rest = section->rows->showErrors(rest, m_revealMissing);
        for (const FieldRows::Row& row : section->rows->rows()) {
            const QString error = row.editor->localError();
            if (!error.isEmpty())
                local.append(CallError { CallError::Kind::InvalidJson, row.path, error });
        }
    }
    QStringList bodyLines;
    QStringList otherLines;
    for (const CallError& error : std::as_const(rest)) {
        if (errorConcerns(error, QStringLiteral("body")))
            bodyLines << (error.field == QLatin1String("body") ? error.message : error.toString());
        else
            otherLines << error.toString();
    }
    if (m_rawError) {
        m_rawError->setText(bodyLines.join(QLatin1Char('\n')));
        m_rawError->setVisible(!bodyLines.isEmpty());
        if (!m_rawMode)
            otherLines += bodyLines;
    } else {
        otherLines += bodyLines;
    }
    m_formErrors->showMessage(otherLines.join(QLatin1Char('\n')), MessageBar::Kind::Error);

    m_errors = builderErrors + local;
    refreshRawText();
    emit changed();
}

void ParameterForm::refreshRawText()
{
    if (!m_rawEdit || m_rawMode)
        return;
    m_settingRaw = true;
    m_rawEdit->setPlainText(
        m_request.hasBody() ? indentedJsonText(m_request.bodyBytes) : QString());
    m_settingRaw = false;
}

void ParameterForm::onRawEdited()
{
    if (m_settingRaw || m_restoring)
        return;
    if (!m_rawMode)
        setRawMode(true);
    refresh();
}

void ParameterForm::setRawMode(bool raw)
{
    m_rawMode = raw;
    for (const auto& section : m_sections) {
        if (section->location == ParamLocation::Body)
            section->rows->setEnabled(!raw);
    }
    if (m_rawNote) {
        m_rawNote->setVisible(raw);
        m_useForm->setVisible(raw);
    }
}

void ParameterForm::useForm()
{
    if (!m_rawMode)
        return;
    QJsonValue parsed;
    QString error;
    const QString text = m_rawEdit->toPlainText();
    if (!text.trimmed().isEmpty() && !parseJsonText(text, &parsed, &error)) {
        m_bodyTabs->setCurrentIndex(1);
        m_rawError->setText(tr("Fix the JSON first: %1").arg(error));
        m_rawError->show();
        return;
    }
    showBodyInForm(parsed.isUndefined() ? QJsonValue(QJsonValue::Undefined) : parsed);
}

void ParameterForm::showBodyInForm(const QJsonValue& body)
{
    fillBody(body);
    setRawMode(false);
    m_bodyTabs->setCurrentIndex(0);
    refresh();
}

QToolButton* ParameterForm::exampleButton(QWidget* parent)
{
    QList<OperationExample> examples;
    for (const OperationExample& example : std::as_const(m_operation.examples)) {
        if (example.kind == OperationExample::Request)
            examples.append(example);
    }
    if (examples.isEmpty())
        return nullptr;
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("fillFromExampleButton"));
    button->setText(tr("Fill from example"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setToolTip(tr("Fill the body with an example the API documents"));
    if (examples.size() == 1) {
        connect(button, &QToolButton::clicked, this,
            [this, json = examples.first().json] { fillFromExample(json); });
        return button;
    }
    auto* menu = new QMenu(button);
    menu->setTitle(button->text());
    for (const OperationExample& example : std::as_const(examples)) {
        QAction* action = menu->addAction(example.summary.isEmpty()
                ? example.name
                : tr("%1 \u2014 %2").arg(example.name, example.summary));
        action->setObjectName(QLatin1String("example:") + example.name);
        connect(action, &QAction::triggered, this,
            [this, json = example.json] { fillFromExample(json); });
    }
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    return button;
}

void ParameterForm::fillFromExample(const QByteArray& json)
{
    QJsonValue parsed;
    QString error;
    if (!parseJsonText(QString::fromUtf8(json), &parsed, &error))
        return;
    // Whoever asked from the raw body stays there and sees the example as it will be sent.
    const bool onRaw = m_bodyTabs->currentIndex() == 1;
    showBodyInForm(parsed);
    if (m_request.body != parsed) {
        // Part of it has no field (an empty list, a nested value the form cannot hold): the
        // raw body, sent as written, keeps the example whole.
        m_settingRaw = true;
        m_rawEdit->setPlainText(indentedJsonText(json));
        m_settingRaw = false;
        setRawMode(true);
        refresh();
    }
    m_bodyTabs->setCurrentIndex(onRaw || m_rawMode ? 1 : 0);
}

void ParameterForm::showRawMenu(const QPoint& at)
{
    QMenu* menu = m_rawEdit->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_exampleButton) {
        menu->addSeparator();
        if (QMenu* examples = m_exampleButton->menu()) {
            menu->addMenu(examples);
        } else {
            QAction* fill = menu->addAction(m_exampleButton->text());
            fill->setObjectName(QStringLiteral("fillFromExampleAction"));
            connect(fill, &QAction::triggered, m_exampleButton, &QToolButton::click);
        }
    }
    menu->popup(m_rawEdit->viewport()->mapToGlobal(at));
}

void ParameterForm::fillBody(const QJsonValue& body)
{
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    if (m_wholeBody) {
        m_wholeBody->setValue(body);
    } else {
        const QJsonObject object = body.toObject();
        for (const auto& section : m_sections) {
            if (section->location != ParamLocation::Body)
                continue;
            for (const FieldRows::Row& row : section->rows->rows())
                row.editor->setValue(object.contains(row.name) ? object.value(row.name)
                                                               : QJsonValue(QJsonValue::Undefined));
        }
    }
    m_restoring = wasRestoring;
}

QJsonObject ParameterForm::rememberedValues() const
{
    QJsonObject remembered;
    if (!m_hasOperation)
        return remembered;
    for (const auto& section : m_sections) {
        if (section->location == ParamLocation::Body && m_rawMode) {
            bool secret = false;
            for (const Parameter& parameter : m_operation.parameters) {
                if (parameter.location == ParamLocation::Body
                    && containsPassword(m_product, parameter.type))
                    secret = true;
            }
            if (!secret)
                remembered.insert(kRawKey, m_rawEdit->toPlainText());
            continue;
        }
        if (section->location == ParamLocation::Body && m_wholeBody) {
            const QJsonValue value = m_wholeBody->rememberedValue();
            if (!value.isUndefined())
                remembered.insert(kWholeBodyKey, value);
            continue;
        }
        for (const FieldRows::Row& row : section->rows->rows()) {
            const QJsonValue value = row.editor->rememberedValue();
            if (!value.isUndefined())
                remembered.insert(
                    locationKey(section->location) + QLatin1Char('/') + row.name, value);
        }
    }
    return remembered;
}

void ParameterForm::restoreValues(const QJsonObject& values)
{
    if (!m_hasOperation || values.isEmpty())
        return;
    m_restoring = true;
    for (const auto& section : m_sections) {
        for (const FieldRows::Row& row : section->rows->rows()) {
            const QString key = locationKey(section->location) + QLatin1Char('/') + row.name;
            if (values.contains(key))
                row.editor->setValue(values.value(key));
        }
    }
    if (m_wholeBody && values.contains(kWholeBodyKey))
        m_wholeBody->setValue(values.value(kWholeBodyKey));
    if (m_rawEdit && values.contains(kRawKey)) {
        m_settingRaw = true;
        m_rawEdit->setPlainText(values.value(kRawKey).toString());
        m_settingRaw = false;
        setRawMode(true);
    }
    m_restoring = false;
    refresh();
}

void ParameterForm::revealMissing()
{
    m_revealMissing = true;
    refresh();
}

} // namespace Ovh
