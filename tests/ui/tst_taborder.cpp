// Fields made after the form is built take their place in the Tab order (issue 15 item 5, the
// part left): an array's new element, a map's new entry, a nested model opened, the elements a
// remembered value brings back. Tab from the new field reaches the next fields in the order they
// show and finally Execute; Shift+Tab walks the same way back.
#include "operationviewtestcase.h"

#include "operation/parameterform.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

// POST /test/{name} with a body of a list, a map, a nested model and a last field.
struct TestSchema
{
    Product product;
    Operation operation;
};

Property property(const QString& name, const QString& type)
{
    Property made;
    made.name = name;
    made.type = parseTypeSyntax(type);
    made.rawType = type;
    made.fullType = type;
    return made;
}

const TestSchema& schema()
{
    static const TestSchema built = [] {
        TestSchema schema;
        schema.product.path = QStringLiteral("/test");
        Model nested;
        nested.key = nested.id = QStringLiteral("test.Nested");
        nested.properties = { property(QStringLiteral("a"), QStringLiteral("string")),
            property(QStringLiteral("b"), QStringLiteral("long[]")) };
        schema.product.models.insert(nested.key, nested);
        schema.operation.method = HttpMethod::Post;
        schema.operation.path = QStringLiteral("/test/{name}");
        const auto parameter
            = [&schema](const QString& name, ParamLocation location, const QString& type) {
                  Parameter made;
                  made.name = name;
                  made.location = location;
                  made.required = location == ParamLocation::Path;
                  made.type = schema.product.resolveType(type);
                  return made;
              };
        schema.operation.parameters = {
            parameter(QStringLiteral("name"), ParamLocation::Path, QStringLiteral("string")),
            parameter(QStringLiteral("tags"), ParamLocation::Body, QStringLiteral("string[]")),
            parameter(
                QStringLiteral("labels"), ParamLocation::Body, QStringLiteral("map[string]string")),
            parameter(QStringLiteral("nested"), ParamLocation::Body, QStringLiteral("test.Nested")),
            parameter(QStringLiteral("last"), ParamLocation::Body, QStringLiteral("string")),
        };
        schema.product.paths.append({ schema.operation.path, QString(), { schema.operation } });
        return schema;
    }();
    return built;
}

// How a test names a tab stop: its object name, else what a screen reader says of it.
QString stopName(const QWidget* widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    return widget->objectName().isEmpty() ? widget->accessibleName() : widget->objectName();
}

QString focusName()
{
    return stopName(QApplication::focusWidget());
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClick(target, key, modifiers);
}

// The stops Tab (or Shift+Tab) reaches from the focus, until `last` or `limit` presses.
QStringList walk(const QString& last, Qt::KeyboardModifiers modifiers, int limit = 20)
{
    QStringList walked;
    for (int i = 0; i < limit && focusName() != last; ++i) {
        press(Qt::Key_Tab, modifiers);
        walked << focusName();
    }
    return walked;
}

} // namespace

class TestTabOrder final : public OperationViewTestCase
{
    Q_OBJECT

private slots:
    void builtFormIsInOrder();
    void newFieldsTakeTheirPlace_data();
    void newFieldsTakeTheirPlace();

private:
    // A shown, active view on the test operation, `name` filled (so Execute is enabled).
    std::unique_ptr<OperationView> openTestForm();
};

std::unique_ptr<OperationView> TestTabOrder::openTestForm()
{
    auto view = makeView();
    view->showOperation(schema().product, schema().operation);
    view->activateWindow();
    [&] { QVERIFY(QTest::qWaitForWindowActive(view.get())); }();
    QTest::keyClicks(
        child<QLineEdit>(view->form(), QStringLiteral("field:name")), QStringLiteral("alpha"));
    [&] { QTRY_VERIFY(view->executeAction()->isEnabled()); }();
    return view;
}

void TestTabOrder::builtFormIsInOrder()
{
    // The form as built: its fields in their order, then Execute.
    auto view = openTestForm();
    child<QLineEdit>(view->form(), QStringLiteral("field:name"))->setFocus(Qt::TabFocusReason);
    const QStringList walked = walk(QStringLiteral("executeButton"), Qt::NoModifier);
    QCOMPARE(walked,
        (QStringList { QStringLiteral("add:tags"), QStringLiteral("add:labels"),
            QStringLiteral("toggle:nested"), QStringLiteral("field:last"),
            QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("executeButton") }));
}

void TestTabOrder::newFieldsTakeTheirPlace_data()
{
    QTest::addColumn<QStringList>("keys"); // "object name:key" pressed in turn, or "restore"
    QTest::addColumn<QString>("focused"); // where the focus is then
    QTest::addColumn<QStringList>("next"); // what Tab reaches from there, Execute last

    const QStringList tail { QStringLiteral("add:labels"), QStringLiteral("toggle:nested"),
        QStringLiteral("field:last"), QStringLiteral("qt_tabwidget_tabbar"),
        QStringLiteral("executeButton") };
    QTest::newRow("array element added")
        << QStringList { QStringLiteral("add:tags") } << QStringLiteral("field:tags[0]")
        << QStringList { QStringLiteral("remove:tags[0]"), QStringLiteral("add:tags") } + tail;
    QTest::newRow("second element")
        << QStringList { QStringLiteral("add:tags"), QStringLiteral("add:tags") }
        << QStringLiteral("field:tags[1]")
        << QStringList { QStringLiteral("remove:tags[1]"), QStringLiteral("add:tags") } + tail;
    QTest::newRow("map entry added")
        << QStringList { QStringLiteral("add:labels") } << QStringLiteral("key:labels")
        << QStringList { QStringLiteral("field:labels.*"), QStringLiteral("Remove this entry"),
               QStringLiteral("add:labels") }
            + tail.mid(1);
    QTest::newRow("nested model opened")
        << QStringList { QStringLiteral("toggle:nested") } << QStringLiteral("toggle:nested")
        << QStringList { QStringLiteral("field:nested.a"), QStringLiteral("add:nested.b") }
            + tail.mid(2);
    QTest::newRow("element in an opened model")
        << QStringList { QStringLiteral("toggle:nested"), QStringLiteral("add:nested.b") }
        << QStringLiteral("field:nested.b[0]")
        << QStringList { QStringLiteral("remove:nested.b[0]"), QStringLiteral("add:nested.b") }
            + tail.mid(2);
    QTest::newRow("elements restored")
        << QStringList { QStringLiteral("restore") } << QStringLiteral("field:tags[0]")
        << QStringList { QStringLiteral("remove:tags[0]"), QStringLiteral("field:tags[1]"),
               QStringLiteral("remove:tags[1]"), QStringLiteral("add:tags") }
            + tail;
}

void TestTabOrder::newFieldsTakeTheirPlace()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, focused);
    QFETCH(QStringList, next);
    auto view = openTestForm();
    for (const QString& key : keys) {
        if (key == QLatin1String("restore")) {
            // What the form remembered of this operation comes back, a list of two included.
            view->setFormValues(
                QJsonObject { { QStringLiteral("path/name"), QStringLiteral("alpha") },
                    { QStringLiteral("body/tags"),
                        QJsonArray { QStringLiteral("x"), QStringLiteral("y") } } });
            QWidget* first = child<QWidget>(view->form(), focused);
            QTRY_VERIFY(first->isVisible());
            first->setFocus(Qt::TabFocusReason);
            continue;
        }
        // By keyboard: the button takes the focus, Space presses it.
        child<QWidget>(view->form(), key)->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Space);
        // The new row shows once the event loop runs, as it does before the next key.
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->isVisible());
    }
    QCOMPARE(focusName(), focused);
    const QStringList walked = walk(QStringLiteral("executeButton"), Qt::NoModifier);
    QCOMPARE(walked.join(QStringLiteral(", ")), next.join(QStringLiteral(", ")));
    // And back, the same way.
    QStringList back = walk(focused, Qt::ShiftModifier);
    std::reverse(back.begin(), back.end());
    QCOMPARE(back.join(QStringLiteral(", ")),
        (QStringList { focused } + next.mid(0, next.size() - 1)).join(QStringLiteral(", ")));
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
