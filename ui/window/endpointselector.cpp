#include "window/endpointselector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace Ovh {

EndpointSelector::EndpointSelector(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("endpointCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("Which API to explore"));
    for (const Endpoint& endpoint : Endpoint::known()) {
        m_endpoints.append(endpoint);
        m_combo->addItem(endpoint.displayName());
        m_combo->setItemData(m_combo->count() - 1, endpoint.baseUrl.toString(), Qt::ToolTipRole);
    }
    m_sandboxRow = int(m_endpoints.size());
    Endpoint sandbox;
    sandbox.name = sandboxEndpointName();
    m_endpoints.append(sandbox);
    m_combo->addItem(tr("Sandbox (demo)"));
    m_combo->setItemData(m_sandboxRow,
        tr("A local copy of the API with demo keys: try every call without an account"),
        Qt::ToolTipRole);
    m_combo->addItem(tr("Custom URL\u2026"));

    auto* label = new QLabel(tr("&Endpoint:"), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, &EndpointSelector::onActivated);
}

int EndpointSelector::rowOf(const Endpoint& endpoint) const
{
    if (endpoint.name == sandboxEndpointName())
        return m_sandboxRow;
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row) == endpoint)
            return row;
    }
    return -1;
}

void EndpointSelector::setEndpoint(const Endpoint& endpoint)
{
    int row = rowOf(endpoint);
    if (row < 0) {
        row = int(m_endpoints.size());
        m_endpoints.append(endpoint);
        m_combo->insertItem(row, endpoint.displayName());
        m_combo->setItemData(row, endpoint.baseUrl.toString(), Qt::ToolTipRole);
    }
    m_current = endpoint;
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(row);
}

void EndpointSelector::onActivated(int row)
{
    if (row == m_sandboxRow) {
        if (m_current.name != sandboxEndpointName()) {
            setEndpoint(m_current); // until the sandbox runs
            emit sandboxRequested();
        }
        return;
    }
    if (row >= 0 && row < m_endpoints.size()) {
        if (m_endpoints.at(row) != m_current) {
            m_current = m_endpoints.at(row);
            emit endpointChosen(m_current);
        }
        return;
    }
    // "Custom URL…": keep showing the current endpoint until a valid URL is given.
    setEndpoint(m_current);
    emit customRequested();
}

} // namespace Ovh
