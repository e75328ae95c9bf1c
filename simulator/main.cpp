// slipway-sim-master: a simulated Apache Mesos master for demos and tests.

#include "aclpolicy.h"
#include "scenario.h"
#include "simulatedmaster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;
using QOption = QCommandLineOption;

static int fail(const QString &message)
{
    std::fprintf(stderr, "slipway-sim-master: %s\n", qPrintable(message));
    return 2;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"slipway-sim-master"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A simulated Apache Mesos master (maintenance primitives, "
                                     u"state endpoints and the v1 operator API)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on (port 0: any free port)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:5050"_s);
    const QCommandLineOption scenario(u"scenario"_s, u"Scenario file (JSON)."_s, u"FILE"_s);
    const QCommandLineOption agents(u"agents"_s, u"Agents to generate."_s, u"N"_s, u"50"_s);
    const QCommandLineOption frameworks(u"frameworks"_s, u"Frameworks to generate."_s, u"N"_s,
                                        u"4"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed for generation and failures."_s, u"S"_s,
                                  u"1"_s);
    const QCommandLineOption speed(u"speed"_s, u"Simulated seconds per real second."_s, u"X"_s,
                                   u"1"_s);
    const QCommandLineOption auth(u"auth"_s, u"Require HTTP Basic credentials (repeatable)."_s,
                                  u"USER:PASSWORD"_s);
    const QCommandLineOption leader(
        u"leader"_s, u"Act as a non-leading master redirecting to URL (none: no leader known)."_s,
        u"URL"_s);
    const QCommandLineOption acls(
        u"acls"_s, u"The master's --acls: JSON, or a file (file:// optional)."_s, u"JSON|FILE"_s);
    const QCommandLineOption stateFile(u"state-file"_s, u"Persist schedule and modes here."_s,
                                       u"FILE"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay every answer."_s, u"N"_s, u"0"_s);
    const QCommandLineOption failRate(u"fail-rate"_s, u"Share of requests answered 503."_s, u"P"_s,
                                      u"0"_s);
    const QCommandLineOption maxConnections(
        u"max-connections"_s, u"HTTP connections open at once; more are answered 503."_s, u"N"_s,
        u"512"_s);
    const QOption heartbeat(u"heartbeat-interval"_s, u"Seconds between event-stream heartbeats."_s,
                            u"S"_s, u"15"_s);
    const QOption lifetime(u"stream-lifetime"_s,
                           u"Close each event stream S seconds after it opened (0: never)."_s,
                           u"S"_s, u"0"_s);
    const QOption silentAfter(
        u"stream-silent-after"_s,
        u"Send nothing more on an event stream S seconds after it opened (0: never)."_s, u"S"_s,
        u"0"_s);
    const QOption v0Only(u"v0-only"_s, u"Act as a master without the v1 API (/api/v1 is 404)."_s);
    const QOption forbidSubscribe(
        u"forbid-subscribe"_s,
        u"Answer the v1 SUBSCRIBE call 403 Forbidden (the event stream refused)."_s);
    const QOption resignAfter(u"resign-after"_s,
                              u"With --leader: lead for S seconds, then redirect to that URL."_s,
                              u"S"_s);
    parser.addOptions({listen, scenario, agents, frameworks, seed, speed, auth, leader, stateFile,
                       latency, failRate, acls, maxConnections, heartbeat, lifetime, silentAfter,
                       v0Only, forbidSubscribe, resignAfter});
    parser.process(app);

    Scenario sc;
    bool ok = true;
    if (parser.isSet(scenario)) {
        QFile file(parser.value(scenario));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        const Result<Scenario> parsed = Scenario::fromJson(file.readAll());
        if (!parsed)
            return fail(u"%1: %2"_s.arg(file.fileName(), parsed.error().message));
        sc = *parsed;
    } else {
        const int n = parser.value(agents).toInt(&ok);
        bool okF = false;
        const int f = parser.value(frameworks).toInt(&okF);
        if (!ok || !okF || n < 0 || f < 0)
            return fail(u"--agents and --frameworks take a count"_s);
        sc = Scenario::generate(n, f, parser.value(seed).toULongLong());
    }

    SimOptions options;
    options.seed = parser.value(seed).toULongLong();
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed < 0)
        return fail(u"--speed takes a non-negative number"_s);
    for (const QString &cred : parser.values(auth)) {
        const qsizetype colon = cred.indexOf(u':');
        if (colon <= 0)
            return fail(u"--auth takes USER:PASSWORD"_s);
        options.credentials.append({cred.left(colon), cred.mid(colon + 1)});
    }
    if (parser.value(leader) == u"none") {
        options.noLeader = true;
    } else if (parser.isSet(leader)) {
        options.leader = QUrl::fromUserInput(parser.value(leader));
        if (!options.leader.isValid() || options.leader.host().isEmpty())
            return fail(u"--leader takes a URL such as http://m2.example:5050"_s);
    }
    options.stateFile = parser.value(stateFile);
    if (parser.isSet(acls)) {
        QString value = parser.value(acls).trimmed();
        if (value.startsWith(u'{')) {
            options.acls = value.toUtf8();
        } else {
            QFile file(value.startsWith(u"file://") ? value.mid(7) : value);
            if (!file.open(QIODevice::ReadOnly))
                return fail(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
            options.acls = file.readAll();
        }
        if (const Result<AclPolicy> policy = AclPolicy::fromJson(options.acls); !policy)
            return fail(policy.error().message);
    }
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return fail(u"--latency-ms takes a count of milliseconds"_s);
    options.failRate = parser.value(failRate).toDouble(&ok);
    if (!ok || options.failRate < 0 || options.failRate > 1)
        return fail(u"--fail-rate takes a number from 0 to 1"_s);

    const auto seconds = [&parser](const QOption &option, double *out) {
        bool valid = false;
        *out = parser.value(option).toDouble(&valid);
        return valid && *out >= 0;
    };
    if (!seconds(heartbeat, &options.heartbeatSecs) || options.heartbeatSecs <= 0
        || !seconds(lifetime, &options.streamLifetimeSecs)
        || !seconds(silentAfter, &options.streamSilentAfterSecs))
        return fail(u"--heartbeat-interval, --stream-lifetime and --stream-silent-after take "
                    u"seconds"_s);
    options.v0Only = parser.isSet(v0Only);
    options.forbidSubscribe = parser.isSet(forbidSubscribe);
    if (parser.isSet(resignAfter)) {
        if (!seconds(resignAfter, &options.resignAfterSecs) || !options.leader.isValid())
            return fail(u"--resign-after takes seconds, and --leader URL"_s);
    }
    options.maxConnections = parser.value(maxConnections).toInt(&ok);
    if (!ok || options.maxConnections < 1)
        return fail(u"--max-connections takes a positive count"_s);

    const QString spec = parser.value(listen);
    const qsizetype colon = spec.lastIndexOf(u':');
    const QString host = colon > 0 ? spec.left(colon) : spec;
    const QHostAddress address
        = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    const int port = colon > 0 ? spec.mid(colon + 1).toInt(&ok) : 5050;
    if (address.isNull() || !ok || port < 0 || port > 65535)
        return fail(u"--listen takes HOST:PORT with a numeric address, e.g. 127.0.0.1:5050"_s);
    options.hostname = host;

    SimulatedMaster master(sc, options);
    if (!master.listen(address, quint16(port)))
        return fail(u"cannot listen on %1: %2"_s.arg(spec, master.errorString()));
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(master.port()));
    std::fflush(stdout);
    return app.exec();
}
