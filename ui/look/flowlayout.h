#pragma once

#include <QLayout>
#include <QList>

namespace Ovh {

// Items left to right at their size, going on to the next line when the width runs out (Qt's
// flow layout example, cut down): buttons that never get cut in a narrow pane.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    // At `index` (at the end when out of range).
    void insertWidget(int index, QWidget* widget);
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // All on one line.
    QSize sizeHint() const override;
    // widest(); all the items on one line while oneLine().
    QSize minimumSize() const override;
    // The widest item (and the tallest), margins included.
    QSize widest() const;
    // One line whatever the width (the layout holding this one gives it room, or wraps it).
    void setOneLine(bool oneLine);
    bool oneLine() const { return m_oneLine; }
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in `rect` (or only measures); returns the height used.
    int place(const QRect& rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem*> m_items;
    bool m_oneLine = false;
};

} // namespace Ovh
