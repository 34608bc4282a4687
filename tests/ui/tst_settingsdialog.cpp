// File > Settings (issue 12 item 8): the keys it stores and their bounds, the dialog (OK, Apply,
// Cancel, nothing out of range), and the theme applied live.
#include "look/palettes.h"
#include "settings/explorersettings.h"
#include "settings/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaults();
    void roundTrip();
    void handEditedValuesFallBack_data();
    void handEditedValuesFallBack();
    void dialogShowsAndWritesEverything();
    void cancelWritesNothing();
    void spinBoxesBoundEveryValue();
    void themeAppliesLive();

private:
    template<typename T> T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }
    QString iniFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ExplorerSettings> m_settings;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<ExplorerSettings>(iniFile());
}

void TestSettingsDialog::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsDialog::defaults()
{
    QCOMPARE(m_settings->theme(), ExplorerSettings::Theme::System);
    QCOMPARE(m_settings->language(), QString());
    QCOMPARE(m_settings->historyKeepResponses(), true);
    QCOMPARE(m_settings->historyKeepDays(), 0);
    QCOMPARE(m_settings->historyMaxEntries(), 100000);
    QCOMPARE(m_settings->historyMaxBodyBytes(), qint64(1024 * 1024));
    QCOMPARE(m_settings->firstStartHintDismissed(), false);
}

void TestSettingsDialog::roundTrip()
{
    m_settings->setTheme(ExplorerSettings::Theme::Dark);
    m_settings->setLanguage(QStringLiteral("fr"));
    m_settings->setHistoryKeepResponses(false);
    m_settings->setHistoryKeepDays(30);
    m_settings->setHistoryMaxEntries(5000);
    m_settings->setHistoryMaxBodyBytes(64 * 1024);
    m_settings->setFirstStartHintDismissed(true);
    m_settings->sync();
    ExplorerSettings again(iniFile());
    QCOMPARE(again.theme(), ExplorerSettings::Theme::Dark);
    QCOMPARE(again.language(), QStringLiteral("fr"));
    QCOMPARE(again.historyKeepResponses(), false);
    QCOMPARE(again.historyKeepDays(), 30);
    QCOMPARE(again.historyMaxEntries(), 5000);
    QCOMPARE(again.historyMaxBodyBytes(), qint64(64 * 1024));
    QCOMPARE(again.firstStartHintDismissed(), true);
    // The words stored are readable in the file.
    QSettings raw(iniFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("look/theme")).toString(), QStringLiteral("dark"));
    // Back to the system's language: no key left.
    again.setLanguage(QString());
    QCOMPARE(again.language(), QString());
    again.setLanguage(QStringLiteral("klingon"));
    QCOMPARE(again.language(), QString());
}

void TestSettingsDialog::handEditedValuesFallBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("theme unknown") << "look/theme"
                                   << "purple";
    QTest::newRow("language unknown") << "look/language"
                                      << "xx";
    QTest::newRow("days negative") << "history/keepDays"
                                   << "-3";
    QTest::newRow("days not a number") << "history/keepDays"
                                       << "soon";
    QTest::newRow("days huge") << "history/keepDays"
                               << "99999999";
    QTest::newRow("entries zero") << "history/maxEntries"
                                  << "0";
    QTest::newRow("entries huge") << "history/maxEntries"
                                  << "99999999999";
    QTest::newRow("body tiny") << "history/maxBodyBytes"
                               << "12";
    QTest::newRow("body huge") << "history/maxBodyBytes"
                               << "99999999999999";
}

void TestSettingsDialog::handEditedValuesFallBack()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    {
        QSettings raw(iniFile(), QSettings::IniFormat);
        raw.setValue(key, value);
    }
    ExplorerSettings settings(iniFile());
    QCOMPARE(settings.theme(), ExplorerSettings::Theme::System);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.historyKeepDays(), 0);
    QCOMPARE(settings.historyMaxEntries(), ExplorerSettings::DefaultHistoryMaxEntries);
    QCOMPARE(settings.historyMaxBodyBytes(), ExplorerSettings::DefaultHistoryMaxBodyBytes);
}

void TestSettingsDialog::dialogShowsAndWritesEverything()
{
    m_settings->setCallTimeoutSeconds(42);
    m_settings->setConfirmCalls(QStringLiteral("ovh-ca"), false);
    SettingsDialog dialog(
        m_settings.get(), *Endpoint::fromUserText(QStringLiteral("https://api.example.com/1.0")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* theme = child<QComboBox>(&dialog, "themeCombo");
    auto* language = child<QComboBox>(&dialog, "languageCombo");
    auto* callTimeout = child<QSpinBox>(&dialog, "callTimeoutSpin");
    auto* schemaTimeout = child<QSpinBox>(&dialog, "schemaTimeoutSpin");
    auto* keep = child<QCheckBox>(&dialog, "keepResponsesCheck");
    auto* days = child<QSpinBox>(&dialog, "keepDaysSpin");
    auto* entries = child<QSpinBox>(&dialog, "maxEntriesSpin");
    auto* body = child<QSpinBox>(&dialog, "maxBodySpin");
    auto* confirmations = child<QListWidget>(&dialog, "confirmationsList");
    QVERIFY(theme && language && callTimeout && schemaTimeout && keep && days && entries && body
        && confirmations);

    // What is stored shows.
    QCOMPARE(theme->currentText(), QStringLiteral("System"));
    QCOMPARE(callTimeout->value(), 42);
    QCOMPARE(schemaTimeout->value(), ExplorerSettings::DefaultSchemaTimeoutSeconds);
    QVERIFY(keep->isChecked());
    QCOMPARE(days->text(), QStringLiteral("Forever"));
    QCOMPARE(entries->value(), 100000);
    QCOMPARE(body->value(), 1024);
    QMap<QString, QListWidgetItem*> rows;
    for (int row = 0; row < confirmations->count(); ++row)
        rows.insert(
            confirmations->item(row)->data(Qt::UserRole).toString(), confirmations->item(row));
    for (const char* name : { "ovh-eu", "ovh-ca", "ovh-us", "kimsufi-eu", "soyoustart-ca",
             "https://api.example.com/1.0" })
        QVERIFY2(rows.contains(QString::fromLatin1(name)), name);
    // Never asked there: not listed.
    QVERIFY(!rows.contains(QStringLiteral("sandbox")));
    QCOMPARE(rows.value(QStringLiteral("ovh-eu"))->checkState(), Qt::Checked);
    QCOMPARE(rows.value(QStringLiteral("ovh-ca"))->checkState(), Qt::Unchecked);

    // Changed, then OK: all written.
    theme->setCurrentIndex(2);
    language->setCurrentIndex(2);
    callTimeout->setValue(5);
    schemaTimeout->setValue(30);
    keep->setChecked(false);
    days->setValue(14);
    entries->setValue(2000);
    body->setValue(256);
    rows.value(QStringLiteral("ovh-eu"))->setCheckState(Qt::Unchecked);
    rows.value(QStringLiteral("ovh-ca"))->setCheckState(Qt::Checked);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    child<QDialogButtonBox>(&dialog, "settingsButtons")->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(applied.size(), 1);
    QVERIFY(!dialog.isVisible());

    ExplorerSettings stored(iniFile());
    QCOMPARE(stored.theme(), ExplorerSettings::Theme::Dark);
    QCOMPARE(stored.language(), QStringLiteral("fr"));
    QCOMPARE(stored.callTimeoutSeconds(), 5);
    QCOMPARE(stored.schemaTimeoutSeconds(), 30);
    QCOMPARE(stored.historyKeepResponses(), false);
    QCOMPARE(stored.historyKeepDays(), 14);
    QCOMPARE(stored.historyMaxEntries(), 2000);
    QCOMPARE(stored.historyMaxBodyBytes(), qint64(256 * 1024));
    QCOMPARE(stored.confirmCalls(QStringLiteral("ovh-eu")), false);
    QCOMPARE(stored.confirmCalls(QStringLiteral("ovh-ca")), true);
}

void TestSettingsDialog::cancelWritesNothing()
{
    SettingsDialog dialog(m_settings.get(), *Endpoint::byName(u"ovh-eu"));
    dialog.show();
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    child<QSpinBox>(&dialog, "maxEntriesSpin")->setValue(10);
    child<QComboBox>(&dialog, "themeCombo")->setCurrentIndex(2);
    // Apply writes and says so without closing; Cancel afterwards keeps what was applied only.
    child<QDialogButtonBox>(&dialog, "settingsButtons")->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(applied.size(), 1);
    QVERIFY(dialog.isVisible());
    child<QSpinBox>(&dialog, "keepDaysSpin")->setValue(3);
    child<QDialogButtonBox>(&dialog, "settingsButtons")->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(applied.size(), 1);
    ExplorerSettings stored(iniFile());
    QCOMPARE(stored.historyMaxEntries(), 10);
    QCOMPARE(stored.theme(), ExplorerSettings::Theme::Dark);
    QCOMPARE(stored.historyKeepDays(), 0);
}

void TestSettingsDialog::spinBoxesBoundEveryValue()
{
    SettingsDialog dialog(m_settings.get(), *Endpoint::byName(u"ovh-eu"));
    dialog.show();
    for (const char* name : { "callTimeoutSpin", "schemaTimeoutSpin", "keepDaysSpin",
             "maxEntriesSpin", "maxBodySpin" }) {
        auto* spin = child<QSpinBox>(&dialog, name);
        QVERIFY(spin);
        // Typed beyond the bounds: the box keeps a value inside them.
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("-5"));
        spin->interpretText();
        QVERIFY2(spin->value() >= spin->minimum(), name);
        spin->setValue(spin->maximum());
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(spin->value(), spin->maximum());
    }
    child<QDialogButtonBox>(&dialog, "settingsButtons")->button(QDialogButtonBox::Ok)->click();
    ExplorerSettings stored(iniFile());
    QCOMPARE(stored.callTimeoutSeconds(), 24 * 3600);
    QCOMPARE(stored.historyKeepDays(), ExplorerSettings::MaxHistoryKeepDays);
    QCOMPARE(stored.historyMaxEntries(), ExplorerSettings::MaxHistoryEntries);
    QCOMPARE(stored.historyMaxBodyBytes(), ExplorerSettings::MaxHistoryMaxBodyBytes);
}

void TestSettingsDialog::themeAppliesLive()
{
    const QString systemStyle = applicationStyleName();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    QWidget widget;
    widget.show();

    applyTheme(ExplorerSettings::Theme::Dark);
    QCOMPARE(applicationStyleName(), QStringLiteral("fusion"));
    QCOMPARE(
        QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    QTRY_COMPARE(widget.palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    QVERIFY(widget.palette().color(QPalette::WindowText).lightness() > 128);

    applyTheme(ExplorerSettings::Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
    QTRY_VERIFY(widget.palette().color(QPalette::Window).lightness() > 128);

    applyTheme(ExplorerSettings::Theme::System);
    QCOMPARE(applicationStyleName(), systemStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
