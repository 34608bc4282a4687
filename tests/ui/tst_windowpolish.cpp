// Everyday polish (issue 12 item 9): the Copy buttons say they copied, Save proposes a file name
// from the operation and time, the schema Diagnostics box wraps its lines.

#include "callfixtures.h"
#include "operation/copyfeedback.h"
#include "operation/resultview.h"
#include "operation/snippetview.h"
#include "window/diagnosticsdialog.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
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
    void resultFileNameFromOperationAndTime_data();
    void resultFileNameFromOperationAndTime();
    void resultCopySaysItCopied();
    void snippetCopySaysItCopied();
    void diagnosticsWrapLongLines();
    void firstWindowFitsTheAvailableArea_data();
    void firstWindowFitsTheAvailableArea();
};

void TestWindowPolish::resultFileNameFromOperationAndTime_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("expected");

    QTest::newRow("placeholders") << "GET"
                                  << "/domain/zone/{zoneName}/record"
                                  << "GET_domain_zone_zoneName_record_2026-12-06_2105.json";
    QTest::newRow("short") << "POST"
                           << "/auth/time"
                           << "POST_auth_time_2026-12-06_2105.json";
    QTest::newRow("v2 path") << "DELETE"
                             << "/iam/policy/{policyId}"
                             << "DELETE_iam_policy_policyId_2026-12-06_2105.json";
    // Characters no file system takes (and spaces, non-ASCII) become one '_'.
    QTest::newRow("illegal characters") << "GET"
                                        << "/a b/c:d*e?f\"g<h>i|j\\k/\u00e9t\u00e9/"
                                        << "GET_a_b_c_d_e_f_g_h_i_j_k_t_2026-12-06_2105.json";
    QTest::newRow("no leading dot") << ""
                                    << "/.hidden"
                                    << "hidden_2026-12-06_2105.json";
    QTest::newRow("nothing known") << ""
                                   << ""
                                   << "answer_2026-12-06_2105.json";
}

void TestWindowPolish::resultFileNameFromOperationAndTime()
{
    QFETCH(QString, method);
    QFETCH(QString, pathTemplate);
    QFETCH(QString, expected);
    const QDateTime at(QDate(2026, 12, 6), QTime(21, 5, 59));
    QCOMPARE(resultFileName(method, pathTemplate, at), expected);
}

void TestWindowPolish::resultCopySaysItCopied()
{
    ResultView view;
    view.showRunning(QStringLiteral("GET"), QStringLiteral("https://eu.api.ovh.com/1.0/auth/time"),
        QStringLiteral("/auth/time"));
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

void TestWindowPolish::firstWindowFitsTheAvailableArea_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");

    QTest::newRow("full HD") << QRect(0, 0, 1920, 1040) << QRect(320, 120, 1280, 800);
    // 1366x768 with a 27 px top panel: 1280x741 (the old size) left no room for the title bar.
    QTest::newRow("laptop with a panel") << QRect(0, 27, 1366, 741) << QRect(69, 64, 1229, 667);
    QTest::newRow("second screen") << QRect(1920, 0, 2560, 1400) << QRect(2560, 300, 1280, 800);
    QTest::newRow("small") << QRect(0, 0, 800, 600) << QRect(40, 30, 720, 540);
}

void TestWindowPolish::firstWindowFitsTheAvailableArea()
{
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    const QRect geometry = firstWindowGeometry(available);
    QCOMPARE(geometry, expected);
    // Room is left inside the available area for the frame the window manager adds.
    QVERIFY(available.contains(geometry));
    QVERIFY(geometry.height() < available.height());
}

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
