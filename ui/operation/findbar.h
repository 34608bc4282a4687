#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Ovh {

// Find in a text view, under it: Ctrl+F in the view (or in the bar) opens it with the
// selection as the text to find, Enter / Shift+Enter (or the arrows) go to the next / previous
// match, wrapping at the ends, Escape closes it and gives the focus back to the view. Ctrl+F
// there is the bar's, not the window's (which searches the operations).
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    // `view` is the text searched; it outlives the bar (usually its sibling).
    explicit FindBar(QPlainTextEdit* view, QWidget* parent = nullptr);

    void open();
    void close();
    // Selects the next (or previous) match from the cursor, wrapping; false when none.
    bool find(bool backward = false);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* m_view;
    QLineEdit* m_edit;
    QLabel* m_status;
};

} // namespace Ovh
