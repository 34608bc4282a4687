#include "explorersettings.h"

#include <QSettings>

namespace Ovh {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kMainSplitter = QStringLiteral("window/mainSplitter");
const QString kOperationSplitter = QStringLiteral("window/operationSplitter");
const QString kLastEndpoint = QStringLiteral("session/endpoint");
const QString kLastOperation = QStringLiteral("session/operation");

} // namespace

ExplorerSettings::ExplorerSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

ExplorerSettings::ExplorerSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ExplorerSettings::~ExplorerSettings() = default;

QByteArray ExplorerSettings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void ExplorerSettings::setWindowGeometry(const QByteArray& value) { m_settings->setValue(kGeometry, value); }
QByteArray ExplorerSettings::windowState() const { return m_settings->value(kState).toByteArray(); }
void ExplorerSettings::setWindowState(const QByteArray& value) { m_settings->setValue(kState, value); }

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

void ExplorerSettings::setLastEndpoint(const QString& value) { m_settings->setValue(kLastEndpoint, value); }
QString ExplorerSettings::lastOperation() const { return m_settings->value(kLastOperation).toString(); }
void ExplorerSettings::setLastOperation(const QString& value) { m_settings->setValue(kLastOperation, value); }

void ExplorerSettings::sync()
{
    m_settings->sync();
}

} // namespace Ovh
