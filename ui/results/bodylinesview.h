#pragma once

#include "operation/findbar.h"
#include "results/textlines.h"

#include <QListView>

#include <functional>
#include <memory>

namespace Ovh {

class TextLinesModel;

// A large body, one row per line, painted (and coloured as JSON) only where visible: a million
// lines cost what the screen shows, not a laid-out document. Lines are selected whole; Ctrl+C
// copies them. Find searches the whole text (ASCII letters without case) and selects the line,
// marking the match in it. Lines said to be links (an id list's ids, a linked key's value) show
// their value as a link, a hand over it, and emit lineClicked on a click on it or on Enter
// (Ctrl: a new tab).
class BodyLinesView final : public QListView, public FindTarget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyLinesView)

public:
    explicit BodyLinesView(QWidget* parent = nullptr);
    ~BodyLinesView() override;

    // Shows `lines` (null: nothing); `json` colours them.
    void setLines(std::shared_ptr<const TextLines> lines, bool json);
    const TextLines* lines() const { return m_lines.get(); }
    std::shared_ptr<const TextLines> sharedLines() const { return m_lines; }
    void setDark(bool dark);
    // Which lines are links, from their text (null: none), asked only for the lines painted
    // or pointed at.
    void setLinkTest(std::function<bool(QStringView line)> isLink);
    bool isLinkLine(int line) const;

    // The selected lines, joined by line feeds.
    QString selectedText() const;

    // The match selected by the last find: byte offset in lines()->text(), or -1.
    qsizetype matchOffset() const { return m_matchOffset; }
    qsizetype matchLength() const { return m_matchLength; }

    QWidget* findView() const override;
    QString selectedLine() const override;
    bool findMatch(const QString& text, bool backward, bool inPlace) override;

signals:
    void lineClicked(int line, bool newTab);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    // The link line whose text (not its indentation or the blank after it) is at `position`
    // (viewport coordinates), or -1.
    int linkLineAt(const QPoint& position) const;
    // Enter (Ctrl+Enter) on a link line; false when the key is another or the line no link.
    bool isFollowKey(const QKeyEvent* event) const;

    TextLinesModel* m_model;
    std::shared_ptr<const TextLines> m_lines;
    qsizetype m_matchOffset = -1;
    qsizetype m_matchLength = 0;
    std::function<bool(QStringView line)> m_isLink;
};

} // namespace Ovh
