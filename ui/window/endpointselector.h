#pragma once

#include "base/endpoint.h"
#include "session/sandboxname.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QToolButton;
QT_END_NAMESPACE

namespace Ovh {

// The toolbar's endpoint combo: the known regions, "Sandbox" (asks the window to start the
// in-process sandbox), custom base URLs used in this session, and "Custom URL…" which asks the
// window to show the custom URL bar. Beside it the v1 / v2 branch buttons: one click moves the
// region to its other branch (disabled where there is none).
class EndpointSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointSelector)

public:
    explicit EndpointSelector(QWidget* parent = nullptr);

    Endpoint endpoint() const { return m_current; }
    // Selects it (adding a custom one to the list) without emitting endpointChosen().
    void setEndpoint(const Endpoint& endpoint);

signals:
    void endpointChosen(const Ovh::Endpoint& endpoint);
    void customRequested();
    void sandboxRequested();

private:
    void onActivated(int row);
    void onBranchClicked(ApiBranch branch);
    int rowOf(const Endpoint& endpoint) const;
    void showBranch();

    QComboBox* m_combo;
    QList<Endpoint> m_endpoints; // one per row, before the "Custom URL…" row
    Endpoint m_current;
    int m_sandboxRow = -1;
    QToolButton* m_v1;
    QToolButton* m_v2;
};

} // namespace Ovh
