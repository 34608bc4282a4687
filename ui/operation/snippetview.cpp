#include "operation/snippetview.h"

#include "look/codehighlighter.h"
#include "look/uicolors.h"
#include "operation/copyfeedback.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Ovh {

namespace {

constexpr int kDebounceMs = 40;

} // namespace

SnippetView::SnippetView(SnippetLanguage language, QWidget* parent)
    : QWidget(parent)
    , m_language(language)
    , m_debounce(new QTimer(this))
    , m_note(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_edit(new QPlainTextEdit(this))
    , m_highlighter(nullptr)
{
    const QString name = snippetLanguageName(language);
    setObjectName(QStringLiteral("snippet:") + name);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SnippetView::regenerate);

    m_note->setObjectName(QStringLiteral("snippetNote:") + name);
    m_note->setTextFormat(Qt::RichText);
    m_note->setOpenExternalLinks(true);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_copy->setObjectName(QStringLiteral("snippetCopy:") + name);
    m_copy->setToolTip(
        tr("Copy the %1 script to the clipboard").arg(snippetLanguageTitle(language)));
    connect(m_copy, &QPushButton::clicked, this, &SnippetView::copy);

    m_edit->setObjectName(QStringLiteral("snippetText:") + name);
    m_edit->setAccessibleName(tr("%1 code").arg(snippetLanguageTitle(m_language)));
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = new CodeHighlighter(m_edit->document(), language);
    m_highlighter->setDark(isDarkPalette(palette()));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_note, 1);
    bar->addWidget(m_copy, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);
    clear();
}

void SnippetView::clear()
{
    m_debounce->stop();
    m_hasRequest = false;
    m_stale = false;
    m_request = CallRequest();
    m_edit->clear();
    m_note->clear();
    m_copy->setEnabled(false);
}

void SnippetView::setRequest(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth)
{
    m_request = request;
    m_endpoint = endpoint;
    m_auth = auth;
    m_hasRequest = true;
    m_stale = true;
    if (isVisible())
        m_debounce->start();
}

QString SnippetView::text()
{
    if (m_stale)
        regenerate();
    return m_edit->toPlainText();
}

void SnippetView::copy()
{
    QGuiApplication::clipboard()->setText(text());
    showCopiedFeedback(m_copy, tr("Copied"));
}

void SnippetView::regenerate()
{
    m_debounce->stop();
    m_stale = false;
    if (!m_hasRequest)
        return;
    const QString script = generateSnippet(m_language, m_request, m_endpoint, m_auth);
    if (script != m_edit->toPlainText()) {
        // Keep the reader's place while the script follows the form.
        const int vertical = m_edit->verticalScrollBar()->value();
        const int horizontal = m_edit->horizontalScrollBar()->value();
        m_edit->setPlainText(script);
        m_edit->verticalScrollBar()->setValue(vertical);
        m_edit->horizontalScrollBar()->setValue(horizontal);
    }
    const QString url = createTokenUrl(m_request, m_endpoint);
    if (url.isEmpty()) {
        m_note->setText(tr("The keys are read from the OVH_* environment variables."));
    } else {
        m_note->setText(
            tr("The keys are read from the OVH_* environment variables; "
               "<a href=\"%1\">create keys with exactly the rights this call needs</a>.")
                .arg(url.toHtmlEscaped()));
    }
    m_note->setToolTip(url);
    m_copy->setEnabled(!script.isEmpty());
}

void SnippetView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        regenerate();
}

void SnippetView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(isDarkPalette(palette()));
}

} // namespace Ovh
