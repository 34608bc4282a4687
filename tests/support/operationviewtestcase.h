#pragma once

#include "net/apiclient.h"
#include "operation/operationview.h"
#include "sandbox/sandbox.h"
#include "schemafixtures.h"
#include "session/callsession.h"
#include "settings/explorersettings.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace OvhTest {

// The eu snapshot's /domain product.
inline const Ovh::Product& domainProduct()
{
    return snapshotProduct(QStringLiteral("domain.json"));
}

// The child of `parent` named `name`; null, with a warning naming it, when there is none.
template<typename T> T* child(QWidget* parent, const QString& name)
{
    auto* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// A test case of the operation view on its own: one sandbox and one call session for all
// functions (initTestCase), fresh settings in a new folder for each (init, cleanup; QTest runs
// the inherited slots).
class OperationViewTestCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    // A shown view whose endpoint is the sandbox, with its demo keys.
    std::unique_ptr<Ovh::OperationView> makeView();
    // The view shows `method` /domain/zone/{zoneName}/record.
    void openRecordForm(Ovh::OperationView& view, Ovh::HttpMethod method = Ovh::HttpMethod::Post);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ovh::ExplorerSettings> m_settings;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Ovh::ApiClient> m_client;
    std::unique_ptr<Ovh::CallSession> m_calls;
    std::unique_ptr<Ovh::Sandbox> m_sandbox;
};

} // namespace OvhTest
