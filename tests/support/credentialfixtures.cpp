#include "credentialfixtures.h"

#include <QTest>

using namespace Ovh;

namespace OvhTest {

bool mentionsSecret(const QString& text)
{
    return text.contains(SecretAS) || text.contains(SecretCK) || text.contains(SecretClient);
}

Credentials fullCredentials()
{
    Credentials c;
    c.applicationKey = QStringLiteral("AK-public");
    c.applicationSecret = SecretAS;
    c.consumerKey = SecretCK;
    return c;
}

void FolderTestCase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

} // namespace OvhTest
