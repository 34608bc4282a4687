// The keyboard in the dialogs tst_keyboard does not open (issue 15 item 5, the part left): the
// login dialog on each of its four pages (and the wait for a validation), the credential,
// confirm-call, diagnostics and diff dialogs, the save-request question.
// In English and in French, no two labels of a dialog answer to one Alt+letter, and Escape
// closes it (rejects it: nothing is saved, sent or cleared).
#include "mnemonics.h"
#include "windowtestcase.h"

#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "history/historystore.h"
#include "login/credentialdialog.h"
#include "login/logindialog.h"
#include "login/requestaccesspage.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "operation/confirmcalldialog.h"
#include "results/diffdialog.h"
#include "sandbox/sandboxdemo.h"
#include "saved/savedpanel.h"
#include "saved/savedrequeststore.h"
#include "window/diagnosticsdialog.h"
#include "window/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Ovh;
using namespace OvhTest;

namespace {

enum class Shown : quint8 {
    LoginHaveKeys,
    LoginServiceAccount,
    LoginRequestAccess,
    LoginRequestWaiting,
    LoginCreateApplication,
    Credential,
    ConfirmCall,
    Diagnostics,
    Diff,
    SaveRequest,
};

} // namespace

Q_DECLARE_METATYPE(Shown)

class TestDialogKeys final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mnemonicsDoNotClashAndEscapeCloses_data();
    void mnemonicsDoNotClashAndEscapeCloses();

private:
    // The dialog `shown` names, made as the window makes it; a question a panel asks is shown
    // over it, the panel being the owner.
    struct Opened
    {
        std::unique_ptr<QWidget> owner;
        QPointer<QDialog> dialog;
    };
    Opened open(Shown shown);
    std::unique_ptr<QDialog> make(Shown shown);

    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ServerClock> m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SavedRequestStore> m_saved;
};

void TestDialogKeys::initTestCase()
{
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ovh-api-explorer-tst-dialogkeys"));
    m_clock = std::make_unique<ServerClock>(&m_nam);
    m_client = std::make_unique<ApiClient>(&m_nam, m_clock.get());
}

void TestDialogKeys::cleanupTestCase()
{
    m_client.reset();
    m_clock.reset();
    m_secrets.reset();
}

TestDialogKeys::Opened TestDialogKeys::open(Shown shown)
{
    Opened opened;
    const QString file = m_dir->filePath(QStringLiteral("history.sqlite"));
    if (shown == Shown::SaveRequest) {
        m_saved = std::make_unique<SavedRequestStore>(file);
        auto panel = std::make_unique<SavedPanel>(m_saved.get());
        panel->show();
        SavedRequest request;
        request.operation = QStringLiteral("POST ") + kRecordPath;
        request.values
            = QJsonObject { { QStringLiteral("path/zoneName"), QStringLiteral("a.fr") } };
        panel->askToSave(request);
        opened.dialog = panel->findChild<QDialog*>(QStringLiteral("saveRequestDialog"));
        opened.owner = std::move(panel);
    } else {
        std::unique_ptr<QDialog> dialog = make(shown);
        dialog->show();
        opened.dialog = dialog.get();
        opened.owner = std::move(dialog);
    }
    return opened;
}

std::unique_ptr<QDialog> TestDialogKeys::make(Shown shown)
{
    const Endpoint endpoint = *Endpoint::byName(u"ovh-eu");
    switch (shown) {
    case Shown::LoginHaveKeys:
    case Shown::LoginServiceAccount:
    case Shown::LoginRequestAccess:
    case Shown::LoginRequestWaiting:
    case Shown::LoginCreateApplication: {
        // The store lives as long as the dialog: parented to it.
        auto* accounts = new AccountStore(m_settings->store(), m_secrets.get());
        LoginDialog::Request request;
        request.endpoint = endpoint;
        request.operationMethod = QStringLiteral("POST");
        request.operationPath = kRecordPath;
        auto dialog = std::make_unique<LoginDialog>(accounts, m_client.get(), request);
        accounts->setParent(dialog.get());
        const LoginDialog::Page page = shown == Shown::LoginHaveKeys ? LoginDialog::Page::HaveKeys
            : shown == Shown::LoginServiceAccount    ? LoginDialog::Page::ServiceAccount
            : shown == Shown::LoginCreateApplication ? LoginDialog::Page::CreateApplication
                                                     : LoginDialog::Page::RequestAccess;
        dialog->setPage(page);
        if (shown == Shown::LoginRequestWaiting)
            dialog->findChild<RequestAccessPage*>()->showWaiting(endpoint.name);
        return dialog;
    }
    case Shown::Credential:
        return std::make_unique<CredentialDialog>(
            m_client.get(), endpoint, SandboxDemo::credentials(), QStringLiteral("default"));
    case Shown::ConfirmCall:
        return std::make_unique<ConfirmCallDialog>(QStringLiteral("ovh-eu"),
            QStringLiteral("DELETE"),
            QStringLiteral("https://eu.api.ovh.com/1.0/domain/zone/example.com/record/1"),
            QString());
    case Shown::Diagnostics:
        return std::make_unique<DiagnosticsDialog>();
    case Shown::Diff:
        return std::make_unique<DiffDialog>(QJsonObject { { QStringLiteral("ttl"), 60 } },
            QStringLiteral("12:00"), QJsonObject { { QStringLiteral("ttl"), 3600 } },
            QStringLiteral("12:05"));
    case Shown::SaveRequest:
        break; // the saved panel's (open())
    }
    return nullptr;
}

void TestDialogKeys::mnemonicsDoNotClashAndEscapeCloses_data()
{
    QTest::addColumn<Shown>("shown");
    QTest::addColumn<QString>("language");
    const struct
    {
        const char* name;
        Shown shown;
    } dialogs[] = {
        { "login, I have keys", Shown::LoginHaveKeys },
        { "login, service account", Shown::LoginServiceAccount },
        { "login, request access", Shown::LoginRequestAccess },
        { "login, request access, waiting", Shown::LoginRequestWaiting },
        { "login, create an application", Shown::LoginCreateApplication },
        { "credential", Shown::Credential },
        { "confirm call", Shown::ConfirmCall },
        { "diagnostics", Shown::Diagnostics },
        { "diff", Shown::Diff },
        { "save request", Shown::SaveRequest },
    };
    for (const auto& dialog : dialogs) {
        for (const char* language : { "en", "fr" }) {
            QTest::newRow(qPrintable(
                QStringLiteral("%1, %2").arg(QLatin1String(dialog.name), QLatin1String(language))))
                << dialog.shown << QString::fromLatin1(language);
        }
    }
}

void TestDialogKeys::mnemonicsDoNotClashAndEscapeCloses()
{
    QFETCH(Shown, shown);
    QFETCH(QString, language);
    // The program's catalogue and Qt's own (Qt's buttons: Annuler, Fermer), as at start-up.
    if (language != QLatin1String("en")) {
        QVERIFY(installTranslations(*QCoreApplication::instance(), language));
        // OVH_TEST_FR_QM: another French catalogue over the compiled one (messages not yet in
        // it), as tst_frenchwindows takes.
        const QString file = qEnvironmentVariable("OVH_TEST_FR_QM");
        if (!file.isEmpty()) {
            auto* translator = new QTranslator(QCoreApplication::instance());
            QVERIFY(translator->load(file));
            QCoreApplication::installTranslator(translator); // searched first
        }
    }
    const auto english = qScopeGuard([] {
        const QList<QTranslator*> translators
            = QCoreApplication::instance()->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::system());
    });

    const auto stores = qScopeGuard([this] { m_saved.reset(); });
    Opened opened = open(shown);
    QDialog* dialog = opened.dialog;
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));

    const QStringList found = clashesOnEveryPage(dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // Escape, where the focus is (its first field), closes it as Cancel would.
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus && focus->window() == dialog,
        qPrintable(focus ? focus->objectName() : QStringLiteral("(nothing)")));
    QTest::keyClick(focus, Qt::Key_Escape);
    QTRY_VERIFY(!opened.dialog || !opened.dialog->isVisible());
    // (A question deletes itself once answered.) A message box answers Cancel.
    if (auto* box = qobject_cast<QMessageBox*>(opened.dialog))
        QCOMPARE(box->clickedButton(), box->button(QMessageBox::Cancel));
    else if (opened.dialog)
        QCOMPARE(opened.dialog->result(), int(QDialog::Rejected));
    if (m_saved)
        QVERIFY(m_saved->list().isEmpty()); // nothing saved
}

QTEST_MAIN(TestDialogKeys)
#include "tst_dialogkeys.moc"
