#include "auth/accessrules.h"
#include "auth/accountstore.h"
#include "auth/ovhconfig.h"
#include "base/endpoint.h"
#include "call/scalartext.h"
#include "call/valueconversion.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "schema/schemaparser.h"
#include "tabletranslator.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Ovh;
using namespace OvhTest;

namespace {

QString firstDiagnostic(const QByteArray& json)
{
    const ProductParseResult parsed = SchemaParser::parseProduct(QStringLiteral("/x"), json);
    return parsed.diagnostics.isEmpty() ? QString() : parsed.diagnostics.constFirst().message;
}

} // namespace

// Core's messages reach the window translated: one message of each folder, under the context
// lupdate gives it (ovh-explorer_en.ts lists them), through the translator the window installs.
class TestCoreTranslation : public QObject
{
    Q_OBJECT

private:
    TableTranslator m_translator;

private slots:
    void initTestCase()
    {
        m_translator.add("Ovh::Base", "no endpoint given", QStringLiteral("aucun point d'accès"));
        m_translator.add("Ovh::Call", "is not an integer", QStringLiteral("n'est pas un entier"));
        m_translator.add("Ovh::Call", "was given %n values but takes one",
            QStringLiteral("a reçu %n valeurs mais n'en prend qu'une"));
        m_translator.add("Ovh::Schema", "invalid JSON at offset %1: %2",
            QStringLiteral("JSON invalide à la position %1 : %2"));
        m_translator.add(
            "Ovh::Schema", "expected a member name", QStringLiteral("nom de membre attendu"));
        m_translator.add("Ovh::Net", "no application key: even unauthenticated calls need one",
            QStringLiteral("aucune clé d'application : même un appel sans authentification en "
                           "demande une"));
        m_translator.add("Ovh::Auth", "a rule path starts with '/': '%1'",
            QStringLiteral("le chemin d'une règle commence par « / » : « %1 »"));
        m_translator.add("Ovh::Auth", "the OVH_* environment variables",
            QStringLiteral("variables d'environnement OVH_*"));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void base()
    {
        QString error;
        QVERIFY(!Endpoint::fromUserText(QString(), &error));
        QCOMPARE(error, QStringLiteral("aucun point d'accès"));
    }

    void callScalarText()
    {
        QString reason;
        QVERIFY(!checkScalarText(TypeKind::Long, u"abc", &reason));
        QCOMPARE(reason, QStringLiteral("n'est pas un entier"));
        // A message the table does not hold stays English.
        QVERIFY(!checkScalarText(TypeKind::Double, u"abc", &reason));
        QCOMPARE(reason, QStringLiteral("is not a number"));
    }

    void callCountedMessage_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2") << QStringList { QStringLiteral("a"), QStringLiteral("b") }
                           << QStringLiteral("a reçu 2 valeurs mais n'en prend qu'une");
        QTest::newRow("5") << QStringList(5, QStringLiteral("a"))
                           << QStringLiteral("a reçu 5 valeurs mais n'en prend qu'une");
    }

    void callCountedMessage()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, expected);
        CallErrors errors;
        const TypeRef type = parseTypeSyntax(u"string");
        QVERIFY(!convertValue(
            Product(), type, CallValue::fromTexts(texts), QStringLiteral("name"), &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().message, expected);
    }

    // The parser's message wraps the JSON reader's, each translated where it is written.
    void schemaDiagnostic()
    {
        QCOMPARE(firstDiagnostic("{"),
            QStringLiteral("JSON invalide à la position 1 : nom de membre attendu"));
    }

    void netCallResult()
    {
        QNetworkAccessManager nam;
        ServerClock clock(&nam);
        HttpCall http { "GET", QUrl(QStringLiteral("https://eu.api.ovh.com/1.0/auth/time")), {},
            false };
        ApiCall call(&nam, &clock, *Endpoint::byName(u"ovh-eu"), Credentials(), http, {});
        QSignalSpy finished(&call, &ApiCall::finished);
        call.start();
        QVERIFY(finished.wait(10000));
        const auto result = finished.constFirst().constFirst().value<CallResult>();
        QCOMPARE(result.failure, CallResult::Failure::MissingCredentials);
        QCOMPARE(result.errorString,
            QStringLiteral(
                "aucune clé d'application : même un appel sans authentification en demande une"));
    }

    void authAdvice()
    {
        QString error;
        QVERIFY(!CredentialRule::parse(QStringLiteral("GET me"), &error));
        QCOMPARE(error, QStringLiteral("le chemin d'une règle commence par « / » : « me »"));
    }

    // Where the keys were read, as the account button and the import message name it.
    void authKeysFromTheEnvironment()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OVH_APPLICATION_KEY"), QStringLiteral("EnvAppKey"));
        environment.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("EnvConsumerKey"));
        QString description;
        const Credentials credentials = AccountStore::fromConfigAndEnvironment(
            QStringLiteral("ovh-eu"), OvhConfig::load({}), environment, &description);
        QCOMPARE(credentials.consumerKey, QStringLiteral("EnvConsumerKey"));
        QCOMPARE(description, QStringLiteral("variables d'environnement OVH_*"));
    }
};

QTEST_GUILESS_MAIN(TestCoreTranslation)
#include "tst_coretranslation.moc"
