// Shows the main window (an operation filled and executed on the sandbox, the History dock
// open) and every dialog at once, then waits: atspicheck.py walks what a screen reader sees
// of them meanwhile. Prints "A11Y-READY" when everything is shown and quits on a line on stdin.
// OVH_A11Y_PLANT=1 adds one control without a name, to show the check can fail.
#include "windowfixture.h"

#include "history/historydock.h"
#include "login/credentialdialog.h"
#include "login/logindialog.h"
#include "operation/confirmcalldialog.h"
#include "results/diffdialog.h"
#include "sandbox/sandboxdemo.h"
#include "settings/settingsdialog.h"
#include "window/diagnosticsdialog.h"
#include "window/shortcutsdialog.h"

#include <QAction>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSocketNotifier>
#include <QStatusBar>
#include <QTest>

#include <cstdio>

using namespace Ovh;

namespace OvhTest {

class A11yShow : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
    void showEverything();

private:
    template<typename Dialog> Dialog* keep(Dialog* dialog, const QString& title = {})
    {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!title.isEmpty())
            dialog->setWindowTitle(title);
        dialog->show();
        return dialog;
    }
    LoginDialog* login(MainWindow& window, LoginDialog::Page page);
};

LoginDialog* A11yShow::login(MainWindow& window, LoginDialog::Page page)
{
    LoginDialog::Request request;
    request.endpoint = sandboxEndpoint();
    request.operationMethod = QStringLiteral("POST");
    request.operationPath = kRecordPath;
    request.demo = true;
    auto* dialog = keep(new LoginDialog(m_accounts.get(), m_client, request, &window));
    dialog->setPage(page);
    return dialog;
}

void A11yShow::showEverything()
{
    auto window = sandboxWindow();
    QVERIFY(window);
    fillRecord(*window);
    execute(*window, QString(), QStringLiteral("200"));
    if (auto* dock = window->findChild<HistoryDock*>())
        dock->show();
    if (qEnvironmentVariableIntValue("OVH_A11Y_PLANT")) {
        auto* planted = new QLineEdit(window.get());
        planted->setAccessibleDescription(QStringLiteral("planted"));
        window->statusBar()->addWidget(planted);
    }

    keep(new SettingsDialog(m_settings.get(), window->endpoint(), window.get()));
    window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    showShortcutsDialog(window.get());
    auto* diagnostics = keep(new DiagnosticsDialog(window.get()));
    diagnostics->setDiagnostics(window->endpoint().name, {});
    for (auto page : { LoginDialog::Page::HaveKeys, LoginDialog::Page::RequestAccess,
             LoginDialog::Page::CreateApplication, LoginDialog::Page::ServiceAccount })
        login(*window, page);
    keep(new CredentialDialog(
        m_client, sandboxEndpoint(), SandboxDemo::credentials(), kProfile, window.get()));
    const QJsonArray before { QJsonObject { { QStringLiteral("id"), 1 } } };
    const QJsonArray after { QJsonObject { { QStringLiteral("id"), 2 } } };
    keep(new DiffDialog(
        before, QStringLiteral("Before"), after, QStringLiteral("Now"), window.get()));
    keep(new ConfirmCallDialog(window->endpoint().displayName(), QStringLiteral("POST"),
        QStringLiteral("https://eu.api.ovh.com/1.0/domain/zone/example.com/record"),
        QStringLiteral("{\"target\": \"hello\"}"), window.get()));
    QCoreApplication::processEvents();

    // The walker's commands, a line each: "execute" makes the call again (its status is
    // announced); anything else, or the end of the input, ends the wait.
    bool done = false;
    auto* executeButton = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    QSocketNotifier input(0, QSocketNotifier::Read);
    connect(&input, &QSocketNotifier::activated, this, [&done, executeButton] {
        char line[64] = {};
        if (std::fgets(line, sizeof line, stdin) && qstrcmp(line, "execute\n") == 0)
            executeButton->click();
        else
            done = true;
    });
    std::printf("A11Y-READY\n");
    std::fflush(stdout);
    QTRY_VERIFY_WITH_TIMEOUT(done, 240000);
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(top))
            top->close();
    }
}

} // namespace OvhTest

QTEST_MAIN(OvhTest::A11yShow)
#include "a11yshow.moc"
