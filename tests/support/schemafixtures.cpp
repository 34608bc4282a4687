#include "schemafixtures.h"

#include "net/schemarepository.h"
#include "schema/schemaparser.h"
#include "testpaths.h"

#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace OvhTest {

const Product& productFile(const QString& root, const QString& file)
{
    static QHash<QString, Product> cache;
    const QString path = root + QLatin1Char('/') + file;
    auto it = cache.find(path);
    if (it != cache.end())
        return *it;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QString productPath = QLatin1Char('/') + file;
    if (productPath.endsWith(QLatin1String(".json")))
        productPath.chop(5);
    ProductParseResult parsed = SchemaParser::parseProduct(productPath, in.readAll());
    if (!parsed.ok)
        qFatal("cannot parse %s", qPrintable(path));
    return *cache.insert(path, std::move(parsed.product));
}

const Product& snapshotProduct(const QString& file)
{
    return productFile(snapshotDir(QStringLiteral("eu")), file);
}

const QList<Product>& bundledEuProducts()
{
    static const QList<Product> products = [] {
        QTemporaryDir cache;
        QNetworkAccessManager nam;
        SchemaRepository repository(&nam);
        SchemaRepository::Options options;
        options.cacheDir = cache.path();
        options.offline = true;
        repository.setOptions(options);
        QSignalSpy loaded(&repository, &SchemaRepository::loaded);
        repository.load(*Endpoint::byName(u"ovh-eu"));
        if (!loaded.wait(120000))
            qFatal("the bundled eu snapshot did not load");
        const auto schema = loaded.constFirst().constFirst().value<SchemaSet>();
        if (schema.source != SchemaSource::Bundled || schema.products.size() != kEuProducts)
            qFatal("the bundled eu snapshot did not load whole");
        return schema.products;
    }();
    return products;
}

const Operation* findOperation(const Product& product, HttpMethod method, const QString& path)
{
    for (const ApiPath& apiPath : product.paths) {
        if (apiPath.path != path)
            continue;
        for (const Operation& operation : apiPath.operations) {
            if (operation.method == method)
                return &operation;
        }
    }
    return nullptr;
}

void addSnapshotCountRows()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("products");
    QTest::addColumn<int>("paths");
    QTest::addColumn<int>("operations");
    QTest::addColumn<int>("models");
    QTest::newRow("eu") << QStringLiteral("eu") << kEuProducts << kEuPaths << kEuOperations
                        << kEuModels;
    QTest::newRow("ca") << QStringLiteral("ca") << 57 << 3395 << 4566 << 4288;
}

} // namespace OvhTest
