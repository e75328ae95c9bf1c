#include "charts/drainchart.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The drain chart: whole-number task axis, the total line, the selected machines named in full.
class tst_DrainChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integerAxis_data()
    {
        QTest::addColumn<int>("maxValue");
        for (int v : {0, 1, 2, 3, 5, 7, 9, 13, 42, 99, 167, 1000, 12345})
            QTest::newRow(qPrintable(QString::number(v))) << v;
    }
    void integerAxis()
    {
        QFETCH(int, maxValue);
        const auto [top, ticks] = DrainChart::integerAxis(maxValue);
        QVERIFY(top >= maxValue);
        QVERIFY(ticks >= 2);
        QVERIFY(ticks <= 6);
        // Every tick a whole number: the step divides the top.
        QCOMPARE(top % (ticks - 1), 0);
        const int step = top / (ticks - 1);
        QVERIFY(step >= 1);
        // A nice step: 1, 2 or 5 times a power of ten.
        int mantissa = step;
        while (mantissa % 10 == 0)
            mantissa /= 10;
        QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 5,
                 qPrintable(QString::number(step)));
        QVERIFY(top - qMax(1, maxValue) < step); // no wasted interval on top
    }

    void totalAndSelectedLinesNamedInFull()
    {
        DrainChart chart;
        const MachineId a
            = MachineId::of(u"a-very-long-hostname-in-rack-17.example.com"_s, u"10.20.30.40"_s);
        const MachineId b = MachineId::of(u"b.example.com"_s, u"10.0.0.2"_s);
        QHash<MachineId, DrainHistory> histories;
        histories[a].record(1000, 10);
        histories[a].record(61000, 4);
        histories[b].record(1000, 3);
        histories[b].record(61000, 3);
        chart.setHistories(histories, {});
        QCOMPARE(chart.lineNames(), QStringList {u"All draining machines"_s});
        QVERIFY(chart.legendText().contains(u"7 task(s) left"_s));

        chart.setSelection({a, MachineId::of(u"not-draining"_s, u"10.9.9.9"_s)});
        QCOMPARE(chart.lineNames(),
                 (QStringList {u"All draining machines"_s,
                               u"a-very-long-hostname-in-rack-17.example.com (10.20.30.40)"_s}));
        QVERIFY(chart.legendText().contains(
            u"a-very-long-hostname-in-rack-17.example.com (10.20.30.40)"_s));
        QVERIFY(chart.legendText().contains(u"4 task(s) left"_s));

        // The total is recorded once per refresh: a second refresh adds its sample.
        histories[a].record(121000, 1);
        histories[b].record(121000, 2);
        chart.setHistories(histories, {});
        QCOMPARE(chart.total().samples().size(), 2);
        QCOMPARE(chart.total().samples().first(), (DrainHistory::Sample {61000, 7}));
        QCOMPARE(chart.total().samples().last(), (DrainHistory::Sample {121000, 3}));

        chart.setHistories({}, {});
        QVERIFY(chart.total().samples().isEmpty());
        QVERIFY(chart.lineNames().isEmpty());
        QVERIFY(chart.legendText().contains(u"No machine is draining"_s));
    }
};

QTEST_MAIN(tst_DrainChart)
#include "tst_drainchart.moc"
