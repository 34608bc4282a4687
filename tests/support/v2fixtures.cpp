#include "v2fixtures.h"

#include "schema/openapireader.h"
#include "schemafixtures.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace OvhTest {

QString v2BranchDir()
{
    return dataFile(QStringLiteral("v2branch"));
}

const Ovh::Product& v2IamProduct()
{
    return productFile(v2BranchDir(), QStringLiteral("iam.json"));
}

const Ovh::Operation& v2Operation(Ovh::HttpMethod method, const QString& path)
{
    const Ovh::Operation* operation = findOperation(v2IamProduct(), method, path);
    if (!operation)
        qFatal("no %s in the v2 fixture", qPrintable(path));
    return *operation;
}

Ovh::Product realV2Product(const QString& name)
{
    QFile file(QDir::cleanPath(snapshotDir(QStringLiteral("eu")) + QLatin1String("/../v2"))
        + QLatin1Char('/') + name + QLatin1String(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return Ovh::Product();
    return Ovh::OpenApiReader::parseProduct(QLatin1Char('/') + name, file.readAll()).product;
}

namespace {

ExampleOperation exampleOperation(
    const QString& product, Ovh::HttpMethod method, const QString& path)
{
    ExampleOperation found;
    found.product = realV2Product(product);
    const Ovh::Operation* operation = findOperation(found.product, method, path);
    if (!operation)
        qFatal("no %s in the bundled v2 %s", qPrintable(path), qPrintable(product));
    found.operation = *operation;
    for (const Ovh::OperationExample& example : operation->examples) {
        if (example.kind == Ovh::OperationExample::Request)
            found.examples.append(example);
    }
    return found;
}

} // namespace

ExampleOperation policyCreation()
{
    return exampleOperation(QStringLiteral("iam"), Ovh::HttpMethod::Post, kV2PolicyPath);
}

ExampleOperation vrackResourceUpdate()
{
    return exampleOperation(QStringLiteral("vrackServices"), Ovh::HttpMethod::Put,
        QStringLiteral("/vrackServices/resource/{vrackServicesId}"));
}

QJsonValue exampleValue(const QByteArray& json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().first();
}

Ovh::Endpoint v2Endpoint()
{
    Ovh::Endpoint endpoint;
    endpoint.name = QStringLiteral("ovh-eu");
    endpoint.baseUrl = QUrl(QStringLiteral("https://eu.api.ovh.com/v2"));
    return endpoint;
}

QJsonArray numbers(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(i);
    return array;
}

FakeNetwork::Answer numberPage(const FakeNetwork::Request& request, int pages, int perPage)
{
    const QByteArray cursor = request.header("X-Pagination-Cursor");
    const int index = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
    QJsonArray items;
    for (int i = 0; i < perPage; ++i)
        items.append(index * perPage + i);
    FakeNetwork::Answer answer;
    answer.body = QJsonDocument(items).toJson(QJsonDocument::Compact);
    if (index + 1 < pages)
        answer.headers.append({ "X-Pagination-Cursor-Next", "c" + QByteArray::number(index + 1) });
    return answer;
}

FakeNetwork::Script numberPages(int pages, int perPage)
{
    return [pages, perPage](
               const FakeNetwork::Request& request) { return numberPage(request, pages, perPage); };
}

} // namespace OvhTest
