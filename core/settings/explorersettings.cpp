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
const QString kOpenTabs = QStringLiteral("session/tabs");
const QString kFormPrefix = QStringLiteral("forms/");
const QString kConfirmPrefix = QStringLiteral("confirm/");
const QString kSchemaTimeout = QStringLiteral("network/schemaTimeoutSeconds");
const QString kCallTimeout = QStringLiteral("network/callTimeoutSeconds");

// A hand-edited value out of range or not a number falls back to the default.
int seconds(const QSettings& settings, const QString& key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= 1 && value <= 24 * 3600 ? value : fallback;
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

void ExplorerSettings::sync()
{
    m_settings->sync();
}

} // namespace Ovh
