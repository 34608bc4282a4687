#pragma once

#include "net/callresult.h"
#include "results/objectrow.h"

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QDateTime;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;
QT_END_NAMESPACE

namespace Ovh {

class BodyLinesView;
class FindBar;
class FlowLayout;
class GuidanceBar;
class JsonHighlighter;
class JsonTreeModel;
class LineClicks;
class MessageBar;
class ObjectTableView;

// The name Save proposes for an answer: "GET_domain_zone_zoneName_record_2026-12-06_2105.json"
// from the method, the path template and the local time; only letters, digits, '-', '.' and
// '_', so it is a legal file name everywhere.
QString resultFileName(const QString& method, const QString& pathTemplate, const QDateTime& at);

// The Result tab: status, elapsed time, query id, the body pretty-printed and as a tree, the
// response headers and the request as sent (signature headers redacted). OVH errors and
// failures show in a message bar above.
class ResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultView)

public:
    // A body larger than this shows in a BodyLinesView, indented off the GUI thread; smaller
    // ones in a text view, coloured as a whole.
    static constexpr qsizetype LargeBodyBytes = 64 * 1024;

    explicit ResultView(QWidget* parent = nullptr);

    void clear();
    // `pathTemplate` ("/domain/zone/{zoneName}/record") names the file Save proposes.
    void showRunning(const QString& method, const QString& url, const QString& pathTemplate);
    void showResult(const CallResult& result);
    const CallResult& result() const { return m_result; }
    QTreeView* treeView() const { return m_tree; }
    // Body, Tree, Table, Headers, Request sent: the answer's views.
    QTabWidget* viewTabs() const { return m_tabs; }
    // A bar of another part under the status line (the schema's word on the answer), kept.
    void addNote(QWidget* note);
    // The body as shown: pretty JSON, or the bytes as text.
    QString bodyText() const;
    // True while a large body is being indented for the Body tab.
    bool isFormatting() const { return m_formatting; }
    // What to do about the result shown ("Your consumer key is no longer valid" + "Log in
    // again\u2026"), under the error; cleared with the result.
    void setGuidance(const QString& text, const QString& action);
    // A bar of actions on the answer (pagination, Fetch all…), above the body tabs.
    void addResultBar(QWidget* bar);
    // The Table tab: shown for an answer that is an array of objects; showRows() fills it with
    // other rows (the details fetched for an id list) and brings it to the front.
    ObjectTableView* tableView() const { return m_table; }
    void showRows(const ObjectRows& rows);
    // A control of the caller's on the status line, before Copy ("Compare with…").
    void addSummaryWidget(QWidget* widget);
    // Which lines of the Body are links, from their text (see readJsonLine): their value
    // painted as a link, a hand over it, a click on it or Enter on its line emits
    // bodyLineClicked. Null: none. Kept until the next call.
    void setBodyLinks(std::function<bool(QStringView line)> isLink);
    // The text of line `line` (0 = the first) of the Body as shown; empty past its end.
    QString bodyLine(int line) const;

signals:
    void guidanceActivated();
    // A click on the value of link line `line` (0 = the first) of the Body, or Enter on it;
    // `newTab`: Ctrl held.
    void bodyLineClicked(int line, bool newTab);
    // The Body tab shows the whole of the current body (at once for a small one, after
    // indenting for a large one).
    void bodyShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showBody(const CallResult& result);
    void showTree();
    void copyBody();
    void saveBody();
    void applyPalette();

    CallResult m_result;
    QString m_method;
    QString m_pathTemplate;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    MessageBar* m_message;
    GuidanceBar* m_guidance;
    QLabel* m_status;
    QLabel* m_elapsed;
    QLabel* m_queryId;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_showRequest;
    QTabWidget* m_tabs;
    QStackedWidget* m_bodyStack;
    QPlainTextEdit* m_body;
    LineClicks* m_bodyClicks;
    BodyLinesView* m_lines;
    FindBar* m_find;
    quint64 m_bodyGeneration = 0; // drops the indenting of a body no longer shown
    bool m_formatting = false;
    bool m_treePending = false; // the tree of a large body waits for its tab
    QTreeView* m_tree;
    QPlainTextEdit* m_headers;
    QPlainTextEdit* m_request;
    JsonHighlighter* m_bodyHighlighter;
    JsonHighlighter* m_requestHighlighter;
    JsonTreeModel* m_treeModel;
    ObjectTableView* m_table;
    FlowLayout* m_summary = nullptr;
};

} // namespace Ovh
