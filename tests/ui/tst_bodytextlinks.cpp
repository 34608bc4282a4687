// Links in the small-body text view (issue 13 item 2, the parts left): an id list's ids and the
// values of linked keys, another product's included, look like links in the Body's text, show
// a hand, and open their operation on a click or Enter (Ctrl: in a new tab), as in the Tree.
#include "windowtestcase.h"

#include "resultfixtures.h"

#include "operation/operationview.h"
#include "operation/resultview.h"
#include "window/operationtabs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Ovh;
using namespace OvhTest;
using namespace Qt::StringLiterals;

namespace {

// Where the text of `line` shows `text`: the middle of its first character, in the viewport.
QPoint pointOn(QPlainTextEdit* body, int line, const QString& text)
{
    const QTextBlock block = body->document()->findBlockByNumber(line);
    const int column = int(block.text().indexOf(text));
    if (column < 0)
        return QPoint(-1, -1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + column);
    const QRect left = body->cursorRect(cursor);
    cursor.setPosition(block.position() + column + 1);
    return QPoint((left.x() + body->cursorRect(cursor).x()) / 2, left.center().y());
}

// The text of `line` painted as a link: underlined in the palette's link colour.
QString linkedText(QPlainTextEdit* body, int line)
{
    const QTextBlock block = body->document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.format.fontUnderline()
            && range.format.foreground().color() == body->palette().color(QPalette::Link))
            return block.text().mid(range.start, range.length);
    }
    return QString();
}

void putCursorOn(QPlainTextEdit* body, int line)
{
    body->setFocus();
    body->setTextCursor(QTextCursor(body->document()->findBlockByNumber(line)));
}

} // namespace

class TestBodyTextLinks final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void idListIds();
    void keyedValues();

private:
    std::unique_ptr<MainWindow> shown(const QString& operation, const QJsonObject& values,
        const QByteArray& body, OperationView** view, QPlainTextEdit** text);
};

std::unique_ptr<MainWindow> TestBodyTextLinks::shown(const QString& operation,
    const QJsonObject& values, const QByteArray& body, OperationView** view, QPlainTextEdit** text)
{
    auto window = makeWindow();
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    waitLoaded(*window);
    if (!window->openOperation(operation))
        return nullptr;
    *view = window->operationTabs()->currentView();
    (*view)->setFormValues(values);
    (*view)->showStoredResult(okAnswer(body));
    *text = (*view)->findChild<QPlainTextEdit*>(u"resultBody"_s);
    return *text && (*text)->isVisible() ? std::move(window) : nullptr;
}

void TestBodyTextLinks::idListIds()
{
    OperationView* view = nullptr;
    QPlainTextEdit* body = nullptr;
    auto window = shown(
        kListOperation, { { u"path/zoneName"_s, kZone } }, "[1001, 5089921234]", &view, &body);
    QVERIFY(window);
    OperationTabs* tabs = window->operationTabs();
    QCOMPARE(body->toPlainText(), u"[\n    1001,\n    5089921234\n]"_s);

    // The look: each id a link, not its comma, nor the brackets.
    QCOMPARE(linkedText(body, 1), u"1001"_s);
    QCOMPARE(linkedText(body, 2), u"5089921234"_s);
    QCOMPARE(linkedText(body, 0), QString());
    QVERIFY(!window->grab().isNull());
    view->findChild<ResultView*>()->grab().save(u"/tmp/i13-body-id-links.png"_s);

    // A hand over an id, none over a bracket.
    QVERIFY(handAt(body->viewport(), pointOn(body, 1, u"1001"_s)));
    QVERIFY(!handAt(body->viewport(), pointOn(body, 0, u"["_s)));

    // Ctrl+click: the detail in a new tab, the zone carried over.
    QTest::mouseClick(
        body->viewport(), Qt::LeftButton, Qt::ControlModifier, pointOn(body, 2, u"5089921234"_s));
    QTRY_COMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentOperation(), kDetailOperation);
    QCOMPARE(fieldText(tabs->currentView(), u"field:zoneName"_s), kZone);
    QCOMPARE(fieldText(tabs->currentView(), u"field:id"_s), u"5089921234"_s);

    // Ctrl+Enter on a line: another new tab, not the window's Execute.
    tabs->setCurrentIndex(0);
    putCursorOn(body, 1);
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(tabs->count(), 3);
    QCOMPARE(fieldText(tabs->currentView(), u"field:id"_s), u"1001"_s);
    QVERIFY(!view->isRunning());

    // Enter on a bracket: nothing. Enter on an id: in the list's own tab.
    tabs->setCurrentIndex(0);
    putCursorOn(body, 0);
    QTest::keyClick(body, Qt::Key_Return);
    QCOMPARE(tabs->operationAt(0), kListOperation);
    putCursorOn(body, 2);
    QTest::keyClick(body, Qt::Key_Enter, Qt::KeypadModifier);
    QTRY_COMPARE(tabs->operationAt(0), kDetailOperation);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(fieldText(tabs->currentView(), u"field:id"_s), u"5089921234"_s);
}

// A cloud project's answer: its orderId leads to /me's order (another product), its own
// serviceName nowhere new, a description nowhere.
void TestBodyTextLinks::keyedValues()
{
    OperationView* view = nullptr;
    QPlainTextEdit* body = nullptr;
    auto window
        = shown(u"GET /cloud/project/{serviceName}"_s, { { u"path/serviceName"_s, u"p-1"_s } },
            R"({"description": "demo", "orderId": 4242, "project_id": "p-1"})", &view, &body);
    QVERIFY(window);
    OperationTabs* tabs = window->operationTabs();
    const QStringList lines = body->toPlainText().split(u'\n');
    const int order = int(lines.indexOf(u"    \"orderId\": 4242,"_s));
    QVERIFY2(order > 0, qPrintable(body->toPlainText()));
    QCOMPARE(linkedText(body, order), u"4242"_s); // the value, not its key
    for (int line = 0; line < lines.size(); ++line) {
        if (line != order)
            QCOMPARE(linkedText(body, line), QString());
    }
    view->findChild<ResultView*>()->grab().save(u"/tmp/i13-body-key-links.png"_s);
    QVERIFY(!handAt(body->viewport(), pointOn(body, order, u"orderId"_s)));
    QVERIFY(handAt(body->viewport(), pointOn(body, order, u"4242"_s)));

    // A click on the key is no click on the link; on the value it is.
    QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, pointOn(body, order, u"orderId"_s));
    QTest::qWait(50);
    QCOMPARE(tabs->currentOperation(), u"GET /cloud/project/{serviceName}"_s);
    QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, pointOn(body, order, u"4242"_s));
    QTRY_COMPARE(tabs->currentOperation(), u"GET /me/order/{orderId}"_s);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(fieldText(tabs->currentView(), u"field:orderId"_s), u"4242"_s);
}

QTEST_MAIN(TestBodyTextLinks)
#include "tst_bodytextlinks.moc"
