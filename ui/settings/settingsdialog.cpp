#include "settings/settingsdialog.h"

#include "settings/explorersettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

namespace Ovh {

namespace {

constexpr int kKiB = 1024;
constexpr int kMaxSeconds = 24 * 3600;

QSpinBox* spinBox(const QString& objectName, int minimum, int maximum, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

// The unit after the number agrees with it ("1 day", "2 days"): asked again at each change.
void suffixFollowsValue(QSpinBox* box, const std::function<QString(int)>& suffix)
{
    const auto update = [box, suffix](int value) { box->setSuffix(suffix(value)); };
    QObject::connect(box, &QSpinBox::valueChanged, box, update);
    update(box->value());
}

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's muted text
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(ExplorerSettings* settings, const Endpoint& current, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->setAccessibleName(tr("Settings"));
    tabs->addTab(createGeneralPage(), tr("General"));
    tabs->addTab(createHistoryPage(), tr("History"));
    tabs->addTab(createConfirmationsPage(current), tr("Confirmations"));

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        &SettingsDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    load();
}

QWidget* SettingsDialog::createGeneralPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    // In ExplorerSettings::Theme's order.
    m_theme->addItems({ tr("System"), tr("Light"), tr("Dark") });
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // In ExplorerSettings::languages()' order.
    m_language->addItems(
        { tr("System"), QStringLiteral("English"), QStringLiteral("Fran\u00e7ais") });
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(),
        note(tr("Another language shows after a restart, which the window offers at once; your "
                "tabs, their values and the layout come back.")));

    m_callTimeout = spinBox(QStringLiteral("callTimeoutSpin"), 1, kMaxSeconds, tr(" s"));
    m_callTimeout->setToolTip(tr("The longest one call may take, from sending to its last byte"));
    form->addRow(tr("&Call timeout:"), m_callTimeout);
    m_schemaTimeout = spinBox(QStringLiteral("schemaTimeoutSpin"), 1, kMaxSeconds, tr(" s"));
    m_schemaTimeout->setToolTip(
        tr("The longest a schema download may take before the cache or the bundled snapshot "
           "is used"));
    form->addRow(tr("&Schema timeout:"), m_schemaTimeout);
    m_fetchAllConcurrency = spinBox(QStringLiteral("fetchAllConcurrencySpin"), 1,
        ExplorerSettings::MaxFetchAllConcurrency, QString());
    suffixFollowsValue(m_fetchAllConcurrency, [](int n) { return tr(" call(s)", nullptr, n); });
    m_fetchAllConcurrency->setToolTip(
        tr("How many detail calls Fetch all keeps in flight at once"));
    form->addRow(tr("&Fetch all:"), m_fetchAllConcurrency);
    return page;
}

QWidget* SettingsDialog::createHistoryPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);

    m_keepResponses = new QCheckBox(tr("Keep the &responses (headers and bodies)"), page);
    m_keepResponses->setObjectName(QStringLiteral("keepResponsesCheck"));
    form->addRow(m_keepResponses);

    m_keepDays = spinBox(
        QStringLiteral("keepDaysSpin"), 0, ExplorerSettings::MaxHistoryKeepDays, QString());
    suffixFollowsValue(m_keepDays, [](int n) { return tr(" day(s)", nullptr, n); });
    m_keepDays->setSpecialValueText(tr("Forever")); // 0
    form->addRow(tr("Keep calls &for:"), m_keepDays);

    m_maxEntries = spinBox(
        QStringLiteral("maxEntriesSpin"), 1, ExplorerSettings::MaxHistoryEntries, QString());
    suffixFollowsValue(m_maxEntries, [](int n) { return tr(" call(s)", nullptr, n); });
    form->addRow(tr("Keep at &most:"), m_maxEntries);

    m_maxBodyKiB = spinBox(QStringLiteral("maxBodySpin"),
        int(ExplorerSettings::MinHistoryMaxBodyBytes / kKiB),
        int(ExplorerSettings::MaxHistoryMaxBodyBytes / kKiB), tr(" KiB"));
    form->addRow(tr("Cut &bodies beyond:"), m_maxBodyKiB);
    form->addRow(QString(),
        note(tr("Never kept: keys, signatures, consumer keys, passwords. Older calls go first.")));
    return page;
}

QWidget* SettingsDialog::createConfirmationsPage(const Endpoint& current)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Ask before a POST, PUT or DELETE on:"), page));
    m_confirmations = new QListWidget(page);
    m_confirmations->setObjectName(QStringLiteral("confirmationsList"));
    m_confirmations->setAccessibleName(tr("Ask before a POST, PUT or DELETE on"));
    // The sandbox and loopback hosts never ask (nothing real is touched there).
    QList<Endpoint> endpoints = Endpoint::known();
    if (current.isCustom() && !isLoopbackHost(current.baseUrl.host()))
        endpoints.append(current);
    for (const Endpoint& endpoint : std::as_const(endpoints)) {
        // The key OperationView asks about: the name, or the base URL of a custom one.
        auto* item = new QListWidgetItem(endpoint.displayName(), m_confirmations);
        item->setData(Qt::UserRole, endpoint.displayName());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    }
    layout->addWidget(m_confirmations);
    return page;
}

void SettingsDialog::load()
{
    m_theme->setCurrentIndex(int(m_settings->theme()));
    m_language->setCurrentIndex(
        int(qMax<qsizetype>(0, ExplorerSettings::languages().indexOf(m_settings->language()))));
    m_callTimeout->setValue(m_settings->callTimeoutSeconds());
    m_schemaTimeout->setValue(m_settings->schemaTimeoutSeconds());
    m_fetchAllConcurrency->setValue(m_settings->fetchAllConcurrency());
    m_keepResponses->setChecked(m_settings->historyKeepResponses());
    m_keepDays->setValue(m_settings->historyKeepDays());
    m_maxEntries->setValue(m_settings->historyMaxEntries());
    m_maxBodyKiB->setValue(int(m_settings->historyMaxBodyBytes() / kKiB));
    for (int row = 0; row < m_confirmations->count(); ++row) {
        QListWidgetItem* item = m_confirmations->item(row);
        item->setCheckState(m_settings->confirmCalls(item->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    }
}

void SettingsDialog::apply()
{
    m_settings->setTheme(ExplorerSettings::Theme(m_theme->currentIndex()));
    m_settings->setLanguage(ExplorerSettings::languages().value(m_language->currentIndex()));
    m_settings->setCallTimeoutSeconds(m_callTimeout->value());
    m_settings->setSchemaTimeoutSeconds(m_schemaTimeout->value());
    m_settings->setFetchAllConcurrency(m_fetchAllConcurrency->value());
    m_settings->setHistoryKeepResponses(m_keepResponses->isChecked());
    m_settings->setHistoryKeepDays(m_keepDays->value());
    m_settings->setHistoryMaxEntries(m_maxEntries->value());
    m_settings->setHistoryMaxBodyBytes(qint64(m_maxBodyKiB->value()) * kKiB);
    for (int row = 0; row < m_confirmations->count(); ++row) {
        const QListWidgetItem* item = m_confirmations->item(row);
        m_settings->setConfirmCalls(
            item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    }
    m_settings->sync();
    emit applied();
}

} // namespace Ovh
