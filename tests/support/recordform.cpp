#include "recordform.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

namespace OvhTest {

void typeRecord(QWidget* root, const QString& type, const QString& target, const QString& subDomain)
{
    auto* zone = root->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    auto* fieldType = root->findChild<QComboBox*>(QStringLiteral("field:body.fieldType"));
    auto* sub = root->findChild<QLineEdit*>(QStringLiteral("field:body.subDomain"));
    auto* targetEdit = root->findChild<QLineEdit*>(QStringLiteral("field:body.target"));
    QVERIFY(zone && fieldType && sub && targetEdit);
    QTest::keyClicks(zone, QStringLiteral("example.com"));
    fieldType->setCurrentIndex(fieldType->findData(type));
    QVERIFY2(fieldType->currentIndex() >= 0, qPrintable(type));
    if (!subDomain.isEmpty())
        QTest::keyClicks(sub, subDomain);
    QTest::keyClicks(targetEdit, target);
}

} // namespace OvhTest
