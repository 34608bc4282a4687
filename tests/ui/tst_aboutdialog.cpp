#include "window/aboutdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Ovh;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    static AboutFacts facts()
    {
        AboutFacts facts;
        facts.version = QStringLiteral("0.1.0 (git 1a2b3c4d5e)");
        facts.endpoint = QStringLiteral("ovh-eu (https://eu.api.ovh.com/1.0)");
        facts.schemaSource = QStringLiteral("cache");
        facts.schemaFetchedAt = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
        facts.products = 89;
        facts.operations = 3124;
        facts.cacheDir = QStringLiteral("/home/u/.cache/ovh-api-explorer/schemas");
        facts.settingsFile = QStringLiteral("/home/u/.config/ovh-api-explorer/ovh-explorer.conf");
        return facts;
    }

private slots:
    void diagnosticsSayWhatABugReportNeeds()
    {
        const QString text = AboutDialog::diagnosticsText(
            facts(), QDateTime(QDate(2026, 12, 6), QTime(12, 30), Qt::UTC));
        QVERIFY2(text.startsWith(QLatin1String("OVH API Explorer 0.1.0 (git 1a2b3c4d5e)\n")),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Qt ") + QLatin1String(qVersion())));
        QVERIFY(text.contains(QLatin1String("Endpoint: ovh-eu (https://eu.api.ovh.com/1.0)\n")));
        QVERIFY2(text.contains(QLatin1String("Schema: cache, 89 products, 3124 operations, "
                                             "fetched 2026-12-06T09:00:00Z (3 hours ago)\n")),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Cache: /home/u/.cache/ovh-api-explorer/schemas\n")));
    }

    void diagnosticsBeforeAnyLoad()
    {
        AboutFacts empty;
        empty.version = QStringLiteral("0.1.0");
        const QString text = AboutDialog::diagnosticsText(empty, QDateTime::currentDateTimeUtc());
        QVERIFY(text.contains(QLatin1String("Endpoint: -\n")));
        QVERIFY(text.contains(QLatin1String("Schema: not loaded\n")));
    }

    void dialogShowsVersionsAndCopies()
    {
        AboutDialog dialog(facts());
        QStringList texts;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            texts.append(label->text());
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("0.1.0 (git 1a2b3c4d5e)")));
        QVERIFY(all.contains(QLatin1String(qVersion())));
        QVERIFY(all.contains(QLatin1String("all rights reserved")));
        QVERIFY(all.contains(QLatin1String("/home/u/.config/ovh-api-explorer/ovh-explorer.conf")));

        QGuiApplication::clipboard()->clear();
        auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyDiagnostics"));
        QVERIFY(copy);
        copy->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1String("OVH API Explorer 0.1.0 (git 1a2b3c4d5e)\n")),
            qPrintable(copied));
        QVERIFY(copied.contains(QLatin1String("Schema: cache, 89 products")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
