#include "simprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString SimProcess::executable()
{
    return QStringLiteral(SLIPWAY_BINARY_DIR) + u"/simulator/slipway-sim-master"_s;
}

bool SimProcess::start(const QStringList &arguments, QString *error)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), QStringList {u"--listen"_s, u"127.0.0.1:0"_s} + arguments);
    QDeadlineTimer deadline(15000);
    QByteArray out;
    while (!deadline.hasExpired() && !out.contains('\n')) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        out += m_process.readAllStandardOutput();
    }
    static const QRegularExpression re(u"^listening on http://127\\.0\\.0\\.1:(\\d+)\n$"_s);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(out));
    if (!m.hasMatch()) {
        if (error)
            *error = u"no listening line; stdout: %1; stderr: %2"_s.arg(
                QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_port = quint16(m.captured(1).toUInt());
    return true;
}
