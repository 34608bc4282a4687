// The cost of reading an answer against its schema (issue 13 items 2 and 4): the conformance
// check of a 150,000-record answer as the window runs it on its GUI thread (capped at
// ResultAnnotations::MaxCheckedValues) and whole, and the linkable keys of every eu product.
// Usage: bench_modelconformance [--records N]. Run by hand.
#include "benchstats.h"
#include "results/idlinks.h"
#include "results/modelconformance.h"
#include "results/resultannotations.h"
#include "schemafixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <climits>
#include <cstdio>

using namespace Ovh;
using namespace OvhBench;

namespace {

// N records of a zone, one in a hundred drifting (an enum value the schema lacks, an extra key).
QJsonArray records(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        QJsonObject record { { QStringLiteral("id"), 1000000 + i },
            { QStringLiteral("fieldType"),
                i % 100 == 0 ? QStringLiteral("XYZ") : QStringLiteral("A") },
            { QStringLiteral("subDomain"), QStringLiteral("host%1").arg(i) },
            { QStringLiteral("target"),
                QStringLiteral("10.0.%1.%2").arg(i / 250 % 250).arg(i % 250) },
            { QStringLiteral("ttl"), 3600 },
            { QStringLiteral("zone"), QStringLiteral("example.com") } };
        if (i % 100 == 50)
            record.insert(QStringLiteral("extra"), true);
        array.append(record);
    }
    return array;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int count = 150000;
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--records"));
    if (at > 0 && at + 1 < arguments.size())
        count = arguments.at(at + 1).toInt();

    const Product& domain = OvhTest::snapshotProduct(QStringLiteral("domain.json"));
    const TypeRef type = domain.resolveType(u"domain.zone.Record[]");
    const QJsonArray answer = records(count);

    QList<double> capped;
    QList<double> whole;
    int cappedProblems = 0;
    int wholeProblems = 0;
    for (int run = 0; run < 5; ++run) {
        ConformanceLimits gui;
        gui.maxValues = ResultAnnotations::MaxCheckedValues;
        QElapsedTimer timer;
        timer.start();
        cappedProblems = int(checkModelConformance(answer, domain, type, gui).problems.size());
        capped << msSince(timer);
        ConformanceLimits none { INT_MAX, INT_MAX, INT_MAX };
        timer.restart();
        wholeProblems = int(checkModelConformance(answer, domain, type, none).problems.size());
        whole << msSince(timer);
    }
    std::printf("%d records, one in 100 drifting\n", count);
    printStats("check as the window does (capped)", capped);
    std::printf("  problems marked: %d\n", cappedProblems);
    printStats("check of the whole answer", whole);
    std::printf("  problems found: %d\n", wholeProblems);

    QList<double> keys;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const Product& product : OvhTest::bundledEuProducts())
            linkableKeys(product);
        keys << msSince(timer);
    }
    printStats("linkableKeys of the 89 eu products", keys);
    std::printf("peak RSS: %lld MiB\n", peakRssKb() / 1024);
    return 0;
}
