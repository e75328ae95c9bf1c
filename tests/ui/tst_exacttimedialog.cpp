// The exact-time dialog keeps every start within what the master can represent (int64
// nanoseconds since the epoch: 1677-09-21 to 2262-04-11), so a year like 2300 can neither wrap
// into 1715 nor be submitted.

#include "timeline/exacttimedialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QSpinBox>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kHour = 3600LL * 1000000000LL;
} // namespace

class tst_ExactTimeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordinaryTimesRoundTrip()
    {
        const Unavailability initial {1767225600000000000LL, 90 * 60 * 1000000000LL};
        ExactTimeDialog dialog(initial, QTimeZone::utc(), 3);
        QCOMPARE(dialog.unavailability(), initial);
    }

    void startBeyond2262IsClamped()
    {
        ExactTimeDialog dialog({1767225600000000000LL, kHour}, QTimeZone::utc(), 1);
        auto *start = dialog.findChild<QDateTimeEdit *>(u"start"_s);
        QVERIFY(start);
        start->setDateTime(QDateTime(QDate(2300, 1, 1), QTime(0, 0), Qt::UTC));
        const Unavailability u = dialog.unavailability();
        QVERIFY2(u.startNs > 0, qPrintable(QString::number(u.startNs)));
        const QDateTime shown = QDateTime::fromMSecsSinceEpoch(u.startNs / 1000000, Qt::UTC);
        QCOMPARE(shown.date(), QDate(2262, 4, 11));
        QVERIFY(start->maximumDateTime()
                <= QDateTime::fromMSecsSinceEpoch(kMax / 1000000, Qt::UTC));
    }

    void startBefore1677IsClamped()
    {
        ExactTimeDialog dialog({1767225600000000000LL, kHour}, QTimeZone::utc(), 1);
        auto *start = dialog.findChild<QDateTimeEdit *>(u"start"_s);
        QVERIFY(start);
        start->setDateTime(QDateTime(QDate(1600, 1, 1), QTime(0, 0), Qt::UTC));
        const Unavailability u = dialog.unavailability();
        QVERIFY2(u.startNs < 0, qPrintable(QString::number(u.startNs)));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(u.startNs / 1000000, Qt::UTC).date().year(), 1677);
    }

    void initialForeverStartIsShown()
    {
        // A start at the very end of time (as another tool may post) opens at 2262, not 1677.
        ExactTimeDialog dialog({kMax, std::nullopt}, QTimeZone::utc(), 1);
        const Unavailability u = dialog.unavailability();
        QVERIFY(u.startNs > 0);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(u.startNs / 1000000, Qt::UTC).date(),
                 QDate(2262, 4, 11));
        QVERIFY(!u.durationNs);
    }

    void durationPastTheEndOfTimeIsCapped()
    {
        // 3650 days from 2262-04-01 ends beyond int64: the window is made to end at the last
        // representable instant instead of wrapping.
        const qint64 start
            = QDateTime(QDate(2262, 4, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000000;
        ExactTimeDialog dialog({start, kHour}, QTimeZone::utc(), 1);
        dialog.findChild<QSpinBox *>(u"days"_s)->setValue(3650);
        const Unavailability u = dialog.unavailability();
        QCOMPARE(u.startNs, start);
        QVERIFY(u.durationNs);
        QVERIFY(*u.durationNs > 0);
        QCOMPARE(*u.endNs(), kMax);
        QVERIFY(*u.durationNs <= kMax - start);
    }
};

QTEST_MAIN(tst_ExactTimeDialog)
#include "tst_exacttimedialog.moc"
