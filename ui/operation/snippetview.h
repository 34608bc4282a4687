#pragma once

#include "base/endpoint.h"
#include "call/callrequest.h"
#include "snippets/snippets.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace Ovh {

class CodeHighlighter;

// One code tab: the script generateSnippet() writes for the form's current request, monospace
// and highlighted, with a Copy button and a link to create keys with exactly the rights the
// call needs. It only regenerates while visible (shortly after the last change) or when it
// becomes visible, so a keystroke in the form costs nothing for the hidden tabs. The scripts
// hold placeholders read from the environment, never the person's keys.
class SnippetView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetView)

public:
    explicit SnippetView(SnippetLanguage language, QWidget* parent = nullptr);

    SnippetLanguage language() const { return m_language; }
    void setRequest(
        const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth = SnippetAuth::Keys);
    void clear();
    // The script as shown (brought up to date first).
    QString text();
    void copy();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void regenerate();

    SnippetLanguage m_language;
    CallRequest m_request;
    Endpoint m_endpoint;
    SnippetAuth m_auth = SnippetAuth::Keys;
    bool m_hasRequest = false;
    bool m_stale = false;
    QTimer* m_debounce;
    QLabel* m_note;
    QPushButton* m_copy;
    QPlainTextEdit* m_edit;
    CodeHighlighter* m_highlighter;
};

} // namespace Ovh
