#include "operation/resultview.h"

#include "base/backgroundtask.h"
#include "base/jsontext.h"
#include "look/announcer.h"
#include "look/flowlayout.h"
#include "look/guidancebar.h"
#include "look/jsonhighlighter.h"
#include "look/keytext.h"
#include "look/messagebar.h"
#include "look/uicolors.h"
#include "look/wraprow.h"
#include "models/jsontreemodel.h"
#include "operation/copyfeedback.h"
#include "operation/findbar.h"
#include "results/bodylinesview.h"
#include "results/lineclicks.h"
#include "results/objecttableview.h"
#include "results/textlines.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ovh {

namespace {

QPlainTextEdit* makeTextView(QWidget* parent, const char* name)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

QString headerLines(const HeaderList& headers)
{
    QStringList lines;
    for (const auto& [name, value] : headers)
        lines << QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString resultFileName(const QString& method, const QString& pathTemplate, const QDateTime& at)
{
    QString stem = method + QLatin1Char('_') + pathTemplate;
    for (QChar& c : stem) {
        const bool keep = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('-')
            || c == QLatin1Char('.');
        if (!keep)
            c = QLatin1Char('_');
    }
    // "{zoneName}" and "/" leave runs of '_': one is enough, none at the ends.
    stem.replace(QRegularExpression(QStringLiteral("_+")), QStringLiteral("_"));
    while (stem.startsWith(QLatin1Char('_')) || stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('_')) || stem.endsWith(QLatin1Char('.')))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("answer");
    return stem + QLatin1Char('_') + at.toString(QStringLiteral("yyyy-MM-dd_HHmm"))
        + QLatin1String(".json");
}

ResultView::ResultView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_message(new MessageBar(MessageBar::Kind::Error, this))
    , m_guidance(new GuidanceBar(QStringLiteral("resultGuidance"),
          QStringLiteral("resultGuidanceText"), QStringLiteral("resultGuidanceButton"), this))
    , m_status(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_queryId(new QLabel(this))
    , m_copy(new QPushButton(tr("C&opy"), this)) // Alt+C opens the Call menu
    , m_save(new QPushButton(tr("Sa&ve\u2026"), this))
    , m_showRequest(new QPushButton(tr("Request &sent"), this))
    , m_tabs(new QTabWidget(this))
    , m_bodyStack(new QStackedWidget(this))
    , m_body(makeTextView(this, "resultBody"))
    , m_bodyClicks(new LineClicks(m_body))
    , m_lines(new BodyLinesView(this))
    , m_find(new FindBar(m_body, this))
    , m_tree(new QTreeView(this))
    , m_headers(makeTextView(this, "resultHeaders"))
    , m_request(makeTextView(this, "resultRequest"))
    , m_bodyHighlighter(new JsonHighlighter(m_body->document()))
    , m_requestHighlighter(new JsonHighlighter(m_request->document()))
    , m_treeModel(new JsonTreeModel(this))
    , m_table(new ObjectTableView(this))
{
    m_placeholder->setObjectName(QStringLiteral("resultPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setText(
        tr("Fill in the parameters and press Execute (%1): the answer shows here.")
            .arg(keyText(Qt::CTRL | Qt::Key_Enter)));

    m_message->setObjectName(QStringLiteral("resultMessage"));
    m_message->hide();

    m_status->setObjectName(QStringLiteral("resultStatus"));
    QFont statusFont = font();
    statusFont.setBold(true);
    statusFont.setPointSizeF(font().pointSizeF() * 1.1);
    m_status->setFont(statusFont);
    m_elapsed->setObjectName(QStringLiteral("resultElapsed"));
    m_queryId->setObjectName(QStringLiteral("resultQueryId"));
    m_queryId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_queryId->setTextFormat(Qt::PlainText);
    // In a narrow window the query id gives way (it is in the message and the tooltip too),
    // never the status.
    m_queryId->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_elapsed->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_copy->setObjectName(QStringLiteral("copyResultButton"));
    m_copy->setToolTip(tr("Copy the body to the clipboard"));
    m_save->setObjectName(QStringLiteral("saveResultButton"));
    m_save->setToolTip(tr("Save the body to a file"));
    m_showRequest->setObjectName(QStringLiteral("showRequestButton"));
    m_showRequest->setToolTip(
        tr("Show the exact request that was sent (signature headers hidden)"));

    // The buttons go under the status when the pane is too narrow for both (French, the
    // History dock open), never cut.
    auto* summary = new WrapRow(this);
    summary->setObjectName(QStringLiteral("resultSummary"));
    summary->lead()->addWidget(m_status);
    summary->lead()->addSpacing(12);
    summary->lead()->addWidget(m_elapsed);
    summary->lead()->addSpacing(12);
    summary->lead()->addWidget(m_queryId, 1);
    m_summary = summary->tail();
    m_summary->addWidget(m_showRequest);
    m_summary->addWidget(m_copy);
    m_summary->addWidget(m_save);

    m_tree->setObjectName(QStringLiteral("resultTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(
        JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 200);

    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setAccessibleName(tr("Result"));
    m_tabs->setDocumentMode(true);
    m_bodyStack->setObjectName(QStringLiteral("resultBodyStack"));
    m_bodyStack->addWidget(m_body);
    m_bodyStack->addWidget(m_lines);
    m_tabs->addTab(m_bodyStack, tr("Body"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_request, tr("Request sent"));
    // What a screen reader calls each view (a tab's title is not its page's name).
    m_body->setAccessibleName(tr("Result body"));
    m_lines->setAccessibleName(tr("Result body"));
    m_tree->setAccessibleName(tr("Result tree"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_request->setAccessibleName(tr("Request sent"));

    auto* page = new QWidget(m_stack);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 4, 0, 0);
    pageLayout->addWidget(m_message);
    pageLayout->addWidget(m_guidance);
    pageLayout->addWidget(summary);
    pageLayout->addWidget(m_tabs, 1);
    pageLayout->addWidget(m_find); // Ctrl+F in the body
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    showRows({}); // the Table tab only for arrays of objects
    connect(m_guidance, &GuidanceBar::activated, this, &ResultView::guidanceActivated);
    connect(m_bodyClicks, &LineClicks::lineClicked, this, &ResultView::bodyLineClicked);
    connect(m_lines, &BodyLinesView::lineClicked, this, &ResultView::bodyLineClicked);
    connect(m_copy, &QPushButton::clicked, this, &ResultView::copyBody);
    connect(m_save, &QPushButton::clicked, this, &ResultView::saveBody);
    connect(m_showRequest, &QPushButton::clicked, this,
        [this] { m_tabs->setCurrentWidget(m_request); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_treePending && m_tabs->currentWidget() == m_tree)
            showTree();
    });
    applyPalette();
}

void ResultView::clear()
{
    m_result = CallResult();
    m_treeModel->setJson(QJsonValue(QJsonValue::Undefined));
    showRows({});
    m_treePending = false;
    m_body->clear();
    ++m_bodyGeneration;
    m_formatting = false;
    m_lines->setLines(nullptr, false);
    m_headers->clear();
    m_request->clear();
    m_message->hide();
    m_guidance->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void ResultView::addResultBar(QWidget* bar)
{
    auto* layout = qobject_cast<QVBoxLayout*>(m_tabs->parentWidget()->layout());
    layout->insertWidget(layout->indexOf(m_tabs), bar);
}

void ResultView::setGuidance(const QString& text, const QString& action)
{
    if (text.isEmpty())
        m_guidance->clear();
    else
        m_guidance->showGuidance(text, action, MessageBar::Kind::Info);
}

void ResultView::showRunning(const QString& method, const QString& url, const QString& pathTemplate)
{
    clear();
    m_method = method;
    m_pathTemplate = pathTemplate;
    m_stack->setCurrentIndex(1);
    m_status->setText(tr("Sending\u2026"));
    m_status->setStyleSheet(QString());
    announceStatus(m_status, m_status->text());
    m_elapsed->clear();
    m_queryId->setText(method + QLatin1Char(' ') + url);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_showRequest->setEnabled(false);
}

void ResultView::showResult(const CallResult& result)
{
    m_result = result;
    m_guidance->clear();
    m_stack->setCurrentIndex(1);

    const QPalette& palette = this->palette();
    if (result.failure == CallResult::Failure::None) {
        m_status->setText(QString::number(result.status) + QLatin1Char(' ') + result.reason);
        const QColor color = result.isSuccess() ? successColor(palette) : errorColor(palette);
        m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color.name()));
    } else {
        QString what;
        switch (result.failure) {
        case CallResult::Failure::MissingCredentials:
            what = tr("Not sent");
            break;
        case CallResult::Failure::Network:
            what = tr("Network error");
            break;
        case CallResult::Failure::Timeout:
            what = tr("Timed out");
            break;
        case CallResult::Failure::Cancelled:
            what = tr("Cancelled");
            break;
        case CallResult::Failure::TooLarge:
            what = tr("Answer too large");
            break;
        case CallResult::Failure::None:
            break;
        }
        m_status->setText(
            result.status > 0 ? tr("%1 (HTTP %2)").arg(what).arg(result.status) : what);
        m_status->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }")
                .arg((result.failure == CallResult::Failure::Cancelled ? warningColor(palette)
                                                                       : errorColor(palette))
                         .name()));
    }
    // The whole answer's time; the headers' when they came much earlier (a large body).
    m_elapsed->setText(result.firstByteMs >= 0 && result.elapsedMs - result.firstByteMs >= 100
            ? tr("%1 ms (first byte %2 ms)").arg(result.elapsedMs).arg(result.firstByteMs)
            : tr("%1 ms").arg(result.elapsedMs));
    // Said as one sentence: "200 OK in 35 ms".
    announceStatus(m_status, tr("%1 in %2 ms").arg(m_status->text()).arg(result.elapsedMs));
    m_elapsed->setToolTip(result.firstByteMs >= 0
            ? tr("%1 ms to the last byte of the answer, %2 ms to its headers")
                  .arg(result.elapsedMs)
                  .arg(result.firstByteMs)
            : QString());
    m_queryId->setText(
        result.queryId.isEmpty() ? QString() : tr("Query ID: %1").arg(result.queryId));
    m_queryId->setToolTip(m_queryId->text());

    // The message bar: the OVH error with every field present, or why nothing came back.
    QStringList lines;
    if (!result.error.isEmpty()) {
        QString head
            = result.error.errorCode.isEmpty() ? result.error.errorClass : result.error.errorCode;
        if (!result.error.errorCode.isEmpty() && !result.error.errorClass.isEmpty())
            head += QLatin1String(" / ") + result.error.errorClass;
        lines << (head.isEmpty() ? result.error.message
                                 : head + QLatin1String(": ") + result.error.message);
        if (!result.error.details.isEmpty())
            lines << tr("Details: %1")
                         .arg(QString::fromUtf8(
                             QJsonDocument(result.error.details).toJson(QJsonDocument::Compact)));
    } else if (result.failure != CallResult::Failure::None || !result.isSuccess()) {
        // Core's word for a cancelled call is English ("cancelled"); the status says it already.
        if (result.failure == CallResult::Failure::Cancelled)
            lines << tr("Cancelled before the answer came: the server may have carried out the "
                        "call all the same.");
        else if (!result.errorString.isEmpty())
            lines << result.errorString;
    }
    if (!lines.isEmpty() && !result.queryId.isEmpty())
        lines << tr("Query ID: %1 (give it to OVHcloud support)").arg(result.queryId);
    m_message->showMessage(lines.join(QLatin1Char('\n')),
        result.failure == CallResult::Failure::Cancelled ? MessageBar::Kind::Warning
                                                         : MessageBar::Kind::Error);

    showBody(result);
    // A tree of 150,000 rows costs its view a quarter of a second to lay out: for a large
    // body, only once the Tree tab is opened.
    m_treePending = result.body.size() > LargeBodyBytes && m_tabs->currentWidget() != m_tree;
    if (m_treePending)
        m_treeModel->setJson(QJsonValue(QJsonValue::Undefined));
    else
        showTree();
    m_table->setAnswer(result.json); // made rows when the Table tab is first shown
    m_tabs->setTabVisible(m_tabs->indexOf(m_table), m_table->hasRows());
    m_headers->setPlainText(headerLines(result.headers));

    QString request = QString::fromLatin1(result.request.method) + QLatin1Char(' ')
        + QString::fromUtf8(result.request.url);
    if (!result.request.headers.isEmpty())
        request += QLatin1Char('\n') + headerLines(result.request.headers);
    if (!result.request.body.isEmpty())
        request += QLatin1String("\n\n") + indentedJsonText(result.request.body);
    m_request->setPlainText(request);

    const bool hasBody = !result.body.isEmpty();
    m_copy->setEnabled(hasBody);
    m_save->setEnabled(hasBody);
    m_showRequest->setEnabled(!result.request.method.isEmpty());
    m_tabs->setCurrentWidget(m_bodyStack);
}

void ResultView::showTree()
{
    m_treePending = false;
    m_treeModel->setJson(m_result.json);
    // Each top-level row open, unless there are so many (a long array) that it would cost.
    if (m_treeModel->rowCount() <= 100)
        m_tree->expandToDepth(0);
}

void ResultView::showBody(const CallResult& result)
{
    const quint64 generation = ++m_bodyGeneration;
    // The links were the last body's; emptied first, the old text is not coloured again.
    m_body->clear();
    setBodyLinks(nullptr);
    if (result.body.size() <= LargeBodyBytes) {
        m_formatting = false;
        m_lines->setLines(nullptr, false);
        m_body->setPlainText(result.body.isEmpty() ? QString() : indentedJsonText(result.body));
        m_bodyStack->setCurrentWidget(m_body);
        m_find->setTarget(nullptr);
        emit bodyShown();
        return;
    }
    // Colouring and laying out a million lines would freeze the window for seconds: the lines
    // are indented on the pool and painted only where visible.
    m_lines->setLines(nullptr, false);
    m_bodyStack->setCurrentWidget(m_lines);
    m_find->setTarget(m_lines);
    m_formatting = true;
    const QByteArray body = result.body;
    const bool json = !result.json.isUndefined();
    runInBackground<std::shared_ptr<const TextLines>>(
        this,
        [body, json] {
            return std::make_shared<const TextLines>(
                json ? TextLines::indentedJson(body) : TextLines::fromText(body));
        },
        [this, generation, json](std::shared_ptr<const TextLines> lines) {
            if (generation != m_bodyGeneration)
                return;
            m_formatting = false;
            m_lines->setLines(std::move(lines), json);
            emit bodyShown();
        });
}

void ResultView::addNote(QWidget* note)
{
    auto* page = qobject_cast<QVBoxLayout*>(m_guidance->parentWidget()->layout());
    page->insertWidget(page->indexOf(m_guidance) + 1, note);
}

void ResultView::showRows(const ObjectRows& rows)
{
    m_table->setRows(rows);
    m_tabs->setTabVisible(m_tabs->indexOf(m_table), !rows.isEmpty());
    if (!rows.isEmpty())
        m_tabs->setCurrentWidget(m_table);
}

void ResultView::addSummaryWidget(QWidget* widget)
{
    m_summary->insertWidget(m_summary->indexOf(m_copy), widget);
}

void ResultView::setBodyLinks(std::function<bool(QStringView line)> isLink)
{
    m_bodyClicks->setLinkTest(isLink);
    m_bodyHighlighter->setLinkTest(isLink);
    m_lines->setLinkTest(std::move(isLink));
}

QString ResultView::bodyLine(int line) const
{
    if (m_bodyStack->currentWidget() != m_lines)
        return m_body->document()->findBlockByNumber(line).text();
    const TextLines* lines = m_lines->lines();
    if (!lines || line < 0 || line >= lines->lineCount())
        return QString();
    const QByteArrayView text = lines->line(line);
    return QString::fromUtf8(text.data(), text.size());
}

QString ResultView::bodyText() const
{
    if (m_bodyStack->currentWidget() != m_lines)
        return m_body->toPlainText();
    if (const TextLines* lines = m_lines->lines())
        return QString::fromUtf8(lines->text());
    return QString::fromUtf8(m_result.body); // still being indented
}

void ResultView::copyBody()
{
    if (m_bodyStack->currentWidget() != m_lines) {
        QApplication::clipboard()->setText(bodyText());
        showCopiedFeedback(m_copy, tr("C&opied"));
        return;
    }
    // Tens of MB of UTF-8 to a QString take a while: made on the pool, handed to the clipboard
    // when ready (the button waits meanwhile).
    std::shared_ptr<const TextLines> lines = m_lines->sharedLines();
    const QByteArray raw = m_result.body; // still being indented: the bytes as they came
    const quint64 generation = m_bodyGeneration;
    m_copy->setEnabled(false);
    runInBackground<QString>(
        this, [lines, raw] { return QString::fromUtf8(lines ? lines->text() : raw); },
        [this, generation](const QString& text) {
            if (generation != m_bodyGeneration)
                return;
            QApplication::clipboard()->setText(text);
            m_copy->setEnabled(true);
            showCopiedFeedback(m_copy, tr("C&opied"));
        });
}

void ResultView::saveBody()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Answer"),
        resultFileName(m_method, m_pathTemplate, QDateTime::currentDateTime()),
        tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    // The bytes as they came, not as shown: what the API answered, byte for byte.
    if (!file.open(QIODevice::WriteOnly) || file.write(m_result.body) < 0 || !file.commit()) {
        m_message->showMessage(
            tr("Could not save %1: %2").arg(path, file.errorString()), MessageBar::Kind::Error);
    }
}

void ResultView::applyPalette()
{
    const bool dark = isDarkPalette(palette());
    m_bodyHighlighter->setLinkColor(palette().color(QPalette::Link));
    m_bodyHighlighter->setDark(dark);
    m_requestHighlighter->setDark(dark);
    m_lines->setDark(dark);
}

void ResultView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace Ovh
