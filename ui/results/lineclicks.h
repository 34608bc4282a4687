#pragma once

#include <QCursor>
#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QKeyEvent;
class QPlainTextEdit;
class QPoint;
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

// The links of a read-only text view, one a line at most: a hand over a link's value, and
// lineClicked on a click on it that selects nothing, or on Enter with the cursor on its line
// (Ctrl+Enter too, before any shortcut takes it). `newTab`: with Ctrl held.
class LineClicks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineClicks)

public:
    explicit LineClicks(QPlainTextEdit* view);

    // Which lines are links, from their text (null: none).
    void setLinkTest(std::function<bool(QStringView line)> isLink);
    bool isLinkLine(int line) const;

signals:
    void lineClicked(int line, bool newTab);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The link line whose value is under `position` (viewport coordinates), or -1.
    int linkLineAt(const QPoint& position) const;
    // Enter (Ctrl+Enter) with the cursor on a link line; false for any other key.
    bool isFollowKey(const QKeyEvent* event) const;

    QPlainTextEdit* m_view;
    // Kept apart: the view is no QAbstractScrollArea any more while its children are destroyed,
    // and the filter still sees their events then.
    QWidget* m_viewport;
    std::function<bool(QStringView line)> m_isLink;
    QCursor m_textCursor; // the view's own, off the links
};

} // namespace Ovh
