// What a screen reader is told, in process (issue 15 item 4): the form's fields named by their
// parameter, type and whether they are required; the status of a call said as one sentence
// ("200 OK in 35 ms"), the name Orca speaks when it changes.
#include "operationviewtestcase.h"
#include "recordform.h"

#include "look/messagebar.h"
#include "models/itemroles.h"
#include "models/producttreemodel.h"
#include "models/searchresultmodel.h"
#include "operation/parameterform.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

// The first operation row below `parent`, depth first.
QModelIndex firstOperation(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(ItemRole::OperationRef).isValid())
            return child;
        if (const QModelIndex below = firstOperation(model, child); below.isValid())
            return below;
    }
    return {};
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestA11yNames final : public OperationViewTestCase
{
    Q_OBJECT

private slots:
    void fieldsSayNameTypeAndRequired_data();
    void fieldsSayNameTypeAndRequired();
    void operationRowsSayTheirBadges_data();
    void operationRowsSayTheirBadges();
    void callStatusAnnounced();
    void errorAnswerAnnounced();
};

void TestA11yNames::fieldsSayNameTypeAndRequired_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("path, required") << "field:zoneName"
                                    << "zoneName, string, required";
    QTest::newRow("body, required") << "field:body.target"
                                    << "target, string, required";
    QTest::newRow("body, optional") << "field:body.subDomain"
                                    << "subDomain, string, optional";
    QTest::newRow("number, optional") << "field:body.ttl"
                                      << "ttl, long, optional";
}

void TestA11yNames::fieldsSayNameTypeAndRequired()
{
    QFETCH(QString, field);
    QFETCH(QString, spoken);
    auto view = makeView();
    openRecordForm(*view);
    auto* input = child<QWidget>(view->form(), field);
    QVERIFY(input);
    QCOMPARE(accessibleName(input), spoken);
}

void TestA11yNames::operationRowsSayTheirBadges_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("production") << int(ApiStatus::Production) << "DELETE /me/sshKey/{keyName}";
    QTest::newRow("beta") << int(ApiStatus::Beta) << "DELETE /me/sshKey/{keyName}, BETA";
    QTest::newRow("deprecated") << int(ApiStatus::Deprecated)
                                << "DELETE /me/sshKey/{keyName}, DEPRECATED";
}

// The tree and the search results paint the method and status as badges: a screen reader
// gets their words in the row's text.
void TestA11yNames::operationRowsSayTheirBadges()
{
    QFETCH(int, status);
    QFETCH(QString, spoken);
    Operation operation;
    operation.method = HttpMethod::Delete;
    operation.path = QStringLiteral("/me/sshKey/{keyName}");
    operation.status.value = ApiStatus::Value(status);
    operation.description = QStringLiteral("Remove this public SSH key");
    Product product;
    product.path = QStringLiteral("/me");
    product.paths.append({ operation.path, QString(), { operation } });

    ProductTreeModel tree;
    tree.setSchema({ product });
    const QModelIndex row = firstOperation(tree);
    QVERIFY(row.isValid());
    QCOMPARE(row.data(Qt::AccessibleTextRole).toString(), spoken);

    SearchResultModel search;
    search.setSchema({ product });
    search.setQuery(QStringLiteral("sshKey"));
    QCOMPARE(search.rowCount(), 1);
    QCOMPARE(search.index(0, 0).data(Qt::AccessibleTextRole).toString(),
        spoken + QLatin1Char('\n') + operation.description);
}

void TestA11yNames::callStatusAnnounced()
{
    auto view = makeView();
    openRecordForm(*view);
    typeRecord(view->form(), QStringLiteral("TXT"), QStringLiteral("said-aloud"));
    auto* status = child<QLabel>(view.get(), QStringLiteral("resultStatus"));
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    QTest::mouseClick(
        child<QPushButton>(view.get(), QStringLiteral("executeButton")), Qt::LeftButton);
    QCOMPARE(accessibleName(status), QStringLiteral("Sending\u2026"));
    QTRY_COMPARE(finished.count(), 1);
    // The sentence Orca says when the name changes, with the time the label shows beside.
    const QString said = accessibleName(status);
    QVERIFY2(QRegularExpression(QStringLiteral("^200 OK in \\d+ ms$")).match(said).hasMatch(),
        qPrintable(said));
    QVERIFY2(said.endsWith(child<QLabel>(view.get(), QStringLiteral("resultElapsed"))->text()),
        qPrintable(said));
}

void TestA11yNames::errorAnswerAnnounced()
{
    auto view = makeView();
    openRecordForm(*view);
    typeRecord(view->form(), QStringLiteral("TXT"), QStringLiteral("nowhere"));
    auto* zone = child<QLineEdit>(view->form(), QStringLiteral("field:zoneName"));
    zone->clear();
    QTest::keyClicks(zone, QStringLiteral("nosuchzone.example"));
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    view->execute();
    QTRY_COMPARE(finished.count(), 1);
    auto* message = child<MessageBar>(view.get(), QStringLiteral("resultMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(accessibleName(message), message->text());
    QVERIFY2(message->text().contains(QStringLiteral("NotFound")), qPrintable(message->text()));
    QVERIFY2(accessibleName(child<QLabel>(view.get(), QStringLiteral("resultStatus")))
                 .startsWith(QStringLiteral("404 Not Found in ")),
        qPrintable(accessibleName(child<QLabel>(view.get(), QStringLiteral("resultStatus")))));
}

QTEST_MAIN(TestA11yNames)
#include "tst_a11ynames.moc"
