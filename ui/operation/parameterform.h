#pragma once

#include "call/callrequest.h"
#include "call/callvalues.h"
#include "schema/schema.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Ovh {

class FieldEditor;
class FieldRows;
class JsonHighlighter;
class MessageBar;

// The parameter form of one operation, generated from its schema: path, query and body sections,
// one editor per parameter (or per property of an unnamed body model), each with its type,
// description and inline errors. The body can also be edited as raw JSON. The form only
// collects values (CallValues); the request and its errors come from buildCallRequest().
class ParameterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterForm)

public:
    explicit ParameterForm(QWidget* parent = nullptr);
    ~ParameterForm() override;

    // Copies what it needs; rebuilds every field.
    void setOperation(const Product& product, const Operation& operation);
    void clear();
    bool hasOperation() const { return m_hasOperation; }
    const Product& product() const { return m_product; }
    const Operation& operation() const { return m_operation; }

    // What was entered, as the request builder reads it.
    CallValues values() const;
    // The request built from values() and its errors (plus local ones such as JSON that does not
    // parse), kept up to date as the person types.
    const CallRequest& request() const { return m_request; }
    const CallErrors& errors() const { return m_errors; }
    bool isRawBody() const { return m_rawMode; }

    // For remembering per operation: every value but what was typed in password fields.
    QJsonObject rememberedValues() const;
    void restoreValues(const QJsonObject& values);

    // Shows "a value is required" on every field, touched or not (after an Execute attempt).
    void revealMissing();
    FieldEditor* editor(ParamLocation location, const QString& name) const;

signals:
    // After each change, once request() and errors() are up to date.
    void changed();

private:
    struct Section;
    Section* addSection(const QString& title, ParamLocation location);
    void refresh();
    void refreshRawText();
    void onRawEdited();
    void setRawMode(bool raw);
    void useForm();
    void fillBody(const QJsonValue& body);
    // `body` in the body's fields, the form shown (not the raw text).
    void showBodyInForm(const QJsonValue& body);
    // "Fill from example": the operation's named request examples (v2), one click (or a menu
    // when several) fills the body from one. Null when it has none.
    QToolButton* exampleButton(QWidget* parent);
    void fillFromExample(const QByteArray& json);
    // The raw body's context menu: the editor's own, then the examples.
    void showRawMenu(const QPoint& at);

    Product m_product;
    Operation m_operation;
    bool m_hasOperation = false;
    std::vector<std::unique_ptr<Section>> m_sections; // owned: the form deletes them
    FieldEditor* m_wholeBody = nullptr; // an unnamed body that is not a model: one editor

    QVBoxLayout* m_layout;
    QLabel* m_noParameters;
    MessageBar* m_formErrors;
    QTabWidget* m_bodyTabs = nullptr;
    QPlainTextEdit* m_rawEdit = nullptr;
    JsonHighlighter* m_rawHighlighter = nullptr;
    MessageBar* m_rawNote = nullptr;
    QLabel* m_rawError = nullptr;
    QPushButton* m_useForm = nullptr;
    QToolButton* m_exampleButton = nullptr;
    bool m_rawMode = false;
    bool m_settingRaw = false;
    bool m_restoring = false;
    bool m_revealMissing = false;

    CallRequest m_request;
    CallErrors m_errors;
};

} // namespace Ovh
