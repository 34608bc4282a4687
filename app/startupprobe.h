#pragma once

#include <QObject>

namespace Ovh {

class MainWindow;

// For tests/bench/bench_tabs (OVH_EXPLORER_REPORT_READY): the start as a person sees it. Prints
// "<epoch ms> <epoch ms>" on stdout, when the window has painted the product tree with its
// products, then when it has painted the current tab's operation too (the same time when no
// operation is open), and quits.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    explicit StartupProbe(MainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool treeShown() const;
    bool operationShown() const;

    MainWindow* m_window;
    qint64 m_treePainted = 0;
};

} // namespace Ovh
