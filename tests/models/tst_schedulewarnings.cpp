#include "live/schedulewarnings.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600LL * 1'000'000'000;
constexpr qint64 kNow = 1'900'000'000LL * 1'000'000'000;

MachineId machine(const QString &host, const QString &ip)
{
    return MachineId::of(host, ip);
}

LiveSnapshot cluster()
{
    ClusterState state;
    for (int i = 1; i <= 3; ++i) {
        Agent a;
        a.id = u"a%1"_s.arg(i);
        a.hostname = u"h%1"_s.arg(i);
        a.ip = u"10.0.0.%1"_s.arg(i);
        state.agents.append(a);
    }
    return LiveSnapshot::join(state, {}, {});
}

} // namespace

class tst_ScheduleWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToSay()
    {
        Schedule s;
        s.windows.append({{machine(u"h1"_s, u"10.0.0.1"_s)}, {kNow + kHour, kHour}});
        s.windows.append({{machine(u"H2"_s, u"10.0.0.2"_s)}, {kNow - kHour, std::nullopt}});
        QCOMPARE(ScheduleWarnings::compute(s, cluster(), kNow), QStringList());
    }

    void pastWindowsAndStrangers()
    {
        Schedule s;
        s.windows.append({{machine(u"h1"_s, u"10.0.0.1"_s), machine(u"h2"_s, u"10.0.0.22"_s)},
                          {kNow - 2 * kHour, kHour}});
        s.windows.append({{machine(u"nobody"_s, u"10.9.9.9"_s)}, {kNow, kHour}});
        const QStringList w = ScheduleWarnings::compute(s, cluster(), kNow);
        QCOMPARE(w.size(), 3);
        QVERIFY2(w[0].startsWith(u"Window 1 (2 machine(s)) ended at 2030-03-17 "_s),
                 qPrintable(w[0]));
        QCOMPARE(w[1], u"h2 (10.0.0.22) is no agent of the cluster; did you mean h2/10.0.0.2?"_s);
        QCOMPARE(w[2], u"nobody (10.9.9.9) is no agent of the cluster."_s);
        // Without agents (nothing read yet) only the times are judged.
        QCOMPARE(ScheduleWarnings::compute(s, LiveSnapshot(), kNow).size(), 1);
    }

    void keepDownMachinesIn()
    {
        const MachineId down1 = machine(u"h1"_s, u"10.0.0.1"_s);
        const MachineId down2 = machine(u"h2"_s, u"10.0.0.2"_s);
        const MachineId down3 = machine(u"h3"_s, u"10.0.0.3"_s);
        Schedule live;
        live.windows.append({{down1, down2}, {kNow, kHour}});
        Schedule file;
        file.windows.append({{machine(u"x"_s, u"10.1.1.1"_s)}, {kNow + kHour, kHour}});
        const QList<MachineId> missing = ScheduleWarnings::missingDown(file, {down1, down2, down3});
        QCOMPARE(missing, (QList<MachineId> {down1, down2, down3}));
        const Schedule kept = ScheduleWarnings::keepIn(file, missing, live, kNow + 5);
        QCOMPARE(kept.windows.size(), 3);
        QCOMPARE(kept.windows[1].machines, (QList<MachineId> {down1, down2}));
        QCOMPARE(kept.windows[1].unavailability, live.windows[0].unavailability);
        QCOMPARE(kept.windows[2].machines, QList<MachineId> {down3});
        QCOMPARE(kept.windows[2].unavailability.startNs, kNow + 5);
        QVERIFY(ScheduleWarnings::missingDown(kept, {down1, down2, down3}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleWarnings)
#include "tst_schedulewarnings.moc"
