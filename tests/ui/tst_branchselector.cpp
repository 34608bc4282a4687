// The v1 / v2 branch buttons beside the endpoint combo (issue 14 item 3): one click moves the
// region to its other branch; regions without v2 cannot be moved; another region keeps the
// branch shown.
#include "window/endpointselector.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Ovh;

class TestBranchSelector : public QObject
{
    Q_OBJECT

private slots:
    void oneClickSwitches();
    void regionWithoutV2();
    void anotherRegionKeepsTheBranch();
};

namespace {

QToolButton* button(EndpointSelector& selector, const char* name)
{
    return selector.findChild<QToolButton*>(QLatin1String(name));
}

} // namespace

void TestBranchSelector::oneClickSwitches()
{
    EndpointSelector selector;
    selector.setEndpoint(*Endpoint::byName(u"ovh-eu"));
    QSignalSpy chosen(&selector, &EndpointSelector::endpointChosen);
    QVERIFY(button(selector, "branchV1")->isChecked());
    QVERIFY(button(selector, "branchV2")->isEnabled());
    QTest::mouseClick(button(selector, "branchV2"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const Endpoint v2 = chosen.at(0).at(0).value<Endpoint>();
    QCOMPARE(v2.baseUrl.toString(), QStringLiteral("https://eu.api.ovh.com/v2"));
    QCOMPARE(v2.name, QStringLiteral("ovh-eu"));
    QVERIFY(button(selector, "branchV2")->isChecked());
    QVERIFY(!button(selector, "branchV1")->isChecked());
    // The combo still shows the region.
    QCOMPARE(selector.findChild<QComboBox*>(QStringLiteral("endpointCombo"))->currentText(),
        QStringLiteral("ovh-eu"));
    QTest::mouseClick(button(selector, "branchV1"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).at(0).value<Endpoint>(), *Endpoint::byName(u"ovh-eu"));
    // Clicking the branch shown changes nothing.
    QTest::mouseClick(button(selector, "branchV1"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 2);
    QVERIFY(button(selector, "branchV1")->isChecked());
}

void TestBranchSelector::regionWithoutV2()
{
    EndpointSelector selector;
    selector.setEndpoint(*Endpoint::byName(u"kimsufi-eu"));
    QVERIFY(!button(selector, "branchV2")->isEnabled());
    QVERIFY(button(selector, "branchV1")->isChecked());
}

void TestBranchSelector::anotherRegionKeepsTheBranch()
{
    EndpointSelector selector;
    selector.setEndpoint(*Endpoint::byName(u"ovh-eu")->onBranch(ApiBranch::V2));
    QVERIFY(button(selector, "branchV2")->isChecked());
    QSignalSpy chosen(&selector, &EndpointSelector::endpointChosen);
    auto* combo = selector.findChild<QComboBox*>(QStringLiteral("endpointCombo"));
    const int ca = combo->findText(QStringLiteral("ovh-ca"));
    QVERIFY(ca >= 0);
    combo->setCurrentIndex(ca);
    emit combo->activated(ca);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<Endpoint>().baseUrl.toString(),
        QStringLiteral("https://ca.api.ovh.com/v2"));
    // A region without v2 falls back to v1.
    const int kimsufi = combo->findText(QStringLiteral("kimsufi-ca"));
    combo->setCurrentIndex(kimsufi);
    emit combo->activated(kimsufi);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).at(0).value<Endpoint>(), *Endpoint::byName(u"kimsufi-ca"));
    QVERIFY(!button(selector, "branchV2")->isEnabled());
}

QTEST_MAIN(TestBranchSelector)
#include "tst_branchselector.moc"
