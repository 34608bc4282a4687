#pragma once

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Ovh {

// What a FindBar searches: a view of text that can select a match.
class FindTarget
{
public:
    virtual ~FindTarget() = default;
    // Watched for Ctrl+F; the focus goes back to it when the bar closes.
    virtual QWidget* findView() const = 0;
    // The selection, when it is within one line: proposed as the text to find.
    virtual QString selectedLine() const = 0;
    // Selects the next (or previous) match, wrapping at the ends: from the current match's
    // start when `inPlace` (the text to find grew as it was typed), else after it. False
    // when there is none.
    virtual bool findMatch(const QString& text, bool backward, bool inPlace) = 0;
};

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
    ~FindBar() override;

    // Searches `target` from now on (it outlives the bar or the next setTarget()); null: the
    // view given at construction.
    void setTarget(FindTarget* target);

    void open();
    void close();
    // Selects the next (or previous) match from the cursor, wrapping; false when none.
    bool find(bool backward = false);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool findFrom(bool backward, bool inPlace);

    std::unique_ptr<FindTarget> m_textTarget; // over the view given at construction
    FindTarget* m_target = nullptr;
    QLineEdit* m_edit;
    QLabel* m_status;
};

} // namespace Ovh
