// Planted for core_translations_broken: a CLI that installs a translator.
#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTranslator translator;
    QCoreApplication::installTranslator(&translator);
    return 0;
}
