#include "operationviewtestcase.h"

#include "sandbox/sandboxdemo.h"

#include <QTest>

using namespace Ovh;

namespace OvhTest {

void OperationViewTestCase::initTestCase()
{
    QVERIFY(!domainProduct().paths.isEmpty());
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<ApiClient>(&m_nam, nullptr);
    m_calls = std::make_unique<CallSession>(m_client.get(), nullptr);
}

void OperationViewTestCase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings
        = std::make_unique<ExplorerSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void OperationViewTestCase::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<OperationView> OperationViewTestCase::makeView()
{
    auto view = std::make_unique<OperationView>();
    view->setCallContext(m_calls.get(), m_settings.get());
    Endpoint endpoint;
    endpoint.name = QStringLiteral("sandbox");
    endpoint.baseUrl = m_sandbox->baseUrl();
    view->setEndpoint(endpoint, SandboxDemo::credentials(), true);
    view->resize(1000, 760);
    view->show();
    return view;
}

void OperationViewTestCase::openRecordForm(OperationView& view, HttpMethod method)
{
    const Product& product = domainProduct();
    const Operation* operation = findOperation(product, method, kRecordPath);
    QVERIFY(operation);
    view.showOperation(product, *operation);
}

} // namespace OvhTest
