// Snippets for an OAuth2 service account: python-ovh's ovh.Client(client_id=, client_secret=)
// and php-ovh's Api::withOauth2 instead of the application keys, for every golden case, each
// script accepted by the language's own checker; a public call keeps its keyless client.
#include "processrun.h"
#include "snippetcases.h"

#include "snippets/snippets.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

class TestSnippetsOAuth2 : public QObject
{
    Q_OBJECT

private slots:
    void constructors_data();
    void constructors();
    void syntax_data();
    void syntax();
    void keysUnchanged();
};

void TestSnippetsOAuth2::constructors_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    // python-ovh reads OVH_CLIENT_ID/OVH_CLIENT_SECRET (then ovh.conf) itself: no arguments.
    QTest::newRow("python") << SnippetLanguage::Python
                            << QStringList { QStringLiteral(
                                                 "client = ovh.Client(endpoint=\"ovh-eu\")\n"),
                                   QStringLiteral("OVH_CLIENT_ID and\n"),
                                   QStringLiteral("#     client_secret=\"your_client_secret\",") }
                            << QStringList { QStringLiteral("application_key"),
                                   QStringLiteral("consumer_key") };
    QTest::newRow("php") << SnippetLanguage::Php
                         << QStringList { QStringLiteral("$ovh = Api::withOauth2(\n"),
                                QStringLiteral("getenv('OVH_CLIENT_ID') ?: 'your_client_id',"),
                                QStringLiteral(
                                    "getenv('OVH_CLIENT_SECRET') ?: 'your_client_secret',"),
                                QStringLiteral("'ovh-eu'") }
                         << QStringList { QStringLiteral("OVH_APPLICATION_KEY"),
                                QStringLiteral("new Api(") };
}

void TestSnippetsOAuth2::constructors()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const OvhTest::SnippetCase* me = OvhTest::findSnippetCase(QStringLiteral("no-params"));
    QVERIFY(me);
    QVERIFY(!me->request.noAuthentication);
    const QString text
        = generateSnippet(language, me->request, me->endpoint, SnippetAuth::ServiceAccount);
    for (const QString& part : present)
        QVERIFY2(text.contains(part), qPrintable(part + QLatin1String("\n---\n") + text));
    for (const QString& part : absent)
        QVERIFY2(!text.contains(part), qPrintable(part + QLatin1String("\n---\n") + text));
}

void TestSnippetsOAuth2::syntax_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::newRow("python") << SnippetLanguage::Python;
    QTest::newRow("php") << SnippetLanguage::Php;
}

void TestSnippetsOAuth2::syntax()
{
    QFETCH(SnippetLanguage, language);
    const QString tool
        = language == SnippetLanguage::Python ? QStringLiteral("python3") : QStringLiteral("php");
    QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool));
    QTemporaryDir dir;
    int checked = 0;
    for (const OvhTest::SnippetCase& c : OvhTest::snippetCases()) {
        if (!c.problem.isEmpty())
            continue;
        const QString file = dir.filePath(c.name + QLatin1Char('.') + snippetFileSuffix(language));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            generateSnippet(language, c.request, c.endpoint, SnippetAuth::ServiceAccount).toUtf8());
        out.close();
        const QStringList arguments = language == SnippetLanguage::Python
            ? QStringList { QStringLiteral("-m"), QStringLiteral("py_compile"), file }
            : QStringList { QStringLiteral("-l"), file };
        const OvhTest::ProcessRun run = OvhTest::runProcess(tool, arguments);
        QVERIFY2(run.ok(), qPrintable(c.name + QLatin1String(": ") + run.describe()));
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TestSnippetsOAuth2::keysUnchanged()
{
    // The default is the keys, as before; a public call needs no account at all.
    for (const OvhTest::SnippetCase& c : OvhTest::snippetCases()) {
        for (const SnippetLanguage language : snippetLanguages()) {
            const QString keys = generateSnippet(language, c.request, c.endpoint);
            const QString service
                = generateSnippet(language, c.request, c.endpoint, SnippetAuth::ServiceAccount);
            const bool differs = keys != service;
            const bool expected = !c.request.noAuthentication
                && (language == SnippetLanguage::Python || language == SnippetLanguage::Php);
            QVERIFY2(differs == expected,
                qPrintable(c.name + QLatin1Char(' ') + snippetLanguageName(language)));
        }
    }
}

QTEST_GUILESS_MAIN(TestSnippetsOAuth2)
#include "tst_snippets_oauth2.moc"
