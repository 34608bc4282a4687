#pragma once

#include <QByteArray>
#include <QString>

namespace OvhTest {

// `data` as the whole content of `path`, its folders made first; false when it cannot be written.
bool writeFile(const QString& path, const QByteArray& data);
// The content of `path`; empty when it cannot be read.
QByteArray readFile(const QString& path);
// The permission bits of `path` as a Unix mode: 0600 is owner read/write only.
int unixMode(const QString& path);
// A compact JSON array of `count` DNS records ({"id":0,"fieldType":"A","subDomain":"www0",
// "target":"192.0.2.1","ttl":3600}, ~95 bytes each): a large answer for tests.
QByteArray recordsJson(int count);

} // namespace OvhTest
