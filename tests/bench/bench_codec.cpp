#include "maintenancevalidator.h"
#include "json/schedulecodec.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Encode, decode and validate a schedule of 10,000 machines in 2,000 windows (issue 2's target:
// each ≤ 20 ms median). Run with -callgrind for instruction counts.
class bench_Codec : public QObject
{
    Q_OBJECT

    Schedule m_schedule;
    QByteArray m_json;

private Q_SLOTS:
    void initTestCase()
    {
        constexpr int kWindows = 2000;
        constexpr int kPerWindow = 5;
        for (int w = 0; w < kWindows; ++w) {
            MaintenanceWindow window;
            window.unavailability = {1767225600000000000LL + w * 3600000000000LL,
                                     w % 7 ? std::optional<qint64>(7200000000000LL) : std::nullopt};
            for (int m = 0; m < kPerWindow; ++m) {
                const int n = w * kPerWindow + m;
                window.machines.append(MachineId::of(
                    u"rack%1-node%2.dc1.example.com"_s.arg(n / 40).arg(n % 40),
                    u"10.%1.%2.%3"_s.arg(n / 65536).arg((n / 256) % 256).arg(n % 256)));
            }
            m_schedule.windows.append(window);
        }
        m_json = ScheduleCodec::encodeSchedule(m_schedule);
        QCOMPARE(m_schedule.machineCount(), 10000);
    }

    void encode()
    {
        QByteArray out;
        QBENCHMARK
        {
            out = ScheduleCodec::encodeSchedule(m_schedule);
        }
        QCOMPARE(out.size(), m_json.size());
    }

    void decode()
    {
        bool ok = false;
        QBENCHMARK
        {
            ok = ScheduleCodec::decodeSchedule(m_json).ok();
        }
        QVERIFY(ok);
    }

    void validate()
    {
        std::optional<JsonError> error;
        QBENCHMARK
        {
            error = MaintenanceValidator::checkSchedule(m_schedule, {});
        }
        QVERIFY(!error);
    }

    void decodeAndValidate()
    {
        bool ok = false;
        QBENCHMARK
        {
            ok = MaintenanceValidator::checkScheduleDocument(m_json, {}).ok();
        }
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(bench_Codec)
#include "bench_codec.moc"
