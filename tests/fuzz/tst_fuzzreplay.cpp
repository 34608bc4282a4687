#include "fuzztargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

// Replays every input the fuzzers ever broke (tests/data/fuzz/<target>/) plus the malformed
// schemas, with the regular compiler: no clang needed to keep a crash fixed.
class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QString root = QStringLiteral(OVH_TEST_DATA_DIR);
    const struct
    {
        const char* target;
        const char* dir;
    } sources[] = {
        { "schema", "fuzz/schema" },
        { "schema", "malformed" },
        { "typeref", "fuzz/typeref" },
        { "openapi", "fuzz/openapi" },
    };
    int rows = 0;
    for (const auto& source : sources) {
        const QDir dir(root + QLatin1Char('/') + QLatin1String(source.dir));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name == QLatin1String("README.md"))
                continue;
            QTest::addRow("%s/%s", source.target, qPrintable(name))
                << QString::fromLatin1(source.target) << dir.filePath(name);
            ++rows;
        }
    }
    if (rows < 10)
        qFatal("fuzz regression inputs missing below %s", qPrintable(root));
}

void TestFuzzReplay::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray data = input.readAll();
    const auto* bytes = reinterpret_cast<const uint8_t*>(data.constData());
    QElapsedTimer timer;
    timer.start();
    if (target == QLatin1String("schema"))
        OvhFuzz::schemaParser(bytes, size_t(data.size()));
    else if (target == QLatin1String("openapi"))
        OvhFuzz::openApiReader(bytes, size_t(data.size()));
    else
        OvhFuzz::typeParser(bytes, size_t(data.size()));
    // A crash ends the test by itself; this catches the inputs that used to take minutes.
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
