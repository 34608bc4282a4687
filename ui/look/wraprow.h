#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QHBoxLayout;
QT_END_NAMESPACE

namespace Ovh {

class FlowLayout;

// A row of two groups: a lead (labels, which may give way) and a tail (buttons). The tail goes
// under the lead when the width cannot hold both at their size, and its buttons onto more lines
// when one cannot hold them, so that no button is cut in a narrow pane or in a language with
// longer words.
class WrapRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapRow)

public:
    explicit WrapRow(QWidget* parent = nullptr);

    QHBoxLayout* lead() const { return m_lead; }
    FlowLayout* tail() const { return m_tail; }
    // The tail is under the lead.
    bool isWrapped() const;
    // As narrow as the wider group: the row wraps rather than cuts.
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;

private:
    // The width both groups need side by side.
    int widthSideBySide() const;
    void arrange();

    QBoxLayout* m_layout;
    QHBoxLayout* m_lead;
    FlowLayout* m_tail;
};

} // namespace Ovh
