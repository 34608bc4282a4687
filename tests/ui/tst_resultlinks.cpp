// Ids are links and answers meet their model (issue 13 items 2 and 4), in the window: a click
// on an id opens its detail with the path values carried over, Ctrl+click in a new tab, a click
// on an id line of the Body too; a drifting answer is marked; the Reference shows the model.
#include "windowtestcase.h"

#include "resultfixtures.h"

#include "models/jsontreemodel.h"
#include "operation/operationview.h"
#include "results/responsemodelview.h"
#include "results/resulttreedelegate.h"
#include "window/operationtabs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString kZoneKey = QStringLiteral("path/zoneName");

// The row of the tree's top level whose key (or index) is `key`, in `column`.
QModelIndex topRow(QTreeView* tree, const QString& key, int column = JsonTreeModel::ValueColumn)
{
    QAbstractItemModel* model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, JsonTreeModel::KeyColumn).data().toString() == key)
            return model->index(row, column);
    }
    return {};
}

// With OVH_SHOTS_DIR set, `widget` as a PNG there (the screenshots of the issue).
void shot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("OVH_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(50);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// What the form's field `name` ("field:zoneName") shows.
QString fieldText(QWidget* view, const char* name)
{
    auto* edit = view->findChild<QLineEdit*>(QString::fromLatin1(name));
    return edit ? edit->text() : QStringLiteral("<no field %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestResultLinks final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void idClickOpensDetail();
    void bodyLineOpensDetail();
    void driftingAnswerIsMarked();
    void responseModelEndsRecursion();

private:
    std::unique_ptr<MainWindow> listShown(OperationView** view);
};

// The window on the bundled eu schema, the record list of example.com with two ids shown.
std::unique_ptr<MainWindow> TestResultLinks::listShown(OperationView** view)
{
    auto window = makeWindow();
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    waitLoaded(*window);
    if (!window->openOperation(kListOperation))
        return nullptr;
    *view = window->operationTabs()->currentView();
    (*view)->setFormValues({ { kZoneKey, kZone } });
    (*view)->showStoredResult(okAnswer(
        "[1001, 5089921234]", "https://eu.api.ovh.com/1.0/domain/zone/example.com/record"));
    return window;
}

void TestResultLinks::idClickOpensDetail()
{
    OperationView* view = nullptr;
    auto window = listShown(&view);
    QVERIFY(window);
    OperationTabs* tabs = window->operationTabs();
    auto* resultTabs = view->findChild<QTabWidget*>(QStringLiteral("resultTabs"));
    auto* tree = view->findChild<QTreeView*>(QStringLiteral("resultTree"));
    resultTabs->setCurrentWidget(tree);
    auto* delegate = qobject_cast<ResultTreeDelegate*>(
        tree->itemDelegateForColumn(JsonTreeModel::ValueColumn));
    QVERIFY(delegate);
    const QModelIndex second = tree->model()->index(1, JsonTreeModel::ValueColumn);
    QVERIFY(delegate->linkAt(second));
    QVERIFY2(delegate->toolTipAt(second).contains(kDetailOperation),
        qPrintable(delegate->toolTipAt(second)));
    shot(window.get(), QStringLiteral("ids-as-links"));

    // Ctrl+click: the detail in a new tab, the list stays in its own.
    QTest::mouseClick(
        tree->viewport(), Qt::LeftButton, Qt::ControlModifier, tree->visualRect(second).center());
    QTRY_COMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(tabs->currentOperation(), kDetailOperation);
    QCOMPARE(fieldText(tabs->currentView(), "field:zoneName"), kZone);
    QCOMPARE(fieldText(tabs->currentView(), "field:id"), QStringLiteral("5089921234"));
    QCOMPARE(tabs->operationAt(0), kListOperation);
    // Ids as the schema says: nothing to note.
    QVERIFY(!view->findChild<QLabel*>(QStringLiteral("resultSchemaNote"))->isVisibleTo(view));

    // A plain click: the detail in the list's tab, with the zone typed since the call.
    tabs->setCurrentIndex(0);
    view->setFormValues({ { kZoneKey, QStringLiteral("other.example") } });
    view->showStoredResult(okAnswer("[7]", "https://eu.api.ovh.com/1.0/domain/zone/x/record"));
    resultTabs->setCurrentWidget(tree);
    const QModelIndex first = tree->model()->index(0, JsonTreeModel::ValueColumn);
    QTest::mouseClick(
        tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualRect(first).center());
    QTRY_COMPARE(tabs->operationAt(0), kDetailOperation);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(fieldText(tabs->currentView(), "field:zoneName"), QStringLiteral("other.example"));
    QCOMPARE(fieldText(tabs->currentView(), "field:id"), QStringLiteral("7"));
}

void TestResultLinks::bodyLineOpensDetail()
{
    OperationView* view = nullptr;
    auto window = listShown(&view);
    QVERIFY(window);
    OperationTabs* tabs = window->operationTabs();
    auto* body = view->findChild<QPlainTextEdit*>(QStringLiteral("resultBody"));
    QVERIFY(body->isVisible());
    QTextCursor line(body->document()->findBlockByNumber(2)); // "[", "1001,", "5089921234"
    QVERIFY2(line.block().text().contains(QStringLiteral("5089921234")),
        qPrintable(line.block().text()));
    // Far right of the line, past its text: nothing.
    const QRect start = body->cursorRect(line);
    QTest::mouseClick(body->viewport(), Qt::LeftButton, Qt::NoModifier,
        QPoint(body->viewport()->width() - 5, start.center().y()));
    QTest::qWait(50);
    QCOMPARE(tabs->currentOperation(), kListOperation);
    // On the id: the detail.
    line.movePosition(QTextCursor::NextWord);
    line.movePosition(QTextCursor::Right);
    QTest::mouseClick(
        body->viewport(), Qt::LeftButton, Qt::NoModifier, body->cursorRect(line).center());
    QTRY_COMPARE(tabs->currentOperation(), kDetailOperation);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(fieldText(tabs->currentView(), "field:zoneName"), kZone);
    QCOMPARE(fieldText(tabs->currentView(), "field:id"), QStringLiteral("5089921234"));
}

void TestResultLinks::driftingAnswerIsMarked()
{
    auto window = makeWindow();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    QVERIFY(window->openOperation(kDetailOperation));
    OperationView* view = window->operationTabs()->currentView();

    // The Reference: the record's model, its enum's values below it.
    auto* reference = view->findChild<QTreeView*>(QStringLiteral("responseModelTree"));
    QVERIFY(reference);
    QAbstractItemModel* model = reference->model();
    QStringList properties;
    QModelIndex fieldType;
    for (int row = 0; row < model->rowCount(); ++row) {
        properties << model->index(row, 0).data().toString();
        if (properties.constLast() == QLatin1String("fieldType"))
            fieldType = model->index(row, 0);
    }
    QCOMPARE(properties,
        (QStringList { QStringLiteral("fieldType"), QStringLiteral("id"),
            QStringLiteral("subDomain"), QStringLiteral("target"), QStringLiteral("ttl"),
            QStringLiteral("zone") }));
    QVERIFY(model->rowCount(fieldType) > 10);
    QCOMPARE(model->index(0, 0, fieldType).data().toString(), QStringLiteral("A"));
    QVERIFY(
        model->index(fieldType.row(), 1).data().toString().contains(QStringLiteral("read-only")));
    auto* operationTabs = view->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    operationTabs->setCurrentWidget(reference->parentWidget()->parentWidget());
    reference->expand(fieldType);
    shot(window.get(), QStringLiteral("response-model"));

    view->setFormValues(
        { { kZoneKey, kZone }, { QStringLiteral("path/id"), QStringLiteral("1") } });
    view->showStoredResult(okAnswer(R"({"fieldType":"ZZZ","id":1,"target":"1.2.3.4",)"
                                    R"("zone":"example.com","extra":true,"ttl":"60"})",
        "https://eu.api.ovh.com/1.0/domain/zone/example.com/record/1"));
    auto* tree = view->findChild<QTreeView*>(QStringLiteral("resultTree"));
    view->findChild<QTabWidget*>(QStringLiteral("resultTabs"))->setCurrentWidget(tree);
    auto* delegate = qobject_cast<ResultTreeDelegate*>(
        tree->itemDelegateForColumn(JsonTreeModel::ValueColumn));
    QVERIFY(delegate);
    for (const char* key : { "fieldType", "extra", "ttl" }) {
        const QStringList problems = delegate->problemsAt(topRow(tree, QString::fromLatin1(key)));
        QVERIFY2(problems.size() == 1, key);
        QVERIFY2(delegate->toolTipAt(topRow(tree, QString::fromLatin1(key)))
                     .contains(QStringLiteral("Differs from the schema")),
            key);
    }
    QVERIFY(delegate->problemsAt(topRow(tree, QStringLiteral("target"))).isEmpty());
    const QString tip = delegate->toolTipAt(topRow(tree, QStringLiteral("target")));
    QVERIFY2(tip.contains(QStringLiteral("Target of the record"))
            && tip.contains(QStringLiteral("string")),
        qPrintable(tip));
    auto* note = view->findChild<QLabel*>(QStringLiteral("resultSchemaNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("domain.zone.Record) in 3 place")),
        qPrintable(note->text()));
    // The zone is the answer's, but "zone" names no operation's placeholder: no link.
    QVERIFY(!delegate->linkAt(topRow(tree, QStringLiteral("zone"))));

    shot(window.get(), QStringLiteral("result-model-marks"));
}

// domain.configuration.rules.Rule holds Rules ("and", "or", "conditions", "fields"): each is
// named as recursive, not unfolded again.
void TestResultLinks::responseModelEndsRecursion()
{
    const Product& domain = snapshotProduct(QStringLiteral("domain.json"));
    const Operation* rules
        = findOperation(domain, HttpMethod::Get, QStringLiteral("/domain/configurationRule"));
    QVERIFY(rules);
    ResponseModelView view;
    view.setOperation(domain, *rules);
    QAbstractItemModel* model = view.tree()->model();
    QVERIFY(model->rowCount() > 0);
    int recursive = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString type = model->index(row, ResponseModelView::TypeColumn).data().toString();
        if (!type.contains(QStringLiteral("recursive")))
            continue;
        ++recursive;
        QVERIFY2(
            type.startsWith(QStringLiteral("domain.configuration.rules.Rule")), qPrintable(type));
        QCOMPARE(model->rowCount(model->index(row, 0)), 0);
    }
    QCOMPARE(recursive, 4);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("responseModelTitle"))
                ->text()
                .contains(QStringLiteral("domain.configuration.rules.Rule")));
}

QTEST_MAIN(TestResultLinks)
#include "tst_resultlinks.moc"
