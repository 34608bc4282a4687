#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace OvhTest {

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int unixMode(const QString& path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = { { QFileDevice::ReadOwner, 0400 },
        { QFileDevice::WriteOwner, 0200 }, { QFileDevice::ExeOwner, 0100 },
        { QFileDevice::ReadGroup, 040 }, { QFileDevice::WriteGroup, 020 },
        { QFileDevice::ExeGroup, 010 }, { QFileDevice::ReadOther, 04 },
        { QFileDevice::WriteOther, 02 }, { QFileDevice::ExeOther, 01 } };
    for (const auto& [flag, bit] : bits) {
        if (p.testFlag(flag))
            mode |= bit;
    }
    return mode;
}

QByteArray recordsJson(int count)
{
    QByteArray json("[");
    for (int i = 0; i < count; ++i) {
        if (i)
            json += ',';
        json += "{\"id\":" + QByteArray::number(i) + ",\"fieldType\":\"A\",\"subDomain\":\"www"
            + QByteArray::number(i) + "\",\"target\":\"192.0.2.1\",\"ttl\":3600}";
    }
    return json + ']';
}

} // namespace OvhTest
