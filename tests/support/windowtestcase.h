#pragma once

#include "base/credentials.h"
#include "sandbox/sandbox.h"
#include "schemafixtures.h"
#include "settings/explorersettings.h"
#include "window/mainwindow.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace OvhTest {

// The longest a test waits for the window's schema.
constexpr int kWindowLoadTimeoutMs = 60000;

// "METHOD path" of the first search result `window` shows for `query` typed in its search box
// (once its search indexes are built).
QString firstSearchResult(Ovh::MainWindow& window, const QString& query);
// The window's search indexes (built on worker threads after a schema loads) are in place: a
// query finds all its matches. Wait with QTRY_VERIFY(searchIndexed(*window)).
bool searchIndexed(Ovh::MainWindow& window);

// A test case of the main window: each function starts with its own folder (settings, cache),
// and creates windows as app/main_gui.cpp does (init, cleanup; QTest runs the inherited slots).
class WindowTestCase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

protected:
    std::unique_ptr<Ovh::MainWindow> makeWindow(
        bool offline = true, const QProcessEnvironment& environment = QProcessEnvironment());
    // The bundled eu schema, loaded.
    void waitLoaded(Ovh::MainWindow& window);
    // The sandbox endpoint, started and loaded.
    void switchToSandbox(Ovh::MainWindow& window);

    // The composition root's part in these tests: the window asks for the sandbox through
    // Options::startSandbox, and gets these keys with it.
    std::unique_ptr<Ovh::Sandbox> m_sandbox;
    Ovh::Credentials m_sandboxCredentials;
    // What the History dock of the windows made shows; none when null.
    Ovh::HistoryStore* m_history = nullptr;
    // MainWindow::Options::firstStart of the windows made next.
    bool m_firstStart = false;
    // MainWindow::Options::restart of the windows made next.
    std::function<void()> m_restart;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ovh::ExplorerSettings> m_settings;
    Ovh::SavedRequestStore* m_savedRequests = nullptr; // handed to the windows made

    QNetworkAccessManager m_nam;
};

} // namespace OvhTest
