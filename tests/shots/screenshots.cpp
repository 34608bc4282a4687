// Takes the README's screenshots: the real window against the in-process sandbox, driven
// through its widgets like a person would, each screen grabbed to a PNG. Not a test.
//   screenshots OUTDIR [--dark]
// scripts/screenshots.sh runs it (offscreen, inside a private keychain) in both palettes.
#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "history/historydock.h"
#include "history/historypanel.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "login/credentialdialog.h"
#include "login/logindialog.h"
#include "look/guidancebar.h"
#include "look/messagebar.h"
#include "look/palettes.h"
#include "models/searchresultmodel.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "operation/operationview.h"
#include "results/diffpicker.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxoauth2.h"
#include "saved/savedrequeststore.h"
#include "session/callsession.h"
#include "settings/explorersettings.h"
#include "settings/settingsdialog.h"
#include "window/accountbutton.h"
#include "window/customendpointbar.h"
#include "window/mainwindow.h"
#include "window/navigatorpanel.h"
#include "window/operationtabs.h"

#include "session/explorerservices.h"
#include "window/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>

#include <cstdio>
#include <memory>

using namespace Ovh;

namespace {

const QString kRecord = QStringLiteral("POST /domain/zone/{zoneName}/record");

Credentials demoCredentials()
{
    return SandboxDemo::credentials();
}

class Shooter
{
public:
    Shooter(QString outDir, bool dark, const QString& size)
        : m_out(std::move(outDir))
        , m_suffix((dark ? QStringLiteral("-dark") : QString())
              + (size.isEmpty() ? QString() : QLatin1Char('-') + size))
    { }

    bool ok() const { return m_failures == 0; }

    void grab(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(150); // let queued layouts and repaints settle
        const QString path = m_out + QLatin1Char('/') + name + m_suffix + QStringLiteral(".png");
        if (!widget->grab().save(path)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
            ++m_failures;
            return;
        }
        std::printf("%s\n", qPrintable(path));
    }

    bool check(bool condition, const char* what)
    {
        if (!condition) {
            std::fprintf(stderr, "screenshots: %s\n", what);
            ++m_failures;
        }
        return condition;
    }

private:
    QString m_out;
    QString m_suffix;
    int m_failures = 0;
};

template<typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

void type(QWidget* parent, const char* name, const QString& text)
{
    if (auto* edit = child<QLineEdit>(parent, name)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

// The record form in `parent` (the window's first, or one tab's view).
void fillRecord(QWidget* parent, const QString& zone)
{
    type(parent, "field:zoneName", zone);
    if (auto* fieldType = child<QComboBox>(parent, "field:body.fieldType"))
        fieldType->setCurrentIndex(fieldType->findData(QStringLiteral("CNAME")));
    type(parent, "field:body.subDomain", QStringLiteral("docs"));
    type(parent, "field:body.target", QStringLiteral("www.example.com."));
    type(parent, "field:body.ttl", QStringLiteral("3600"));
}

void fillRecord(MainWindow& window, const QString& zone)
{
    fillRecord(static_cast<QWidget*>(&window), zone);
}

// Executes the operation of `parent` (the window's first, or one tab's view) and waits for its
// answer.
bool executeIn(QWidget* parent)
{
    auto* execute = child<QPushButton>(parent, "executeButton");
    if (!execute || !QTest::qWaitFor([execute] { return execute->isEnabled(); }, 5000))
        return false;
    auto* status = child<QLabel>(parent, "resultStatus");
    QTest::mouseClick(execute, Qt::LeftButton);
    return QTest::qWaitFor(
        [status] {
            return status && status->isVisible()
                && status->text()
                != QCoreApplication::translate("Ovh::ResultView", "Sending\u2026");
        },
        10000);
}

bool execute(MainWindow& window)
{
    return executeIn(&window);
}

// Waits (at most 10 s) until the window's search indexes are built: the matches all shown.
bool searchIndexed(MainWindow& window)
{
    return QTest::qWaitFor(
        [&window] {
            auto* navigator = window.findChild<NavigatorPanel*>();
            return navigator && !navigator->searchModel()->isIndexing();
        },
        10000);
}

void showTab(MainWindow& window, const QString& title)
{
    // In the current operation tab's view (the others are hidden, not gone).
    auto* tabs = child<QTabWidget>(window.operationTabs()->currentView(), "operationTabs");
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        // `title` is the English source; the tab shows it in the window's language.
        const QString shown = QCoreApplication::translate("Ovh::OperationView", qPrintable(title));
        if (tabs->tabText(i).remove(QLatin1Char('&')) == QString(shown).remove(QLatin1Char('&')))
            tabs->setCurrentIndex(i);
    }
}

// Issue 13's views, in a tab of their own: the record ids as links in the Body and the Tree with
// the Fetch all bar, the table Fetch all fills, and the diff of the list before and after a
// record was added (Compare with…).
void shootResults(MainWindow& window, HistoryStore& history, Shooter& shooter)
{
    const QString list = QStringLiteral("GET /domain/zone/{zoneName}/record");
    window.openOperationInNewTab(list);
    QWidget* view = window.operationTabs()->currentView();
    type(view, "field:zoneName", QStringLiteral("example.com"));
    if (!shooter.check(executeIn(view), "no record list"))
        return;
    auto* resultTabs = child<QTabWidget>(view, "resultTabs");
    // The ids in the Body's text are links too.
    resultTabs->setCurrentWidget(child<QWidget>(view, "resultBodyStack"));
    shooter.grab(&window, QStringLiteral("result-body-links"));
    resultTabs->setCurrentWidget(child<QWidget>(view, "resultTree"));
    shooter.grab(&window, QStringLiteral("result-id-links"));
    if (auto* fetch = child<QPushButton>(view, "fetchAllButton");
        shooter.check(fetch && fetch->isVisible(), "no Fetch all")) {
        QTest::mouseClick(fetch, Qt::LeftButton);
        auto* table = child<QWidget>(view, "resultTable");
        shooter.check(QTest::qWaitFor(
                          [&] {
                              return resultTabs->currentWidget() == table
                                  && !child<QWidget>(view, "fetchAllCancel")->isVisible();
                          },
                          20000),
            "Fetch all did not fill the table");
        shooter.grab(&window, QStringLiteral("result-table"));
    }
    // One more record, then the list again, compared with the first.
    window.openOperationInNewTab(kRecord);
    QWidget* post = window.operationTabs()->currentView();
    fillRecord(post, QStringLiteral("example.com"));
    shooter.check(executeIn(post), "no record added");
    OperationTabs* tabs = window.operationTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->viewAt(i) == view)
            tabs->setCurrentIndex(i);
    }
    if (!shooter.check(executeIn(view), "no second record list"))
        return;
    QTest::qWait(300); // the history's thread records the call
    auto* compare = child<DiffPicker>(view, "compareButton");
    const QList<HistoryEntry> earlier = comparableEntries(history, list);
    QSignalSpy opened(compare, &DiffPicker::dialogOpened);
    if (shooter.check(compare && earlier.size() >= 2, "nothing to compare with")
        && shooter.check(compare->compareWith(earlier.constLast().id), "no diff")) {
        auto* dialog = opened.at(0).at(0).value<QDialog*>();
        dialog->resize(1000, 640);
        shooter.grab(dialog, QStringLiteral("result-diff"));
        dialog->close();
    }
}

// A message bar's text and kind as the window showed them.
struct BarSample
{
    MessageBar::Kind kind = MessageBar::Kind::Info;
    QString text;
};

BarSample barSample(QWidget* parent, const char* name)
{
    auto* bar = child<MessageBar>(parent, name);
    return bar ? BarSample { bar->kind(), bar->text() } : BarSample();
}

// A cancelled call and a refused one, in a tab of their own: their message bars, as the result
// view words them.
QList<BarSample> callBars(MainWindow& window, Shooter& shooter)
{
    window.openOperationInNewTab(kRecord);
    auto* view = window.operationTabs()->currentView();
    // What the form says of its fields while the raw body is sent instead.
    QList<BarSample> samples { barSample(view, "rawBodyNote") };
    fillRecord(view, QStringLiteral("example.com"));
    auto* execute = child<QPushButton>(view, "executeButton");
    if (shooter.check(execute && QTest::qWaitFor([execute] { return execute->isEnabled(); }, 5000),
            "no Execute")) {
        view->execute();
        view->cancel(); // before the sandbox answers
        auto* message = child<MessageBar>(view, "resultMessage");
        if (shooter.check(QTest::qWaitFor([message] { return message->isVisible(); }, 5000),
                "the cancelled call said nothing"))
            samples << barSample(view, "resultMessage");
    }
    fillRecord(view, QStringLiteral("nosuchzone.example"));
    if (shooter.check(executeIn(view), "no answer for the refused call"))
        samples << barSample(view, "resultMessage");
    return samples;
}

// Every kind of message bar on this palette, and a guidance bar with its action: the texts the
// window showed during the run, and the one guidance no sandbox call leads to as its code words
// it (in the window's language).
void shootMessageBars(const QList<BarSample>& shown, Shooter& shooter)
{
    QWidget bars;
    auto* layout = new QVBoxLayout(&bars);
    for (const BarSample& sample : shown) {
        if (!shooter.check(!sample.text.isEmpty(), "a message bar was not shown"))
            continue;
        auto* bar = new MessageBar(sample.kind, &bars);
        bar->setText(sample.text);
        layout->addWidget(bar);
    }
    const auto said = [&shooter](const char* context, const char* source) {
        const QString text = QCoreApplication::translate(context, source);
        // Not English: the catalogue must say it, or the sample is not what a person sees.
        shooter.check(installedLanguage() == QLatin1String("en") || text != QLatin1String(source),
            "a guidance sample is not in the catalogue");
        return text;
    };
    auto* guidance = new GuidanceBar(QStringLiteral("guidance"), QStringLiteral("guidanceText"),
        QStringLiteral("guidanceButton"), &bars);
    guidance->showGuidance(said("Ovh::OperationView",
                               "Your consumer key is no longer valid (expired or revoked). Log in "
                               "again to request a new one."),
        said("Ovh::OperationView", "Log in again\u2026"), MessageBar::Kind::Error);
    layout->addWidget(guidance);
    bars.resize(
        640, bars.heightForWidth(640) > 0 ? bars.heightForWidth(640) : bars.sizeHint().height());
    bars.show();
    shooter.grab(&bars, QStringLiteral("message-bars"));
}

// Stands in for the browser: the login dialog opens the validation page by itself.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public slots:
    void open(const QUrl& url) { std::printf("(browser) %s\n", qPrintable(url.toString())); }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("OVH API Explorer"));
    // The system's language, as the program: LANGUAGE=fr takes the French shots.
    installTranslations(app, chooseLanguage(QString(), QLocale::system().uiLanguages()));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
            "usage: screenshots OUTDIR [--dark] [--size WIDTHxHEIGHT] [--catalogue FILE.qm]\n");
        return 2;
    }
    const bool dark = args.contains(QStringLiteral("--dark"));
    // --catalogue FILE.qm: over the built-in one, to see a translation before it is built in.
    if (const qsizetype at = args.indexOf(QStringLiteral("--catalogue")); at > 0) {
        auto* catalogue = new QTranslator(&app);
        if (!catalogue->load(args.value(at + 1))) {
            std::fprintf(stderr, "--catalogue: cannot load %s\n", qPrintable(args.value(at + 1)));
            return 2;
        }
        QCoreApplication::installTranslator(catalogue);
    }
    // --size 1024x640: the main window at that size, its shots named "…-1024x640".
    const QString sizeText = args.value(args.indexOf(QStringLiteral("--size")) + 1);
    const bool sized = args.contains(QStringLiteral("--size"));
    QSize windowSize(1280, 800);
    if (sized) {
        windowSize = QSize(sizeText.section(QLatin1Char('x'), 0, 0).toInt(),
            sizeText.section(QLatin1Char('x'), 1, 1).toInt());
        if (windowSize.isEmpty()) {
            std::fprintf(stderr, "--size: WIDTHxHEIGHT, such as 1024x640\n");
            return 2;
        }
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());
    QDir().mkpath(args.at(1));
    Shooter shooter(args.at(1), dark, sized ? sizeText : QString());

    QTemporaryDir scratch;
    ExplorerSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    SecretStore secrets(QStringLiteral("ovh-api-explorer-screenshots"));
    AccountStore accounts(settings.store(), &secrets);
    QNetworkAccessManager nam;
    Sandbox sandbox;
    if (!sandbox.listen()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }

    ExplorerServices::Options servicesOptions;
    servicesOptions.cacheDir = scratch.filePath(QStringLiteral("cache"));
    servicesOptions.offline = true;
    servicesOptions.accounts = &accounts;
    ExplorerServices services(&nam, servicesOptions);
    // The history and saved requests of the workbench shots, in a scratch file: every call of
    // every tab is recorded, as app/main_gui.cpp does it.
    const QString historyFile = scratch.filePath(QStringLiteral("history.sqlite"));
    HistoryStore history(historyFile);
    HistoryRecorder recorder(&history);
    recorder.watch(services.calls());
    QObject::connect(&services, &ExplorerServices::callSessionCreated, &recorder,
        [&recorder](CallSession* session) { recorder.watch(session); });
    SavedRequestStore saved(historyFile);
    saved.add({ 0, QStringLiteral("Records of example.com"),
        QStringLiteral("GET /domain/zone/{zoneName}/record"),
        QJsonObject { { QStringLiteral("path/zoneName"), QStringLiteral("example.com") } } });
    saved.add({ 0, QStringLiteral("Refresh example.com"),
        QStringLiteral("POST /domain/zone/{zoneName}/refresh"),
        QJsonObject { { QStringLiteral("path/zoneName"), QStringLiteral("example.com") } } });
    MainWindow::Options options;
    options.history = &history;
    options.savedRequests = &saved;
    // Offered after a change of language; the shots never take it.
    options.restart = [] { std::fprintf(stderr, "screenshots: restart asked\n"); };
    options.startSandbox = [&sandbox] {
        SandboxAccess access;
        access.baseUrl = sandbox.baseUrl();
        access.credentials = demoCredentials();
        return access;
    };
    MainWindow window(&services, &settings, options);
    if (HistoryPanel* panel = window.historyPanel())
        QObject::connect(&recorder, &HistoryRecorder::recorded, panel, &HistoryPanel::onRecorded);
    window.resize(windowSize);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.openOperation(kRecord);
    if (!shooter.check(window.useSandbox() && (loaded.size() > 0 || loaded.wait(60000)),
            "the sandbox did not load"))
        return 1;
    QTest::qWait(300);

    if (!dark) {
        // Search across every operation, the operation open beside.
        auto* search = child<QLineEdit>(&window, "searchEdit");
        if (shooter.check(search, "no search box")) {
            search->setFocus();
            QTest::keyClicks(search, QStringLiteral("zone record"));
            shooter.check(searchIndexed(window), "still indexing"); // the matches, not "Indexing…"
            shooter.grab(&window, QStringLiteral("main-1280x800"));
            QTest::keyClick(search, Qt::Key_Escape);
        }
        fillRecord(window, QStringLiteral("example.com"));
        shooter.grab(&window, QStringLiteral("main-form"));
        shooter.check(execute(window), "no result for the record");
        shooter.grab(&window, QStringLiteral("main-result"));
        showTab(window, QStringLiteral("Python"));
        shooter.grab(&window, QStringLiteral("main-code"));
        showTab(window, QStringLiteral("&Parameters"));
        fillRecord(window, QStringLiteral("nosuchzone.example"));
        shooter.check(execute(window), "no result for the error");
        shooter.grab(&window, QStringLiteral("main-error"));
        showTab(window, QStringLiteral("&Parameters"));
        window.resize(820, 560);
        shooter.grab(&window, QStringLiteral("main-small"));
        window.resize(windowSize);
        // Tabs: the record with its result, and two more operations open beside it.
        window.openOperationInNewTab(QStringLiteral("GET /domain/zone/{zoneName}/record"));
        window.openOperationInNewTab(QStringLiteral("DELETE /domain/zone/{zoneName}/record/{id}"));
        window.openOperation(kRecord);
        showTab(window, QStringLiteral("&Result"));
        shooter.grab(&window, QStringLiteral("main-tabs"));
        // The v2 branch, one click on "v2" beside the endpoint (offline: the bundled eu v2).
        if (auto* v2 = child<QToolButton>(&window, "branchV2"); shooter.check(v2, "no v2 button")) {
            loaded.clear();
            QTest::mouseClick(v2, Qt::LeftButton);
            if (shooter.check(loaded.size() > 0 || loaded.wait(60000), "v2 did not load")) {
                window.openOperationInNewTab(QStringLiteral("POST /iam/policy"));
                QTest::qWait(300);
                shooter.grab(&window, QStringLiteral("main-v2"));
                // Its form filled from the example the API documents.
                if (auto* fill = child<QToolButton>(&window, "fillFromExampleButton");
                    shooter.check(fill, "no Fill from example")) {
                    QTest::mouseClick(fill, Qt::LeftButton);
                    QTest::qWait(200);
                    shooter.grab(&window, QStringLiteral("main-v2-form"));
                }
            }
            loaded.clear();
            QTest::mouseClick(child<QToolButton>(&window, "branchV1"), Qt::LeftButton);
            shooter.check(loaded.size() > 0 || loaded.wait(60000), "v1 did not load again");
            // The search covers v2 too: its results carry a "v2" badge.
            if (auto* search = child<QLineEdit>(&window, "searchEdit");
                shooter.check(search, "no search")) {
                search->setText(QStringLiteral("vrackServices"));
                auto* results = child<QListView>(&window, "searchResults");
                for (int i = 0; i < 100 && results && results->model()->rowCount() == 0; ++i)
                    QTest::qWait(100);
                shooter.check(searchIndexed(window), "still indexing");
                shooter.check(results && results->model()->rowCount() > 0, "no v2 result");
                shooter.grab(&window, QStringLiteral("main-v2-search"));
                search->clear();
            }
        }
        shootResults(window, history, shooter);
    } else {
        fillRecord(window, QStringLiteral("example.com"));
        shooter.check(execute(window), "no result for the record");
        shooter.grab(&window, QStringLiteral("main"));
    }

    QList<BarSample> bars = callBars(window, shooter);

    // The workbench: the History dock beside the tabs, the saved requests above the tree.
    if (auto* dock = window.findChild<HistoryDock*>()) {
        dock->show();
        QTest::qWait(200);
        shooter.grab(&window, QStringLiteral("workbench"));
        dock->hide();
    } else {
        shooter.check(false, "no History dock");
    }
    {
        SettingsDialog dialog(&settings, window.endpoint(), &window);
        dialog.show();
        QTest::qWait(100);
        shooter.grab(&dialog, QStringLiteral("settings"));
    }
    // The other language chosen in File > Settings: the window offers to restart in it.
    if (auto* settingsAction = window.findChild<QAction*>(QStringLiteral("settingsAction"))) {
        settingsAction->trigger();
        auto* dialog = window.findChild<SettingsDialog*>();
        auto* language = dialog ? child<QComboBox>(dialog, "languageCombo") : nullptr;
        if (shooter.check(language, "no language in the settings")) {
            const int other
                = installedLanguage() == QLatin1String("fr") ? 1 : 2; // English, Français
            language->setCurrentIndex(other);
            dialog->apply();
            dialog->close();
            shooter.check(child<QWidget>(&window, "restartOffer")->isVisible(), "no restart offer");
            shooter.grab(&window, QStringLiteral("language-restart"));
            settings.setLanguage(QString());
            child<QWidget>(&window, "restartOffer")->hide();
        }
    }

    // A custom endpoint URL that is refused, and why.
    if (auto* custom = window.findChild<CustomEndpointBar*>()) {
        custom->open(QStringLiteral("http://api.example.com/1.0"));
        if (auto* edit = child<QLineEdit>(custom, "customEndpointEdit"))
            QTest::keyClick(edit, Qt::Key_Return);
        shooter.check(child<QWidget>(custom, "customEndpointError")->isVisible(),
            "the custom endpoint was not refused");
        shooter.grab(custom, QStringLiteral("custom-endpoint-error"));
        custom->hide();
    }

    // Help > About, with the schema the window shows.
    QCoreApplication::setApplicationVersion(QStringLiteral(OVH_VERSION));
    if (auto* aboutAction = window.findChild<QAction*>(QStringLiteral("aboutAction"))) {
        aboutAction->trigger();
        if (auto* about = window.findChild<QDialog*>(QStringLiteral("aboutDialog"))) {
            QTest::qWait(100);
            shooter.grab(about, QStringLiteral("about"));
            about->close();
        }
    }

    // Help > Keyboard: every shortcut, read from the actions, with the operation's tab keys.
    if (auto* keysAction = window.findChild<QAction*>(QStringLiteral("shortcutsAction"))) {
        keysAction->trigger();
        if (auto* keys = window.findChild<QDialog*>(QStringLiteral("shortcutsDialog"))) {
            QTest::qWait(100);
            shooter.grab(keys, QStringLiteral("keyboard"));
            keys->close();
        }
    }

    // The account menu of the toolbar.
    if (auto* account = window.findChild<AccountButton*>()) {
        if (QMenu* menu = account->menu()) {
            emit account->menuAboutToShow();
            menu->popup(account->mapToGlobal(QPoint(0, account->height())));
            shooter.grab(menu, QStringLiteral("account-menu"));
            menu->hide();
        }
    }

    // The login dialog, its three ways in, and the wait for a validation.
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    ServerClock clock(&nam);
    ApiClient client(&nam, &clock);
    Endpoint endpoint = window.endpoint();
    LoginDialog::Request request;
    request.endpoint = endpoint;
    request.prefill = demoCredentials();
    request.prefill.clientId = SandboxDemo::serviceAccount().clientId;
    request.prefill.clientSecret = SandboxDemo::serviceAccount().clientSecret;
    request.operationMethod = QStringLiteral("POST");
    request.operationPath = QStringLiteral("/domain/zone/{zoneName}/record");
    request.demo = true;
    LoginDialog login(&accounts, &client, request, &window);
    login.open();
    QTest::qWait(500); // the keychain probe
    shooter.grab(&login, QStringLiteral("login-keys"));
    login.setPage(LoginDialog::Page::RequestAccess);
    shooter.grab(&login, QStringLiteral("login-request"));
    login.setPage(LoginDialog::Page::CreateApplication);
    shooter.grab(&login, QStringLiteral("login-create"));
    login.setPage(LoginDialog::Page::ServiceAccount); // the demo service account, filled in
    shooter.grab(&login, QStringLiteral("login-service-account"));
    login.setPage(LoginDialog::Page::RequestAccess);
    if (auto* requestButton = child<QPushButton>(&login, "requestAccessButton")) {
        QTest::mouseClick(requestButton, Qt::LeftButton);
        auto* panel = child<QWidget>(&login, "waitingPanel");
        if (shooter.check(QTest::qWaitFor([panel] { return panel && panel->isVisible(); }, 10000),
                "no validation link")) {
            QTest::qWait(1200); // the countdown has ticked
            shooter.grab(&login, QStringLiteral("login-waiting"));
        }
    }
    login.reject();

    CredentialDialog credential(
        &client, endpoint, demoCredentials(), QStringLiteral("default"), &window);
    credential.open();
    QTest::qWait(1000); // GET /auth/currentCredential
    shooter.grab(&credential, QStringLiteral("credential"));
    credential.reject();

    // The keys of the login dialog checked: what it says when they work.
    {
        LoginDialog check(&accounts, &client, request, &window);
        check.setPage(LoginDialog::Page::HaveKeys);
        child<QPushButton>(&check, "checkButton")->click();
        auto* message = child<MessageBar>(&check, "loginMessage");
        if (shooter.check(QTest::qWaitFor(
                              [message] {
                                  return !message->text().isEmpty()
                                      && message->kind() == MessageBar::Kind::Success;
                              },
                              10000),
                "the demo keys were not checked"))
            bars.insert(1, barSample(&check, "loginMessage"));
    }
    shootMessageBars(bars, shooter);

    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    return shooter.ok() ? 0 : 1;
}

#include "screenshots.moc"
