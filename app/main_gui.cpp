#include "buildinfo.h"
#include "look/palettes.h"
#include "startupprobe.h"
#include "window/endpointselector.h"
#include "window/mainwindow.h"
#include "window/relaunch.h"
#include "window/translations.h"

#include "auth/accountstore.h"
#include "auth/ovhconfig.h"
#include "auth/secretstore.h"
#include "base/endpoint.h"
#include "base/endpointtext.h"
#include "history/historypanel.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "history/recentvaluesfeed.h"
#include "net/schemarepository.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxoauth2.h"
#include "saved/savedrequeststore.h"
#include "session/accountsession.h"
#include "session/callsession.h"
#include "session/explorerservices.h"
#include "session/sandboxname.h"
#include "settings/explorersettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QStatusBar>
#include <QStyleFactory>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

namespace {

// The history's start-up work: this long after the first schema, or at the latest.
constexpr int HistoryStartDelayMs = 200;
constexpr int HistoryStartLatestMs = 5000;

void printError(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : { 16, 32, 64, 256 })
        icon.addFile(QStringLiteral(":/icons/ovh-explorer-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList given; // before QApplication takes its own options out of argv
    for (int i = 0; i < argc; ++i)
        given << QString::fromLocal8Bit(argv[i]);
    QApplication app(argc, argv);
    // Made first, so that it restarts the program (asked by a change of language) last, once
    // everything below has written its state.
    Ovh::Relaunch relaunch(given);
    relaunch.setLeft(QApplication::arguments());
    QApplication::setApplicationName(QStringLiteral("ovh-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("OVH API Explorer"));
    QApplication::setOrganizationName(QStringLiteral("ovh-api-explorer"));
    QApplication::setApplicationVersion(Ovh::buildVersion());
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("ovh-explorer"));
    Ovh::ExplorerSettings settings;
    // The language of File > Settings, else the system's (LANGUAGE, LC_MESSAGES…), read at start
    // only: the words, Qt's own dialogs, dates and numbers; the --help text below too.
    Ovh::installTranslations(
        app, Ovh::chooseLanguage(settings.language(), QLocale::system().uiLanguages()));

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    QCommandLineParser parser;
    // The sections after the first line also make the man page (tools/manpage).
    parser.setApplicationDescription(QApplication::translate("main",
        "Explore and call the OVHcloud API: browse and search its schema, fill typed forms, "
        "send signed calls, copy them as scripts.\n"
        "\n"
        "Environment:\n"
        "  OVH_ENDPOINT          The endpoint to open when --endpoint is not given\n"
        "  OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY\n"
        "      Credentials, read with the ovh.conf files (the account button shows whose keys\n"
        "      sign)\n"
        "  OVH_EXPLORER_PALETTE  dark: a dark palette whatever the desktop's\n"
        "\n"
        "Files:\n"
        "  /etc/ovh.conf, ~/.ovh.conf, ./ovh.conf\n"
        "      Credentials in python-ovh's format, shared with ovh-explorer-cli\n"
        "  ~/.cache/ovh-api-explorer/schemas\n"
        "      The schema cache shared with ovh-explorer-cli\n"
        "  ~/.config/ovh-api-explorer/ovh-explorer.conf\n"
        "      Profiles, window layout and settings (never a secret: secrets live in the\n"
        "      desktop's keychain or in ovh.conf)\n"
        "  ~/.local/share/ovh-api-explorer/history.sqlite\n"
        "      The calls sent, shared with ovh-explorer-cli (its history command reads it;\n"
        "      never a key, a signature or a password)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
        QApplication::translate("main",
            "ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, soyoustart-ca, or a "
            "base "
            "URL (default: $OVH_ENDPOINT, else the last one used)."),
        QStringLiteral("E"));
    const QCommandLineOption cacheDirOption(QStringLiteral("cache-dir"),
        QApplication::translate("main", "Schema cache folder (default: %1).")
            .arg(Ovh::SchemaRepository::defaultCacheDir()),
        QStringLiteral("D"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"),
        QApplication::translate(
            "main", "Never touch the network: the cache, then the bundled snapshot."));
    parser.addOption(endpointOption);
    parser.addOption(cacheDirOption);
    parser.addOption(offlineOption);
    parser.addPositionalArgument(QStringLiteral("operation"),
        QApplication::translate(
            "main", "An operation to open, such as 'POST /domain/zone/{zoneName}/record'."),
        QStringLiteral("[OPERATION]"));
    parser.process(app);

    if (parser.positionalArguments().size() > 1) {
        printError(
            QApplication::translate("main", "Give at most one operation; quote it: 'GET /me'."));
        return 2;
    }

    QString endpointText = parser.value(endpointOption);
    if (endpointText.isEmpty())
        endpointText = environment.value(QStringLiteral("OVH_ENDPOINT"));
    const bool fromUser = !endpointText.isEmpty();
    if (!fromUser)
        endpointText = settings.lastEndpoint();
    const bool sandbox = endpointText == Ovh::sandboxEndpointName();
    QString error;
    auto endpoint = Ovh::Endpoint::fromUserText(endpointText, &error);
    if (!endpoint && fromUser && !sandbox) {
        printError(QStringLiteral("--endpoint: %1").arg(error));
        return 2;
    }
    if (!endpoint)
        endpoint = Ovh::Endpoint::byName(u"ovh-eu");
    // The branch: an operation's "/v2/…" path names it, else the one last explored (unless
    // --endpoint or OVH_ENDPOINT said which).
    QString operationText
        = parser.positionalArguments().isEmpty() ? QString() : parser.positionalArguments().first();
    const Ovh::ApiBranch remembered = fromUser
        ? endpoint->branch()
        : Ovh::apiBranchFromName(settings.apiBranch()).value_or(endpoint->branch());
    const Ovh::ApiBranch branch = Ovh::takeOperationBranch(&operationText).value_or(remembered);
    if (const auto onBranch = endpoint->onBranch(branch))
        endpoint = onBranch;

    // The theme of File > Settings; OVH_EXPLORER_PALETTE=dark, for desktops whose dark theme
    // Qt cannot read and for the dark screenshots, wins.
    Ovh::applyTheme(
        environment.value(QStringLiteral("OVH_EXPLORER_PALETTE")) == QLatin1String("dark")
            ? Ovh::ExplorerSettings::Theme::Dark
            : settings.theme());

    // The composition root owns the network, the settings, the accounts, the services and the
    // sandbox; they are declared before the window so that they outlive it and its calls.
    QNetworkAccessManager nam;
    // Profiles live in the same settings store as the CLI's, secrets in the OS keychain.
    Ovh::SecretStore secrets;
    Ovh::AccountStore accounts(settings.store(), &secrets);
    Ovh::ExplorerServices::Options servicesOptions;
    servicesOptions.cacheDir = parser.value(cacheDirOption);
    servicesOptions.offline = parser.isSet(offlineOption);
    servicesOptions.schemaTimeoutMs = settings.schemaTimeoutSeconds() * 1000;
    servicesOptions.callTimeoutMs = settings.callTimeoutSeconds() * 1000;
    // Each endpoint's current profile, else the keys of ovh.conf and the OVH_* variables.
    servicesOptions.accounts = &accounts;
    servicesOptions.config = Ovh::OvhConfig::load();
    servicesOptions.environment = environment;
    Ovh::ExplorerServices services(&nam, servicesOptions);
    // Before the recorder creates it: no history file yet is a first start.
    const bool firstStart = !QFileInfo::exists(Ovh::HistoryStore::defaultFile());
    // Every call the window sends goes into the history shared with the CLI, recorded here
    // rather than by a widget, and written on a thread of its own.
    Ovh::HistoryRecorder recorder(Ovh::HistoryStore::defaultFile());
    const auto profile = [&services] {
        const Ovh::CredentialSource& source = services.account()->source();
        return source.kind == Ovh::CredentialSource::Kind::Profile ? source.profileName : QString();
    };
    recorder.watch(services.calls(), profile);
    // Each window tab calls on a session of its own.
    QObject::connect(&services, &Ovh::ExplorerServices::callSessionCreated, &recorder,
        [&recorder, profile](Ovh::CallSession* session) { recorder.watch(session, profile); });
    // The History dock reads with a connection of its own, on the GUI thread.
    Ovh::HistoryStore history;
    // The path values of the history's calls follow the person from one operation to the next.
    Ovh::RecentValuesFeed valuesFeed(Ovh::HistoryStore::defaultFile(), services.recentValues());
    QObject::connect(
        &recorder, &Ovh::HistoryRecorder::recorded, &valuesFeed, &Ovh::RecentValuesFeed::refresh);
    std::unique_ptr<Ovh::Sandbox> sandboxServer;
    // The saved requests live in the history's file, read and written on this thread.
    Ovh::SavedRequestStore savedRequests(Ovh::HistoryStore::defaultFile());
    Ovh::MainWindow::Options options;
    options.history = &history;
    options.savedRequests = &savedRequests;
    options.firstStart = firstStart;
    // The restart offered after a change of language: this command line again, on the endpoint
    // shown (the window saved its tabs, values and layout first).
    QStringList kept;
    if (parser.isSet(cacheDirOption))
        kept << QStringLiteral("--cache-dir") << parser.value(cacheDirOption);
    if (parser.isSet(offlineOption))
        kept << QStringLiteral("--offline");
    relaunch.setKept(kept);
    Ovh::MainWindow* shown = nullptr;
    options.restart = [&relaunch, &shown] {
        const Ovh::Endpoint now = shown->endpoint();
        relaunch.request(
            now.name == Ovh::sandboxEndpointName() ? now.name : Ovh::endpointUserText(now));
        QApplication::quit();
    };
    options.startSandbox = [&sandboxServer] {
        Ovh::SandboxAccess access;
        if (!sandboxServer) {
            auto server = std::make_unique<Ovh::Sandbox>();
            if (!server->isSchemaValid() || !server->listen()) {
                access.error = server->errorString();
                return access;
            }
            sandboxServer = std::move(server);
        }
        access.baseUrl = sandboxServer->baseUrl();
        access.credentials = Ovh::SandboxDemo::credentials();
        // Offered on the login dialog's "Service account" page; the session signs with the keys.
        access.credentials.clientId = Ovh::SandboxDemo::serviceAccount().clientId;
        access.credentials.clientSecret = Ovh::SandboxDemo::serviceAccount().clientSecret;
        return access;
    };
    Ovh::MainWindow window(&services, &settings, options);
    shown = &window;
    // The search ranks first the operations used most and last on the endpoint shown (the
    // history's newest calls), read on a thread of its own (its own connection) while the schema
    // loads.
    std::unique_ptr<QThread> usageReader(QThread::create([&window] {
        const auto usage = Ovh::HistoryStore().usageByEndpoint();
        QMetaObject::invokeMethod(&window, [&window, usage] { window.setEndpointUsage(usage); });
    }));
    QObject::connect(
        &recorder, &Ovh::HistoryRecorder::unavailable, &window, [&window](const QString& message) {
            printError(message);
            window.statusBar()->showMessage(message, 30000);
        });
    // The history's limits from File > Settings, now and whenever they change.
    recorder.applySettings(settings, false); // pruned once the first schema is shown, below
    QObject::connect(&window, &Ovh::MainWindow::settingsApplied, &recorder,
        [&recorder, &settings] { recorder.applySettings(settings); });
    // The history's own work at start (pruning it to its limits; reading, each on a thread, the
    // path values and the usage it feeds) waits until the first schema is shown: on two cores,
    // with 100,000 calls, it slowed the start by a fifth.
    bool historyStarted = false;
    const auto startHistory = [&] {
        if (std::exchange(historyStarted, true))
            return;
        recorder.prune();
        valuesFeed.refresh();
        usageReader->start();
    };
    QObject::connect(&window, &Ovh::MainWindow::schemaLoaded, &recorder, [&recorder, startHistory] {
        QTimer::singleShot(HistoryStartDelayMs, &recorder, startHistory);
    });
    QTimer::singleShot(HistoryStartLatestMs, &recorder, startHistory); // a schema that never comes
    // The tabs of the last session come back by themselves; an operation asked for on the
    // command line opens in a tab of its own, or in the restored tab that shows it already.
    if (!operationText.isEmpty())
        window.openOperationInOwnTab(operationText);
    else if (!settings.lastOperation().isEmpty())
        window.openOperation(settings.lastOperation());
    if (Ovh::HistoryPanel* panel = window.historyPanel()) {
        QObject::connect(
            &recorder, &Ovh::HistoryRecorder::recorded, panel, &Ovh::HistoryPanel::onRecorded);
        QObject::connect(
            &recorder, &Ovh::HistoryRecorder::pruned, panel, &Ovh::HistoryPanel::onPruned);
    }
    if (!sandbox || !window.useSandbox())
        window.loadEndpoint(*endpoint);
    if (environment.contains(QStringLiteral("OVH_EXPLORER_REPORT_READY")))
        new Ovh::StartupProbe(&window); // for tests/bench/bench_tabs
    window.show();
    const int code = QApplication::exec();
    usageReader->wait();
    return code;
}
