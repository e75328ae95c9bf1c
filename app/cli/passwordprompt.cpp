#include "cli/passwordprompt.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <csignal>
#include <iterator>
#include <string>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {

constexpr int s_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// What the signal handler needs to put the terminal back (only plain data: it runs async).
int s_tty = -1;
termios s_saved {};

void restoreEchoAndDie(int signal)
{
    ::tcsetattr(s_tty, TCSANOW, &s_saved);
    [[maybe_unused]] const ssize_t n = ::write(s_tty, "\n", 1);
    ::signal(signal, SIG_DFL);
    ::raise(signal); // delivered when this handler returns: die as the signal asked
}

/// Turns echo off on @p tty for its lifetime; Ctrl-C and friends restore it before the process
/// ends, so an interrupted prompt never leaves the shell typing blind.
class EchoOff
{
public:
    explicit EchoOff(int tty)
    {
        if (::tcgetattr(tty, &s_saved) != 0)
            return;
        s_tty = tty;
        struct sigaction action
        {
        };
        action.sa_handler = restoreEchoAndDie;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < int(std::size(s_signals)); ++i)
            ::sigaction(s_signals[i], &action, &m_previous[i]);
        termios quiet = s_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_ok = ::tcsetattr(tty, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (s_tty < 0)
            return;
        ::tcsetattr(s_tty, TCSANOW, &s_saved);
        for (int i = 0; i < int(std::size(s_signals)); ++i)
            ::sigaction(s_signals[i], &m_previous[i], nullptr);
        s_tty = -1;
    }
    bool ok() const { return m_ok; }

private:
    struct sigaction m_previous[std::size(s_signals)] {};
    bool m_ok = false;
};

} // namespace

std::optional<QString> PasswordPrompt::obtain(const QString &user, const QString &master,
                                              const QString &passwordFile, QString *error)
{
    if (!passwordFile.isEmpty())
        return readFile(passwordFile, error);
    if (qEnvironmentVariableIsSet("SLIPWAY_PASSWORD"))
        return qEnvironmentVariable("SLIPWAY_PASSWORD");
    return readFromTerminal(
        QCoreApplication::translate("PasswordPrompt", "Password for %1 at %2: ").arg(user, master));
}

std::optional<QString> PasswordPrompt::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    // The first line, without its line break: `echo secret > file` must work.
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

std::optional<QString> PasswordPrompt::readFromTerminal(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    std::string line;
    ssize_t n = 0;
    {
        const EchoOff quiet(tty);
        if (!quiet.ok()) {
            ::close(tty);
            return std::nullopt;
        }
        // Asked after echo is off: nothing typed in answer can show.
        const QByteArray text = prompt.toLocal8Bit();
        [[maybe_unused]] const ssize_t written
            = ::write(tty, text.constData(), size_t(text.size()));
        char c = 0;
        while ((n = ::read(tty, &c, 1)) == 1 && c != '\n')
            line.push_back(c);
    }
    ::close(tty);
    if (n <= 0 && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}
