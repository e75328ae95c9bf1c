// /state of the simulated master with 10,000 agents: rendering alone, and served over HTTP on
// loopback (cached, and right after a change so the document is rendered again). The target is a
// median ≤ 200 ms per request.

#include "masterstatejson.h"
#include "simclock.h"
#include "simcluster.h"
#include "simulatedmaster.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int Agents = 10000;

const QByteArray schedules[] = {
    R"({"windows":[{"machine_ids":[{"hostname":"agent-00001.sim.example","ip":"10.0.0.0"}],"unavailability":{"start":{"nanoseconds":1}}}]})",
    "{}"};

// One keep-alive connection that reads Content-Length framed responses straight into one buffer,
// so the client's own copying does not dominate what is measured.
class Client
{
public:
    explicit Client(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_socket.waitForConnected(5000);
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 * 1024 * 1024);
    }
    qsizetype request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
    {
        m_socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray head;
        while (!head.endsWith("\r\n\r\n")) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(10000))
                return -1;
            head += m_socket.readLine();
        }
        const qsizetype cl = head.indexOf("Content-Length: ");
        const qsizetype length = head.mid(cl + 16, head.indexOf('\r', cl) - cl - 16).toLongLong();
        m_body.resize(length);
        qsizetype got = 0;
        while (got < length) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(10000))
                return -1;
            got += m_socket.read(m_body.data() + got, length - got);
        }
        return length;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_body;
};

double median(QList<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : double(samples[samples.size() / 2]);
}

} // namespace

class BenchSimState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_master = std::make_unique<SimulatedMaster>(Scenario::generate(Agents, 4, 1));
                m_master->listen(QHostAddress::LocalHost, 0);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(m_master && m_master->port() != 0);
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_master.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void renderState()
    {
        SimClock clock(0);
        const SimCluster cluster(Scenario::generate(Agents, 4, 1), &clock);
        const SimMasterInfo info;
        QByteArray state;
        QBENCHMARK
        {
            state = MasterStateJson(cluster, info).state();
        }
        QVERIFY(state.size() > 1000000);
    }

    void serveStateAfterChange()
    {
        Client client(m_master->port());
        int i = 0;
        auto change = [&] {
            return client.request("POST", "/master/maintenance/schedule", schedules[i++ % 2]) == 0;
        };
        QBENCHMARK
        {
            QVERIFY(change());
            QVERIFY(client.request("GET", "/master/state") > 1000000);
        }
        // The target is about the median, so measure a few requests whatever -iterations says.
        QList<qint64> samples;
        for (int n = 0; n < 7; ++n) {
            QVERIFY(change());
            QElapsedTimer t;
            t.start();
            QVERIFY(client.request("GET", "/master/state") > 1000000);
            samples.append(t.elapsed());
        }
        qInfo("median GET /master/state right after a change, %d agents: %.0f ms", Agents,
              median(samples));
        QVERIFY(median(samples) <= 200);
    }

    void serveStateCached()
    {
        Client client(m_master->port());
        QBENCHMARK
        {
            QVERIFY(client.request("GET", "/master/state") > 1000000);
        }
    }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<SimulatedMaster> m_master;
};

QTEST_GUILESS_MAIN(BenchSimState)
#include "bench_simstate.moc"
