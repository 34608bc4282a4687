#pragma once

#include "operation/findbar.h"
#include "results/textlines.h"

#include <QListView>

#include <memory>

namespace Ovh {

class TextLinesModel;

// A large body, one row per line, painted (and coloured as JSON) only where visible: a million
// lines cost what the screen shows, not a laid-out document. Lines are selected whole; Ctrl+C
// copies them. Find searches the whole text (ASCII letters without case) and selects the line,
// marking the match in it.
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
    void setDark(bool dark);

    // The selected lines, joined by line feeds.
    QString selectedText() const;

    // The match selected by the last find: byte offset in lines()->text(), or -1.
    qsizetype matchOffset() const { return m_matchOffset; }
    qsizetype matchLength() const { return m_matchLength; }

    QWidget* findView() const override;
    QString selectedLine() const override;
    bool findMatch(const QString& text, bool backward, bool inPlace) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    TextLinesModel* m_model;
    std::shared_ptr<const TextLines> m_lines;
    qsizetype m_matchOffset = -1;
    qsizetype m_matchLength = 0;
};

} // namespace Ovh
