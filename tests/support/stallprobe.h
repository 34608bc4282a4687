#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace OvhTest {

// The longest gap between ticks of a short timer while it lives: how long the event loop
// stalled (a window that does not answer for that long).
class StallProbe
{
public:
    explicit StallProbe(int tickMs = 5)
    {
        m_clock.start();
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = qMax(m_longest, double(m_clock.nsecsElapsed()) / 1e6);
            m_clock.restart();
        });
        m_timer.start(tickMs);
    }
    double longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

} // namespace OvhTest
