#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryFile>
#include <QUrl>

#include <memory>

/// Test helper for every area: runs `slipway-sim-master --listen 127.0.0.1:0 ARGS...` as a child
/// process and reads the `listening on http://HOST:PORT` line it prints to learn the port. stop()
/// kills it (as a crash would); the destructor lets it exit cleanly first.
class SimProcess
{
public:
    SimProcess() = default;
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;
    ~SimProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                stop();
        }
    }

    static QString program()
    {
        return QStringLiteral(SLIPWAY_BINARY_DIR "/simulator/slipway-sim-master");
    }

    /// Starts the simulator and waits (generously, for loaded machines) for its listening line.
    /// @p listen may name a fixed port, e.g. to bring a master back where one was missing.
    bool start(const QStringList &args = {}, const QString &listen = QStringLiteral("127.0.0.1:0"),
               int timeoutMs = 60000)
    {
        stop();
        m_output.clear();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program(), QStringList {QStringLiteral("--listen"), listen} + args);
        if (!m_process.waitForStarted(timeoutMs))
            return false;
        static const QRegularExpression listening(QStringLiteral("listening on (http://[^\\s]+)"));
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_process.canReadLine()
                || m_process.waitForReadyRead(
                    int(qMin<qint64>(1000, qMax<qint64>(1, deadline.remainingTime()))))) {
                while (m_process.canReadLine()) {
                    const QString line = QString::fromUtf8(m_process.readLine());
                    m_output += line;
                    const QRegularExpressionMatch m = listening.match(line);
                    if (m.hasMatch()) {
                        m_url = QUrl(m.captured(1));
                        return m_url.isValid() && m_url.port() > 0;
                    }
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        m_output += QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }

    /// Writes @p json to a temporary scenario file and returns `--scenario FILE`.
    QStringList scenario(const QByteArray &json)
    {
        m_scenario.reset(new QTemporaryFile);
        m_scenario->open();
        m_scenario->write(json);
        m_scenario->flush();
        return {QStringLiteral("--scenario"), m_scenario->fileName()};
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(30000);
        }
        m_url.clear();
    }

    /// `http://127.0.0.1:PORT`
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    /// `127.0.0.1:PORT`, the command-line spelling without a scheme.
    QString hostPort() const { return m_url.host() + u':' + QString::number(m_url.port()); }
    /// What the process printed before it listened (or failed to).
    QString output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_output;
    std::unique_ptr<QTemporaryFile> m_scenario;
};
