// "Fill from example" in the form (issue 14): the named request examples of a v2 operation
// (Operation::examples, read from the OpenAPI document) fill the body in one click, or from a
// menu when there are several; an operation without any has no button.
#include "schemafixtures.h"
#include "v2fixtures.h"

#include "operation/parameterform.h"

#include <QAction>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace Ovh;

class TestFillExample final : public QObject
{
    Q_OBJECT

private slots:
    void oneExampleOneClick();
    void severalExamplesInAMenu();
    void noExampleNoButton();
};

void TestFillExample::oneExampleOneClick()
{
    const OvhTest::ExampleOperation policy = OvhTest::policyCreation();
    QCOMPARE(policy.examples.size(), 1);
    const QJsonValue example = OvhTest::exampleValue(policy.examples[0].json);
    ParameterForm form;
    form.setOperation(policy.product, policy.operation);
    form.show();
    QVERIFY(form.request().body.isUndefined() || form.request().body != example);
    auto* button = form.findChild<QToolButton*>(QStringLiteral("fillFromExampleButton"));
    QVERIFY(button);
    QVERIFY(!button->menu());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(form.request().body, example);
    QVERIFY(form.errors().isEmpty());
}

void TestFillExample::severalExamplesInAMenu()
{
    const OvhTest::ExampleOperation vrack = OvhTest::vrackResourceUpdate();
    QCOMPARE(vrack.examples.size(), 4);
    ParameterForm form;
    form.setOperation(vrack.product, vrack.operation);
    auto* button = form.findChild<QToolButton*>(QStringLiteral("fillFromExampleButton"));
    QVERIFY(button && button->menu());
    QCOMPARE(button->menu()->actions().size(), 4);
    // Each one fills the body with its own value, replacing the one before.
    for (const OperationExample& example : vrack.examples) {
        auto* action
            = button->menu()->findChild<QAction*>(QLatin1String("example:") + example.name);
        QVERIFY2(action, qPrintable(example.name));
        action->trigger();
        QCOMPARE(form.request().body, OvhTest::exampleValue(example.json));
    }
    if (const QString shots = qEnvironmentVariable("OVH_SCREENSHOT_DIR"); !shots.isEmpty()) {
        form.resize(900, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.grab().save(shots + QLatin1String("/fill-from-example.png")));
    }
}

void TestFillExample::noExampleNoButton()
{
    const Product iam = OvhTest::realV2Product(QStringLiteral("iam"));
    const Operation* list
        = OvhTest::findOperation(iam, HttpMethod::Get, QStringLiteral("/iam/policy"));
    QVERIFY(list);
    ParameterForm form;
    form.setOperation(iam, *list);
    QVERIFY(!form.findChild<QToolButton*>(QStringLiteral("fillFromExampleButton")));
}

QTEST_MAIN(TestFillExample)
#include "tst_fillexample.moc"
