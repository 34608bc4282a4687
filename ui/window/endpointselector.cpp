#include "window/endpointselector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace Ovh {

EndpointSelector::EndpointSelector(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_v1(new QToolButton(this))
    , m_v2(new QToolButton(this))
{
    m_combo->setObjectName(QStringLiteral("endpointCombo"));
    m_combo->setAccessibleName(tr("Endpoint"));
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
    for (QToolButton* button : { m_v1, m_v2 }) {
        const ApiBranch branch = button == m_v1 ? ApiBranch::V1 : ApiBranch::V2;
        button->setObjectName(
            button == m_v1 ? QStringLiteral("branchV1") : QStringLiteral("branchV2"));
        button->setText(apiBranchName(branch));
        button->setCheckable(true);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, branch] { onBranchClicked(branch); });
        layout->addWidget(button);
    }
    m_v1->setToolTip(tr("API v1 (/1.0): every product"));
    m_v2->setToolTip(
        tr("API v2 (OpenAPI): IAM, Public Cloud, vRack Services, VMware Cloud Director…"));
    showBranch();

    connect(m_combo, &QComboBox::activated, this, &EndpointSelector::onActivated);
}

int EndpointSelector::rowOf(const Endpoint& endpoint) const
{
    if (endpoint.name == sandboxEndpointName())
        return m_sandboxRow;
    // A row is a region on v1; its v2 branch shows as the same row.
    const Endpoint onV1 = endpoint.onBranch(ApiBranch::V1).value_or(endpoint);
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row) == endpoint || m_endpoints.at(row) == onV1)
            return row;
    }
    return -1;
}

void EndpointSelector::showBranch()
{
    const ApiBranch branch = m_current.branch();
    m_v1->setChecked(branch == ApiBranch::V1);
    m_v2->setChecked(branch == ApiBranch::V2);
    m_v1->setEnabled(m_current.onBranch(ApiBranch::V1).has_value());
    m_v2->setEnabled(m_current.onBranch(ApiBranch::V2).has_value());
}

void EndpointSelector::onBranchClicked(ApiBranch branch)
{
    const std::optional<Endpoint> other = m_current.onBranch(branch);
    if (!other || *other == m_current) {
        showBranch();
        return;
    }
    m_current = *other;
    showBranch();
    emit endpointChosen(m_current);
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
    showBranch();
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
        // Another region keeps the branch shown, where it has one.
        const Endpoint chosen
            = m_endpoints.at(row).onBranch(m_current.branch()).value_or(m_endpoints.at(row));
        if (chosen != m_current) {
            m_current = chosen;
            showBranch();
            emit endpointChosen(m_current);
        }
        return;
    }
    // "Custom URL…": keep showing the current endpoint until a valid URL is given.
    setEndpoint(m_current);
    emit customRequested();
}

} // namespace Ovh
