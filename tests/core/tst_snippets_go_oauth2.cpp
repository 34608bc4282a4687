// go-ovh and a service account, checked against go-ovh's source (issue 14): NewOAuth2Client knows
// the token URL of ovh-eu, ovh-ca and ovh-us only and refuses any other endpoint ("oauth2
// authentication is not compatible with endpoint"), so for the sandbox or a base URL the Go
// snippet asks the endpoint's token URL itself (golang.org/x/oauth2 client credentials) and hands
// the token to ovh.NewAccessTokenClient; it clears OVH_CLIENT_ID/OVH_CLIENT_SECRET first, as
// go-ovh would read them too and refuse two ways of logging in. With header parameters the
// snippet builds the request with NewRequest(…, needAuth true), which adds the bearer token for
// both clients. Every snippet is gofmt-formatted Go.
#include "processrun.h"
#include "snippetcases.h"

#include "auth/oauth2token.h"
#include "snippets/snippets.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace {

// The window's sandbox: a named endpoint on the loopback.
Endpoint sandboxEndpoint()
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("sandbox");
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:40123/1.0"));
    endpoint.bundledSnapshot = QStringLiteral("eu");
    return endpoint;
}

Endpoint customEndpoint()
{
    return *Endpoint::fromUserText(QStringLiteral("https://api.example.test/1.0"));
}

QString goSnippetFor(const OvhTest::SnippetCase& c, const Endpoint& endpoint)
{
    return generateSnippet(SnippetLanguage::Go, c.request, endpoint, SnippetAuth::ServiceAccount);
}

} // namespace

class TestSnippetsGoOAuth2 : public QObject
{
    Q_OBJECT

private slots:
    void clientPerEndpoint_data();
    void clientPerEndpoint();
    void headerParametersKeepTheBearer();
    void gofmtAcceptsThem_data();
    void gofmtAcceptsThem();
};

void TestSnippetsGoOAuth2::clientPerEndpoint_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<bool>("ownToken");
    for (const char* name : { "ovh-eu", "ovh-ca", "ovh-us" })
        QTest::newRow(name) << *Endpoint::byName(QString::fromLatin1(name)) << false;
    QTest::newRow("sandbox") << sandboxEndpoint() << true;
    QTest::newRow("base URL") << customEndpoint() << true;
}

void TestSnippetsGoOAuth2::clientPerEndpoint()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(bool, ownToken);
    const OvhTest::SnippetCase* me = OvhTest::findSnippetCase(QStringLiteral("no-params"));
    QVERIFY(me);
    const QString text = goSnippetFor(*me, endpoint);
    QCOMPARE(text.contains(QLatin1String("ovh.NewOAuth2Client(")), !ownToken);
    QCOMPARE(text.contains(QLatin1String("ovh.NewAccessTokenClient(")), ownToken);
    QVERIFY(!text.contains(QLatin1String("ovh.NewClient(")));
    QVERIFY(!text.contains(QLatin1String("OVH_APPLICATION_KEY")));
    if (!ownToken) {
        QVERIFY(!text.contains(QLatin1String("clientcredentials")));
        return;
    }
    const QString tokenUrl = OAuth2::defaultTokenUrl(endpoint).toString(QUrl::FullyEncoded);
    QVERIFY(!tokenUrl.isEmpty());
    const QStringList parts {
        QStringLiteral("go get github.com/ovh/go-ovh/ovh golang.org/x/oauth2\n"),
        QStringLiteral("\t\"golang.org/x/oauth2/clientcredentials\"\n"),
        QStringLiteral("\t\tTokenURL:     \"") + tokenUrl + QStringLiteral("\",\n"),
        QStringLiteral("\t\tScopes:       []string{\"all\"},\n"),
        QStringLiteral("envOr(\"OVH_CLIENT_ID\", \"your_client_id\")"),
        QStringLiteral("token, err := credentials.Token(context.Background())\n"),
        QStringLiteral("\tos.Unsetenv(\"OVH_CLIENT_ID\")\n\tos.Unsetenv(\"OVH_CLIENT_SECRET\")\n"),
        QStringLiteral("\t\ttoken.AccessToken,\n"),
    };
    for (const QString& part : parts)
        QVERIFY2(text.contains(part), qPrintable(part + QLatin1String("\n---\n") + text));
    // The variables go-ovh would read are cleared after the token and before the client.
    QVERIFY(text.indexOf(QLatin1String("credentials.Token("))
        < text.indexOf(QLatin1String("os.Unsetenv(")));
    QVERIFY(text.indexOf(QLatin1String("os.Unsetenv("))
        < text.indexOf(QLatin1String("ovh.NewAccessTokenClient(")));
    // The endpoint as go-ovh takes a URL.
    QVERIFY2(text.contains(
                 QLatin1String("\t\t\"") + endpoint.baseUrl.toString() + QLatin1String("\",\n")),
        qPrintable(text));
}

void TestSnippetsGoOAuth2::headerParametersKeepTheBearer()
{
    // A v2 list with its pagination headers: NewRequest(…, true) is the call that adds the
    // token, for go-ovh's OAuth2 client and its access-token client alike.
    int checked = 0;
    for (const OvhTest::SnippetCase& c : OvhTest::v2SnippetCases()) {
        if (!c.problem.isEmpty() || c.request.headerParams.isEmpty() || c.request.noAuthentication)
            continue;
        for (const Endpoint& endpoint : { c.endpoint, sandboxEndpoint() }) {
            const QString text = goSnippetFor(c, endpoint);
            QVERIFY2(
                text.contains(QLatin1String("req, err := client.NewRequest(")), qPrintable(text));
            const qsizetype call = text.indexOf(QLatin1String("client.NewRequest("));
            const qsizetype end = text.indexOf(QLatin1Char('\n'), call);
            QVERIFY2(text.mid(call, end - call).endsWith(QLatin1String(", true)")),
                qPrintable(text.mid(call, end - call)));
            QVERIFY(text.contains(QLatin1String("response, err := client.Do(req)")));
            ++checked;
        }
    }
    QVERIFY(checked >= 2);
}

void TestSnippetsGoOAuth2::gofmtAcceptsThem_data()
{
    QTest::addColumn<Endpoint>("endpoint"); // invalid: each case's own
    QTest::newRow("each case's endpoint") << Endpoint();
    QTest::newRow("sandbox") << sandboxEndpoint();
    QTest::newRow("base URL") << customEndpoint();
}

void TestSnippetsGoOAuth2::gofmtAcceptsThem()
{
    QFETCH(Endpoint, endpoint);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gofmt")).isEmpty(),
        "gofmt is not installed (golang-go, see the README's set-up)");
    QTemporaryDir dir;
    int checked = 0;
    for (const OvhTest::SnippetCase& c : OvhTest::snippetCases() + OvhTest::v2SnippetCases()) {
        if (!c.problem.isEmpty())
            continue;
        const QString file = dir.filePath(c.name + QLatin1String(".go"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(goSnippetFor(c, endpoint.isValid() ? endpoint : c.endpoint).toUtf8());
        out.close();
        // -l lists a file gofmt would format otherwise; -e reports every syntax error.
        const OvhTest::ProcessRun run = OvhTest::runProcess(
            QStringLiteral("gofmt"), { QStringLiteral("-e"), QStringLiteral("-l"), file });
        QVERIFY2(run.ok(), qPrintable(c.name + QLatin1String(": ") + run.describe()));
        QVERIFY2(run.out.trimmed().isEmpty(),
            qPrintable(c.name + QLatin1String(" is not gofmt-formatted")));
        ++checked;
    }
    QVERIFY(checked > 10);
}

QTEST_GUILESS_MAIN(TestSnippetsGoOAuth2)
#include "tst_snippets_go_oauth2.moc"
