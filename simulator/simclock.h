#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

/// The simulated master's clock in nanoseconds since the Unix epoch. It runs at `speed` times
/// real time from a start instant; tests freeze it (speed 0) and move it with advance().
class SimClock
{
public:
    /// Starts at @p startNs (default: the real current time) running at @p speed.
    explicit SimClock(double speed = 1.0, qint64 startNs = -1);

    qint64 nowNs() const;
    double nowSecs() const { return double(nowNs()) / 1e9; }
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    /// Moves simulated time forward by @p ns (on top of the running rate).
    void advance(qint64 ns);

    static qint64 realNowNs();

private:
    qint64 m_baseNs; ///< simulated time at the last rebase
    QElapsedTimer m_real; ///< real time since the last rebase
    double m_speed;
};
