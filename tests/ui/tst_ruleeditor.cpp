// The rule editor of the login dialog: presets, rows added and removed, what it would request
// and why it cannot, the allowed IP blocks. A widget alone: no network, no keychain.
#include "auth/accessrules.h"
#include "auth/credentialadvice.h"
#include "login/ruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>

using namespace Ovh;

namespace {

template<typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestRuleEditor : public QObject
{
    Q_OBJECT

private slots:
    void ruleEditor();
};

void TestRuleEditor::ruleEditor()
{
    using CredentialAdvice::RulePreset;
    RuleEditor editor;
    editor.show();
    QSignalSpy changed(&editor, &RuleEditor::changed);
    auto* preset = child<QComboBox>(&editor, "rulePreset");
    auto* preview = child<QLabel>(&editor, "rulePreview");
    QVERIFY(preset && preview);
    const auto visibleRows = [&editor] {
        QList<QWidget*> rows;
        for (QWidget* row : editor.findChildren<QWidget*>(QStringLiteral("ruleRow"))) {
            if (row->isVisible())
                rows.append(row);
        }
        return rows;
    };

    // Read-only by default.
    QCOMPARE(editor.preset(), RulePreset::ReadOnly);
    QCOMPARE(editor.rules(), AccessRules::readOnly());
    QCOMPARE(preview->text(), QStringLiteral("Will request: GET /*"));
    QVERIFY(editor.isValid());

    // The current-operation preset is disabled until an operation is given.
    auto* model = qobject_cast<QStandardItemModel*>(preset->model());
    QVERIFY(model);
    const int opIndex = preset->findData(int(RulePreset::CurrentOperation));
    QVERIFY(!model->item(opIndex)->isEnabled());
    editor.setCurrentOperation(
        QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"));
    QVERIFY(model->item(opIndex)->isEnabled());
    QVERIFY(preset->itemText(opIndex).contains(QStringLiteral("POST /domain/zone/*/record")));
    editor.setPreset(RulePreset::CurrentOperation);
    QCOMPARE(editor.rules(),
        (CredentialRules { { QStringLiteral("POST"), QStringLiteral("/domain/zone/*/record") } }));

    // Full access: four rows.
    editor.setPreset(RulePreset::FullAccess);
    QCOMPARE(editor.rules(), AccessRules::fullAccess());
    QCOMPARE(visibleRows().size(), 4);
    QVERIFY(changed.size() > 0);

    // Editing a row switches to Custom; a path without '/' is marked with the reason.
    editor.setPreset(RulePreset::ReadOnly);
    QList<QWidget*> rows = visibleRows();
    QCOMPARE(rows.size(), 1);
    auto* path = child<QLineEdit>(rows.first(), "rulePath");
    auto* problem = child<QLabel>(rows.first(), "ruleProblem");
    path->setFocus();
    path->selectAll();
    QTest::keyClicks(path, QStringLiteral("domain"));
    QCOMPARE(editor.preset(), RulePreset::Custom);
    QVERIFY(problem->isVisible());
    QVERIFY2(
        problem->text().contains(QStringLiteral("starts with '/'")), qPrintable(problem->text()));
    QString reason;
    QVERIFY(!editor.isValid(&reason));
    QVERIFY2(reason.contains(QStringLiteral("starts with '/'")), qPrintable(reason));
    QVERIFY(editor.rules().isEmpty());
    // The preview never shows rights that cannot be requested: it says why instead.
    QVERIFY2(preview->text().startsWith(
                 QStringLiteral("Nothing can be requested yet: Right 1: a path starts with '/'")),
        qPrintable(preview->text()));

    // "And everything under it": /x and /x/*.
    path->selectAll();
    QTest::keyClicks(path, QStringLiteral("/domain"));
    QVERIFY(!problem->isVisible());
    QTest::mouseClick(child<QCheckBox>(rows.first(), "ruleRecursive"), Qt::LeftButton);
    QCOMPARE(editor.rules(),
        (CredentialRules { { QStringLiteral("GET"), QStringLiteral("/domain") },
            { QStringLiteral("GET"), QStringLiteral("/domain/*") } }));
    QCOMPARE(preview->text(), QStringLiteral("Will request: GET /domain, GET /domain/*"));

    // Add a row: blank, it is left out and is no error (nothing marked, still valid).
    QTest::mouseClick(child<QToolButton>(&editor, "addRuleButton"), Qt::LeftButton);
    rows = visibleRows();
    QCOMPARE(rows.size(), 2);
    QVERIFY(editor.isValid(&reason));
    QVERIFY(reason.isEmpty());
    QVERIFY(!child<QLabel>(rows.last(), "ruleProblem")->isVisible());
    QCOMPARE(editor.rules().size(), 2);
    QCOMPARE(preview->text(), QStringLiteral("Will request: GET /domain, GET /domain/*"));
    // Something typed that is not a path: marked, and the preview says why.
    QTest::keyClicks(child<QLineEdit>(rows.last(), "rulePath"), QStringLiteral("me"));
    QVERIFY(!editor.isValid(&reason));
    QVERIFY2(
        reason.startsWith(QStringLiteral("Right 2: a path starts with '/'")), qPrintable(reason));
    QVERIFY(child<QLabel>(rows.last(), "ruleProblem")->isVisible());
    QCOMPARE(preview->text(), QStringLiteral("Nothing can be requested yet: %1").arg(reason));
    child<QLineEdit>(rows.last(), "rulePath")->clear();
    QVERIFY(editor.isValid());
    // Every row blank: nothing to request, and the preview says so.
    {
        RuleEditor blank;
        blank.show();
        QTest::mouseClick(child<QToolButton>(&blank, "addRuleButton"), Qt::LeftButton);
        const QList<QLineEdit*> paths = blank.findChildren<QLineEdit*>(QStringLiteral("rulePath"));
        QCOMPARE(paths.size(), 2);
        for (QLineEdit* each : paths)
            each->clear();
        QTest::keyClick(paths.first(), Qt::Key_Space); // an edit: the editor looks again
        QVERIFY(!blank.isValid(&reason));
        QCOMPARE(reason, QStringLiteral("Add at least one right."));
        QCOMPARE(child<QLabel>(&blank, "rulePreview")->text(),
            QStringLiteral("Nothing can be requested yet: Add at least one right."));
    }

    // Fill it: POST /me.
    child<QComboBox>(rows.last(), "ruleMethod")->setCurrentText(QStringLiteral("POST"));
    QTest::keyClicks(child<QLineEdit>(rows.last(), "rulePath"), QStringLiteral("/me"));
    QVERIFY(
        editor.rules().contains(CredentialRule { QStringLiteral("POST"), QStringLiteral("/me") }));
    QVERIFY(editor.isValid());

    // The keyboard walks the rows in order, then to the add button and the IPs.
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    preset->setFocus();
    QCOMPARE(QApplication::focusWidget(), preset);
    const QStringList expectedFocus { QStringLiteral("ruleMethod"), QStringLiteral("rulePath"),
        QStringLiteral("ruleRecursive"), QStringLiteral("removeRuleButton"),
        QStringLiteral("ruleMethod"), QStringLiteral("rulePath"), QStringLiteral("ruleRecursive"),
        QStringLiteral("removeRuleButton"), QStringLiteral("addRuleButton"),
        QStringLiteral("allowedIps") };
    QStringList focused;
    for (int i = 0; i < expectedFocus.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        focused.append(
            QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
    }
    QCOMPARE(focused, expectedFocus);

    // Remove it again.
    QTest::mouseClick(child<QToolButton>(rows.last(), "removeRuleButton"), Qt::LeftButton);
    QCOMPARE(visibleRows().size(), 1);
    QCOMPARE(editor.rules().size(), 2);

    // setRules shows pairs as one recursive row and finds the preset.
    const CredentialRules mixed { { QStringLiteral("GET"), QStringLiteral("/ip/*") },
        { QStringLiteral("GET"), QStringLiteral("/ip") },
        { QStringLiteral("post"), QStringLiteral("/me") } };
    editor.setRules(mixed);
    rows = visibleRows();
    QCOMPARE(rows.size(), 2);
    QVERIFY(child<QCheckBox>(rows.first(), "ruleRecursive")->isChecked());
    QCOMPARE(child<QLineEdit>(rows.first(), "rulePath")->text(), QStringLiteral("/ip"));
    QCOMPARE(editor.preset(), RulePreset::Custom);
    QCOMPARE(editor.rules(),
        (CredentialRules { { QStringLiteral("GET"), QStringLiteral("/ip") },
            { QStringLiteral("GET"), QStringLiteral("/ip/*") },
            { QStringLiteral("POST"), QStringLiteral("/me") } }));
    CredentialRules full = AccessRules::fullAccess();
    std::reverse(full.begin(), full.end());
    editor.setRules(full);
    QCOMPARE(editor.preset(), RulePreset::FullAccess);
    editor.setRules({ AccessRules::forOperation(
        QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record")) });
    QCOMPARE(editor.preset(), RulePreset::CurrentOperation);

    // Allowed IPs, validated loosely.
    auto* ips = child<QLineEdit>(&editor, "allowedIps");
    auto* ipsProblem = child<QLabel>(&editor, "allowedIpsProblem");
    QTest::keyClicks(ips, QStringLiteral("192.0.2.0/24, nope"));
    QVERIFY(!editor.isValid(&reason));
    QVERIFY2(reason.contains(QStringLiteral("nope")), qPrintable(reason));
    // Said once, in the preview right under the field…
    QCOMPARE(preview->text(), QStringLiteral("Nothing can be requested yet: %1").arg(reason));
    QVERIFY(!ipsProblem->isVisible());
    // …and under the field too when the preview has a right to complain about first.
    rows = visibleRows();
    auto* firstPath = child<QLineEdit>(rows.first(), "rulePath");
    const QString kept = firstPath->text();
    firstPath->selectAll();
    QTest::keyClicks(firstPath, QStringLiteral("ip"));
    QVERIFY(preview->text().contains(QStringLiteral("Right 1")));
    QVERIFY(ipsProblem->isVisible());
    QVERIFY(ipsProblem->text().contains(QStringLiteral("nope")));
    firstPath->selectAll();
    QTest::keyClicks(firstPath, kept);
    ips->clear();
    QTest::keyClicks(ips, QStringLiteral("192.0.2.0/24 2001:db8::/32"));
    QVERIFY(!ipsProblem->isVisible());
    QVERIFY(editor.isValid());
    QCOMPARE(editor.allowedIPs(),
        (QStringList { QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/32") }));
}

QTEST_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
