// Where slipwayctl gets a password: --password-file, SLIPWAY_PASSWORD, or a prompt on the
// controlling terminal (/dev/tty, whatever stdin is) whose echo comes back even after Ctrl-C.
// The terminal cases run the real slipwayctl on a pseudo-terminal.

#include "clirun.h"
#include "simprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000;

/// slipwayctl as the foreground job of a fresh pseudo-terminal, with stdin from /dev/null.
class PtyChild
{
public:
    ~PtyChild()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
    }

    bool start(const QStringList &args)
    {
        if (::openpty(&m_master, &m_slave, nullptr, nullptr, nullptr) != 0)
            return false;
        QList<QByteArray> storage;
        storage << QByteArray(SLIPWAY_BINARY_DIR "/app/slipwayctl");
        for (const QString &a : args)
            storage << a.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &a : storage)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        m_pid = ::fork();
        if (m_pid < 0)
            return false;
        if (m_pid == 0) {
            ::setsid();
            ::ioctl(m_slave, TIOCSCTTY, 0);
            const int null = ::open("/dev/null", O_RDONLY);
            ::dup2(null, STDIN_FILENO);
            ::dup2(m_slave, STDOUT_FILENO);
            ::dup2(m_slave, STDERR_FILENO);
            ::unsetenv("SLIPWAY_PASSWORD");
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        return true;
    }

    /// Reads the terminal until @p text appears; everything read so far is in output().
    bool waitFor(const QByteArray &text, int ms = kWaitMs)
    {
        const QDeadlineTimer deadline(ms);
        while (!m_output.contains(text)) {
            if (deadline.hasExpired())
                return false;
            char buffer[512];
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n > 0)
                m_output.append(buffer, n);
            else
                QTest::qWait(20);
        }
        return true;
    }
    void type(const QByteArray &keys)
    {
        QCOMPARE(::write(m_master, keys.data(), keys.size()), keys.size());
    }
    /// The exit status as waitpid() reports it, or -1 if it did not end in time.
    int wait(int ms = kWaitMs)
    {
        const QDeadlineTimer deadline(ms);
        int status = 0;
        while (!deadline.hasExpired()) {
            waitFor("\x01never", 50); // keep draining the terminal
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                return status;
            }
        }
        return -1;
    }
    bool echoing() const
    {
        termios t {};
        return ::tcgetattr(m_slave, &t) == 0 && (t.c_lflag & ECHO);
    }
    QByteArray output() const { return m_output; }

private:
    int m_master = -1;
    int m_slave = -1;
    pid_t m_pid = -1;
    QByteArray m_output;
};

const QByteArray kScenario = R"({"agents":[{"hostname":"h1","ip":"10.0.0.1"}],"frameworks":[]})";

} // namespace

class tst_PasswordPrompt : public QObject
{
    Q_OBJECT

    SimProcess m_sim;

    QStringList statusArgs() const
    {
        return {u"--api"_s,  u"v0"_s,    u"--master"_s, m_sim.hostPort(),
                u"--user"_s, u"alice"_s, u"status"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            m_sim.start(m_sim.scenario(kScenario) + QStringList {u"--auth"_s, u"alice:s3cret"_s}),
            qPrintable(m_sim.output()));
    }

    void passwordFromFile()
    {
        qunsetenv("SLIPWAY_PASSWORD");
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("s3cret\n"); // one line; the newline is not part of it
        file.flush();
        const CliRun ok
            = runCli(statusArgs() + QStringList {u"--password-file"_s, file.fileName()});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));

        const CliRun missing = runCli(
            statusArgs() + QStringList {u"--password-file"_s, file.fileName() + u".gone"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(u"cannot read the password file"), qPrintable(missing.err));
    }

    void passwordFromEnvironment()
    {
        qputenv("SLIPWAY_PASSWORD", "s3cret");
        const CliRun ok = runCli(statusArgs());
        qunsetenv("SLIPWAY_PASSWORD");
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
    }

    void promptReadsTheTerminalNotStdin()
    {
        PtyChild ctl;
        QVERIFY(ctl.start(statusArgs()));
        QVERIFY2(ctl.waitFor("Password for alice"), ctl.output().constData());
        QVERIFY(!ctl.echoing());
        ctl.type("s3cret\n");
        const int status = ctl.wait();
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, ctl.output().constData());
        QVERIFY(!ctl.output().contains("s3cret")); // never echoed
        QVERIFY(ctl.echoing());
    }

    void echoComesBackAfterCtrlC()
    {
        PtyChild ctl;
        QVERIFY(ctl.start(statusArgs()));
        QVERIFY2(ctl.waitFor("Password for alice"), ctl.output().constData());
        QVERIFY(!ctl.echoing());
        ctl.type("s3c\x03"); // Ctrl-C half-way through typing
        const int status = ctl.wait();
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT, ctl.output().constData());
        QVERIFY(ctl.echoing());
    }
};

QTEST_GUILESS_MAIN(tst_PasswordPrompt)
#include "tst_passwordprompt.moc"
