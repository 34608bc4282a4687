#include "results/bodylinesview.h"

#include "look/jsonhighlighter.h"
#include "results/jsonline.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <algorithm>

namespace Ovh {

// The lines of a TextLines as rows; a row's text is made when it is painted.
class TextLinesModel final : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setLines(std::shared_ptr<const TextLines> lines)
    {
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() || !m_lines ? 0 : int(m_lines->lineCount());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || !m_lines || role != Qt::DisplayRole)
            return {};
        const QByteArrayView line = m_lines->line(index.row());
        return QString::fromUtf8(line.data(), line.size());
    }

private:
    std::shared_ptr<const TextLines> m_lines;
};

namespace {

constexpr int Margin = 4;

// The part of a line that is its value: without the indentation, a key, the blank after it and
// a separating comma ("    1001," -> 4, 8).
std::pair<int, int> valueSpan(const QString& text)
{
    const JsonLine line = readJsonLine(text);
    return { line.valueStart, line.valueEnd };
}

// Paints one line: JSON colours, the find match marked, the selection as a tint below.
class LineDelegate final : public QStyledItemDelegate
{
public:
    explicit LineDelegate(BodyLinesView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_formats(false)
    { }

    void setJson(bool json) { m_json = json; }
    void setDark(bool dark) { m_formats = JsonFormats(dark); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override
    {
        if (option.state.testFlag(QStyle::State_Selected)) {
            QColor tint = option.palette.color(QPalette::Highlight);
            tint.setAlpha(70);
            painter->fillRect(option.rect, tint);
        }
        const QString text = index.data().toString();
        QList<QTextLayout::FormatRange> ranges;
        if (m_json) {
            for (const JsonToken& token : jsonLineTokens(text))
                ranges.append({ int(token.start), int(token.length), m_formats.of(token.kind) });
        }
        if (m_view->isLinkLine(index.row())) {
            const auto [first, last] = valueSpan(text);
            QTextCharFormat link;
            link.setForeground(option.palette.color(QPalette::Link));
            link.setFontUnderline(true);
            ranges.append({ first, last - first, link });
        }
        if (const auto match = matchIn(index.row()); match.second > 0) {
            QTextCharFormat found;
            found.setBackground(QColor(0xff, 0xd7, 0x00));
            found.setForeground(Qt::black);
            ranges.append({ match.first, match.second, found });
        }
        QTextLayout layout(text, option.font);
        layout.setFormats(ranges);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid())
            line.setLineWidth(1e6);
        layout.endLayout();
        painter->save();
        painter->setPen(option.palette.color(QPalette::Text));
        layout.draw(painter, QPointF(option.rect.left() + Margin, option.rect.top()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        // One size for every row (the view asks once): as wide as the longest line.
        const QFontMetrics metrics(option.font);
        const TextLines* lines = m_view->lines();
        const qsizetype longest = lines ? std::min<qsizetype>(lines->maxLineBytes(), 100000) : 0;
        return QSize(int(2 * Margin + longest * metrics.horizontalAdvance(QLatin1Char('0'))),
            metrics.height());
    }

    // The match in `row`, as (start, length) in characters; length 0 when none.
    std::pair<int, int> matchIn(int row) const
    {
        const TextLines* lines = m_view->lines();
        if (!lines || m_view->matchOffset() < 0 || lines->lineAt(m_view->matchOffset()) != row)
            return { 0, 0 };
        const QByteArrayView line = lines->line(row);
        const qsizetype column = m_view->matchOffset() - lines->lineStart(row);
        const int start = int(QString::fromUtf8(line.first(column)).size());
        const int length = int(QString::fromUtf8(
            line.sliced(column, std::min(m_view->matchLength(), line.size() - column)))
                                   .size());
        return { start, length };
    }

private:
    BodyLinesView* m_view;
    JsonFormats m_formats;
    bool m_json = false;
};

} // namespace

BodyLinesView::BodyLinesView(QWidget* parent)
    : QListView(parent)
    , m_model(new TextLinesModel(this))
{
    setObjectName(QStringLiteral("resultBodyLines"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUniformItemSizes(true);
    // Laying out 2 million rows (a 31 MB answer) costs the view ~200 ms: in batches from the
    // event loop, the first shown at once. Up to a batch (about 2.5 MB of text), all in one go.
    setLayoutMode(QListView::Batched);
    setBatchSize(50000);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(new LineDelegate(this));
    setModel(m_model);
    setMouseTracking(true); // a hand over the links
}

BodyLinesView::~BodyLinesView() = default;

void BodyLinesView::setLines(std::shared_ptr<const TextLines> lines, bool json)
{
    m_matchOffset = -1;
    m_matchLength = 0;
    static_cast<LineDelegate*>(itemDelegate())->setJson(json);
    m_lines = lines;
    m_model->setLines(std::move(lines));
}

void BodyLinesView::setDark(bool dark)
{
    static_cast<LineDelegate*>(itemDelegate())->setDark(dark);
    viewport()->update();
}

bool BodyLinesView::isLinkLine(int line) const
{
    if (!m_isLink || !m_lines || line < 0 || line >= m_lines->lineCount())
        return false;
    const QByteArrayView text = m_lines->line(line);
    return m_isLink(QString::fromUtf8(text.data(), text.size()));
}

void BodyLinesView::setLinkTest(std::function<bool(QStringView line)> isLink)
{
    m_isLink = std::move(isLink);
    viewport()->unsetCursor();
    viewport()->update();
}

int BodyLinesView::linkLineAt(const QPoint& position) const
{
    const QModelIndex index = indexAt(position);
    if (!index.isValid() || !isLinkLine(index.row()))
        return -1;
    const QString text = index.data().toString();
    const auto [first, last] = valueSpan(text);
    const QFontMetrics metrics(font());
    const int x = position.x() - visualRect(index).left() - Margin;
    const bool onText = first < last && x >= metrics.horizontalAdvance(text.left(first))
        && x <= metrics.horizontalAdvance(text.left(last));
    return onText ? index.row() : -1;
}

bool BodyLinesView::isFollowKey(const QKeyEvent* event) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    return enter && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier)
        && currentIndex().isValid() && isLinkLine(currentIndex().row());
}

bool BodyLinesView::event(QEvent* event)
{
    // Ctrl+Enter on a link is this view's, not the window's Execute shortcut.
    if (event->type() == QEvent::ShortcutOverride && isFollowKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QListView::event(event);
}

void BodyLinesView::mouseMoveEvent(QMouseEvent* event)
{
    QListView::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton && m_isLink
        && linkLineAt(event->position().toPoint()) >= 0)
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void BodyLinesView::mouseReleaseEvent(QMouseEvent* event)
{
    QListView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_isLink
        || selectionModel()->selectedIndexes().size() > 1) // a drag over lines selects them
        return;
    const int line = linkLineAt(event->position().toPoint());
    if (line >= 0)
        emit lineClicked(line, event->modifiers().testFlag(Qt::ControlModifier));
}

QString BodyLinesView::selectedText() const
{
    if (!m_lines)
        return QString();
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange& range : selectionModel()->selection())
        ranges.append({ range.top(), range.bottom() });
    std::sort(ranges.begin(), ranges.end());
    QByteArray text;
    for (const auto& [top, bottom] : ranges) {
        const qsizetype start = m_lines->lineStart(top);
        const QByteArrayView last = m_lines->line(bottom);
        const qsizetype end = last.data() - m_lines->text().constData() + last.size();
        if (!text.isEmpty())
            text += '\n';
        text += QByteArrayView(m_lines->text().constData() + start, end - start);
    }
    return QString::fromUtf8(text);
}

QWidget* BodyLinesView::findView() const
{
    return const_cast<BodyLinesView*>(this);
}

QString BodyLinesView::selectedLine() const
{
    return m_matchOffset < 0 ? QString()
                             : QString::fromUtf8(m_lines->text().mid(m_matchOffset, m_matchLength));
}

bool BodyLinesView::findMatch(const QString& text, bool backward, bool inPlace)
{
    if (!m_lines || text.isEmpty())
        return false;
    const QByteArray needle = text.toUtf8();
    const QByteArrayView haystack(m_lines->text());
    qsizetype from = 0;
    if (m_matchOffset >= 0)
        from = inPlace || backward ? m_matchOffset : m_matchOffset + 1;
    else if (currentIndex().isValid())
        from = m_lines->lineStart(currentIndex().row());
    else if (backward)
        from = haystack.size();
    qsizetype found = findText(haystack, needle, from, backward);
    if (found < 0) // wrap around
        found = findText(haystack, needle, backward ? haystack.size() : 0, backward);
    if (found < 0)
        return false;
    m_matchOffset = found;
    m_matchLength = needle.size();
    const QModelIndex index = m_model->index(int(m_lines->lineAt(found)));
    if (!visualRect(index).isValid()) {
        // Below the rows laid out so far (the batches are still coming): the rest at once, to
        // scroll there.
        setLayoutMode(QListView::SinglePass);
        doItemsLayout();
        setLayoutMode(QListView::Batched);
    }
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    // And sideways, to the match in a long line.
    const auto [column, length] = static_cast<LineDelegate*>(itemDelegate())->matchIn(index.row());
    const QFontMetrics metrics(font());
    const QString line = index.data().toString();
    const int left = Margin + metrics.horizontalAdvance(line.left(column));
    const int right = left + metrics.horizontalAdvance(line.mid(column, length));
    QScrollBar* bar = horizontalScrollBar();
    if (left < bar->value() || right > bar->value() + viewport()->width())
        bar->setValue(std::max(0, left - viewport()->width() / 3));
    viewport()->update();
    return true;
}

void BodyLinesView::keyPressEvent(QKeyEvent* event)
{
    if (isFollowKey(event)) {
        event->accept();
        emit lineClicked(currentIndex().row(), event->modifiers().testFlag(Qt::ControlModifier));
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedText());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace Ovh
