#include "schemarig.h"

#include "schemafixtures.h"
#include "testfiles.h"

#include <QDebug>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Ovh;

namespace OvhTest {

QByteArray tinyProduct(const QByteArray& path, int padding)
{
    QByteArray json = QByteArrayLiteral(R"({
 "apiVersion": "1.0", "basePath": "https://eu.api.ovh.com/1.0", "resourcePath": "@PATH@",
 "apis": [{"path": "@PATH@", "description": "@PAD@", "operations": [{
   "httpMethod": "GET", "apiStatus": {"value": "PRODUCTION", "description": "Stable"},
   "noAuthentication": false, "description": "List things", "parameters": [],
   "responseType": "string[]"}]}],
 "models": {"tiny.Thing": {"id": "Thing", "namespace": "tiny", "properties": {
   "name": {"type": "string", "canBeNull": false, "readOnly": true}}}}
})");
    json.replace("@PATH@", path);
    json.replace("@PAD@", QByteArray(padding, 'x'));
    return json;
}

bool writeTinySnapshot(const QString& dir)
{
    const QByteArray index = QByteArrayLiteral(R"({"apis": [
 {"path": "/alpha", "schema": "{path}.{format}", "format": ["json"], "description": ""},
 {"path": "/beta", "schema": "{path}.{format}", "format": ["json"], "description": ""},
 {"path": "/group/gamma", "schema": "{path}.{format}", "format": ["json"], "description": ""}
], "basePath": "https://example.invalid/1.0"})");
    auto write = [&dir](const QString& name, const QByteArray& data) {
        return writeFile(dir + QLatin1Char('/') + name, data);
    };
    return write(QStringLiteral("index.json"), index)
        && write(QStringLiteral("alpha.json"), tinyProduct("/alpha"))
        && write(QStringLiteral("beta.json"), tinyProduct("/beta"))
        && write(QStringLiteral("group/gamma.json"), tinyProduct("/group/gamma"));
}

std::unique_ptr<SnapshotServer> tinyServer(QTemporaryDir& folder)
{
    if (!folder.isValid() || !writeTinySnapshot(folder.path()))
        return nullptr;
    auto server = std::make_unique<SnapshotServer>(folder.path());
    if (!server->listen())
        return nullptr;
    return server;
}

Endpoint endpointFor(const QUrl& baseUrl, const QString& bundle)
{
    return Endpoint { QString(), baseUrl, bundle };
}

QUrl closedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return QUrl();
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/1.0").arg(port));
}

SchemaRepository::Options optionsFor(const QTemporaryDir& cache)
{
    SchemaRepository::Options options;
    options.cacheDir = cache.path();
    options.timeoutMs = 5000;
    return options;
}

std::optional<SchemaSet> loadAndWait(SchemaRepository& repository, const Endpoint& endpoint)
{
    QSignalSpy spy(&repository, &SchemaRepository::loaded);
    repository.load(endpoint);
    if (!spy.wait(kLoadTimeoutMs) || spy.size() != 1)
        return std::nullopt;
    auto set = qvariant_cast<SchemaSet>(spy.constFirst().constFirst());
    if (qEnvironmentVariableIsSet("OVH_TEST_VERBOSE"))
        qDebug().noquote() << dump(set);
    return set;
}

const Diagnostic* findDiagnostic(
    const SchemaSet& set, const QString& product, const QString& needle)
{
    for (const Diagnostic& diagnostic : set.diagnostics) {
        if (diagnostic.product == product && diagnostic.message.contains(needle))
            return &diagnostic;
    }
    return nullptr;
}

QStringList productPaths(const SchemaSet& set)
{
    QStringList paths;
    for (const Product& product : set.products)
        paths << product.path;
    return paths;
}

QString dump(const SchemaSet& set)
{
    QStringList lines;
    lines << QStringLiteral("source=%1 products=%2 failed=%3")
                 .arg(schemaSourceName(set.source))
                 .arg(set.products.size())
                 .arg(set.failedProducts);
    for (const Diagnostic& diagnostic : set.diagnostics)
        lines << QStringLiteral("  [%1] %2").arg(diagnostic.product, diagnostic.message);
    return lines.join(QLatin1Char('\n'));
}

int countDiagnostics(const SchemaSet& set, const QString& needle)
{
    int count = 0;
    for (const Diagnostic& diagnostic : set.diagnostics)
        count += diagnostic.message.contains(needle) ? 1 : 0;
    return count;
}

void verifyEuCounts(const SchemaSet& set)
{
    QCOMPARE(set.products.size(), kEuProducts);
    QCOMPARE(set.failedProducts, 0);
    QCOMPARE(set.pathCount(), kEuPaths);
    QCOMPARE(set.operationCount(), kEuOperations);
    QCOMPARE(set.modelCount(), kEuModels);
    QVERIFY(set.product(QStringLiteral("/hosting/web")));
    QVERIFY(set.isComplete());
}

TinyRig::TinyRig()
{
    if (!cacheDir.isValid() || !(server = tinyServer(folder)))
        return;
    endpoint = endpointFor(server->baseUrl());
}

} // namespace OvhTest
