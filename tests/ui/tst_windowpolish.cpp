// Everyday polish (issue 12 item 9): the schema Diagnostics box wraps its lines.

#include "window/diagnosticsdialog.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Ovh;

class TestWindowPolish : public QObject
{
    Q_OBJECT

private slots:
    void diagnosticsWrapLongLines();
};

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
