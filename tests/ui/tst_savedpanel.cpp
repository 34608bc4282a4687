// Saved requests in the window (issue 12, item 5), offscreen: the "Saved" section, saving with
// Ctrl+D under a name, opening (operation and exactly its values), renaming, deleting,
// reordering, and export and import (a bad file loses nothing); the list read off the GUI
// thread at start, with what is saved or deleted meanwhile.
#include "savedrequestcases.h"
#include "windowtestcase.h"

#include "operation/fieldeditor.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "saved/savedpanel.h"
#include "saved/savedrequestfile.h"
#include "saved/savedrequestmodel.h"
#include "saved/savedrequeststore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString kRecords = QStringLiteral("GET /domain/zone/{zoneName}/record");

// The dialog or box `name` of `parent` once it shows; null when it never does.
template<typename T> T* shownChild(QWidget* parent, const char* name)
{
    T* child = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        child = parent->findChild<T*>(QLatin1String(name));
        return child && child->isVisible();
    });
    return shown ? child : nullptr;
}

QInputDialog* nameDialog(QWidget* parent)
{
    return shownChild<QInputDialog>(parent, "saveRequestDialog");
}

QMessageBox* errorBox(QWidget* parent)
{
    return shownChild<QMessageBox>(parent, "savedError");
}

// "r0", "r1"…: `count` saved requests.
QList<SavedRequest> numbered(int count)
{
    QList<SavedRequest> requests;
    for (int i = 0; i < count; ++i)
        requests << savedRequest(QStringLiteral("r%1").arg(i), QStringLiteral("GET /me"));
    return requests;
}

} // namespace

class TestSavedPanel : public WindowTestCase
{
    Q_OBJECT

private slots:
    void hiddenUntilSomethingIsSaved();
    void listIsReadOffTheGuiThread();
    void changesWhileTheListIsRead_data();
    void changesWhileTheListIsRead();
    void movesAndDeletionsReachTheStore();
    void savingNeedsAnOperation();
    void opensRenamesDeletesAndMoves();
    void aDragMovesRowsThroughTheModel();
    void importOfABadFileLosesNothing();
    void exportsWithoutSecrets();
    void windowSavesAndReopensWithItsValues();
    void savedOperationMissingFromSchemaSaysSo();

private:
    QString databaseFile() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
};

void TestSavedPanel::hiddenUntilSomethingIsSaved()
{
    SavedRequestStore store(databaseFile());
    SavedPanel panel(&store);
    panel.setCurrentRequest([] {
        return std::optional(savedRequest(QString(), kRecords,
            { { QStringLiteral("path/zoneName"), QStringLiteral("example.com") } }));
    });
    QVERIFY(panel.isHidden()); // nothing saved: no section

    panel.saveAction()->trigger();
    QInputDialog* dialog = nameDialog(&panel);
    QVERIFY(dialog);
    // The name proposed is the path with its values.
    QCOMPARE(dialog->textValue(), QStringLiteral("GET /domain/zone/example.com/record"));
    dialog->setTextValue(QStringLiteral("  Records of   example.com "));
    dialog->accept();

    QVERIFY(!panel.isHidden());
    QCOMPARE(panel.list()->model()->rowCount(), 1);
    const QModelIndex first = panel.list()->model()->index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Records of example.com"));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), kRecords);
    const QList<SavedRequest> stored = SavedRequestStore(databaseFile()).list();
    QCOMPARE(savedNames(stored), QStringList { QStringLiteral("Records of example.com") });
    QCOMPARE(stored.constFirst().values.value(QStringLiteral("path/zoneName")).toString(),
        QStringLiteral("example.com"));
}

void TestSavedPanel::listIsReadOffTheGuiThread()
{
    SavedRequestStore store(databaseFile());
    QVERIFY(store.addAll(numbered(500)));
    const QList<SavedRequest> stored = store.list();

    SavedPanel panel(&store);
    // Nothing read on this thread: the rows come once the reader's thread read them.
    QVERIFY(panel.isLoading());
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(panel.isHidden());
    QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(panel.model(), &QAbstractItemModel::rowsInserted);
    QTRY_VERIFY(!panel.isLoading());
    QCOMPARE(panel.requests(), stored);
    QVERIFY(!panel.isHidden());
    QCOMPARE(reset.size(), 1); // in one reset
    QCOMPARE(inserted.size(), 0);

    // Another program changed the file: reload() reads it again, off this thread too.
    QVERIFY(SavedRequestStore(databaseFile())
                .add(savedRequest(QStringLiteral("theirs"), QStringLiteral("GET /me")))
        > 0);
    panel.reload();
    QVERIFY(panel.isLoading());
    QCOMPARE(panel.model()->rowCount(), 500);
    QTRY_COMPARE(panel.model()->rowCount(), 501);
    QCOMPARE(panel.requests().constLast().name, QStringLiteral("theirs"));
}

void TestSavedPanel::changesWhileTheListIsRead_data()
{
    QTest::addColumn<bool>("afterTheRead");
    QTest::addColumn<bool>("remove");
    // Right away: the reader's thread most likely reads the list with the change in it. After
    // the read: its list, on its way to this thread, lacks it.
    QTest::newRow("save right away") << false << false;
    QTest::newRow("save after the read") << true << false;
    QTest::newRow("delete right away") << false << true;
    QTest::newRow("delete after the read") << true << true;
}

void TestSavedPanel::changesWhileTheListIsRead()
{
    QFETCH(bool, afterTheRead);
    QFETCH(bool, remove);
    SavedRequestStore store(databaseFile());
    for (const char* name : { "a", "b", "c" })
        QVERIFY(store.add(savedRequest(QLatin1String(name), QStringLiteral("GET /me"))) > 0);
    const qint64 b = store.list().at(1).id;

    SavedPanel panel(&store);
    QVERIFY(panel.isLoading());
    if (afterTheRead)
        QThread::msleep(300); // the reader reads and posts; this thread takes nothing yet
    if (remove) {
        QVERIFY(panel.remove(b));
    } else {
        QVERIFY(panel.save(savedRequest(QStringLiteral("d"), QStringLiteral("GET /me"))) > 0);
        QCOMPARE(panel.model()->rowCount(), 1); // shown at once, the others to come
    }
    QTRY_VERIFY(!panel.isLoading());
    const QStringList expected = remove ? words("a c") : words("a b c d");
    QCOMPARE(savedNames(panel.requests()), expected); // none lost, none twice
    QCOMPARE(savedNames(SavedRequestStore(databaseFile()).list()), expected);
    QCOMPARE(panel.requests(), SavedRequestStore(databaseFile()).list());
    QVERIFY(!panel.isHidden());
}

void TestSavedPanel::movesAndDeletionsReachTheStore()
{
    SavedRequestStore store(databaseFile());
    QVERIFY(store.addAll(numbered(30)));
    QWidget window;
    auto* panel = new SavedPanel(&store, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(panel->model()->rowCount(), 30);
    QAbstractItemModel* model = panel->list()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const auto verifyStored = [&] {
        // What another program reads, in the model's order.
        QCOMPARE(savedIds(SavedRequestStore(databaseFile()).list()), savedIds(panel->requests()));
    };

    QListView* list = panel->list();
    list->setFocus();
    list->setCurrentIndex(model->index(10, 0));
    for (const int delta : { 1, 1, -1, 1, -1, -1, -1 }) {
        QTest::keyClick(list, delta > 0 ? Qt::Key_Down : Qt::Key_Up, Qt::AltModifier);
        verifyStored();
    }
    QCOMPARE(list->currentIndex().row(), 9);
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("r10"));
    // Blocks dragged down, up, to the end and to the top.
    QVERIFY(model->moveRows(QModelIndex(), 2, 3, QModelIndex(), 12));
    verifyStored();
    QVERIFY(model->moveRows(QModelIndex(), 20, 4, QModelIndex(), 5));
    verifyStored();
    QVERIFY(model->moveRows(QModelIndex(), 0, 2, QModelIndex(), 30));
    verifyStored();
    QVERIFY(model->moveRows(QModelIndex(), 27, 3, QModelIndex(), 0));
    verifyStored();
    // A deletion takes the row out of the model: the list is not read again.
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    list->setCurrentIndex(model->index(4, 0));
    const QString fifth = list->currentIndex().data().toString();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model->rowCount(), 29);
    QVERIFY(!savedNames(panel->requests()).contains(fifth));
    verifyStored();
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    verifyStored();
    QCOMPARE(reset.size(), 0);
    QVERIFY(!panel->isLoading());
}

void TestSavedPanel::savingNeedsAnOperation()
{
    SavedRequestStore store(databaseFile());
    SavedPanel panel(&store);
    panel.setCurrentRequest([] { return std::optional<SavedRequest>(); });
    panel.saveAction()->trigger();
    QMessageBox* box = errorBox(&panel);
    QVERIFY(box);
    QVERIFY2(
        box->text().contains(QLatin1String("Open an operation first")), qPrintable(box->text()));
    box->accept();
    QVERIFY(store.list().isEmpty());
    QVERIFY(!panel.findChild<QInputDialog*>());
}

void TestSavedPanel::opensRenamesDeletesAndMoves()
{
    SavedRequestStore store(databaseFile());
    for (const char* name : { "a", "b", "c" }) {
        QVERIFY(store.add(savedRequest(QLatin1String(name), QStringLiteral("GET /me"),
                    { { QStringLiteral("query/name"), QLatin1String(name) } }))
            > 0);
    }
    QWidget window;
    auto* panel = new SavedPanel(&store, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QListView* list = panel->list();
    QAbstractItemModel* model = list->model();
    QTRY_COMPARE(model->rowCount(), 3);
    const auto setCurrentRow = [&](int row) { list->setCurrentIndex(model->index(row, 0)); };
    const auto text = [&](int row) { return model->index(row, 0).data().toString(); };
    list->setFocus();
    setCurrentRow(1);

    QSignalSpy opened(panel, &SavedPanel::openRequested);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    const auto b = opened.at(0).at(0).value<SavedRequest>();
    QCOMPARE(b.name, QStringLiteral("b"));
    QCOMPARE(b.values.value(QStringLiteral("query/name")).toString(), QStringLiteral("b"));

    // Renaming in place (F2, then typing) goes to the store; an empty name is refused.
    setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_F2);
    QLineEdit* editor = nullptr;
    QTRY_VERIFY((editor = list->findChild<QLineEdit*>()) != nullptr && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("  bee "));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(savedNames(store.list()), words("a bee c"));
    QCOMPARE(text(1), QStringLiteral("bee"));
    QVERIFY(model->setData(model->index(1, 0), QStringLiteral("  ")));
    QCOMPARE(savedNames(store.list()), words("a bee c"));
    QCOMPARE(text(1), QStringLiteral("bee"));

    // Alt+Up / Alt+Down move the current one; the order outlives the program.
    setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(savedNames(SavedRequestStore(databaseFile()).list()), words("c a bee"));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("c"));
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier); // already first
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(savedNames(SavedRequestStore(databaseFile()).list()), words("a c bee"));

    // Delete removes the current one; the last one gone, the section hides.
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(savedNames(store.list()), words("a bee"));
    for (int i = 0; i < 2; ++i) {
        setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
    }
    QVERIFY(store.list().isEmpty());
    QVERIFY(panel->isHidden());
}

void TestSavedPanel::aDragMovesRowsThroughTheModel()
{
    SavedRequestStore store(databaseFile());
    for (const char* name : { "a", "b", "c" })
        QVERIFY(store.add(savedRequest(QLatin1String(name), QStringLiteral("GET /me"))) > 0);
    SavedPanel panel(&store);
    QAbstractItemModel* model = panel.list()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->supportedDropActions(), Qt::MoveAction);
    QVERIFY(model->flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model->flags(model->index(0, 0)).testFlag(Qt::ItemIsDropEnabled)); // never onto one
    // What QListView's internal move does on a drop: moveRow to the row dropped before.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(model->moveRow(QModelIndex(), 0, QModelIndex(), 3)); // "a" after "c"
    QCOMPARE(savedNames(SavedRequestStore(databaseFile()).list()), words("b c a"));
    QVERIFY(model->moveRow(QModelIndex(), 2, QModelIndex(), 0)); // "a" first again
    QCOMPARE(savedNames(SavedRequestStore(databaseFile()).list()), words("a b c"));
    QCOMPARE(savedNames(panel.requests()), words("a b c"));
    QCOMPARE(reset.size(), 0); // moved, not reloaded
    // Onto itself or out of range: nothing moves.
    QVERIFY(!model->moveRow(QModelIndex(), 1, QModelIndex(), 1));
    QVERIFY(!model->moveRow(QModelIndex(), 1, QModelIndex(), 2));
    QVERIFY(!model->moveRow(QModelIndex(), 3, QModelIndex(), 0));
    QVERIFY(!model->moveRow(QModelIndex(), 0, QModelIndex(), 4));
    QCOMPARE(savedNames(SavedRequestStore(databaseFile()).list()), words("a b c"));
}

void TestSavedPanel::importOfABadFileLosesNothing()
{
    SavedRequestStore store(databaseFile());
    QVERIFY(store.add(savedRequest(QStringLiteral("mine"), QStringLiteral("GET /me"))) > 0);
    SavedPanel panel(&store);
    QSignalSpy notices(&panel, &SavedPanel::notice);

    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"ovh-api-explorer-saved-requests","version":1,"requests":[)"
               R"({"name":"ok","operation":"GET /me"},{"name":"bad","operation":"GET"}]})");
    file.close();
    QSignalSpy imported(&panel, &SavedPanel::importFinished);
    QVERIFY(panel.importFrom(bad)); // started; it ends without adding anything
    QVERIFY(imported.wait());
    QCOMPARE(imported.last().at(0).toBool(), false);
    QMessageBox* box = errorBox(&panel);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("Nothing was imported")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("Request 2 of the file has no operation")),
        qPrintable(box->text()));
    box->accept();
    QCOMPARE(savedNames(store.list()), QStringList { QStringLiteral("mine") });
    QTRY_COMPARE(panel.list()->model()->rowCount(), 1);

    // A colleague's file: added after the person's own, in its order.
    const QString good = m_dir->filePath(QStringLiteral("good.json"));
    QString error;
    QVERIFY(SavedRequestFile::write(good,
        { savedRequest(QStringLiteral("x"), QStringLiteral("GET /me")),
            savedRequest(QStringLiteral("y"), kRecords) },
        &error));
    QVERIFY(panel.importFrom(good));
    QVERIFY(imported.wait());
    QCOMPARE(imported.last().at(0).toBool(), true);
    QCOMPARE(savedNames(store.list()), words("mine x y"));
    QCOMPARE(panel.list()->model()->rowCount(), 3);
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.at(0).at(0).toString().startsWith(QLatin1String("Imported 2 saved request")));
}

void TestSavedPanel::exportsWithoutSecrets()
{
    SavedRequestStore store(databaseFile());
    SavedPanel panel(&store);
    panel.save(savedRequest(QStringLiteral("s"), QStringLiteral("POST /me"),
        { { QStringLiteral("body/password"), QStringLiteral("hunter2-secret") },
            { QStringLiteral("body/description"), QStringLiteral("kept") } }));
    const QString path = m_dir->filePath(QStringLiteral("out.json"));
    QVERIFY(panel.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("hunter2-secret"));
    QVERIFY(bytes.contains("kept"));
}

void TestSavedPanel::windowSavesAndReopensWithItsValues()
{
    SavedRequestStore store(databaseFile());
    m_savedRequests = &store;
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    waitLoaded(*window);
    auto* panel = window->findChild<SavedPanel*>();
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());

    QVERIFY(window->openOperation(kRecords));
    auto* view = window->findChild<OperationView*>();
    QCOMPARE(view->operationKey(), kRecords);
    FieldEditor* zone = view->form()->editor(ParamLocation::Path, QStringLiteral("zoneName"));
    QVERIFY(zone);
    zone->setValue(QStringLiteral("example.com"));
    view->form()
        ->editor(ParamLocation::Query, QStringLiteral("fieldType"))
        ->setValue(QStringLiteral("TXT"));

    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QInputDialog* dialog = nameDialog(window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("GET /domain/zone/example.com/record"));
    dialog->accept();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->list()->model()->rowCount(), 1);

    // Other values typed since, another operation open: the saved one comes back exactly.
    zone->setValue(QStringLiteral("other.org"));
    view->form()->editor(ParamLocation::Query, QStringLiteral("fieldType"))->setValue(QJsonValue());
    view->form()
        ->editor(ParamLocation::Query, QStringLiteral("subDomain"))
        ->setValue(QStringLiteral("www"));
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    QCOMPARE(view->operationKey(), QStringLiteral("GET /me"));

    panel->list()->setFocus();
    panel->list()->setCurrentIndex(panel->list()->model()->index(0, 0));
    QTest::keyClick(panel->list(), Qt::Key_Return);
    QCOMPARE(view->operationKey(), kRecords);
    const QJsonObject values = view->formValues();
    QCOMPARE(
        values.value(QStringLiteral("path/zoneName")).toString(), QStringLiteral("example.com"));
    QCOMPARE(values.value(QStringLiteral("query/fieldType")).toString(), QStringLiteral("TXT"));
    QVERIFY2(!values.contains(QStringLiteral("query/subDomain")),
        qPrintable(QString::fromUtf8(QJsonDocument(values).toJson())));
    // What is shown is what the form remembers for the operation from now on.
    QCOMPARE(m_settings->formValues(kRecords), values);

    // OVH_WINDOW_SHOTS=<folder>: what it looks like, for a person to review.
    if (const QString shots = qEnvironmentVariable("OVH_WINDOW_SHOTS"); !shots.isEmpty()) {
        panel->save(savedRequest(QStringLiteral("My account"), QStringLiteral("GET /me")));
        panel->save(savedRequest(QStringLiteral("New TXT record"),
            QStringLiteral("POST /domain/zone/{zoneName}/record")));
        panel->list()->setCurrentIndex(panel->list()->model()->index(0, 0));
        window->resize(1280, 800);
        QTest::qWait(200);
        QVERIFY(window->grab().save(shots + QStringLiteral("/saved-requests.png")));
    }
    m_savedRequests = nullptr;
}

void TestSavedPanel::savedOperationMissingFromSchemaSaysSo()
{
    SavedRequestStore store(databaseFile());
    QVERIFY(
        store.add(savedRequest(QStringLiteral("gone"), QStringLiteral("GET /no/such/operation")))
        > 0);
    m_savedRequests = &store;
    auto window = makeWindow();
    window->show();
    waitLoaded(*window);
    auto* panel = window->findChild<SavedPanel*>();
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    panel->open(store.list().constFirst().id);
    auto* bar = window->findChild<QLabel*>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(
        bar->text().contains(QLatin1String("GET /no/such/operation")), qPrintable(bar->text()));
    QCOMPARE(window->findChild<OperationView*>()->operationKey(), QStringLiteral("GET /me"));
    m_savedRequests = nullptr;
}

QTEST_MAIN(TestSavedPanel)
#include "tst_savedpanel.moc"
