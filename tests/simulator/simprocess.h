#pragma once

#include <QProcess>
#include <QStringList>

/// Runs `slipway-sim-master --listen 127.0.0.1:0 ARGS…` the way client tests do: starts the
/// executable and reads the one `listening on http://HOST:PORT` line to learn the port.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();

    bool start(const QStringList &arguments, QString *error = nullptr);
    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }

    static QString executable();

private:
    QProcess m_process;
    quint16 m_port = 0;
};
