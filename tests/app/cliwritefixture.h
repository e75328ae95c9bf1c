#pragma once

// What the slipwayctl write tests share (tst_cli_submit, tst_cli_downup, tst_cli_writefailures):
// a simulated master in the scenario's starting state for every test, files to submit, and raw
// reads of what the master holds.

#include "clirun.h"
#include "simprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

// Two frameworks that never answer inverse offers, so what `down` reports does not depend on
// timing: h1 runs 3 tasks, h4 one, h2 and h3 none. h1, h2 and h3 start in one window.
inline const QByteArray kScenario = R"({
  "agents": [
    {"hostname": "h1", "ip": "10.0.0.1"},
    {"hostname": "h2", "ip": "10.0.0.2"},
    {"hostname": "h3", "ip": "10.0.0.3"},
    {"hostname": "h4", "ip": "10.0.0.4"}
  ],
  "frameworks": [
    {"name": "web", "policy": "silent", "tasks": [{"agent": "h1", "count": 2}, {"agent": "h4", "count": 1}]},
    {"name": "batch", "policy": "silent", "tasks": [{"agent": "h1", "count": 1}]}
  ],
  "schedule": {"windows": [
    {"machine_ids": [{"hostname": "h1", "ip": "10.0.0.1"}, {"hostname": "h2", "ip": "10.0.0.2"},
                     {"hostname": "h3", "ip": "10.0.0.3"}],
     "unavailability": {"start": {"nanoseconds": 1900000000000000000}}}
  ]}
})";

/// A schedule as the master writes it: one window per list of host numbers (hN is 10.0.0.N).
inline QByteArray scheduleJson(const QList<QList<int>> &windows)
{
    using namespace Qt::StringLiterals;
    QStringList parts;
    qint64 start = 1900000000000000000LL;
    for (const QList<int> &hosts : windows) {
        QStringList machines;
        for (int h : hosts)
            machines << u"{\"hostname\":\"h%1\",\"ip\":\"10.0.0.%1\"}"_s.arg(h);
        parts << u"{\"machine_ids\":[%1],\"unavailability\":{\"duration\":{\"nanoseconds\":"
                 "3600000000000},\"start\":{\"nanoseconds\":%2}}}"_s.arg(machines.join(u','))
                     .arg(start);
        start += 7200000000000LL;
    }
    return (u"{\"windows\":["_s + parts.join(u',') + u"]}"_s).toUtf8();
}

/// The helpers; each test class derives from it and from QObject, and starts the master in init().
class CliWriteFixture
{
protected:
    /// For initTestCase(): no password from the environment, a directory for files.
    bool prepare()
    {
        qunsetenv("SLIPWAY_PASSWORD");
        return m_dir.isValid();
    }
    /// For init(): every test gets a master in the scenario's starting state.
    bool startMaster() { return m_sim.start(m_sim.scenario(kScenario)); }

    using Run = CliRun;

    static Run run(const QStringList &args, const QString &answers = QString())
    {
        return runCli(args, answers);
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(data) != data.size())
            return QString();
        return path;
    }

    QByteArray rawGet(const QString &path)
    {
        QNetworkAccessManager network;
        QUrl url = m_sim.url();
        url.setPath(path);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            return {};
        const QByteArray body = reply->readAll();
        delete reply;
        return body;
    }

    QByteArray liveSchedule() { return rawGet(QStringLiteral("/master/maintenance/schedule")); }

    bool rawPostSchedule(const QByteArray &body)
    {
        QNetworkAccessManager network;
        QUrl url = m_sim.url();
        url.setPath(QStringLiteral("/master/maintenance/schedule"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.post(request, body);
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000);
        const bool ok = finished && reply->error() == QNetworkReply::NoError;
        delete reply;
        return ok;
    }
    QByteArray liveStatus() { return rawGet(QStringLiteral("/master/maintenance/status")); }

    QStringList master() const { return {QStringLiteral("--master"), m_sim.hostPort()}; }

    SimProcess m_sim;
    QTemporaryDir m_dir;
};
