#include "operation/findbar.h"

#include "look/keytext.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace Ovh {

namespace {

QToolButton* toolButton(
    QWidget* parent, const QString& objectName, Qt::ArrowType arrow, const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setArrowType(arrow);
    button->setToolTip(toolTip);
    return button;
}

bool isFindKey(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Find);
}

class PlainTextFindTarget final : public FindTarget
{
public:
    explicit PlainTextFindTarget(QPlainTextEdit* view)
        : m_view(view)
    { }

    QWidget* findView() const override { return m_view; }

    QString selectedLine() const override
    {
        const QString selected = m_view->textCursor().selectedText();
        return selected.contains(QChar::ParagraphSeparator) ? QString() : selected;
    }

    bool findMatch(const QString& text, bool backward, bool inPlace) override
    {
        if (inPlace) {
            QTextCursor cursor = m_view->textCursor();
            cursor.setPosition(cursor.selectionStart());
            m_view->setTextCursor(cursor);
        }
        const QTextDocument::FindFlags flags
            = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
        bool found = m_view->find(text, flags);
        if (!found) { // wrap around
            const QTextCursor before = m_view->textCursor();
            QTextCursor cursor = before;
            cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
            m_view->setTextCursor(cursor);
            found = m_view->find(text, flags);
            if (!found)
                m_view->setTextCursor(before);
        }
        return found;
    }

private:
    QPlainTextEdit* m_view;
};

} // namespace

FindBar::FindBar(QPlainTextEdit* view, QWidget* parent)
    : QWidget(parent)
    , m_textTarget(std::make_unique<PlainTextFindTarget>(view))
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in the body"));
    m_edit->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("findStatus"));
    auto* previous = toolButton(this, QStringLiteral("findPrevious"), Qt::UpArrow,
        tr("Previous match (%1)").arg(keyText(Qt::SHIFT | Qt::Key_Enter)));
    auto* next = toolButton(this, QStringLiteral("findNext"), Qt::DownArrow,
        tr("Next match (%1)").arg(keyText(Qt::Key_Enter)));
    // Arrows say nothing to a screen reader.
    previous->setAccessibleName(tr("Previous match"));
    next->setAccessibleName(tr("Next match"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (%1)").arg(keyText(Qt::Key_Escape)));
    close->setAccessibleName(tr("Close the find bar"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // As you type: from the start of the current match, so it grows in place.
        findFrom(false, true);
    });
    connect(previous, &QToolButton::clicked, this, [this] { find(true); });
    connect(next, &QToolButton::clicked, this, [this] { find(); });
    connect(close, &QToolButton::clicked, this, &FindBar::close);
    m_edit->installEventFilter(this);
    setTarget(m_textTarget.get());
    hide();
}

FindBar::~FindBar() = default;

void FindBar::setTarget(FindTarget* target)
{
    if (!target)
        target = m_textTarget.get();
    if (target == m_target)
        return;
    if (m_target)
        m_target->findView()->removeEventFilter(this);
    m_target = target;
    m_target->findView()->installEventFilter(this);
    m_status->clear();
}

void FindBar::open()
{
    const QString selected = m_target->selectedLine();
    if (!selected.isEmpty())
        m_edit->setText(selected);
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::close()
{
    hide();
    m_status->clear();
    m_target->findView()->setFocus(Qt::OtherFocusReason);
}

bool FindBar::find(bool backward)
{
    return findFrom(backward, false);
}

bool FindBar::findFrom(bool backward, bool inPlace)
{
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    const bool found = m_target->findMatch(text, backward, inPlace);
    m_status->setText(found ? QString() : tr("No match"));
    return found;
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (isFindKey(key)) {
            // Claimed at ShortcutOverride, so the window's Ctrl+F does not fire here.
            if (event->type() == QEvent::KeyPress)
                open();
            event->accept();
            return true;
        }
        if (watched == m_edit && event->type() == QEvent::KeyPress) {
            switch (key->key()) {
            case Qt::Key_Escape:
                close();
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                find(key->modifiers().testFlag(Qt::ShiftModifier));
                return true;
            default:
                break;
            }
        }
        if (watched == m_edit && event->type() == QEvent::ShortcutOverride
            && key->key() == Qt::Key_Escape) {
            event->accept(); // the bar's Escape, not a dialog's or the window's
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Ovh
