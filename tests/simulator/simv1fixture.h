#pragma once

// What the tst_simv1api_* tests share: the simulated master with the Mesos fixtures' principals
// and ACLs, a small scenario, `POST /master/api/v1` on a raw connection, and the RecordIO reader.

#include "rawhttp.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

inline const QByteArray Json = "application/json";
// The ACLs of the Mesos fixtures: test-principal-2 may not do any maintenance action.
inline const QString Acls = QStringLiteral(
    R"({"update_maintenance_schedules":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("get_maintenance_schedules":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("start_maintenances":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("stop_maintenances":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("get_maintenance_statuses":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}]})");

inline QByteArray readExample(const char *name)
{
    QFile f(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll().trimmed();
}

// Decodes a chunked body and splits it into RecordIO records; @p rest keeps incomplete bytes.
inline QList<QByteArray> records(const QByteArray &chunked)
{
    QByteArray payload;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = chunked.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = chunked.mid(pos, eol - pos).toLongLong(&ok, 16);
        if (!ok || size == 0 || chunked.size() < eol + 2 + size + 2)
            break;
        payload += chunked.mid(eol + 2, size);
        pos = eol + 2 + size + 2;
    }
    QList<QByteArray> out;
    qsizetype at = 0;
    while (at < payload.size()) {
        const qsizetype nl = payload.indexOf('\n', at);
        if (nl < 0)
            break;
        const qsizetype length = payload.mid(at, nl - at).toLongLong();
        if (payload.size() < nl + 1 + length)
            break;
        out.append(payload.mid(nl + 1, length));
        at = nl + 1 + length;
    }
    return out;
}

/// The helpers; each test class derives from it and from QObject and resets m_sim in cleanup().
class SimV1Fixture
{
protected:
    RawHttp::Reply call(const QByteArray &body, const QByteArray &contentType = Json,
                        const QByteArray &accept = Json, const QByteArray &method = "POST")
    {
        RawHttp::Headers h {{"Authorization", m_auth}};
        if (!contentType.isNull())
            h.append({"Content-Type", contentType});
        if (!accept.isNull())
            h.append({"Accept", accept});
        return RawHttp::request(m_sim->port(), method, "/master/api/v1", body, h);
    }
    bool start(const QStringList &args);
    QString scenarioFile();
    QString agentId(const QString &hostname);
    void expectOk(const RawHttp::Reply &r);
    void expectError(const RawHttp::Reply &r, int status, const QByteArray &text);

    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_dir;
    QByteArray m_auth = RawHttp::basic("test-principal", "test-secret");
    const QByteArray m_p1 = RawHttp::basic("test-principal", "test-secret");
    const QByteArray m_p2 = RawHttp::basic("test-principal-2", "test-secret-2");
};

inline bool SimV1Fixture::start(const QStringList &args)
{
    using namespace Qt::StringLiterals;
    m_sim = std::make_unique<SimProcess>();
    const bool ok
        = m_sim->start(args
                       + QStringList {u"--auth"_s, u"test-principal:test-secret"_s, u"--auth"_s,
                                      u"test-principal-2:test-secret-2"_s, u"--acls"_s, Acls});
    if (!ok)
        qWarning() << m_sim->output();
    return ok;
}

inline QString SimV1Fixture::scenarioFile()
{
    using namespace Qt::StringLiterals;
    const QString path = m_dir.filePath(u"scenario.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(
        R"({"agents":[{"hostname":"a1.example","ip":"10.0.0.1","port":5051,"region":"r1","zone":"z1","cpus":16,"mem":65536,"disk":200000,"attributes":{"rack":"r12","level":3}},)"
        R"({"hostname":"a2.example","ip":"10.0.0.2"}],)"
        R"("frameworks":[{"name":"marathon","policy":"accept","tasks":[{"agent":"a1.example","count":3}]},)"
        R"({"name":"batch","policy":"decline","tasks":[{"agent":"a1.example","count":1}]}]})");
    return path;
}

inline QString SimV1Fixture::agentId(const QString &hostname)
{
    using namespace Qt::StringLiterals;
    const QJsonObject reply
        = QJsonDocument::fromJson(call(R"({"type":"GET_AGENTS"})").body).object();
    for (const QJsonValue &a : reply[u"get_agents"_s][u"agents"_s].toArray()) {
        if (a[u"agent_info"_s][u"hostname"_s].toString() == hostname)
            return a[u"agent_info"_s][u"id"_s][u"value"_s].toString();
    }
    return QString();
}

inline void SimV1Fixture::expectOk(const RawHttp::Reply &r)
{
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.hasHeader("Content-Type"));
}

inline void SimV1Fixture::expectError(const RawHttp::Reply &r, int status, const QByteArray &text)
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(r.body, text);
}
