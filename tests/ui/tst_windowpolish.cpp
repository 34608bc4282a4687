// Everyday polish (issue 12 item 9): the Copy buttons say they copied, the schema Diagnostics
// box wraps its lines.

#include "callfixtures.h"
#include "operation/copyfeedback.h"
#include "operation/resultview.h"
#include "operation/snippetview.h"
#include "window/diagnosticsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Ovh;

class TestWindowPolish : public QObject
{
    Q_OBJECT

private slots:
    void resultCopySaysItCopied();
    void snippetCopySaysItCopied();
    void diagnosticsWrapLongLines();
};

void TestWindowPolish::resultCopySaysItCopied()
{
    ResultView view;
    view.showRunning(QStringLiteral("GET"), QStringLiteral("https://eu.api.ovh.com/1.0/auth/time"));
    CallResult result;
    result.status = 200;
    result.reason = QStringLiteral("OK");
    result.body = QByteArrayLiteral("1765055100");
    view.showResult(result);
    view.show();

    auto* copy = view.findChild<QPushButton*>(QStringLiteral("copyResultButton"));
    QVERIFY(copy);
    const QString label = copy->text();
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("1765055100"));
    QCOMPARE(copy->text(), QStringLiteral("C&opied"));
    // A second click while it says so keeps the button's own label to come back to.
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(copy->text(), QStringLiteral("C&opied"));
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), label, kCopiedFeedbackMs * 3);
}

void TestWindowPolish::snippetCopySaysItCopied()
{
    SnippetView view(SnippetLanguage::Python);
    CallRequest request;
    request.method = HttpMethod::Get;
    request.pathTemplate = QStringLiteral("/auth/time");
    request.path = request.pathTemplate;
    view.setRequest(request, OvhTest::eu());
    view.show();

    auto* copy = view.findChild<QPushButton*>(QStringLiteral("snippetCopy:python"));
    QVERIFY(copy);
    const QString label = copy->text();
    QTRY_VERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("/auth/time")));
    QCOMPARE(copy->text(), QStringLiteral("Copied"));
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), label, kCopiedFeedbackMs * 3);
}

void TestWindowPolish::diagnosticsWrapLongLines()
{
    DiagnosticsDialog dialog;
    Diagnostic diagnostic;
    diagnostic.product = QStringLiteral("/domain");
    diagnostic.location = QStringLiteral("apis[3].operations[0].parameters[2]");
    diagnostic.message = QStringLiteral("unknown type ") + QString(40, QLatin1Char('x'))
        + QStringLiteral(" treated as text; ") + QString(20, QLatin1Char('y'))
        + QStringLiteral(" and more words so the line is longer than the box is wide");
    dialog.setDiagnostics(QStringLiteral("OVH Europe"), { diagnostic });
    dialog.resize(420, 300);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("diagnosticsText"));
    QVERIFY(text);
    const QTextBlock first = text->document()->firstBlock();
    QVERIFY(first.text().contains(diagnostic.message));
    QTRY_VERIFY(first.layout() && first.layout()->lineCount() > 1);
}

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
