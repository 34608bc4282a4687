#include "login/credentialdialog.h"
#include "window/translations.h"

#include <QApplication>
#include <QTest>

using namespace Ovh;

// The English plural forms: without them Qt shows "in 1 day(s)".
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installTranslations(*QCoreApplication::instance())); }

    void pluralForms_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1 day") << QByteArray("Ovh::CredentialDialog") << QByteArray("in %n day(s)")
                               << 1 << QStringLiteral("in 1 day");
        QTest::newRow("12 days") << QByteArray("Ovh::CredentialDialog")
                                 << QByteArray("in %n day(s)") << 12
                                 << QStringLiteral("in 12 days");
        QTest::newRow("members") << QByteArray("Ovh::JsonTreeModel") << QByteArray("{%n member(s)}")
                                 << 3 << QStringLiteral("{3 members}");
    }

    void pluralForms()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n),
            expected);
    }

    void expiryReadsNaturally()
    {
        CredentialInfo info;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        info.status = CredentialStatus::Validated;
        info.expiration = now.addDays(12).addSecs(60);
        const QString text = CredentialDialog::expiryText(info, now);
        QVERIFY2(text.contains(QStringLiteral("in 12 days")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("(s)")), qPrintable(text));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
