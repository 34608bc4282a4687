// A tab restored with its values (a restart, a duplicate) builds its form once, straight with
// those values (issue 12: it was built, then rebuilt by setFormValues()). The values are exactly
// the tab's (a path field it left empty is not filled from the recent values), remembered for
// the operation, and the recent values are bound to the fields the person sees: offered there,
// and what is typed there follows to the next operation.
#include "windowtestcase.h"

#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "settings/explorersettings.h"
#include "window/operationtabs.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString records = QStringLiteral("GET /domain/zone/{zoneName}/record");
const QString record = QStringLiteral("GET /domain/zone/{zoneName}/record/{id}");
const QString refresh = QStringLiteral("POST /domain/zone/{zoneName}/refresh");

QLineEdit* field(MainWindow& window, const QString& name)
{
    return window.operationTabs()->currentView()->form()->findChild<QLineEdit*>(
        QStringLiteral("field:") + name);
}

// Calls `painted` at each paint of `widget`.
class PaintProbe final : public QObject
{
public:
    PaintProbe(QWidget* widget, std::function<void()> painted)
        : m_painted(std::move(painted))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_painted;
};

QStringList offered(MainWindow& window, const QString& name)
{
    const QCompleter* completer = field(window, name)->completer();
    const auto* model = completer ? qobject_cast<QStringListModel*>(completer->model()) : nullptr;
    return model ? model->stringList() : QStringList();
}

void type(MainWindow& window, const QString& name, const QString& text)
{
    QLineEdit* edit = field(window, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestRestoredTabForm final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void duplicateKeepsValuesAndBinding();
    void restoredFormComesAfterTheTreePainted();
};

void TestRestoredTabForm::duplicateKeepsValuesAndBinding()
{
    auto window = makeWindow();
    waitLoaded(*window);
    OperationTabs* tabs = window->operationTabs();
    QVERIFY(window->openOperation(records));
    type(*window, QStringLiteral("zoneName"), QStringLiteral("example.com"));
    QVERIFY(window->openOperation(record));
    QCOMPARE(field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("example.com"));
    // This tab's zone left empty, an id typed.
    field(*window, QStringLiteral("zoneName"))->clear();
    type(*window, QStringLiteral("id"), QStringLiteral("42"));
    const QJsonObject values = tabs->currentView()->formValues();

    tabs->duplicateCurrent();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    OperationView* view = tabs->currentView();
    QCOMPARE(view->operationKey(), record);
    // Exactly the tab's values: the empty zone is not filled from the recent values.
    QCOMPARE(view->formValues(), values);
    QVERIFY(field(*window, QStringLiteral("zoneName"))->text().isEmpty());
    QCOMPARE(field(*window, QStringLiteral("id"))->text(), QStringLiteral("42"));
    QCOMPARE(m_settings->formValues(record), values);

    // The recent values are offered in the fields shown, and what is typed there follows.
    QCOMPARE(offered(*window, QStringLiteral("zoneName")),
        QStringList { QStringLiteral("example.com") });
    type(*window, QStringLiteral("zoneName"), QStringLiteral("third.example"));
    QVERIFY(window->openOperation(refresh));
    QCOMPARE(field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("third.example"));
}

// At start the product tree shows first; the current tab's form (tens of milliseconds for a big
// operation) is built right after that paint, with the tab's values (issue 12's start-up).
void TestRestoredTabForm::restoredFormComesAfterTheTreePainted()
{
    OpenTabs open;
    const QJsonObject values { { QStringLiteral("path/zoneName"),
        QStringLiteral("restored.example") } };
    open.tabs = { { records, values }, { refresh, QJsonObject() } };
    m_settings->setOpenTabs(open);
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    QVERIFY(tree);
    OperationTabs* tabs = window->operationTabs();
    // What the current tab showed when the tree first painted its products.
    QString atFirstPaint = QStringLiteral("(no paint)");
    PaintProbe probe(tree->viewport(), [&] {
        if (atFirstPaint == QLatin1String("(no paint)") && tree->model()->rowCount() > 0) {
            const OperationView* view = tabs->viewAt(tabs->currentIndex());
            atFirstPaint = view ? view->operationKey() : QString();
        }
    });
    waitLoaded(*window);
    QTRY_COMPARE(tabs->viewAt(tabs->currentIndex())
            ? tabs->viewAt(tabs->currentIndex())->operationKey()
            : QString(),
        records);
    QCOMPARE(atFirstPaint, QString()); // the tree painted before the form was there
    QCOMPARE(
        field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("restored.example"));
}

QTEST_MAIN(TestRestoredTabForm)
#include "tst_restoredtabform.moc"
