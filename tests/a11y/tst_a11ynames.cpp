// What a screen reader is told, in process (issue 15 item 4): the form's fields named by their
// parameter, type and whether they are required; rows that say their badges. (The status of a
// call, said as one sentence, is tst_announcements'.)
#include "operationviewtestcase.h"

#include "models/itemroles.h"
#include "models/producttreemodel.h"
#include "models/searchresultmodel.h"
#include "operation/parameterform.h"

#include <QAccessible>
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
    QTRY_COMPARE(search.rowCount(), 1); // once its index is built
    QCOMPARE(search.index(0, 0).data(Qt::AccessibleTextRole).toString(),
        spoken + QLatin1Char('\n') + operation.description);
}

QTEST_MAIN(TestA11yNames)
#include "tst_a11ynames.moc"
