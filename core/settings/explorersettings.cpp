#include "settings/explorersettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

namespace Ovh {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kMainSplitter = QStringLiteral("window/mainSplitter");
const QString kOperationSplitter = QStringLiteral("window/operationSplitter");
const QString kLastEndpoint = QStringLiteral("session/endpoint");
const QString kLastOperation = QStringLiteral("session/operation");
const QString kApiBranch = QStringLiteral("session/apiBranch");
const QString kOpenTabs = QStringLiteral("session/tabs");
const QString kFormPrefix = QStringLiteral("forms/");
const QString kConfirmPrefix = QStringLiteral("confirm/");
const QString kSchemaTimeout = QStringLiteral("network/schemaTimeoutSeconds");
const QString kCallTimeout = QStringLiteral("network/callTimeoutSeconds");
const QString kFetchAllConcurrency = QStringLiteral("calls/fetchAllConcurrency");
const QString kTheme = QStringLiteral("look/theme");
const QString kLanguage = QStringLiteral("look/language");
const QString kKeepResponses = QStringLiteral("history/keepResponses");
const QString kKeepDays = QStringLiteral("history/keepDays");
const QString kMaxEntries = QStringLiteral("history/maxEntries");
const QString kMaxBodyBytes = QStringLiteral("history/maxBodyBytes");
const QString kFirstStartHint = QStringLiteral("hints/firstStartDismissed");

// The stored words of ExplorerSettings::Theme, in its order.
const QStringList kThemeNames
    = { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };

// A hand-edited value out of range or not a number falls back to the default.
qint64 bounded(
    const QSettings& settings, const QString& key, qint64 fallback, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = settings.value(key, fallback).toLongLong(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

int seconds(const QSettings& settings, const QString& key, int fallback)
{
    return int(bounded(settings, key, fallback, 1, 24 * 3600));
}

// QSettings keys cannot hold '/' or '{' safely: percent-encode the operation or endpoint.
QString keyFor(const QString& prefix, const QString& text)
{
    return prefix + QString::fromLatin1(QUrl::toPercentEncoding(text).replace('%', '_'));
}

} // namespace

// Named explicitly rather than from QCoreApplication: the window and the CLI are two
// applications that open exactly this store.
ExplorerSettings::ExplorerSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
        QStringLiteral("ovh-api-explorer"), QStringLiteral("ovh-explorer")))
{ }

ExplorerSettings::ExplorerSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

ExplorerSettings::~ExplorerSettings() = default;

QByteArray ExplorerSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void ExplorerSettings::setWindowGeometry(const QByteArray& value)
{
    m_settings->setValue(kGeometry, value);
}
QByteArray ExplorerSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}
void ExplorerSettings::setWindowState(const QByteArray& value)
{
    m_settings->setValue(kState, value);
}

QByteArray ExplorerSettings::mainSplitterState() const
{
    return m_settings->value(kMainSplitter).toByteArray();
}

void ExplorerSettings::setMainSplitterState(const QByteArray& value)
{
    m_settings->setValue(kMainSplitter, value);
}

QByteArray ExplorerSettings::operationSplitterState() const
{
    return m_settings->value(kOperationSplitter).toByteArray();
}

void ExplorerSettings::setOperationSplitterState(const QByteArray& value)
{
    m_settings->setValue(kOperationSplitter, value);
}

QString ExplorerSettings::lastEndpoint() const
{
    return m_settings->value(kLastEndpoint, QStringLiteral("ovh-eu")).toString();
}

void ExplorerSettings::setLastEndpoint(const QString& value)
{
    m_settings->setValue(kLastEndpoint, value);
}

QString ExplorerSettings::apiBranch() const
{
    return m_settings->value(kApiBranch, QStringLiteral("v1")).toString();
}

void ExplorerSettings::setApiBranch(const QString& value)
{
    m_settings->setValue(kApiBranch, value);
}

QString ExplorerSettings::lastOperation() const
{
    return m_settings->value(kLastOperation).toString();
}
void ExplorerSettings::setLastOperation(const QString& value)
{
    m_settings->setValue(kLastOperation, value);
}

QJsonObject ExplorerSettings::formValues(const QString& operation) const
{
    const QByteArray json = m_settings->value(keyFor(kFormPrefix, operation)).toString().toUtf8();
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

void ExplorerSettings::setFormValues(const QString& operation, const QJsonObject& values)
{
    const QString key = keyFor(kFormPrefix, operation);
    if (values.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(
            key, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
}

bool ExplorerSettings::confirmCalls(const QString& endpoint) const
{
    return m_settings->value(keyFor(kConfirmPrefix, endpoint), true).toBool();
}

void ExplorerSettings::setConfirmCalls(const QString& endpoint, bool confirm)
{
    m_settings->setValue(keyFor(kConfirmPrefix, endpoint), confirm);
}

int ExplorerSettings::schemaTimeoutSeconds() const
{
    return seconds(*m_settings, kSchemaTimeout, DefaultSchemaTimeoutSeconds);
}

void ExplorerSettings::setSchemaTimeoutSeconds(int value)
{
    m_settings->setValue(kSchemaTimeout, qBound(1, value, 24 * 3600));
}

int ExplorerSettings::callTimeoutSeconds() const
{
    return seconds(*m_settings, kCallTimeout, DefaultCallTimeoutSeconds);
}

void ExplorerSettings::setCallTimeoutSeconds(int value)
{
    m_settings->setValue(kCallTimeout, qBound(1, value, 24 * 3600));
}

int ExplorerSettings::fetchAllConcurrency() const
{
    return int(bounded(
        *m_settings, kFetchAllConcurrency, DefaultFetchAllConcurrency, 1, MaxFetchAllConcurrency));
}

void ExplorerSettings::setFetchAllConcurrency(int calls)
{
    m_settings->setValue(kFetchAllConcurrency, qBound(1, calls, MaxFetchAllConcurrency));
}

OpenTabs ExplorerSettings::openTabs() const
{
    OpenTabs open;
    const QJsonObject stored
        = QJsonDocument::fromJson(m_settings->value(kOpenTabs).toString().toUtf8()).object();
    const QJsonArray tabs = stored.value(QLatin1String("tabs")).toArray();
    const int current = stored.value(QLatin1String("current")).toInt();
    for (qsizetype i = 0; i < tabs.size() && open.tabs.size() < OpenTabs::MaxTabs; ++i) {
        const QJsonObject tab = tabs.at(i).toObject();
        const QString operation = tab.value(QLatin1String("operation")).toString();
        if (operation.isEmpty())
            continue;
        if (i == current)
            open.current = int(open.tabs.size());
        open.tabs.append({ operation, tab.value(QLatin1String("values")).toObject() });
    }
    return open;
}

void ExplorerSettings::setOpenTabs(const OpenTabs& value)
{
    QJsonArray tabs;
    for (const OpenTabs::Tab& tab : value.tabs) {
        QJsonObject entry { { QStringLiteral("operation"), tab.operation } };
        if (!tab.values.isEmpty())
            entry.insert(QStringLiteral("values"), tab.values);
        tabs.append(entry);
    }
    const QJsonObject stored { { QStringLiteral("tabs"), tabs },
        { QStringLiteral("current"), value.current } };
    m_settings->setValue(
        kOpenTabs, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

ExplorerSettings::Theme ExplorerSettings::theme() const
{
    const qsizetype index = kThemeNames.indexOf(m_settings->value(kTheme).toString());
    return index < 0 ? Theme::System : Theme(index);
}

void ExplorerSettings::setTheme(Theme theme)
{
    m_settings->setValue(kTheme, kThemeNames.at(int(theme)));
}

const QStringList& ExplorerSettings::languages()
{
    static const QStringList names = { QString(), QStringLiteral("en"), QStringLiteral("fr") };
    return names;
}

QString ExplorerSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    return languages().contains(value) ? value : QString();
}

void ExplorerSettings::setLanguage(const QString& language)
{
    if (language.isEmpty() || !languages().contains(language))
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, language);
}

bool ExplorerSettings::historyKeepResponses() const
{
    return m_settings->value(kKeepResponses, true).toBool();
}

void ExplorerSettings::setHistoryKeepResponses(bool keep)
{
    m_settings->setValue(kKeepResponses, keep);
}

int ExplorerSettings::historyKeepDays() const
{
    return int(bounded(*m_settings, kKeepDays, 0, 0, MaxHistoryKeepDays));
}

void ExplorerSettings::setHistoryKeepDays(int days)
{
    m_settings->setValue(kKeepDays, qBound(0, days, MaxHistoryKeepDays));
}

int ExplorerSettings::historyMaxEntries() const
{
    return int(bounded(*m_settings, kMaxEntries, DefaultHistoryMaxEntries, 1, MaxHistoryEntries));
}

void ExplorerSettings::setHistoryMaxEntries(int entries)
{
    m_settings->setValue(kMaxEntries, qBound(1, entries, MaxHistoryEntries));
}

qint64 ExplorerSettings::historyMaxBodyBytes() const
{
    return bounded(*m_settings, kMaxBodyBytes, DefaultHistoryMaxBodyBytes, MinHistoryMaxBodyBytes,
        MaxHistoryMaxBodyBytes);
}

void ExplorerSettings::setHistoryMaxBodyBytes(qint64 bytes)
{
    m_settings->setValue(
        kMaxBodyBytes, qBound(MinHistoryMaxBodyBytes, bytes, MaxHistoryMaxBodyBytes));
}

bool ExplorerSettings::firstStartHintDismissed() const
{
    return m_settings->value(kFirstStartHint, false).toBool();
}

void ExplorerSettings::setFirstStartHintDismissed(bool dismissed)
{
    m_settings->setValue(kFirstStartHint, dismissed);
}

void ExplorerSettings::sync()
{
    m_settings->sync();
}

} // namespace Ovh
