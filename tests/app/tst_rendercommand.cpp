// `slipwayctl render`: exit codes and errors for what it reads, and the real binary without a
// display (it must start its own offscreen QGuiApplication).

#include "cli/cliapp.h"
#include "json/schedulecodec.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600LL * 1000000000LL;
constexpr qint64 kT0 = 1767225600000000000LL;

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

Schedule schedule(int firstNode, qint64 start)
{
    Schedule s;
    s.windows.append({{MachineId::of(u"node-%1"_s.arg(firstNode, 2, 10, QLatin1Char('0')),
                                     u"10.0.1.%1"_s.arg(firstNode)),
                       MachineId::of(u"node-%1"_s.arg(firstNode + 1, 2, 10, QLatin1Char('0')),
                                     u"10.0.1.%1"_s.arg(firstNode + 1))},
                      {start, 2 * kHour}});
    return s;
}

} // namespace

class tst_RenderCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    static Outcome run(const QStringList &args)
    {
        Outcome o;
        QTextStream out(&o.out), err(&o.err);
        o.code = CliApp::run(QStringList {u"slipwayctl"_s} + args, {out, err});
        out.flush();
        err.flush();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"plan.json"_s, ScheduleCodec::encodeScheduleIndented(schedule(1, kT0 + kHour)));
        write(u"base.json"_s, ScheduleCodec::encodeScheduleIndented(schedule(1, kT0)));
        write(u"other.json"_s, "{\"name\": \"x\", \"items\": 3");
        Schedule twice = schedule(1, kT0);
        twice.windows.append(schedule(1, kT0 + 5 * kHour).windows.first());
        write(u"twice.json"_s, ScheduleCodec::encodeScheduleIndented(twice));
    }

    void drawsPngAndSvg()
    {
        Outcome o
            = run({u"render"_s, path(u"plan.json"_s), u"--base"_s, path(u"base.json"_s),
                   u"--state"_s, QStringLiteral(SLIPWAY_TEST_DATA "/planner-state-summary.json"),
                   u"-o"_s, path(u"plan.png"_s)});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY2(o.out.startsWith(u"wrote "_s), qPrintable(o.out));
        const QImage png(path(u"plan.png"_s));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 1100 && png.height() > 100);
        o = run({u"render"_s, path(u"plan.json"_s), u"-o"_s, path(u"plan.svg"_s)});
        QCOMPARE(o.code, 0);
        QFile svg(path(u"plan.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("said");
        const QString plan = path(u"plan.json"_s);
        const QString out = path(u"out.png"_s);
        QTest::newRow("no output") << QStringList {plan} << 2 << u"-o FILE.png"_s;
        QTest::newRow("jpeg") << QStringList {plan, u"-o"_s, path(u"out.jpg"_s)} << 2
                              << u"-o FILE.png"_s;
        QTest::newRow("no file") << QStringList {u"-o"_s, out} << 2 << u"render FILE"_s;
        QTest::newRow("two files")
            << QStringList {plan, plan, u"-o"_s, out} << 2 << u"render FILE"_s;
        QTest::newRow("missing") << QStringList {path(u"missing.json"_s), u"-o"_s, out} << 2
                                 << u"cannot read"_s;
        QTest::newRow("not a schedule")
            << QStringList {path(u"other.json"_s), u"-o"_s, out} << 2 << u"is not a schedule"_s;
        QTest::newRow("bad base") << QStringList {plan, u"--base"_s, path(u"other.json"_s), u"-o"_s,
                                                  out}
                                  << 2 << u"--base"_s;
        QTest::newRow("bad state")
            << QStringList {plan, u"--state"_s, path(u"plan.json"_s), u"-o"_s, out} << 2
            << u"is not a state summary"_s;
        QTest::newRow("bad down") << QStringList {plan, u"--down"_s, u"a/b/c"_s, u"-o"_s, out} << 2
                                  << u"--down"_s;
        QTest::newRow("unwritable")
            << QStringList {plan, u"-o"_s, path(u"no/such/dir/x.png"_s)} << 2 << u"Cannot write"_s;
        QTest::newRow("refused") << QStringList {path(u"twice.json"_s), u"-o"_s, out} << 1
                                 << u"would accept"_s;
    }
    void badInputIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, said);
        const Outcome o = run(QStringList {u"render"_s} + args);
        QCOMPARE(o.code, code);
        QVERIFY2(o.err.contains(said), qPrintable(o.err));
        QVERIFY(!QFile::exists(path(u"out.png"_s)));
    }

    void realBinaryNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        const QString binary = QStringLiteral(SLIPWAY_BINARY_DIR "/app/slipwayctl");
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary, {u"render"_s, path(u"plan.json"_s), u"-o"_s, path(u"real.png"_s)});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(!QImage(path(u"real.png"_s)).isNull());
        p.start(binary, {u"--help"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("render FILE -o OUT"));
    }
};

QTEST_MAIN(tst_RenderCommand)
#include "tst_rendercommand.moc"
