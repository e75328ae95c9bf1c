#include "timeline/timelinedrag.h"
#include "timeline/timescale.h"

#include <QTest>

Q_DECLARE_METATYPE(Unavailability)

namespace {
constexpr qint64 M = TimeScale::Minute;
constexpr qint64 H = TimeScale::Hour;
using Mode = TimelineDrag::Mode;
} // namespace

class tst_TimelineDrag : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewFor_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<Unavailability>("original");
        QTest::addColumn<qint64>("press");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<Unavailability>("expected");
        const Unavailability twoHours {10 * H, 2 * H};
        const Unavailability open {10 * H, std::nullopt};
        QTest::newRow("create forward")
            << int(Mode::Creating) << Unavailability {} << 10 * H + 7 * M << 11 * H + 2 * M
            << 15 * M << Unavailability {10 * H, H};
        QTest::newRow("create backward") << int(Mode::Creating) << Unavailability {} << 11 * H
                                         << 10 * H << 15 * M << Unavailability {10 * H, H};
        QTest::newRow("create tiny") << int(Mode::Creating) << Unavailability {} << 10 * H
                                     << 10 * H + M << 15 * M << Unavailability {10 * H, 15 * M};
        QTest::newRow("move snapped") << int(Mode::Moving) << twoHours << 11 * H << 12 * H + 8 * M
                                      << 15 * M << Unavailability {11 * H + 15 * M, 2 * H};
        QTest::newRow("move unsnapped") << int(Mode::Moving) << twoHours << 11 * H << 12 * H + 8 * M
                                        << qint64(0) << Unavailability {11 * H + 8 * M, 2 * H};
        QTest::newRow("move open-ended") << int(Mode::Moving) << open << 11 * H << 9 * H << 15 * M
                                         << Unavailability {8 * H, std::nullopt};
        QTest::newRow("resize end") << int(Mode::ResizingEnd) << twoHours << 12 * H << 13 * H
                                    << 15 * M << Unavailability {10 * H, 3 * H};
        QTest::newRow("resize end past start")
            << int(Mode::ResizingEnd) << twoHours << 12 * H << 7 * H << 15 * M
            << Unavailability {10 * H, 15 * M};
        QTest::newRow("resize start") << int(Mode::ResizingStart) << twoHours << 10 * H << 9 * H
                                      << 15 * M << Unavailability {9 * H, 3 * H};
        QTest::newRow("resize start past end")
            << int(Mode::ResizingStart) << twoHours << 10 * H << 14 * H << 15 * M
            << Unavailability {12 * H - 15 * M, 15 * M};
    }
    void previewFor()
    {
        QFETCH(int, mode);
        QFETCH(Unavailability, original);
        QFETCH(qint64, press);
        QFETCH(qint64, now);
        QFETCH(qint64, step);
        QFETCH(Unavailability, expected);
        const Unavailability u
            = TimelineDrag::previewFor(Mode(mode), original, press, now, step, QTimeZone::utc());
        QCOMPARE(u.startNs, expected.startNs);
        QCOMPARE(u.durationNs, expected.durationNs);
    }

    void thresholdBeforeDragging()
    {
        TimelineDrag drag;
        TimelineDrag::Press press;
        press.intent = Mode::Moving;
        press.pos = QPoint(100, 10);
        press.timeNs = 10 * H;
        press.original = Unavailability {10 * H, H};
        drag.start(press);
        QCOMPARE(drag.mode(), Mode::Pressed);
        QVERIFY(!drag.moveTo(QPoint(101, 10), 10 * H + M, 0, QTimeZone::utc()));
        QCOMPARE(drag.mode(), Mode::Pressed);
        QVERIFY(drag.moveTo(QPoint(110, 10), 10 * H + 10 * M, 0, QTimeZone::utc()));
        QCOMPARE(drag.mode(), Mode::Moving);
        QVERIFY(drag.isEditing());
        QCOMPARE(drag.preview().startNs, 10 * H + 10 * M);
        drag.reset();
        QCOMPARE(drag.mode(), Mode::Idle);
    }
};

QTEST_GUILESS_MAIN(tst_TimelineDrag)
#include "tst_timelinedrag.moc"
