// The login dialog at its default size (issue 12 item 9): every rule row and "Add a right"
// stay visible and apart, whatever the preset, on the Request access and Create pages.
#include "loginfixture.h"

#include "login/ruleeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>

using namespace Ovh;
using namespace OvhTest;
using Ovh::CredentialAdvice::RulePreset;

class TestLoginSizing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture.setUp(); }
    void init() { m_fixture.startTest(false); }
    void cleanupTestCase() { m_fixture.tearDown(); }
    void addRightStaysVisible_data();
    void addRightStaysVisible();

private:
    LoginFixture m_fixture;
};

void TestLoginSizing::addRightStaysVisible_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("extraRows");
    QTest::newRow("full access") << false << int(RulePreset::FullAccess) << 0;
    QTest::newRow("full access, sandbox") << true << int(RulePreset::FullAccess) << 0;
    QTest::newRow("read-only + 2 rows") << false << int(RulePreset::ReadOnly) << 2;
    QTest::newRow("read-only + 2 rows, sandbox") << true << int(RulePreset::ReadOnly) << 2;
}

void TestLoginSizing::addRightStaysVisible()
{
    QFETCH(bool, demo);
    QFETCH(int, preset);
    QFETCH(int, extraRows);
    LoginDialog::Request request
        = m_fixture.demoRequest(QStringLiteral("default"), LoginPlan::Page::RequestAccess);
    request.demo = demo;
    if (!demo)
        request.endpoint = *Endpoint::byName(u"ovh-eu");
    request.replacingKey = true; // the warning above the form takes room too
    request.operationMethod = QStringLiteral("POST");
    request.operationPath = QStringLiteral("/domain/zone/{zoneName}/record");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::RequestAccess);
    // The Request access page's editor (the Create page has one too).
    RuleEditor* editor = nullptr;
    for (RuleEditor* candidate : dialog.findChildren<RuleEditor*>())
        if (candidate->isVisible())
            editor = candidate;
    QVERIFY(editor);
    editor->setPreset(RulePreset(preset));
    auto* add = editor->findChild<QToolButton*>(QStringLiteral("addRuleButton"));
    for (int i = 0; i < extraRows; ++i)
        add->click();
    QApplication::processEvents();
    // OVH_SHOTS_DIR: what it looks like, for a person to review.
    const QString shots = qEnvironmentVariable("OVH_SHOTS_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(shots + QLatin1Char('/')
            + QString::fromLatin1(QTest::currentDataTag())
                  .replace(QLatin1Char(' '), QLatin1Char('_'))
            + QStringLiteral(".png"));

    // "Add a right" shows whole inside the dialog, below the rows' area and overlapping none.
    const QRect addRect(add->mapTo(&dialog, QPoint(0, 0)), add->size());
    QVERIFY(add->isVisible());
    QVERIFY2(dialog.rect().contains(addRect), "Add a right is cut off");
    auto* rows = editor->findChild<QScrollArea*>(QStringLiteral("ruleRows"));
    QVERIFY(rows);
    const QRect rowsRect(rows->mapTo(&dialog, QPoint(0, 0)), rows->size());
    QVERIFY2(rowsRect.bottom() < addRect.top(),
        qPrintable(QStringLiteral("rows end at %1, Add a right starts at %2")
                       .arg(rowsRect.bottom())
                       .arg(addRect.top())));
    // Every row is reachable: shown whole, or the rows' area scrolls to it.
    const QList<QWidget*> ruleRows = editor->findChildren<QWidget*>(QStringLiteral("ruleRow"));
    QVERIFY(ruleRows.size() >= 3);
    for (QWidget* row : ruleRows) {
        const QRect rowRect(row->mapTo(&dialog, QPoint(0, 0)), row->size());
        const QRect shown = rowRect.intersected(rowsRect);
        QVERIFY2(!shown.intersects(addRect), "a rule row covers Add a right");
        QVERIFY2(rowRect.height() >= row->minimumSizeHint().height(),
            qPrintable(QStringLiteral("a row squeezed to %1 px").arg(rowRect.height())));
    }
    // At the default size the first three rows show without scrolling.
    for (int i = 0; i < 3; ++i) {
        QWidget* row = ruleRows.at(i);
        const QRect rowRect(row->mapTo(&dialog, QPoint(0, 0)), row->size());
        QVERIFY2(rowsRect.contains(rowRect),
            qPrintable(QStringLiteral("row %1 is not fully shown").arg(i + 1)));
    }
}

QTEST_MAIN(TestLoginSizing)
#include "tst_loginsizing.moc"
