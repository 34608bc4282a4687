#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

// Tells which line of a read-only text view was clicked: a click on the line's text (not its
// indentation or the blank after it) that selects nothing. `newTab`: with Ctrl held.
class LineClicks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineClicks)

public:
    explicit LineClicks(QPlainTextEdit* view);

signals:
    void lineClicked(int line, bool newTab);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* m_view;
    // Kept apart: the view is no QAbstractScrollArea any more while its children are destroyed,
    // and the filter still sees their events then.
    QWidget* m_viewport;
};

} // namespace Ovh
