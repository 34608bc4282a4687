#pragma once

#include "base/credentials.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// What the credential tests share: recognisable fake secrets, so a leak shows up in any message,
// and a fresh folder for each test function's files.
namespace OvhTest {

inline const QString SecretAS = QStringLiteral("SECRET-AS-0123456789");
inline const QString SecretCK = QStringLiteral("SECRET-CK-0123456789");
inline const QString SecretClient = QStringLiteral("SECRET-CLIENT-0123456789");

// Whether `text` holds any of the fake secrets.
bool mentionsSecret(const QString& text);
// A public application key with SecretAS and SecretCK.
Ovh::Credentials fullCredentials();

// A test case whose functions each start with a new empty folder (init); QTest runs the
// inherited slot.
class FolderTestCase : public QObject
{
    Q_OBJECT

private slots:
    void init();

protected:
    QString path(const QString& name) const { return m_dir->filePath(name); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace OvhTest
